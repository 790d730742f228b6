/**
 * The overview page and the issue-2 contract list: awarded video-ops spending per year and per
 * province, top buyers and vendors, the latest counted contracts, and data freshness.
 * National aggregates scan spend_facts, so they are memoized until the database changes.
 * @module
 */
import type { Db } from '../index.js';
import { labelLeftOut, memo, type LeftOut } from './common.js';

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

export interface Overview {
  totalYuan: number;
  contracts: number;
  perYear: { year: number | null; yuan: number; contracts: number }[];
  perProvince: { code: string | null; name: string | null; yuan: number; contracts: number }[];
  topBuyers: { id: number; name: string; yuan: number; contracts: number }[];
  topVendors: { id: number; name: string; yuan: number; contracts: number }[];
  leftOut: LeftOut[];
  latest: ContractRow[];
  freshness: { sourceId: string; name: string; lastOkRun: string | null; lastRunStatus: string | null; notices: number }[];
  notices: number;
}

/**
 * The counted video-ops contracts, newest first: one row per notice whose lots count as
 * spending (vendor and amount over its counted lots only).
 */
export function listContracts(db: Db, opts: { limit: number; offset: number }): { total: number; items: ContractRow[] } {
  const c = db.$client;
  const total = memo(db, 'contracts.total', () => (c.prepare(`SELECT count(DISTINCT notice_id) AS n FROM spend_facts WHERE is_video_ops = 1 AND counted = 1`).get() as { n: number }).n);
  const items = c
    .prepare(
      `SELECT n.id, n.title, n.buyer,
        (SELECT group_concat(l.vendor, '；') FROM spend_facts f JOIN lots l ON l.id = f.lot_id WHERE f.notice_id = n.id AND f.counted = 1) AS vendor,
        (SELECT sum(f.amount_yuan) FROM spend_facts f WHERE f.notice_id = n.id AND f.counted = 1) AS amountYuan,
        n.province, n.city, n.county, n.published_at AS publishedAt, n.source_url AS sourceUrl
       FROM notices n INDEXED BY notices_published_idx
       WHERE n.is_video_ops = 1 AND EXISTS (SELECT 1 FROM spend_facts f WHERE f.notice_id = n.id AND f.counted = 1)
       ORDER BY n.published_at DESC, n.id DESC LIMIT ? OFFSET ?`,
    )
    .all(opts.limit, opts.offset) as ContractRow[];
  return { total, items };
}

function topParties(db: Db, col: 'buyer_party_id' | 'vendor_party_id') {
  return db.$client
    .prepare(
      `SELECT p.id, p.name, t.yuan, t.contracts FROM (
         SELECT ${col} AS pid, sum(amount_yuan) AS yuan, count(DISTINCT notice_id) AS contracts FROM spend_facts
         WHERE is_video_ops = 1 AND counted = 1 AND ${col} IS NOT NULL GROUP BY ${col} ORDER BY yuan DESC LIMIT 10) t
       JOIN parties p ON p.id = t.pid ORDER BY t.yuan DESC`,
    )
    .all() as { id: number; name: string; yuan: number; contracts: number }[];
}

/** Everything the overview page shows. */
export function overview(db: Db): Overview {
  const c = db.$client;
  const national = memo(db, 'overview.national', () => {
    const perYear = c
      .prepare(`SELECT year, sum(amount_yuan) AS yuan, count(*) AS contracts FROM spend_facts WHERE is_video_ops = 1 AND counted = 1 GROUP BY year ORDER BY year`)
      .all() as Overview['perYear'];
    const perProvince = provinceTotals(db);
    const leftOut = labelLeftOut(
      c.prepare(`SELECT reason, count(*) AS lots FROM spend_facts WHERE is_video_ops = 1 AND counted = 0 GROUP BY reason ORDER BY lots DESC`).all() as { reason: string; lots: number }[],
    );
    const freshness = c
      .prepare(
        `SELECT s.id AS sourceId, s.name,
          (SELECT max(coalesce(r.ended_at, r.started_at)) FROM scrape_runs r WHERE r.source_id = s.id AND r.status IN ('ok', 'partial')) AS lastOkRun,
          (SELECT r.status FROM scrape_runs r WHERE r.source_id = s.id ORDER BY r.started_at DESC LIMIT 1) AS lastRunStatus,
          (SELECT count(*) FROM notices n WHERE n.source_id = s.id) AS notices
         FROM sources s ORDER BY s.id`,
      )
      .all() as Overview['freshness'];
    const notices = (c.prepare('SELECT count(*) AS n FROM notices').get() as { n: number }).n;
    return { perYear, perProvince, leftOut, freshness, notices, topBuyers: topParties(db, 'buyer_party_id'), topVendors: topParties(db, 'vendor_party_id') };
  });
  const totalYuan = national.perYear.reduce((s, r) => s + r.yuan, 0);
  const contracts = national.perYear.reduce((s, r) => s + r.contracts, 0);
  const list = listContracts(db, { limit: 50, offset: 0 });
  return { ...national, totalYuan, contracts, latest: list.items };
}

/** Counted video-ops spending per province (null code = central units or unknown locality). */
export function provinceTotals(db: Db): Overview['perProvince'] {
  return memo(db, 'provinceTotals', () =>
    db.$client
      .prepare(
        `SELECT t.code, (SELECT f.province FROM spend_facts f WHERE f.province_code = t.code AND f.province IS NOT NULL LIMIT 1) AS name, t.yuan, t.contracts
         FROM (SELECT province_code AS code, sum(amount_yuan) AS yuan, count(*) AS contracts FROM spend_facts
               WHERE is_video_ops = 1 AND counted = 1 GROUP BY province_code) t ORDER BY t.yuan DESC`,
      )
      .all() as Overview['perProvince'],
  );
}
