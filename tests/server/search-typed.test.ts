/**
 * Queries as researchers type or paste them: punctuation stuck to a word (抖音' · “抖音” · 抖音，快手
 * · (短视频)) is left out, so the words are found; a query with no letter or digit says so rather
 * than finding nothing silently; an empty result shows no pager. Over real HTTP on a real SQLite file.
 */
import * as cheerio from 'cheerio';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer } from '../../server/index.js';
import { seedDb, type Seeded, type Spec } from '../helpers/seed.js';

const NJ: Spec['division'] = ['江苏省', '南京市', '鼓楼区', '320106'];

describe('search queries as researchers type them', () => {
  const extra: Spec[] = [
    // 抖音 in the text only, beside punctuation; 快手 nowhere.
    { key: 'njBody', kind: 'award', title: '南京市鼓楼区政务新媒体账号运营服务项目成交公告', buyer: '南京市鼓楼区人民政府办公室', code: 'GL-1', date: '2025-03-01', division: NJ, service: 'account_operation', method: '竞争性磋商', lots: [{ vendor: '南京石城文化传媒有限公司', amount: 80000, text: '80000元' }], body: '服务内容：“抖音”、微信视频号（短视频）账号日常运营。' },
    // 抖音 and 快手 both, in the text.
    { key: 'njBoth', kind: 'tender', title: '南京市鼓楼区融媒体中心短视频拍摄服务项目招标公告', buyer: '南京市鼓楼区融媒体中心', code: 'GL-2', date: '2025-04-01', division: NJ, service: 'video_production', method: '公开招标', body: '平台：抖音，快手，微博。' },
  ];
  let s: Seeded;
  let server: Awaited<ReturnType<typeof startServer>>;
  beforeAll(async () => {
    s = seedDb({ extra });
    server = await startServer({ dbPath: s.path, port: 0 });
  });
  afterAll(async () => {
    await server?.close();
    s.close();
  });

  const api = async (params: Record<string, string>) => {
    const res = await fetch(`${server.url}/api/search?${new URLSearchParams({ per: '200', ...params })}`);
    return { status: res.status, body: (await res.json()) as { total: number; totalExact: boolean; items: { id: number }[]; queryNote: string | null; error?: string } };
  };
  const ids = async (params: Record<string, string>) => {
    const { status, body } = await api(params);
    expect(status, JSON.stringify(params)).toBe(200);
    expect(body.items.length, JSON.stringify(params)).toBe(body.total);
    return body.items.map((i) => i.id).toSorted((a, b) => a - b);
  };
  const page = async (params: Record<string, string>) => {
    const res = await fetch(`${server.url}/search?${new URLSearchParams(params)}`);
    expect(res.status).toBe(200);
    return cheerio.load(await res.text());
  };
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
    const csv = await fetch(`${server.url}/search.csv?q=%25`);
    expect(csv.status).toBe(200);
    expect(csv.headers.get('x-total-count')).toBe('0');
    expect((await csv.text()).trim().split('\r\n').length).toBe(1);
  });

  it('shows no pager when nothing matches, and keeps it when something does', async () => {
    const none = await page({ q: '没有这个词xyz' });
    expect(Number(none('#total').attr('data-total'))).toBe(0);
    expect(none('#no-results').length).toBe(1);
    expect(none('#pagination').length).toBe(0);
    expect(none.text()).not.toContain('第 1 / 1 页');
    const some = await page({ q: '抖音' });
    expect(some('#pagination').text()).toContain('第 1 / 1 页');
  });

});
