import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { searchNotices } from '../../db/queries/search.js';
import { parseSearchFilters } from '../../db/queries/search-filters.js';
import { bigrams, refreshNotice } from '../../db/queries/maintain.js';
import { seedDb, type Seeded } from '../helpers/seed.js';

describe('search query layer', () => {
  let s: Seeded;
  beforeAll(() => {
    s = seedDb();
  });
  afterAll(() => s.close());

  const ids = (q: Record<string, string | undefined>, dense?: number) => searchNotices(s.db, parseSearchFilters(q), { dense }).items.map((i) => i.id);

  it('answers dense terms by probing per row with the same results as the rowid list', () => {
    for (const q of [{ q: '短视频' }, { q: '抖音' }, { q: '运营 杭州' }, { q: '短视频', region: '330000' }, { q: '公告', sort: 'date_asc' }, { q: '短视频', sort: 'amount_desc' }, { q: '抖音', region: '330000' }]) {
      expect(ids(q, 0), JSON.stringify(q)).toEqual(ids(q, 1_000_000));
    }
  });

  it('finds one-character terms through bigram prefixes and ignores case for Latin letters', () => {
    expect(ids({ q: '抖' })).toEqual(expect.arrayContaining([s.ids.whAward, s.ids.xhOutlier]));
    expect(bigrams('B站 抖音')).toBe('b站 站 抖音 音');
  });

  it('treats quotes and FTS syntax in the query as literal text', () => {
    expect(() => ids({ q: '"短视频" OR NOT *' })).not.toThrow();
    expect(() => ids({ q: 'AND' })).not.toThrow();
    expect(ids({ q: '"><script>' })).toEqual([s.ids.hostile]);
  });

  it('counts the total of a single text term from the index', () => {
    const r = searchNotices(s.db, parseSearchFilters({ q: '西湖区司法局' }));
    expect(r.total).toBe(4);
    expect(r.totalExact).toBe(true);
  });
});

describe('derived tables follow deletes', () => {
  it('deleting a correction reinstates the award it superseded', () => {
    const s = seedDb();
    try {
      const c = s.db.$client;
      const counted = () => (c.prepare('SELECT notice_id AS n, amount_yuan AS a FROM spend_facts WHERE counted = 1 AND project_key LIKE ?').all('%XHSF-2024-001') as { n: number; a: number }[]);
      expect(counted()).toEqual([{ n: s.ids.xhCorrection, a: 248000 }]);
      c.prepare('DELETE FROM notices WHERE id = ?').run(s.ids.xhCorrection);
      refreshNotice(s.db, s.ids.xhCorrection, null, '');
      expect(counted()).toEqual([{ n: s.ids.xhAward, a: 250000 }]);
    } finally {
      s.close();
    }
  });
});
