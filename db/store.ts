/**
 * Writing to the archive: raw pages first (so nothing fetched is ever lost), then the facts
 * extracted from them. The input shapes are structural, so db/ does not depend on the
 * extractor's module; any object with these fields can be stored.
 * @module
 */
import { createHash } from 'node:crypto';
import { gzipSync, gunzipSync } from 'node:zlib';
import type Database from 'better-sqlite3';
import { eq, getTableColumns } from 'drizzle-orm';
import type { Db } from './index.js';
import { notices, sources } from './schema/index.js';
import { refreshNotice } from './queries/maintain.js';
import { correctionVendorParty, partyFor } from './parties.js';

/** Plain text kept per notice for search and evidence; the raw page keeps everything. */
export const MAX_NOTICE_TEXT = 200_000;

export interface RawPageInput {
  sourceId: string;
  runId?: number | null;
  url: string;
  pageKind: string;
  httpStatus: number;
  contentType?: string | null;
  charset?: string | null;
  body: Buffer;
  hints?: unknown;
  isSample?: boolean;
  fetchedAt?: string;
}

export interface StoredRawPage {
  id: number;
  /** false when the same URL with the same bytes was archived before */
  isNew: boolean;
  /** true when this URL was archived before with different bytes */
  changed: boolean;
}

type Bindable = string | number | bigint | Buffer | null;

/** A value as better-sqlite3 binds it: booleans as 0/1 (drizzle's boolean mode), undefined as NULL. */
function bind(v: unknown): Bindable {
  if (v === undefined || v === null) return null;
  if (typeof v === 'boolean') return v ? 1 : 0;
  return v as Bindable;
}

/** The notice columns saveNotice writes, by their drizzle key (the upsert's SQL is built from it). */
const NOTICE_KEYS = [
  'sourceId', 'sourceUrl', 'rawPageId', 'kind', 'title', 'projectCode', 'projectName', 'procurementMethod', 'buyer',
  'buyerPartyId', 'buyerAddress', 'agency', 'agencyPartyId', 'publishedAt', 'tenderDeadline', 'awardDate', 'contractDate',
  'servicePeriodText', 'serviceMonths', 'budgetYuan', 'ceilingYuan', 'awardedYuan', 'accounts', 'platforms', 'videosPerMonth',
  'videoCount', 'yuanPerAccountYear', 'yuanPerVideo', 'province', 'city', 'county', 'divisionCode', 'localitySource',
  'isVideoOps', 'serviceType', 'videoScore', 'videoMatched', 'evidence', 'warnings', 'text', 'parserVersion', 'extractedAt',
  'isSample',
] as const satisfies readonly (keyof typeof notices.$inferInsert)[];

/**
 * The write path's statements, prepared once per connection. The scraper stores every page
 * through these; drizzle's query builders re-built and re-prepared the SQL on each call, which
 * was a large share of the scraper's main-thread time.
 */
function statements(c: Database.Database) {
  const cols = getTableColumns(notices);
  const names = NOTICE_KEYS.map((k) => cols[k].name);
  return {
    rawByHash: c.prepare('SELECT id FROM raw_pages WHERE url = ? AND content_hash = ?').pluck(),
    rawByUrl: c.prepare('SELECT 1 FROM raw_pages WHERE url = ? LIMIT 1').pluck(),
    rawInsert: c.prepare(
      `INSERT INTO raw_pages (source_id, run_id, url, page_kind, fetched_at, http_status, content_type, charset, content_hash,
        size, body, hints, parse_status, is_sample) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'pending', ?)`,
    ),
    rawMark: c.prepare('UPDATE raw_pages SET parse_status = ?, parse_error = ? WHERE id = ?'),
    // One notice per source URL: a re-extraction updates every written column in place (id kept).
    noticeUpsert: c
      .prepare(
        `INSERT INTO notices (${names.join(', ')}) VALUES (${names.map(() => '?').join(', ')})
         ON CONFLICT (source_url) DO UPDATE SET ${names.map((n) => `${n} = excluded.${n}`).join(', ')} RETURNING id`,
      )
      .pluck(),
    lotsDelete: c.prepare('DELETE FROM lots WHERE notice_id = ?'),
    lotInsert: c.prepare(
      `INSERT INTO lots (notice_id, seq, label, vendor, amount_yuan, amount_form, amount_text, amount_start, amount_end,
        rate_value, budget_yuan, ceiling_yuan, status, confidence) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ),
    lotVendor: c.prepare('INSERT INTO lot_vendors (lot_id, seq, party_id, name) VALUES (?, ?, ?, ?)'),
    itemsDelete: c.prepare('DELETE FROM correction_items WHERE notice_id = ?'),
    itemInsert: c.prepare(
      `INSERT INTO correction_items (notice_id, seq, label, vendor_before, vendor_after, vendor_after_party_id, amount_before, amount_after,
        amount_text, amount_start, amount_end) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ),
  };
}

const cache = new WeakMap<Database.Database, ReturnType<typeof statements>>();
function stmts(db: Db) {
  let s = cache.get(db.$client);
  if (!s) cache.set(db.$client, (s = statements(db.$client)));
  return s;
}

/** Make sure the source row exists (adapters call this once per run). */
export function ensureSource(db: Db, s: { id: string; name: string; baseUrl: string }): void {
  db.insert(sources)
    .values({ ...s, createdAt: new Date().toISOString() })
    .onConflictDoUpdate({ target: sources.id, set: { name: s.name, baseUrl: s.baseUrl } })
    .run();
}

/** Archive a fetched page. An identical re-fetch (same URL, same bytes) is not stored twice. */
export function saveRawPage(db: Db, p: RawPageInput): StoredRawPage {
  const s = stmts(db);
  const contentHash = createHash('sha256').update(p.body).digest('hex');
  const existing = s.rawByHash.get(p.url, contentHash) as number | undefined;
  if (existing !== undefined) return { id: existing, isNew: false, changed: false };
  const seen = s.rawByUrl.get(p.url) !== undefined;
  const info = s.rawInsert.run(
    p.sourceId, p.runId ?? null, p.url, p.pageKind, p.fetchedAt ?? new Date().toISOString(), p.httpStatus,
    p.contentType ?? null, p.charset ?? null, contentHash, p.body.length, gzipSync(p.body),
    p.hints === undefined ? null : JSON.stringify(p.hints), p.isSample ? 1 : 0,
  );
  return { id: Number(info.lastInsertRowid), isNew: true, changed: seen };
}

/** The archived bytes of a raw page, decompressed. */
export function rawPageBody(body: Buffer): Buffer {
  return gunzipSync(body);
}

/** Record how parsing a raw page went (ok, broken, blocked, error) and why. */
export function markRawPage(db: Db, id: number, status: string, error?: string | null): void {
  stmts(db).rawMark.run(status, error ? error.slice(0, 2000) : null, id);
}

interface EvidenceLike {
  text: string;
  start: number;
  end: number;
  confidence: number;
}

interface LotLike {
  lot: string | null;
  vendor: string | null;
  vendors: string[];
  amountYuan: number | null;
  amountForm: string;
  amountText: string | null;
  amountStart: number | null;
  amountEnd: number | null;
  rateValue: number | null;
  budgetYuan: number | null;
  ceilingYuan: number | null;
  status: string;
  confidence: number;
}

/** One award item a correction changes (the extractor's `correctedAward` entries fit). */
interface CorrectionItemLike {
  lot: string | null;
  vendorBefore: string | null;
  vendorAfter: string | null;
  amountBefore: number | null;
  amountAfter: number | null;
  amountText: string | null;
  amountStart?: number | null;
  amountEnd?: number | null;
}

/** The fields of an extracted notice that the archive stores (the extractor's output fits). */
export interface NoticeInput {
  parserVersion: string;
  kind: string;
  title: string | null;
  projectCode: string | null;
  projectName: string | null;
  procurementMethod: string | null;
  buyer: string | null;
  buyerAddress: string | null;
  agency: string | null;
  publishedAt: string | null;
  tenderDeadline: string | null;
  awardDate: string | null;
  contractDate: string | null;
  servicePeriodText: string | null;
  serviceMonths: number | null;
  budgetYuan: number | null;
  ceilingYuan: number | null;
  lots: LotLike[];
  /** a correction's changes to an award, applied to the lot each names when the project is counted */
  correctedAward?: CorrectionItemLike[];
  accounts: number | null;
  platforms: string[];
  videosPerMonth: number | null;
  videoCount: number | null;
  yuanPerAccountYear: number | null;
  yuanPerVideo: number | null;
  province: string | null;
  city: string | null;
  county: string | null;
  divisionCode: string | null;
  /**
   * Today's place when the notice names a division since renamed or merged (双流县, now 双流区):
   * the notice is stored there, so it counts with today's regions; the name as written stays in
   * the text and its evidence span.
   */
  placeToday?: { province: string | null; city: string | null; county: string | null; divisionCode: string | null } | null;
  localitySource: string | null;
  isVideoOps: boolean;
  serviceType: string | null;
  videoScore: number;
  videoMatched: { for: string[]; against: string[] };
  evidence: Record<string, EvidenceLike>;
  warnings: string[];
  text: string;
  isSample: boolean;
}

/** A place's names run together, a municipality's once (北京市密云区). */
const placeName = (p: { province: string | null; city: string | null; county: string | null }) =>
  [p.province, p.city !== p.province ? p.city : null, p.county].filter(Boolean).join('');

/** The note a notice placed under today's division carries, naming the place as written. */
function placedToday(n: NoticeInput, today: NonNullable<NoticeInput['placeToday']>): string {
  return `地区按今日区划计：公告写作 ${placeName(n)}（${n.divisionCode ?? '—'}），今为 ${placeName(today)}（${today.divisionCode ?? '—'}） (the notice names a division since renamed or merged; it is counted under today's)`;
}

/**
 * Store (or replace) the notice extracted from a raw page. One notice per source URL: a newer
 * page of the same URL, or a re-extraction, replaces the notice's fields and lots in place, so
 * its id stays stable for links. Call inside a transaction.
 */
export function saveNotice(
  db: Db,
  where: { sourceId: string; sourceUrl: string; rawPageId: number },
  n: NoticeInput,
): number {
  const awarded = n.lots.filter((l) => l.status === 'awarded' && l.amountForm === 'total' && l.amountYuan !== null);
  const place = n.placeToday ?? n;
  const values = {
    sourceId: where.sourceId,
    sourceUrl: where.sourceUrl,
    rawPageId: where.rawPageId,
    kind: n.kind,
    title: n.title,
    projectCode: n.projectCode,
    projectName: n.projectName,
    procurementMethod: n.procurementMethod,
    buyer: n.buyer,
    buyerPartyId: n.buyer ? partyFor(db, n.buyer, 'buyer') : null,
    buyerAddress: n.buyerAddress,
    agency: n.agency,
    agencyPartyId: n.agency ? partyFor(db, n.agency, 'agency') : null,
    publishedAt: n.publishedAt,
    tenderDeadline: n.tenderDeadline,
    awardDate: n.awardDate,
    contractDate: n.contractDate,
    servicePeriodText: n.servicePeriodText,
    serviceMonths: n.serviceMonths,
    budgetYuan: n.budgetYuan,
    ceilingYuan: n.ceilingYuan,
    awardedYuan: awarded.length ? awarded.reduce((s, l) => s + (l.amountYuan ?? 0), 0) : null,
    accounts: n.accounts,
    platforms: JSON.stringify(n.platforms),
    videosPerMonth: n.videosPerMonth,
    videoCount: n.videoCount,
    yuanPerAccountYear: n.yuanPerAccountYear,
    yuanPerVideo: n.yuanPerVideo,
    province: place.province,
    city: place.city,
    county: place.county,
    divisionCode: place.divisionCode,
    localitySource: n.localitySource,
    isVideoOps: n.isVideoOps,
    serviceType: n.serviceType,
    videoScore: n.videoScore,
    videoMatched: JSON.stringify(n.videoMatched),
    evidence: JSON.stringify(n.evidence),
    warnings: JSON.stringify(n.placeToday ? [...n.warnings, placedToday(n, n.placeToday)] : n.warnings),
    text: n.text.slice(0, MAX_NOTICE_TEXT),
    parserVersion: n.parserVersion,
    extractedAt: new Date().toISOString(),
    isSample: n.isSample,
  };
  const s = stmts(db);
  const noticeId = s.noticeUpsert.get(...NOTICE_KEYS.map((k) => bind(values[k]))) as number;
  s.lotsDelete.run(noticeId);
  n.lots.forEach((l, seq) => {
    const lotId = Number(
      s.lotInsert.run(
        noticeId, seq, bind(l.lot), bind(l.vendor), bind(l.amountYuan), l.amountForm, bind(l.amountText), bind(l.amountStart),
        bind(l.amountEnd), bind(l.rateValue), bind(l.budgetYuan), bind(l.ceilingYuan), l.status ?? 'awarded', bind(l.confidence),
      ).lastInsertRowid,
    );
    const names = l.vendors.length ? l.vendors : l.vendor ? [l.vendor] : [];
    names.forEach((name, i) => s.lotVendor.run(lotId, i, partyFor(db, name, 'vendor'), name));
  });
  s.itemsDelete.run(noticeId);
  (n.correctedAward ?? []).slice(0, 100).forEach((x, seq) => {
    s.itemInsert.run(
      noticeId, seq, bind(x.lot), bind(x.vendorBefore), bind(x.vendorAfter), correctionVendorParty(db, x.vendorAfter), bind(x.amountBefore),
      bind(x.amountAfter), bind(x.amountText), bind(x.amountStart), bind(x.amountEnd),
    );
  });
  // Keep the dashboard's derived tables (spend facts, the 1–2 character search index) in step.
  refreshNotice(db, noticeId, values.title, values.text);
  return noticeId;
}

/** Remove a notice (its lots and vendor links cascade) and its rows in the derived tables. */
export function deleteNotice(db: Db, noticeId: number): void {
  // The project key is read before the row goes: a notice without lots (a failure notice) has no
  // spend_facts rows to recover it from, yet its project must be recomputed without it.
  const row = db.select({ key: notices.projectKey }).from(notices).where(eq(notices.id, noticeId)).get();
  db.delete(notices).where(eq(notices.id, noticeId)).run();
  refreshNotice(db, noticeId, null, '', row?.key ?? null);
}
