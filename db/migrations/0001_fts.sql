-- Full-text search over notice titles and texts. Drizzle has no virtual tables, so this
-- migration is hand-written (drizzle-kit generate --custom). The trigram tokenizer indexes
-- Chinese without word segmentation; it ignores terms under three characters, so queries
-- such as 抖音 need a fallback in the query layer.
CREATE VIRTUAL TABLE `notices_fts` USING fts5(title, text, content='notices', content_rowid='id', tokenize='trigram');
--> statement-breakpoint
CREATE TRIGGER `notices_fts_ai` AFTER INSERT ON `notices` BEGIN
  INSERT INTO notices_fts(rowid, title, text) VALUES (new.id, new.title, new.text);
END;
--> statement-breakpoint
CREATE TRIGGER `notices_fts_ad` AFTER DELETE ON `notices` BEGIN
  INSERT INTO notices_fts(notices_fts, rowid, title, text) VALUES ('delete', old.id, old.title, old.text);
END;
--> statement-breakpoint
CREATE TRIGGER `notices_fts_au` AFTER UPDATE OF title, text ON `notices` BEGIN
  INSERT INTO notices_fts(notices_fts, rowid, title, text) VALUES ('delete', old.id, old.title, old.text);
  INSERT INTO notices_fts(rowid, title, text) VALUES (new.id, new.title, new.text);
END;
