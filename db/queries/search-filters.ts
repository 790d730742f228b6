/**
 * The search page's parameters: parsed and checked once, so the page, its JSON twin and the
 * downloads all read the same filtered set. A bad value is a 400 with a message naming it.
 * @module
 */
import { NOTICE_KINDS, QueryError, SERVICE_TYPES } from './common.js';

export const SORTS = ['date_desc', 'date_asc', 'amount_desc', 'amount_asc', 'relevance'] as const;
export type Sort = (typeof SORTS)[number];

export interface SearchFilters {
  /** the text query as typed (terms separated by spaces, all must match) */
  q: string | null;
  from: string | null;
  to: string | null;
  /** GB/T 2260 code: a province or city covers everything under it */
  region: string | null;
  /**
   * `region=none`: only notices located in no province (central units, or a locality the
   * extractor could not place): the overview's and the regions page's 中央/未知 row. `region` is then null.
   */
  noRegion: boolean;
  /**
   * `level=own` beside a province or city code: only notices booked at that level itself, none
   * of its cities or counties (the region page's 省本级 / 市本级 row).
   */
  ownLevel: boolean;
  /** one scrape source by its id (ccgp, guangxi …; the overview's data-freshness table) */
  source: string | null;
  kind: string | null;
  service: string | null;
  videoOnly: boolean;
  /** only notices with at least one lot counted in the spending totals (what a total's link lists) */
  counted: boolean;
  min: number | null;
  max: number | null;
  buyer: string | null;
  vendor: string | null;
  /** one buyer or vendor party exactly, by id (what a party page's figures link to) */
  buyerId: number | null;
  vendorId: number | null;
  /**
   * `lead=1` beside vendor_id: only lots that vendor is named first on (a consortium's lead), the
   * lots the vendor rankings credit to it (the overview's and a region page's top vendors).
   */
  lead: boolean;
  method: string | null;
  sort: Sort;
  page: number;
  per: number;
}

/** The parameter names the search understands (others are ignored). */
export const FILTER_KEYS = ['q', 'from', 'to', 'region', 'level', 'source', 'kind', 'service', 'video', 'counted', 'min', 'max', 'buyer', 'vendor', 'buyer_id', 'vendor_id', 'lead', 'method', 'sort', 'page', 'per'] as const;

function text(v: string | undefined, name: string, max: number): string | null {
  const t = v?.trim();
  if (!t) return null;
  if (t.length > max) throw new QueryError(`${name} is too long (at most ${max} characters)`, 400);
  return t;
}

function date(v: string | undefined, name: string): string | null {
  if (!v) return null;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(v) || Number.isNaN(Date.parse(v))) throw new QueryError(`${name} must be a date YYYY-MM-DD, got "${v.slice(0, 20)}"`, 400);
  return v;
}

function amount(v: string | undefined, name: string): number | null {
  if (!v) return null;
  const n = Number(v);
  if (!/^\d+(\.\d+)?$/.test(v) || !Number.isFinite(n)) throw new QueryError(`${name} must be an amount in yuan (a non-negative number), got "${v.slice(0, 20)}"`, 400);
  return n;
}

function int(v: string | undefined, name: string, def: number, lo: number, hi: number): number {
  if (!v) return def;
  if (!/^\d+$/.test(v) || Number(v) < lo || Number(v) > hi) throw new QueryError(`${name} must be an integer from ${lo} to ${hi}, got "${v.slice(0, 20)}"`, 400);
  return Number(v);
}

/** Parse the query string of /search, /api/search and the downloads. Throws QueryError(400). */
export function parseSearchFilters(p: Record<string, string | undefined>): SearchFilters {
  const rawRegion = p.region?.trim() || null;
  const noRegion = rawRegion === 'none';
  const region = noRegion ? null : rawRegion;
  if (region && !/^[1-9]\d{5}$/.test(region)) throw new QueryError(`region must be a 6-digit GB/T 2260 code (e.g. 330000, 330100, 330106) or none (no province: central or unknown), got "${region.slice(0, 20)}"`, 400);
  const level = p.level?.trim() || null;
  if (level && level !== 'own') throw new QueryError(`level must be own (only what is booked at the region's own level, none of its cities or counties), got "${level.slice(0, 20)}"`, 400);
  if (level && !region) throw new QueryError('level=own needs region to be a province or city code (e.g. region=330000&level=own for 省本级, region=330100&level=own for 市本级)', 400);
  const source = p.source?.trim() || null;
  if (source && !/^[a-z][a-z0-9_-]{0,39}$/.test(source)) throw new QueryError(`source must be a scrape source's id (e.g. ccgp, guangxi), got "${source.slice(0, 20)}"`, 400);
  const kind = p.kind || null;
  if (kind && !(kind in NOTICE_KINDS)) throw new QueryError(`kind must be one of ${Object.keys(NOTICE_KINDS).join(', ')}`, 400);
  const service = p.service || null;
  if (service && !(service in SERVICE_TYPES)) throw new QueryError(`service must be one of ${Object.keys(SERVICE_TYPES).join(', ')}`, 400);
  if (p.video && p.video !== '1' && p.video !== '0') throw new QueryError('video must be 1 (video operations only) or 0', 400);
  if (p.counted && p.counted !== '1' && p.counted !== '0') throw new QueryError('counted must be 1 (only notices counted in spending totals) or 0', 400);
  if (p.lead && p.lead !== '1' && p.lead !== '0') throw new QueryError('lead must be 1 (only lots the vendor is named first on) or 0', 400);
  if (p.lead === '1' && !p.vendor_id) throw new QueryError('lead=1 needs vendor_id (e.g. vendor_id=12&lead=1: the lots vendor 12 is named first on)', 400);
  const sort = (p.sort || 'date_desc') as Sort;
  if (!SORTS.includes(sort)) throw new QueryError(`sort must be one of ${SORTS.join(', ')}`, 400);
  const f: SearchFilters = {
    q: text(p.q, 'q', 100),
    from: date(p.from, 'from'),
    to: date(p.to, 'to'),
    region,
    noRegion,
    // A county has no level below it: its own level is all of it (the form's box may stay ticked when a county is chosen).
    ownLevel: level === 'own' && region !== null && region.endsWith('00'),
    source,
    kind,
    service,
    videoOnly: p.video === '1',
    counted: p.counted === '1',
    min: amount(p.min, 'min'),
    max: amount(p.max, 'max'),
    buyer: text(p.buyer, 'buyer', 100),
    vendor: text(p.vendor, 'vendor', 100),
    buyerId: p.buyer_id ? int(p.buyer_id, 'buyer_id', 0, 1, 2_147_483_647) : null,
    vendorId: p.vendor_id ? int(p.vendor_id, 'vendor_id', 0, 1, 2_147_483_647) : null,
    lead: p.lead === '1',
    method: text(p.method, 'method', 50),
    sort,
    page: int(p.page, 'page', 1, 1, 100_000),
    per: int(p.per, 'per', 20, 1, 200),
  };
  if (f.from && f.to && f.from > f.to) throw new QueryError(`from (${f.from}) is after to (${f.to})`, 400);
  if (f.min !== null && f.max !== null && f.min > f.max) throw new QueryError(`min (${f.min}) is larger than max (${f.max})`, 400);
  return f;
}

/** The filters back as query parameters (defaults left out), for links that keep the state. */
export function filtersToParams(f: SearchFilters, over: Partial<Record<(typeof FILTER_KEYS)[number], string | null>> = {}): URLSearchParams {
  const base: Record<string, string | null> = {
    q: f.q, from: f.from, to: f.to, region: f.noRegion ? 'none' : f.region, level: f.ownLevel ? 'own' : null, source: f.source, kind: f.kind, service: f.service, video: f.videoOnly ? '1' : null, counted: f.counted ? '1' : null,
    min: f.min === null ? null : String(f.min), max: f.max === null ? null : String(f.max), buyer: f.buyer, vendor: f.vendor,
    buyer_id: f.buyerId === null ? null : String(f.buyerId), vendor_id: f.vendorId === null ? null : String(f.vendorId), lead: f.lead ? '1' : null,
    method: f.method, sort: f.sort === 'date_desc' ? null : f.sort, page: f.page === 1 ? null : String(f.page), per: f.per === 20 ? null : String(f.per),
    ...over,
  };
  const out = new URLSearchParams();
  for (const [k, v] of Object.entries(base)) if (v !== null && v !== undefined && v !== '') out.set(k, v);
  return out;
}

/** The words of a query and the words it excludes (a term typed with a leading '-' or '－'). */
export interface QueryTerms {
  /** words every notice must hold */
  terms: string[];
  /** words no notice may hold */
  excluded: string[];
}

/** The most words one query is read as (the rest are ignored). */
const MAX_TERMS = 8;

/**
 * Split a query into the words it is made of, as a researcher pastes them: on spaces and on any
 * punctuation or symbol, ASCII or full-width (抖音，快手 · “抖音” · (短视频) · 抖音% are words
 * 抖音 and 快手, 抖音, 短视频, 抖音), since neither index holds punctuation where a notice's text
 * may hold other punctuation or none. Each word is matched as a literal (quotes do not make a
 * phrase). A term that starts with '-' (full-width '－' is the same after NFKC) excludes its
 * words: 抖音 -快手. Private-use characters, which the index keeps for places and filters (see
 * place-tokens.ts, facet-tokens.ts), are not letters: they split too, so no query can reach them.
 */
export function queryTerms(q: string): QueryTerms {
  const out: QueryTerms = { terms: [], excluded: [] };
  let n = 0;
  for (const raw of q.normalize('NFKC').split(/\s+/)) {
    const not = /^-+[^-]/u.test(raw);
    for (const w of raw.split(/[^\p{L}\p{N}]+/u)) {
      if (!w || n >= MAX_TERMS) continue;
      const list = not ? out.excluded : out.terms;
      if (list.some((x) => x.toLowerCase() === w.toLowerCase())) continue;
      list.push(w);
      n++;
    }
  }
  return out;
}
