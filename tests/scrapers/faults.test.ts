/**
 * The fault suite: a ccgp nightly run against a replay misbehaving in one way per test, and
 * exactly what the database holds afterwards. The clean run's counts are the yardstick.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ccgpFixtureIndex } from '../../scrapers/replay/ccgp.js';
import { exitCodeFor, runScrape } from '../../scrapers/run.js';
import { ccgp } from '../../scrapers/sources/ccgp.js';
import { replay, testRunOptions, type Replay } from '../helpers/replay-server.js';
import { tableCounts, tempDb, type TempDb } from '../helpers/temp-db.js';

let server: Replay;
let t: TempDb;
let clean: { notices: number; lots: number; titles: string[] };

function titles(db: TempDb['db']): string[] {
  return (db.$client.prepare('select title from notices order by source_url').all() as { title: string }[]).map((r) => r.title);
}

beforeAll(async () => {
  server = await replay('ccgp');
  const base = tempDb();
  await runScrape(base.db, { source: ccgp, ...testRunOptions(server) });
  const c = tableCounts(base.db);
  clean = { notices: c.notices, lots: c.lots, titles: titles(base.db) };
  base.cleanup();
  expect(clean.notices).toBeGreaterThan(20);
});
afterAll(() => server.close());
afterEach(() => {
  server.setFaults({});
  t?.cleanup();
});

function since(): number {
  return server.requests.length;
}

describe('fault suite (ccgp nightly run)', () => {
  it('429 with Retry-After: waits as told, then stores exactly the clean rows', async () => {
    t = tempDb();
    server.setFaults({ match: '/cggg/dfgg/cjgg/', rateLimit: { count: 2, retryAfterSec: 1 } });
    const from = since();
    const s = await runScrape(t.db, { source: ccgp, ...testRunOptions(server) });
    expect(server.requests.slice(from).filter((r) => r.status === 429)).toHaveLength(2);
    expect(s).toMatchObject({ status: 'ok', failed: 0 });
    expect(s.report.retries).toBeGreaterThanOrEqual(2);
    expect(tableCounts(t.db)).toMatchObject({ notices: clean.notices, lots: clean.lots, pending: 0 });
  });

  it('a burst of 503s: retried with backoff, nothing lost', async () => {
    t = tempDb();
    server.setFaults({ unavailable: { count: 3 } });
    const s = await runScrape(t.db, { source: ccgp, ...testRunOptions(server) });
    expect(s).toMatchObject({ status: 'ok', failed: 0 });
    expect(tableCounts(t.db)).toMatchObject({ notices: clean.notices, lots: clean.lots, pending: 0 });
  });

  it('a page that stays down: the run is partial, the URL stays queued, and the next run fetches it', async () => {
    t = tempDb();
    const victim = ccgpFixtureIndex().find((e) => e.videoOps && e.channel === 'cjgg')!;
    server.setFaults({ match: victim.path, unavailable: { count: 1000 } });
    const s = await runScrape(t.db, { source: ccgp, ...testRunOptions(server) });
    expect(s).toMatchObject({ status: 'partial', failed: 1 });
    expect(exitCodeFor(s.status)).toBe(4);
    expect(tableCounts(t.db)).toMatchObject({ notices: clean.notices - 1, pending: 1 });
    expect(t.db.$client.prepare('select url, attempts from pending_urls').get()).toEqual({ url: `https://www.ccgp.gov.cn${victim.path}`, attempts: 1 });
    server.setFaults({});
    const s2 = await runScrape(t.db, { source: ccgp, ...testRunOptions(server) });
    expect(s2).toMatchObject({ status: 'ok', newCount: 1, fetched: 1 });
    expect(tableCounts(t.db)).toMatchObject({ notices: clean.notices, lots: clean.lots, pending: 0 });
  });

  it('slow responses: waited for', async () => {
    t = tempDb();
    server.setFaults({ slowMs: 20 });
    const s = await runScrape(t.db, { source: ccgp, ...testRunOptions(server) });
    expect(s.status).toBe('ok');
    expect(tableCounts(t.db)).toMatchObject({ notices: clean.notices, lots: clean.lots });
  });

  it('stalled responses: timed out and fetched again', async () => {
    t = tempDb();
    server.setFaults({ match: '/cggg/dfgg/zbgg/2', stall: { count: 2 } });
    const s = await runScrape(t.db, { source: ccgp, ...testRunOptions(server, { timeoutMs: 1_500 }) });
    expect(s).toMatchObject({ status: 'ok', failed: 0 });
    expect(s.report.retries).toBeGreaterThanOrEqual(2);
    expect(tableCounts(t.db)).toMatchObject({ notices: clean.notices, lots: clean.lots });
  });

  it('truncated bodies: never archived half, fetched again', async () => {
    t = tempDb();
    server.setFaults({ match: '/cggg/dfgg/', truncate: { count: 5 } });
    const s = await runScrape(t.db, { source: ccgp, ...testRunOptions(server) });
    expect(s).toMatchObject({ status: 'ok', failed: 0 });
    expect(tableCounts(t.db)).toMatchObject({ notices: clean.notices, lots: clean.lots });
    const bad = t.db.$client.prepare("select count(*) n from raw_pages where page_kind = 'detail' and parse_status <> 'ok'").get();
    expect(bad).toEqual({ n: 0 });
  });

  it('GBK pages: decoded to the same notices as the UTF-8 ones', async () => {
    t = tempDb();
    server.setFaults({ gbk: true });
    const s = await runScrape(t.db, { source: ccgp, ...testRunOptions(server) });
    expect(s.status).toBe('ok');
    expect(titles(t.db)).toEqual(clean.titles);
    const cs = t.db.$client.prepare("select distinct charset from raw_pages where page_kind = 'detail'").all();
    expect(cs).toEqual([{ charset: 'gb18030' }]);
  });

  it('a captcha page after N requests: archived as a block page, one back-off, then the source stops; the next run resumes', async () => {
    t = tempDb();
    server.setFaults({ blockAfter: 12, blockKind: 'captcha' });
    const s = await runScrape(t.db, { source: ccgp, ...testRunOptions(server) });
    expect(s.status).toBe('blocked');
    expect(exitCodeFor(s.status)).toBe(3);
    expect(s.blocked).toBeGreaterThanOrEqual(2);
    expect(s.error).toMatch(/source stopped/);
    const c = tableCounts(t.db);
    // every captcha answer is archived (once per URL), flagged blocked, and never parsed
    expect(c.blockPages).toBeGreaterThanOrEqual(1);
    expect(t.db.$client.prepare("select distinct parse_status from raw_pages where page_kind = 'block'").all()).toEqual([{ parse_status: 'blocked' }]);
    expect(c.pending).toBeGreaterThan(0);
    // no notice came from a block page
    expect(t.db.$client.prepare("select count(*) n from notices where title like '%验证%'").get()).toEqual({ n: 0 });
    expect(c.notices).toBeLessThan(clean.notices);
    server.setFaults({});
    const s2 = await runScrape(t.db, { source: ccgp, ...testRunOptions(server) });
    expect(s2.status).toBe('ok');
    expect(tableCounts(t.db)).toMatchObject({ notices: clean.notices, lots: clean.lots, pending: 0 });
    const runs = t.db.$client.prepare('select mode, status from scrape_runs order by id').all();
    expect(runs).toEqual([{ mode: 'nightly', status: 'blocked' }, { mode: 'resume', status: 'ok' }]);
  });

  it('the 频繁访问 page on the search: blocked with a clear status', async () => {
    t = tempDb();
    server.setFaults({ match: '/bxsearch', blockAfter: 0 });
    const s = await runScrape(t.db, { source: ccgp, mode: 'search', since: '2020-01-01', until: '2026-11-25', keywords: ['短视频', '抖音'], ...testRunOptions(server) });
    expect(s.status).toBe('blocked');
    expect(s.error).toMatch(/blocked by the portal/);
    // one archived 频繁访问 page per search URL; the queries stay queued for the next run
    expect(tableCounts(t.db)).toMatchObject({ notices: 0, blockPages: 2, pending: 2 });
  });

  it('a changed layout: pages archived and flagged broken, never guessed at, and layout drift reported', async () => {
    t = tempDb();
    // history: a first run over the first list pages
    await runScrape(t.db, { source: ccgp, ...testRunOptions(server, { maxPages: 1 }) });
    const before = tableCounts(t.db);
    expect(before.notices).toBeGreaterThanOrEqual(10);
    server.setFaults({ match: /^\/cggg\/dfgg\/\w+\/\d{6}\//, changedLayout: true });
    const s = await runScrape(t.db, { source: ccgp, ...testRunOptions(server, { since: '2000-01-01' }) });
    expect(s.status).toBe('partial');
    expect(s.report.brokenPages).toBe(s.fetched);
    expect(s.report.drift.join(' ')).toMatch(/extraction rate fell/);
    const c = tableCounts(t.db);
    expect(c.notices).toBe(before.notices);
    const broken = t.db.$client.prepare("select count(*) n from raw_pages where page_kind = 'detail' and parse_status = 'broken'").get() as { n: number };
    expect(broken.n).toBe(s.fetched);
    expect(c.pending).toBe(0);
  });

  it('a changed list layout: the list page is archived as broken and the run reports the portal changed', async () => {
    t = tempDb();
    server.setFaults({ match: '/cggg/dfgg/zbgg/index', changedLayout: true });
    const s = await runScrape(t.db, { source: ccgp, ...testRunOptions(server) });
    expect(s.status).toBe('partial');
    expect(s.report.drift.join(' ')).toMatch(/dfgg\/zbgg page 1: channel list without ul.c_list_bid/);
    expect(t.db.$client.prepare("select count(*) n from raw_pages where page_kind = 'list' and parse_status = 'broken'").get()).toEqual({ n: 1 });
  });
});
