import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDb, type Db } from '../../db/index.js';
import { searchNotices } from '../../db/queries/search.js';
import { parseSearchFilters } from '../../db/queries/search-filters.js';
import { generateDb } from '../../bench/generate-db.js';

// The benchmark database is written by its own fast path (bulk inserts, one index rebuild): it
// must end up with the indexes the app's own writes produce, or the benchmark times something else.
describe('the benchmark data generator', () => {
  let dir: string;
  let db: Db;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'pw-gen-'));
    generateDb({ path: join(dir, 'bench.db'), n: 3000, log: () => {} });
    db = openDb(join(dir, 'bench.db'));
  });
  afterAll(() => {
    db.$client.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('labels every notice as sample data and leaves the trigram index equal to its content', () => {
    const c = db.$client;
    expect(c.prepare('SELECT count(*) FROM notices').pluck().get()).toBe(3000);
    expect(c.prepare('SELECT count(*) FROM notices WHERE is_sample = 0').pluck().get()).toBe(0);
    expect(() => c.prepare(`INSERT INTO notices_fts(notices_fts, rank) VALUES ('integrity-check', 1)`).run()).not.toThrow();
  });

  it('builds both search indexes with the facet and place words the filters read', () => {
    const filters: Record<string, string>[] = [{}, { kind: 'award' }, { method: '公开招标' }, { service: 'video_production' }, { from: '2024-01-01', to: '2024-06-30' }, { min: '1000000' }, { region: '130000', kind: 'award' }];
    let nonEmpty = 0;
    for (const q of ['短视频拍摄', '抖音', '运营服务 抖音']) {
      for (const f of filters) {
        const label = JSON.stringify({ q, ...f });
        // dense: 0: the filters join the match whatever the term's frequency in 3,000 notices.
        const a = searchNotices(db, parseSearchFilters({ q, ...f, per: '50' }), { dense: 0 });
        const b = searchNotices(db, parseSearchFilters({ q, ...f, per: '50' }), { facets: false });
        expect(a.total, label).toBe(b.total);
        expect(a.items.map((i) => i.id), label).toEqual(b.items.map((i) => i.id));
        if (a.total > 0) nonEmpty++;
      }
    }
    expect(nonEmpty).toBeGreaterThan(15);
  });
});
