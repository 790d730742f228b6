DROP INDEX `spend_facts_year_idx`;--> statement-breakpoint
DROP INDEX `spend_facts_province_idx`;--> statement-breakpoint
DROP INDEX `spend_facts_city_idx`;--> statement-breakpoint
DROP INDEX `spend_facts_county_idx`;--> statement-breakpoint
DROP INDEX `spend_facts_service_idx`;--> statement-breakpoint
CREATE INDEX `spend_facts_year_idx` ON `spend_facts` (`is_video_ops`,`counted`,`year`,`province_code`,`amount_yuan`);--> statement-breakpoint
CREATE INDEX `spend_facts_province_idx` ON `spend_facts` (`province_code`,`is_video_ops`,`counted`,`month`,`amount_yuan`,`service_type`,`city_code`);--> statement-breakpoint
CREATE INDEX `spend_facts_city_idx` ON `spend_facts` (`city_code`,`is_video_ops`,`counted`,`month`,`amount_yuan`,`service_type`,`county_code`);--> statement-breakpoint
CREATE INDEX `spend_facts_county_idx` ON `spend_facts` (`county_code`,`is_video_ops`,`counted`,`month`,`amount_yuan`,`service_type`);--> statement-breakpoint
CREATE INDEX `spend_facts_service_idx` ON `spend_facts` (`service_type`,`is_video_ops`,`counted`,`amount_yuan`,`year`,`province_code`);