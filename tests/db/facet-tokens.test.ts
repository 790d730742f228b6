import { describe, it, expect } from 'vitest';
import { facetClauses, facetWords, FACET_KINDS, FACET_METHODS, FACET_SERVICES, type FacetRow } from '../../db/queries/facet-tokens.js';
import { searchNotices } from '../../db/queries/search.js';
import { parseSearchFilters } from '../../db/queries/search-filters.js';
import { sharedSeedDb } from '../helpers/seed.js';

const noFilter = { kind: null, service: null, videoOnly: false, method: null, from: null, to: null, min: null, max: null };

describe('facet words of the trigram index', () => {
  const s = sharedSeedDb();

  const row = (id: number) =>
    s.db.$client
      .prepare(
        `SELECT kind, service_type AS serviceType, is_video_ops AS isVideoOps, procurement_method AS procurementMethod, published_at AS publishedAt, awarded_yuan AS awardedYuan FROM notices WHERE id = ?`,
      )
      .get(id) as FacetRow;
  const sqlFacets = (id: number) => (s.db.$client.prepare('SELECT facets FROM notices_fts_src WHERE id = ?').pluck().get(id) as string);

  it('are computed in SQL (migration 0016) exactly as facetWords computes them, for every value the lists know and some they do not', () => {
    const c = s.db.$client;
    const ids = c.prepare('SELECT id FROM notices ORDER BY id').pluck().all() as number[];
    for (const id of ids) expect(sqlFacets(id), `notice ${id}`).toBe(facetWords(row(id)));
    const id = ids[0];
    const before = c.prepare('SELECT kind, service_type, procurement_method, published_at, awarded_yuan, is_video_ops FROM notices WHERE id = ?').get(id) as Record<string, unknown>;
    const set = (col: string, v: unknown) => {
      c.prepare(`UPDATE notices SET ${col} = ? WHERE id = ?`).run(v, id);
      expect(sqlFacets(id), `${col} = ${String(v)}`).toBe(facetWords(row(id)));
    };
    try {
      for (const k of [...FACET_KINDS, 'something_new']) set('kind', k);
      for (const v of [...FACET_SERVICES, null, 'unknown_service']) set('service_type', v);
      for (const v of [...FACET_METHODS, null, '其他采购方式']) set('procurement_method', v);
      for (const v of [0, 1]) set('is_video_ops', v);
      for (const v of ['2024-03-31', '2000-01-01', '2099-12-31', '1999-12-31', '2024-13-01', '2024-00-10', '2024年3月1日', '2024-07-05 10:30']) set('published_at', v);
      for (const v of [null, 0, 999.99, 1000, 1999.99, 2000, 123456.78, 1e6, 99_999_999.99, 1e8, 3e8]) set('awarded_yuan', v);
    } finally {
      const b = before;
      c.prepare('UPDATE notices SET kind = ?, service_type = ?, procurement_method = ?, published_at = ?, awarded_yuan = ?, is_video_ops = ? WHERE id = ?').run(
        b.kind, b.service_type, b.procurement_method, b.published_at, b.awarded_yuan, b.is_video_ops, id,
      );
    }
    // The triggers kept the index equal to its content through every update.
    expect(() => c.prepare(`INSERT INTO notices_fts(notices_fts, rank) VALUES ('integrity-check', 1)`).run()).not.toThrow();
  });

  it('turn filters into clauses, exact only where the words decide the filter alone', () => {
    expect(facetClauses(noFilter)).toEqual({});
    const year = facetClauses({ ...noFilter, from: '2024-01-01', to: '2024-12-31' }).dates!;
    expect(year.exact).toBe(true);
    expect(year.words).toHaveLength(1); // the year
    const quarter = facetClauses({ ...noFilter, from: '2024-01-01', to: '2024-03-31' }).dates!;
    expect(quarter.exact).toBe(true);
    expect(quarter.words).toHaveLength(3); // three months
    const odd = facetClauses({ ...noFilter, from: '2023-11-15', to: '2025-02-10' }).dates!;
    expect(odd.exact).toBe(false);
    expect(odd.words).toHaveLength(5); // 2023-11, 2023-12, 2024, 2025-01, 2025-02
    // One-sided or very long ranges stay row checks.
    expect(facetClauses({ ...noFilter, from: '2024-01-01' }).dates).toBeUndefined();
    expect(facetClauses({ ...noFilter, from: '2001-02-01', to: '2024-11-30' }).dates).toBeUndefined();
    expect(facetClauses({ ...noFilter, min: 1e6 }).min!.exact).toBe(true);
    expect(facetClauses({ ...noFilter, min: 1_234_567 }).min!.exact).toBe(false);
    expect(facetClauses({ ...noFilter, min: 500 }).min).toBeUndefined();
    expect(facetClauses({ ...noFilter, max: 1e6 }).max!.exact).toBe(false);
    expect(facetClauses({ ...noFilter, kind: 'award', method: '公开招标', service: 'promo_film', videoOnly: true })).toMatchObject({
      kind: { exact: true },
      method: { exact: true },
      service: { exact: true },
      video: { exact: true },
    });
    expect(facetClauses({ ...noFilter, method: '其他采购方式' }).method).toBeUndefined();
  });

  it('give a text query with filters the same pages and totals as row checks alone, in every sort', () => {
    const combos: Record<string, string>[] = [
      { kind: 'award' },
      { kind: 'award', service: 'account_operation' },
      { method: '公开招标' },
      { method: '竞争性磋商', video: '1' },
      { service: 'video_production' },
      { from: '2024-01-01', to: '2024-06-30' },
      { from: '2024-02-15', to: '2024-08-10' },
      { from: '2023-01-01', to: '2023-12-31', kind: 'award' },
      { min: '100000' },
      { min: '123456' },
      { max: '300000' },
      { min: '100000', max: '1000000', kind: 'award' },
      { region: '330000', kind: 'award' },
      { counted: '1', kind: 'award' },
      { video: '1', min: '200000' },
    ];
    for (const q of ['短视频', '运营服务', '中标公告', '短视频 抖音', '运营 服务 项目', '抖音', '视', '抖音 快手']) {
      for (const combo of combos) {
        for (const sort of ['date_desc', 'date_asc', 'amount_desc', 'relevance']) {
          const params = { q, ...combo, sort, per: '3' };
          for (const page of ['1', '2', '4']) {
            for (const dense of [0, 1_000_000]) {
              const label = JSON.stringify({ ...params, page, dense });
              const withFacets = searchNotices(s.db, parseSearchFilters({ ...params, page }), { dense });
              const rowChecks = searchNotices(s.db, parseSearchFilters({ ...params, page }), { dense, facets: false });
              expect(withFacets.total, label).toBe(rowChecks.total);
              expect(withFacets.items.map((i) => i.id), label).toEqual(rowChecks.items.map((i) => i.id));
            }
          }
        }
      }
    }
    // Not vacuous: the filters do select.
    expect(searchNotices(s.db, parseSearchFilters({ q: '短视频', kind: 'award', min: '100000' })).total).toBeGreaterThan(0);
    expect(searchNotices(s.db, parseSearchFilters({ q: '短视频', kind: 'award', min: '100000' })).total).toBeLessThan(searchNotices(s.db, parseSearchFilters({ q: '短视频' })).total);
  });

  it('follow a notice whose kind, amount or date changes', () => {
    const c = s.db.$client;
    const n = c.prepare(`SELECT id, kind, awarded_yuan AS a, published_at AS d FROM notices WHERE kind = 'award' AND awarded_yuan >= 100000 AND title LIKE '%短视频%' LIMIT 1`).get() as { id: number; kind: string; a: number; d: string };
    // dense: 0: the filters join the match (in a database this small every term is rare).
    const found = (extra: Record<string, string>) => searchNotices(s.db, parseSearchFilters({ q: '短视频', per: '200', ...extra }), { dense: 0 }).items.some((i) => i.id === n.id);
    const year = n.d.slice(0, 4);
    expect(found({ kind: 'award', min: '100000', from: `${year}-01-01`, to: `${year}-12-31` })).toBe(true);
    c.prepare(`UPDATE notices SET kind = 'tender', awarded_yuan = 5000, published_at = '2019-06-01' WHERE id = ?`).run(n.id);
    try {
      expect(found({ kind: 'award' })).toBe(false);
      expect(found({ kind: 'tender' })).toBe(true);
      expect(found({ min: '100000' })).toBe(false);
      expect(found({ min: '5000' })).toBe(true);
      expect(found({ from: `${year}-01-01`, to: `${year}-12-31` })).toBe(false);
      expect(found({ from: '2019-06-01', to: '2019-06-30' })).toBe(true);
    } finally {
      c.prepare('UPDATE notices SET kind = ?, awarded_yuan = ?, published_at = ? WHERE id = ?').run(n.kind, n.a, n.d, n.id);
    }
    expect(found({ kind: 'award', min: '100000' })).toBe(true);
  });
});
