/**
 * The WHERE clause a search is built from: its text terms as MATCH clauses of the trigram and
 * bigram indexes (with the region and the form's filters as words where that helps), its other
 * filters as SQL conditions, which of those are broad (checked on each row an order's index
 * yields rather than listed first), and the thresholds that decide between those shapes.
 * db/queries/search.ts turns it into counts, pages and downloads.
 * @module
 */
import type { Db } from '../index.js';
import { QueryError, stmt } from './common.js';
import { noticeCount } from './rollups.js';
import { queryTerms, type SearchFilters } from './search-filters.js';
import { bigramPlace, trigramPlace } from './place-tokens.js';
import { facetClauses, facetMatch } from './facet-tokens.js';

const like = (s: string) => `%${s.replace(/[\\%_]/g, (m) => `\\${m}`)}%`;
const phrase = (t: string) => `"${t.replace(/"/g, '""')}"`;

/** A full-text condition: which index, and its MATCH expression. */
export interface TextClause {
  table: 'notices_fts' | 'notices_bigram';
  match: string;
}

export interface Where {
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
  /** the words the query excludes (typed with a leading '-'): never marked on a row */
  excluded: string[];
  /**
   * Which of `parts` leave excluded words out as lookup sets (an index no text MATCH of the query
   * uses), each with its MATCH: a count can check them on the index's rowids, no notice row read.
   */
  exclusions: { clause: string; table: TextClause['table']; match: string }[];
  /**
   * The query holds no letter or digit at all (`%`, `？？`, `---`): nothing can match it, and the
   * search says so ({@link NO_SEARCHABLE}) rather than listing every notice.
   */
  nothing: boolean;
  /** a region's counted notices as a clause of `parts`, and the spend_facts query behind it */
  countedIn: { clause: string; facts: string; params: unknown[] } | null;
  /**
   * A filter of `parts` that keeps few notices (a region's own level: 省本级 holds a few hundred
   * where the province holds tens of thousands): its index drives a count, the text terms checked
   * as lookup sets, rather than every match of a dense term in the region read row by row.
   */
  few: boolean;
}

/**
 * Matching notices below which a text query is answered from the index's rowid list; above, the
 * term is dense: probed per row for the first pages of a date scan, else read once as a lookup set.
 */
export const DENSE = 2000;
/**
 * The counted=1 filter outside a region: the notice has a lot the spending totals count. Only
 * video-ops notices have such lots (a fact copies its notice's flag): saying so lets a count take
 * the video index, where walking the dates first read every non-video notice of the range.
 */
export const COUNTED = 'n.is_video_ops = 1 AND EXISTS (SELECT 1 FROM spend_facts f WHERE f.notice_id = n.id AND f.counted = 1 AND f.is_video_ops = 1)';

/** The parties whose names contain a fragment. */
const VENDOR_PARTIES = `SELECT party_id FROM party_names WHERE role = 'vendor' AND name LIKE ? ESCAPE '\\'`;
/** The buyer-name filter; broad in a page walk (融媒体 names thousands of buyers). */
export const BUYER_NAME = `n.buyer_party_id IN (SELECT party_id FROM party_names WHERE role = 'buyer' AND name LIKE ? ESCAPE '\\')`;
/** The vendor-name filter as a list of notices (few lots) or as a check on each row (many). */
const VENDOR_NAME_LIST = `n.id IN (SELECT l.notice_id FROM lots l JOIN lot_vendors v ON v.lot_id = l.id WHERE v.party_id IN (${VENDOR_PARTIES}))`;
export const VENDOR_NAME_ROWS = `EXISTS (SELECT 1 FROM lots l JOIN lot_vendors v ON v.lot_id = l.id WHERE l.notice_id = n.id AND v.party_id IN (${VENDOR_PARTIES}))`;
/**
 * The notices whose counted lots count for vendor party `?` (twice: bind the id twice): a lot it is
 * named on (any consortium member) that no correction moved to another winner, and a lot a
 * correction (更正公告) moved to it (spend_facts.vendor_corrected_by, db/queries/maintain.ts). The
 * vendor page counts the same lots (party.ts vendorFacts).
 */
export const VENDOR_COUNTED_NOTICES = `SELECT x.notice_id FROM lot_vendors v JOIN spend_facts x ON x.lot_id = v.lot_id
  WHERE v.party_id = ? AND x.vendor_corrected_by IS NULL AND x.counted = 1 AND x.is_video_ops = 1
  UNION ALL SELECT x.notice_id FROM spend_facts x WHERE x.vendor_party_id = ? AND x.vendor_corrected_by IS NOT NULL AND x.counted = 1 AND x.is_video_ops = 1`;
/**
 * The notices naming vendor party `?` (three times: bind the id thrice), counted or not: on a
 * lot, as the winner a correction moved a lot to (that lot's notice), or as a correction's winner
 * after (the correction itself). The vendor page's notice count is the same.
 */
export const VENDOR_NOTICES = `SELECT l.notice_id FROM lot_vendors v JOIN lots l ON l.id = v.lot_id WHERE v.party_id = ?
  UNION ALL SELECT x.notice_id FROM spend_facts x WHERE x.vendor_party_id = ? AND x.vendor_corrected_by IS NOT NULL
  UNION ALL SELECT c.notice_id FROM correction_items c WHERE c.vendor_after_party_id = ?`;
/** Vendor lots above which a vendor-name filter is checked per row and its total counted to the cap. */
const VENDOR_LIST_MAX = 20_000;

/** A province or city: its codes as a range (one expression, so "+" can make it a row check). */
const REGION_RANGE = 'n.division_code BETWEEN ? AND ?';
/** Notices above which a region is a broad filter (see buildWhere). */
const REGION_BROAD = 20_000;

/** region=none: the notice has no division code, so no province (the rollups' 中央/未知). */
export const NO_REGION = 'n.division_code IS NULL';
/** A province's own level (level=own): its codes PP00xx, no city (one expression, as REGION_RANGE). */
const OWN_RANGE = '(n.division_code BETWEEN ? AND ?)';

/**
 * A region's own level as maintain.ts's divisionLevels books it: a province's codes with no
 * city part (PP00xx: the province itself), a city's code itself (no county part).
 */
function ownLevel(region: string): { clause: string; params: string[] } {
  if (region.endsWith('0000')) return { clause: OWN_RANGE, params: [`${region.slice(0, 2)}00`, `${region.slice(0, 2)}00~`] };
  return { clause: 'n.division_code = ?', params: [region] };
}

/** source=: one scrape source's notices, checked on each row another index yields. */
export const SOURCE = 'n.source_id = ?';
/** A source's notices below which they are listed through its archived pages (notices_raw_page_idx) instead. */
const SOURCE_LIST_MAX = 20_000;

/**
 * The source filter. notices has no index on its source: a source holding many notices is a
 * check on each row the date (or another) index yields; a small one (a portal scraped a few
 * times a day) is listed through raw_pages_source_idx and notices_raw_page_idx, where a walk
 * could read every notice to find its few. An unknown source is a 400 naming the known ones.
 */
function sourceClause(db: Db, source: string, add: (clause: string, ...values: unknown[]) => void, listMax: number): void {
  const known = stmt(db, 'SELECT id FROM sources ORDER BY id').pluck().all() as string[];
  if (!known.includes(source)) throw new QueryError(`source must be one of ${known.join(', ') || '(no source has been scraped yet)'}, got "${source}"`, 400);
  const n = noticeCount(db, `source:${source}`);
  // A source holding every notice (the benchmark's one) filters nothing.
  if (n === noticeCount(db, 'notices')) return;
  if (n <= listMax) add(SOURCE_PAGES, source);
  add(SOURCE, source);
}
/** A small source's notices through its archived pages (the row check SOURCE stays beside it). */
export const SOURCE_PAGES = 'n.raw_page_id IN (SELECT id FROM raw_pages WHERE source_id = ?)';

/** Rows of the date index a filtered page may expect to walk, probing each, before a lookup set is cheaper. */
export const PROBE_WALK = 2000;

/** Rows a date-ordered probe may skip before a lookup set is cheaper (about ten pages). */
export const PROBE_DEPTH = 200;
/** Totals of text queries are counted exactly up to this many, then reported as "at least". */
export const TOTAL_CAP = 10_000;

/**
 * The WHERE clause in one of three shapes. `list` materializes the matching rowids and lets them
 * drive (best when few match); `set` materializes them as a lookup set while another index drives;
 * `probe` asks the index about each candidate row, so a date-ordered scan stops after one page
 * even when a term such as 短视频拍摄 matches a quarter of a million notices. `page` turns the
 * broad filters into row checks (see {@link Where.broad}).
 */
export function whereSql(w: Where, shape: 'list' | 'probe' | 'set', page = false): { sql: string; params: unknown[] } {
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
  // An exclusion is probed on each row too: reading an excluded 抖音's 170,000 notices into a set
  // cost 50 ms at 1M notices, where asking the index about a page's few walked rows costs 1-2.
  const all = [...text, ...w.parts.map((p) => (shape === 'probe' && EXCLUDE_PROBES[p] ? EXCLUDE_PROBES[p] : page && w.broad.has(p) ? `+${p}` : p))];
  return { sql: all.length ? `WHERE ${all.join(' AND ')}` : '', params: [...w.text.map((t) => t.match), ...w.params] };
}

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
  /** a source's notices up to which they are listed through its archived pages (default 20,000), above a check on each row */
  sourceListMax?: number;
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

/** Build the WHERE clause shared by the count, the page and the downloads. */
export function buildWhere(db: Db, f: SearchFilters, tune: SearchTuning = {}): Where {
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
  const excluded: string[] = [];
  let nothing = false;
  /** exclusion conditions that no text MATCH of the same index could carry */
  const exclusions: Where['exclusions'] = [];
  if (f.q) {
    const { terms: all, excluded: not } = queryTerms(f.q);
    if (!all.length && not.length)
      throw new QueryError(`q holds only exclusions (${not.map((t) => `-${t}`).join(' ')}): give at least one word to find, e.g. 抖音 ${not.map((t) => `-${t}`).join(' ')} (q 只有排除词，请至少写一个要找的词)`, 400);
    nothing = all.length === 0;
    excluded.push(...not);
    // Excluded words as OR-lists of each index's terms: a MATCH of the same index leaves them out
    // itself (FTS5's NOT walks both doclists), else they are a lookup set (excludeClause).
    const notLong = not.filter((t) => [...t].length >= 3).map(phrase).join(' OR ');
    const notShort = not.filter((t) => [...t].length < 3).map(bigramTerm).join(' OR ');
    const long = all.filter((t) => [...t].length >= 3);
    const short = all.filter((t) => [...t].length < 3);
    if (long.length) {
      const words = long.map(phrase).join(' ');
      // Within a region the place joins the MATCH: FTS5 intersects the two doclists itself.
      const place = f.region ? `place : ${phrase(trigramPlace(f.region))}` : null;
      placed = place !== null;
      folded = foldable('notices_fts', words);
      const also = [...(place ? [place] : []), ...(folded ? Object.values(facets).map((c) => facetMatch(c, 'facets')) : [])].map((c) => ` AND ${c}`).join('');
      ftsMatch = notLong ? `(${words}${also}) NOT (${notLong})` : `${words}${also}`;
      titleMatch = `title : (${words})${also}`;
      terms.trigram = long;
      text.push({ table: 'notices_fts', match: ftsMatch });
    }
    else if (notLong) exclusions.push({ clause: excludeClause('notices_fts'), table: 'notices_fts', match: notLong });
    // queryTerms keeps letters and digits only: every short term is bigram tokens.
    for (const t of short) {
      text.push({ table: 'notices_bigram', match: bigramTerm(t) });
      terms.bigram.push(t);
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
    if (notShort && firstBigram) firstBigram.match = `(${firstBigram.match}) NOT (${notShort})`;
    else if (notShort) exclusions.push({ clause: excludeClause('notices_bigram'), table: 'notices_bigram', match: notShort });
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
  // An exclusion keeps most notices: a broad filter (below), checked on each row a page walks.
  for (const x of exclusions) add(x.clause, x.match);
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
  // A region's own level (level=own: 省本级 / 市本级) is a narrower range of the same index, and
  // the counted filter is then checked on each of its few notices (spend_facts' region indexes
  // hold no "no city below" column): it replaces both the region's range and its counted list.
  const own = f.ownLevel && f.region ? ownLevel(f.region) : null;
  if (own) {
    add(own.clause, ...own.params);
    regionBroad = (stmt(db, `SELECT count(*) FROM (SELECT 1 FROM notices n WHERE ${own.clause} LIMIT ?)`).pluck().get(...own.params, regionBroadAt + 1) as number) > regionBroadAt;
  }
  // No province at all (region=none, the 中央/未知 rows): null codes lead notices_division_idx,
  // and a counted list is read from spend_facts_province_idx as a region's is (below).
  if (f.noRegion && !f.counted) {
    add(NO_REGION);
    regionBroad = (stmt(db, `SELECT count(*) FROM (SELECT 1 FROM notices n WHERE ${NO_REGION} LIMIT ?)`).pluck().get(regionBroadAt + 1) as number) > regionBroadAt;
  }
  // A region's counted notices (below) are all in the region: its range would only be checked again.
  if (f.region && !placed && !f.counted && !own) {
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
    ...(regionBroad ? [REGION_RANGE, NO_REGION, OWN_RANGE, 'n.division_code = ?'] : []),
    SOURCE,
    ...exclusions.map((x) => x.clause),
    ...(dateBroad ? ['n.published_at >= ?', 'n.published_at <= ?'] : []),
  ]);
  if (f.kind) add('n.kind = ?', f.kind);
  if (f.service) add('n.service_type = ?', f.service);
  if (f.videoOnly) add('n.is_video_ops = 1');
  // The notices behind a spending total: those with a lot the totals count (db/queries/maintain.ts).
  // Within a region they are listed from the region's index (and checked on each row of a walk
  // when that is shorter, see walkPast); nationally two in five notices qualify, so it is a
  // check on each row another index yields.
  if (f.counted && ((f.region && !own) || f.noRegion)) {
    const col = f.noRegion || f.region!.endsWith('0000') ? 'province_code' : f.region!.endsWith('00') ? 'city_code' : 'county_code';
    // A service type is the region index's next column (a fact copies its notice's): the list
    // then holds that service's notices only (河北's account operation: 12,000 of 47,000, 150 → 40 ms).
    const facts = `SELECT notice_id FROM spend_facts WHERE ${col} ${f.noRegion ? 'IS NULL' : '= ?'} AND is_video_ops = 1 AND counted = 1${f.service ? ' AND service_type = ?' : ''}`;
    const args = [...(f.noRegion ? [] : [f.region]), ...(f.service ? [f.service] : [])];
    if (f.buyerId !== null || f.vendorId !== null) {
      // One party's notices (a region page's top vendor or buyer) are few: they drive, each checked
      // for a counted lot in the region along spend_facts_notice_idx. Listing the region's counted
      // notices first read 30,000 index entries for 河北's top vendor's 14 (380 ms at 1M notices).
      add(`EXISTS (SELECT 1 FROM spend_facts f WHERE f.notice_id = n.id AND f.${col} ${f.noRegion ? 'IS NULL' : '= ?'} AND f.is_video_ops = 1 AND f.counted = 1${f.service ? ' AND f.service_type = ?' : ''})`, ...args);
    } else {
      const clause = `n.id IN (${facts})`;
      add(clause, ...args);
      countedIn = { clause, facts, params: args };
      if (walkPast(facts, ...args)) broad.add(clause);
    }
  } else if (f.counted) add(COUNTED);
  if (f.source) sourceClause(db, f.source, add, tune.sourceListMax ?? SOURCE_LIST_MAX);
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
  // lot's vendors, consortium partners included, and the winner a correction moved a lot to, as
  // the party page counts them.
  if (f.buyerId !== null) add('n.buyer_party_id = ?', f.buyerId);
  // With counted=1 the vendor's own lot must be the counted one (a notice whose other lot counts is not its spending).
  // lead=1: the vendor named first on the lot (spend_facts' vendor, the rankings' credit), not any consortium member.
  if (f.vendorId !== null && f.lead && f.counted) add('n.id IN (SELECT x.notice_id FROM spend_facts x WHERE x.vendor_party_id = ? AND x.counted = 1 AND x.is_video_ops = 1)', f.vendorId);
  else if (f.vendorId !== null && f.lead)
    add('n.id IN (SELECT l.notice_id FROM lot_vendors v JOIN lots l ON l.id = v.lot_id WHERE v.party_id = ? AND v.seq = (SELECT min(w.seq) FROM lot_vendors w WHERE w.lot_id = v.lot_id))', f.vendorId);
  else if (f.vendorId !== null && f.counted) add(`n.id IN (${VENDOR_COUNTED_NOTICES})`, f.vendorId, f.vendorId);
  else if (f.vendorId !== null) add(`n.id IN (${VENDOR_NOTICES})`, f.vendorId, f.vendorId, f.vendorId);
  return { parts, broad, params, text, ftsMatch, titleMatch, placed, implied, terms, excluded, exclusions, nothing, countedIn, few: own !== null && !regionBroad };
}

/** What a search says of a query holding no letter or digit (the page and its JSON twin). */
export const NO_SEARCHABLE = '这个查询没有可检索的字 / the query has no searchable characters (letters or digits)';

/** A short term as a notices_bigram MATCH: two characters are one token, one is a prefix of the bigrams it starts. */
const bigramTerm = (t: string) => {
  const lower = t.toLowerCase();
  return [...lower].length === 2 ? phrase(lower) : `${phrase(lower)}*`;
};

/** The notices a MATCH of `table` holds, as a condition that leaves them out (a lookup set, read once). */
export const excludeClause = (table: TextClause['table']) => `n.id NOT IN (SELECT rowid FROM ${table} WHERE ${table} MATCH ?)`;

/** Each exclusion clause as a probe of its index for the row at hand (the same parameter). */
const EXCLUDE_PROBES: Record<string, string> = Object.fromEntries(
  (['notices_fts', 'notices_bigram'] as const).map((t) => [excludeClause(t), `NOT EXISTS (SELECT 1 FROM ${t} x WHERE x.${t} MATCH ? AND x.rowid = n.id)`]),
);

/** How many notices a text clause matches, counted up to `cap + 1`. */
export function textCount(db: Db, t: TextClause, cap: number): number {
  return (stmt(db, `SELECT count(*) AS n FROM (SELECT 1 FROM ${t.table} WHERE ${t.table} MATCH ? LIMIT ?)`).get(t.match, cap + 1) as { n: number }).n;
}
