import * as cheerio from 'cheerio';
import { describe, expect, it } from 'vitest';
import { GUANGXI_CATEGORY_NAMES, guangxiFixtureIndex, guangxiHandler } from '../../scrapers/replay/guangxi.js';
import type { ReplayRequest } from '../../scrapers/replay/types.js';

const ctx = { baseUrl: 'http://127.0.0.1:40125' };
const index = guangxiFixtureIndex();
const post = (body: unknown): { status: number; json: any } => {
  const r: ReplayRequest = { method: 'POST', path: '/portal/category', query: new URLSearchParams(), body: typeof body === 'string' ? body : JSON.stringify(body), headers: { 'content-type': 'application/json;charset=UTF-8' } };
  const res = guangxiHandler(r, ctx)!;
  return { status: res.status, json: JSON.parse(String(res.body)) };
};
const detail = (articleId: string) =>
  guangxiHandler({ method: 'GET', path: '/portal/detail', query: new URLSearchParams({ articleId, parentId: '66485', timestamp: '1764061200' }), body: '', headers: {} }, ctx);

describe('guangxi replay', () => {
  it('serves ~15 notices in the four result categories with base64-like ids', () => {
    expect(index.length).toBe(15);
    for (const n of index) expect(Object.keys(GUANGXI_CATEGORY_NAMES)).toContain(n.categoryCode);
    expect(index.some((n) => /[+/=]/.test(n.articleId))).toBe(true);
    expect(new Set(index.map((n) => n.articleId)).size).toBe(15);
  });

  it('POST /portal/category pages a category, newest first, with the real shape', () => {
    const cat = 'ZcyAnnouncement4005';
    const want = index.filter((n) => n.categoryCode === cat);
    const p1 = post({ pageNo: 1, pageSize: 2, categoryCode: cat, _t: 1 });
    expect(p1.status).toBe(200);
    expect(p1.json.success).toBe(true);
    expect(p1.json.result.data.total).toBe(want.length);
    expect(p1.json.result.data.data.map((x: any) => x.articleId)).toEqual(want.slice(0, 2).map((n) => n.articleId));
    const item = p1.json.result.data.data[0];
    for (const k of ['articleId', 'title', 'pathName', 'publishDate', 'districtCode', 'districtName', 'author', 'gpCatalogName', 'procurementMethod', 'invalid']) expect(item).toHaveProperty(k);
    expect(typeof item.publishDate).toBe('number');
    expect(item).not.toHaveProperty('content');
    const p3 = post({ pageNo: 3, pageSize: 2, categoryCode: cat });
    expect(p3.json.result.data.data.length).toBe(Math.max(0, Math.min(2, want.length - 4)));
  });

  it('filters by publishDateBegin/End at China time and rejects bad bodies', () => {
    const all = index.filter((n) => n.categoryCode === 'ZcyAnnouncement3004');
    const r = post({ pageNo: 1, pageSize: 15, categoryCode: 'ZcyAnnouncement3004', publishDateBegin: '2023-01-01', publishDateEnd: '2025-12-31' });
    const want = all.filter((n) => n.publishDate >= Date.parse('2023-01-01T00:00:00+08:00') && n.publishDate <= Date.parse('2025-12-31T23:59:59+08:00'));
    expect(r.json.result.data.total).toBe(want.length);
    expect(want.length).toBeLessThan(all.length);
    expect(post('{not json').status).toBe(400);
    expect(post({ pageNo: 0, categoryCode: 'x' }).status).toBe(400);
    expect(post({ pageNo: 1, pageSize: 15 }).status).toBe(400);
    expect(post({ pageNo: 1, categoryCode: 'ZcyAnnouncement4005', publishDateBegin: '2023/01/01' }).status).toBe(400);
  });

  it('GET /portal/detail returns content with the 中标结果 and 废标结果 tables', () => {
    const n = index.find((x) => x.title.startsWith('三江'))!;
    const res = detail(n.articleId)!;
    expect(res.status).toBe(200);
    const data = JSON.parse(String(res.body)).result.data;
    expect(data.title).toBe(n.title);
    expect(data.projectCode).toBe(n.projectCode);
    const $ = cheerio.load(data.content);
    expect($('.procwatch-sample').text()).toBe('【样例数据·非真实公告】');
    const tables = $('table');
    expect(tables.eq(0).find('tr').first().text()).toBe('序号中标（成交）金额(元)中标供应商名称中标供应商地址');
    expect(tables.eq(1).find('tr').first().text()).toBe('序号标项名称废标理由其他事项');
    expect(tables.eq(1).text()).toContain('有效供应商不足三家');
    expect(detail('missing')).toBeNull();
  });
});
