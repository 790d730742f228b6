/**
 * What an input is before it is read: a text that is really HTML markup (a page saved as .txt),
 * and how much a page shows (an app shell shows next to nothing, its notice held in a script).
 * @module
 */

/** Non-space characters of `s`, counted up to `cap` (an app shell has next to none). */
export function visibleChars(s: string, cap: number): number {
  let n = 0;
  for (let i = 0; i < s.length && n < cap; i++) {
    const c = s.charCodeAt(i);
    if (c > 32 && c !== 0x3000 && c !== 0xa0) n++;
  }
  return n;
}

/** Whether a text is HTML markup: three or more block tags (<p>, <div>, <tr>, <td>, <br>, <h2>…) in its head. */
export function isMarkup(text: string): boolean {
  const m = text.slice(0, 200_000).match(/<(?:p|div|table|tr|td|th|br|li|h[1-6])(?:\s[^<>]{0,300})?\/?>/gi);
  return (m?.length ?? 0) >= 3;
}

/**
 * The markup of a text that holds a page inside a wrapper written around it (a test cassette's
 * YAML, a log line's prefix): the wrapper before the first tag and after the last one is dropped
 * when it holds no Chinese (the notice's own words are never outside its markup then), and the
 * string's escaped quotes and line breaks (\" and \n) are read as what they stand for.
 */
export function markupOnly(text: string): string {
  const first = text.search(/<[A-Za-z!?]/);
  const last = text.lastIndexOf('>');
  if (first < 0 || last < first) return text;
  const before = text.slice(0, first);
  const after = text.slice(last + 1);
  const cjk = /[\u4e00-\u9fff]/;
  const html = (cjk.test(before) ? before : '') + text.slice(first, last + 1) + (cjk.test(after) ? after : '');
  // an escaped string's markup: class=\"x\" and \n throughout
  if (!/=\\"/.test(html.slice(0, 5000))) return html;
  return html.replace(/\\"/g, '"').replace(/\\n/g, '\n').replace(/\\t/g, '\t');
}
