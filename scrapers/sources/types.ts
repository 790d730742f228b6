/**
 * What a source adapter is (after openstates' one-module-per-jurisdiction): identity, how to
 * fetch, where its lists start, and pure parsers from page text to records. Adapters do no I/O.
 *
 * URLs: adapters speak in *canonical* URLs on the real portal (https://www.ccgp.gov.cn/…), so
 * the archive and the notices' source URLs do not depend on where a page was fetched from. The
 * run maps them onto `--base-url` (a replay) with {@link rebase}.
 * @module
 */
import type { ExtractHints, ExtractInput } from '../extract/types.js';

export type ScrapeMode = 'lists' | 'search';

/** A list (or search, or API page) request, with what the run needs to page on. */
export interface ListRequest {
  /** canonical URL */
  url: string;
  method?: 'GET' | 'POST';
  body?: string;
  headers?: Record<string, string>;
  /** which channel / keyword / category this page belongs to (for counters and paging limits) */
  label: string;
  /** page number from 1 */
  page: number;
}

/** One notice as a list page shows it. */
export interface ListItem {
  /** canonical detail URL (the dedup key) */
  url: string;
  title: string;
  /** YYYY-MM-DD, when the list says */
  publishedAt: string | null;
  hints: ExtractHints;
}

export interface ListPage {
  items: ListItem[];
  /** the next page of the same list, or null at its end */
  next: ListRequest | null;
  /** how many items the whole list holds, when the page says */
  total: number | null;
}

/** What a run asks of a source. */
export interface ListPlan {
  mode: ScrapeMode;
  since: string | null;
  until: string | null;
  keywords: string[];
  now: Date;
}

export interface Source {
  /** slug: the file name, the `sources.id` row, the fixture folder */
  id: string;
  name: string;
  /** the real portal's base URL (canonical URLs start here) */
  baseUrl: string;
  /** 'browser' when the portal turns scripted HTTP clients away (say why in the adapter) */
  fetcher: 'http' | 'browser';
  /** path of the page a browser opens first so the portal's scripts set their cookies */
  warmPath?: string;
  /** default politeness for the real portal: requests per second per host, retries */
  pacing: { rate: number; retries: number };
  modes: ScrapeMode[];
  /** whether list items must pass the title classifier before their detail page is fetched */
  classifyTitles: boolean;
  /** the first page of every list the plan covers */
  startRequests(plan: ListPlan): ListRequest[];
  /** parse a list page; throws PortalChangedError when the list container is missing */
  parseList(body: string, req: ListRequest): ListPage;
  /** the request that fetches a detail page given its canonical URL (APIs add volatile params) */
  detailRequest(url: string): { url: string; method?: 'GET' | 'POST'; body?: string; render?: boolean };
  /** parse a detail page; throws ParseError when its container is missing */
  parseDetail(body: string, url: string): ExtractInput;
  /** map any URL of this portal (as a page links it, or fetched from a replay) to its canonical form */
  canonicalize(url: string): string;
}

/** `url` (absolute, or relative to `base`) on the portal's own origin `base`, path and query kept: the canonical form stored. */
export function onBase(base: string, url: string): string {
  const u = new URL(url, base);
  return `${base}${u.pathname}${u.search}`;
}

/**
 * Move a canonical URL onto `base` (a replay such as http://127.0.0.1:8123), keeping path and
 * query; with no base, the canonical URL itself is fetched.
 */
export function rebase(canonical: string, base: string | null | undefined): string {
  if (!base) return canonical;
  const u = new URL(canonical);
  const b = new URL(base);
  return `${b.origin}${b.pathname.replace(/\/$/, '')}${u.pathname}${u.search}`;
}

/** YYYY-MM-DD from the common date forms lists use (2026-07-10 09:30, 2026.07.10, 2026年7月10日, ms epoch). */
export function isoDay(v: unknown): string | null {
  if (typeof v === 'number' && Number.isFinite(v)) return new Date(v + 8 * 3600_000).toISOString().slice(0, 10);
  if (typeof v !== 'string') return null;
  const m = /(\d{4})\s*[-./年]\s*(\d{1,2})\s*[-./月]\s*(\d{1,2})/.exec(v);
  if (!m) return /^\d{12,14}$/.test(v.trim()) ? isoDay(Number(v.trim())) : null;
  return `${m[1]}-${m[2].padStart(2, '0')}-${m[3].padStart(2, '0')}`;
}

/** Cap scraped text before it goes anywhere (titles, hints). */
export function cap(s: string | null | undefined, n = 500): string | null {
  if (s === null || s === undefined) return null;
  const t = s.replace(/\s+/g, ' ').trim();
  return t ? t.slice(0, n) : null;
}
