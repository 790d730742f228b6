/**
 * One region (province, city or county by GB/T 2260 code): its counted video-ops spending per
 * year and month, the median price per service type, its child regions (drill-down) and its
 * siblings side by side, from the spend_rollup table and index walks over spend_facts.
 * @module
 */
import type { Db } from '../index.js';
import { checkCode, divisionLevel, fillYears, labelLeftOut, median, QueryError, stmt, type LeftOut } from './common.js';
import { regionName } from './region-names.js';
import { rollupBy, rollupReasons, topRegionParties, type RegionPartySum } from './rollups.js';

export interface RegionRef {
  code: string;
  name: string;
}

export interface RegionArea {
  /** null for spending booked at the parent level itself (市本级 / 省本级) */
  code: string | null;
  name: string;
  yuan: number;
  lots: number;
}

export interface RegionDetail {
  code: string;
  name: string;
  level: 'province' | 'city' | 'county';
  /** province → city → this, for the breadcrumb */
  path: RegionRef[];
  totalYuan: number;
  lots: number;
  perYear: { year: string; yuan: number; lots: number }[];
  perMonth: { month: string; yuan: number; lots: number }[];
  perService: { serviceType: string | null; lots: number; yuan: number; medianYuan: number | null }[];
  children: RegionArea[];
  siblings: RegionArea[];
  leftOut: LeftOut[];
  /**
   * The {@link TOP_PARTIES} vendors with the most counted spending here (a consortium's lot is its
   * first-named vendor's, as in the national ranking), with their share of `totalYuan`.
   */
  topVendors: RegionParty[];
  /** The {@link TOP_PARTIES} buyers with the most counted spending here, with their share of `totalYuan`. */
  topBuyers: RegionParty[];
}

/** A party's counted spending in a region and its share of the region's total (null when that is 0). */
export interface RegionParty extends RegionPartySum {
  share: number | null;
}

/** How many vendors and buyers a region page lists. */
export const TOP_PARTIES = 10;

/** Months without spending become explicit zeros, so a line chart never bridges a gap. */
export function fillMonths(rows: { month: string | null; yuan: number; lots: number }[]): { month: string; yuan: number; lots: number }[] {
  const known = rows.filter((r): r is { month: string; yuan: number; lots: number } => r.month !== null && /^\d{4}-\d{2}$/.test(r.month));
  if (!known.length) return [];
  const by = new Map(known.map((r) => [r.month, r]));
  const out: { month: string; yuan: number; lots: number }[] = [];
  let [y, m] = known[0].month.split('-').map(Number);
  const last = known[known.length - 1].month;
  for (let i = 0; i < 600; i++) {
    const key = `${y}-${String(m).padStart(2, '0')}`;
    out.push(by.get(key) ?? { month: key, yuan: 0, lots: 0 });
    if (key >= last) break;
    [y, m] = m === 12 ? [y + 1, 1] : [y, m + 1];
  }
  return out;
}

/**
 * The counted spending of each region one level below `code` ('' = the nation → provinces),
 * largest first; null code = booked at `code`'s own level (省本级 / 市本级).
 */
function childAreas(db: Db, code: string): RegionArea[] {
  const own = code === '' ? '中央/未知 (central or unknown)' : code.endsWith('0000') ? '省本级 (province level)' : '市本级 (city level)';
  return rollupBy(db, code, 'child_code')
    .map((r) => ({ code: r.key, name: r.key ? (regionName(db, r.key) ?? r.key) : own, yuan: r.yuan, lots: r.lots }))
    .toSorted((a, b) => b.yuan - a.yuan);
}

/**
 * The median counted price of one service type in a region: an OFFSET walk along the
 * (region, service type, amount) index to the middle of `n` lots, so no price leaves SQLite.
 */
function medianPrice(db: Db, level: 'province' | 'city' | 'county', code: string, serviceType: string | null, n: number): number | null {
  if (n < 1) return null;
  const svc = serviceType === null ? 'service_type IS NULL' : 'service_type = ?';
  const xs = stmt(
    db,
    `SELECT amount_yuan FROM spend_facts INDEXED BY spend_facts_${level}_idx WHERE ${level}_code = ? AND is_video_ops = 1 AND counted = 1 AND ${svc}
       ORDER BY amount_yuan LIMIT ? OFFSET ?`,
  )
    .pluck()
    .all(...(serviceType === null ? [code] : [code, serviceType]), n % 2 ? 1 : 2, n % 2 ? n >> 1 : (n >> 1) - 1) as number[];
  return median(xs);
}

/**
 * The region page's data. Throws QueryError 400 for a malformed code, 404 for an unknown one.
 * Totals come from the trigger-maintained rollup (a few hundred rows even for a province at 1M
 * notices) and medians from index walks, so the page needs no cache and is never stale.
 */
export function regionDetail(db: Db, rawCode: string): RegionDetail {
  const code = checkCode(rawCode);
  const level = divisionLevel(code);
  // A region whose notices hold no lots yet (only intentions or tenders) still has a page.
  const name = regionName(db, code);
  if (!name) throw new QueryError(`no notices are located in region ${code}`, 404);
  const perMonth = rollupBy(db, code, 'month').map((r) => ({ month: r.key, yuan: r.yuan, lots: r.lots }));
  const years = new Map<number | null, { year: number | null; yuan: number; lots: number }>();
  for (const m of perMonth) {
    const y = m.month && /^\d{4}/.test(m.month) ? Number(m.month.slice(0, 4)) : null;
    const e = years.get(y) ?? { year: y, yuan: 0, lots: 0 };
    e.yuan += m.yuan;
    e.lots += m.lots;
    years.set(y, e);
  }
  const perYear = fillYears([...years.values()], (year) => ({ year, yuan: 0, lots: 0 })).map((r) => ({ ...r, year: r.year === null ? '未知' : String(r.year) }));
  const perService = rollupBy(db, code, 'service_type')
    .toSorted((a, b) => b.yuan - a.yuan)
    .map((r) => ({ serviceType: r.key, lots: r.lots, yuan: r.yuan, medianYuan: medianPrice(db, level, code, r.key, r.lots) }));
  const leftOut = labelLeftOut(rollupReasons(db, code));
  const path: RegionRef[] = [];
  const prov = `${code.slice(0, 2)}0000`;
  const city = `${code.slice(0, 4)}00`;
  if (level !== 'province') path.push({ code: prov, name: regionName(db, prov) ?? prov });
  if (level === 'county') path.push({ code: city, name: regionName(db, city) ?? city });
  path.push({ code, name });
  const children = level === 'county' ? [] : childAreas(db, code);
  const siblings = childAreas(db, level === 'province' ? '' : level === 'city' ? prov : city).filter((a) => a.code);
  const totalYuan = perMonth.reduce((s, r) => s + r.yuan, 0);
  const lots = perMonth.reduce((s, r) => s + r.lots, 0);
  const top = (role: 'buyer' | 'vendor'): RegionParty[] => topRegionParties(db, code, role, TOP_PARTIES).map((p) => ({ ...p, share: totalYuan > 0 ? p.yuan / totalYuan : null }));
  return { code, name, level, path, totalYuan, lots, perYear, perMonth: fillMonths(perMonth), perService, children, siblings, leftOut, topVendors: top('vendor'), topBuyers: top('buyer') };
}

/** The provinces with any counted spending, and the central/unknown remainder (the drill-down's top level). */
export function regionIndex(db: Db): RegionArea[] {
  return childAreas(db, '');
}

/**
 * The child regions of `parent` ('' for the provinces) where any notice is located, spending or
 * not (a province whose notices are all calls still has notices to search): one seek per child
 * along notices_division_idx, skipping from each child's first code to the next child's (a
 * loose index scan), so a province of 300,000 notices costs its few dozen children, not its rows.
 */
export function noticeAreas(db: Db, parent: string): { code: string; name: string }[] {
  const width = parent === '' ? 2 : parent.endsWith('0000') ? 4 : 6;
  const prefix = parent === '' ? '' : parent.slice(0, width - 2);
  const own = parent === '' ? null : parent;
  const next = stmt(db, 'SELECT division_code FROM notices INDEXED BY notices_division_idx WHERE division_code >= ? AND division_code < ? ORDER BY division_code LIMIT 1').pluck();
  const out: { code: string; name: string }[] = [];
  // ':' sorts after every digit: prefix + ':' bounds the codes under prefix, child + ':' skips past a child
  let from = prefix;
  for (let i = 0; i < 100; i++) {
    const c = next.get(from, `${prefix}:`) as string | undefined;
    if (!c) break;
    const child = c.slice(0, width);
    from = `${child}:`;
    const code = child.padEnd(6, '0');
    if (!/^\d{6}$/.test(code) || code === own || (width === 4 && child.endsWith('00'))) continue;
    const name = regionName(db, code);
    if (name) out.push({ code, name });
  }
  return out;
}

/** The child regions of `code` that have counted spending (cities of a province, counties of a city). */
export function regionChildren(db: Db, code: string): RegionArea[] {
  return divisionLevel(checkCode(code)) === 'county' ? [] : childAreas(db, code).filter((a) => a.code);
}
