/**
 * Number, date and label formatting for the pages, and the links from a figure to the search
 * that lists the notices behind it. Pure functions; the pages also carry raw values in data-*
 * attributes so tests and scripts never parse formatted text.
 * @module
 */
import { SERVICE_TYPES, NOTICE_KINDS } from '../../db/queries/common.js';

// Intl.NumberFormat is the reference, but at about a microsecond a call it was a sixth of the
// overview's render time (each amount is formatted twice, text and title). `grouped` writes the
// same digits by hand; tests/server/format.test.ts holds it equal to Intl on random and halfway values.
const fmt2 = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 });
const fmt0 = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });

/** 1234567 → "1,234,567" (a string of digits). */
function commas(int: string): string {
  if (int.length <= 3) return int;
  let out = int.slice(0, int.length % 3 || 3);
  for (let i = out.length; i < int.length; i += 3) out += `,${int.slice(i, i + 3)}`;
  return out;
}

/**
 * `n` with thousands separators and at most `digits` (0 or 2) decimals, rounded half away from
 * zero on its shortest decimal form, exactly as Intl.NumberFormat('en-US') writes it.
 */
export function grouped(n: number, digits: 0 | 2): string {
  const a = Math.abs(n);
  const s = String(a);
  // Exponent forms and more digits than a double holds exactly: leave them to Intl.
  if (s.length > 15 || s.includes('e')) return (digits ? fmt2 : fmt0).format(n);
  const dot = s.indexOf('.');
  let int = dot < 0 ? s : s.slice(0, dot);
  let frac = dot < 0 ? '' : s.slice(dot + 1);
  if (frac.length > digits) {
    const up = frac.charCodeAt(digits) >= 53; // the first dropped digit is 5 or more
    frac = frac.slice(0, digits);
    if (up) {
      const bumped = String(Number(int + frac) + 1).padStart(int.length + digits, '0');
      int = bumped.slice(0, bumped.length - digits);
      frac = bumped.slice(bumped.length - digits);
    }
  }
  frac = frac.replace(/0+$/, '');
  const body = commas(int) + (frac ? `.${frac}` : '');
  return n < 0 || Object.is(n, -0) ? `-${body}` : body;
}

/** 248000 → "24.8万元"; 1234 → "1,234元"; 3.2e8 → "3.2亿元"; null → "—" (the Chinese way of writing money). */
export function yuan(n: number | null | undefined): string {
  if (n === null || n === undefined || !Number.isFinite(n)) return '—';
  if (Math.abs(n) >= 1e8) return `${grouped(n / 1e8, 2)}亿元`;
  if (Math.abs(n) >= 1e4) return `${grouped(n / 1e4, 2)}万元`;
  return `${grouped(n, 2)}元`;
}

/** The exact amount for a title attribute: 248000 → "248,000 元". */
export function exactYuan(n: number): string {
  return `${grouped(n, 2)} 元`;
}

/** Thousands-separated integer. */
export function count(n: number): string {
  return grouped(n, 0);
}

export function serviceLabel(s: string | null | undefined): string {
  return s ? (SERVICE_TYPES[s] ?? s) : '未分类 unclassified';
}

export function kindLabel(k: string): string {
  return NOTICE_KINDS[k] ?? k;
}

/** English for the procurement methods the portals write (the first named in a method wins). */
const METHOD_EN: [string, string][] = [
  ['公开招标', 'open tender'], ['邀请招标', 'invited tender'], ['竞争性磋商', 'competitive consultation'], ['竞争性谈判', 'competitive negotiation'],
  ['询价', 'request for quotations'], ['单一来源', 'single source'], ['框架协议', 'framework agreement'], ['网上超市', 'online mall'],
  ['电子卖场', 'e-mall'], ['比选', 'comparative selection'], ['竞价', 'online bidding'], ['直接采购', 'direct purchase'],
];

/** A procurement method as written, with its English ("单一来源 (single source)"); unknown ones as written. */
export function methodLabel(m: string): string {
  const en = METHOD_EN.find(([zh]) => m.includes(zh))?.[1];
  return en && !m.includes(en) ? `${m} (${en})` : m;
}

/** "浙江省 杭州市 西湖区", or 中央/未知 when there is no locality. */
export function place(r: { province?: string | null; city?: string | null; county?: string | null }): string {
  return [r.province, r.city, r.county].filter(Boolean).join(' ') || '中央/未知';
}

/** 0.4321 → "43.2%". */
export function pct(x: number | null): string {
  return x === null ? '—' : `${(x * 100).toFixed(1)}%`;
}

/** A change with its sign: 0.052 → "+5.2%", -0.008 → "−0.8%" (a proper minus sign). */
export function signedPct(x: number): string {
  const t = pct(Math.abs(x));
  return x > 0 ? `+${t}` : x < 0 ? `−${t}` : t;
}

/**
 * An ISO timestamp as a reader wants it, year included: "2026-11-25T17:02:24.918Z" →
 * "2026-11-25 17:02 UTC". Anything that is not such a timestamp is shown as stored.
 */
export function dateTime(iso: string | null | undefined): string {
  if (!iso) return '—';
  const m = /^(\d{4}-\d{2}-\d{2})[T ](\d{2}:\d{2})(?::\d{2}(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?$/.exec(iso);
  if (!m) return iso;
  return `${m[1]} ${m[2]}${m[3] === 'Z' ? ' UTC' : m[3] ? ` ${m[3]}` : ''}`;
}

/** Search parameters a figure's link may set (the names /search understands). */
export type SearchLinkParams = Partial<Record<'q' | 'from' | 'to' | 'region' | 'level' | 'source' | 'kind' | 'service' | 'video' | 'counted' | 'min' | 'max' | 'buyer' | 'vendor' | 'buyer_id' | 'vendor_id' | 'lead' | 'method' | 'sort', string | number | null | undefined>>;

/**
 * The search listing the notices behind a spending figure: `counted=1` keeps exactly the
 * notices with a lot the totals count (superseded awards, failures, rates and unit prices drop
 * out), largest first.
 */
export function spendSearch(p: SearchLinkParams): string {
  return searchHref({ counted: '1', sort: 'amount_desc', ...p });
}

/** The search caps its text parameters at 100 characters (UTF-16 units, as it counts them). */
const TEXT_CAP = 100;

/**
 * A scraped name cut to what the search accepts, so a link never leads to a 400. The search
 * matches names by substring, so the cut name still finds the party.
 */
function capText(v: string): string {
  const t = v.trim();
  if (t.length <= TEXT_CAP) return t;
  const chars = Array.from(t);
  while (chars.join('').length > TEXT_CAP) chars.pop();
  return chars.join('');
}

/**
 * One value as application/x-www-form-urlencoded writes it (what URLSearchParams.toString()
 * gives, space as "+"), without building a URLSearchParams per link: pages carry hundreds.
 * Party and region names recur on every page (the top buyers, the provinces), and percent-
 * encoding Chinese is the costliest step of a link, so encodings are remembered: a pure function
 * of the text, bounded, emptied when full.
 */
function formEncode(v: string): string {
  let e = encoded.get(v);
  if (e === undefined) {
    if (encoded.size >= ENCODED_MAX) encoded.clear();
    encoded.set(v, (e = encodeValue(v)));
  }
  return e;
}
const encoded = new Map<string, string>();
const ENCODED_MAX = 20_000;

function encodeValue(v: string): string {
  let e: string;
  try {
    e = encodeURIComponent(v);
  } catch {
    // A lone surrogate: URLSearchParams writes it as U+FFFD.
    return new URLSearchParams({ v }).toString().slice(2);
  }
  return e.replace(/[!'()~]/g, (ch) => `%${ch.charCodeAt(0).toString(16).toUpperCase()}`).replace(/%20/g, '+');
}

/** `/search?…` with the given parameters (empty ones left out), in a stable order. */
export function searchHref(p: SearchLinkParams): string {
  let s = '';
  for (const k in p) {
    const v = p[k as keyof SearchLinkParams];
    if (v === null || v === undefined || v === '') continue;
    s += `${s ? '&' : '?'}${k}=${formEncode(k === 'q' || k === 'buyer' || k === 'vendor' ? capText(String(v)) : String(v))}`;
  }
  return `/search${s}`;
}

/** A year's date range for the search: 2024 → {from: 2024-01-01, to: 2024-12-31}. */
export function yearRange(year: number | string | null): { from: string; to: string } | null {
  const y = String(year ?? '');
  return /^\d{4}$/.test(y) ? { from: `${y}-01-01`, to: `${y}-12-31` } : null;
}

/** A month's date range: "2024-02" → {from: 2024-02-01, to: 2024-02-29}. */
export function monthRange(month: string | null): { from: string; to: string } | null {
  const m = /^(\d{4})-(\d{2})$/.exec(month ?? '');
  if (!m) return null;
  const last = new Date(Date.UTC(Number(m[1]), Number(m[2]), 0)).getUTCDate();
  return { from: `${month}-01`, to: `${month}-${String(last).padStart(2, '0')}` };
}

/**
 * JSON for a `<script type="application/json">` block: `<`, `>`, `&` and the JS line
 * separators are escaped so scraped text can never close the script element.
 */
export function safeJson(data: unknown): string {
  const s = JSON.stringify(data);
  return UNSAFE_IN_SCRIPT.test(s) ? s.replace(/[<>&\u2028\u2029]/g, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`) : s;
}
const UNSAFE_IN_SCRIPT = /[<>&\u2028\u2029]/;

/** A scraped URL usable as a link: only http(s); anything else (javascript:, data:) is not linked. */
export function safeHref(url: string | null | undefined): string | null {
  return url && /^https?:\/\//i.test(url) ? url : null;
}
