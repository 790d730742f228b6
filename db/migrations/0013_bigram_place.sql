-- The bigram side index gains each notice's place tokens (db/queries/place-tokens.ts), so a one-
-- or two-character term within a region (抖音 in 河北) is one index intersection like the trigram
-- terms of 0012. SQL cannot split text into bigrams: this migration only records the upgrade,
-- and openDb rewrites the bigram rows (runPendingUpgrades in db/queries/maintain.ts), then
-- deletes the row. A table of its own, so later upgrades of this kind can use it too.
CREATE TABLE `upgrades_pending` (`name` text PRIMARY KEY NOT NULL);
--> statement-breakpoint
INSERT INTO `upgrades_pending` (`name`) VALUES ('bigram_place');
