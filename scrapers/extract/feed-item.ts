/**
 * A notice kept as an item of an RSS or Atom feed (a feed file saved as a test fixture, a mirror's
 * export): the notice is the item's description (HTML, often inside CDATA), its title and date the
 * item's <title> and <pubDate> (or Atom's <published> / <updated>). Read as a page, the channel's
 * own title becomes the notice's and the item's date goes unread (a feed that cuts the notice
 * short keeps no date of its own in the text). Pure, bounded, one indexOf scan.
 * @module
 */
import type { ExtractInput } from './types.js';

const MONTHS: Record<string, number> = { jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, oct: 10, nov: 11, dec: 12 };

/** An element's text in `xml` (CDATA unwrapped), or null. */
function element(xml: string, tags: string[]): string | null {
  for (const tag of tags) {
    const m = new RegExp(`<${tag}(?:\\s[^>]{0,300})?>([\\s\\S]*?)</${tag}>`, 'i').exec(xml);
    if (m) return m[1].replace(/^\s*<!\[CDATA\[([\s\S]*?)(?:\]\]>\s*)?$/, '$1').trim();
  }
  return null;
}

/** An RSS date ("Thu, 05 Mar 2026 09:30:00 +0800", the day as written in its own zone) or an ISO one, as YYYY-MM-DD. */
function feedDate(s: string | null): string | null {
  if (!s) return null;
  const rfc = /(\d{1,2})\s+([A-Za-z]{3})[a-z]*\s+(\d{4})/.exec(s);
  if (rfc && MONTHS[rfc[2].toLowerCase()]) return `${rfc[3]}-${String(MONTHS[rfc[2].toLowerCase()]).padStart(2, '0')}-${rfc[1].padStart(2, '0')}`;
  const iso = /^\s*((?:19|20)\d{2}-\d{2}-\d{2})/.exec(s);
  return iso ? iso[1] : null;
}

/** The notice of a feed's first item with a description of some length, or null when `raw` is no feed. */
export function noticeFromFeed(raw: string): ExtractInput | null {
  const head = raw.slice(0, 2000);
  if (!/<rss[\s>]|<feed[\s>]|<rdf:RDF/i.test(head)) return null;
  const lower = raw.slice(0, 2_000_000);
  const open = lower.search(/<(?:item|entry)[\s>]/i);
  if (open < 0) return null;
  const close = lower.slice(open).search(/<\/(?:item|entry)>/i);
  const item = lower.slice(open, close < 0 ? lower.length : open + close);
  const body = element(item, ['content:encoded', 'description', 'content', 'summary']);
  if (!body || body.replace(/<[^>]{0,300}>|\s/g, '').length < 40) return null;
  const hints: NonNullable<ExtractInput['hints']> = {};
  const title = element(item, ['title']);
  if (title) hints.title = title.replace(/<[^>]{0,300}>/g, '').trim().slice(0, 300);
  const date = feedDate(element(item, ['pubDate', 'published', 'dc:date', 'updated']));
  if (date) hints.publishedAt = date;
  const isHtml = /<(?:p|div|table|tr|td|span|br|h\d)\b/i.test(body.slice(0, 5000));
  return isHtml ? { html: body, hints } : { text: body, hints };
}
