/**
 * A page whose notice is not in its visible markup but inside an element the text reader skips:
 * a hidden `<textarea>` a script copies into the page, a `<noscript>` fallback under a
 * JavaScript shell, a client-side template (`<script type="text/html">`), or an iframe's `srcdoc` attribute (an escaped HTML document). The largest
 * such container is the notice; the caller takes it only when the visible page says next to
 * nothing. Pure, linear (one indexOf scan per container kind, a bounded number of containers).
 * @module
 */
import { decodeEntities } from './html-text.js';

const MAX_CONTAINERS = 20;

/** Inner texts of every `<tag …>…</tag>` of one kind (bounded). */
function elementBodies(html: string, lower: string, tag: string, openTag: RegExp = /^/): string[] {
  const out: string[] = [];
  let pos = 0;
  for (let k = 0; k < MAX_CONTAINERS; k++) {
    const open = lower.indexOf(`<${tag}`, pos);
    if (open < 0) break;
    const gt = lower.indexOf('>', open);
    if (gt < 0) break;
    const close = lower.indexOf(`</${tag}`, gt);
    const end = close < 0 ? html.length : close;
    if (openTag.test(lower.slice(open, gt + 1))) out.push(html.slice(gt + 1, end));
    pos = end + 1;
  }
  return out;
}

/** Values of every `srcdoc="…"` (or '…') attribute (bounded). */
function srcdocValues(html: string, lower: string): string[] {
  const out: string[] = [];
  let pos = 0;
  for (let k = 0; k < MAX_CONTAINERS; k++) {
    const at = lower.indexOf('srcdoc', pos);
    if (at < 0) break;
    const m = /^srcdoc\s*=\s*(["'])/.exec(html.slice(at, at + 20));
    if (!m) {
      pos = at + 6;
      continue;
    }
    const from = at + m[0].length;
    const end = html.indexOf(m[1], from);
    out.push(decodeEntities(html.slice(from, end < 0 ? html.length : end)));
    pos = end < 0 ? html.length : end + 1;
  }
  return out;
}

/** Han characters in `s`, counted up to `cap`. */
function hanCount(s: string, cap: number): number {
  let n = 0;
  for (let i = 0; i < s.length && n < cap; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0x4e00 && c <= 0x9fff) n++;
  }
  return n;
}

/**
 * The HTML of the notice held in a textarea, a noscript or an iframe srcdoc, or null when no
 * container holds a notice's worth of Chinese text (80 Han characters).
 */
export function noticeFromContainers(html: string): string | null {
  const lower = html.toLowerCase();
  if (!/<textarea|<noscript|srcdoc|text\/(?:html|template|x-template)/.test(lower)) return null;
  const bodies = [
    // a textarea's text is escaped markup as often as raw markup: decoded once either way
    ...elementBodies(html, lower, 'textarea').map((b) => (b.includes('&lt;') ? decodeEntities(b) : b)),
    ...elementBodies(html, lower, 'noscript'),
    // a client-side template: markup in a script the browser never runs
    ...elementBodies(html, lower, 'script', /type\s*=\s*["']?text\/(?:html|template|x-template)/),
    ...srcdocValues(html, lower),
  ];
  let best: string | null = null;
  let bestHan = 79;
  for (const b of bodies) {
    const n = hanCount(b, 100_000);
    if (n > bestHan) {
      best = b;
      bestHan = n;
    }
  }
  return best;
}
