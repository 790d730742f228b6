/**
 * A ccgp-shaped portal whose 中标公告 list grows between runs, newest first, 20 per page, as the
 * real channel lists do: publishing notices pushes older ones onto later pages. The detail
 * pages are copies of the replay's video award fixtures whose titles the classifier passes,
 * under their own URLs; the other nightly channels are empty lists.
 * @module
 */
import { classifyTitle } from '../../scrapers/extract/index.js';
import { ccgpDetailHtml, ccgpFixtureIndex } from '../../scrapers/replay/ccgp.js';
import { esc } from '../../scrapers/replay/fixture-ccgp-spec.js';
import type { ReplayHandler } from '../../scrapers/replay/types.js';

const PAGE = 20;
const BASE_ID = 8_000_000;
/** Path of notice `i` (0 = the first published). */
const path = (i: number) => `/cggg/dfgg/zbgg/202601/t20260101_${BASE_ID + i}.htm`;
const html = (body: string) => ({ status: 200, headers: { 'content-type': 'text/html; charset=utf-8' }, body });

export interface GrowingPortal {
  handler: ReplayHandler;
  /** publish `n` more notices at the top of the list */
  publish(n: number): void;
  /** notices published so far */
  readonly count: number;
  /** path of notice `i` (0 = the first published, the oldest) */
  path(i: number): string;
}

/** A growing portal that starts with `initial` notices. */
export function growingPortal(initial: number): GrowingPortal {
  const awards = ccgpFixtureIndex().filter((e) => {
    const c = classifyTitle(e.title);
    return e.videoOps && e.kind === 'award' && (c.isVideoOps || c.score > 0) && ccgpDetailHtml(e.path);
  });
  if (!awards.length) throw new Error('no video award fixtures in tests/fixtures/ccgp');
  let count = initial;
  const handler: ReplayHandler = (req) => {
    const list = /^\/cggg\/dfgg\/zbgg\/index(?:_(\d+))?\.htm$/.exec(req.path);
    if (list) {
      const p = list[1] ? Number(list[1]) : 0;
      const pages = Math.max(1, Math.ceil(count / PAGE));
      if (p >= pages) return null;
      const items: string[] = [];
      // Newest first: position k on the list is notice count-1-k.
      for (let k = p * PAGE; k < Math.min(count, (p + 1) * PAGE); k++) {
        const i = count - 1 - k;
        const src = awards[i % awards.length];
        items.push(`<li><a href=".${path(i).slice('/cggg/dfgg/zbgg'.length)}" title="${esc(src.title)}">${esc(src.title)}</a><em>2026-01-01 09:00</em><em>${esc(src.zone)}</em><em>${esc(src.buyer ?? '')}</em></li>`);
      }
      return html(`<html><head><meta charset="utf-8"><meta name="procwatch-sample" content="test"></head><body><ul class="c_list_bid">${items.join('')}</ul><script>createPageHTML(${pages}, ${p}, "index", "htm");</script></body></html>`);
    }
    if (/^\/cggg\/(zygg|dfgg)\/\w+\/index\.htm$/.test(req.path)) return html('<html><head><meta charset="utf-8"></head><body><ul class="c_list_bid"></ul><script>createPageHTML(1, 0, "index", "htm");</script></body></html>');
    const m = /t20260101_(\d+)\.htm$/.exec(req.path);
    if (m) {
      const i = Number(m[1]) - BASE_ID;
      if (i < 0 || i >= count) return null;
      return html(ccgpDetailHtml(awards[i % awards.length].path)!);
    }
    return null;
  };
  return {
    handler,
    publish(n) {
      count += n;
    },
    get count() {
      return count;
    },
    path,
  };
}
