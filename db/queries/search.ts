/**
 * Contract search: full text (trigram FTS for terms of three or more characters, the bigram
 * side index for one- and two-character terms such as 抖音), filters, sorting, pagination and
 * the total. The page and `/api/search` go through {@link searchNotices}, the downloads through
 * {@link searchIdBatches}. The WHERE clause they share is built in ./search-where.ts.
 * @module
 */
import type { Db } from '../index.js';
import { stmt, vendorParties } from './common.js';
import { noticeCount, noticeCountsUnder, partyTotals } from './rollups.js';
import type { SearchFilters } from './search-filters.js';
import { BUYER_NAME, buildWhere, COUNTED, DENSE, NO_SEARCHABLE, PROBE_DEPTH, PROBE_WALK, type SearchTuning, SOURCE, SOURCE_PAGES, textCount, TOTAL_CAP, VENDOR_NAME_ROWS, type Where, whereSql } from './search-where.js';

export { TOTAL_CAP, type SearchTuning } from './search-where.js';

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
  /**
   * what the spending totals count of this notice: the sum of its counted lots' amounts in
   * spend_facts (a 更正公告's corrected amount applied; superseded, failed, rate and unit-price
   * lots left out); null when none of its lots counts
   */
  countedYuan: number | null;
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
  /** the words the query excludes (typed as -快手): no row holds them, and none is marked */
  excluded: string[];
  /** why the query found nothing before any notice was read: it holds no letter or digit ({@link NO_SEARCHABLE}); null otherwise */
  queryNote: string | null;
}

const ITEM_COLS = `n.id, n.kind, n.title, n.buyer, n.buyer_party_id AS buyerPartyId,
  (SELECT group_concat(l.vendor, '；') FROM lots l WHERE l.notice_id = n.id AND l.vendor IS NOT NULL) AS vendor,
  (SELECT json_group_array(json_array(v.party_id, v.name) ORDER BY l.seq, v.seq) FROM lots l JOIN lot_vendors v ON v.lot_id = l.id
    WHERE l.notice_id = n.id AND v.party_id IS NOT NULL) AS vendorsJson,
  n.awarded_yuan AS amountYuan,
  (SELECT sum(f.amount_yuan) FROM spend_facts f WHERE f.notice_id = n.id AND f.counted = 1) AS countedYuan,
  CASE WHEN n.awarded_yuan IS NULL THEN (SELECT l.amount_text FROM lots l WHERE l.notice_id = n.id AND l.amount_text IS NOT NULL ORDER BY l.seq LIMIT 1) END AS amountText,
  n.province, n.city, n.county, n.division_code AS divisionCode, n.published_at AS publishedAt, n.source_url AS sourceUrl,
  n.service_type AS serviceType, n.is_video_ops AS isVideoOps, n.procurement_method AS procurementMethod, n.project_code AS projectCode`;

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
  return { ...r, isVideoOps: Boolean(r.isVideoOps), vendors: vendorParties(vendorsJson) };
}

/** One page of results and the total for the filtered set (text queries: exact up to TOTAL_CAP). */
export function searchNotices(db: Db, f: SearchFilters, opts: SearchTuning = {}): SearchResult {
  const w = buildWhere(db, f, opts);
  if (w.nothing) return { total: 0, totalExact: true, page: f.page, per: f.per, items: [], terms: w.terms, orderNote: null, excluded: w.excluded, queryNote: NO_SEARCHABLE };
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
    // One source alone: its count is maintained by a trigger too (the data-freshness table's figure).
    else if (onlySource(w)) total = noticeCount(db, `source:${f.source}`);
    // A region's counted notices alone: counted in the region index itself, no notice row read.
    else if (w.parts.length === 1 && w.parts[0] === w.countedIn?.clause) total = stmt(db, `SELECT count(DISTINCT notice_id) FROM (${w.countedIn.facts})`).pluck().get(...w.countedIn.params) as number;
    // A large source is a check on each row (notices has no index on it): counted to the cap too.
    else if (w.parts.includes(VENDOR_NAME_ROWS) || w.parts.includes(COUNTED) || (w.parts.includes(SOURCE) && !w.parts.includes(SOURCE_PAGES))) {
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
        // A region's own level (few notices) drives instead: the region's matches become a lookup set.
        const ws = whereSql(w, dense && (!w.placed || w.few) ? 'set' : 'list');
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
  return { total, totalExact, page: f.page, per: f.per, items: itemsByIds(db, ids), terms: w.terms, orderNote: o.note, excluded: w.excluded, queryNote: null };
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
  const excluding = new Set(w.exclusions.map((x) => x.clause));
  if (w.parts.every((p) => w.implied.has(p) || excluding.has(p))) {
    // Terms only (and filters the MATCH decides, and excluded words): no notice row is read, so
    // the walk is cheap enough to run to the cap or the end (短视频拍摄 -抖音: 50 ms, 75 reading each notice).
    const sets = others.map((o) => ` AND +x.rowid IN (SELECT rowid FROM ${o.table} WHERE ${o.table} MATCH ?)`).join('');
    const nots = w.exclusions.map((o) => ` AND +x.rowid NOT IN (SELECT rowid FROM ${o.table} WHERE ${o.table} MATCH ?)`).join('');
    return stmt(db, `SELECT count(*) FROM (SELECT 1 FROM ${t.table} x WHERE x.${t.table} MATCH ?${sets}${nots} LIMIT ?)`)
      .pluck()
      .get(t.match, ...others.map((o) => o.match), ...w.exclusions.map((o) => o.match), TOTAL_CAP + 1) as number;
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
  // A query with no letter or digit matches nothing (searchNotices says why).
  if (where.nothing) return;
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
  return planCount(db, downloadPlan(db, f), f);
}

/**
 * A download: its exact size (capped) and its ids in batches, from one plan (the filters' probes
 * and the terms' counts run once, not once for the count and again for the rows).
 */
export function searchDownload(db: Db, f: SearchFilters, size = 500, cap = 1_000_000): { total: number; batches: Generator<number[], void, undefined> } {
  const plan = downloadPlan(db, f);
  return { total: Math.min(cap, planCount(db, plan, f)), batches: planIdBatches(db, plan, size, cap) };
}

/** Whether the filters are one source and nothing else (its notices then need no counting). */
function onlySource(w: Where): boolean {
  return !w.text.length && w.parts.length > 0 && w.parts.every((p) => p === SOURCE || p === SOURCE_PAGES);
}

function planCount(db: Db, { where, dense }: DownloadPlan, f: SearchFilters): number {
  if (where.nothing) return 0;
  if (!where.text.length && !where.parts.length) return noticeCount(db, 'notices');
  if (onlySource(where)) return noticeCount(db, `source:${f.source}`);
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
