import { describe, it, expect } from 'vitest';
import { searchNotices } from '../../db/queries/search.js';
import { parseSearchFilters } from '../../db/queries/search-filters.js';
import { bigrams, refreshNotice } from '../../db/queries/maintain.js';
import { seedDb, sharedSeedDb } from '../helpers/seed.js';

describe('search query layer', () => {
  const s = sharedSeedDb();

  const ids = (q: Record<string, string | undefined>, dense?: number) => searchNotices(s.db, parseSearchFilters(q), { dense }).items.map((i) => i.id);

  it('answers dense terms by probing per row with the same results as the rowid list', () => {
    for (const q of [{ q: '短视频' }, { q: '抖音' }, { q: '运营 杭州' }, { q: '短视频', region: '330000' }, { q: '公告', sort: 'date_asc' }, { q: '短视频', sort: 'amount_desc' }, { q: '抖音', region: '330000' }]) {
      expect(ids(q, 0), JSON.stringify(q)).toEqual(ids(q, 1_000_000));
    }
  });

  it('counts a dense term within a region or with broad filters exactly as the plain query does, on every page', () => {
    for (const q of [{ q: '短视频', region: '330000' }, { q: '运营', region: '330100' }, { q: '抖音', region: '330000' }, { q: '公告', region: '330106', sort: 'date_asc' }, { q: '短视频', kind: 'award' }, { q: '抖音', counted: '1' }, { q: '短视频', video: '1', vendor: '传媒' }, { q: '运营', service: 'account_operation', kind: 'award' }, { q: '短视频 运营' }, { q: '抖音 快手' }, { q: '运营服务 短视频' }, { q: '抖音 账号' }, { q: '运营 抖音', counted: '1' }, { q: '运营 抖音', vendor: '文化' }, { q: '运营 服务', buyer: '融媒体', kind: 'award' }, { q: '短视频 制作', video: '1', counted: '1' }]) {
      const full = searchNotices(s.db, parseSearchFilters(q), { dense: 1_000_000 });
      for (const page of ['1', '2', '3', '50']) {
        const label = JSON.stringify({ ...q, page });
        const dense = searchNotices(s.db, parseSearchFilters({ ...q, per: '2', page }), { dense: 0 });
        const plain = searchNotices(s.db, parseSearchFilters({ ...q, per: '2', page }), { dense: 1_000_000 });
        expect(dense.total, label).toBe(full.total);
        expect(plain.total, label).toBe(full.total);
        expect(dense.items.map((i) => i.id), label).toEqual(plain.items.map((i) => i.id));
        // A count walk cut short hands over to the lookup set: the same total.
        expect(searchNotices(s.db, parseSearchFilters({ ...q, per: '2', page }), { dense: 0, walkMax: 1 }).total, label).toBe(full.total);
      }
      expect(full.total, JSON.stringify(q)).toBeGreaterThan(0);
    }
  });

  it('pages through every sort exactly as the full ordering, across the stretches of a two-part order', () => {
    const c = s.db.$client;
    const row = c.prepare('SELECT awarded_yuan AS a, published_at AS d, title FROM notices WHERE id = ?');
    for (const sort of ['date_desc', 'date_asc', 'amount_desc', 'amount_asc', 'relevance']) {
      for (const q of [{}, { q: '短视频' }, { kind: 'award' }, { q: '运营', region: '330000' }, { q: '融媒体', video: '1' }]) {
        for (const dense of [0, 1_000_000]) {
          const label = JSON.stringify({ sort, ...q, dense });
          const first = searchNotices(s.db, parseSearchFilters({ ...q, sort, per: '200' }), { dense });
          const all = first.items.map((i) => i.id);
          expect(all.length, label).toBe(first.total);
          // Pages of three, walked one by one, give the same sequence (stretch boundaries included).
          const paged: number[] = [];
          for (let page = 1; page <= Math.ceil(all.length / 3); page++) paged.push(...ids({ ...q, sort, per: '3', page: String(page) }, dense));
          expect(paged, label).toEqual(all);
          const rows = all.map((id) => row.get(id) as { a: number | null; d: string; title: string });
          if (sort.startsWith('amount')) {
            // Notices with an amount come first, in amount order; those without follow.
            const firstNull = rows.findIndex((r) => r.a === null);
            if (firstNull >= 0) expect(rows.slice(firstNull).every((r) => r.a === null), label).toBe(true);
            const amounts = rows.filter((r) => r.a !== null).map((r) => r.a!);
            expect(amounts, label).toEqual(amounts.toSorted((x, y) => (sort === 'amount_asc' ? x - y : y - x)));
          }
          if (sort === 'relevance' && q.q?.length === 2) expect(first.orderNote, label).toContain('sorted by date');
          if (sort === 'relevance' && q.q && q.q.length >= 3 && dense === 0) {
            // Too many matches to rank: title matches first.
            const firstOther = rows.findIndex((r) => !r.title.includes(q.q!));
            if (firstOther >= 0) expect(rows.slice(firstOther).every((r) => !r.title.includes(q.q!)), label).toBe(true);
            expect(first.orderNote, label).toContain('title matches first');
          }
        }
      }
    }
  });

  it('a text query within a region finds exactly the region\'s matches (the place in the index agrees with division_code)', () => {
    const c = s.db.$client;
    const codes = c.prepare(`SELECT DISTINCT division_code FROM notices WHERE division_code IS NOT NULL`).pluck().all() as string[];
    const regions = [...new Set(codes.flatMap((d) => [`${d.slice(0, 2)}0000`, `${d.slice(0, 4)}00`, d]))];
    expect(regions.length).toBeGreaterThan(5);
    const inRegion = (id: number, r: string) => {
      const d = c.prepare('SELECT division_code FROM notices WHERE id = ?').pluck().get(id) as string | null;
      const prefix = r.endsWith('0000') ? r.slice(0, 2) : r.endsWith('00') ? r.slice(0, 4) : r;
      return d !== null && d.startsWith(prefix);
    };
    for (const q of ['短视频', '运营服务', '抖音 运营服务', '抖音', '视', '抖音 快手']) {
      const all = searchNotices(s.db, parseSearchFilters({ q, per: '200' })).items.map((i) => i.id);
      for (const r of regions) {
        for (const dense of [0, 1_000_000]) {
          const got = searchNotices(s.db, parseSearchFilters({ q, region: r, per: '200' }), { dense });
          const want = all.filter((id) => inRegion(id, r));
          expect(got.items.map((i) => i.id), `${q} ${r} dense=${dense}`).toEqual(want);
          expect(got.total, `${q} ${r}`).toBe(want.length);
        }
      }
    }
  });

  it('moves a notice to its new region in the index when its division code changes, and never matches typed private-use characters', () => {
    const c = s.db.$client;
    const n = c.prepare(`SELECT id, division_code AS d FROM notices WHERE title LIKE '%短视频%' AND division_code LIKE '33%' LIMIT 1`).get() as { id: number; d: string };
    const found = (region: string) => searchNotices(s.db, parseSearchFilters({ q: '短视频', region, per: '200' })).items.some((i) => i.id === n.id);
    expect(found('330000')).toBe(true);
    c.prepare(`UPDATE notices SET division_code = '110101' WHERE id = ?`).run(n.id);
    try {
      expect(found('330000')).toBe(false);
      expect(found('110000')).toBe(true);
      expect(found('110101')).toBe(true);
    } finally {
      c.prepare(`UPDATE notices SET division_code = ? WHERE id = ?`).run(n.d, n.id);
    }
    expect(found('330000')).toBe(true);
    // The place column holds private-use characters; a query made of them matches nothing: it
    // holds no searchable character (not the place's notices, nor every notice).
    const token = String.fromCharCode(0xe300, 0xe000 + 33, 0xe301);
    const r = searchNotices(s.db, parseSearchFilters({ q: token }));
    expect(r.total).toBe(0);
    expect(r.queryNote).toContain('no searchable characters');
    // Beside a word, they are left out as punctuation is: the word alone.
    expect(searchNotices(s.db, parseSearchFilters({ q: `短视频${token}` })).total).toBe(searchNotices(s.db, parseSearchFilters({ q: '短视频' })).total);
    expect(c.prepare(`INSERT INTO notices_fts(notices_fts) VALUES ('integrity-check')`).run().changes).toBeGreaterThanOrEqual(0);
  });

  it('a vendor or buyer name matching many lots is checked per row with the same results and totals as the listed form', () => {
    const c = s.db.$client;
    const names = c.prepare(`SELECT name FROM party_names WHERE role = 'vendor' LIMIT 3`).pluck().all() as string[];
    const vendorQueries = [...names.map((n) => n.slice(0, 2)), '传媒', '有限公司'];
    for (const vendor of vendorQueries) {
      for (const extra of [{}, { q: '短视频' }, { kind: 'award' }, { region: '330000' }, { sort: 'amount_desc' }, { q: '运营 服务' }, { q: '短视频 公告', counted: '1' }]) {
        const q = { vendor, ...extra, per: '200' };
        const listed = searchNotices(s.db, parseSearchFilters(q), { vendorListMax: 1_000_000 });
        // dense: 0 as well: several terms with a per-row vendor check are counted by one walk.
        const rows = searchNotices(s.db, parseSearchFilters(q), { vendorListMax: 0, dense: 0 });
        expect(rows.items.map((i) => i.id), JSON.stringify(q)).toEqual(listed.items.map((i) => i.id));
        expect(rows.total, JSON.stringify(q)).toBe(listed.total);
      }
    }
    // Each hit really has a vendor whose name holds the fragment.
    const hit = searchNotices(s.db, parseSearchFilters({ vendor: '传媒', per: '200' }), { vendorListMax: 0 });
    const vendorsOf = c.prepare(`SELECT group_concat(pn.name) FROM lots l JOIN lot_vendors v ON v.lot_id = l.id JOIN party_names pn ON pn.party_id = v.party_id AND pn.role = 'vendor' WHERE l.notice_id = ?`).pluck();
    expect(hit.items.length).toBeGreaterThan(0);
    for (const i of hit.items) expect(vendorsOf.get(i.id) as string).toContain('传媒');
    // The buyer-name filter walks the date index past many matches and lists a few: both the same set.
    for (const buyer of ['融媒体', '宣传部', '局']) {
      const r = searchNotices(s.db, parseSearchFilters({ buyer, per: '200' }));
      const want = c.prepare(`SELECT n.id FROM notices n WHERE n.buyer_party_id IN (SELECT party_id FROM party_names WHERE role = 'buyer' AND name LIKE ?) ORDER BY n.published_at DESC, n.id DESC LIMIT 200`).pluck().all(`%${buyer}%`);
      expect(r.items.map((i) => i.id), buyer).toEqual(want);
    }
  });

  it('a large region walks the date index checking each row, with the same pages and totals as its own index', () => {
    for (const region of ['330000', '330100', '110000']) {
      for (const extra of [{}, { kind: 'award' }, { sort: 'amount_desc' }, { sort: 'date_asc', service: 'account_operation' }, { video: '1', min: '100000' }]) {
        for (const per of ['200', '3']) {
          const q = { region, ...extra, per };
          const own = searchNotices(s.db, parseSearchFilters(q), { regionBroad: 1_000_000, dense: 1_000_000 });
          const walked = searchNotices(s.db, parseSearchFilters(q), { regionBroad: 0, dense: 0 });
          expect(walked.items.map((i) => i.id), JSON.stringify(q)).toEqual(own.items.map((i) => i.id));
          expect(walked.total, JSON.stringify(q)).toBe(own.total);
        }
      }
    }
  });

  /**
   * Every page of `q` is the same whether the page walks its order's index past the filters or
   * collects and sorts what they keep, and is the matching slice of the whole ordered list.
   * Returns the whole list.
   */
  const samePagesWalkedOrSorted = (q: Record<string, string | undefined>) => {
    const all = searchNotices(s.db, parseSearchFilters({ ...q, per: '200' }), { orderWalk: false });
    for (const [per, page] of [['200', '1'], ['2', '1'], ['2', '2'], ['2', '3'], ['2', '9']]) {
      const label = JSON.stringify({ ...q, per, page });
      // dense: 0 takes the page path a large result takes (broad filters as row checks).
      const sorted = searchNotices(s.db, parseSearchFilters({ ...q, per, page }), { orderWalk: false, dense: 0 });
      const walked = searchNotices(s.db, parseSearchFilters({ ...q, per, page }), { orderWalk: true, dense: 0 });
      expect(walked.items.map((i) => i.id), label).toEqual(sorted.items.map((i) => i.id));
      expect(walked.total, label).toBe(all.total);
      const start = (Number(page) - 1) * Number(per);
      expect(sorted.items.map((i) => i.id), label).toEqual(all.items.slice(start, start + Number(per)).map((i) => i.id));
    }
    return all.items;
  };

  it('sorted by amount within dates, walking the amount index past the range gives the pages sorting the range gives', () => {
    const c = s.db.$client;
    const [lo, hi] = c.prepare('SELECT min(published_at), max(published_at) FROM notices').raw().get() as [string, string];
    const mid = c.prepare('SELECT published_at FROM notices ORDER BY published_at LIMIT 1 OFFSET (SELECT count(*) / 2 FROM notices)').pluck().get() as string;
    for (const [from, to] of [[lo, hi], [lo, mid], [mid, hi], [mid, mid]]) {
      for (const extra of [{}, { counted: '1' }, { kind: 'award' }, { q: '短视频' }, { counted: '1', region: '330000' }, { q: '抖音', video: '1' }]) {
        for (const sort of ['amount_desc', 'amount_asc']) {
          const items = samePagesWalkedOrSorted({ from, to, sort, ...extra });
          // Every notice listed is in the range.
          expect(items.every((i) => i.publishedAt! >= from && i.publishedAt! <= to), JSON.stringify({ from, to, sort, ...extra })).toBe(true);
        }
      }
    }
  });

  it("a region's counted notices, walked past in any order, give the pages collecting and sorting them gives", () => {
    for (const region of ['330000', '330100', '330106']) {
      for (const extra of [{}, { service: 'account_operation' }, { kind: 'award' }]) {
        for (const sort of ['date_desc', 'date_asc', 'amount_desc', 'amount_asc']) samePagesWalkedOrSorted({ region, counted: '1', sort, ...extra });
      }
    }
  });

  it('relevance for a common term: probing each row for a title match gives the pages the title set gives', () => {
    for (const q of [{ q: '短视频' }, { q: '融媒体' }, { q: '运营服务' }, { q: '短视频', kind: 'award' }, { q: '融媒体', video: '1' }]) {
      const all = searchNotices(s.db, parseSearchFilters({ ...q, sort: 'relevance', per: '200' }), { dense: 0, probeTitles: false });
      expect(all.orderNote, JSON.stringify(q)).toContain('title matches first');
      for (const page of ['1', '2', '3', '5', '8']) {
        const label = JSON.stringify({ ...q, page });
        const set = searchNotices(s.db, parseSearchFilters({ ...q, sort: 'relevance', per: '2', page }), { dense: 0, probeTitles: false });
        const probed = searchNotices(s.db, parseSearchFilters({ ...q, sort: 'relevance', per: '2', page }), { dense: 0, probeTitles: true });
        expect(probed.items.map((i) => i.id), label).toEqual(set.items.map((i) => i.id));
        const start = (Number(page) - 1) * 2;
        expect(set.items.map((i) => i.id), label).toEqual(all.items.slice(start, start + 2).map((i) => i.id));
      }
    }
  });

  it('counted=1 finds exactly the notices with a counted lot, nationally, in a region and with other filters', () => {
    const c = s.db.$client;
    const expected = (where: string) =>
      (c.prepare(`SELECT DISTINCT notice_id FROM spend_facts WHERE counted = 1 AND is_video_ops = 1 ${where} ORDER BY 1`).pluck().all() as number[]);
    for (const [q, where] of [
      [{}, ''],
      [{ region: '330000' }, "AND province_code = '330000'"],
      [{ region: '330106' }, "AND county_code = '330106'"],
      [{ kind: 'award' }, "AND notice_id IN (SELECT id FROM notices WHERE kind = 'award')"],
      // In a region, a service type narrows the region's counted list itself: checked against the notices' own column.
      [{ region: '330000', service: 'account_operation' }, "AND province_code = '330000' AND notice_id IN (SELECT id FROM notices WHERE service_type = 'account_operation')"],
      [{ region: '330100', service: 'video_production' }, "AND city_code = '330100' AND notice_id IN (SELECT id FROM notices WHERE service_type = 'video_production')"],
    ] as const) {
      const r = searchNotices(s.db, parseSearchFilters({ ...q, counted: '1', per: '200' }));
      expect(r.items.map((i) => i.id).toSorted((a, b) => a - b), JSON.stringify(q)).toEqual(expected(where));
      expect(r.total, JSON.stringify(q)).toBe(expected(where).length);
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
