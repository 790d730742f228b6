/**
 * Contract search: full text (trigram FTS for terms of three or more characters, the bigram
 * side index for one- and two-character terms such as 抖音), filters, sorting, pagination and
 * the total. The page, `/api/search` and the downloads all go through {@link searchNotices} or
 * {@link searchIds}.
 * @module
 */
import type { Db } from '../index.js';
import { queryTerms, type SearchFilters } from './search-filters.js';

/** One search hit (also one CSV/JSON download row). */
export interface SearchItem {
  id: number;
  kind: string;
  title: string | null;
  buyer: string | null;
  buyerPartyId: number | null;
  vendor: string | null;
  /** the notice's awarded total in yuan (sum of its lots' totals); null for rates, unit prices, none */
  amountYuan: number | null;
  /** the amount as written when it is not a total (下浮率8%, 800元/条) */
  amountText: string | null;
  province: string | null;
  city: string | null;
  county: string | null;
  divisionCode: string | null;
  publishedAt: string | null;
  sourceUrl: string;
  serviceType: string | null;
  isVideoOps: boolean;
  procurementMethod: string | null;
  projectCode: string | null;
}

export interface SearchResult {
  total: number;
  page: number;
  per: number;
  items: SearchItem[];
  /** terms matched through each index, so the page can say how the query was read */
  terms: { trigram: string[]; bigram: string[] };
}

const ITEM_COLS = `n.id, n.kind, n.title, n.buyer, n.buyer_party_id AS buyerPartyId,
  (SELECT group_concat(l.vendor, '；') FROM lots l WHERE l.notice_id = n.id AND l.vendor IS NOT NULL) AS vendor,
  n.awarded_yuan AS amountYuan,
  CASE WHEN n.awarded_yuan IS NULL THEN (SELECT l.amount_text FROM lots l WHERE l.notice_id = n.id AND l.amount_text IS NOT NULL ORDER BY l.seq LIMIT 1) END AS amountText,
  n.province, n.city, n.county, n.division_code AS divisionCode, n.published_at AS publishedAt, n.source_url AS sourceUrl,
  n.service_type AS serviceType, n.is_video_ops AS isVideoOps, n.procurement_method AS procurementMethod, n.project_code AS projectCode`;

const like = (s: string) => `%${s.replace(/[\\%_]/g, (m) => `\\${m}`)}%`;
const phrase = (t: string) => `"${t.replace(/"/g, '""')}"`;
const WORD = /^[\p{L}\p{N}]+$/u;

interface Where {
  sql: string;
  params: unknown[];
  ftsMatch: string | null;
  terms: { trigram: string[]; bigram: string[] };
}

/** Build the WHERE clause shared by the count, the page and the downloads. */
function buildWhere(f: SearchFilters): Where {
  const parts: string[] = [];
  const params: unknown[] = [];
  const add = (clause: string, ...values: unknown[]) => {
    parts.push(clause);
    params.push(...values);
  };
  const terms = { trigram: [] as string[], bigram: [] as string[] };
  let ftsMatch: string | null = null;
  if (f.q) {
    const all = queryTerms(f.q);
    const long = all.filter((t) => [...t].length >= 3);
    const short = all.filter((t) => [...t].length < 3);
    if (long.length) {
      ftsMatch = long.map(phrase).join(' ');
      terms.trigram = long;
      parts.push('n.id IN (SELECT rowid FROM notices_fts WHERE notices_fts MATCH ?)');
      params.push(ftsMatch);
    }
    for (const t of short) {
      const lower = t.toLowerCase();
      if (WORD.test(lower)) {
        // Two characters are one bigram token; one character is a prefix of the bigrams it starts.
        const m = [...lower].length === 2 ? phrase(lower) : `${phrase(lower)}*`;
        parts.push('n.id IN (SELECT rowid FROM notices_bigram WHERE notices_bigram MATCH ?)');
        params.push(m);
        terms.bigram.push(t);
      } else {
        // Punctuation is not indexed by either tokenizer: a bounded scan of titles only.
        parts.push(`n.title LIKE ? ESCAPE '\\'`);
        params.push(like(t));
      }
    }
  }
  if (f.from) add('n.published_at >= ?', f.from);
  if (f.to) add('n.published_at <= ?', f.to);
  if (f.region) {
    const r = f.region;
    if (r.endsWith('0000')) add('n.division_code >= ? AND n.division_code < ?', r.slice(0, 2), `${r.slice(0, 2)}~`);
    else if (r.endsWith('00')) add('n.division_code >= ? AND n.division_code < ?', r.slice(0, 4), `${r.slice(0, 4)}~`);
    else add('n.division_code = ?', r);
  }
  if (f.kind) add('n.kind = ?', f.kind);
  if (f.service) add('n.service_type = ?', f.service);
  if (f.videoOnly) add('n.is_video_ops = 1');
  if (f.min !== null) add('n.awarded_yuan >= ?', f.min);
  if (f.max !== null) add('n.awarded_yuan <= ?', f.max);
  if (f.method) add('n.procurement_method = ?', f.method);
  if (f.buyer) {
    parts.push(`n.buyer_party_id IN (SELECT party_id FROM party_names WHERE role = 'buyer' AND name LIKE ? ESCAPE '\\')`);
    params.push(like(f.buyer));
  }
  if (f.vendor) {
    parts.push(`n.id IN (SELECT l.notice_id FROM lots l JOIN lot_vendors v ON v.lot_id = l.id
      WHERE v.party_id IN (SELECT party_id FROM party_names WHERE role = 'vendor' AND name LIKE ? ESCAPE '\\'))`);
    params.push(like(f.vendor));
  }
  return { sql: parts.length ? `WHERE ${parts.join(' AND ')}` : '', params, ftsMatch, terms };
}

function orderBy(f: SearchFilters, w: Where): { join: string; order: string; params: unknown[] } {
  switch (f.sort) {
    case 'date_asc':
      return { join: '', order: 'n.published_at ASC, n.id ASC', params: [] };
    case 'amount_desc':
      return { join: '', order: 'n.awarded_yuan IS NULL, n.awarded_yuan DESC, n.id DESC', params: [] };
    case 'amount_asc':
      return { join: '', order: 'n.awarded_yuan IS NULL, n.awarded_yuan ASC, n.id ASC', params: [] };
    case 'relevance':
      if (w.ftsMatch) {
        return { join: 'JOIN (SELECT rowid AS rid, rank FROM notices_fts WHERE notices_fts MATCH ?) r ON r.rid = n.id', order: 'r.rank, n.id DESC', params: [w.ftsMatch] };
      }
      return { join: '', order: 'n.published_at DESC, n.id DESC', params: [] };
    default:
      return { join: '', order: 'n.published_at DESC, n.id DESC', params: [] };
  }
}

type Row = Omit<SearchItem, 'isVideoOps'> & { isVideoOps: number | boolean };
const toItem = (r: Row): SearchItem => ({ ...r, isVideoOps: Boolean(r.isVideoOps) });

/** One page of results and the total for the filtered set. */
export function searchNotices(db: Db, f: SearchFilters): SearchResult {
  const c = db.$client;
  const w = buildWhere(f);
  const o = orderBy(f, w);
  const total = (c.prepare(`SELECT count(*) AS n FROM notices n ${w.sql}`).get(...w.params) as { n: number }).n;
  const rows = c
    .prepare(`SELECT ${ITEM_COLS} FROM notices n ${o.join} ${w.sql} ORDER BY ${o.order} LIMIT ? OFFSET ?`)
    .all(...o.params, ...w.params, f.per, (f.page - 1) * f.per) as Row[];
  return { total, page: f.page, per: f.per, items: rows.map(toItem), terms: w.terms };
}

/** Every id of the filtered set in display order (for downloads), at most `cap`. */
export function searchIds(db: Db, f: SearchFilters, cap = 1_000_000): number[] {
  const w = buildWhere(f);
  const o = orderBy(f, w);
  return (db.$client.prepare(`SELECT n.id FROM notices n ${o.join} ${w.sql} ORDER BY ${o.order} LIMIT ?`).all(...o.params, ...w.params, cap) as { id: number }[]).map((r) => r.id);
}

/** The download rows for `ids`, in the order given. */
export function itemsByIds(db: Db, ids: number[]): SearchItem[] {
  if (!ids.length) return [];
  const rows = db.$client.prepare(`SELECT ${ITEM_COLS} FROM notices n WHERE n.id IN (${ids.map(() => '?').join(',')})`).all(...ids) as Row[];
  const byId = new Map(rows.map((r) => [r.id, toItem(r)]));
  return ids.map((id) => byId.get(id)).filter((r): r is SearchItem => r !== undefined);
}

/** The distinct procurement methods (for the filter's choices). */
export function procurementMethods(db: Db): string[] {
  return (db.$client.prepare(`SELECT DISTINCT procurement_method AS m FROM notices WHERE procurement_method IS NOT NULL ORDER BY 1 LIMIT 50`).all() as { m: string }[]).map((r) => r.m);
}
