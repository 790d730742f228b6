-- Counted video-ops spending per region × role × party (db/schema/rollups.ts says why): the
-- region pages' top vendors and buyers. Kept by triggers on spend_facts like migration 0009's
-- rollups (spend_facts is only ever inserted and deleted), recounted by rollupDrift against
-- spend_party_regions_expected, and backfilled from that view below.
CREATE TABLE `spend_party_regions` (
	`region_code` text NOT NULL,
	`role` text NOT NULL,
	`party_id` integer NOT NULL,
	`lots` integer NOT NULL,
	`fen` integer NOT NULL,
	`notices` integer NOT NULL,
	PRIMARY KEY(`region_code`, `role`, `party_id`)
) WITHOUT ROWID;
--> statement-breakpoint
CREATE INDEX `spend_party_regions_rank_idx` ON `spend_party_regions` (`region_code`,`role`,`fen`);
--> statement-breakpoint
-- A lot adds to its province, city and county (those it has), once as its buyer's and once as its
-- first-named vendor's. `notices` grows when the lot is its notice's first counted lot of that
-- party (the notice's other lots share its region), and shrinks when its last one goes.
CREATE TRIGGER `spend_party_regions_ai` AFTER INSERT ON `spend_facts` WHEN new.is_video_ops = 1 AND new.counted = 1 BEGIN
  INSERT INTO spend_party_regions (region_code, role, party_id, lots, fen, notices)
  SELECT g.r, p.role, p.party_id, 1, CAST(round(coalesce(new.amount_yuan, 0) * 100) AS INTEGER), p.first
  FROM (SELECT new.province_code AS r UNION ALL SELECT new.city_code UNION ALL SELECT new.county_code) g,
       (SELECT 'buyer' AS role, new.buyer_party_id AS party_id,
          (SELECT count(*) FROM spend_facts f WHERE f.notice_id = new.notice_id AND f.counted = 1 AND f.is_video_ops = 1 AND f.buyer_party_id = new.buyer_party_id) = 1 AS first
        UNION ALL SELECT 'vendor', new.vendor_party_id,
          (SELECT count(*) FROM spend_facts f WHERE f.notice_id = new.notice_id AND f.counted = 1 AND f.is_video_ops = 1 AND f.vendor_party_id = new.vendor_party_id) = 1) p
  WHERE g.r IS NOT NULL AND p.party_id IS NOT NULL
  ON CONFLICT (region_code, role, party_id) DO UPDATE SET lots = lots + excluded.lots, fen = fen + excluded.fen, notices = notices + excluded.notices;
END;
--> statement-breakpoint
CREATE TRIGGER `spend_party_regions_ad` AFTER DELETE ON `spend_facts` WHEN old.is_video_ops = 1 AND old.counted = 1 BEGIN
  INSERT INTO spend_party_regions (region_code, role, party_id, lots, fen, notices)
  SELECT g.r, p.role, p.party_id, -1, -CAST(round(coalesce(old.amount_yuan, 0) * 100) AS INTEGER), -p.last
  FROM (SELECT old.province_code AS r UNION ALL SELECT old.city_code UNION ALL SELECT old.county_code) g,
       (SELECT 'buyer' AS role, old.buyer_party_id AS party_id,
          (SELECT count(*) FROM spend_facts f WHERE f.notice_id = old.notice_id AND f.counted = 1 AND f.is_video_ops = 1 AND f.buyer_party_id = old.buyer_party_id) = 0 AS last
        UNION ALL SELECT 'vendor', old.vendor_party_id,
          (SELECT count(*) FROM spend_facts f WHERE f.notice_id = old.notice_id AND f.counted = 1 AND f.is_video_ops = 1 AND f.vendor_party_id = old.vendor_party_id) = 0) p
  WHERE g.r IS NOT NULL AND p.party_id IS NOT NULL
  ON CONFLICT (region_code, role, party_id) DO UPDATE SET lots = lots + excluded.lots, fen = fen + excluded.fen, notices = notices + excluded.notices;
  DELETE FROM spend_party_regions WHERE lots = 0 AND region_code IN (old.province_code, old.city_code, old.county_code)
    AND ((role = 'buyer' AND party_id = old.buyer_party_id) OR (role = 'vendor' AND party_id = old.vendor_party_id));
END;
--> statement-breakpoint
CREATE VIEW `spend_party_regions_expected` AS
SELECT r AS region_code, role, party_id, count(*) AS lots, sum(fen) AS fen, count(DISTINCT notice_id) AS notices FROM (
  SELECT province_code AS r, 'buyer' AS role, buyer_party_id AS party_id, notice_id, CAST(round(coalesce(amount_yuan, 0) * 100) AS INTEGER) AS fen
    FROM spend_facts WHERE is_video_ops = 1 AND counted = 1 AND province_code IS NOT NULL AND buyer_party_id IS NOT NULL
  UNION ALL SELECT city_code, 'buyer', buyer_party_id, notice_id, CAST(round(coalesce(amount_yuan, 0) * 100) AS INTEGER)
    FROM spend_facts WHERE is_video_ops = 1 AND counted = 1 AND city_code IS NOT NULL AND buyer_party_id IS NOT NULL
  UNION ALL SELECT county_code, 'buyer', buyer_party_id, notice_id, CAST(round(coalesce(amount_yuan, 0) * 100) AS INTEGER)
    FROM spend_facts WHERE is_video_ops = 1 AND counted = 1 AND county_code IS NOT NULL AND buyer_party_id IS NOT NULL
  UNION ALL SELECT province_code, 'vendor', vendor_party_id, notice_id, CAST(round(coalesce(amount_yuan, 0) * 100) AS INTEGER)
    FROM spend_facts WHERE is_video_ops = 1 AND counted = 1 AND province_code IS NOT NULL AND vendor_party_id IS NOT NULL
  UNION ALL SELECT city_code, 'vendor', vendor_party_id, notice_id, CAST(round(coalesce(amount_yuan, 0) * 100) AS INTEGER)
    FROM spend_facts WHERE is_video_ops = 1 AND counted = 1 AND city_code IS NOT NULL AND vendor_party_id IS NOT NULL
  UNION ALL SELECT county_code, 'vendor', vendor_party_id, notice_id, CAST(round(coalesce(amount_yuan, 0) * 100) AS INTEGER)
    FROM spend_facts WHERE is_video_ops = 1 AND counted = 1 AND county_code IS NOT NULL AND vendor_party_id IS NOT NULL
) GROUP BY r, role, party_id;
--> statement-breakpoint
INSERT INTO spend_party_regions SELECT * FROM spend_party_regions_expected;
