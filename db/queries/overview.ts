/**
 * The overview page and the issue-2 contract list: awarded video-ops spending per year and per
 * province, top buyers and vendors, the latest counted contracts, and data freshness. Every
 * national total is read from the trigger-maintained rollups (db/queries/rollups.ts).
 * @module
 */
import type { Db } from '../index.js';
import { fillYears, labelLeftOut, stmt, vendorParties, type LeftOut, type VendorParty } from './common.js';
import { regionName } from './region-names.js';
import { noticeCount, partyTotals, rollupBy, rollupReasons, topPartyTotals } from './rollups.js';

/** One row of `GET /api/contracts` (the shape issue 2 fixes). */
export interface ContractRow {
  id: number;
  title: string | null;
  buyer: string | null;
  vendor: string | null;
  amountYuan: number | null;
  province: string | null;
  city: string | null;
  county: string | null;
  publishedAt: string | null;
  sourceUrl: string;
}

/** A row of the overview's latest contracts: the issue-2 row and its parties, for links to their profiles. */
export interface LatestContract extends ContractRow {
  buyerPartyId: number | null;
  /** the vendors of the counted lots as parties, first named first */
  vendors: VendorParty[];
}

export interface Overview {
  totalYuan: number;
  contracts: number;
  perYear: { year: number | null; yuan: number; contracts: number }[];
  perProvince: { code: string | null; name: string | null; yuan: number; contracts: number }[];
  topBuyers: { id: number; name: string; yuan: number; contracts: number }[];
  topVendors: { id: number; name: string; yuan: number; contracts: number }[];
  leftOut: LeftOut[];
  latest: LatestContract[];
  freshness: { sourceId: string; name: string; lastOkRun: string | null; lastRunStatus: string | null; notices: number }[];
  notices: number;
}

/** How many of the latest counted contracts the overview lists. */
export const LATEST = 20;

// A lot a correction moved to another winner (spend_facts.vendor_corrected_by) shows that winner.
const CONTRACT_COLS = `n.id, n.title, n.buyer,
  (SELECT group_concat(CASE WHEN f.vendor_corrected_by IS NULL THEN l.vendor ELSE (SELECT p.name FROM parties p WHERE p.id = f.vendor_party_id) END, '；')
    FROM spend_facts f JOIN lots l ON l.id = f.lot_id WHERE f.notice_id = n.id AND f.counted = 1) AS vendor,
  (SELECT sum(f.amount_yuan) FROM spend_facts f WHERE f.notice_id = n.id AND f.counted = 1) AS amountYuan,
  n.province, n.city, n.county, n.published_at AS publishedAt, n.source_url AS sourceUrl`;

/** The parties behind a row's buyer and its counted lots' vendors (the overview links them). */
const PARTY_COLS = `n.buyer_party_id AS buyerPartyId,
  (SELECT json_group_array(json_array(x.id, x.name) ORDER BY x.lot, x.seq) FROM (
    SELECT v.party_id AS id, v.name, l.seq AS lot, v.seq FROM spend_facts f JOIN lots l ON l.id = f.lot_id JOIN lot_vendors v ON v.lot_id = l.id
      WHERE f.notice_id = n.id AND f.counted = 1 AND f.vendor_corrected_by IS NULL AND v.party_id IS NOT NULL
    UNION ALL SELECT f.vendor_party_id, p.name, l.seq, 0 FROM spend_facts f JOIN lots l ON l.id = f.lot_id JOIN parties p ON p.id = f.vendor_party_id
      WHERE f.notice_id = n.id AND f.counted = 1 AND f.vendor_corrected_by IS NOT NULL) x) AS vendorsJson`;

const contractsSql = (cols: string) => `SELECT ${cols}
   FROM notices n INDEXED BY notices_published_idx
   WHERE n.is_video_ops = 1 AND EXISTS (SELECT 1 FROM spend_facts f WHERE f.notice_id = n.id AND f.counted = 1)
   ORDER BY n.published_at DESC, n.id DESC LIMIT ? OFFSET ?`;

/**
 * The counted video-ops contracts, newest first: one row per notice whose lots count as
 * spending (vendor and amount over its counted lots only).
 */
export function listContracts(db: Db, opts: { limit: number; offset: number }): { total: number; items: ContractRow[] } {
  const total = partyTotals(db, 'all', 0).notices;
  const items = stmt(db, contractsSql(CONTRACT_COLS)).all(opts.limit, opts.offset) as ContractRow[];
  return { total, items };
}

/** The newest `limit` counted contracts with their parties (the overview's table). */
function latestContracts(db: Db, limit: number): LatestContract[] {
  const rows = stmt(db, contractsSql(`${CONTRACT_COLS}, ${PARTY_COLS}`)).all(limit, 0) as (ContractRow & { buyerPartyId: number | null; vendorsJson: string | null })[];
  return rows.map(({ vendorsJson, ...r }) => ({ ...r, vendors: vendorParties(vendorsJson) }));
}

/** Everything the overview page shows. */
export function overview(db: Db): Overview {
  const years = new Map<number | null, Overview['perYear'][number]>();
  for (const r of rollupBy(db, '', 'month')) {
    const year = r.key ? Number(r.key.slice(0, 4)) : null;
    const e = years.get(year) ?? { year, yuan: 0, contracts: 0 };
    e.yuan += r.yuan;
    e.contracts += r.lots;
    years.set(year, e);
  }
  const perYear = fillYears([...years.values()], (year) => ({ year, yuan: 0, contracts: 0 }));
  const leftOut = labelLeftOut(rollupReasons(db, ''));
  const freshness = (
    stmt(
      db,
      `SELECT s.id AS sourceId, s.name,
          (SELECT max(coalesce(r.ended_at, r.started_at)) FROM scrape_runs r WHERE r.source_id = s.id AND r.status IN ('ok', 'partial')) AS lastOkRun,
          (SELECT r.status FROM scrape_runs r WHERE r.source_id = s.id ORDER BY r.started_at DESC LIMIT 1) AS lastRunStatus
         FROM sources s ORDER BY s.id`,
      )
      .all() as Omit<Overview['freshness'][number], 'notices'>[]
  ).map((f) => ({ ...f, notices: noticeCount(db, `source:${f.sourceId}`) }));
  // The overview shows the newest 20 (its table links to the search listing all of them, and
  // /api/contracts pages through the rest): 50 rows made it the heaviest page to draw.
  return {
    totalYuan: perYear.reduce((s, r) => s + r.yuan, 0),
    contracts: perYear.reduce((s, r) => s + r.contracts, 0),
    perYear,
    perProvince: provinceTotals(db),
    topBuyers: topPartyTotals(db, 'buyer', 10),
    topVendors: topPartyTotals(db, 'vendor', 10),
    leftOut,
    latest: latestContracts(db, LATEST),
    freshness,
    notices: noticeCount(db, 'notices'),
  };
}

/** Counted video-ops spending per province (null code = central units or unknown locality). */
export function provinceTotals(db: Db): Overview['perProvince'] {
  return rollupBy(db, '', 'child_code')
    .map((r) => ({ code: r.key, name: r.key ? regionName(db, r.key) : null, yuan: r.yuan, contracts: r.lots }))
    .toSorted((a, b) => b.yuan - a.yuan);
}
