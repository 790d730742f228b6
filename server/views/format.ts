/**
 * Number and label formatting for the pages. Pure functions; the pages also carry raw values
 * in data-* attributes so tests and scripts never parse formatted text.
 * @module
 */
import { SERVICE_TYPES, NOTICE_KINDS } from '../../db/queries/common.js';

// One formatter per precision: toLocaleString() builds a new Intl.NumberFormat per call (slow).
const fmt2 = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 });
const fmt0 = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });

/** 248000 → "24.8万元"; 1234 → "1,234元"; null → "—". */
export function yuan(n: number | null | undefined): string {
  if (n === null || n === undefined || !Number.isFinite(n)) return '—';
  if (Math.abs(n) >= 1e8) return `${trim(n / 1e8, 2)}亿元`;
  if (Math.abs(n) >= 1e4) return `${trim(n / 1e4, 2)}万元`;
  return `${fmt2.format(n)}元`;
}

function trim(n: number, _digits: 2): string {
  return fmt2.format(n);
}

/** Thousands-separated integer. */
export function count(n: number): string {
  return fmt0.format(n);
}

export function serviceLabel(s: string | null | undefined): string {
  return s ? (SERVICE_TYPES[s] ?? s) : '未分类 unclassified';
}

export function kindLabel(k: string): string {
  return NOTICE_KINDS[k] ?? k;
}

/** "浙江省 杭州市 西湖区", or 中央/未知 when there is no locality. */
export function place(r: { province?: string | null; city?: string | null; county?: string | null }): string {
  return [r.province, r.city, r.county].filter(Boolean).join(' ') || '中央/未知';
}

/** 0.4321 → "43.2%". */
export function pct(x: number | null): string {
  return x === null ? '—' : `${(x * 100).toFixed(1)}%`;
}

/**
 * JSON for a `<script type="application/json">` block: `<`, `>`, `&` and the JS line
 * separators are escaped so scraped text can never close the script element.
 */
export function safeJson(data: unknown): string {
  return JSON.stringify(data).replace(/[<>&\u2028\u2029]/g, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** A scraped URL usable as a link: only http(s); anything else (javascript:, data:) is not linked. */
export function safeHref(url: string | null | undefined): string | null {
  return url && /^https?:\/\//i.test(url) ? url : null;
}
