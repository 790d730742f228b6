CREATE TABLE `spend_facts` (
	`lot_id` integer PRIMARY KEY NOT NULL,
	`notice_id` integer NOT NULL,
	`project_key` text NOT NULL,
	`published_at` text,
	`year` integer,
	`month` text,
	`province_code` text,
	`city_code` text,
	`county_code` text,
	`province` text,
	`city` text,
	`county` text,
	`buyer_party_id` integer,
	`vendor_party_id` integer,
	`service_type` text,
	`is_video_ops` integer DEFAULT 0 NOT NULL,
	`counted` integer DEFAULT 0 NOT NULL,
	`reason` text,
	`amount_yuan` real,
	`per_account_year` real,
	`per_video` real,
	`is_sample` integer DEFAULT 0 NOT NULL
);
--> statement-breakpoint
CREATE INDEX `spend_facts_notice_idx` ON `spend_facts` (`notice_id`);--> statement-breakpoint
CREATE INDEX `spend_facts_project_idx` ON `spend_facts` (`project_key`);--> statement-breakpoint
CREATE INDEX `spend_facts_year_idx` ON `spend_facts` (`is_video_ops`,`counted`,`year`,`province_code`);--> statement-breakpoint
CREATE INDEX `spend_facts_province_idx` ON `spend_facts` (`province_code`,`is_video_ops`,`counted`,`month`);--> statement-breakpoint
CREATE INDEX `spend_facts_city_idx` ON `spend_facts` (`city_code`,`is_video_ops`,`counted`,`month`);--> statement-breakpoint
CREATE INDEX `spend_facts_county_idx` ON `spend_facts` (`county_code`,`is_video_ops`,`counted`,`month`);--> statement-breakpoint
CREATE INDEX `spend_facts_service_idx` ON `spend_facts` (`service_type`,`is_video_ops`,`counted`,`amount_yuan`);--> statement-breakpoint
CREATE INDEX `spend_facts_vendor_idx` ON `spend_facts` (`vendor_party_id`,`counted`);--> statement-breakpoint
CREATE INDEX `spend_facts_buyer_idx` ON `spend_facts` (`buyer_party_id`,`counted`);