/**
 * Price comparison: the distribution of counted prices per service type (box + strip plot), in
 * yuan per contract lot, per account-year or per video, filtered by year and region. Outliers
 * are lots beyond Cardinal's fences (Q1 − 1.5·IQR, Q3 + 1.5·IQR) and are named and linked:
 * a reason to look closer, not proof of anything.
 * @module
 */
import type { Db } from '../index.js';
import { checkCode, memo, QueryError, quantile, SERVICE_TYPES } from './common.js';

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
  /** at most 300 points, evenly spread over the ranks, for the strip plot */
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

/**
 * The compare page's data. Reading every price of a service type is the cost (hundreds of
 * thousands at 1M notices), so the result is memoized until the database changes.
 */
export function compare(db: Db, params: CompareParams): CompareResult {
  return memo(db, `compare:${params.metric}:${params.year}:${params.region}`, () => computeCompare(db, params));
}

/** {@link compare} without the memo (the benchmark's cold baseline). */
export function computeCompare(db: Db, params: CompareParams): CompareResult {
  const c = db.$client;
  const col = COLUMN[params.metric];
  const where: string[] = ['service_type = ?', 'is_video_ops = 1', 'counted = 1', `${col} IS NOT NULL`];
  const args: unknown[] = [];
  if (params.year !== null) {
    where.push('year = ?');
    args.push(params.year);
  }
  if (params.region) {
    const r = params.region;
    if (r.endsWith('0000')) where.push('province_code = ?');
    else if (r.endsWith('00')) where.push('city_code = ?');
    else where.push('county_code = ?');
    args.push(r);
  }
  const values = c.prepare(`SELECT lot_id AS lotId, ${col} AS v FROM spend_facts WHERE ${where.join(' AND ')} ORDER BY ${col}`);
  const detail = c.prepare(
    `SELECT f.lot_id AS lotId, f.notice_id AS noticeId, n.title, n.buyer, coalesce(f.county, f.city, f.province) AS region
     FROM spend_facts f JOIN notices n ON n.id = f.notice_id WHERE f.lot_id = ?`,
  );
  const noticeOf = c.prepare('SELECT notice_id FROM spend_facts WHERE lot_id = ?').pluck();
  const boxes: ServiceBox[] = [];
  for (const [serviceType, label] of Object.entries(SERVICE_TYPES)) {
    const rows = values.raw().all(serviceType, ...args) as [number, number][];
    if (!rows.length) continue;
    const xs = rows.map((r) => r[1]);
    const q1 = quantile(xs, 0.25)!;
    const q3 = quantile(xs, 0.75)!;
    const iqr = q3 - q1;
    const lowerFence = q1 - 1.5 * iqr;
    const upperFence = q3 + 1.5 * iqr;
    const outRows = rows.filter((r) => iqr > 0 && (r[1] > upperFence || r[1] < lowerFence)).toSorted((a, b) => Math.abs(b[1] - (q1 + q3) / 2) - Math.abs(a[1] - (q1 + q3) / 2));
    const lookup = (lotId: number, value: number): PricePoint => ({ ...(detail.get(lotId) as Omit<PricePoint, 'value'>), value });
    const m = Math.min(300, rows.length);
    const points: ServiceBox['points'] = [];
    for (let k = 0; k < m; k++) {
      const r = rows[Math.floor((k * rows.length) / m)];
      points.push({ value: r[1], noticeId: (noticeOf.get(r[0]) as number) });
    }
    boxes.push({
      serviceType, label, n: xs.length, min: xs[0], q1, median: quantile(xs, 0.5)!, q3, max: xs[xs.length - 1], lowerFence, upperFence,
      points, outliers: outRows.slice(0, 20).map((r) => lookup(r[0], r[1])), outlierCount: outRows.length,
    });
  }
  const years = memo(db, 'compare.years', () => (c.prepare(`SELECT DISTINCT year FROM spend_facts INDEXED BY spend_facts_year_idx WHERE is_video_ops = 1 AND counted = 1 AND year IS NOT NULL ORDER BY year`).all() as { year: number }[]).map((r) => r.year));
  return { params, boxes, years };
}
