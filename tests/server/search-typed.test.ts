/**
 * Queries as researchers type or paste them: punctuation stuck to a word (抖音' · “抖音” · 抖音，快手
 * · (短视频)) is left out, so the words are found; a query with no letter or digit says so rather
 * than finding nothing silently; a word with a leading '-' (or '－') excludes the notices that hold
 * it, through either index; a query of exclusions only is a 400. The page, its JSON twin and the
 * three downloads agree, an empty result shows no pager, and excluded words are never marked.
 * Over real HTTP on a real SQLite file.
 */
import * as cheerio from 'cheerio';
import { describe, expect, it } from 'vitest';
import { parseSearchFilters } from '../../db/queries/search-filters.js';
import { searchNotices } from '../../db/queries/search.js';
import type { Spec } from '../helpers/seed.js';
import { sharedSeededServer } from '../helpers/served.js';

const NJ: Spec['division'] = ['江苏省', '南京市', '鼓楼区', '320106'];

describe('search queries as researchers type them', () => {
  const extra: Spec[] = [
    // 抖音 in the text only, beside punctuation; 快手 nowhere.
    { key: 'njBody', kind: 'award', title: '南京市鼓楼区政务新媒体账号运营服务项目成交公告', buyer: '南京市鼓楼区人民政府办公室', code: 'GL-1', date: '2025-03-01', division: NJ, service: 'account_operation', method: '竞争性磋商', lots: [{ vendor: '南京石城文化传媒有限公司', amount: 80000, text: '80000元' }], body: '服务内容：“抖音”、微信视频号（短视频）账号日常运营。' },
    // 抖音 and 快手 both, in the text.
    { key: 'njBoth', kind: 'tender', title: '南京市鼓楼区融媒体中心短视频拍摄服务项目招标公告', buyer: '南京市鼓楼区融媒体中心', code: 'GL-2', date: '2025-04-01', division: NJ, service: 'video_production', method: '公开招标', body: '平台：抖音，快手，微博。' },
  ];
  const s = sharedSeededServer({ extra });

  const api = async (params: Record<string, string>) => {
    const res = await fetch(`${s.url}/api/search?${new URLSearchParams({ per: '200', ...params })}`);
    return { status: res.status, body: (await res.json()) as { total: number; totalExact: boolean; items: { id: number }[]; excluded: string[]; queryNote: string | null; error?: string } };
  };
  const ids = async (params: Record<string, string>) => {
    const { status, body } = await api(params);
    expect(status, JSON.stringify(params)).toBe(200);
    expect(body.items.length, JSON.stringify(params)).toBe(body.total);
    return body.items.map((i) => i.id).toSorted((a, b) => a - b);
  };
  const page = async (params: Record<string, string>) => {
    const res = await fetch(`${s.url}/search?${new URLSearchParams(params)}`);
    expect(res.status).toBe(200);
    return cheerio.load(await res.text());
  };
  /** The notices whose title or text holds `word`, straight from the database. */
  const holding = (word: string) =>
    new Set(s.db.$client.prepare(`SELECT id FROM notices WHERE instr(lower(coalesce(title, '') || char(10) || text), lower(?)) > 0`).pluck().all(word) as number[]);

  it('finds a word whatever punctuation is stuck to it: the same notices as the bare word', async () => {
    const douyin = await ids({ q: '抖音' });
    expect(douyin).toEqual(expect.arrayContaining([s.ids.whAward, s.ids.xhOutlier, s.ids.njBody, s.ids.njBoth]));
    for (const q of ["抖音'", '抖音%', '“抖音”', '"抖音"', '【抖音】', '《抖音》', '抖音…', '抖音？！', '_抖音_', '*抖音*', '「抖音」', '抖音。']) {
      expect(await ids({ q }), q).toEqual(douyin);
    }
    // A list pasted with Chinese or ASCII commas: every word must appear, as with spaces.
    const both = await ids({ q: '抖音 快手' });
    expect(both).toEqual(expect.arrayContaining([s.ids.xhOutlier, s.ids.njBoth]));
    for (const q of ['抖音，快手', '抖音,快手', '抖音、快手', '抖音；快手', '(抖音)(快手)']) expect(await ids({ q }), q).toEqual(both);
    // Long (trigram) terms too, in brackets of either width.
    const short = await ids({ q: '短视频' });
    expect(short.length).toBeGreaterThan(3);
    for (const q of ['(短视频)', '（短视频）', '短视频、', '#短视频#']) expect(await ids({ q }), q).toEqual(short);
    // Three- and two-character words pasted together with punctuation.
    expect(await ids({ q: '短视频，抖音' })).toEqual(await ids({ q: '短视频 抖音' }));
    // The page says the same total, and marks the bare word.
    const $ = await page({ q: '“抖音”' });
    expect(Number($('#total').attr('data-total'))).toBe(douyin.length);
    expect($(`#results tr[data-id="${s.ids.whAward}"] td.title-col mark`).text()).toBe('抖音');
  });

  it('says when a query has no searchable characters: on the page, and as a field of the JSON twin', async () => {
    for (const q of ['%', '？？', '---', '“”', '……', '_']) {
      const { status, body } = await api({ q });
      expect(status, q).toBe(200);
      expect(body.total, q).toBe(0);
      expect(body.items, q).toEqual([]);
      expect(body.queryNote, q).toContain('no searchable characters');
      const $ = await page({ q });
      expect($('#query-note').text(), q).toContain('这个查询没有可检索的字');
      expect($('#results').length, q).toBe(0);
      expect($('#pagination').length, q).toBe(0);
    }
    // A query with words carries no note.
    expect((await api({ q: '抖音%' })).body.queryNote).toBeNull();
    expect((await page({ q: '抖音' }))('#query-note').length).toBe(0);
    // The downloads of such a query hold nothing (and fail nothing).
    const csv = await fetch(`${s.url}/search.csv?q=%25`);
    expect(csv.status).toBe(200);
    expect(csv.headers.get('x-total-count')).toBe('0');
    expect((await csv.text()).trim().split('\r\n').length).toBe(1);
  });

  it('excludes a word with a leading - (or －), short or long, through either index, with filters too', async () => {
    const cases: [string, string, string][] = [
      // positive, excluded, query
      ['抖音', '快手', '抖音 -快手'], // bigram NOT bigram
      ['抖音', '快手', '抖音 －快手'], // full-width minus
      ['短视频', '抖音', '短视频 -抖音'], // trigram minus bigram
      ['短视频', '融媒体中心', '短视频 -融媒体中心'], // trigram NOT trigram
      ['抖音', '融媒体中心', '抖音 -融媒体中心'], // bigram minus trigram
      ['运营', '快', '运营 -快'], // one character: a prefix of bigrams
    ];
    for (const [word, not, q] of cases) {
      const all = await ids({ q: word });
      const out = holding(not);
      const want = all.filter((id) => !out.has(id));
      expect(want.length, q).toBeGreaterThan(0);
      expect(want.length, q).toBeLessThan(all.length);
      expect(await ids({ q }), q).toEqual(want);
      // The query layer's both shapes (rowid lists and lookup sets) agree with it.
      for (const dense of [0, 1_000_000]) expect(searchNotices(s.db, parseSearchFilters({ q, per: '200' }), { dense }).items.map((i) => i.id).toSorted((a, b) => a - b), `${q} dense=${dense}`).toEqual(want);
    }
    // Several exclusions, stuck to punctuation: each word is left out.
    const many = (await ids({ q: '运营' })).filter((id) => !holding('抖音').has(id) && !holding('快手').has(id));
    expect(await ids({ q: '运营 -抖音，快手' })).toEqual(many);
    expect(await ids({ q: '运营 -抖音 -“快手”' })).toEqual(many);
    // With filters: a region (the place joins the MATCH), a kind, a date range.
    const filters: Record<string, string>[] = [{ region: '330000' }, { region: '320106' }, { kind: 'award' }, { from: '2024-01-01', to: '2024-12-31' }, { region: '330000', counted: '1' }];
    for (const extraParams of filters) {
      for (const [word, not, q] of [['短视频', '抖音', '短视频 -抖音'], ['抖音', '快手', '抖音 -快手'], ['运营', '融媒体中心', '运营 -融媒体中心']]) {
        const label = `${q} ${JSON.stringify(extraParams)}`;
        const want = (await ids({ q: word, ...extraParams })).filter((id) => !holding(not).has(id));
        expect(await ids({ q, ...extraParams }), label).toEqual(want);
        for (const dense of [0, 1_000_000]) expect(searchNotices(s.db, parseSearchFilters({ q, per: '200', ...extraParams }), { dense }).total, `${label} dense=${dense}`).toBe(want.length);
      }
    }
    // Every sort pages through the same set.
    for (const sort of ['date_asc', 'amount_desc', 'amount_asc', 'relevance']) expect(await ids({ q: '短视频 -抖音', sort }), sort).toEqual(await ids({ q: '短视频 -抖音' }));
  });

  it('names the excluded words, never marks them, and documents - in the help text', async () => {
    const $ = await page({ q: '抖音 -快手' });
    expect($('#query-help').text()).toContain('抖音 -快手');
    expect($('#excluded-note').text()).toContain('快手');
    expect($('#results mark').length).toBeGreaterThan(0);
    $('#results mark').each((_, m) => {
      expect($(m).text()).toBe('抖音');
    });
    expect($('#results .in-text').text()).not.toContain('快手');
    expect((await api({ q: '抖音 -快手' })).body.excluded).toEqual(['快手']);
  });

  it('answers a query made only of exclusions with a 400 that says what to do', async () => {
    for (const q of ['-快手', '－快手 -抖音', '-短视频拍摄']) {
      const { status, body } = await api({ q });
      expect(status, q).toBe(400);
      expect(body.error ?? JSON.stringify(body), q).toContain('only exclusions');
      const res = await fetch(`${s.url}/search?${new URLSearchParams({ q })}`);
      expect(res.status, q).toBe(400);
      expect(await res.text(), q).toContain('only exclusions');
      expect((await fetch(`${s.url}/search.csv?${new URLSearchParams({ q })}`)).status, q).toBe(400);
    }
  });

  it('shows no pager when nothing matches, and keeps it when something does', async () => {
    const none = await page({ q: '没有这个词xyz' });
    expect(Number(none('#total').attr('data-total'))).toBe(0);
    expect(none('#no-results').length).toBe(1);
    expect(none('#pagination').length).toBe(0);
    expect(none.text()).not.toContain('第 1 / 1 页');
    expect((await page({ q: '抖音 -抖音' }))('#pagination').length).toBe(0);
    const some = await page({ q: '抖音' });
    expect(some('#pagination').text()).toContain('第 1 / 1 页');
  });

  it('downloads a punctuated or an excluding query with the same rows as the page', async () => {
    const downloads: Record<string, string>[] = [{ q: '“抖音”，快手' }, { q: '抖音 -快手' }, { q: '短视频 -融媒体中心', region: '330000' }, { q: '(短视频) －抖音', kind: 'award' }];
    for (const params of downloads) {
      const label = JSON.stringify(params);
      const want = await ids(params);
      expect(want.length, label).toBeGreaterThan(0);
      const qs = new URLSearchParams(params).toString();
      // The page's download links carry the query as typed.
      const $ = await page(params);
      expect($('#dl-csv').attr('href'), label).toBe(`/search.csv?${qs}`);
      const json = await fetch(`${s.url}/search.json?${qs}`);
      expect(json.headers.get('x-total-count'), label).toBe(String(want.length));
      expect(((await json.json()) as { id: number }[]).map((r) => r.id).toSorted((a, b) => a - b), label).toEqual(want);
      const csv = (await (await fetch(`${s.url}/search.csv?${qs}`)).text()).trim().split('\r\n').slice(1);
      expect(csv.map((l) => Number(l.split(',')[0])).toSorted((a, b) => a - b), label).toEqual(want);
      const ocds = (await (await fetch(`${s.url}/search.ocds.json?${qs}`)).json()) as { releases: { id: string }[] };
      expect([...new Set(ocds.releases.map((r) => Number(r.id.split('-')[0])))].toSorted((a, b) => a - b), label).toEqual(want);
    }
  });
});
