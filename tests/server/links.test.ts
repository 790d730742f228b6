/**
 * Every link the dashboard prints leads somewhere: a crawl from the main pages over real HTTP on
 * a seeded database follows each internal link (pages, JSON twins, downloads, archived pages)
 * and expects 200 from all of them. A figure linked to a search the search refuses (a 400), a
 * drill-down to a region that has no page, or a party link to a 404 fails here.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { linksOf } from '../../bench/links.js';
import { seededServer } from '../helpers/served.js';

/** The crawl's bound: the seeded database has a few hundred distinct links. */
const MAX_PAGES = 1500;

describe('links', () => {
  let server: Awaited<ReturnType<typeof seededServer>>;
  beforeAll(async () => {
    server = await seededServer();
  });
  afterAll(() => server.close());

  it('every internal link on every page reachable from the main pages answers 200', async () => {
    const { ids } = server;
    // Two searches are followed from the start (their downloads, and the notices they list).
    const start = ['/', '/regions', '/compare', `/contracts/${ids.xhAward}`, '/search', `/search?q=${encodeURIComponent('短视频')}&counted=1`];
    const queue = [...start];
    const seen = new Set(queue);
    const failures: string[] = [];
    const from = new Map<string, string>();
    let fetched = 0;
    while (queue.length && fetched < MAX_PAGES) {
      const path = queue.shift()!;
      fetched++;
      const res = await fetch(server.url + path);
      const type = res.headers.get('content-type') ?? '';
      const body = await res.text();
      if (res.status !== 200) {
        failures.push(`${path} → ${res.status} (linked from ${from.get(path) ?? 'the start'})`);
        continue;
      }
      // Follow the dashboard's own HTML pages only: archived pages are the portals' bytes. A
      // search page is checked but not followed: its sorts, pages and filter links make new
      // searches without end, and what it lists is linked from the other pages too.
      if (!type.startsWith('text/html') || path.startsWith('/raw/') || (/^\/search\b/.test(path) && !start.includes(path))) continue;
      for (const link of linksOf(body)) {
        if (seen.has(link)) continue;
        seen.add(link);
        from.set(link, path);
        queue.push(link);
      }
    }
    expect(fetched, 'links checked').toBeGreaterThan(200);
    expect(failures).toEqual([]);
    expect(queue, 'the crawl ended within its bound').toEqual([]);
    // It reached every kind of page.
    for (const kind of ['/regions/', '/vendors/', '/buyers/', '/contracts/', '/raw/', '/search?', '/search.csv', '/api/', '/compare?']) {
      expect([...seen].some((p) => p.startsWith(kind)), kind).toBe(true);
    }
  }, 120_000);
});
