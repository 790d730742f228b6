/**
 * Meaning-preserving rewrites of a notice: the clothes a real copy of the same notice arrives
 * in (an aggregator's flattened text, a scraper's CRLF, no-break and ideographic spaces around
 * colons, half- or full-width punctuation, a .txt that is really the HTML's text, a GBK page).
 * Each is pure: a notice (decoded text and its extension) in, a notice (bytes and extension)
 * out, or null where the rewrite would not preserve this notice's meaning (decided by a general
 * test on the text, never by file name).
 */
import * as cheerio from 'cheerio';
import iconv from 'iconv-lite';

/** A notice as the CLI reads it: its decoded text and whether it is HTML. */
export interface NoticeCopy {
  text: string;
  html: boolean;
}

/** One rewrite: its name and the rewritten copy (null = skipped for this notice). */
export interface Transform {
  name: string;
  apply: (n: NoticeCopy) => { bytes: Buffer; html: boolean } | null;
}

const utf8 = (text: string, html: boolean) => ({ bytes: Buffer.from(text, 'utf8'), html });

/**
 * A table that line breaks alone hold together: rows of cells (" | ", tabs, box rules or
 * spaces between four or more words) whose only row
 * separator is the break, or many short bare cells in a row, one per line (a flattened copy of
 * either runs header and rows into one sequence of cells no reader could cut back).
 */
export function hasLineBrokenTable(text: string): boolean {
  const lines = text.split(/\r?\n/).map((l) => l.trim()).filter(Boolean);
  let run = 0;
  let rows = 0;
  for (const l of lines) {
    // a row: cells parted by bars, tabs or box rules, or four or more words with no label or sentence in them
    const cells = (l.match(/ ?\| ?|\t|[\u2502\u2503\u2551]/g) ?? []).length >= 1 || (l.split(/\s+/).length >= 4 && !/[：:。，,；;]/.test(l));
    rows = cells ? rows + 1 : 0;
    if (rows >= 2) return true;
    // a bare cell: short, no colon, no sentence punctuation (a header or value on its own line)
    run = l.length <= 24 && !/[：:。，,；;]/.test(l) ? run + 1 : 0;
    if (run >= 6) return true;
  }
  return false;
}

/** A portal API's JSON saved as is: its punctuation is syntax, not text. */
export const isJson = (text: string) => /^\s*[{[]/.test(text);

/** Columns aligned by runs of spaces (a PDF's two columns): added spaces would move them. */
export const hasSpaceColumns = (text: string) => /\S[ \u3000]{3,}\S/.test(text);

/** Every line break replaced by one space: an aggregator's one-line copy. */
export function flatten(text: string): string {
  return text.replace(/\s*\r?\n\s*/g, ' ').trim();
}

/** Only every other line break joined (by a space): a copy that lost some of its breaks. */
export function joinPairs(text: string): string {
  const lines = text.split(/\r?\n/);
  const out: string[] = [];
  for (let i = 0; i < lines.length; i += 2) out.push(i + 1 < lines.length ? `${lines[i]} ${lines[i + 1]}` : lines[i]);
  return out.join('\n');
}

const HALF_TO_FULL: Record<string, string> = { ':': '\uff1a', '(': '\uff08', ')': '\uff09' };

/** Full-width colon and parentheses to half-width (：→:, （）→()). */
export function toHalfWidth(text: string): string {
  return text.replace(/\uff1a/g, ':').replace(/\uff08/g, '(').replace(/\uff09/g, ')');
}

// URLs and clock times keep their ASCII colon (a full-width one would change them)
const KEEP_ASCII = /(https?:\/\/\S+|\d{1,2}:\d{2}(?::\d{2})?)/;

/** Plain text's half-width colon and parentheses to full-width, URLs and times aside. */
const swapToFull = (s: string) =>
  s.split(KEEP_ASCII).map((part, i) => (i % 2 ? part : part.replace(/[:()]/g, (c) => HALF_TO_FULL[c]))).join('');

/** `edit` applied to plain text, or to an HTML page's text between its tags (scripts and styles aside). */
function inText(text: string, html: boolean, edit: (s: string) => string): string {
  if (!html) return edit(text);
  return text.replace(/(<script[\s\S]*?<\/script>|<style[\s\S]*?<\/style>|<[^>]*>)|([^<]+)/gi, (m, tag: string | undefined, body: string | undefined) => (tag ? tag : edit(body!)));
}

/** Half-width colon and parentheses to full-width, outside URLs, times and HTML tags. */
export function toFullWidth(text: string, html: boolean): string {
  return inText(text, html, swapToFull);
}

/** `pad` around each colon (not a URL's) and opening each line of text (in HTML: each line that starts with text). */
function padColons(text: string, html: boolean, pad: string, indent: string): string {
  // a clock time's colon (17:45) and a URL's are no label's
  const padded = (s: string) => s.replace(/[\uff1a:]/g, (c, at: number) => (c === ':' && (/\d/.test(s[at - 1] ?? '') && /\d/.test(s[at + 1] ?? '') || s.startsWith('//', at + 1)) ? c : `${pad}${c}${pad}`));
  return inText(text, html, (s) => padded(s).replace(html ? /(\n)(?=[^\s<])/g : /(^|\n)(?=\S)/g, `$1${indent}`));
}

/** A no-break space before and after each colon, and ideographic spaces opening each line. */
export function oddSpaces(text: string, html: boolean): string {
  return padColons(text, html, html ? '&nbsp;' : '\u00a0', '\u3000\u3000');
}

/** Plain spaces around colons and at line starts (a re-typed copy). */
export function extraSpaces(text: string, html: boolean): string {
  return padColons(text, html, '  ', '    ');
}

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** A .txt wrapped as HTML: one escaped <p> per line. */
export function wrapHtml(text: string): string {
  const body = text.split(/\r?\n/).map((l) => `<p>${escapeHtml(l)}</p>`).join('\n');
  return `<!DOCTYPE html><html><head><meta charset="utf-8"><title></title></head><body>\n${body}\n</body></html>`;
}

const BLOCK = 'p,div,br,tr,li,h1,h2,h3,h4,h5,h6,table,section,article,dt,dd,ul,ol,header,footer';

/** An .html reduced to its text as a scraper saves it: blocks on their own lines, cells tab-separated. */
export function htmlToText(html: string): string {
  const $ = cheerio.load(html);
  $('script,style,noscript,template').remove();
  $(BLOCK).each((_, el) => {
    $(el).before('\n').after('\n');
  });
  $('td,th').each((_, el) => {
    $(el).after('\t');
  });
  return $('body').text().replace(/[ \t]*\n[ \t\n]*/g, '\n').trim();
}

/**
 * Whether a page's visible text is its notice: not when the notice sits where a text copy loses
 * it (a script's JSON, a noscript, a textarea, an iframe's srcdoc: little visible text), nor when
 * a table cell spans rows (lines of text cannot say which rows it covers).
 */
export function textKeepsNotice(html: string): boolean {
  if (/\browspan\s*=\s*["']?(?:[2-9]|\d{2})/i.test(html)) return false;
  return htmlToText(html).replace(/\s+/g, '').length >= 300;
}

/** Every rewrite the metamorphic sweep applies, in table order. */
export const TRANSFORMS: Transform[] = [
  { name: 'crlf', apply: (n) => utf8(n.text.replace(/\r?\n/g, '\r\n'), n.html) },
  { name: 'flatten', apply: (n) => (!n.html && hasLineBrokenTable(n.text) ? null : utf8(flatten(n.text), n.html)) },
  { name: 'joinPairs', apply: (n) => (!n.html && hasLineBrokenTable(n.text) ? null : utf8(joinPairs(n.text), n.html)) },
  { name: 'halfWidth', apply: (n) => utf8(toHalfWidth(n.text), n.html) },
  { name: 'fullWidth', apply: (n) => (isJson(n.text) ? null : utf8(toFullWidth(n.text, n.html), n.html)) },
  { name: 'oddSpaces', apply: (n) => (isJson(n.text) ? null : utf8(oddSpaces(n.text, n.html), n.html)) },
  { name: 'extraSpaces', apply: (n) => (isJson(n.text) || (!n.html && hasSpaceColumns(n.text)) ? null : utf8(extraSpaces(n.text, n.html), n.html)) },
  // HTML collapses runs of spaces and tabs: a text whose columns they align loses them
  { name: 'txtAsHtml', apply: (n) => (n.html || isJson(n.text) || hasSpaceColumns(n.text) || /\t/.test(n.text) ? null : utf8(wrapHtml(n.text), true)) },
  { name: 'htmlAsTxt', apply: (n) => (n.html && textKeepsNotice(n.text) ? utf8(htmlToText(n.text), false) : null) },
  // GBK bytes, undeclared: GB18030 is GBK's superset, byte for byte the same on every character
  // GBK holds, and four bytes for the few it does not (a no-break space, a bullet, an emoji)
  { name: 'gbk', apply: (n) => ({ bytes: iconv.encode(n.text, 'gb18030'), html: n.html }) },
];
