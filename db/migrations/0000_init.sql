CREATE TABLE `pending_urls` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`source_id` text NOT NULL,
	`url` text NOT NULL,
	`page_kind` text NOT NULL,
	`hints` text,
	`attempts` integer DEFAULT 0 NOT NULL,
	`added_run_id` integer,
	`added_at` text NOT NULL,
	FOREIGN KEY (`source_id`) REFERENCES `sources`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `pending_urls_source_url_idx` ON `pending_urls` (`source_id`,`url`);--> statement-breakpoint
CREATE TABLE `scrape_runs` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`source_id` text NOT NULL,
	`mode` text NOT NULL,
	`params` text,
	`started_at` text NOT NULL,
	`ended_at` text,
	`status` text NOT NULL,
	`listed` integer DEFAULT 0 NOT NULL,
	`fetched` integer DEFAULT 0 NOT NULL,
	`new_count` integer DEFAULT 0 NOT NULL,
	`changed` integer DEFAULT 0 NOT NULL,
	`skipped` integer DEFAULT 0 NOT NULL,
	`failed` integer DEFAULT 0 NOT NULL,
	`blocked` integer DEFAULT 0 NOT NULL,
	`error` text,
	`report` text,
	FOREIGN KEY (`source_id`) REFERENCES `sources`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `scrape_runs_source_idx` ON `scrape_runs` (`source_id`,`started_at`);--> statement-breakpoint
CREATE TABLE `sources` (
	`id` text PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`base_url` text NOT NULL,
	`created_at` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `raw_pages` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`source_id` text NOT NULL,
	`run_id` integer,
	`url` text NOT NULL,
	`page_kind` text NOT NULL,
	`fetched_at` text NOT NULL,
	`http_status` integer NOT NULL,
	`content_type` text,
	`charset` text,
	`content_hash` text NOT NULL,
	`size` integer NOT NULL,
	`body` blob NOT NULL,
	`hints` text,
	`parse_status` text DEFAULT 'pending' NOT NULL,
	`parse_error` text,
	`is_sample` integer DEFAULT false NOT NULL,
	FOREIGN KEY (`source_id`) REFERENCES `sources`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`run_id`) REFERENCES `scrape_runs`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `raw_pages_url_hash_idx` ON `raw_pages` (`url`,`content_hash`);--> statement-breakpoint
CREATE INDEX `raw_pages_source_idx` ON `raw_pages` (`source_id`,`page_kind`);--> statement-breakpoint
CREATE INDEX `raw_pages_status_idx` ON `raw_pages` (`parse_status`);--> statement-breakpoint
CREATE TABLE `parties` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`name_key` text NOT NULL,
	`name` text NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `parties_name_key_idx` ON `parties` (`name_key`);--> statement-breakpoint
CREATE TABLE `party_names` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`party_id` integer NOT NULL,
	`name` text NOT NULL,
	`role` text NOT NULL,
	FOREIGN KEY (`party_id`) REFERENCES `parties`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `party_names_name_role_idx` ON `party_names` (`name`,`role`);--> statement-breakpoint
CREATE INDEX `party_names_party_idx` ON `party_names` (`party_id`);--> statement-breakpoint
CREATE TABLE `lot_vendors` (
	`lot_id` integer NOT NULL,
	`seq` integer NOT NULL,
	`party_id` integer NOT NULL,
	`name` text NOT NULL,
	FOREIGN KEY (`lot_id`) REFERENCES `lots`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`party_id`) REFERENCES `parties`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `lot_vendors_lot_idx` ON `lot_vendors` (`lot_id`);--> statement-breakpoint
CREATE INDEX `lot_vendors_party_idx` ON `lot_vendors` (`party_id`);--> statement-breakpoint
CREATE TABLE `lots` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`notice_id` integer NOT NULL,
	`seq` integer NOT NULL,
	`label` text,
	`vendor` text,
	`amount_yuan` real,
	`amount_form` text NOT NULL,
	`amount_text` text,
	`amount_start` integer,
	`amount_end` integer,
	`rate_value` real,
	`budget_yuan` real,
	`ceiling_yuan` real,
	`status` text DEFAULT 'awarded' NOT NULL,
	`confidence` real,
	FOREIGN KEY (`notice_id`) REFERENCES `notices`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `lots_notice_idx` ON `lots` (`notice_id`);--> statement-breakpoint
CREATE TABLE `notices` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`source_id` text NOT NULL,
	`source_url` text NOT NULL,
	`raw_page_id` integer NOT NULL,
	`kind` text NOT NULL,
	`title` text,
	`project_code` text,
	`project_name` text,
	`procurement_method` text,
	`buyer` text,
	`buyer_party_id` integer,
	`buyer_address` text,
	`agency` text,
	`agency_party_id` integer,
	`published_at` text,
	`tender_deadline` text,
	`award_date` text,
	`contract_date` text,
	`service_period_text` text,
	`service_months` real,
	`budget_yuan` real,
	`ceiling_yuan` real,
	`awarded_yuan` real,
	`accounts` integer,
	`platforms` text,
	`videos_per_month` real,
	`video_count` real,
	`yuan_per_account_year` real,
	`yuan_per_video` real,
	`province` text,
	`city` text,
	`county` text,
	`division_code` text,
	`locality_source` text,
	`is_video_ops` integer DEFAULT false NOT NULL,
	`service_type` text,
	`video_score` real,
	`video_matched` text,
	`evidence` text,
	`warnings` text,
	`text` text NOT NULL,
	`parser_version` text NOT NULL,
	`extracted_at` text NOT NULL,
	`is_sample` integer DEFAULT false NOT NULL,
	FOREIGN KEY (`source_id`) REFERENCES `sources`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`raw_page_id`) REFERENCES `raw_pages`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`buyer_party_id`) REFERENCES `parties`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`agency_party_id`) REFERENCES `parties`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `notices_source_url_idx` ON `notices` (`source_url`);--> statement-breakpoint
CREATE INDEX `notices_raw_page_idx` ON `notices` (`raw_page_id`);--> statement-breakpoint
CREATE INDEX `notices_published_idx` ON `notices` (`published_at`);--> statement-breakpoint
CREATE INDEX `notices_division_idx` ON `notices` (`division_code`);--> statement-breakpoint
CREATE INDEX `notices_province_idx` ON `notices` (`province`,`city`,`county`);--> statement-breakpoint
CREATE INDEX `notices_project_idx` ON `notices` (`project_code`);--> statement-breakpoint
CREATE INDEX `notices_video_idx` ON `notices` (`is_video_ops`,`kind`,`published_at`);--> statement-breakpoint
CREATE INDEX `notices_buyer_party_idx` ON `notices` (`buyer_party_id`);