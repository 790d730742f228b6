/**
 * A notice's filterable values as words of the trigram index (its `facets` column, computed in
 * SQL by migration 0016), so a text query with a filter is one index intersection: FTS5 skips
 * along the term's doclist and the filter's. 短视频拍摄 matches a quarter of a million notices
 * at 1M; with 最低 100万 the search read them all into a lookup set and checked each (240 ms);
 * as `"短视频拍摄" AND facets : (…)` the index hands over the 7,000 that pass (25 ms).
 *
 * Every word is three private-use characters (one trigram, so one doclist): an opening marker,
 * the value, a closing marker. No typed query can reach them: queryTerms strips private-use
 * characters (as for the place words of place-tokens.ts, which use U+E000–U+E312).
 *
 * The lists below must match the CASE lists of migration 0016 exactly (tests/db/facet-tokens
 * .test.ts compares the SQL column with {@link facetWords} on every seeded notice); a value the
 * lists do not know gets no word, and a filter on it stays a check on each row.
 * @module
 */

/** Notice kinds, in the order of their value characters (U+E410 + index). */
export const FACET_KINDS = ['intention', 'tender', 'single_source', 'award', 'contract', 'correction', 'failure', 'acceptance', 'other'] as const;
/** Service types (U+E420 + index). */
export const FACET_SERVICES = ['account_operation', 'video_production', 'promo_film', 'live_streaming', 'other_video'] as const;
/** Procurement methods as the extractor names them (U+E430 + index). */
export const FACET_METHODS = ['公开招标', '邀请招标', '竞争性磋商', '竞争性谈判', '询价', '单一来源', '框架协议', '网上超市', '电子卖场', '比选', '竞价'] as const;
/**
 * Bounds of the amount bands in yuan. A notice with an awarded total carries one word, its band
 * (U+E440 + the number of bounds at or below the total: band 0 is under 1,000, band 16 from 1亿).
 * One word, not one per bound passed: each word lengthens the row, and bm25 ranks by length.
 * A minimum that is a bound is answered by the index alone; any other minimum or maximum is
 * narrowed to the bands it touches and checked on each row.
 */
export const FACET_AMOUNTS = [1e3, 2e3, 5e3, 1e4, 2e4, 5e4, 1e5, 2e5, 5e5, 1e6, 2e6, 5e6, 1e7, 2e7, 5e7, 1e8] as const;

const word = (open: number, value: number, close: number) => String.fromCharCode(open, value, close);

/** The word of a value from one of the lists (its index picks the value character); null for a value the list lacks. */
const listWord =
  (list: readonly string[], open: number, first: number, close: number) =>
  (value: string | null): string | null => {
    const i = value === null ? -1 : list.indexOf(value);
    return i < 0 ? null : word(open, first + i, close);
  };
const kindWord = listWord(FACET_KINDS, 0xe400, 0xe410, 0xe401);
const serviceWord = listWord(FACET_SERVICES, 0xe402, 0xe420, 0xe403);
const methodWord = listWord(FACET_METHODS, 0xe407, 0xe430, 0xe408);
const VIDEO_WORD = word(0xe404, 0xe405, 0xe406);
const bandWord = (i: number) => word(0xe40a, 0xe440 + i, 0xe40b);
/** The band of an amount: how many bounds are at or below it. */
const band = (yuan: number) => FACET_AMOUNTS.filter((t) => t <= yuan).length;
const bandWords = (lo: number, hi: number) => Array.from({ length: hi - lo + 1 }, (_, k) => bandWord(lo + k));
/** A year 2000–2099 (U+E500 + year − 2000) closed by U+E40F, or one of its months (U+E601–U+E60C). */
const yearWord = (y: number) => word(0xe409, 0xe500 + y - 2000, 0xe40f);
const monthWord = (y: number, m: number) => word(0xe409, 0xe500 + y - 2000, 0xe600 + m);

/** The values of a notice the facets column is computed from. */
export interface FacetRow {
  kind: string | null;
  serviceType: string | null;
  isVideoOps: boolean | number;
  procurementMethod: string | null;
  publishedAt: string | null;
  awardedYuan: number | null;
}

/** The facets column of a notice, as migration 0016's view computes it (space-separated words). */
export function facetWords(r: FacetRow): string {
  const out = [kindWord(r.kind), serviceWord(r.serviceType), r.isVideoOps ? VIDEO_WORD : null, methodWord(r.procurementMethod)].filter((w): w is string => w !== null);
  const d = r.publishedAt ? /^(20\d\d)-(0[1-9]|1[0-2])/.exec(r.publishedAt) : null;
  if (d) out.push(yearWord(Number(d[1])), monthWord(Number(d[1]), Number(d[2])));
  if (r.awardedYuan !== null) out.push(bandWord(band(r.awardedYuan)));
  return out.join(' ');
}

/** A filter as facet words (a notice passes with any one of them): `exact` when the words alone decide it (no row check needed). */
export interface FacetClause {
  words: string[];
  exact: boolean;
}

/**
 * The clause as an FTS5 expression: over the trigram index's facets column, or (no column) over
 * the bigram index, whose rows end with the same words (db/queries/maintain.ts).
 */
export function facetMatch(c: FacetClause, column: 'facets' | null): string {
  const any = c.words.length === 1 ? `"${c.words[0]}"` : `(${c.words.map((w) => `"${w}"`).join(' OR ')})`;
  return column ? `${column} : ${any}` : any;
}

/** The smallest set of year and month words covering `from`..`to` (both YYYY-MM-DD), or null past `max` words. */
function dateWords(from: string, to: string, max: number): string[] | null {
  let [y, m] = [Number(from.slice(0, 4)), Number(from.slice(5, 7))];
  const [y2, m2] = [Number(to.slice(0, 4)), Number(to.slice(5, 7))];
  if (y < 2000 || y2 > 2099 || y * 12 + m > y2 * 12 + m2) return null;
  const out: string[] = [];
  while (y * 12 + m <= y2 * 12 + m2) {
    if (m === 1 && (y < y2 || m2 === 12)) {
      out.push(yearWord(y));
      y++;
    } else {
      out.push(monthWord(y, m));
      if (++m > 12) [y, m] = [y + 1, 1];
    }
    if (out.length > max) return null;
  }
  return out;
}

const lastDay = (ymd: string) => new Date(Date.UTC(Number(ymd.slice(0, 4)), Number(ymd.slice(5, 7)), 0)).getUTCDate();

/** The filters as facet clauses (a filter the words cannot express is left out: it stays a row check). */
export function facetClauses(f: { kind: string | null; service: string | null; videoOnly: boolean; method: string | null; from: string | null; to: string | null; min: number | null; max: number | null }): {
  kind?: FacetClause;
  service?: FacetClause;
  video?: FacetClause;
  method?: FacetClause;
  dates?: FacetClause;
  min?: FacetClause;
  max?: FacetClause;
} {
  const out: ReturnType<typeof facetClauses> = {};
  const [k, s, m] = [kindWord(f.kind), serviceWord(f.service), methodWord(f.method)];
  if (k) out.kind = { words: [k], exact: true };
  if (s) out.service = { words: [s], exact: true };
  if (f.videoOnly) out.video = { words: [VIDEO_WORD], exact: true };
  if (m) out.method = { words: [m], exact: true };
  // Both ends are needed: an open end would have to name every later year (and a mistyped
  // date in 2090 must still be found), so a one-sided range stays a row check.
  if (f.from && f.to) {
    const words = dateWords(f.from, f.to, 24);
    if (words?.length) out.dates = { words, exact: f.from.endsWith('-01') && Number(f.to.slice(8, 10)) === lastDay(f.to) };
  }
  // Only a minimum of 1,000 or more narrows anything (band 0 alone lies below it).
  if (f.min !== null && f.min >= FACET_AMOUNTS[0]) out.min = { words: bandWords(band(f.min), FACET_AMOUNTS.length), exact: (FACET_AMOUNTS as readonly number[]).includes(f.min) };
  // A maximum's own band holds amounts on both sides of it: always checked on each row too.
  if (f.max !== null && f.max < FACET_AMOUNTS[FACET_AMOUNTS.length - 1]) out.max = { words: bandWords(0, band(f.max)), exact: false };
  return out;
}
