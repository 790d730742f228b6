/**
 * Search rows and downloads carry what the totals count of each notice (countedYuan) beside the
 * award it states: the demo's 平江县 award (486,000 元) corrected to 468,000 by its 更正公告; a
 * two-lot award whose one lot a contract superseded; and over `counted=1&region=X` the
 * countedYuan add up to the region page's total. Over real HTTP on real SQLite files.
 */
import * as cheerio from 'cheerio';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureCcgpWww, ingestCcgpPage, pingjiangPaths } from '../helpers/ccgp-pages.js';
import type { Spec } from '../helpers/seed.js';
import { seededServer, serveTempDb, type ServedTempDb } from '../helpers/served.js';

/** A CSV download's records by id (RFC 4180: quoted fields may hold commas, quotes and line breaks). */
function csvRows(text: string): Map<number, Record<string, string>> {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  const body = text.replace(/^\uFEFF/, '');
  for (let i = 0; i < body.length; i++) {
    const ch = body[i];
    if (quoted) {
      if (ch === '"' && body[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(cell);
      cell = '';
    } else if (ch === '\r' && body[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i++;
    } else cell += ch;
  }
  const [head, ...recs] = rows;
  return new Map(recs.map((r) => [Number(r[0]), Object.fromEntries(head.map((h, i) => [h, r[i]]))]));
}

describe('a corrected award in the search and its downloads', () => {
  let server: ServedTempDb<void>;
  const ids: Record<string, number> = {};
  beforeAll(async () => {
    server = await serveTempDb('pw-search-counted-', (db) => {
      ensureCcgpWww(db);
      for (const [name, path] of Object.entries(pingjiangPaths())) ids[name] = ingestCcgpPage(db, path).noticeId!;
    });
  });
  afterAll(() => server?.close());

  it('the search row shows 486,000 stated and 468,000 counted, titled with why', async () => {
    const $ = cheerio.load(await (await fetch(`${server.url}/search?counted=1`)).text());
    const row = $(`#results tr[data-id="${ids.award}"]`);
    expect(row.find('.amount').attr('data-yuan')).toBe('486000');
    const c = row.find('.counted-yuan');
    expect(c.attr('data-counted-yuan')).toBe('468000');
    expect(c.text()).toContain('计入 counted 46.8万元');
    expect(c.attr('title')).toContain('更正公告');
    expect($('.note').text()).toContain('countedYuan');
  });

  it('/api/search, the JSON and the CSV carry countedYuan 468000 beside amountYuan 486000', async () => {
    const api = (await (await fetch(`${server.url}/api/search?counted=1`)).json()) as { items: { id: number; amountYuan: number; countedYuan: number }[] };
    expect(api.items.find((i) => i.id === ids.award)).toMatchObject({ amountYuan: 486000, countedYuan: 468000 });
    const json = (await (await fetch(`${server.url}/search.json?counted=1`)).json()) as { id: number; amountYuan: number; countedYuan: number }[];
    expect(json.find((i) => i.id === ids.award)).toMatchObject({ amountYuan: 486000, countedYuan: 468000 });
    const csv = csvRows(await (await fetch(`${server.url}/search.csv?counted=1`)).text());
    expect(csv.get(ids.award)).toMatchObject({ amountYuan: '486000', countedYuan: '468000' });
  });

  it('the OCDS package: the award carries the corrected value and the correction as its amendment', async () => {
    type Award = { value?: { amount: number }; amendments?: { date: string; rationale: string; description: string }[] };
    const pkg = (await (await fetch(`${server.url}/search.ocds.json?counted=1`)).json()) as { releases: { id: string; awards?: Award[] }[] };
    const rel = pkg.releases.find((r) => r.id.startsWith(`${ids.award}-`))!;
    expect(rel.awards).toHaveLength(1);
    expect(rel.awards![0].value).toEqual({ amount: 468000, currency: 'CNY' });
    expect(rel.awards![0].amendments).toEqual([
      { id: expect.stringMatching(new RegExp(`^${ids.correction}-`)), date: '2023-06-20T00:00:00+08:00', rationale: '更正公告', description: expect.stringContaining('486000 元 → 468000 元') },
    ]);
  });
});

describe('countedYuan over the seed', () => {
  // A two-lot award in 南京 whose lot 1 the contract (same winner) supersedes: the award counts lot 2 only.
  const NJ: Spec['division'] = ['江苏省', '南京市', '鼓楼区', '320106'];
  const extra: Spec[] = [
    { key: 'glAward', kind: 'award', title: '南京市鼓楼区融媒体中心短视频运营及宣传片制作项目中标公告', buyer: '南京市鼓楼区融媒体中心', code: 'GL-2024-8', date: '2024-06-01', division: NJ, service: 'account_operation', method: '公开招标', lots: [{ label: '包1', vendor: '南京金陵传媒有限公司', amount: 100000, text: '100000元' }, { label: '包2', vendor: '南京秦淮影视有限公司', amount: 50000, text: '50000元' }] },
    { key: 'glContract', kind: 'contract', title: '南京市鼓楼区融媒体中心短视频运营及宣传片制作项目合同公告', buyer: '南京市鼓楼区融媒体中心', code: 'GL-2024-8', date: '2024-06-20', division: NJ, service: 'account_operation', lots: [{ label: '包1', vendor: '南京金陵传媒有限公司', amount: 95000, text: '95000元' }] },
  ];
  let server: Awaited<ReturnType<typeof seededServer>>;
  beforeAll(async () => {
    server = await seededServer({ extra });
  });
  afterAll(() => server?.close());
  type Item = { id: number; amountYuan: number | null; countedYuan: number | null };
  const json = async (q: string) => (await (await fetch(`${server.url}/search.json?${q}`)).json()) as Item[];

  it('a two-lot award whose one lot a contract superseded shows the counted part', async () => {
    const items = await json('region=320000');
    expect(items.find((i) => i.id === server.ids.glAward)).toMatchObject({ amountYuan: 150000, countedYuan: 50000 });
    expect(items.find((i) => i.id === server.ids.glContract)).toMatchObject({ amountYuan: 95000, countedYuan: 95000 });
    const $ = cheerio.load(await (await fetch(`${server.url}/search?region=320000`)).text());
    expect($(`#results tr[data-id="${server.ids.glAward}"] .counted-yuan`).attr('data-counted-yuan')).toBe('50000');
    // stated and counted agree: nothing beside the amount
    expect($(`#results tr[data-id="${server.ids.glContract}"] .counted-yuan`).length).toBe(0);
    // OCDS: a superseded lot is no correction, so no amendment and its stated value
    const pkg = (await (await fetch(`${server.url}/search.ocds.json?region=320000`)).json()) as { releases: { id: string; awards?: { value?: { amount: number }; amendments?: unknown[] }[] }[] };
    const award = pkg.releases.find((r) => r.id.startsWith(`${server.ids.glAward}-`))!;
    expect(award.awards!.map((a) => [a.value?.amount, a.amendments])).toEqual([[100000, undefined], [50000, undefined]]);
  });

  it('a notice none of whose lots counts has countedYuan null (the award its correction superseded, the rate)', async () => {
    const items = await json('region=330000');
    expect(items.find((i) => i.id === server.ids.xhAward)).toMatchObject({ amountYuan: 250000, countedYuan: null });
    expect(items.find((i) => i.id === server.ids.nbRate)).toMatchObject({ amountYuan: null, countedYuan: null });
    const $ = cheerio.load(await (await fetch(`${server.url}/search?region=330000`)).text());
    expect($(`#results tr[data-id="${server.ids.xhAward}"] .counted-yuan`).text()).toContain('不计入 not counted');
  });

  it('over counted=1&region=X the countedYuan add up to the region page total', async () => {
    for (const code of ['330000', '440000', '510000', '320000', '330100']) {
      const items = await json(`counted=1&region=${code}`);
      const sum = items.reduce((a, i) => a + (i.countedYuan ?? 0), 0);
      const $ = cheerio.load(await (await fetch(`${server.url}/regions/${code}`)).text());
      expect(sum, code).toBe(Number($('#region-total').attr('data-yuan')));
      expect(sum, code).toBeGreaterThan(0);
      // the CSV says the same
      const csv = [...csvRows(await (await fetch(`${server.url}/search.csv?counted=1&region=${code}`)).text()).values()];
      expect(csv.reduce((a, r) => a + Number(r.countedYuan || 0), 0), code).toBe(sum);
    }
  });
});
