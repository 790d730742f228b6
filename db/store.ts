/**
 * Writing to the archive: raw pages first (so nothing fetched is ever lost), then the facts
 * extracted from them. The input shapes are structural, so db/ does not depend on the
 * extractor's module; any object with these fields can be stored.
 * @module
 */
import { createHash } from 'node:crypto';
import { gzipSync, gunzipSync } from 'node:zlib';
import { and, eq } from 'drizzle-orm';
import type { Db } from './index.js';
import { lots, lotVendors, notices, parties, partyNames, rawPages, sources } from './schema/index.js';
import { partyKey } from './party-key.js';
import { refreshNotice } from './queries/maintain.js';

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

/** Make sure the source row exists (adapters call this once per run). */
export function ensureSource(db: Db, s: { id: string; name: string; baseUrl: string }): void {
  db.insert(sources)
    .values({ ...s, createdAt: new Date().toISOString() })
    .onConflictDoUpdate({ target: sources.id, set: { name: s.name, baseUrl: s.baseUrl } })
    .run();
}

/** Archive a fetched page. An identical re-fetch (same URL, same bytes) is not stored twice. */
export function saveRawPage(db: Db, p: RawPageInput): StoredRawPage {
  const contentHash = createHash('sha256').update(p.body).digest('hex');
  const existing = db
    .select({ id: rawPages.id })
    .from(rawPages)
    .where(and(eq(rawPages.url, p.url), eq(rawPages.contentHash, contentHash)))
    .get();
  if (existing) return { id: existing.id, isNew: false, changed: false };
  const seen = db.select({ id: rawPages.id }).from(rawPages).where(eq(rawPages.url, p.url)).get();
  const row = db
    .insert(rawPages)
    .values({
      sourceId: p.sourceId,
      runId: p.runId ?? null,
      url: p.url,
      pageKind: p.pageKind,
      fetchedAt: p.fetchedAt ?? new Date().toISOString(),
      httpStatus: p.httpStatus,
      contentType: p.contentType ?? null,
      charset: p.charset ?? null,
      contentHash,
      size: p.body.length,
      body: gzipSync(p.body),
      hints: p.hints === undefined ? null : JSON.stringify(p.hints),
      parseStatus: 'pending',
      isSample: p.isSample ?? false,
    })
    .returning({ id: rawPages.id })
    .get();
  return { id: row.id, isNew: true, changed: seen !== undefined };
}

/** The archived bytes of a raw page, decompressed. */
export function rawPageBody(body: Buffer): Buffer {
  return gunzipSync(body);
}

/** Record how parsing a raw page went (ok, broken, blocked, error) and why. */
export function markRawPage(db: Db, id: number, status: string, error?: string | null): void {
  db.update(rawPages)
    .set({ parseStatus: status, parseError: error ? error.slice(0, 2000) : null })
    .where(eq(rawPages.id, id))
    .run();
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

/** Find or create the party for a name as written, remembering the spelling and role. */
export function partyFor(db: Db, name: string, role: 'buyer' | 'vendor' | 'agency'): number {
  const key = partyKey(name);
  let party = db.select({ id: parties.id }).from(parties).where(eq(parties.nameKey, key)).get();
  if (!party) party = db.insert(parties).values({ nameKey: key, name }).returning({ id: parties.id }).get();
  db.insert(partyNames).values({ partyId: party.id, name, role }).onConflictDoNothing().run();
  return party.id;
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
    province: n.province,
    city: n.city,
    county: n.county,
    divisionCode: n.divisionCode,
    localitySource: n.localitySource,
    isVideoOps: n.isVideoOps,
    serviceType: n.serviceType,
    videoScore: n.videoScore,
    videoMatched: JSON.stringify(n.videoMatched),
    evidence: JSON.stringify(n.evidence),
    warnings: JSON.stringify(n.warnings),
    text: n.text.slice(0, MAX_NOTICE_TEXT),
    parserVersion: n.parserVersion,
    extractedAt: new Date().toISOString(),
    isSample: n.isSample,
  };
  const row = db
    .insert(notices)
    .values(values)
    .onConflictDoUpdate({ target: notices.sourceUrl, set: values })
    .returning({ id: notices.id })
    .get();
  db.delete(lots).where(eq(lots.noticeId, row.id)).run();
  n.lots.forEach((l, seq) => {
    const lot = db
      .insert(lots)
      .values({
        noticeId: row.id,
        seq,
        label: l.lot,
        vendor: l.vendor,
        amountYuan: l.amountYuan,
        amountForm: l.amountForm,
        amountText: l.amountText,
        amountStart: l.amountStart,
        amountEnd: l.amountEnd,
        rateValue: l.rateValue,
        budgetYuan: l.budgetYuan,
        ceilingYuan: l.ceilingYuan,
        status: l.status,
        confidence: l.confidence,
      })
      .returning({ id: lots.id })
      .get();
    const names = l.vendors.length ? l.vendors : l.vendor ? [l.vendor] : [];
    names.forEach((name, i) => {
      db.insert(lotVendors)
        .values({ lotId: lot.id, seq: i, partyId: partyFor(db, name, 'vendor'), name })
        .run();
    });
  });
  // Keep the dashboard's derived tables (spend facts, the 1–2 character search index) in step.
  refreshNotice(db, row.id, values.title, values.text);
  return row.id;
}

/** Remove a notice (its lots and vendor links cascade) and its rows in the derived tables. */
export function deleteNotice(db: Db, noticeId: number): void {
  db.delete(notices).where(eq(notices.id, noticeId)).run();
  refreshNotice(db, noticeId, null, '');
}
