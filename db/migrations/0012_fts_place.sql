-- The notice's place inside the trigram index, so a text query within a region is one index
-- intersection: 短视频拍摄 in 河北 read the term's quarter of a million matches and checked each
-- against the province's notices (120-200 ms at 1M); as `"短视频拍摄" AND place:"…"` FTS5 skips
-- along both lists (about 30 ms). `place` holds three words made of private-use characters, each
-- one trigram: marker+province+marker, province+city+marker, province+city+county, so a province,
-- city or county filter reads exactly one doclist. Queries strip private-use characters from
-- what users type, so no search term can reach this column. The column is computed in a view
-- (the index's external content) so the notices table needs no new column.
CREATE VIEW `notices_fts_src` AS SELECT id, title, text,
  CASE WHEN division_code GLOB '[1-9][0-9][0-9][0-9][0-9][0-9]' THEN
    char(0xE300) || char(0xE000 + substr(division_code, 1, 2)) || char(0xE301) || ' ' ||
    char(0xE000 + substr(division_code, 1, 2)) || char(0xE100 + substr(division_code, 3, 2)) || char(0xE302) || ' ' ||
    char(0xE000 + substr(division_code, 1, 2)) || char(0xE100 + substr(division_code, 3, 2)) || char(0xE200 + substr(division_code, 5, 2))
  ELSE '' END AS place
  FROM notices;
--> statement-breakpoint
DROP TRIGGER `notices_fts_ai`;
--> statement-breakpoint
DROP TRIGGER `notices_fts_ad`;
--> statement-breakpoint
DROP TRIGGER `notices_fts_au`;
--> statement-breakpoint
DROP TABLE `notices_fts`;
--> statement-breakpoint
CREATE VIRTUAL TABLE `notices_fts` USING fts5(title, text, place, content='notices_fts_src', content_rowid='id', tokenize='trigram');
--> statement-breakpoint
INSERT INTO notices_fts(notices_fts) VALUES ('rebuild');
--> statement-breakpoint
CREATE TRIGGER `notices_fts_ai` AFTER INSERT ON `notices` BEGIN
  INSERT INTO notices_fts(rowid, title, text, place) SELECT id, title, text, place FROM notices_fts_src WHERE id = new.id;
END;
--> statement-breakpoint
CREATE TRIGGER `notices_fts_bd` BEFORE DELETE ON `notices` BEGIN
  INSERT INTO notices_fts(notices_fts, rowid, title, text, place) SELECT 'delete', id, title, text, place FROM notices_fts_src WHERE id = old.id;
END;
--> statement-breakpoint
CREATE TRIGGER `notices_fts_bu` BEFORE UPDATE OF title, text, division_code ON `notices` BEGIN
  INSERT INTO notices_fts(notices_fts, rowid, title, text, place) SELECT 'delete', id, title, text, place FROM notices_fts_src WHERE id = old.id;
END;
--> statement-breakpoint
CREATE TRIGGER `notices_fts_au` AFTER UPDATE OF title, text, division_code ON `notices` BEGIN
  INSERT INTO notices_fts(rowid, title, text, place) SELECT id, title, text, place FROM notices_fts_src WHERE id = new.id;
END;
