/**
 * The adapters' pure parsers on pages shaped like the real portals (portals.md): item counts,
 * one full record, paging, and the structure-level failures (ParseError / PortalChangedError).
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { detectBlockPage } from '../../scrapers/block-page.js';
import { ParseError, PortalChangedError } from '../../scrapers/errors.js';
import { parseRobots, robotsAllows } from '../../scrapers/fetch/robots.js';
import { backoffDelay, retryAfterMs } from '../../scrapers/fetch/fetcher.js';
import { ccgpBlockPage, ccgpCaptchaPage, ccgpHandler } from '../../scrapers/replay/ccgp.js';
import { changeLayout } from '../../scrapers/replay/faults.js';
import { ccgp } from '../../scrapers/sources/ccgp.js';
import { gdgpo } from '../../scrapers/sources/gdgpo.js';
import { guangxi } from '../../scrapers/sources/guangxi.js';
import { isoDay, rebase } from '../../scrapers/sources/types.js';
import { sharedDir } from '../helpers/shared-dir.js';

const ctx = { baseUrl: 'http://127.0.0.1:9' };
function served(path: string, query = ''): string {
  const r = ccgpHandler({ method: 'GET', path, query: new URLSearchParams(query), body: '', headers: {} }, ctx);
  if (!r) throw new Error(`replay has no ${path}`);
  return String(r.body);
}
const plan = { mode: 'lists' as const, since: null, until: null, keywords: ['短视频'], now: new Date('2026-11-25T00:00:00Z') };

describe('ccgp adapter', () => {
  const dfzb = ccgp.startRequests(plan).find((r) => r.label === 'dfgg/zbgg')!;

  it('starts the nightly run at page 1 of the 中标/成交/更正/终止 lists, central and local', () => {
    const labels = ccgp.startRequests(plan).map((r) => r.label);
    expect(labels).toEqual(['zygg/zbgg', 'zygg/cjgg', 'zygg/gzgg', 'zygg/fblbgg', 'dfgg/zbgg', 'dfgg/cjgg', 'dfgg/gzgg', 'dfgg/fblbgg']);
    expect(dfzb.url).toBe('https://www.ccgp.gov.cn/cggg/dfgg/zbgg/index.htm');
  });

  it('parses a channel list page: 20 items, canonical detail URLs, em hints, the next page index_1.htm', () => {
    const page = ccgp.parseList(served('/cggg/dfgg/zbgg/index.htm'), dfzb);
    expect(page.items).toHaveLength(20);
    for (const item of page.items) {
      expect(item.url).toMatch(/^https:\/\/www\.ccgp\.gov\.cn\/cggg\/dfgg\/zbgg\/\d{6}\/t\d{8}_\d+\.htm$/);
      expect(item.publishedAt).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(item.title.length).toBeGreaterThan(4);
    }
    expect(page.items[0].hints.buyer).toBeTruthy();
    expect(page.next?.url).toBe('https://www.ccgp.gov.cn/cggg/dfgg/zbgg/index_1.htm');
    expect(page.next?.page).toBe(2);
  });

  it('builds bxsearch URLs with every parameter the portal sends, dates as YYYY:MM:DD and timeType 6', () => {
    const [req] = ccgp.startRequests({ ...plan, mode: 'search', since: '2026-01-01', until: '2026-06-30' });
    const u = new URL(req.url);
    expect(u.host).toBe('search.ccgp.gov.cn');
    expect(Object.fromEntries(u.searchParams)).toMatchObject({ kw: '短视频', timeType: '6', start_time: '2026:01:01', end_time: '2026:06:30', dbselect: 'bidx', page_index: '1', searchtype: '1' });
  });

  it('parses a search result page: links, buyer, agency, type and region from the meta line', () => {
    const [req] = ccgp.startRequests({ ...plan, mode: 'search', since: '2015-01-01', until: '2026-11-25' });
    const page = ccgp.parseList(served('/bxsearch', new URL(req.url).search), req);
    expect(page.items.length).toBeGreaterThan(0);
    expect(page.total).toBeGreaterThanOrEqual(page.items.length);
    const first = page.items[0];
    expect(first.url.startsWith('https://www.ccgp.gov.cn/cggg/')).toBe(true);
    expect(first.title).toContain('短视频');
    expect(first.hints.buyer).not.toContain('采购人');
    expect(first.hints.agency).not.toContain('代理机构');
    expect(first.hints.noticeType).toMatch(/公告/);
  });

  it('answers an empty search with no items and no next page', () => {
    const [req] = ccgp.startRequests({ ...plan, mode: 'search', keywords: ['不存在的关键词组合'], since: '2015-01-01', until: '2026-11-25' });
    expect(ccgp.parseList(served('/bxsearch', new URL(req.url).search), req)).toEqual({ items: [], next: null, total: 0 });
  });

  it('parses a detail page (title and date from the meta tags) and passes the whole page on', () => {
    const page = ccgp.parseList(served('/cggg/dfgg/zbgg/index.htm'), dfzb);
    const url = page.items[0].url;
    const html = served(new URL(url).pathname);
    const input = ccgp.parseDetail(html, url);
    expect(input.html).toBe(html);
    expect(input.hints?.title).toBe(page.items[0].title);
    expect(input.hints?.publishedAt).toBe(page.items[0].publishedAt);
  });

  it('throws ParseError on a detail page without its container, PortalChangedError on a list without its list', () => {
    const page = ccgp.parseList(served('/cggg/dfgg/zbgg/index.htm'), dfzb);
    const url = page.items[0].url;
    expect(() => ccgp.parseDetail(changeLayout(served(new URL(url).pathname)), url)).toThrow(ParseError);
    expect(() => ccgp.parseList(changeLayout(served('/cggg/dfgg/zbgg/index.htm')), dfzb)).toThrow(PortalChangedError);
  });

  it('parses the real saved ccgp page (shared sample)', () => {
    const html = readFileSync(join(sharedDir(), 'samples', 'ccgp-detail-1.html'), 'utf8');
    const input = ccgp.parseDetail(html, 'https://www.ccgp.gov.cn/cggg/dfgg/zbgg/202505/t20250527_24670758.htm');
    expect(input.hints).toMatchObject({ title: '深圳市龙华科技实验高级中学空调采购中标（成交）结果公告', publishedAt: '2025-05-27', noticeType: '中标公告' });
  });

  it('canonicalises replay URLs onto the real hosts, and rebases them back', () => {
    expect(ccgp.canonicalize('http://127.0.0.1:5000/cggg/dfgg/zbgg/202505/t20250527_1.htm')).toBe('https://www.ccgp.gov.cn/cggg/dfgg/zbgg/202505/t20250527_1.htm');
    expect(ccgp.canonicalize('http://127.0.0.1:5000/bxsearch?kw=a')).toBe('http://search.ccgp.gov.cn/bxsearch?kw=a');
    expect(rebase('https://www.ccgp.gov.cn/cggg/a.htm?x=1', 'http://127.0.0.1:5000')).toBe('http://127.0.0.1:5000/cggg/a.htm?x=1');
  });
});

describe('zcy (guangxi) adapter', () => {
  const req = guangxi.startRequests({ ...plan, since: '2026-01-01', until: '2026-01-31' })[0];
  const list = JSON.stringify({
    success: true,
    result: { data: { total: 31, data: [{ articleId: 'a+b/c=', title: '南宁市融媒体中心短视频制作服务成交公告', pathName: '成交公告', publishDate: 1767225600000, districtName: '南宁市', author: '广西某代理有限公司' }] } },
  });

  it('POSTs the category with the date window and pages by total', () => {
    expect(req.method).toBe('POST');
    expect(JSON.parse(req.body!)).toMatchObject({ pageNo: 1, pageSize: 15, categoryCode: 'ZcyAnnouncement3004', publishDateBegin: '2026-01-01', publishDateEnd: '2026-01-31' });
    const page = guangxi.parseList(list, req);
    expect(page.items[0]).toMatchObject({ url: 'http://www.ccgp-guangxi.gov.cn/portal/detail?articleId=a%2Bb%2Fc%3D&parentId=66485', publishedAt: '2026-01-01' });
    expect(page.items[0].hints).toMatchObject({ region: '南宁市', agency: '广西某代理有限公司', noticeType: '成交公告' });
    expect(JSON.parse(page.next!.body!)).toMatchObject({ pageNo: 2, publishDateBegin: '2026-01-01' });
    const last = guangxi.parseList(list, { ...req, page: 3 });
    expect(last.next).toBeNull();
  });

  it('parses the detail JSON to its HTML content; a response without content is a ParseError', () => {
    const url = 'http://www.ccgp-guangxi.gov.cn/portal/detail?articleId=x&parentId=66485';
    const detail = JSON.stringify({ success: true, result: { data: { title: 'T', content: '<p>成交金额：1元</p>', publishDate: 1767225600000, districtName: '南宁市' } } });
    expect(guangxi.parseDetail(detail, url)).toMatchObject({ html: '<p>成交金额：1元</p>', hints: { title: 'T', publishedAt: '2026-01-01', region: '南宁市' } });
    expect(() => guangxi.parseDetail('{"result":{"data":{}}}', url)).toThrow(ParseError);
    expect(() => guangxi.parseList('<html>waf</html>', req)).toThrow(PortalChangedError);
    expect(guangxi.canonicalize(`${guangxi.detailRequest(url).url}`)).toBe(url);
  });
});

describe('gdgpo adapter', () => {
  const req = gdgpo.startRequests(plan)[0];
  it('reads data.rows, strips highlight tags, and pages with currPage', () => {
    const body = JSON.stringify({ code: '200', msg: 'ok', data: { total: 45, rows: [{ id: 'u-1', title: "<font color='#be0108'>短视频</font>运营服务", noticeTime: '2026-03-01 10:00:00', purchaser: '广州市某局', regionName: '广州市', noticeTypeName: '公开招标中标公告' }] } });
    const page = gdgpo.parseList(body, req);
    expect(page.items[0]).toMatchObject({ title: '短视频运营服务', url: 'https://gdgpo.czt.gd.gov.cn/gpcms/rest/web/v2/info/getInfoById?id=u-1', publishedAt: '2026-03-01' });
    expect(new URL(page.next!.url).searchParams.get('currPage')).toBe('2');
    expect(() => gdgpo.parseDetail('{"data":{}}', page.items[0].url)).toThrow(ParseError);
  });
});

describe('fetch helpers', () => {
  it('recognises block pages but not notices that mention a captcha in passing', () => {
    expect(detectBlockPage(ccgpBlockPage('1.2.3.4'))).toBe('频繁访问');
    expect(detectBlockPage(ccgpCaptchaPage())).not.toBeNull();
    const notice = `<html><head><title>某县短视频运营中标公告</title></head><body>${'正文'.repeat(4000)}验证码</body></html>`;
    expect(detectBlockPage(notice)).toBeNull();
  });

  it('reads robots.txt groups, wildcards and Crawl-delay', () => {
    const rules = parseRobots('User-agent: *\nDisallow: /\n\nUser-agent: procwatch\nUser-agent: other\nDisallow: /private\nAllow: /private/ok$\nDisallow: /*.pdf$\nCrawl-delay: 2\n');
    expect(rules.crawlDelay).toBe(2);
    expect(robotsAllows(rules, '/cggg/a.htm')).toBe(true);
    expect(robotsAllows(rules, '/private/x')).toBe(false);
    expect(robotsAllows(rules, '/private/ok')).toBe(true);
    expect(robotsAllows(rules, '/files/a.pdf')).toBe(false);
    expect(robotsAllows(parseRobots('User-agent: *\nDisallow: /\n'), '/x')).toBe(false);
  });

  it('parses Retry-After and jitters backoff within bounds', () => {
    expect(retryAfterMs('3')).toBe(3000);
    expect(retryAfterMs(new Date(Date.now() + 10_000).toUTCString())).toBeGreaterThan(8000);
    expect(retryAfterMs('soon')).toBeNull();
    for (let i = 0; i < 50; i++) {
      const d = backoffDelay(3, 100, 10_000);
      expect(d).toBeGreaterThanOrEqual(400);
      expect(d).toBeLessThanOrEqual(800);
    }
    expect(backoffDelay(20, 100, 5_000)).toBeLessThanOrEqual(5_000);
  });

  it('reads list dates in the forms portals use', () => {
    expect(isoDay('2026-07-10 09:30')).toBe('2026-07-10');
    expect(isoDay('2026.7.1')).toBe('2026-07-01');
    expect(isoDay('2026年7月1日')).toBe('2026-07-01');
    expect(isoDay(1767225600000)).toBe('2026-01-01');
    expect(isoDay('unknown')).toBeNull();
  });
});
