/**
 * Reading the trigger-maintained rollups (migration 0009, db/schema/rollups.ts): spending per
 * region × month × service type × reason, per region × child region, per party, and notice counts. They make
 * every national and regional total a read of a few hundred rows, as fast right after a scrape
 * commits as at any other time, so nothing here needs a cache.
 * @module
 */
import type Database from 'better-sqlite3';
import type { Db } from '../index.js';

/** Counted lots and yuan under one key (a month, service type or child region; null = unknown or booked at this level). */
export interface RollupSum {
  key: string | null;
  lots: number;
  yuan: number;
}

/** What a region's rollup can be summed by. */
export type RollupDimension = 'month' | 'service_type' | 'child_code';

function statements(c: Database.Database) {
  return {
    month: c.prepare(`SELECT nullif(month, '') AS key, sum(lots) AS lots, sum(fen) / 100.0 AS yuan FROM spend_rollup WHERE region_code = ? AND reason = '' GROUP BY month ORDER BY month`),
    service_type: c.prepare(
      `SELECT nullif(service_type, '') AS key, sum(lots) AS lots, sum(fen) / 100.0 AS yuan FROM spend_rollup WHERE region_code = ? AND reason = '' GROUP BY service_type ORDER BY service_type`,
    ),
    child_code: c.prepare(`SELECT nullif(child_code, '') AS key, lots, fen / 100.0 AS yuan FROM spend_rollup_child WHERE region_code = ? ORDER BY child_code`),
    total: c.prepare(`SELECT coalesce(sum(fen), 0) / 100.0 FROM spend_rollup WHERE region_code = ? AND reason = ''`).pluck(),
    reasons: c.prepare(`SELECT reason, sum(lots) AS lots FROM spend_rollup WHERE region_code = ? AND reason > '' GROUP BY reason ORDER BY 2 DESC`),
    count: c.prepare(`SELECT n FROM notice_counts WHERE key = ?`).pluck(),
    countsLike: c.prepare(`SELECT substr(key, ?) AS k, n FROM notice_counts WHERE key >= ? AND key < ? AND n > 0 ORDER BY n DESC, key`),
    party: c.prepare(`SELECT lots, fen / 100.0 AS yuan, notices FROM spend_party_totals WHERE role = ? AND party_id = ?`),
    top: c.prepare(
      `SELECT p.id, p.name, t.fen / 100.0 AS yuan, t.notices AS contracts FROM spend_party_totals t
       JOIN parties p ON p.id = t.party_id WHERE t.role = ? ORDER BY t.fen DESC LIMIT ?`,
    ),
  };
}

const cache = new WeakMap<Database.Database, ReturnType<typeof statements>>();
function stmts(db: Db) {
  let s = cache.get(db.$client);
  if (!s) cache.set(db.$client, (s = statements(db.$client)));
  return s;
}

/** Counted video-ops lots and yuan of one region ('' = the whole country) summed by one dimension, in key order. */
export function rollupBy(db: Db, regionCode: string, dimension: RollupDimension): RollupSum[] {
  return stmts(db)[dimension].all(regionCode) as RollupSum[];
}

/** Counted video-ops yuan of one region ('' = the whole country). */
export function regionTotalYuan(db: Db, regionCode: string): number {
  return stmts(db).total.get(regionCode) as number;
}

/** The video-ops lots of one region ('' = the whole country) left out of its totals, per reason, most first. */
export function rollupReasons(db: Db, regionCode: string): { reason: string; lots: number }[] {
  return stmts(db).reasons.all(regionCode) as { reason: string; lots: number }[];
}

/** A maintained notice count: 'notices', 'source:<id>', 'method:<name>' or 'sample' (0 when none). */
export function noticeCount(db: Db, key: string): number {
  return (stmts(db).count.get(key) as number | undefined) ?? 0;
}

/** The maintained counts under `prefix` ('method:' → each procurement method and its notices), largest first. */
export function noticeCountsUnder(db: Db, prefix: string): { key: string; n: number }[] {
  return (stmts(db).countsLike.all(prefix.length + 1, prefix, `${prefix}\uffff`) as { k: string; n: number }[]).map((r) => ({ key: r.k, n: r.n }));
}

/** Counted video-ops spending of one party in one role ('all', party 0 = the national total). */
export function partyTotals(db: Db, role: 'buyer' | 'vendor' | 'all', partyId: number): { lots: number; yuan: number; notices: number } {
  return (stmts(db).party.get(role, partyId) as { lots: number; yuan: number; notices: number } | undefined) ?? { lots: 0, yuan: 0, notices: 0 };
}

/** The parties with the most counted spending in a role (contracts = distinct notices). */
export function topPartyTotals(db: Db, role: 'buyer' | 'vendor', limit: number): { id: number; name: string; yuan: number; contracts: number }[] {
  return stmts(db).top.all(role, limit) as { id: number; name: string; yuan: number; contracts: number }[];
}

/** One party's counted video-ops spending within a region (a region page's top vendors and buyers). */
export interface RegionPartySum {
  id: number;
  name: string;
  yuan: number;
  lots: number;
  /** distinct notices: what the search linked from the figure counts */
  notices: number;
}

/**
 * Prepared apart from the other rollups' statements: on a database opened read-only that lacks
 * migration 0020 only the region pages fail (naming the migration), not every page.
 */
const regionPartyCache = new WeakMap<Database.Database, Database.Statement>();

/**
 * The parties with the most counted video-ops spending in one region (province, city or county
 * code) and role, from spend_party_regions: a walk down its rank index, `limit` rows. A vendor is
 * a lot's first-named one, as in the national ranking.
 */
export function topRegionParties(db: Db, regionCode: string, role: 'buyer' | 'vendor', limit: number): RegionPartySum[] {
  const c = db.$client;
  let s = regionPartyCache.get(c);
  if (!s) {
    try {
      s = c.prepare(
        `SELECT t.party_id AS id, coalesce(p.name, '#' || t.party_id) AS name, t.fen / 100.0 AS yuan, t.lots, t.notices
         FROM spend_party_regions t INDEXED BY spend_party_regions_rank_idx LEFT JOIN parties p ON p.id = t.party_id
         WHERE t.region_code = ? AND t.role = ? ORDER BY t.fen DESC, t.party_id DESC LIMIT ?`,
      );
    } catch (e) {
      if (/no such table: spend_party_regions/.test(String(e))) throw new Error('this database lacks spend_party_regions: open it once writable (procwatch serve or stats) to apply migration 0020', { cause: e });
      throw e;
    }
    regionPartyCache.set(c, s);
  }
  return s.all(regionCode, role, limit) as RegionPartySum[];
}

const ROLLUPS = ['spend_rollup', 'spend_rollup_child', 'spend_party_totals', 'spend_party_regions', 'notice_counts'] as const;

/**
 * Compare each maintained rollup with its from-scratch view and describe every difference
 * (empty when they agree). A full scan: for tests and `procwatch stats --check`, not for pages.
 */
export function rollupDrift(db: Db, limit = 20): string[] {
  const c = db.$client;
  const out: string[] = [];
  for (const table of ROLLUPS) {
    const view = `${table}_expected`;
    const extra = c.prepare(`SELECT * FROM (SELECT * FROM ${table} EXCEPT SELECT * FROM ${view}) LIMIT ?`).all(limit);
    const missing = c.prepare(`SELECT * FROM (SELECT * FROM ${view} EXCEPT SELECT * FROM ${table}) LIMIT ?`).all(limit);
    for (const r of extra) out.push(`${table} has ${JSON.stringify(r)} that ${view} does not`);
    for (const r of missing) out.push(`${table} lacks ${JSON.stringify(r)} from ${view}`);
  }
  return out;
}

/** Recompute every rollup from scratch (after a bulk load that bypassed the triggers, or to repair drift). */
export function rebuildRollups(db: Db): void {
  const c = db.$client;
  c.transaction(() => {
    for (const table of ROLLUPS) {
      c.exec(`DELETE FROM ${table}`);
      c.exec(`INSERT INTO ${table} SELECT * FROM ${table}_expected`);
    }
  })();
}
