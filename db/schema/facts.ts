import { sql } from 'drizzle-orm';
import { sqliteTable, text, integer, real, index } from 'drizzle-orm/sqlite-core';

/**
 * Derived, rebuildable: one row per lot of every notice, saying whether that lot counts as
 * spending and, when it does not, why (rate, unit_price, no_amount, failed, superseded,
 * project_failed). Maintained on write by `refreshFacts` (db/queries/maintain.ts) so the
 * dashboard's per-region, per-year and per-service-type totals stay index lookups at 1M notices.
 */
export const spendFacts = sqliteTable(
  'spend_facts',
  {
    lotId: integer('lot_id').primaryKey(),
    noticeId: integer('notice_id').notNull(),
    projectKey: text('project_key').notNull(),
    publishedAt: text('published_at'),
    year: integer('year'),
    month: text('month'), // YYYY-MM
    provinceCode: text('province_code'),
    cityCode: text('city_code'),
    countyCode: text('county_code'),
    province: text('province'),
    city: text('city'),
    county: text('county'),
    buyerPartyId: integer('buyer_party_id'),
    vendorPartyId: integer('vendor_party_id'),
    /**
     * The correction (更正公告) notice whose award item named another winner for this lot, making
     * vendor_party_id that winner instead of the lot's own first vendor; null when the lot counts
     * for the vendor its notice names. The vendor pages and search's vendor_id read it.
     */
    vendorCorrectedBy: integer('vendor_corrected_by'),
    serviceType: text('service_type'),
    isVideoOps: integer('is_video_ops').notNull().default(0),
    counted: integer('counted').notNull().default(0),
    reason: text('reason'),
    amountYuan: real('amount_yuan'), // set only when counted = 1
    perAccountYear: real('per_account_year'),
    perVideo: real('per_video'),
    isSample: integer('is_sample').notNull().default(0),
  },
  (t) => [
    index('spend_facts_notice_idx').on(t.noticeId),
    index('spend_facts_project_idx').on(t.projectKey),
    // Per-region medians and /compare's quartiles are OFFSET walks along these (region, service
    // type, amount) orders; the totals per month, child region and reason live in spend_rollup.
    // The notice id makes "the counted notices of a region" (search's counted=1) index-only.
    index('spend_facts_province_idx').on(t.provinceCode, t.isVideoOps, t.counted, t.serviceType, t.amountYuan, t.year, t.noticeId),
    index('spend_facts_city_idx').on(t.cityCode, t.isVideoOps, t.counted, t.serviceType, t.amountYuan, t.year, t.noticeId),
    index('spend_facts_county_idx').on(t.countyCode, t.isVideoOps, t.counted, t.serviceType, t.amountYuan, t.year, t.noticeId),
    index('spend_facts_service_idx').on(t.serviceType, t.isVideoOps, t.counted, t.amountYuan, t.year, t.provinceCode),
    // /compare for one year, nationally: the year ahead of the amount, so the walks step over
    // that year's lots only (along the index above they checked five years' lots: 290 ms).
    index('spend_facts_service_year_idx').on(t.serviceType, t.isVideoOps, t.counted, t.year, t.amountYuan),
    // Unit prices are known for few lots: small partial indexes, covering every column /compare
    // filters on, so its walks over them never touch the table.
    index('spend_facts_account_year_idx')
      .on(t.serviceType, t.isVideoOps, t.counted, t.perAccountYear, t.year, t.provinceCode, t.cityCode, t.countyCode)
      .where(sql`per_account_year IS NOT NULL`),
    index('spend_facts_video_idx')
      .on(t.serviceType, t.isVideoOps, t.counted, t.perVideo, t.year, t.provinceCode, t.cityCode, t.countyCode)
      .where(sql`per_video IS NOT NULL`),
    index('spend_facts_vendor_idx').on(t.vendorPartyId, t.counted),
    index('spend_facts_buyer_idx').on(t.buyerPartyId, t.counted),
  ],
);
