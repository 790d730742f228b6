/**
 * Vendor and buyer profiles: one party (all spellings of its name grouped by the normalized
 * key), its counted contracts, totals per year, where it works and its share of each region's
 * counted video-ops spending.
 * @module
 */
import type { Db } from '../index.js';
import { checkId, fillYears, labelLeftOut, QueryError, type LeftOut } from './common.js';
import { regionTotalYuan } from './rollups.js';
import { VENDOR_NOTICES } from './search-where.js';

export interface PartyDetail {
  id: number;
  role: 'buyer' | 'vendor';
  name: string;
  /** every spelling seen, with the role it appeared in */
  names: { name: string; role: string }[];
  totalYuan: number;
  lots: number;
  /** all notices naming the party in this role, counted or not */
  notices: number;
  perYear: { year: number | null; yuan: number; lots: number }[];
  regions: { code: string | null; name: string; yuan: number; lots: number; regionYuan: number; share: number | null }[];
  leftOut: LeftOut[];
  /**
   * Its counterparts (a buyer's vendors, a vendor's buyers) by counted amount, with their share
   * of this party's counted total; `review` marks a counterpart with half or more of it over two
   * or more lots, when the party has at least {@link REVIEW_MIN_LOTS} (a reason to look closer,
   * not proof of anything).
   */
  partners: { id: number | null; name: string; yuan: number; lots: number; share: number | null; review: boolean }[];
  /** its counted amount by procurement method (单一来源 and other non-competitive methods show here) */
  methods: { method: string | null; yuan: number; lots: number; share: number | null }[];
  contracts: {
    noticeId: number;
    title: string | null;
    publishedAt: string | null;
    amountYuan: number;
    counterpart: string | null;
    counterpartId: number | null;
    region: string | null;
    /** a vendor's lot a correction moved to it: that correction, its date, and the item naming it (its evidence anchor) */
    correctedBy: { noticeId: number; publishedAt: string | null; seq: number | null } | null;
  }[];
  /**
   * A vendor's lots a correction (更正公告) moved to another winner: no longer counted for it, each
   * with the winner and the correction (empty for a buyer).
   */
  movedAway: { noticeId: number; title: string | null; publishedAt: string | null; amountYuan: number | null; toId: number | null; toName: string | null; correction: { noticeId: number; publishedAt: string | null; seq: number | null } }[];
}

/**
 * A vendor's spend_facts rows with `cond` (counted or not): the lots it is named on that no
 * correction moved to another winner, and the lots a correction moved to it. The search's
 * vendor_id filter reads the same (search-where.ts VENDOR_COUNTED_NOTICES).
 */
function vendorFacts(id: number, cond: string): string {
  return `SELECT f.* FROM lot_vendors v JOIN spend_facts f ON f.lot_id = v.lot_id WHERE v.party_id = ${id} AND f.vendor_corrected_by IS NULL AND ${cond}
    UNION ALL SELECT f.* FROM spend_facts f WHERE f.vendor_party_id = ${id} AND f.vendor_corrected_by IS NOT NULL AND ${cond}`;
}

/** The correction item that named `vendor` the winner (its seq, for the evidence anchor `correctedAward.N.vendor`). */
const ITEM_SEQ = (notice: string, vendor: string) => `(SELECT min(ci.seq) FROM correction_items ci WHERE ci.notice_id = ${notice} AND ci.vendor_after_party_id = ${vendor})`;

/**
 * A counterpart taking at least half of a party's counted spending over this many counted lots
 * is marked for review: opentender's "winner contract share" and OCP red flag R040 (one supplier
 * wins a large share of a buyer's contracts), fitted to the few contracts a buyer places a year.
 */
export const REVIEW_MIN_LOTS = 3;

/** The profile page's data; 400 for a malformed id, 404 when no such party plays the role. */
export function partyDetail(db: Db, rawId: string, role: 'buyer' | 'vendor'): PartyDetail {
  const id = checkId(rawId, role);
  const c = db.$client;
  const party = c.prepare('SELECT id, name FROM parties WHERE id = ?').get(id) as { id: number; name: string } | undefined;
  const names = c.prepare('SELECT name, role FROM party_names WHERE party_id = ? ORDER BY role, name').all(id) as { name: string; role: string }[];
  if (!party || !names.some((n) => n.role === role)) throw new QueryError(`no ${role} with id ${id}`, 404);
  // A consortium member shares the lot: its counted lots come through lot_vendors, not the first-vendor column.
  // A lot a correction moved to another winner is that winner's (vendorFacts).
  const facts = role === 'vendor' ? vendorFacts(id, 'f.counted = 1 AND f.is_video_ops = 1') : `SELECT f.* FROM spend_facts f WHERE f.buyer_party_id = ${id} AND f.counted = 1 AND f.is_video_ops = 1`;
  const perYear = fillYears(
    c.prepare(`SELECT year, sum(amount_yuan) AS yuan, count(*) AS lots FROM (${facts}) GROUP BY year ORDER BY year`).all() as PartyDetail['perYear'],
    (year) => ({ year, yuan: 0, lots: 0 }),
  );
  const regionRows = c
    .prepare(
      `SELECT coalesce(county_code, city_code, province_code) AS code, coalesce(county, city, province) AS name, sum(amount_yuan) AS yuan, count(*) AS lots,
        CASE WHEN county_code IS NOT NULL THEN 'county' WHEN city_code IS NOT NULL THEN 'city' WHEN province_code IS NOT NULL THEN 'province' END AS level
       FROM (${facts}) GROUP BY 1 ORDER BY yuan DESC LIMIT 100`,
    )
    .all() as { code: string | null; name: string | null; yuan: number; lots: number; level: string | null }[];
  const regions = regionRows.map((r) => {
    const regionYuan = r.level && r.code ? regionTotalYuan(db, r.code) : 0;
    return { code: r.code, name: r.name ?? '中央/未知', yuan: r.yuan, lots: r.lots, regionYuan, share: regionYuan ? r.yuan / regionYuan : null };
  });
  // A consortium lot is its first member's here (spend_facts keeps one vendor per lot).
  const other = role === 'vendor' ? 'buyer_party_id' : 'vendor_party_id';
  const total = perYear.reduce((s, r) => s + r.yuan, 0);
  const lotCount = perYear.reduce((s, r) => s + r.lots, 0);
  const partners = (
    c
      .prepare(
        `SELECT x.${other} AS id, coalesce(p.name, '未知 unknown') AS name, sum(x.amount_yuan) AS yuan, count(*) AS lots
         FROM (${facts}) x LEFT JOIN parties p ON p.id = x.${other} GROUP BY x.${other} ORDER BY yuan DESC, lots DESC LIMIT 50`,
      )
      .all() as { id: number | null; name: string; yuan: number; lots: number }[]
  ).map((r) => {
    const share = total > 0 ? r.yuan / total : null;
    // Repeat business only: one large contract is half of a small party's total without meaning anything.
    return { ...r, share, review: share !== null && share >= 0.5 && r.lots >= 2 && lotCount >= REVIEW_MIN_LOTS && r.id !== null };
  });
  const methods = (
    c
      // A contract or correction often omits the method its award stated: take the project's.
      .prepare(
        `SELECT coalesce(n.procurement_method, (SELECT m.procurement_method FROM notices m WHERE m.project_key = n.project_key AND m.procurement_method IS NOT NULL
           ORDER BY m.published_at DESC LIMIT 1)) AS method, sum(x.amount_yuan) AS yuan, count(*) AS lots
         FROM (${facts}) x JOIN notices n ON n.id = x.notice_id GROUP BY 1 ORDER BY yuan DESC, lots DESC`,
      )
      .all() as { method: string | null; yuan: number; lots: number }[]
  ).map((r) => ({ ...r, share: total > 0 ? r.yuan / total : null }));
  const counterpart =
    role === 'vendor'
      ? `n.buyer AS counterpart, n.buyer_party_id AS counterpartId`
      : `(SELECT group_concat(l.vendor, '；') FROM lots l WHERE l.id = x.lot_id) AS counterpart, x.vendor_party_id AS counterpartId`;
  const contracts = (
    c
      .prepare(
        `SELECT x.notice_id AS noticeId, n.title, x.published_at AS publishedAt, x.amount_yuan AS amountYuan, ${counterpart},
          coalesce(x.county, x.city, x.province) AS region, x.vendor_corrected_by AS byId, k.published_at AS byAt, ${ITEM_SEQ('x.vendor_corrected_by', 'x.vendor_party_id')} AS bySeq
         FROM (${facts}) x JOIN notices n ON n.id = x.notice_id LEFT JOIN notices k ON k.id = x.vendor_corrected_by ORDER BY x.published_at DESC LIMIT 500`,
      )
      .all() as (Omit<PartyDetail['contracts'][number], 'correctedBy'> & { byId: number | null; byAt: string | null; bySeq: number | null })[]
  ).map(({ byId, byAt, bySeq, ...r }) => ({ ...r, correctedBy: role === 'vendor' && byId !== null ? { noticeId: byId, publishedAt: byAt, seq: bySeq } : null }));
  const movedAway =
    role === 'vendor'
      ? (
          c
            .prepare(
              `SELECT f.notice_id AS noticeId, n.title, f.published_at AS publishedAt, f.amount_yuan AS amountYuan, f.vendor_party_id AS toId, p.name AS toName,
                f.vendor_corrected_by AS byId, k.published_at AS byAt, ${ITEM_SEQ('f.vendor_corrected_by', 'f.vendor_party_id')} AS bySeq
               FROM lot_vendors v JOIN spend_facts f ON f.lot_id = v.lot_id JOIN notices n ON n.id = f.notice_id LEFT JOIN parties p ON p.id = f.vendor_party_id
                 LEFT JOIN notices k ON k.id = f.vendor_corrected_by
               WHERE v.party_id = ? AND f.vendor_corrected_by IS NOT NULL AND f.vendor_party_id IS NOT ? AND f.counted = 1 AND f.is_video_ops = 1
               ORDER BY f.published_at DESC LIMIT 100`,
            )
            .all(id, id) as (Omit<PartyDetail['movedAway'][number], 'correction'> & { byId: number; byAt: string | null; bySeq: number | null })[]
        ).map(({ byId, byAt, bySeq, ...r }) => ({ ...r, correction: { noticeId: byId, publishedAt: byAt, seq: bySeq } }))
      : [];
  const uncounted =
    role === 'vendor' ? vendorFacts(id, 'f.counted = 0 AND f.is_video_ops = 1') : `SELECT f.reason FROM spend_facts f WHERE f.buyer_party_id = ${id} AND f.counted = 0 AND f.is_video_ops = 1`;
  const leftOut = labelLeftOut(c.prepare(`SELECT reason, count(*) AS lots FROM (${uncounted}) GROUP BY reason`).all() as { reason: string; lots: number }[]);
  const notices =
    role === 'vendor'
      ? (c.prepare(`SELECT count(DISTINCT notice_id) AS n FROM (${VENDOR_NOTICES})`).get(id, id, id) as { n: number }).n
      : (c.prepare('SELECT count(*) AS n FROM notices WHERE buyer_party_id = ?').get(id) as { n: number }).n;
  return {
    id,
    role,
    name: party.name,
    names,
    totalYuan: total,
    lots: lotCount,
    notices,
    perYear,
    regions,
    leftOut,
    partners,
    methods,
    contracts,
    movedAway,
  };
}
