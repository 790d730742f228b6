/**
 * The three rows a newcomer could not click through (issue 5's "every figure links to the
 * notices behind it"): 中央/未知 (region=none), 省本级 / 市本级 (level=own) and the data-freshness
 * table's notices per source (source=). A small database in a temp dir, served over real HTTP:
 * each linked row's search lists exactly the notices behind the row, its total agrees with the
 * row, and the downloads hold the same rows. Bad values are 400s in the /api error shape.
 */
import * as cheerio from 'cheerio';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inTransaction, type Db } from '../../db/index.js';
import { ensureSource } from '../../db/store.js';
import { parseSearchFilters } from '../../db/queries/search-filters.js';
import { searchIds, searchNotices, type SearchTuning } from '../../db/queries/search.js';
import { seedInto, storeSpec, type Spec } from '../helpers/seed.js';
import { getText, searchListing, serveTempDb, type ServedTempDb } from '../helpers/served.js';
import type { TempDb } from '../helpers/temp-db.js';

const ZJ = '浙江省';
/** Spending at 浙江's own level (a two-lot award), an uncounted call there, and a county award from a second source. */
const extra: Spec[] = [
  { key: 'zjOwn', kind: 'award', title: '浙江省广播电视局政务新媒体矩阵运营服务项目中标公告', buyer: '浙江省广播电视局', code: 'ZJGD-2024-8', date: '2024-06-01', division: [ZJ, null, null, '330000'], service: 'account_operation', method: '公开招标', lots: [{ label: '包1', vendor: '浙江蓝海文化传播有限公司', amount: 400000, text: '40万元' }, { label: '包2', vendor: '杭州星辰传媒有限公司', amount: 100000, text: '10万元' }] },
  { key: 'zjOwnTender', kind: 'tender', title: '浙江省文化和旅游厅短视频宣传服务项目公开招标公告', buyer: '浙江省文化和旅游厅', code: 'ZJWL-2024-2', date: '2024-07-01', division: [ZJ, null, null, '330000'], service: 'video_production', method: '公开招标', budget: 500000 },
  { key: 'centralCall', kind: 'tender', title: '国家广播电视总局网络视听节目制作服务项目招标公告', buyer: '国家广播电视总局', code: 'GD-2024-9', date: '2024-09-01', division: [null, null, null, null], service: 'video_production', method: '公开招标', budget: 900000 },
];
/** Notices of a second source (guangxi): a county award and an unlocated award. */
const guangxi: Spec[] = [
  { key: 'gxCounty', kind: 'award', title: '南宁市青秀区融媒体中心短视频运营服务项目成交公告', buyer: '南宁市青秀区融媒体中心', code: 'QX-2024-1', date: '2024-05-05', division: ['广西壮族自治区', '南宁市', '青秀区', '450103'], service: 'account_operation', method: '竞争性磋商', lots: [{ vendor: '广西八桂传媒有限公司', amount: 150000, text: '15万元' }] },
  { key: 'gxNowhere', kind: 'award', title: '某中心宣传片制作服务项目成交公告', buyer: '某中心', code: 'X-2024-1', date: '2024-05-06', division: [null, null, null, null], service: 'promo_film', method: '询价', lots: [{ vendor: '广西八桂传媒有限公司', amount: 50000, text: '5万元' }] },
];

function seed(db: Db): Record<string, number> {
  const ids = seedInto(db, { extra });
  ensureSource(db, { id: 'guangxi', name: '广西政府采购网', baseUrl: 'http://zfcg.gxzf.gov.cn' });
  inTransaction(db, () => {
    guangxi.forEach((s, i) => {
      ids[s.key] = storeSpec(db, s, `http://zfcg.gxzf.gov.cn/site/detail?id=${900 + i}`, { sourceId: 'guangxi' });
    });
  });
  return ids;
}

let served: ServedTempDb<Record<string, number>>;
let t: TempDb;
let ids: Record<string, number>;
beforeAll(async () => {
  served = await serveTempDb('pw-dashlinks-', seed);
  ({ t, filled: ids } = served);
});
afterAll(() => served?.close());

const get = (path: string) => getText(served.url, path);
const page = async (path: string) => cheerio.load((await get(path)).text);

/** A search link's listing through its JSON twin, every row. */
const follow = (href: string) => searchListing(served.url, href);

/** The counted lots behind a row, from spend_facts, and the distinct notices they are on. */
function behind(where: string, ...args: unknown[]): { lots: number; ids: number[] } {
  const rows = t.db.$client.prepare(`SELECT notice_id FROM spend_facts WHERE is_video_ops = 1 AND counted = 1 AND ${where}`).pluck().all(...args) as number[];
  return { lots: rows.length, ids: [...new Set(rows)].toSorted((a, b) => a - b) };
}

/** The row's linked lot count and its href (the amount links to the same search). */
function rowLink($: cheerio.CheerioAPI, sel: string): { href: string; lots: number } {
  const a = $(`${sel} a.count`);
  expect(a.length, sel).toBe(1);
  expect($(`${sel} a.amount`).attr('href')).toBe(a.attr('href'));
  return { href: a.attr('href')!, lots: Number(a.attr('data-n')) };
}

describe('the rows that could not be clicked through', () => {
  it('中央/未知 on the overview and /regions lists exactly the notices located in no province', async () => {
    const want = behind('province_code IS NULL');
    expect(want.ids.toSorted()).toEqual([ids.central, ids.gxNowhere].toSorted((a, b) => a - b));
    for (const [path, sel] of [['/', '#top-provinces tr[data-code=""]'], ['/regions', '#regions tr[data-code=""]']]) {
      const row = rowLink(await page(path), sel);
      expect(row.href).toContain('region=none');
      expect(row.lots).toBe(want.lots);
      const got = await follow(row.href);
      // one lot per notice here: the search's total is the row's count
      expect(got.total).toBe(row.lots);
      expect(got.ids).toEqual(want.ids);
    }
    // Without counted=1 the uncounted call is there too.
    expect((await follow('/search?region=none')).ids).toEqual([ids.central, ids.gxNowhere, ids.centralCall].toSorted((a, b) => a - b));
  });

  it('省本级 on a province page lists exactly the notices booked at the province itself', async () => {
    const want = behind("province_code = '330000' AND city_code IS NULL");
    expect(want.ids).toEqual([ids.zjOwn]);
    const row = rowLink(await page('/regions/330000'), '#children tr[data-code=""]');
    expect(row.href).toContain('level=own');
    expect(row.lots).toBe(2); // one notice, two counted lots
    const got = await follow(row.href);
    expect(got.ids).toEqual(want.ids);
    expect(got.total).toBe(want.ids.length);
    // Without counted=1 the province's own call is listed too, and no city's notice.
    expect((await follow('/search?region=330000&level=own')).ids).toEqual([ids.zjOwn, ids.zjOwnTender].toSorted((a, b) => a - b));
  });

  it('市本级 on a city page lists exactly the notices booked at the city itself', async () => {
    const want = behind("city_code = '330100' AND county_code IS NULL");
    expect(want.ids).toEqual([ids.hzPromo]);
    const row = rowLink(await page('/regions/330100'), '#children tr[data-code=""]');
    const got = await follow(row.href);
    expect(got.total).toBe(row.lots);
    expect(got.ids).toEqual(want.ids);
  });

  it('the data-freshness table links each source\'s notices, as many as it says', async () => {
    const $ = await page('/');
    const all = t.db.$client.prepare('SELECT id FROM notices WHERE source_id = ? ORDER BY id').pluck();
    for (const source of ['ccgp', 'guangxi']) {
      const a = $(`#freshness tr[data-source="${source}"] a.count`);
      expect(a.attr('href')).toBe(`/search?source=${source}`);
      const got = await follow(a.attr('href')!);
      expect(got.total).toBe(Number(a.attr('data-n')));
      expect(got.ids).toEqual(all.all(source));
    }
  });

  it('each filter combines with the text query and the other filters, and the downloads hold the same rows', async () => {
    // region=none with a term: 宣传片 is in the central award and in other provinces' notices.
    expect((await follow(`/search?q=${encodeURIComponent('宣传片')}&region=none&counted=1`)).ids).toEqual([ids.central, ids.gxNowhere].toSorted((a, b) => a - b));
    expect((await follow(`/search?q=${encodeURIComponent('宣传片')}&region=none&source=guangxi`)).ids).toEqual([ids.gxNowhere]);
    // level=own with a term (the place joins the MATCH) and with a short term (the bigram index).
    expect((await follow(`/search?q=${encodeURIComponent('新媒体矩阵')}&region=330000&level=own`)).ids).toEqual([ids.zjOwn]);
    expect((await follow(`/search?q=${encodeURIComponent('运营')}&region=330000&level=own&counted=1`)).ids).toEqual([ids.zjOwn]);
    expect((await follow(`/search?q=${encodeURIComponent('短视频')}&region=330000&level=own`)).ids).toEqual([ids.zjOwnTender]);
    expect((await follow('/search?region=330000&level=own&kind=tender')).ids).toEqual([ids.zjOwnTender]);
    expect((await follow('/search?source=guangxi&region=450000')).ids).toEqual([ids.gxCounty]);
    expect((await follow('/search?source=ccgp&region=none&counted=1')).ids).toEqual([ids.central]);
    // A county with level=own is the county (nothing lies below it): the box may stay ticked.
    expect((await follow('/search?region=450103&level=own')).ids).toEqual([ids.gxCounty]);
    for (const qs of ['region=none&counted=1', 'region=330000&level=own', 'source=guangxi', `q=${encodeURIComponent('宣传片')}&region=none`]) {
      const want = (await follow(`/search?${qs}`)).ids;
      const json = await get(`/search.json?${qs}`);
      expect(json.res.headers.get('x-total-count'), qs).toBe(String(want.length));
      expect((JSON.parse(json.text) as { id: number }[]).map((r) => r.id).toSorted((a, b) => a - b), qs).toEqual(want);
      const csv = (await get(`/search.csv?${qs}`)).text.trim().split('\r\n').slice(1);
      expect(csv.map((l) => Number(l.split(',')[0])).toSorted((a, b) => a - b), qs).toEqual(want);
      const ocds = JSON.parse((await get(`/search.ocds.json?${qs}`)).text) as { releases: { id: string }[] };
      expect(ocds.releases.map((r) => Number(r.id.split('-')[0])).toSorted((a, b) => a - b), qs).toEqual(want);
    }
  });

  it('the shareable URL keeps each filter, the form shows it, and the chips say what was asked', async () => {
    const $ = await page('/search?region=none&counted=1&source=ccgp');
    expect($('#f-no-region').attr('checked')).toBeDefined();
    expect($('#f-source option[selected]').attr('value')).toBe('ccgp');
    expect($('#active-filters li[data-filter="region"]').text()).toContain('中央/未知');
    expect($('#active-filters li[data-filter="source"]').text()).toContain('ccgp');
    expect($('#dl-csv').attr('href')).toBe('/search.csv?region=none&source=ccgp&counted=1');
    const own = await page('/search?region=330100&level=own&counted=1');
    expect(own('#f-level').attr('checked')).toBeDefined();
    expect(own('#active-filters li[data-filter="level"]').text()).toContain('市本级');
    // Widening the region drops its own level with it; every chip's link answers.
    expect(own('#active-filters li[data-filter="region"] a').attr('href')).toBe('/search?region=330000&counted=1');
    for (const a of own('#active-filters a').toArray()) expect((await get(own(a).attr('href')!)).res.status).toBe(200);
    // The form's submission lands on the short URL, region=none kept.
    const form = await fetch(`${served.url}/search?q=&region=&region=none&source=guangxi&kind=&counted=1`, { redirect: 'manual' });
    expect([form.status, form.headers.get('location')]).toEqual([303, '/search?region=none&source=guangxi&counted=1']);
    // A province chosen in the form while the 中央/未知 box stayed ticked: the province wins (a link saying both too).
    expect((await follow('/search?region=none&region=450000')).ids).toEqual([ids.gxCounty]);
    const chosen = await fetch(`${served.url}/search?q=&region=450000&region=none&kind=`, { redirect: 'manual' });
    expect([chosen.status, chosen.headers.get('location')]).toEqual([303, '/search?region=450000']);
  });

  it('rejects bad values with a 400 and the /api error shape', async () => {
    const cases: [string, string][] = [
      ['region=nowhere', 'region must be'],
      ['level=city', 'level must be own'],
      ['level=own', 'level=own needs region'],
      ['region=none&level=own', 'level=own needs region'],
      ['source=nosuch', 'source must be one of ccgp, guangxi'],
      ['source=%3Cb%3E', "source must be a scrape source's id"],
    ];
    for (const [qs, msg] of cases) {
      for (const path of ['/api/search', '/search.csv']) {
        const { res, text } = await get(`${path}?${qs}`);
        expect(res.status, `${path}?${qs}`).toBe(400);
        if (path === '/api/search') {
          const body = JSON.parse(text);
          expect(Object.keys(body).toSorted()).toEqual(['error', 'ok', 'status']);
          expect(body.error).toContain(msg);
        }
      }
      const html = await page(`/search?${qs}`);
      expect(html('#error-message').text(), qs).toContain(msg);
    }
  });
});

describe('each shape of the new filters lists the same notices', () => {
  it('dense terms, a region own level driving, a source checked on each row, broad regions, walks', () => {
    const tunings: SearchTuning[] = [{}, { dense: 0 }, { sourceListMax: 0 }, { regionBroad: 0 }, { orderWalk: true }, { dense: 0, sourceListMax: 0, regionBroad: 0, walkMax: 1 }];
    const queries: Record<string, string>[] = [
      { region: 'none' }, { region: 'none', counted: '1', sort: 'amount_desc' }, { region: 'none', q: '宣传片' }, { region: 'none', q: '总局' },
      { region: '330000', level: 'own' }, { region: '330000', level: 'own', counted: '1', sort: 'amount_desc' }, { region: '330000', level: 'own', q: '运营服务' }, { region: '330000', level: 'own', q: '短视频' },
      { region: '330100', level: 'own', counted: '1' }, { source: 'guangxi' }, { source: 'ccgp', kind: 'award' }, { source: 'ccgp', q: '短视频' }, { source: 'ccgp', q: '融媒体中心', counted: '1', sort: 'amount_asc' },
    ];
    for (const q of queries) {
      const f = parseSearchFilters({ ...q, per: '200' });
      const want = searchIds(t.db, f).toSorted((a, b) => a - b);
      expect(want.length, JSON.stringify(q)).toBeGreaterThan(0);
      for (const tune of tunings) {
        const r = searchNotices(t.db, f, tune);
        const label = `${JSON.stringify(q)} ${JSON.stringify(tune)}`;
        expect(r.items.map((i) => i.id).toSorted((a, b) => a - b), label).toEqual(want);
        expect(r.total, label).toBe(want.length);
      }
    }
  });
});
