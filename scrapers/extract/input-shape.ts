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
