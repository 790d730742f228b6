CREATE TABLE `correction_items` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`notice_id` integer NOT NULL,
	`seq` integer NOT NULL,
	`label` text,
	`vendor_before` text,
	`vendor_after` text,
	`amount_before` real,
	`amount_after` real,
	`amount_text` text,
	`amount_start` integer,
	`amount_end` integer,
	FOREIGN KEY (`notice_id`) REFERENCES `notices`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `correction_items_notice_idx` ON `correction_items` (`notice_id`);