/**
 * Normalizing a notice's text before reading it: line endings, entities left in copied text,
 * odd spaces, tabs as cell separators, inline pinyin that some mirrors put after every
 * polyphonic character (長(cháng)沙), and a same-length traditional→simplified folding used
 * for matching (so offsets stay valid).
 * @module
 */
import { decodeEntities } from './html-text.js';
import { TRAD_TO_SIMP } from './trad-simp.js';
import { joinSpacedFigures, repairOcr } from './damaged-text.js';
import { unweaveColumns } from './two-columns.js';

/** Input beyond this many characters is cut (with a warning): bounded time on any input. */
export const MAX_TEXT_CHARS = 600_000;

// a pinyin syllable with a tone mark in brackets right after a Han character: 萬(wàn)
const PINYIN_RE = /(?<=[\u4e00-\u9fff])[(（](?=[a-zü]{0,6}[àáǎāèéěēìíǐīòóǒōùúǔūǖǘǚǜ])[a-zàáǎāèéěēìíǐīòóǒōùúǔūǖǘǚǜü]{1,7}[)）]/g;

const TRAD_RE = new RegExp(`[${Object.keys(TRAD_TO_SIMP).join('')}]`, 'g');

export interface NormalizedText {
  text: string;
  /** `text` with traditional characters folded to simplified, same length */
  lookup: string;
  warnings: string[];
  /** the text before same-length OCR repairs, when they changed anything */
  asWritten?: string;
}

/** Fold traditional characters to simplified one for one (same length). */
export function toSimplified(s: string): string {
  TRAD_RE.lastIndex = 0;
  return TRAD_RE.test(s) ? s.replace(TRAD_RE, (c) => TRAD_TO_SIMP[c] ?? c) : s;
}

/** Normalize raw text (from a .txt file or from htmlToText). */
export function normalizeText(raw: string): NormalizedText {
  const warnings: string[] = [];
  let s = raw;
  if (s.length > MAX_TEXT_CHARS) {
    warnings.push(`text cut at ${MAX_TEXT_CHARS} of ${s.length} characters`);
    s = s.slice(0, MAX_TEXT_CHARS);
  }
  s = decodeEntities(s)
    .replace(/\r\n?/g, '\n')
    // zero-width characters (ZWSP, ZWNJ, ZWJ, word joiner, soft hyphen, BOM) vanish inside names and numbers
    .replace(/[\u200b-\u200d\u2060\u00ad\ufeff]/g, '')
    .replace(/[\u00a0\u3000\u2002\u2003\u2009]/g, ' ')
    // binary noise and stray control characters (scraped bytes) become spaces
    // oxlint-disable-next-line no-control-regex
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, ' ')
    .replace(/\t+/g, ' | ')
    // a table drawn with box characters (pasted from a word processor or a console): its rules
    // are no text, its vertical bars separate cells
    .replace(/^[ ]*[\u2500-\u257f][\u2500-\u257f ]*$/gm, '')
    .replace(/[ ]*[\u2502\u2503\u2551][ ]*/g, ' | ')
    // "152,&nbsp;600.00": a space after a thousands comma (an entity or a zero-width space
    // between groups) is no break in the number
    .replace(/(?<=[0-9],)[ ]{1,2}(?=[0-9]{3}(?![0-9]))/g, '')
    .replace(/[ ]+\n/g, '\n')
    // "成交供应商为 ： X" (a no-break or ideographic space before the colon): the label is written
    // against its colon, as every label pattern reads it
    .replace(/(?<=[\u4e00-\u9fff)）])[ ]{1,4}(?=[：:])/g, '')
    .replace(/\n{4,}/g, '\n\n\n');
  s = joinSpacedFigures(unweaveColumns(s));
  let mirror = false;
  if (PINYIN_RE.test(s)) {
    PINYIN_RE.lastIndex = 0;
    s = s.replace(PINYIN_RE, '');
    mirror = true;
  }
  // a scan's O for 0, 兀 for 元 …: same length, so offsets into the text stay valid (and the
  // text as written, kept beside, shows the evidence as it stood)
  const repaired = repairOcr(s);
  let asWritten = repaired !== s ? s : undefined;
  s = repaired;
  let lookup = toSimplified(s);
  if (mirror && lookup !== s) {
    if (asWritten) asWritten = toSimplified(asWritten);
    // a machine-converted mirror (inline pinyin): the original was simplified; read it so
    warnings.push('traditional-character mirror with inline pinyin: folded back to simplified');
    s = lookup;
  }
  lookup = lookup.replace(/[０-９]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
  // a full-width bar between cells ("序号｜采购事项｜金额（元）", a table typed in a CJK editor) separates
  // them as "|" does (one for one, so offsets hold)
  if (lookup.includes('｜')) lookup = lookup.replace(/｜/g, '|');
  return { text: s, lookup, warnings, asWritten };
}
