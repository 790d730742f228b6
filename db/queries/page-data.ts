/**
 * Everything one page reads, gathered by one function, so the route stays a thin render over it
 * and the benchmark can time a page's whole SQL beside the page (the "≤ 3× its bare SQL" rule).
 * Pages that read a single query function (region, contract, party) use it directly.
 * @module
 */
import type { Db } from '../index.js';
import { stmt } from './common.js';
import { compare, type CompareParams, type CompareResult } from './compare.js';
import { noticeAreas, regionChildren, regionIndex, type RegionArea } from './region.js';
import { PROVINCES } from './region-names.js';
import { type SearchFilters } from './search-filters.js';
import { procurementMethods, searchNotices, type SearchResult } from './search.js';

/** The province → city → county choices of the search form, for the region selected. */
export interface RegionChoices {
  provinces: RegionArea[];
  cities: RegionArea[];
  counties: RegionArea[];
  selected: { province: string | null; city: string | null; county: string | null };
}

/**
 * The search form's regions, drilled down to the one selected. The search reaches every notice,
 * not only those with spending: every province is a choice, and the cities and counties of the
 * one selected are those holding any notice. Those with counted spending come first, largest
 * first, as on the overview; the rest follow in code order.
 */
export function regionChoices(db: Db, region: string | null): RegionChoices {
  const prov = region ? `${region.slice(0, 2)}0000` : null;
  const city = region && !region.endsWith('0000') ? `${region.slice(0, 4)}00` : null;
  return {
    provinces: withNotices(regionIndex(db).filter((r) => r.code), PROVINCES),
    cities: prov ? withNotices(regionChildren(db, prov), noticeAreas(db, prov)) : [],
    counties: city ? withNotices(regionChildren(db, city), noticeAreas(db, city)) : [],
    selected: { province: prov, city, county: region && !region.endsWith('00') ? region : null },
  };
}

function withNotices(spending: RegionArea[], located: readonly { code: string; name: string }[]): RegionArea[] {
  const seen = new Set(spending.map((r) => r.code));
  return [...spending, ...located.filter((r) => !seen.has(r.code)).map((r) => ({ ...r, yuan: 0, lots: 0 }))];
}

/** The names of the parties a search is narrowed to by id (null where none, or no such party). */
export interface SearchParties {
  buyer: string | null;
  vendor: string | null;
}

/** A scrape source as the search form's choice (the overview's data-freshness table names the same). */
export interface SourceChoice {
  id: string;
  name: string;
}

/** What /search reads: one page of results, the method, region and source choices, and the parties it names by id. */
export function searchPageData(db: Db, f: SearchFilters): { result: SearchResult; methods: string[]; regions: RegionChoices; parties: SearchParties; sources: SourceChoice[] } {
  const name = (id: number | null) => (id === null ? null : ((stmt(db, 'SELECT name FROM parties WHERE id = ?').pluck().get(id) as string | undefined) ?? null));
  const sources = stmt(db, 'SELECT id, name FROM sources ORDER BY id').all() as SourceChoice[];
  return { result: searchNotices(db, f), methods: procurementMethods(db), regions: regionChoices(db, f.region), parties: { buyer: name(f.buyerId), vendor: name(f.vendorId) }, sources };
}

/** What /compare reads: the distributions and the provinces to filter by. */
export function comparePageData(db: Db, params: CompareParams): { d: CompareResult; provinces: RegionArea[] } {
  return { d: compare(db, params), provinces: regionIndex(db).filter((r) => r.code) };
}
