-- A correction item that names another winner moves its lot to that winner (db/queries/maintain.ts
-- decideProject): the winner after, resolved to a party (store.ts partyFor), and on spend_facts the
-- correction that moved the lot. SQL cannot compute a party key (NFKC), so the items stored before
-- this migration are resolved on the first writable open (runPendingUpgrades: 'correction_vendor'),
-- which then recounts every project holding a correction; a reparse resolves them too.
ALTER TABLE `correction_items` ADD `vendor_after_party_id` integer;--> statement-breakpoint
CREATE INDEX `correction_items_vendor_idx` ON `correction_items` (`vendor_after_party_id`);--> statement-breakpoint
ALTER TABLE `spend_facts` ADD `vendor_corrected_by` integer;--> statement-breakpoint
INSERT OR IGNORE INTO `upgrades_pending` (`name`) VALUES ('correction_vendor');
