import { sqliteTable, text, integer, real, index, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { sources } from './sources.js';
import { rawPages } from './raw-pages.js';
import { parties } from './parties.js';

/** Provenance every extracted fact carries: where it came from and which parser read it. */
const provenance = {
  sourceId: text('source_id').notNull().references(() => sources.id),
  sourceUrl: text('source_url').notNull(),
  rawPageId: integer('raw_page_id').notNull().references(() => rawPages.id),
};

/**
 * One announcement, as extracted from its newest archived page. Evidence for each field
 * (text span, offsets into `text`, confidence) is kept in `evidence` as JSON.
 */
export const notices = sqliteTable(
  'notices',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    ...provenance,
    kind: text('kind').notNull(),
    title: text('title'),
    projectCode: text('project_code'),
    /**
     * Derived: the spend-facts project key (`projectKey` in db/queries/maintain.ts, the NFKC-normalized
     * 项目编号 within one buyer, or `n:<id>`), written by refreshNotice so a project's notices are one
     * index lookup on every write instead of a scan of the buyer's notices.
     */
    projectKey: text('project_key'),
    projectName: text('project_name'),
    procurementMethod: text('procurement_method'),
    buyer: text('buyer'),
    buyerPartyId: integer('buyer_party_id').references(() => parties.id),
    buyerAddress: text('buyer_address'),
    agency: text('agency'),
    agencyPartyId: integer('agency_party_id').references(() => parties.id),
    publishedAt: text('published_at'),
    tenderDeadline: text('tender_deadline'),
    awardDate: text('award_date'),
    contractDate: text('contract_date'),
    servicePeriodText: text('service_period_text'),
    serviceMonths: real('service_months'),
    budgetYuan: real('budget_yuan'),
    ceilingYuan: real('ceiling_yuan'),
    awardedYuan: real('awarded_yuan'), // sum of the lots' totals; null when no lot has one
    accounts: integer('accounts'),
    platforms: text('platforms'), // JSON array
    videosPerMonth: real('videos_per_month'),
    videoCount: real('video_count'),
    yuanPerAccountYear: real('yuan_per_account_year'),
    yuanPerVideo: real('yuan_per_video'),
    province: text('province'),
    city: text('city'),
    county: text('county'),
    divisionCode: text('division_code'),
    localitySource: text('locality_source'),
    isVideoOps: integer('is_video_ops', { mode: 'boolean' }).notNull().default(false),
    serviceType: text('service_type'),
    videoScore: real('video_score'),
    videoMatched: text('video_matched'), // JSON { for: string[], against: string[] }
    evidence: text('evidence'), // JSON: field -> { text, start, end, confidence }
    warnings: text('warnings'), // JSON array of strings
    text: text('text').notNull(), // plain text of the notice (capped); evidence offsets index into it
    parserVersion: text('parser_version').notNull(),
    extractedAt: text('extracted_at').notNull(),
    isSample: integer('is_sample', { mode: 'boolean' }).notNull().default(false),
  },
  (t) => [
    uniqueIndex('notices_source_url_idx').on(t.sourceUrl),
    index('notices_raw_page_idx').on(t.rawPageId),
    index('notices_published_idx').on(t.publishedAt),
    // Sorting search results by amount walks this instead of sorting every match.
    index('notices_awarded_idx').on(t.awardedYuan),
    // With the date, a region's notices are read newest first from the index alone (search pages);
    // the search form's filters after it let a region's count with any of them read the index alone.
    index('notices_division_idx').on(t.divisionCode, t.publishedAt, t.kind, t.serviceType, t.isVideoOps, t.procurementMethod, t.awardedYuan),
    index('notices_province_idx').on(t.province, t.city, t.county),
    index('notices_project_idx').on(t.projectCode),
    index('notices_video_idx').on(t.isVideoOps, t.kind, t.publishedAt),
    index('notices_buyer_party_idx').on(t.buyerPartyId),
    index('notices_project_key_idx').on(t.projectKey),
    // The search form's service and method filters count their notices from these (without them a
    // count read every row: 1.3-1.6 s at 1M); a page still walks the date index, checking each row.
    index('notices_service_idx').on(t.serviceType),
    index('notices_method_idx').on(t.procurementMethod),
  ],
);

/** One awarded (or failed) lot of a notice. Amount text and offsets are the evidence. */
export const lots = sqliteTable(
  'lots',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    noticeId: integer('notice_id')
      .notNull()
      .references(() => notices.id, { onDelete: 'cascade' }),
    seq: integer('seq').notNull(),
    label: text('label'),
    vendor: text('vendor'), // as written; a consortium joined with "；"
    amountYuan: real('amount_yuan'),
    amountForm: text('amount_form').notNull(), // total | rate | unit_price | none
    amountText: text('amount_text'),
    amountStart: integer('amount_start'),
    amountEnd: integer('amount_end'),
    rateValue: real('rate_value'), // the rate in percent when amountForm = rate
    budgetYuan: real('budget_yuan'),
    ceilingYuan: real('ceiling_yuan'),
    status: text('status').notNull().default('awarded'), // awarded | failed
    confidence: real('confidence'),
  },
  (t) => [index('lots_notice_idx').on(t.noticeId)],
);

/** The vendors of a lot, one row per consortium member, linked to their party. */
export const lotVendors = sqliteTable(
  'lot_vendors',
  {
    lotId: integer('lot_id')
      .notNull()
      .references(() => lots.id, { onDelete: 'cascade' }),
    seq: integer('seq').notNull(),
    partyId: integer('party_id')
      .notNull()
      .references(() => parties.id),
    name: text('name').notNull(),
  },
  (t) => [index('lot_vendors_lot_idx').on(t.lotId), index('lot_vendors_party_idx').on(t.partyId)],
);

/**
 * What a correction (更正公告) changes in an award, one row per corrected award item, as the
 * extractor read it (its `correctedAward`): the lot it names (as written, or null), the winner and
 * the amount before and after (yuan; null where not stated or unreadable), and the new amount's
 * text and offsets in the correction's text as evidence. Written with the notice (saveNotice),
 * rebuilt by reparse; maintain.ts applies each item to the live lot it names. `vendorAfterPartyId`
 * is the winner after, resolved to a party as lot vendors are (parties.ts partyFor: one party per
 * party key, so a typo-level change of the name is the same party); a different party than the
 * lot's becomes the lot's counted vendor.
 */
export const correctionItems = sqliteTable(
  'correction_items',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    noticeId: integer('notice_id')
      .notNull()
      .references(() => notices.id, { onDelete: 'cascade' }),
    seq: integer('seq').notNull(),
    label: text('label'),
    vendorBefore: text('vendor_before'),
    vendorAfter: text('vendor_after'),
    vendorAfterPartyId: integer('vendor_after_party_id'),
    amountBefore: real('amount_before'),
    amountAfter: real('amount_after'),
    amountText: text('amount_text'),
    amountStart: integer('amount_start'),
    amountEnd: integer('amount_end'),
  },
  // The vendor index finds the corrections naming a party as the winner after (its profile's notices).
  (t) => [index('correction_items_notice_idx').on(t.noticeId), index('correction_items_vendor_idx').on(t.vendorAfterPartyId)],
);
