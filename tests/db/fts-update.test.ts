/**
 * Re-saving a notice (a reparse after a parser upgrade, a nightly scrape fetching a page again)
 * touches its trigram index entry only when a column the index reads changed value (migration
 * 0019): an unchanged notice writes nothing to the index, a changed one is found by its new
 * words and no longer by its old ones, and the index stays consistent with the notices either way.
 */
import { describe, expect, it } from 'vitest';
import { searchNotices } from '../../db/queries/search.js';
import { parseSearchFilters } from '../../db/queries/search-filters.js';
import { saveNotice } from '../../db/store.js';
import { buildNotice, seedSpec, sharedSeedDb } from '../helpers/seed.js';

describe('the trigram index on re-save', () => {
  const s = sharedSeedDb();

  const segments = () => s.db.$client.prepare('SELECT count(*) FROM notices_fts_data').pluck().get() as number;
  const integrity = () => s.db.$client.prepare("INSERT INTO notices_fts(notices_fts, rank) VALUES ('integrity-check', 1)").run();
  const found = (q: string) => searchNotices(s.db, parseSearchFilters({ q, per: '200' })).items.map((i) => i.id);
  const resave = (key: string, change: (input: ReturnType<typeof buildNotice>['input']) => void = () => {}) => {
    const id = s.ids[key];
    const row = s.db.$client.prepare('SELECT source_url AS url, raw_page_id AS raw FROM notices WHERE id = ?').get(id) as { url: string; raw: number };
    const { input } = buildNotice(seedSpec(key), true);
    change(input);
    expect(saveNotice(s.db, { sourceId: 'ccgp', sourceUrl: row.url, rawPageId: row.raw }, input)).toBe(id);
  };

  it('an unchanged notice writes nothing to the index, and one with a new parser version neither', () => {
    const before = segments();
    resave('xhAward');
    resave('scMulti', (n) => {
      n.parserVersion = 'seed-2';
    });
    expect(segments()).toBe(before);
    integrity();
    expect(found('司法局政务新媒体')).toContain(s.ids.xhAward);
  });

  it('a changed title, amount or kind is written: found by the new words, not by the old', () => {
    expect(found('上城区融媒体')).toContain(s.ids.scMulti);
    const before = segments();
    resave('scMulti', (n) => {
      n.title = '杭州市上城区文旅局短视频制作及直播服务项目中标公告';
      n.text = n.text.replaceAll('上城区融媒体中心', '上城区文旅局');
      n.kind = 'contract';
    });
    expect(segments()).toBeGreaterThan(before);
    integrity();
    expect(found('上城区文旅局')).toContain(s.ids.scMulti);
    expect(found('上城区融媒体中心短视频制作')).not.toContain(s.ids.scMulti);
    // The kind's facet word moved with it (a common term joins its filters' words).
    const inKind = (kind: string) => searchNotices(s.db, parseSearchFilters({ q: '上城区文旅局', kind, per: '200' }), { dense: 0 }).items.map((i) => i.id);
    expect(inKind('contract')).toContain(s.ids.scMulti);
    expect(inKind('award')).not.toContain(s.ids.scMulti);
  });
});
