CREATE INDEX `notices_service_idx` ON `notices` (`service_type`);--> statement-breakpoint
CREATE INDEX `notices_method_idx` ON `notices` (`procurement_method`);