/**
 * A download of the whole filtered set holds every row even when it is far larger than a page:
 * at 1M notices `/search.csv` collected its ids with push(...rows) and failed (call stack) before
 * the first byte. 150,000 bare notices are enough to cross that limit.
 */
import { describe, expect, it } from 'vitest';
import { saveRawPage } from '../../db/store.js';
import { searchCount, searchIdBatches, searchIds } from '../../db/queries/search.js';
import { parseSearchFilters } from '../../db/queries/search-filters.js';
import { ensureCcgp } from '../helpers/notice.js';
import { withServer } from '../helpers/served.js';
import { sharedTempDb } from '../helpers/temp-db.js';

const N = 150_000;

describe('downloads of a large filtered set', () => {
  const t = sharedTempDb('pw-large-', (db) => {
    ensureCcgp(db);
    const page = saveRawPage(db, { sourceId: 'ccgp', url: 'http://www.ccgp.gov.cn/x.htm', pageKind: 'detail', httpStatus: 200, body: Buffer.from('x') });
    // Bare notices straight into the real schema (its triggers run): saveNotice one by one would take minutes.
    db.$client.exec(`WITH RECURSIVE i(k) AS (SELECT 1 UNION ALL SELECT k + 1 FROM i WHERE k < ${N})
      INSERT INTO notices (source_id, source_url, raw_page_id, kind, title, published_at, text, parser_version, extracted_at)
      SELECT 'ccgp', 'http://www.ccgp.gov.cn/n' || k || '.htm', ${page.id}, CASE WHEN k % 2 THEN 'award' ELSE 'tender' END,
        '公告 ' || k, date('2020-01-01', '+' || (k % 2000) || ' days'), 'x', 't', '2026-01-01' FROM i`);
  }, 120_000);

  it('collects every id of the set, in date order', () => {
    const ids = searchIds(t.db, parseSearchFilters({}));
    expect(ids.length).toBe(N);
    const award = searchIds(t.db, parseSearchFilters({ kind: 'award' }));
    expect(award.length).toBe(N / 2);
  });

  it('streams the whole set as CSV over HTTP, one line per notice', async () => {
    await withServer(t.path, async (server) => {
      const res = await fetch(`${server.url}/search.csv?kind=tender`);
      expect(res.status).toBe(200);
      expect(res.headers.get('x-total-count')).toBe(String(N / 2));
      const text = await res.text();
      // The header line, then one line per notice (titles here hold no line breaks).
      expect(text.trimEnd().split('\n').length).toBe(N / 2 + 1);
    });
  }, 120_000);

  it('hands out ids in batches off one cursor, the same ids as the whole list', () => {
    const f = parseSearchFilters({ kind: 'award', sort: 'date_asc' });
    const batches = [...searchIdBatches(t.db, f, 10_000)];
    expect(batches.slice(0, -1).every((b) => b.length === 10_000)).toBe(true);
    expect(batches.flat()).toEqual(searchIds(t.db, f));
    expect(searchCount(t.db, f)).toBe(N / 2);
    // A consumer that stops early closes the cursor: the connection takes writes again.
    const cursor = searchIdBatches(t.db, f, 100);
    expect(cursor.next().value).toHaveLength(100);
    cursor.return();
    expect(() => t.db.$client.prepare(`UPDATE notices SET text = 'x' WHERE id = 1`).run()).not.toThrow();
  });

  it('streams one snapshot: rows deleted mid-download still arrive, as many as X-Total-Count', async () => {
    await withServer(t.path, async (server) => {
      const res = await fetch(`${server.url}/search.csv?kind=award&sort=date_asc`);
      expect(res.headers.get('x-total-count')).toBe(String(N / 2));
      const reader = res.body!.getReader();
      const dec = new TextDecoder();
      let text = dec.decode((await reader.read()).value, { stream: true });
      // Another writer deletes the newest awards while the download is under way.
      const gone = t.db.$client.prepare(`SELECT id FROM notices WHERE kind = 'award' ORDER BY published_at DESC, id DESC LIMIT 50`).pluck().all() as number[];
      t.db.$client.prepare(`DELETE FROM notices WHERE id IN (${gone.map(() => '?').join(',')})`).run(...gone);
      for (let i = 0; i < 100_000; i++) {
        const { done, value } = await reader.read();
        if (done) break;
        text += dec.decode(value, { stream: true });
      }
      const lines = text.trimEnd().split('\r\n');
      expect(lines.length).toBe(N / 2 + 1);
      expect(lines.some((l) => l.startsWith(`${gone[0]},`))).toBe(true);
      // A later download sees the deletion.
      const after = await fetch(`${server.url}/search.csv?kind=award`);
      expect(after.headers.get('x-total-count')).toBe(String(N / 2 - 50));
      await after.body!.cancel();
    });
  }, 120_000);

  it('a download cancelled part-way releases its snapshot; the server goes on answering', async () => {
    await withServer(t.path, async (server) => {
      for (let i = 0; i < 3; i++) {
        const ctl = new AbortController();
        const res = await fetch(`${server.url}/search.json`, { signal: ctl.signal });
        const reader = res.body!.getReader();
        expect((await reader.read()).done).toBe(false);
        ctl.abort();
      }
      const res = await fetch(`${server.url}/api/search?per=1`);
      expect(res.status).toBe(200);
      const small = await fetch(`${server.url}/search.json?kind=tender&per=1&sort=date_asc`);
      const rows = (await small.json()) as { id: number }[];
      expect(rows.length).toBe(N / 2);
    });
  }, 120_000);
});
