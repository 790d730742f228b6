import { sqliteTable, text, integer, primaryKey, index } from 'drizzle-orm/sqlite-core';

/**
 * Derived, maintained by triggers on spend_facts (migration 0009): the video-ops lots and their
 * counted yuan per region, month, service type and reason, so a region page or the national
 * overview reads a few hundred rows instead of aggregating tens of thousands of lots, and is as
 * fast the minute after a scrape commits as an hour later. Amounts are kept in fen (integers) so
 * the sums stay exact however often lots are added and withdrawn.
 *
 * Each lot appears on up to four rows: the nation (`region_code` ''), its province, its city and
 * its county. Empty strings stand for unknown (month, service type) and for "counted" (reason).
 * The table is WITHOUT ROWID (set in the migration), so a region's rows are read in key order.
 */
export const spendRollup = sqliteTable(
  'spend_rollup',
  {
    regionCode: text('region_code').notNull(),
    reason: text('reason').notNull(),
    month: text('month').notNull(),
    serviceType: text('service_type').notNull(),
    lots: integer('lots').notNull(),
    fen: integer('fen').notNull(),
  },
  (t) => [primaryKey({ columns: [t.regionCode, t.reason, t.month, t.serviceType] })],
);

/**
 * Derived, maintained by triggers on spend_facts: counted video-ops lots and fen of each region
 * ('' = the nation) per next level down (`child_code`; '' = booked at the region's own level),
 * for drill-downs and sibling comparisons. WITHOUT ROWID, like spend_rollup.
 */
export const spendRollupChild = sqliteTable(
  'spend_rollup_child',
  {
    regionCode: text('region_code').notNull(),
    childCode: text('child_code').notNull(),
    lots: integer('lots').notNull(),
    fen: integer('fen').notNull(),
  },
  (t) => [primaryKey({ columns: [t.regionCode, t.childCode] })],
);

/**
 * Derived, maintained by triggers on spend_facts: counted video-ops spending per buyer and per
 * (first-named) vendor, and the national total under role 'all', party 0. `notices` counts
 * distinct notices, kept exact by the trigger checking the notice's other counted lots.
 */
export const spendPartyTotals = sqliteTable(
  'spend_party_totals',
  {
    role: text('role').notNull(), // buyer | vendor | all
    partyId: integer('party_id').notNull(),
    lots: integer('lots').notNull(),
    fen: integer('fen').notNull(),
    notices: integer('notices').notNull(),
  },
  (t) => [primaryKey({ columns: [t.role, t.partyId] }), index('spend_party_totals_rank_idx').on(t.role, t.fen)],
);

/**
 * Derived, maintained by triggers on spend_facts (migration 0020): counted video-ops spending per
 * region (province, city and county; the nation is spend_party_totals) × role × party, so a
 * region page lists its top vendors and buyers by reading ten rows along the rank index instead
 * of grouping a province's 30,000 lots (220 ms at 1M notices). A lot's vendor is its first-named
 * one (spend_facts keeps one per lot), as in spend_party_totals. `notices` counts distinct
 * notices, kept exact as there: a notice's lots share its region. WITHOUT ROWID.
 */
export const spendPartyRegions = sqliteTable(
  'spend_party_regions',
  {
    regionCode: text('region_code').notNull(),
    role: text('role').notNull(), // buyer | vendor
    partyId: integer('party_id').notNull(),
    lots: integer('lots').notNull(),
    fen: integer('fen').notNull(),
    notices: integer('notices').notNull(),
  },
  (t) => [primaryKey({ columns: [t.regionCode, t.role, t.partyId] }), index('spend_party_regions_rank_idx').on(t.regionCode, t.role, t.fen)],
);

/**
 * Derived, maintained by triggers on notices: counts that would otherwise scan every notice
 * ('notices', 'source:<id>', 'method:<procurement method>', 'sample').
 */
export const noticeCounts = sqliteTable('notice_counts', {
  key: text('key').primaryKey(),
  n: integer('n').notNull(),
});
