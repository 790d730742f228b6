/**
 * A download of the whole filtered set holds every row even when it is far larger than a page:
 * at 1M notices `/search.csv` collected its ids with push(...rows) and failed (call stack) before
 * the first byte. 150,000 bare notices are enough to cross that limit.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureSource, saveRawPage } from '../../db/store.js';
import { searchIds } from '../../db/queries/search.js';
import { parseSearchFilters } from '../../db/queries/search-filters.js';
import { startServer } from '../../server/index.js';
import { tempDb, type TempDb } from '../helpers/temp-db.js';

const N = 150_000;

describe('downloads of a large filtered set', () => {
  let t: TempDb;
  beforeAll(() => {
    t = tempDb('pw-large-');
    ensureSource(t.db, { id: 'ccgp', name: 'ccgp', baseUrl: 'http://www.ccgp.gov.cn' });
    const page = saveRawPage(t.db, { sourceId: 'ccgp', url: 'http://www.ccgp.gov.cn/x.htm', pageKind: 'detail', httpStatus: 200, body: Buffer.from('x') });
    // Bare notices straight into the real schema (its triggers run): saveNotice one by one would take minutes.
    t.db.$client.exec(`WITH RECURSIVE i(k) AS (SELECT 1 UNION ALL SELECT k + 1 FROM i WHERE k < ${N})
      INSERT INTO notices (source_id, source_url, raw_page_id, kind, title, published_at, text, parser_version, extracted_at)
      SELECT 'ccgp', 'http://www.ccgp.gov.cn/n' || k || '.htm', ${page.id}, CASE WHEN k % 2 THEN 'award' ELSE 'tender' END,
        '公告 ' || k, date('2020-01-01', '+' || (k % 2000) || ' days'), 'x', 't', '2026-01-01' FROM i`);
  }, 120_000);
  afterAll(() => t.cleanup());

  it('collects every id of the set, in date order', () => {
    const ids = searchIds(t.db, parseSearchFilters({}));
    expect(ids.length).toBe(N);
    const award = searchIds(t.db, parseSearchFilters({ kind: 'award' }));
    expect(award.length).toBe(N / 2);
  });

  it('streams the whole set as CSV over HTTP, one line per notice', async () => {
    const server = await startServer({ dbPath: t.path, port: 0 });
    try {
      const res = await fetch(`${server.url}/search.csv?kind=tender`);
      expect(res.status).toBe(200);
      expect(res.headers.get('x-total-count')).toBe(String(N / 2));
      const text = await res.text();
      // The header line, then one line per notice (titles here hold no line breaks).
      expect(text.trimEnd().split('\n').length).toBe(N / 2 + 1);
    } finally {
      await server.close();
    }
  }, 120_000);
});
