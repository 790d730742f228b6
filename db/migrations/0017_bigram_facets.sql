-- The bigram side index gains each notice's facet words (db/queries/facet-tokens.ts), so a one- or
-- two-character term with a filter (抖音 + 公开招标) is one intersection inside the index, as 0016
-- made it for the trigram terms. SQL cannot split text into bigrams: openDb rewrites the rows
-- (runPendingUpgrades in db/queries/maintain.ts), then deletes this row.
INSERT OR IGNORE INTO `upgrades_pending` (`name`) VALUES ('bigram_facets');
