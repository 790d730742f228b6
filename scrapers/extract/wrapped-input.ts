/**
 * The first look at an input, before it is read as a notice: what it is wrapped in. A portal API's
 * JSON, an RSS item, a record printed in a language's own syntax (code-record.ts), a text that writes
 * its Chinese as \uXXXX escapes, a doc's field/value table, HTML markup saved as text: each stands
 * for a notice that is read in its place, with the wrapper's fields as hints.
 * @module
 */
import { noticeFromCodeRecord } from './code-record.js';
import { decodeUnicodeEscapes } from './escaped-lines.js';
import { noticeFromFeed } from './feed-item.js';
import { isMarkup, markupOnly } from './input-shape.js';
import { looksLikeJson, noticeFromEmbeddedJson, noticeFromJson, withoutLeadComments } from './json-notice.js';
import type { ExtractInput } from './types.js';
import { fieldTableText } from './wrapper-header.js';

/**
 * `input` as its wrapper leaves it: `inner`, the notice a record or feed holds (its hints from the
 * record's fields), or `html`, markup saved as text, or else `input` itself with its text decoded.
 */
export function openWrapper(input: ExtractInput, maxChars: number): { input: ExtractInput; inner: ExtractInput | null; html: string | null } {
  // a text that writes its Chinese as \uXXXX escapes (a cassette's body, an ensure_ascii dump) is read as the characters
  // (and a doc's Markdown field/value table as the record it documents, before its <br> make it read as markup)
  if (typeof input?.html !== 'string' && typeof input?.text === 'string') input = { ...input, text: fieldTableText(decodeUnicodeEscapes(input.text)) };
  // (a JSON record saved under a comment line or two reads as the record)
  const raw = typeof input?.html === 'string' ? input.html : typeof input?.text === 'string' ? withoutLeadComments(input.text) : null;
  if (!raw) return { input, inner: null, html: null };
  // a portal API's response saved as is: the notice is its content string (or a one-line JSON
  // record inside prose, an API doc's sample output: the record's), or an RSS or Atom feed's item
  // (its description, with its title and date), or a record printed in a language's own syntax (a
  // Python dict, a PHP array, a cut JSON line)
  const isText = typeof input?.html !== 'string';
  const inner = (looksLikeJson(raw) ? noticeFromJson(raw.length > maxChars ? raw.slice(0, maxChars) : raw) : noticeFromFeed(raw))
    ?? (isText ? noticeFromEmbeddedJson(raw) ?? noticeFromCodeRecord(raw) : null);
  // HTML markup saved as text (a textarea's or an API's content written to a .txt): read as the page
  const html = !inner && isText && typeof input?.text === 'string' && isMarkup(input.text) ? markupOnly(input.text) : null;
  return { input, inner, html };
}
