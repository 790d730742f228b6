/**
 * Vendor and buyer profiles: one party (all spellings of its name grouped by the normalized
 * key), its counted contracts, totals per year, where it works and its share of each region's
 * counted video-ops spending.
 * @module
 */
import type { Db } from '../index.js';
import { checkId, fillYears, labelLeftOut, QueryError, type LeftOut } from './common.js';
import { regionTotalYuan } from './rollups.js';

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
  contracts: { noticeId: number; title: string | null; publishedAt: string | null; amountYuan: number; counterpart: string | null; counterpartId: number | null; region: string | null }[];
}

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
  const facts =
    role === 'vendor'
      ? `SELECT f.* FROM lot_vendors v JOIN spend_facts f ON f.lot_id = v.lot_id WHERE v.party_id = ${id} AND f.counted = 1 AND f.is_video_ops = 1`
      : `SELECT f.* FROM spend_facts f WHERE f.buyer_party_id = ${id} AND f.counted = 1 AND f.is_video_ops = 1`;
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
  const contracts = c
    .prepare(
      `SELECT x.notice_id AS noticeId, n.title, x.published_at AS publishedAt, x.amount_yuan AS amountYuan, ${counterpart},
        coalesce(x.county, x.city, x.province) AS region
       FROM (${facts}) x JOIN notices n ON n.id = x.notice_id ORDER BY x.published_at DESC LIMIT 500`,
    )
    .all() as PartyDetail['contracts'];
  const uncounted =
    role === 'vendor'
      ? `SELECT f.reason FROM lot_vendors v JOIN spend_facts f ON f.lot_id = v.lot_id WHERE v.party_id = ${id} AND f.counted = 0 AND f.is_video_ops = 1`
      : `SELECT f.reason FROM spend_facts f WHERE f.buyer_party_id = ${id} AND f.counted = 0 AND f.is_video_ops = 1`;
  const leftOut = labelLeftOut(c.prepare(`SELECT reason, count(*) AS lots FROM (${uncounted}) GROUP BY reason`).all() as { reason: string; lots: number }[]);
  const notices =
    role === 'vendor'
      ? (c.prepare('SELECT count(DISTINCT l.notice_id) AS n FROM lot_vendors v JOIN lots l ON l.id = v.lot_id WHERE v.party_id = ?').get(id) as { n: number }).n
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
  };
}
