/**
 * jiangsu: the list and detail parsers on the real saved detail response (tests/fixtures/jiangsu/,
 * see its meta.json), on the list feed's documented shape and on the replay's responses, then a
 * scrape of the replay on 127.0.0.1 into a temp SQLite file: exact notices and lots, the skipped
 * non-video title counted, the broken response archived and flagged, a second run storing nothing.
 */
import { readFileSync } from 'node:fs';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ParseError, PortalChangedError } from '../../scrapers/errors.js';
import { extractNotice } from '../../scrapers/extract/index.js';
import { JIANGSU_NOTICES, jiangsuDetailBody, jiangsuFeedBody } from '../../scrapers/replay/jiangsu.js';
import { runScrape } from '../../scrapers/run.js';
import { JIANGSU_PREVIEW_CHARS, jiangsu, jiangsuDetailUrl, jiangsuSummaryText } from '../../scrapers/sources/jiangsu.js';
import { replay, testRunOptions, type Replay } from '../helpers/replay-server.js';
import { tableCounts, tempDb, type TempDb } from '../helpers/temp-db.js';

const BASE = 'http://www.ccgp-jiangsu.gov.cn';
const reqs = jiangsu.startRequests({ mode: 'lists', since: null, until: null, keywords: [], now: new Date('2026-08-21T00:00:00Z') });
const real = readFileSync(new URL('../fixtures/jiangsu/detail-1.json', import.meta.url), 'utf8');
const REAL_URL = `${BASE}/pss/jsp/relevantCgggListByProjId.jsp?gglb=gkzb&ggid=5a5424043b67413f9c63707d8e300470&projId=`;

describe('jiangsu parsers', () => {
  it('reads the three 结果公告 feeds once each, 8 s apart, never paging', () => {
    expect(reqs.map((r) => r.url)).toEqual([2, 3, 4].map((a) => `${BASE}/jscms/js_lmapi/api/getArticeData/lists/z_jggg_${a}`));
    expect(jiangsu.pacing.rate).toBe(1 / 8);
  });

  it('parses a feed in its documented shape into detail-API URLs (the canonical URL, as Guangxi)', () => {
    const body = JSON.stringify({ code: 200, result: [{ title: '某县融媒体中心短视频运营服务成交结果公告', id: 'a'.repeat(32), ggCode: 'zbgg', projId: 'b'.repeat(32), summary: '一、项目编号…' }, { title: 'no id' }] });
    const page = jiangsu.parseList(body, reqs[0]);
    expect(page).toEqual({
      items: [{ url: `${BASE}/pss/jsp/relevantCgggListByProjId.jsp?gglb=zbgg&ggid=${'a'.repeat(32)}&projId=`, title: '某县融媒体中心短视频运营服务成交结果公告', publishedAt: null, hints: { title: '某县融媒体中心短视频运营服务成交结果公告', publishedAt: null, buyer: null, agency: null, region: null, noticeType: '结果公告' } }],
      next: null,
      total: null,
    });
    expect(jiangsu.parseList(JSON.stringify({ code: 200, result: [] }), reqs[0]).items).toEqual([]);
    expect(() => jiangsu.parseList(JSON.stringify({ code: 500, result: [] }), reqs[0])).toThrow(PortalChangedError);
    expect(() => jiangsu.parseList('<html>系统维护中</html>', reqs[0])).toThrow(PortalChangedError);
    expect(() => jiangsu.parseList(JSON.stringify({ code: 200, result: [{ title: 'x' }] }), reqs[0])).toThrow(/none with id and ggCode/);
  });

  it('parses the real detail response: leading blank lines, the JSON fields first, the cut last line dropped', () => {
    const input = jiangsu.parseDetail(real, REAL_URL);
    expect(input.hints).toEqual({ title: '2026年“苏心游”技术保障和推广服务项目采购公告', publishedAt: '2026-08-14', buyer: '江苏省数字文化和智慧旅游发展中心', agency: '江苏海外集团国际工程咨询有限公司', region: '320000' });
    const lines = input.text!.split('\n');
    expect(lines.slice(0, 5)).toEqual(['2026年“苏心游”技术保障和推广服务项目采购公告', '项目编号：JSZC-320000-HWZX-G2026-0469', '项目名称：2026年“苏心游”技术保障和推广服务项目', '采购人：江苏省数字文化和智慧旅游发展中心', '采购代理机构：江苏海外集团国际工程咨询有限公司']);
    // the saved summary is 160 characters and ends "项目编号：JSZC-320000-HW": that line is not read
    expect(JSON.parse(real.trim()).data[0].summary).toHaveLength(JIANGSU_PREVIEW_CHARS);
    expect(input.text).not.toContain('JSZC-320000-HW\n');
    expect(input.text!.endsWith('一、项目基本情况')).toBe(true);
    const x = extractNotice(input);
    expect(x).toMatchObject({ kind: 'tender', title: '2026年“苏心游”技术保障和推广服务项目采购公告', projectCode: 'JSZC-320000-HWZX-G2026-0469', buyer: '江苏省数字文化和智慧旅游发展中心', agency: '江苏海外集团国际工程咨询有限公司', publishedAt: '2026-08-14', province: '江苏省', divisionCode: '320000', lots: [] });
  });

  it('a summary longer or shorter than the preview length is kept whole', () => {
    expect(jiangsuSummaryText('一、项目编号：A\n中标金额：12万元')).toBe('一、项目编号：A\n中标金额：12万元');
    const cut = `${'甲'.repeat(150)}\n金额：123456`;
    expect(cut).toHaveLength(JIANGSU_PREVIEW_CHARS);
    expect(jiangsuSummaryText(cut)).toBe('甲'.repeat(150));
  });

  it('refuses responses that hold no notice as ParseErrors (archived and flagged by the run)', () => {
    expect(() => jiangsu.parseDetail('\n\n<html>500</html>', REAL_URL)).toThrow(ParseError);
    expect(() => jiangsu.parseDetail(JSON.stringify({ msg: '查询失败', data: [] }), REAL_URL)).toThrow(/msg "查询失败"/);
    expect(() => jiangsu.parseDetail(JSON.stringify({ msg: 'OK', data: [] }), REAL_URL)).toThrow(/without the notice/);
    const other = JSON.parse(real.trim());
    other.data[0].id = 'f'.repeat(32);
    expect(() => jiangsu.parseDetail(JSON.stringify(other), REAL_URL)).toThrow(/without the notice/);
    other.data[0].id = '5a5424043b67413f9c63707d8e300470';
    other.data[0].summary = '  ';
    expect(() => jiangsu.parseDetail(JSON.stringify(other), REAL_URL)).toThrow(/summary/);
  });

  it('parses the replay feeds and extracts every replayed award right', () => {
    const listed = ['2', '3', '4'].flatMap((a) => jiangsu.parseList(jiangsuFeedBody(a), reqs[0]).items);
    expect(listed.map((i) => i.url)).toEqual(JIANGSU_NOTICES.map((n) => jiangsuDetailUrl(n.ggCode, n.id)));
    expect(listed[0].hints).toMatchObject({ publishedAt: '2026-08-20', buyer: '江苏省文化和旅游厅', region: '320000' });
    for (const n of JIANGSU_NOTICES.filter((x) => x.expect)) {
      const x = extractNotice(jiangsu.parseDetail(jiangsuDetailBody(n.id), jiangsuDetailUrl(n.ggCode, n.id)));
      expect(x, n.title).toMatchObject({ kind: 'award', title: n.title, projectCode: n.projNumber, buyer: n.buyerName, agency: n.agentName, publishedAt: n.publishDate.slice(0, 10), divisionCode: n.expect!.divisionCode, isVideoOps: true });
      expect(x.lots.map((l) => [l.vendor, l.amountYuan]), n.title).toEqual(n.expect!.lots);
    }
  });
});

describe('jiangsu end to end against the replay on 127.0.0.1', () => {
  let server: Replay;
  let t: TempDb;
  beforeAll(async () => {
    server = await replay('jiangsu');
  });
  afterAll(() => server.close());
  afterEach(() => t?.cleanup());

  const good = JIANGSU_NOTICES.filter((n) => n.videoOps && !n.broken);
  const broken = JIANGSU_NOTICES.find((n) => n.broken)!;

  it('stores exactly the video awards and their lots, counts the skipped title, archives and flags the broken response; a second run stores nothing', async () => {
    t = tempDb();
    const s = await runScrape(t.db, { source: jiangsu, ...testRunOptions(server) });
    // partial: a response came back without its notice (archived and flagged, never dropped)
    expect(s).toMatchObject({ status: 'partial', listed: 6, fetched: 5, newCount: 4, skipped: 1, failed: 1, blocked: 0 });
    expect(s.report).toMatchObject({ skippedByClassifier: 1, brokenPages: 1 });
    const notices = t.db.$client
      .prepare('select source_url as url, kind, title, buyer, agency, published_at as day, division_code as code, project_code as pc, is_sample as sample from notices order by published_at desc')
      .all();
    expect(notices).toEqual(
      good.map((n) => ({ url: jiangsuDetailUrl(n.ggCode, n.id), kind: 'award', title: n.title, buyer: n.buyerName, agency: n.agentName, day: n.publishDate.slice(0, 10), code: n.expect!.divisionCode, pc: n.projNumber, sample: 1 })),
    );
    const lots = t.db.$client.prepare('select n.project_code as pc, l.vendor, l.amount_yuan as yuan from lots l join notices n on n.id = l.notice_id order by n.published_at desc, l.seq').all();
    expect(lots).toEqual(good.flatMap((n) => n.expect!.lots.map(([vendor, yuan]) => ({ pc: n.projNumber, vendor, yuan }))));
    const bad = t.db.$client.prepare("select url, parse_status as status, parse_error as error, is_sample as sample from raw_pages where page_kind = 'detail' and parse_status <> 'ok'").all();
    expect(bad).toEqual([{ url: jiangsuDetailUrl(broken.ggCode, broken.id), status: 'broken', error: `detail response without the notice ${broken.id} in data[]`, sample: 1 }]);
    expect(tableCounts(t.db)).toMatchObject({ detailPages: 5, notices: 4, lots: 5, pending: 0 });

    const before = tableCounts(t.db);
    const s2 = await runScrape(t.db, { source: jiangsu, ...testRunOptions(server) });
    expect(s2).toMatchObject({ status: 'ok', listed: 6, fetched: 0, newCount: 0, changed: 0, failed: 0 });
    expect(s2.report.known).toBe(5);
    expect(tableCounts(t.db)).toEqual({ ...before, runs: 2 });
  });

  it('a new feed shape is a changed portal for each feed (archived, owed); a new detail shape leaves only broken pages', async () => {
    t = tempDb();
    server.setFaults({ changedLayout: true, match: '/jscms/' });
    const s = await runScrape(t.db, { source: jiangsu, ...testRunOptions(server) });
    expect(s).toMatchObject({ status: 'partial', listed: 0, failed: 3 });
    expect(s.report.drift).toHaveLength(3);
    expect(tableCounts(t.db)).toMatchObject({ notices: 0, pending: 3 });
    server.setFaults({ changedLayout: true, match: '/pss/' });
    const s2 = await runScrape(t.db, { source: jiangsu, ...testRunOptions(server) });
    server.setFaults({});
    expect(s2).toMatchObject({ listed: 6, fetched: 5, newCount: 0 });
    expect(s2.report.brokenPages).toBe(5);
    expect(tableCounts(t.db)).toMatchObject({ detailPages: 5, notices: 0, pending: 0 });
  });
});

