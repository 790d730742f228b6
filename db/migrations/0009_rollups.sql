CREATE TABLE `notice_counts` (
	`key` text PRIMARY KEY NOT NULL,
	`n` integer NOT NULL
) WITHOUT ROWID;
--> statement-breakpoint
CREATE TABLE `spend_party_totals` (
	`role` text NOT NULL,
	`party_id` integer NOT NULL,
	`lots` integer NOT NULL,
	`fen` integer NOT NULL,
	`notices` integer NOT NULL,
	PRIMARY KEY(`role`, `party_id`)
) WITHOUT ROWID;
--> statement-breakpoint
CREATE INDEX `spend_party_totals_rank_idx` ON `spend_party_totals` (`role`,`fen`);--> statement-breakpoint
CREATE TABLE `spend_rollup` (
	`region_code` text NOT NULL,
	`reason` text NOT NULL,
	`month` text NOT NULL,
	`service_type` text NOT NULL,
	`lots` integer NOT NULL,
	`fen` integer NOT NULL,
	PRIMARY KEY(`region_code`, `reason`, `month`, `service_type`)
) WITHOUT ROWID;
--> statement-breakpoint
CREATE TABLE `spend_rollup_child` (
	`region_code` text NOT NULL,
	`child_code` text NOT NULL,
	`lots` integer NOT NULL,
	`fen` integer NOT NULL,
	PRIMARY KEY(`region_code`, `child_code`)
) WITHOUT ROWID;
--> statement-breakpoint
DROP INDEX `spend_facts_year_idx`;--> statement-breakpoint
DROP INDEX `spend_facts_province_reason_idx`;--> statement-breakpoint
DROP INDEX `spend_facts_city_reason_idx`;--> statement-breakpoint
DROP INDEX `spend_facts_province_idx`;--> statement-breakpoint
DROP INDEX `spend_facts_city_idx`;--> statement-breakpoint
DROP INDEX `spend_facts_county_idx`;--> statement-breakpoint
DROP INDEX `spend_facts_account_year_idx`;--> statement-breakpoint
DROP INDEX `spend_facts_video_idx`;--> statement-breakpoint
CREATE INDEX `spend_facts_province_idx` ON `spend_facts` (`province_code`,`is_video_ops`,`counted`,`service_type`,`amount_yuan`,`year`);--> statement-breakpoint
CREATE INDEX `spend_facts_city_idx` ON `spend_facts` (`city_code`,`is_video_ops`,`counted`,`service_type`,`amount_yuan`,`year`);--> statement-breakpoint
CREATE INDEX `spend_facts_county_idx` ON `spend_facts` (`county_code`,`is_video_ops`,`counted`,`service_type`,`amount_yuan`,`year`);--> statement-breakpoint
CREATE INDEX `spend_facts_account_year_idx` ON `spend_facts` (`service_type`,`is_video_ops`,`counted`,`per_account_year`,`year`,`province_code`,`city_code`,`county_code`) WHERE per_account_year IS NOT NULL;--> statement-breakpoint
CREATE INDEX `spend_facts_video_idx` ON `spend_facts` (`service_type`,`is_video_ops`,`counted`,`per_video`,`year`,`province_code`,`city_code`,`county_code`) WHERE per_video IS NOT NULL;--> statement-breakpoint
-- Rollups maintained by triggers (db/schema/rollups.ts says what each holds and why). spend_facts
-- is only ever written by INSERT and DELETE (maintain.ts deletes a lot's row before rewriting it);
-- the UPDATE trigger refuses updates so a hand-written one cannot leave the rollups wrong. Rows
-- that drop to zero lots are deleted, so every stored row is a live total.
CREATE TRIGGER `spend_rollup_ai` AFTER INSERT ON `spend_facts` WHEN new.is_video_ops = 1 BEGIN
  INSERT INTO spend_rollup (region_code, reason, month, service_type, lots, fen)
  SELECT r, coalesce(new.reason, ''), coalesce(new.month, ''), coalesce(new.service_type, ''), 1, CASE WHEN new.counted = 1 THEN CAST(round(coalesce(new.amount_yuan, 0) * 100) AS INTEGER) ELSE 0 END
  FROM (SELECT '' AS r UNION ALL SELECT new.province_code UNION ALL SELECT new.city_code UNION ALL SELECT new.county_code)
  WHERE r IS NOT NULL
  ON CONFLICT (region_code, reason, month, service_type) DO UPDATE SET lots = lots + excluded.lots, fen = fen + excluded.fen;
END;
--> statement-breakpoint
CREATE TRIGGER `spend_rollup_ad` AFTER DELETE ON `spend_facts` WHEN old.is_video_ops = 1 BEGIN
  INSERT INTO spend_rollup (region_code, reason, month, service_type, lots, fen)
  SELECT r, coalesce(old.reason, ''), coalesce(old.month, ''), coalesce(old.service_type, ''), -1, CASE WHEN old.counted = 1 THEN -CAST(round(coalesce(old.amount_yuan, 0) * 100) AS INTEGER) ELSE 0 END
  FROM (SELECT '' AS r UNION ALL SELECT old.province_code UNION ALL SELECT old.city_code UNION ALL SELECT old.county_code)
  WHERE r IS NOT NULL
  ON CONFLICT (region_code, reason, month, service_type) DO UPDATE SET lots = lots + excluded.lots, fen = fen + excluded.fen;
  DELETE FROM spend_rollup WHERE lots = 0 AND region_code IN ('', old.province_code, old.city_code, old.county_code)
    AND reason = coalesce(old.reason, '') AND month = coalesce(old.month, '') AND service_type = coalesce(old.service_type, '');
END;
--> statement-breakpoint
CREATE TRIGGER `spend_counted_ai` AFTER INSERT ON `spend_facts` WHEN new.is_video_ops = 1 AND new.counted = 1 BEGIN
  INSERT INTO spend_rollup_child (region_code, child_code, lots, fen)
  SELECT r, c, 1, CAST(round(coalesce(new.amount_yuan, 0) * 100) AS INTEGER)
  FROM (SELECT '' AS r, coalesce(new.province_code, '') AS c
        UNION ALL SELECT new.province_code, coalesce(new.city_code, '')
        UNION ALL SELECT new.city_code, coalesce(new.county_code, ''))
  WHERE r IS NOT NULL
  ON CONFLICT (region_code, child_code) DO UPDATE SET lots = lots + excluded.lots, fen = fen + excluded.fen;
  INSERT INTO spend_party_totals (role, party_id, lots, fen, notices)
  SELECT 'all', 0, 1, CAST(round(coalesce(new.amount_yuan, 0) * 100) AS INTEGER), (SELECT count(*) FROM spend_facts f WHERE f.notice_id = new.notice_id AND f.counted = 1 AND f.is_video_ops = 1) = 1
  UNION ALL SELECT 'buyer', new.buyer_party_id, 1, CAST(round(coalesce(new.amount_yuan, 0) * 100) AS INTEGER), (SELECT count(*) FROM spend_facts f WHERE f.notice_id = new.notice_id AND f.counted = 1 AND f.is_video_ops = 1 AND f.buyer_party_id = new.buyer_party_id) = 1 WHERE new.buyer_party_id IS NOT NULL
  UNION ALL SELECT 'vendor', new.vendor_party_id, 1, CAST(round(coalesce(new.amount_yuan, 0) * 100) AS INTEGER), (SELECT count(*) FROM spend_facts f WHERE f.notice_id = new.notice_id AND f.counted = 1 AND f.is_video_ops = 1 AND f.vendor_party_id = new.vendor_party_id) = 1 WHERE new.vendor_party_id IS NOT NULL
  ON CONFLICT (role, party_id) DO UPDATE SET lots = lots + excluded.lots, fen = fen + excluded.fen, notices = notices + excluded.notices;
END;
--> statement-breakpoint
CREATE TRIGGER `spend_counted_ad` AFTER DELETE ON `spend_facts` WHEN old.is_video_ops = 1 AND old.counted = 1 BEGIN
  INSERT INTO spend_rollup_child (region_code, child_code, lots, fen)
  SELECT r, c, -1, -CAST(round(coalesce(old.amount_yuan, 0) * 100) AS INTEGER)
  FROM (SELECT '' AS r, coalesce(old.province_code, '') AS c
        UNION ALL SELECT old.province_code, coalesce(old.city_code, '')
        UNION ALL SELECT old.city_code, coalesce(old.county_code, ''))
  WHERE r IS NOT NULL
  ON CONFLICT (region_code, child_code) DO UPDATE SET lots = lots + excluded.lots, fen = fen + excluded.fen;
  DELETE FROM spend_rollup_child WHERE lots = 0 AND region_code IN ('', old.province_code, old.city_code);
  INSERT INTO spend_party_totals (role, party_id, lots, fen, notices)
  SELECT 'all', 0, -1, -CAST(round(coalesce(old.amount_yuan, 0) * 100) AS INTEGER), -((SELECT count(*) FROM spend_facts f WHERE f.notice_id = old.notice_id AND f.counted = 1 AND f.is_video_ops = 1) = 0)
  UNION ALL SELECT 'buyer', old.buyer_party_id, -1, -CAST(round(coalesce(old.amount_yuan, 0) * 100) AS INTEGER), -((SELECT count(*) FROM spend_facts f WHERE f.notice_id = old.notice_id AND f.counted = 1 AND f.is_video_ops = 1 AND f.buyer_party_id = old.buyer_party_id) = 0) WHERE old.buyer_party_id IS NOT NULL
  UNION ALL SELECT 'vendor', old.vendor_party_id, -1, -CAST(round(coalesce(old.amount_yuan, 0) * 100) AS INTEGER), -((SELECT count(*) FROM spend_facts f WHERE f.notice_id = old.notice_id AND f.counted = 1 AND f.is_video_ops = 1 AND f.vendor_party_id = old.vendor_party_id) = 0) WHERE old.vendor_party_id IS NOT NULL
  ON CONFLICT (role, party_id) DO UPDATE SET lots = lots + excluded.lots, fen = fen + excluded.fen, notices = notices + excluded.notices;
  DELETE FROM spend_party_totals WHERE lots = 0 AND ((role = 'all' AND party_id = 0) OR (role = 'buyer' AND party_id = old.buyer_party_id) OR (role = 'vendor' AND party_id = old.vendor_party_id));
END;
--> statement-breakpoint
CREATE TRIGGER `spend_facts_no_update` BEFORE UPDATE ON `spend_facts` BEGIN
  SELECT RAISE(ABORT, 'spend_facts rows are replaced (DELETE then INSERT), never updated: the rollups depend on it');
END;
--> statement-breakpoint
CREATE TRIGGER `notice_counts_ai` AFTER INSERT ON `notices` BEGIN
  INSERT INTO notice_counts (key, n)
  SELECT 'notices', 1
  UNION ALL SELECT 'source:' || new.source_id, 1
  UNION ALL SELECT 'method:' || new.procurement_method, 1 WHERE new.procurement_method IS NOT NULL
  UNION ALL SELECT 'sample', 1 WHERE new.is_sample = 1
  ON CONFLICT (key) DO UPDATE SET n = n + excluded.n;
END;
--> statement-breakpoint
CREATE TRIGGER `notice_counts_ad` AFTER DELETE ON `notices` BEGIN
  INSERT INTO notice_counts (key, n)
  SELECT 'notices', -1
  UNION ALL SELECT 'source:' || old.source_id, -1
  UNION ALL SELECT 'method:' || old.procurement_method, -1 WHERE old.procurement_method IS NOT NULL
  UNION ALL SELECT 'sample', -1 WHERE old.is_sample = 1
  ON CONFLICT (key) DO UPDATE SET n = n + excluded.n;
  DELETE FROM notice_counts WHERE n = 0;
END;
--> statement-breakpoint
CREATE TRIGGER `notice_counts_au` AFTER UPDATE OF source_id, procurement_method, is_sample ON `notices` BEGIN
  INSERT INTO notice_counts (key, n)
  SELECT 'notices', -1
  UNION ALL SELECT 'source:' || old.source_id, -1
  UNION ALL SELECT 'method:' || old.procurement_method, -1 WHERE old.procurement_method IS NOT NULL
  UNION ALL SELECT 'sample', -1 WHERE old.is_sample = 1
  ON CONFLICT (key) DO UPDATE SET n = n + excluded.n;
  INSERT INTO notice_counts (key, n)
  SELECT 'notices', 1
  UNION ALL SELECT 'source:' || new.source_id, 1
  UNION ALL SELECT 'method:' || new.procurement_method, 1 WHERE new.procurement_method IS NOT NULL
  UNION ALL SELECT 'sample', 1 WHERE new.is_sample = 1
  ON CONFLICT (key) DO UPDATE SET n = n + excluded.n;
  DELETE FROM notice_counts WHERE n = 0;
END;
--> statement-breakpoint
-- What the rollups must hold, recomputed from scratch: the backfill below reads these views, and
-- rollupDrift (db/queries/rollups.ts) compares the maintained tables with them.
CREATE VIEW `spend_rollup_expected` AS
SELECT r AS region_code, reason, month, service_type, sum(lots) AS lots, sum(fen) AS fen FROM (
  SELECT '' AS r, coalesce(reason, '') AS reason, coalesce(month, '') AS month, coalesce(service_type, '') AS service_type, 1 AS lots, CASE WHEN counted = 1 THEN CAST(round(coalesce(amount_yuan, 0) * 100) AS INTEGER) ELSE 0 END AS fen
    FROM spend_facts WHERE is_video_ops = 1
  UNION ALL SELECT province_code, coalesce(reason, ''), coalesce(month, ''), coalesce(service_type, ''), 1, CASE WHEN counted = 1 THEN CAST(round(coalesce(amount_yuan, 0) * 100) AS INTEGER) ELSE 0 END FROM spend_facts WHERE is_video_ops = 1 AND province_code IS NOT NULL
  UNION ALL SELECT city_code, coalesce(reason, ''), coalesce(month, ''), coalesce(service_type, ''), 1, CASE WHEN counted = 1 THEN CAST(round(coalesce(amount_yuan, 0) * 100) AS INTEGER) ELSE 0 END FROM spend_facts WHERE is_video_ops = 1 AND city_code IS NOT NULL
  UNION ALL SELECT county_code, coalesce(reason, ''), coalesce(month, ''), coalesce(service_type, ''), 1, CASE WHEN counted = 1 THEN CAST(round(coalesce(amount_yuan, 0) * 100) AS INTEGER) ELSE 0 END FROM spend_facts WHERE is_video_ops = 1 AND county_code IS NOT NULL
) GROUP BY r, reason, month, service_type;
--> statement-breakpoint
CREATE VIEW `spend_rollup_child_expected` AS
SELECT r AS region_code, c AS child_code, count(*) AS lots, sum(fen) AS fen FROM (
  SELECT '' AS r, coalesce(province_code, '') AS c, CAST(round(coalesce(amount_yuan, 0) * 100) AS INTEGER) AS fen FROM spend_facts WHERE is_video_ops = 1 AND counted = 1
  UNION ALL SELECT province_code, coalesce(city_code, ''), CAST(round(coalesce(amount_yuan, 0) * 100) AS INTEGER) FROM spend_facts WHERE is_video_ops = 1 AND counted = 1 AND province_code IS NOT NULL
  UNION ALL SELECT city_code, coalesce(county_code, ''), CAST(round(coalesce(amount_yuan, 0) * 100) AS INTEGER) FROM spend_facts WHERE is_video_ops = 1 AND counted = 1 AND city_code IS NOT NULL
) GROUP BY r, c;
--> statement-breakpoint
CREATE VIEW `spend_party_totals_expected` AS
SELECT 'all' AS role, 0 AS party_id, count(*) AS lots, sum(CAST(round(coalesce(amount_yuan, 0) * 100) AS INTEGER)) AS fen, count(DISTINCT notice_id) AS notices
  FROM spend_facts WHERE is_video_ops = 1 AND counted = 1 HAVING count(*) > 0
UNION ALL SELECT 'buyer', buyer_party_id, count(*), sum(CAST(round(coalesce(amount_yuan, 0) * 100) AS INTEGER)), count(DISTINCT notice_id) FROM spend_facts
  WHERE is_video_ops = 1 AND counted = 1 AND buyer_party_id IS NOT NULL GROUP BY buyer_party_id
UNION ALL SELECT 'vendor', vendor_party_id, count(*), sum(CAST(round(coalesce(amount_yuan, 0) * 100) AS INTEGER)), count(DISTINCT notice_id) FROM spend_facts
  WHERE is_video_ops = 1 AND counted = 1 AND vendor_party_id IS NOT NULL GROUP BY vendor_party_id;
--> statement-breakpoint
CREATE VIEW `notice_counts_expected` AS
SELECT 'notices' AS key, count(*) AS n FROM notices HAVING count(*) > 0
UNION ALL SELECT 'source:' || source_id, count(*) FROM notices GROUP BY source_id
UNION ALL SELECT 'method:' || procurement_method, count(*) FROM notices WHERE procurement_method IS NOT NULL GROUP BY procurement_method
UNION ALL SELECT 'sample', count(*) FROM notices WHERE is_sample = 1 HAVING count(*) > 0;
--> statement-breakpoint
INSERT INTO spend_rollup SELECT * FROM spend_rollup_expected;
--> statement-breakpoint
INSERT INTO spend_rollup_child SELECT * FROM spend_rollup_child_expected;
--> statement-breakpoint
INSERT INTO spend_party_totals SELECT * FROM spend_party_totals_expected;
--> statement-breakpoint
INSERT INTO notice_counts SELECT * FROM notice_counts_expected;
