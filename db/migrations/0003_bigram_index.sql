-- A side index for one- and two-character search terms (抖音, 快手, B站), which the trigram
-- tokenizer of notices_fts silently ignores. Rows hold the notice's title and text rewritten as
-- space-separated character bigrams; it is written by db/queries/maintain.ts (called from
-- saveNotice), because SQLite triggers cannot split text into bigrams. Contentless with
-- detail=none keeps it about a fifth of the trigram index's size.
CREATE VIRTUAL TABLE `notices_bigram` USING fts5(grams, content='', contentless_delete=1, detail='none', tokenize='unicode61 remove_diacritics 0');
--> statement-breakpoint
CREATE TRIGGER `notices_bigram_ad` AFTER DELETE ON `notices` BEGIN
  DELETE FROM notices_bigram WHERE rowid = old.id;
  DELETE FROM spend_facts WHERE notice_id = old.id;
END;
