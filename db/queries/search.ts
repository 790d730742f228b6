/**
 * Contract search: full text (trigram FTS for terms of three or more characters, the bigram
 * side index for one- and two-character terms such as 抖音), filters, sorting, pagination and
 * the total. The page and `/api/search` go through {@link searchNotices}, the downloads through
 * {@link searchIdBatches}.
 * @module
 */
import type { Db } from '../index.js';
import { stmt } from './common.js';
import { noticeCount, noticeCountsUnder, partyTotals } from './rollups.js';
import { queryTerms, type SearchFilters } from './search-filters.js';
import { bigramPlace, trigramPlace } from './place-tokens.js';
import { facetClauses, facetMatch } from './facet-tokens.js';

/** One search hit (also one CSV/JSON download row). */
export interface SearchItem {
  id: number;
  kind: string;
  title: string | null;
  buyer: string | null;
  buyerPartyId: number | null;
  vendor: string | null;
  /** the vendors named on the notice's lots as parties (for links to their profiles), first named first */
  vendors: { id: number; name: string }[];
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
  /** matching notices; text queries and vendor names matching many lots are counted up to TOTAL_CAP (then totalExact is false) */
  total: number;
  totalExact: boolean;
  page: number;
  per: number;
  items: SearchItem[];
  /** terms matched through each index, so the page can say how the query was read */
  terms: { trigram: string[]; bigram: string[] };
  /** how the rows were ordered when it differs from the sort's name (null otherwise) */
  orderNote: string | null;
}

const ITEM_COLS = `n.id, n.kind, n.title, n.buyer, n.buyer_party_id AS buyerPartyId,
  (SELECT group_concat(l.vendor, '；') FROM lots l WHERE l.notice_id = n.id AND l.vendor IS NOT NULL) AS vendor,
  (SELECT json_group_array(json_array(v.party_id, v.name) ORDER BY l.seq, v.seq) FROM lots l JOIN lot_vendors v ON v.lot_id = l.id
    WHERE l.notice_id = n.id AND v.party_id IS NOT NULL) AS vendorsJson,
  n.awarded_yuan AS amountYuan,
  CASE WHEN n.awarded_yuan IS NULL THEN (SELECT l.amount_text FROM lots l WHERE l.notice_id = n.id AND l.amount_text IS NOT NULL ORDER BY l.seq LIMIT 1) END AS amountText,
  n.province, n.city, n.county, n.division_code AS divisionCode, n.published_at AS publishedAt, n.source_url AS sourceUrl,
  n.service_type AS serviceType, n.is_video_ops AS isVideoOps, n.procurement_method AS procurementMethod, n.project_code AS projectCode`;

const like = (s: string) => `%${s.replace(/[\\%_]/g, (m) => `\\${m}`)}%`;
const phrase = (t: string) => `"${t.replace(/"/g, '""')}"`;
const WORD = /^[\p{L}\p{N}]+$/u;

/** A full-text condition: which index, and its MATCH expression. */
interface TextClause {
  table: 'notices_fts' | 'notices_bigram';
  match: string;
}

interface Where {
  /** the non-text filters */
  parts: string[];
  /**
   * Which of `parts` are broad filters (kind, service type, video-only, method, counted): each
   * keeps a large share of notices, so a page query must not let them pick the index it walks.
   */
  broad: Set<string>;
  params: unknown[];
  text: TextClause[];
  /** the trigram MATCH of the text terms and, when a region is set, its place (the whole filter) */
  ftsMatch: string | null;
  /** the same for the titles only (relevance puts title matches first) */
  titleMatch: string | null;
  /** the region is a clause of a MATCH (place tokens, see place-tokens.ts), not a division_code range in `parts` */
  placed: boolean;
  /**
   * Which of `parts` a text MATCH decides exactly (facet words, see facet-tokens.ts): they
   * stay row checks for pages, which walk other indexes, but a count needs no notice row for them.
   */
  implied: Set<string>;
  terms: { trigram: string[]; bigram: string[] };
  /** a region's counted notices as a clause of `parts`, and the spend_facts query behind it */
  countedIn: { clause: string; facts: string; params: unknown[] } | null;
}

/**
 * Matching notices below which a text query is answered from the index's rowid list; above, the
 * term is dense: probed per row for the first pages of a date scan, else read once as a lookup set.
 */
const DENSE = 2000;
/**
 * The counted=1 filter outside a region: the notice has a lot the spending totals count. Only
 * video-ops notices have such lots (a fact copies its notice's flag): saying so lets a count take
 * the video index, where walking the dates first read every non-video notice of the range.
 */
const COUNTED = 'n.is_video_ops = 1 AND EXISTS (SELECT 1 FROM spend_facts f WHERE f.notice_id = n.id AND f.counted = 1 AND f.is_video_ops = 1)';

/** The parties whose names contain a fragment. */
const VENDOR_PARTIES = `SELECT party_id FROM party_names WHERE role = 'vendor' AND name LIKE ? ESCAPE '\\'`;
/** The buyer-name filter; broad in a page walk (融媒体 names thousands of buyers). */
const BUYER_NAME = `n.buyer_party_id IN (SELECT party_id FROM party_names WHERE role = 'buyer' AND name LIKE ? ESCAPE '\\')`;
/** The vendor-name filter as a list of notices (few lots) or as a check on each row (many). */
const VENDOR_NAME_LIST = `n.id IN (SELECT l.notice_id FROM lots l JOIN lot_vendors v ON v.lot_id = l.id WHERE v.party_id IN (${VENDOR_PARTIES}))`;
const VENDOR_NAME_ROWS = `EXISTS (SELECT 1 FROM lots l JOIN lot_vendors v ON v.lot_id = l.id WHERE l.notice_id = n.id AND v.party_id IN (${VENDOR_PARTIES}))`;
/** Vendor lots above which a vendor-name filter is checked per row and its total counted to the cap. */
const VENDOR_LIST_MAX = 20_000;

/** A province or city: its codes as a range (one expression, so "+" can make it a row check). */
const REGION_RANGE = 'n.division_code BETWEEN ? AND ?';
/** Notices above which a region is a broad filter (see buildWhere). */
const REGION_BROAD = 20_000;

/** Rows of the date index a filtered page may expect to walk, probing each, before a lookup set is cheaper. */
const PROBE_WALK = 2000;

/** Rows a date-ordered probe may skip before a lookup set is cheaper (about ten pages). */
const PROBE_DEPTH = 200;
/** Totals of text queries are counted exactly up to this many, then reported as "at least". */
export const TOTAL_CAP = 10_000;

/**
 * The WHERE clause in one of three shapes. `list` materializes the matching rowids and lets them
 * drive (best when few match); `set` materializes them as a lookup set while another index drives;
 * `probe` asks the index about each candidate row, so a date-ordered scan stops after one page
 * even when a term such as 短视频拍摄 matches a quarter of a million notices. `page` turns the
 * broad filters into row checks (see {@link Where.broad}).
 */
function whereSql(w: Where, shape: 'list' | 'probe' | 'set', page = false): { sql: string; params: unknown[] } {
  const text = w.text.map((t) => {
    const list = `SELECT rowid FROM ${t.table} WHERE ${t.table} MATCH ?`;
    if (shape === 'list') return `n.id IN (${list})`;
    // Dense terms: another index (dates, regions) drives the scan. A bigram doclist (detail=none)
    // is cheap to read whole but slow to seek, so it always becomes a lookup set ("+" keeps the
    // planner off the rowid path); a trigram phrase is costly to read whole, so for one page in
    // date order each candidate row is probed instead.
    if (shape === 'probe' && t.table === 'notices_fts') return `EXISTS (SELECT 1 FROM ${t.table} x WHERE x.${t.table} MATCH ? AND x.rowid = n.id)`;
    return `+n.id IN (${list})`;
  });
  // A page walks the date or amount index and stops after one page; an index on a broad filter
  // (half the notices are awards) would make SQLite collect and sort every match instead. "+"
  // turns such a filter into a check on each walked row. Counts keep the index: they read all.
  const all = [...text, ...w.parts.map((p) => (page && w.broad.has(p) ? `+${p}` : p))];
  return { sql: all.length ? `WHERE ${all.join(' AND ')}` : '', params: [...w.text.map((t) => t.match), ...w.params] };
}

/** Build the WHERE clause shared by the count, the page and the downloads. */
/** Thresholds of the query's shape (tests lower them to take both paths on small data). */
export interface SearchTuning {
  /** text matches above which a term is dense (default {@link DENSE}) */
  dense?: number;
  /** vendor lots above which a vendor-name filter is a row check (default 20,000) */
  vendorListMax?: number;
  /** notices above which a region is a broad filter (default 20,000) */
  regionBroad?: number;
  /** matches a count may walk before a lookup set takes over (default 40,000) */
  walkMax?: number;
  /** false: leave the filters out of the text MATCH as facet words (tests and bench/search.ts compare both forms) */
  facets?: boolean;
  /** relevance for a common term: force (true) or forbid (false) probing each row for a title match (default: by how many match) */
  probeTitles?: boolean;
  /**
   * force (true) or forbid (false) a page to walk its order's index past a date range (sorted by
   * amount) or a region's counted notices, checking each row (default: by their size)
   */
  orderWalk?: boolean;
}

function buildWhere(db: Db, f: SearchFilters, tune: SearchTuning = {}): Where {
  const vendorListMax = tune.vendorListMax ?? VENDOR_LIST_MAX;
  const regionBroadAt = tune.regionBroad ?? REGION_BROAD;
  const parts: string[] = [];
  const params: unknown[] = [];
  const add = (clause: string, ...values: unknown[]) => {
    parts.push(clause);
    params.push(...values);
  };
  const terms = { trigram: [] as string[], bigram: [] as string[] };
  let ftsMatch: string | null = null;
  let titleMatch: string | null = null;
  let placed = false;
  const text: TextClause[] = [];
  // Filters both indexes hold as facet words join the MATCH, as the region does, when the term
  // is common: a rare term's few matches are checked row by row sooner than the index skips
  // along a broad filter's long doclist (西湖区 + award: 9 ms as row checks, 13 as words).
  const facets = tune.facets === false ? {} : facetClauses(f);
  const dense = tune.dense ?? DENSE;
  const foldable = (table: TextClause['table'], match: string) => Object.keys(facets).length > 0 && textCount(db, { table, match }, dense) > dense;
  let folded = false;
  const implied = new Set<string>();
  if (f.q) {
    const all = queryTerms(f.q);
    const long = all.filter((t) => [...t].length >= 3);
    const short = all.filter((t) => [...t].length < 3);
    if (long.length) {
      const words = long.map(phrase).join(' ');
      // Within a region the place joins the MATCH: FTS5 intersects the two doclists itself.
      const place = f.region ? `place : ${phrase(trigramPlace(f.region))}` : null;
      placed = place !== null;
      folded = foldable('notices_fts', words);
      const also = [...(place ? [place] : []), ...(folded ? Object.values(facets).map((c) => facetMatch(c, 'facets')) : [])].map((c) => ` AND ${c}`).join('');
      ftsMatch = `${words}${also}`;
      titleMatch = `title : (${words})${also}`;
      terms.trigram = long;
      text.push({ table: 'notices_fts', match: ftsMatch });
    }
    for (const t of short) {
      const lower = t.toLowerCase();
      if (WORD.test(lower)) {
        // Two characters are one bigram token; one character is a prefix of the bigrams it starts.
        const m = [...lower].length === 2 ? phrase(lower) : `${phrase(lower)}*`;
        text.push({ table: 'notices_bigram', match: m });
        terms.bigram.push(t);
      } else {
        // Punctuation is not indexed by either tokenizer: a bounded scan of titles only.
        parts.push(`n.title LIKE ? ESCAPE '\\'`);
        params.push(like(t));
      }
    }
    // Short terms alone within a region: the place joins the first bigram MATCH instead.
    const firstBigram = text.find((t) => t.table === 'notices_bigram');
    if (f.region && !placed && firstBigram) {
      firstBigram.match = `${firstBigram.match} AND ${phrase(bigramPlace(f.region))}`;
      placed = true;
    }
    // Short terms alone: the facets join the first bigram MATCH (its rows end with the same
    // words). One clause carrying them is enough; in a second, a broad filter's long doclist
    // (half the notices are awards) would only slow the other term's lookup set down.
    if (!ftsMatch && firstBigram && foldable('notices_bigram', firstBigram.match)) {
      firstBigram.match += Object.values(facets).map((c) => ` AND ${facetMatch(c, null)}`).join('');
      folded = true;
    }
  }
  // A row check the facet words decide exactly is implied (when they joined a text MATCH).
  const decided = (c: { exact: boolean } | undefined, ...clauses: string[]) => {
    if (folded && c?.exact) for (const x of clauses) implied.add(x);
  };
  decided(facets.dates, 'n.published_at >= ?', 'n.published_at <= ?');
  decided(facets.kind, 'n.kind = ?');
  decided(facets.service, 'n.service_type = ?');
  decided(facets.video, 'n.is_video_ops = 1');
  decided(facets.method, 'n.procurement_method = ?');
  decided(facets.min, 'n.awarded_yuan >= ?');
  decided(facets.max, 'n.awarded_yuan <= ?');
  if (f.from) add('n.published_at >= ?', f.from);
  if (f.to) add('n.published_at <= ?', f.to);
  // A page walks its order's index. Past a filter that keeps `kept` notices, the walk meets the
  // page's last row after about (offset + per) × all / kept rows; collecting the filter's
  // notices and sorting them reads `kept` rows: where the walk is shorter, the filter is a check
  // on each row. Else SQLite may collect and sort them all (a year by amount: 1.5 s at 1M
  // notices, or 1 ms, as the statistics sampled it; 河北's 30,000 counted notices: 60 ms).
  const walkPast = (keptSql: string, ...args: unknown[]) => {
    if (tune.orderWalk !== undefined) return tune.orderWalk;
    const enough = Math.ceil(Math.sqrt(f.page * f.per * noticeCount(db, 'notices')));
    return (stmt(db, `SELECT count(*) FROM (${keptSql} LIMIT ?)`).pluck().get(...args, enough + 1) as number) > enough;
  };
  // By date, a date range is the walk itself.
  const dateBroad =
    (f.from !== null || f.to !== null) &&
    (f.sort === 'amount_desc' || f.sort === 'amount_asc') &&
    walkPast('SELECT 1 FROM notices WHERE published_at >= ? AND published_at <= ?', f.from ?? '', f.to ?? '\uffff');
  let regionBroad = false;
  let countedIn: Where['countedIn'] = null;
  // A region's counted notices (below) are all in the region: its range would only be checked again.
  if (f.region && !placed && !f.counted) {
    const r = f.region;
    const prefix = r.endsWith('0000') ? r.slice(0, 2) : r.endsWith('00') ? r.slice(0, 4) : null;
    if (prefix) {
      add(REGION_RANGE, prefix, `${prefix}~`);
      // A province can hold a tenth of all notices: a page then walks the date index checking
      // each row (its own index yields codes in code order, and all would be sorted).
      regionBroad = (stmt(db, `SELECT count(*) FROM (SELECT 1 FROM notices n WHERE ${REGION_RANGE} LIMIT ?)`).pluck().get(prefix, `${prefix}~`, regionBroadAt + 1) as number) > regionBroadAt;
    } else add('n.division_code = ?', r);
  }
  const broad = new Set([
    'n.kind = ?',
    'n.service_type = ?',
    'n.is_video_ops = 1',
    'n.procurement_method = ?',
    COUNTED,
    BUYER_NAME,
    VENDOR_NAME_ROWS,
    ...(regionBroad ? [REGION_RANGE] : []),
    ...(dateBroad ? ['n.published_at >= ?', 'n.published_at <= ?'] : []),
  ]);
  if (f.kind) add('n.kind = ?', f.kind);
  if (f.service) add('n.service_type = ?', f.service);
  if (f.videoOnly) add('n.is_video_ops = 1');
  // The notices behind a spending total: those with a lot the totals count (db/queries/maintain.ts).
  // Within a region the region's counted lots are few enough to drive the query; nationally half
  // of all notices qualify, so it is a check on each row another index yields.
  if (f.counted && f.region) {
    const col = f.region.endsWith('0000') ? 'province_code' : f.region.endsWith('00') ? 'city_code' : 'county_code';
    // A service type is the region index's next column (a fact copies its notice's): the list
    // then holds that service's notices only (河北's account operation: 12,000 of 47,000, 150 → 40 ms).
    const facts = `SELECT notice_id FROM spend_facts WHERE ${col} = ? AND is_video_ops = 1 AND counted = 1${f.service ? ' AND service_type = ?' : ''}`;
    const args = f.service ? [f.region, f.service] : [f.region];
    const clause = `n.id IN (${facts})`;
    add(clause, ...args);
    countedIn = { clause, facts, params: args };
    if (walkPast(facts, ...args)) broad.add(clause);
  } else if (f.counted) add(COUNTED);
  if (f.min !== null) add('n.awarded_yuan >= ?', f.min);
  if (f.max !== null) add('n.awarded_yuan <= ?', f.max);
  if (f.method) add('n.procurement_method = ?', f.method);
  if (f.buyer) add(BUYER_NAME, like(f.buyer));
  if (f.vendor) {
    // A fragment such as 传媒 names most vendors: listing the notices of all their lots took
    // 20-30 s at 1M notices. Few lots: list them. Many: check each row another index yields
    // (the matches are then common enough for a page to come quickly), and count to the cap.
    const many = (stmt(db, `SELECT count(*) FROM (SELECT 1 FROM lot_vendors v WHERE v.party_id IN (${VENDOR_PARTIES}) LIMIT ?)`).pluck().get(like(f.vendor), vendorListMax + 1) as number) > vendorListMax;
    add(many ? VENDOR_NAME_ROWS : VENDOR_NAME_LIST, like(f.vendor));
  }
  // One party exactly (a party page's figures link here): the buyer column, or any member of a
  // lot's vendors, consortium partners included, as the party page counts them.
  if (f.buyerId !== null) add('n.buyer_party_id = ?', f.buyerId);
  // With counted=1 the vendor's own lot must be the counted one (a notice whose other lot counts is not its spending).
  if (f.vendorId !== null && f.counted) add('n.id IN (SELECT x.notice_id FROM lot_vendors v JOIN spend_facts x ON x.lot_id = v.lot_id WHERE v.party_id = ? AND x.counted = 1 AND x.is_video_ops = 1)', f.vendorId);
  else if (f.vendorId !== null) add('n.id IN (SELECT l.notice_id FROM lot_vendors v JOIN lots l ON l.id = v.lot_id WHERE v.party_id = ?)', f.vendorId);
  return { parts, broad, params, text, ftsMatch, titleMatch, placed, implied, terms, countedIn };
}

/**
 * One stretch of the result order: the filtered rows that also match `where`, in `order`. Most
 * sorts are one stretch; a few are two, so each stretch can walk an index instead of sorting
 * every match (ascending amounts: the notices with an amount, then those without; relevance for
 * a term too common to rank: title matches, then the rest).
 */
interface Stretch {
  where: string | null;
  params: unknown[];
  order: string;
}

interface Order {
  /** a join the order needs (bm25 rank), with its parameters */
  join: string;
  joinParams: unknown[];
  stretches: Stretch[];
  /** how the order was read, when it is not what the sort name says */
  note: string | null;
}

const one = (order: string): Stretch[] => [{ where: null, params: [], order }];
const DATE_DESC = 'n.published_at DESC, n.id DESC';

const plain = (stretches: Stretch[], note: string | null = null): Order => ({ join: '', joinParams: [], stretches, note });

/**
 * The result order as stretches. `probeTitles`: relevance for a common term asks the index about
 * each row the date walk yields, title match or not, instead of reading every title match into a
 * set (see searchNotices).
 */
function orderBy(f: SearchFilters, w: Where, dense: boolean, probeTitles = false): Order {
  switch (f.sort) {
    case 'date_asc':
      return plain(one('n.published_at ASC, n.id ASC'));
    case 'amount_desc':
      return plain([
        { where: 'n.awarded_yuan IS NOT NULL', params: [], order: 'n.awarded_yuan DESC, n.id DESC' },
        { where: 'n.awarded_yuan IS NULL', params: [], order: 'n.id DESC' },
      ]);
    case 'amount_asc':
      return plain([
        { where: 'n.awarded_yuan IS NOT NULL', params: [], order: 'n.awarded_yuan ASC, n.id ASC' },
        { where: 'n.awarded_yuan IS NULL', params: [], order: 'n.id ASC' },
      ]);
    case 'relevance': {
      if (!w.ftsMatch) return plain(one(DATE_DESC), w.terms.bigram.length ? '一两个字的词无法排相关度，按日期排序 (terms under three characters cannot be ranked: sorted by date)' : null);
      if (!dense) {
        // The place and facet words only filter: weight 0, so they never move a notice up or down.
        return { join: 'JOIN (SELECT rowid AS rid, bm25(notices_fts, 1, 1, 0, 0) AS rank FROM notices_fts WHERE notices_fts MATCH ?) r ON r.rid = n.id', joinParams: [w.ftsMatch], stretches: one('r.rank, n.id DESC'), note: null };
      }
      // bm25 over a quarter of a million matches takes half a second: rank by where the term is.
      const inTitle = w.titleMatch;
      const titles = 'SELECT rowid FROM notices_fts WHERE notices_fts MATCH ?';
      const probe = 'EXISTS (SELECT 1 FROM notices_fts t WHERE t.notices_fts MATCH ? AND t.rowid = n.id)';
      return plain(
        [
          { where: probeTitles ? probe : `+n.id IN (${titles})`, params: [inTitle], order: DATE_DESC },
          { where: probeTitles ? `NOT ${probe}` : `n.id NOT IN (${titles})`, params: [inTitle], order: DATE_DESC },
        ],
        '匹配过多，按标题命中优先、再按日期排序 (too many matches to rank: title matches first, then by date)',
      );
    }
    default:
      return plain(one(DATE_DESC));
  }
}

/** The ids at `offset`..`offset + limit` of the filtered rows in the order's stretches, one after another. */
function orderedIds(db: Db, base: { sql: string; params: unknown[] }, o: Order, limit: number, offset: number): number[] {
  const out: number[] = [];
  let skip = offset;
  for (const st of o.stretches) {
    const where = st.where ? (base.sql ? `${base.sql} AND ${st.where}` : `WHERE ${st.where}`) : base.sql;
    const params = [...o.joinParams, ...base.params, ...st.params];
    const rows = stmt(db, `SELECT n.id FROM notices n ${o.join} ${where} ORDER BY ${st.order} LIMIT ? OFFSET ?`).pluck().all(...params, limit - out.length, skip) as number[];
    // Not push(...rows): a download's stretch can hold a million ids, past the call-stack limit.
    for (const id of rows) out.push(id);
    if (out.length >= limit) break;
    // This stretch ran out. The next starts at its beginning, less what the offset still skips.
    skip = rows.length ? 0 : Math.max(0, skip - (stmt(db, `SELECT count(*) FROM notices n ${o.join} ${where}`).pluck().get(...params) as number));
  }
  return out;
}

type Row = Omit<SearchItem, 'isVideoOps' | 'vendors'> & { isVideoOps: number | boolean; vendorsJson: string | null };

/** A row as the pages and downloads use it: a boolean flag, and each vendor party once. */
function toItem({ vendorsJson, ...r }: Row): SearchItem {
  const seen = new Set<number>();
  const vendors = (JSON.parse(vendorsJson ?? '[]') as [number, string][]).flatMap(([id, name]) => (seen.has(id) ? [] : (seen.add(id), [{ id, name }])));
  return { ...r, isVideoOps: Boolean(r.isVideoOps), vendors };
}

/** How many notices a text clause matches, counted up to `cap + 1`. */
function textCount(db: Db, t: TextClause, cap: number): number {
  return (stmt(db, `SELECT count(*) AS n FROM (SELECT 1 FROM ${t.table} WHERE ${t.table} MATCH ? LIMIT ?)`).get(t.match, cap + 1) as { n: number }).n;
}

/** One page of results and the total for the filtered set (text queries: exact up to TOTAL_CAP). */
export function searchNotices(db: Db, f: SearchFilters, opts: SearchTuning = {}): SearchResult {
  const w = buildWhere(db, f, opts);
  const offset = (f.page - 1) * f.per;
  // The rarest text term's matches, counted up to the cap: above DENSE the term is dense.
  const fewest = w.text.length ? Math.min(...w.text.map((t) => textCount(db, t, TOTAL_CAP))) : 0;
  const dense = fewest > (opts.dense ?? DENSE);
  let total: number;
  let totalExact = true;
  if (!w.text.length) {
    const ws = whereSql(w, 'list');
    // The unfiltered count would scan an index of every notice: it is maintained by a trigger instead.
    // Counting everything, or every counted notice, would scan: both are maintained by triggers.
    if (!w.parts.length) total = noticeCount(db, 'notices');
    else if (w.parts.length === 1 && w.parts[0] === COUNTED) total = partyTotals(db, 'all', 0).notices;
    // A region's counted notices alone: counted in the region index itself, no notice row read.
    else if (w.parts.length === 1 && w.parts[0] === w.countedIn?.clause) total = stmt(db, `SELECT count(DISTINCT notice_id) FROM (${w.countedIn.facts})`).pluck().get(...w.countedIn.params) as number;
    else if (w.parts.includes(VENDOR_NAME_ROWS) || w.parts.includes(COUNTED)) {
      // Checked per row, the count stops at the cap as a text query's does. Counted notices are
      // two in five of all: a year's (the overview's year links) took 1-3 s to count exactly at
      // 1M notices, probing spend_facts for each of a third of a million rows.
      total = stmt(db, `SELECT count(*) FROM (SELECT 1 FROM notices n ${ws.sql} LIMIT ?)`).pluck().get(...ws.params, TOTAL_CAP + 1) as number;
      if (total > TOTAL_CAP) [total, totalExact] = [TOTAL_CAP, false];
    } else total = (stmt(db, `SELECT count(*) AS n FROM notices n ${ws.sql}`).get(...ws.params) as { n: number }).n;
  } else {
    // The one MATCH decides every filter: its count is the total.
    const decidedAll = w.parts.every((p) => w.implied.has(p));
    if (w.text.length === 1 && decidedAll) total = fewest;
    else {
      // Broad filters usually keep a large share of a dense term's matches: walking the matches
      // in the index and checking each notice then reaches the cap after a few tens of thousands
      // of rows, where a lookup set first reads all quarter of a million (短视频拍摄 + counted=1:
      // 55 ms, not 700). A term and a service type can exclude each other, though: the walk is
      // bounded, and a lookup set counts what it left undecided.
      // Several terms with broad filters: one walk to the cap or the end, the other terms as sets.
      // Not with a buyer name: its parties' notices are the better way in (运营服务 抖音 with
      // 融媒体 buyers: 440-700 ms from the buyer index, 800 ms walking the term).
      const walkable = dense && (decidedAll || w.parts.every((p) => w.implied.has(p) || (w.broad.has(p) && (w.text.length === 1 || p !== BUYER_NAME))));
      const walked = walkable ? walkCount(db, w, opts.walkMax ?? WALK_MAX) : null;
      if (walked !== null) total = walked;
      else {
        // A region in the MATCH bounds the matches by the region's size: they drive the count
        // (else a broad filter's index could, walking half a million awards for 短视频拍摄 in 河北).
        const ws = whereSql(w, dense && !w.placed ? 'set' : 'list');
        total = (stmt(db, `SELECT count(*) AS n FROM (SELECT 1 FROM notices n ${ws.sql} LIMIT ?)`).get(...ws.params, TOTAL_CAP + 1) as { n: number }).n;
      }
    }
    if (total > TOTAL_CAP) [total, totalExact] = [TOTAL_CAP, false];
  }
  // Probing the trigram index per row costs about a millisecond (each probe reads the term's
  // doclists), so it only pays for the first pages of a date-ordered scan that nothing else
  // filters (a region in the MATCH makes matches rarer along the dates: a set then);
  // otherwise the matches are read once into a lookup set.
  const dateSort = f.sort === 'date_desc' || f.sort === 'date_asc';
  // Broad filters only, over a term common enough that a page is found within PROBE_WALK rows of
  // the date index: probing those rows (about 0.1 ms each) beats reading the term's quarter of a
  // million matches into a set (短视频拍摄 + kind=award: 14 ms, not 86). Not for the bigram
  // index, whose doclists are slow to seek.
  const probeFiltered =
    w.parts.length > 0 && w.parts.every((p) => w.broad.has(p)) && w.text.every((t) => t.table === 'notices_fts') && (offset + f.per) * noticeCount(db, 'notices') <= PROBE_WALK * total;
  // Relevance for a term too common to rank walks the dates too (title matches, then the rest):
  // when a page's worth of title matches lies within PROBE_WALK rows of the date index, probing
  // each row for a title match beats reading them all into a set (短视频拍摄: 290 → 12 ms).
  const probeable = dense && !w.placed && offset < PROBE_DEPTH && (!w.parts.length || probeFiltered);
  const need = Math.ceil(((offset + f.per) * noticeCount(db, 'notices')) / PROBE_WALK);
  const probeTitles =
    probeable &&
    f.sort === 'relevance' &&
    w.titleMatch !== null &&
    w.text.every((t) => t.table === 'notices_fts') &&
    (opts.probeTitles ?? textCount(db, { table: 'notices_fts', match: w.titleMatch }, need) > need);
  const o = orderBy(f, w, dense, probeTitles);
  const shape = probeable && (dateSort || probeTitles) ? 'probe' : dense ? 'set' : 'list';
  // Ids first, then their columns: a sort computes every selected column (the vendor and amount
  // subqueries too) for every row it sorts, tens of thousands for a dense term with a filter.
  // Walking the order's index past broad filters finds a page quickly only when many rows match;
  // for a few hundred the filters' own indexes are the way in (a walk could read every notice).
  const ids = total > (opts.dense ?? DENSE) ? orderedIds(db, whereSql(w, shape, true), o, f.per, offset) : total > offset ? orderedIds(db, whereSql(w, shape), o, f.per, offset) : [];
  return { total, totalExact, page: f.page, per: f.per, items: itemsByIds(db, ids), terms: w.terms, orderNote: o.note };
}

/** Matches of a dense term a count may walk in its index before a lookup set takes over. */
const WALK_MAX = 40_000;

/**
 * Count the matches of a text term that pass the (broad) filters and the other terms by walking
 * them in the index, at most `walkMax`: the count up to the cap, or null when the walk ended
 * before either the cap or the last match. A trigram term is walked (its doclists read fastest);
 * the other terms are lookup sets (运营服务 抖音: 52 ms, not 197 with both as sets).
 */
function walkCount(db: Db, w: Where, walkMax: number): number | null {
  const t = w.text.find((x) => x.table === 'notices_fts') ?? w.text[0];
  const others = w.text.filter((x) => x !== t);
  if (w.parts.every((p) => w.implied.has(p))) {
    // Terms only (and filters the MATCH decides): no notice row is read, so the walk is cheap enough to run to the cap or the end.
    const sets = others.map((o) => ` AND +x.rowid IN (SELECT rowid FROM ${o.table} WHERE ${o.table} MATCH ?)`).join('');
    return stmt(db, `SELECT count(*) FROM (SELECT 1 FROM ${t.table} x WHERE x.${t.table} MATCH ?${sets} LIMIT ?)`)
      .pluck()
      .get(t.match, ...others.map((o) => o.match), TOTAL_CAP + 1) as number;
  }
  const ws = whereSql({ ...w, text: others }, 'set');
  const pass = ws.sql ? ws.sql.replace(/^WHERE /, '') : '1';
  if (others.length) {
    // Several terms: the rows that pass are rarer, and the walk rarely reached the cap within
    // walkMax; the lookup sets it then handed over to read the whole notices table along an
    // index (运营服务 抖音 + counted=1: 1.7 s). Walking the trigram term's matches to the cap
    // or the end, the others as sets, takes 0.3 s for that (0.5-0.7 s when few pass).
    return stmt(db, `SELECT count(*) FROM (SELECT 1 FROM ${t.table} x CROSS JOIN notices n ON n.id = x.rowid WHERE x.${t.table} MATCH ? AND ${pass} LIMIT ?)`)
      .pluck()
      .get(t.match, ...ws.params, TOTAL_CAP + 1) as number;
  }
  // A cursor, so the walk stops at the cap as well as at walkMax (an aggregate would read walkMax rows).
  const rows = stmt(db, `SELECT (${pass}) FROM ${t.table} x CROSS JOIN notices n ON n.id = x.rowid WHERE x.${t.table} MATCH ? LIMIT ?`)
    .pluck()
    .iterate(...ws.params, t.match, walkMax) as IterableIterator<number | null>;
  let hits = 0;
  let seen = 0;
  for (const ok of rows) {
    seen++;
    if (ok) hits++;
    if (hits > TOTAL_CAP) return hits;
  }
  return seen < walkMax ? hits : null;
}

/** The filtered set's WHERE shape and order as a download reads them (every row, no page). */
interface DownloadPlan {
  where: Where;
  dense: boolean;
  order: Order;
}

function downloadPlan(db: Db, f: SearchFilters): DownloadPlan {
  const where = buildWhere(db, f);
  const dense = where.text.length > 0 && Math.min(...where.text.map((t) => textCount(db, t, DENSE))) > DENSE;
  return { where, dense, order: orderBy(f, where, dense) };
}

/**
 * Every id of the filtered set in display order, `size` at a time, at most `cap` (for downloads).
 * The ids come off an open cursor, so the first batch is ready as soon as the order's index
 * yields it: collecting 550,000 ids first kept a download's first byte waiting nine seconds.
 * Each stretch gets a statement of its own (an iterating statement is busy, and two downloads
 * may run at once). While the cursor is open its connection refuses writes: give it a
 * connection of its own ({@link openSnapshot}) when others write.
 */
export function searchIdBatches(db: Db, f: SearchFilters, size = 500, cap = 1_000_000): Generator<number[], void, undefined> {
  return planIdBatches(db, downloadPlan(db, f), size, cap);
}

function* planIdBatches(db: Db, { where, dense, order: o }: DownloadPlan, size: number, cap: number): Generator<number[], void, undefined> {
  const base = whereSql(where, dense ? 'set' : 'list', true);
  let left = cap;
  for (const st of o.stretches) {
    if (left <= 0) return;
    const sql = st.where ? (base.sql ? `${base.sql} AND ${st.where}` : `WHERE ${st.where}`) : base.sql;
    const rows = db.$client
      .prepare(`SELECT n.id FROM notices n ${o.join} ${sql} ORDER BY ${st.order} LIMIT ?`)
      .pluck()
      .iterate(...o.joinParams, ...base.params, ...st.params, left) as IterableIterator<number>;
    let batch: number[] = [];
    // for-of closes the cursor when the consumer stops early (a download cancelled mid-way).
    for (const id of rows) {
      batch.push(id);
      left--;
      if (batch.length === size) {
        yield batch;
        batch = [];
      }
    }
    if (batch.length) yield batch;
  }
}

/** Every id of the filtered set in display order, at most `cap`. */
export function searchIds(db: Db, f: SearchFilters, cap = 1_000_000): number[] {
  const out: number[] = [];
  for (const batch of searchIdBatches(db, f, 5000, cap)) for (const id of batch) out.push(id);
  return out;
}

/** How many notices the filtered set holds, exactly (a download's X-Total-Count). */
export function searchCount(db: Db, f: SearchFilters): number {
  return planCount(db, downloadPlan(db, f));
}

/**
 * A download: its exact size (capped) and its ids in batches, from one plan (the filters' probes
 * and the terms' counts run once, not once for the count and again for the rows).
 */
export function searchDownload(db: Db, f: SearchFilters, size = 500, cap = 1_000_000): { total: number; batches: Generator<number[], void, undefined> } {
  const plan = downloadPlan(db, f);
  return { total: Math.min(cap, planCount(db, plan)), batches: planIdBatches(db, plan, size, cap) };
}

function planCount(db: Db, { where, dense }: DownloadPlan): number {
  if (!where.text.length && !where.parts.length) return noticeCount(db, 'notices');
  const ws = whereSql(where, dense ? 'set' : 'list');
  return stmt(db, `SELECT count(*) FROM notices n ${ws.sql}`).pluck().get(...ws.params) as number;
}

/** The download rows for `ids`, in the order given. */
export function itemsByIds(db: Db, ids: number[]): SearchItem[] {
  if (!ids.length) return [];
  const rows = stmt(db, `SELECT ${ITEM_COLS} FROM notices n WHERE n.id IN (${ids.map(() => '?').join(',')})`).all(...ids) as Row[];
  const byId = new Map(rows.map((r) => [r.id, toItem(r)]));
  return ids.map((id) => byId.get(id)).filter((r): r is SearchItem => r !== undefined);
}

/** The procurement methods stored (for the filter's choices), most used first, at most 50. */
export function procurementMethods(db: Db): string[] {
  return noticeCountsUnder(db, 'method:')
    .slice(0, 50)
    .map((r) => r.key);
}
