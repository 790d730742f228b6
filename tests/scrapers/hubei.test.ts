/**
 * hubei: the list and detail parsers on the real saved pages (tests/fixtures/hubei/, see its
 * meta.json) and on the replay's pages, then a scrape of the replay on 127.0.0.1 into a temp
 * SQLite file: exact notices and lots, the skipped non-video titles counted, the broken page
 * archived and flagged, and a second run that stores nothing new.
 */
import { readFileSync } from 'node:fs';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ParseError, PortalChangedError } from '../../scrapers/errors.js';
import { extractNotice } from '../../scrapers/extract/index.js';
import { HUBEI_NOTICES, hubeiDetailPage, hubeiDetailPath, hubeiHomePage } from '../../scrapers/replay/hubei.js';
import { runScrape } from '../../scrapers/run.js';
import { hubei } from '../../scrapers/sources/hubei.js';
import { replay, testRunOptions, type Replay } from '../helpers/replay-server.js';
import { tableCounts, tempDb, type TempDb } from '../helpers/temp-db.js';

const dir = new URL('../fixtures/hubei/', import.meta.url);
const BASE = 'https://www.ccgp-hubei.gov.cn';
const req = hubei.startRequests({ mode: 'lists', since: null, until: null, keywords: [], now: new Date('2026-08-18T00:00:00Z') })[0];
const realList = readFileSync(new URL('list-1.html', dir), 'utf8');
const realDetail = readFileSync(new URL('detail-1.html', dir), 'utf8');

describe('hubei parsers on the real saved pages', () => {
  it('reads the home page once, from the documented tab, and never pages', () => {
    expect(req).toEqual({ url: `${BASE}/`, label: 'home/area-1-4', page: 1 });
    expect(hubei.pacing.rate).toBe(1 / 8);
  });

  it('parses the real tab: 5 items, method prefix stripped, dates, canonical detail URLs', () => {
    const page = hubei.parseList(`<html><body><div class="tab-pane" id="area-1-4">${realList}</div></body></html>`, req);
    expect(page.next).toBeNull();
    expect(page.items).toHaveLength(5);
    expect(page.items[0]).toEqual({
      url: `${BASE}/notice/202608/notice_73f52407656f4b1aa9d98901078f990d.html`,
      title: '湖北大学二号体育馆升级改造（EPC）工程项目工程采购项目成交结果公告',
      publishedAt: '2026-08-16',
      hints: { title: '湖北大学二号体育馆升级改造（EPC）工程项目工程采购项目成交结果公告', publishedAt: '2026-08-16', noticeType: '中标(成交)公告', region: '湖北省' },
    });
    expect(page.items[4].title).toBe('湖北省博物馆赴美举办"湖北出土早期乐器展"（暂定名）展览布撤展、运输、保险中标结果公告');
    expect(page.items.map((i) => i.publishedAt)).toEqual(['2026-08-16', '2026-08-15', '2026-08-14', '2026-08-14', '2026-08-14']);
    for (const i of page.items) {
      expect(i.url).toMatch(/^https:\/\/www\.ccgp-hubei\.gov\.cn\/notice\/\d{6}\/notice_[0-9a-f]{32}\.html$/);
      expect(i.title).not.toMatch(/竞争性磋商|公开招标|\[|\]/);
    }
  });

  it('refuses a page without the tab, or a tab without its list, as a changed portal', () => {
    expect(() => hubei.parseList(realList, req)).toThrow(PortalChangedError);
    expect(() => hubei.parseList('<div id="area-1-4"><ol><li>x</li></ol></div>', req)).toThrow(/ul\.news-list-content/);
    expect(() => hubei.parseList('<div id="area-1-4"><ul class="news-list-content"><li><span>2026-08-01</span></li></ul></div>', req)).toThrow(/none with a link/);
  });

  it('parses the real detail page and the extractor reads buyer, vendor, 万元 amount, date and place', () => {
    const url = `${BASE}/notice/202608/notice_73f52407656f4b1aa9d98901078f990d.html`;
    const input = hubei.parseDetail(realDetail, url);
    expect(input.hints).toEqual({ title: '湖北大学二号体育馆升级改造（EPC）工程项目工程采购项目成交结果公告', publishedAt: '2026-08-16', region: '湖北省' });
    const x = extractNotice(input);
    expect(x).toMatchObject({ kind: 'award', buyer: '湖北大学', agency: '湖北省招标股份有限公司', publishedAt: '2026-08-16', projectCode: 'HBT-16124260-265952', province: '湖北省', isVideoOps: false });
    // the award in 万元, never the agency fee beside it (收费金额 2.0841 万元)
    expect(x.lots).toHaveLength(1);
    expect(x.lots[0]).toMatchObject({ vendor: '武汉建工集团股份有限公司', amountYuan: 3824710.3, amountForm: 'total' });
    expect(() => hubei.parseDetail('<html><body><div class="content">x</div></body></html>', url)).toThrow(ParseError);
  });
});

describe('hubei parsers on the replay pages', () => {
  it('reads only #area-1-4 of the replay home page', () => {
    const page = hubei.parseList(hubeiHomePage(), req);
    expect(page.items.map((i) => i.url)).toEqual(HUBEI_NOTICES.map((n) => `${BASE}${hubeiDetailPath(n)}`));
    expect(page.items.map((i) => i.title)).toEqual(HUBEI_NOTICES.map((n) => n.title));
    expect(page.items.some((i) => i.title.includes('采购公告'))).toBe(false);
  });

  it.each(HUBEI_NOTICES.filter((n) => n.expect))('extracts $title', (n) => {
    const x = extractNotice(hubei.parseDetail(hubeiDetailPage(n), `${BASE}${hubeiDetailPath(n)}`));
    expect(x).toMatchObject({ kind: 'award', title: n.title, buyer: n.buyer, agency: n.agency, publishedAt: n.published.slice(0, 10), projectCode: n.projectCode, divisionCode: n.expect!.divisionCode, isVideoOps: true, isSample: true });
    expect(x.lots.map((l) => [l.vendor, l.amountYuan])).toEqual([[n.vendor, n.expect!.amountYuan]]);
  });

  it('the broken replay page is a ParseError', () => {
    const n = HUBEI_NOTICES.find((x) => x.broken)!;
    expect(() => hubei.parseDetail(hubeiDetailPage(n), `${BASE}${hubeiDetailPath(n)}`)).toThrow(/div\.art_con/);
  });
});

describe('hubei end to end against the replay on 127.0.0.1', () => {
  let server: Replay;
  let t: TempDb;
  beforeAll(async () => {
    server = await replay('hubei');
  });
  afterAll(() => server.close());
  afterEach(() => t?.cleanup());

  const video = HUBEI_NOTICES.filter((n) => n.videoOps);
  const good = video.filter((n) => !n.broken);
  const broken = HUBEI_NOTICES.find((n) => n.broken)!;

  it('stores exactly the video awards, counts the skipped titles, archives and flags the broken page; a second run stores nothing', async () => {
    t = tempDb();
    const s = await runScrape(t.db, { source: hubei, ...testRunOptions(server) });
    // partial: a page came back broken (archived and flagged, never dropped)
    expect(s).toMatchObject({ status: 'partial', listed: 6, fetched: 4, newCount: 3, skipped: 2, failed: 1, blocked: 0 });
    expect(s.report).toMatchObject({ skippedByClassifier: 2, brokenPages: 1 });
    expect(server.requests.filter((r) => r.path !== '/robots.txt').map((r) => r.path)[0]).toBe('/');
    const notices = t.db.$client
      .prepare('select source_url as url, kind, title, buyer, agency, published_at as day, division_code as code, project_code as pc, awarded_yuan as awarded, is_sample as sample from notices order by published_at desc')
      .all();
    expect(notices).toEqual(
      good.map((n) => ({ url: `${BASE}${hubeiDetailPath(n)}`, kind: 'award', title: n.title, buyer: n.buyer, agency: n.agency, day: n.published.slice(0, 10), code: n.expect!.divisionCode, pc: n.projectCode, awarded: n.expect!.amountYuan, sample: 1 })),
    );
    const lots = t.db.$client.prepare('select n.project_code as pc, l.vendor, l.amount_yuan as yuan, l.amount_form as form, l.status from lots l join notices n on n.id = l.notice_id order by n.published_at desc').all();
    expect(lots).toEqual(good.map((n) => ({ pc: n.projectCode, vendor: n.vendor, yuan: n.expect!.amountYuan, form: 'total', status: 'awarded' })));
    const bad = t.db.$client.prepare("select url, parse_status as status, parse_error as error from raw_pages where page_kind = 'detail' and parse_status <> 'ok'").all();
    expect(bad).toEqual([{ url: `${BASE}${hubeiDetailPath(broken)}`, status: 'broken', error: 'detail page without div.art_con' }]);
    expect(tableCounts(t.db)).toMatchObject({ detailPages: 4, notices: 3, lots: 3, pending: 0 });

    const before = tableCounts(t.db);
    const s2 = await runScrape(t.db, { source: hubei, ...testRunOptions(server) });
    expect(s2).toMatchObject({ status: 'ok', listed: 6, fetched: 0, newCount: 0, changed: 0, failed: 0 });
    expect(s2.report.known).toBe(4);
    // the home page came back byte for byte: archived once
    expect(tableCounts(t.db)).toEqual({ ...before, runs: 2 });
  });

  it('a redesigned home page is a changed portal: archived, flagged, owed; the next readable run catches up', async () => {
    t = tempDb();
    server.setFaults({ changedLayout: true, match: /^\/$/ });
    const s = await runScrape(t.db, { source: hubei, ...testRunOptions(server) });
    server.setFaults({});
    expect(s).toMatchObject({ status: 'partial', listed: 0, fetched: 0, failed: 1 });
    expect(s.report.drift).toEqual([expect.stringContaining('without the 中标(成交) tab #area-1-4')]);
    expect(t.db.$client.prepare("select url, parse_status as status from raw_pages where page_kind = 'list'").all()).toEqual([{ url: `${BASE}/`, status: 'broken' }]);
    expect(tableCounts(t.db)).toMatchObject({ notices: 0, pending: 1 });
    const s2 = await runScrape(t.db, { source: hubei, ...testRunOptions(server) });
    expect(s2).toMatchObject({ listed: 6, newCount: 3 });
    expect(tableCounts(t.db)).toMatchObject({ notices: 3, pending: 0 });
  });

  it('renamed detail containers are broken pages, never notices', async () => {
    t = tempDb();
    server.setFaults({ changedLayout: true, match: '/notice/' });
    const s = await runScrape(t.db, { source: hubei, ...testRunOptions(server) });
    server.setFaults({});
    expect(s).toMatchObject({ status: 'partial', fetched: 4, newCount: 0 });
    expect(s.report.brokenPages).toBe(4);
    expect(tableCounts(t.db)).toMatchObject({ detailPages: 4, notices: 0 });
  });
});
