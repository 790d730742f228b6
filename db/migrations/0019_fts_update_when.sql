-- An update that changes none of the columns the trigram index reads (a reparse after a parser
-- upgrade rewrites every notice, a nightly scrape re-saves the ones it fetched again) no longer
-- deletes and re-inserts the notice's index entry: both triggers fire only when one of those
-- columns changed value. "UPDATE OF" alone fires whenever the column is assigned, changed or
-- not, and tokenizing a notice's whole text twice was most of an unchanged notice's write.
DROP TRIGGER `notices_fts_bu`;
--> statement-breakpoint
DROP TRIGGER `notices_fts_au`;
--> statement-breakpoint
CREATE TRIGGER `notices_fts_bu` BEFORE UPDATE OF title, text, division_code, kind, service_type, is_video_ops, procurement_method, published_at, awarded_yuan ON `notices`
WHEN old.title IS NOT new.title OR old.text IS NOT new.text OR old.division_code IS NOT new.division_code OR old.kind IS NOT new.kind
  OR old.service_type IS NOT new.service_type OR old.is_video_ops IS NOT new.is_video_ops OR old.procurement_method IS NOT new.procurement_method
  OR old.published_at IS NOT new.published_at OR old.awarded_yuan IS NOT new.awarded_yuan
BEGIN
  INSERT INTO notices_fts(notices_fts, rowid, title, text, place, facets) SELECT 'delete', id, title, text, place, facets FROM notices_fts_src WHERE id = old.id;
END;
--> statement-breakpoint
CREATE TRIGGER `notices_fts_au` AFTER UPDATE OF title, text, division_code, kind, service_type, is_video_ops, procurement_method, published_at, awarded_yuan ON `notices`
WHEN old.title IS NOT new.title OR old.text IS NOT new.text OR old.division_code IS NOT new.division_code OR old.kind IS NOT new.kind
  OR old.service_type IS NOT new.service_type OR old.is_video_ops IS NOT new.is_video_ops OR old.procurement_method IS NOT new.procurement_method
  OR old.published_at IS NOT new.published_at OR old.awarded_yuan IS NOT new.awarded_yuan
BEGIN
  INSERT INTO notices_fts(rowid, title, text, place, facets) SELECT id, title, text, place, facets FROM notices_fts_src WHERE id = new.id;
END;
