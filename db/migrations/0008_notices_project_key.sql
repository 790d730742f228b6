-- The spend-facts project key stored on each notice (filled by refreshNotice, backfilled by openDb
-- for rows written before this column), so recomputing a project is an index lookup.
ALTER TABLE `notices` ADD `project_key` text;--> statement-breakpoint
CREATE INDEX `notices_project_key_idx` ON `notices` (`project_key`);