/**
 * Shared pieces of the dashboard's query layer: the error a bad parameter raises, the labels
 * and the spending rules every page states.
 * @module
 */
import type Database from 'better-sqlite3';
import type { Db } from '../index.js';
import { noticeCount } from './rollups.js';

/** A request asked for something invalid (bad parameter) or absent (unknown id). */
export class QueryError extends Error {
  constructor(
    message: string,
    readonly status: 400 | 404,
  ) {
    super(message);
  }
}

/** True when any stored notice is generated or replayed sample data. */
export function hasSampleData(db: Db): boolean {
  return noticeCount(db, 'sample') > 0;
}

/** Service types, with the labels the pages show. */
export const SERVICE_TYPES: Record<string, string> = {
  account_operation: '账号运营 account operation',
  video_production: '短视频制作 video production',
  promo_film: '宣传片 promo film',
  live_streaming: '直播 live streaming',
  other_video: '其他视频 other video',
};

/** Notice kinds, with labels. */
export const NOTICE_KINDS: Record<string, string> = {
  intention: '采购意向 intention',
  tender: '招标/磋商 tender',
  single_source: '单一来源 single source',
  award: '中标/成交 award',
  contract: '合同 contract',
  correction: '更正 correction',
  failure: '废标/终止 failure',
  acceptance: '验收 acceptance',
  other: '其他 other',
};

/** Why a lot was left out of spending totals, in words. */
export const REASONS: Record<string, string> = {
  rate: '费率/下浮率 (a rate, not money)',
  unit_price: '单价 (a unit price, not a total)',
  no_amount: '无金额 (no amount stated)',
  failed: '废标 lot (failed: zero)',
  superseded: '已被更正/合同取代 (superseded by a later notice of the project)',
  project_failed: '项目终止/废标 (project failed: zero)',
  not_outcome: '非结果公告 (not an award, contract or correction)',
};

/** The rule every spending figure follows, stated once. */
export const SPENDING_RULE =
  '统计口径 / counted: 每个中标包只计一次 (each awarded lot once, from the newest award, contract or correction of its project: a contract replaces the lots of the winner who signed it); ' +
  '终止/废标计零 (failures count zero); 费率与单价不计入合计 (rates and unit prices are never summed); 仅视频运营类 (video operations only).';

/** How many lots were left out, by reason, for a WHERE clause over spend_facts (alias f). */
export interface LeftOut {
  reason: string;
  label: string;
  lots: number;
}

/** Rows of `{reason, lots}` → labelled left-out list. */
export function labelLeftOut(rows: { reason: string; lots: number }[]): LeftOut[] {
  return rows.map((r) => ({ reason: r.reason, label: REASONS[r.reason] ?? r.reason, lots: r.lots }));
}

const MAX_YEAR_SPAN = 60;

/**
 * Per-year rows with every year between the first and the last present: a year with no counted
 * spending is a row of zeros, so a chart never draws 2024 and 2026 side by side as if they were
 * neighbours. Rows without a year (an undated notice) come first, as SQL sorts NULL.
 */
export function fillYears<R extends { year: number | null }>(rows: R[], zero: (year: number) => R): R[] {
  const known = rows.filter((r) => r.year !== null).toSorted((a, b) => a.year! - b.year!);
  const out = rows.filter((r) => r.year === null);
  if (!known.length) return out;
  const [first, last] = [known[0].year!, known[known.length - 1].year!];
  // A misread date (0024) must not draw two thousand empty years: past a lifetime, no filling.
  if (last - first > MAX_YEAR_SPAN) return [...out, ...known];
  const by = new Map(known.map((r) => [r.year, r]));
  for (let y = first; y <= last; y++) out.push(by.get(y) ?? zero(y));
  return out;
}

/** Median of an ascending-sorted array (null when empty). */
export function median(sorted: number[]): number | null {
  if (!sorted.length) return null;
  const m = sorted.length >> 1;
  return sorted.length % 2 ? sorted[m] : (sorted[m - 1] + sorted[m]) / 2;
}

/** Quantile (linear interpolation) of an ascending-sorted array. */
export function quantile(sorted: number[], q: number): number | null {
  if (!sorted.length) return null;
  const pos = (sorted.length - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  return sorted[lo] + (sorted[hi] - sorted[lo]) * (pos - lo);
}

/** The level of a GB/T 2260 code: province (xx0000), city (xxxx00) or county. */
export function divisionLevel(code: string): 'province' | 'city' | 'county' {
  if (code.endsWith('0000')) return 'province';
  if (code.endsWith('00')) return 'city';
  return 'county';
}

/** A 6-digit code or a 400. */
export function checkCode(code: string): string {
  if (!/^[1-9]\d{5}$/.test(code)) throw new QueryError(`invalid region code "${code.slice(0, 20)}": expected 6 digits (GB/T 2260, e.g. 330106)`, 400);
  return code;
}

/** A positive integer id or a 400. */
export function checkId(raw: string, what: string): number {
  if (!/^\d{1,12}$/.test(raw) || Number(raw) < 1) throw new QueryError(`invalid ${what} id "${raw.slice(0, 20)}": expected a positive integer`, 400);
  return Number(raw);
}

const statementCaches = new WeakMap<object, Map<string, Database.Statement>>();

/**
 * `db.$client.prepare(sql)`, kept per connection: queries assembled from filters repeat the same
 * few hundred SQL strings, and preparing one costs tens of microseconds a request. The cache is
 * bounded (cleared past 500 strings) because amounts of bound ids vary the text.
 */
export function stmt(db: Db, sql: string): Database.Statement {
  let m = statementCaches.get(db.$client);
  if (!m) statementCaches.set(db.$client, (m = new Map()));
  let s = m.get(sql);
  if (!s) {
    if (m.size >= 500) m.clear();
    m.set(sql, (s = db.$client.prepare(sql)));
  }
  return s;
}

/** A vendor party as the pages link it. */
export interface VendorParty {
  id: number;
  name: string;
}

/**
 * The vendor parties of a `json_group_array(json_array(party_id, name))` column, each party once
 * in the order first named (a consortium member winning two lots is one link, not two).
 */
export function vendorParties(json: string | null): VendorParty[] {
  const seen = new Set<number>();
  return (JSON.parse(json ?? '[]') as [number, string][]).flatMap(([id, name]) => (seen.has(id) ? [] : (seen.add(id), [{ id, name }])));
}
