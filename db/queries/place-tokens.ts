/**
 * A notice's place as tokens of the two full-text indexes, so a text query within a region is
 * one index intersection (FTS5 skips along both doclists) rather than every match of the term
 * checked against every notice of the region. Each digit pair of a GB/T 2260 code becomes one
 * private-use character (province U+E000+, city U+E100+, county U+E200+), which no typed query
 * can hold: queryTerms strips private-use characters, and the bigram tokens never contain them.
 * @module
 */

const chars = (region: string) => [0, 2, 4].map((i, k) => String.fromCharCode(0xe000 + 0x100 * k + Number(region.slice(i, i + 2))));

/** Whether `code` is a six-digit division code (the only codes a place is made of). */
const isCode = (code: string | null): code is string => code !== null && /^[1-9]\d{5}$/.test(code);

/**
 * The trigram of notices_fts's `place` column (migration 0012 computes the column in SQL) that
 * marks `region`: marker+province+marker, province+city+marker, or province+city+county.
 */
export function trigramPlace(region: string): string {
  const [p, c, d] = chars(region);
  if (region.endsWith('0000')) return `\ue300${p}\ue301`;
  if (region.endsWith('00')) return `${p}${c}\ue302`;
  return `${p}${c}${d}`;
}

/** The notices_bigram token that marks `region` (a province, a city, or a county). */
export function bigramPlace(region: string): string {
  const [p, c, d] = chars(region);
  if (region.endsWith('0000')) return `\ue310${p}`;
  if (region.endsWith('00')) return `\ue311${p}${c}`;
  return `\ue312${p}${c}${d}`;
}

/** The words a notice's bigram row carries for its place: its province, city and county tokens ('' without a code). */
export function bigramPlaceWords(code: string | null): string {
  if (!isCode(code)) return '';
  return [`${code.slice(0, 2)}0000`, `${code.slice(0, 4)}00`, code].map(bigramPlace).join(' ');
}
