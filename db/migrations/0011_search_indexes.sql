DROP INDEX `notices_division_idx`;--> statement-breakpoint
CREATE INDEX `notices_division_idx` ON `notices` (`division_code`,`published_at`);--> statement-breakpoint
DROP INDEX `spend_facts_province_idx`;--> statement-breakpoint
DROP INDEX `spend_facts_city_idx`;--> statement-breakpoint
DROP INDEX `spend_facts_county_idx`;--> statement-breakpoint
CREATE INDEX `spend_facts_province_idx` ON `spend_facts` (`province_code`,`is_video_ops`,`counted`,`service_type`,`amount_yuan`,`year`,`notice_id`);--> statement-breakpoint
CREATE INDEX `spend_facts_city_idx` ON `spend_facts` (`city_code`,`is_video_ops`,`counted`,`service_type`,`amount_yuan`,`year`,`notice_id`);--> statement-breakpoint
CREATE INDEX `spend_facts_county_idx` ON `spend_facts` (`county_code`,`is_video_ops`,`counted`,`service_type`,`amount_yuan`,`year`,`notice_id`);