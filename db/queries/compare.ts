/**
 * Price comparison: the distribution of counted prices per service type (box + strip plot), in
 * yuan per contract lot, per account-year or per video, filtered by year and region. Outliers
 * are lots beyond Cardinal's fences (Q1 − 1.5·IQR, Q3 + 1.5·IQR) and are named and linked:
 * a reason to look closer, not proof of anything.
 * @module
 */
import type { Db } from '../index.js';
import { checkCode, divisionLevel, QueryError, SERVICE_TYPES, stmt } from './common.js';
import { rollupBy } from './rollups.js';

export const METRICS = { contract: '元/合同包 yuan per lot', account_year: '元/账号·年 yuan per account-year', video: '元/条视频 yuan per video' } as const;
export type Metric = keyof typeof METRICS;

export interface CompareParams {
  metric: Metric;
  year: number | null;
  region: string | null;
}

export interface PricePoint {
  lotId: number;
  noticeId: number;
  value: number;
  title: string | null;
  buyer: string | null;
  region: string | null;
}

export interface ServiceBox {
  serviceType: string;
  label: string;
  n: number;
  min: number;
  q1: number;
  median: number;
  q3: number;
  max: number;
  lowerFence: number;
  upperFence: number;
  /** at most 300 points for the strip plot: every k-th lot by id, a sample that ignores price */
  points: { value: number; noticeId: number }[];
  /** the outliers, largest deviation first (at most 20 listed) */
  outliers: PricePoint[];
  outlierCount: number;
}

export interface CompareResult {
  params: CompareParams;
  boxes: ServiceBox[];
  years: number[];
}

/** Parse /compare's parameters; a bad one is a 400. */
export function parseCompareParams(p: Record<string, string | undefined>): CompareParams {
  const metric = (p.metric || 'contract') as Metric;
  if (!(metric in METRICS)) throw new QueryError(`metric must be one of ${Object.keys(METRICS).join(', ')}`, 400);
  let year: number | null = null;
  if (p.year) {
    if (!/^\d{4}$/.test(p.year)) throw new QueryError(`year must be a 4-digit year, got "${p.year.slice(0, 20)}"`, 400);
    year = Number(p.year);
  }
  const region = p.region ? checkCode(p.region) : null;
  return { metric, year, region };
}

const COLUMN: Record<Metric, string> = { contract: 'amount_yuan', account_year: 'per_account_year', video: 'per_video' };

/** At most this many points per service type go to the strip plot. */
const STRIP_POINTS = 300;

/**
 * The compare page's data, computed without reading every price: the count comes from the
 * rollup (or an index count for unit prices), each quartile from an OFFSET walk along the
 * (service type, price) index from the nearer end, the outliers from index ranges beyond the
 * fences, and the strip plot from a systematic sample (every k-th lot by id). At 1M notices
 * that is about two index passes per service type and no cache is needed.
 */
export function compare(db: Db, params: CompareParams): CompareResult {
  const col = COLUMN[params.metric];
  const where: string[] = ['service_type = ?', 'is_video_ops = 1', 'counted = 1', `${col} IS NOT NULL`];
  const args: unknown[] = [];
  if (params.year !== null) {
    where.push('year = ?');
    args.push(params.year);
  }
  const level = params.region ? divisionLevel(params.region) : null;
  if (params.region && level) {
    where.push(`${level}_code = ?`);
    args.push(params.region);
  }
  // Yuan per lot walks the (region or service type, …, amount) covering index, or nationally for
  // one year the (service type, …, year, amount) one; unit prices their partial indexes.
  const index = level ?? (params.year !== null ? 'service_year' : 'service');
  const from = params.metric !== 'contract' ? 'spend_facts' : `spend_facts INDEXED BY spend_facts_${index}_idx`;
  const w = where.join(' AND ');
  const countAll = stmt(db, `SELECT count(*) FROM ${from} WHERE ${w}`).pluck();
  const asc = stmt(db, `SELECT ${col} FROM ${from} WHERE ${w} ORDER BY ${col} ASC LIMIT ? OFFSET ?`).pluck();
  const desc = stmt(db, `SELECT ${col} FROM ${from} WHERE ${w} ORDER BY ${col} DESC LIMIT ? OFFSET ?`).pluck();
  const above = stmt(db, `SELECT lot_id, ${col} FROM ${from} WHERE ${w} AND ${col} > ? ORDER BY ${col} DESC LIMIT 20`).raw();
  const below = stmt(db, `SELECT lot_id, ${col} FROM ${from} WHERE ${w} AND ${col} < ? ORDER BY ${col} ASC LIMIT 20`).raw();
  const beyond = stmt(db, `SELECT count(*) FROM ${from} WHERE ${w} AND (${col} > ? OR ${col} < ?)`).pluck();
  const sample = stmt(db, `SELECT lot_id, ${col} FROM ${from} WHERE ${w} AND lot_id % ? = 0 ORDER BY ${col}`).raw();
  const noticeOf = stmt(db, 'SELECT notice_id FROM spend_facts WHERE lot_id = ?').pluck();
  const detail = stmt(
    db,
    `SELECT f.lot_id AS lotId, f.notice_id AS noticeId, n.title, n.buyer, coalesce(f.county, f.city, f.province) AS region
     FROM spend_facts f JOIN notices n ON n.id = f.notice_id WHERE f.lot_id = ?`,
  );
  // The walks need the exact count of the rows they walk. The rollup has it per region and
  // service type; a year filter is counted on the index itself, because the rollup keys months
  // and a notice dated by year alone has a year but no month.
  const counted = params.metric === 'contract' && params.year === null ? countedLots(db, params.region ?? '') : null;
  const boxes: ServiceBox[] = [];
  for (const [serviceType, label] of Object.entries(SERVICE_TYPES)) {
    const a = [serviceType, ...args];
    const n = counted ? (counted.get(serviceType) ?? 0) : (countAll.get(...a) as number);
    if (!n) continue;
    // The values at ranks k .. k+count-1 (0-based, ascending), walked to from whichever end is nearer.
    const at = (k: number, count = 1) => (k < n / 2 ? asc.all(...a, count, k) : (desc.all(...a, count, n - k - count) as number[]).toReversed()) as number[];
    // Linear interpolation between the two ranks around (n-1)q, as common.ts's quantile does.
    const quantileAt = (q: number) => {
      const pos = (n - 1) * q;
      const lo = Math.floor(pos);
      if (pos === lo) return at(lo)[0];
      const [x, y] = at(lo, 2);
      return x + (y - x) * (pos - lo);
    };
    const q1 = quantileAt(0.25);
    const q3 = quantileAt(0.75);
    const iqr = q3 - q1;
    const lowerFence = q1 - 1.5 * iqr;
    const upperFence = q3 + 1.5 * iqr;
    const mid = (q1 + q3) / 2;
    const out = iqr > 0 ? [...(above.all(...a, upperFence) as [number, number][]), ...(below.all(...a, lowerFence) as [number, number][])] : [];
    const outliers = out
      .toSorted((x, y) => Math.abs(y[1] - mid) - Math.abs(x[1] - mid))
      .slice(0, 20)
      .map(([lotId, value]): PricePoint => ({ ...(detail.get(lotId) as Omit<PricePoint, 'value'>), value }));
    const step = Math.ceil(n / STRIP_POINTS);
    let picked = sample.all(...a, step) as [number, number][];
    if (picked.length > STRIP_POINTS) picked = Array.from({ length: STRIP_POINTS }, (_, i) => picked[Math.floor((i * picked.length) / STRIP_POINTS)]);
    boxes.push({
      serviceType, label, n, min: at(0)[0], q1, median: quantileAt(0.5), q3, max: at(n - 1)[0], lowerFence, upperFence,
      points: picked.map(([lotId, value]) => ({ value, noticeId: noticeOf.get(lotId) as number })),
      outliers, outlierCount: iqr > 0 ? (beyond.get(...a, upperFence, lowerFence) as number) : 0,
    });
  }
  return { params, boxes, years: countedYears(db) };
}

/** Counted lots per service type of a region ('' = the nation), from the rollup. */
function countedLots(db: Db, region: string): Map<string, number> {
  return new Map(rollupBy(db, region, 'service_type').map((r) => [r.key ?? '', r.lots]));
}

/** The years with counted video-ops spending, for the year filter. */
function countedYears(db: Db): number[] {
  const years = new Set(rollupBy(db, '', 'month').flatMap((r) => (r.key ? [Number(r.key.slice(0, 4))] : [])));
  return [...years].toSorted((x, y) => x - y);
}
