/**
 * One region (province, city or county by GB/T 2260 code): its counted video-ops spending per
 * year and month, the median price per service type, its child regions (drill-down) and its
 * siblings side by side. Reads only the covering indexes of spend_facts.
 * @module
 */
import type { Db } from '../index.js';
import { checkCode, divisionLevel, labelLeftOut, median, memo, QueryError, type LeftOut } from './common.js';
import { provinceTotals } from './overview.js';

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
}

const COL = { province: 'province_code', city: 'city_code', county: 'county_code' } as const;
const NAME = { province: 'province', city: 'city', county: 'county' } as const;

function nameOf(db: Db, level: keyof typeof COL, code: string): string | null {
  const r = db.$client.prepare(`SELECT ${NAME[level]} AS n FROM spend_facts WHERE ${COL[level]} = ? AND ${NAME[level]} IS NOT NULL LIMIT 1`).get(code) as { n: string } | undefined;
  return r?.n ?? null;
}

function noticeRegionName(db: Db, level: keyof typeof COL, code: string): string | null {
  const prefix = level === 'province' ? code.slice(0, 2) : level === 'city' ? code.slice(0, 4) : code;
  const r = db.$client
    .prepare(`SELECT ${NAME[level]} AS n FROM notices WHERE division_code >= ? AND division_code < ? AND ${NAME[level]} IS NOT NULL LIMIT 1`)
    .get(prefix, `${prefix}~`) as { n: string } | undefined;
  return r?.n ?? null;
}

function areas(db: Db, parentLevel: 'province' | 'city', parentCode: string, childLevel: 'city' | 'county'): RegionArea[] {
  const rows = db.$client
    .prepare(
      `SELECT ${COL[childLevel]} AS code, sum(amount_yuan) AS yuan, count(*) AS lots FROM spend_facts
       WHERE ${COL[parentLevel]} = ? AND is_video_ops = 1 AND counted = 1 GROUP BY ${COL[childLevel]} ORDER BY yuan DESC`,
    )
    .all(parentCode) as { code: string | null; yuan: number; lots: number }[];
  return rows.map((r) => ({ ...r, name: r.code ? (nameOf(db, childLevel, r.code) ?? r.code) : parentLevel === 'province' ? '省本级 (province level)' : '市本级 (city level)' }));
}

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

function childAreas(db: Db, byChild: Map<string | null, { yuan: number; lots: number }>, parent: 'province' | 'city', child: 'city' | 'county'): RegionArea[] {
  return [...byChild]
    .map(([code, v]) => ({ code, ...v, name: code ? (nameOf(db, child, code) ?? code) : parent === 'province' ? '省本级 (province level)' : '市本级 (city level)' }))
    .toSorted((a, b) => b.yuan - a.yuan);
}

/**
 * The region page's data. Throws QueryError 400 for a malformed code, 404 for an unknown one.
 * A large province aggregates tens of thousands of lots (≈0.2–0.5 s at 1M notices), and the data
 * changes only when a scrape commits, so the result is memoized until the database changes, as
 * /compare's is.
 */
export function regionDetail(db: Db, rawCode: string): RegionDetail {
  const code = checkCode(rawCode);
  return memo(db, `region:${code}`, () => computeRegionDetail(db, code));
}

/** {@link regionDetail} without the memo, for a code already checked. */
export function computeRegionDetail(db: Db, code: string): RegionDetail {
  const level = divisionLevel(code);
  const c = db.$client;
  // A region whose notices hold no lots yet (only intentions or tenders) still has a page.
  const name = nameOf(db, level, code) ?? noticeRegionName(db, level, code);
  if (!name) throw new QueryError(`no notices are located in region ${code}`, 404);
  const col = COL[level];
  // One pass over the covering index feeds months, service types and child regions alike: at 1M
  // notices a province holds ~30k counted lots and each separate scan would cost as much.
  const childCol = level === 'province' ? 'city_code' : level === 'city' ? 'county_code' : 'NULL';
  const rows = c
    .prepare(`SELECT month, amount_yuan, service_type, ${childCol} FROM spend_facts INDEXED BY spend_facts_${level}_idx WHERE ${col} = ? AND is_video_ops = 1 AND counted = 1`)
    .raw()
    .all(code) as [string | null, number, string | null, string | null][];
  const months = new Map<string | null, { month: string | null; yuan: number; lots: number }>();
  const byService = new Map<string | null, number[]>();
  const byChild = new Map<string | null, { yuan: number; lots: number }>();
  for (const [month, a, svc, child] of rows) {
    const m = months.get(month);
    if (m) {
      m.yuan += a;
      m.lots++;
    } else months.set(month, { month, yuan: a, lots: 1 });
    const xs = byService.get(svc);
    if (xs) xs.push(a);
    else byService.set(svc, [a]);
    const ch = byChild.get(child);
    if (ch) {
      ch.yuan += a;
      ch.lots++;
    } else byChild.set(child, { yuan: a, lots: 1 });
  }
  const perMonth = [...months.values()].toSorted((x, y) => (x.month ?? '').localeCompare(y.month ?? ''));
  const years = new Map<string, { year: string; yuan: number; lots: number }>();
  for (const m of perMonth) {
    const y = m.month?.slice(0, 4) ?? '未知';
    const e = years.get(y) ?? { year: y, yuan: 0, lots: 0 };
    e.yuan += m.yuan;
    e.lots += m.lots;
    years.set(y, e);
  }
  for (const xs of byService.values()) xs.sort((x, y) => x - y);
  const perService = [...byService].map(([serviceType, xs]) => ({ serviceType, lots: xs.length, yuan: xs.reduce((s, x) => s + x, 0), medianYuan: median(xs) }));
  const leftOut = labelLeftOut(
    c.prepare(`SELECT reason, count(*) AS lots FROM spend_facts WHERE ${col} = ? AND is_video_ops = 1 AND counted = 0 GROUP BY reason`).all(code) as { reason: string; lots: number }[],
  );
  const path: RegionRef[] = [];
  const prov = `${code.slice(0, 2)}0000`;
  const city = `${code.slice(0, 4)}00`;
  if (level !== 'province') path.push({ code: prov, name: nameOf(db, 'province', prov) ?? prov });
  if (level === 'county') path.push({ code: city, name: nameOf(db, 'city', city) ?? city });
  path.push({ code, name });
  let children: RegionArea[] = [];
  let siblings: RegionArea[];
  if (level === 'province') {
    children = childAreas(db, byChild, 'province', 'city');
    siblings = memo(db, 'region.provinces', () =>
      provinceTotals(db)
        .filter((p) => p.code)
        .map((p) => ({ code: p.code, name: p.name ?? p.code!, yuan: p.yuan, lots: p.contracts })),
    );
  } else if (level === 'city') {
    children = childAreas(db, byChild, 'city', 'county');
    siblings = memo(db, `region.cities.${prov}`, () => areas(db, 'province', prov, 'city').filter((a) => a.code));
  } else {
    siblings = areas(db, 'city', city, 'county').filter((a) => a.code);
  }
  const totalYuan = perMonth.reduce((s, r) => s + r.yuan, 0);
  const lots = perMonth.reduce((s, r) => s + r.lots, 0);
  return { code, name, level, path, totalYuan, lots, perYear: [...years.values()], perMonth: fillMonths(perMonth), perService, children, siblings, leftOut };
}

/** The provinces with any notices (the drill-down's top level). */
export function regionIndex(db: Db): RegionArea[] {
  return provinceTotals(db).map((p) => ({ code: p.code, name: p.code ? (p.name ?? p.code) : '中央/未知 (central or unknown)', yuan: p.yuan, lots: p.contracts }));
}

/** The child regions of `code` that have counted spending (cities of a province, counties of a city). */
export function regionChildren(db: Db, code: string): RegionArea[] {
  const level = divisionLevel(checkCode(code));
  if (level === 'province') return areas(db, 'province', code, 'city').filter((a) => a.code);
  if (level === 'city') return areas(db, 'city', code, 'county').filter((a) => a.code);
  return [];
}
