import * as cheerio from 'cheerio';
import { describe, expect, it } from 'vitest';
import { GDGPO_COOKIE, gdgpoFixtureIndex, gdgpoHandler } from '../../scrapers/replay/gdgpo.js';
import type { ReplayRequest } from '../../scrapers/replay/types.js';

const ctx = { baseUrl: 'http://127.0.0.1:40124' };
const API = '/gpcms/rest/web/v2/info/';
const SITE = 'cd64e06a-21a7-4620-aebc-0576bab7e07a';
const CHANNEL = 'fca71be5-fc0c-45db-96af-f513e9abda9d';
const index = gdgpoFixtureIndex();

/** The cookie string the shell's inline script sets, read from the served page itself. */
function shellCookie(): string {
  const html = String(gdgpoHandler({ method: 'GET', path: '/', query: new URLSearchParams(), body: '', headers: {} }, ctx)!.body);
  const m = /document\.cookie = "([^=]+=[^;]+);/.exec(html);
  if (!m) throw new Error('shell sets no cookie');
  return m[1];
}
const req = (path: string, query: Record<string, string>, cookie: string | null): ReplayRequest => ({
  method: 'GET', path, query: new URLSearchParams(query), body: '', headers: cookie ? { cookie: `other=1; ${cookie}` } : {},
});
function api(endpoint: string, query: Record<string, string>): { code: string; msg: string; data: any } {
  const res = gdgpoHandler(req(API + endpoint, query, shellCookie()), ctx);
  expect(res?.status).toBe(200);
  expect(res?.headers?.['content-type']).toMatch(/application\/json/);
  return JSON.parse(String(res!.body));
}
const list = (q: Record<string, string>) => api('selectInfoMoreChannel', { siteId: SITE, channel: CHANNEL, currPage: '1', pageSize: '10', noticeType: '', regionCode: '', cityOrArea: '', subChannel: 'false', purchaseManner: '', ...q });

describe('gdgpo replay', () => {
  it('serves ~15 notices, video-ops and negatives, with sample markers', () => {
    expect(index.length).toBe(15);
    expect(index.filter((n) => n.videoOps).length).toBeGreaterThanOrEqual(8);
    expect(index.some((n) => !n.videoOps && /视频监控|视频会议|LED/.test(n.title))).toBe(true);
    for (const n of index) expect(n.content).toContain('【样例数据·非真实公告】');
  });

  it('the SPA shell sets the WAF cookie; the API refuses clients without it', () => {
    const shell = String(gdgpoHandler(req('/', {}, null), ctx)!.body);
    expect(shell).toContain('procwatch-sample');
    expect(shellCookie()).toBe(`${GDGPO_COOKIE.name}=${GDGPO_COOKIE.value}`);
    for (const ep of ['selectInfoMoreChannel', 'selectInfoForIndex', 'getInfoById']) {
      const res = gdgpoHandler(req(API + ep, { id: index[0].id }, null), ctx)!;
      expect(res.status).toBe(403);
      expect(String(res.body)).toContain('403 Forbidden');
      expect(gdgpoHandler(req(API + ep, { id: index[0].id }, 'HWWAFSESID=wrong'), ctx)!.status).toBe(403);
    }
    expect(gdgpoHandler(req('/noticeGd', {}, shellCookie()), ctx)!.status).toBe(403);
    expect(gdgpoHandler(req('/gpcms/rest/web/v2/info/unknown', {}, shellCookie()), ctx)).toBeNull();
  });

  it('selectInfoMoreChannel pages the 结果公告 channel newest first with the real row shape', () => {
    const results = index.filter((n) => n.noticeType.startsWith('00102'));
    const p1 = list({ noticeType: '00102', pageSize: '5' });
    expect(p1.code).toBe('200');
    expect(p1.data.total).toBe(results.length);
    expect(p1.data.rows.map((r: any) => r.id)).toEqual(results.slice(0, 5).map((n) => n.id));
    const last = list({ noticeType: '00102', pageSize: '5', currPage: String(Math.ceil(results.length / 5)) });
    expect(last.data.rows.length).toBe(results.length - 5 * (Math.ceil(results.length / 5) - 1));
    const row = p1.data.rows[0];
    for (const k of ['id', 'title', 'noticeTime', 'purchaser', 'agency', 'regionName', 'regionCode', 'noticeType', 'noticeTypeName', 'openTenderCode', 'budget', 'channel']) expect(row).toHaveProperty(k);
    expect(row).not.toHaveProperty('content');
    expect(list({ noticeType: '00102', regionCode: '440001' }).data.total).toBe(index.filter((n) => n.regionCode === '440001' && n.noticeType.startsWith('00102')).length);
    expect(list({ pageSize: '500' }).data.rows.length).toBe(15); // capped at 20 a page
  });

  it('selectInfoForIndex filters by keyword and window and highlights the keyword', () => {
    const r = api('selectInfoForIndex', { currPage: '1', pageSize: '20', siteId: SITE, searchKey: '短视频', operationStartTime: '2023-01-01 00:00:00', operationEndTime: '2026-12-31 23:59:59' });
    const want = index.filter((n) => (n.title.includes('短视频') || n.content.includes('短视频')) && n.noticeTime >= '2023-01-01');
    expect(r.data.total).toBe(want.length);
    expect(r.data.rows.some((x: any) => x.title.includes("<font color='#be0108'>短视频</font>"))).toBe(true);
  });

  it('getInfoById returns the content HTML with a 采购结果 table per 合同包', () => {
    const n = index.find((x) => x.title.includes('番禺'))!;
    const r = api('getInfoById', { id: n.id });
    expect(r.data.bidCompany).toBe('');
    expect(r.data.successfulMoney).toBe('');
    const $ = cheerio.load(r.data.content);
    const head = $('table th').map((_, th) => $(th).text()).get();
    expect(head).toContain('供应商名称');
    expect(head).toContain('中标（成交）金额(元)');
    expect($('table tbody tr').length).toBe(2);
    expect(gdgpoHandler(req(API + 'getInfoById', { id: 'nope' }, shellCookie()), ctx)).toBeNull();
  });
});
