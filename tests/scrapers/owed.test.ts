/**
 * The nightly gap: a list page (or notice) that fails is owed across runs until it is fetched
 * or an operator gives up; every run retries what is owed first; a walk pages past known
 * notices while an earlier page of its list was never read; runs and `procwatch runs` say how
 * many URLs are owed and since when. Against the ccgp replay with fault injection, and against
 * a portal whose list grows between runs (so the unread page's notices move down the list).
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { classifyTitle } from '../../scrapers/extract/index.js';
import { ccgpChannelEntries, ccgpFixtureIndex } from '../../scrapers/replay/ccgp.js';
import { startReplay } from '../../scrapers/replay/index.js';
import { exitCodeFor, runScrape, type RunSummary } from '../../scrapers/run.js';
import { ccgp } from '../../scrapers/sources/ccgp.js';
import { replay, testRunOptions, type Replay } from '../helpers/replay-server.js';
import { cleanScrapeCounts } from '../helpers/clean-scrape.js';
import { tableCounts, tempDb, type TempDb } from '../helpers/temp-db.js';
import { growingPortal } from './growing-portal.js';

const WWW = 'https://www.ccgp.gov.cn';
const PAGE2 = '/cggg/dfgg/zbgg/index_1.htm';
const bin = fileURLToPath(new URL('../../bin/procwatch.js', import.meta.url));

const passes = (title: string) => {
  const c = classifyTitle(title);
  return c.isVideoOps || c.score > 0;
};

function storedUrls(t: TempDb): Set<string> {
  return new Set((t.db.$client.prepare('select source_url from notices').all() as { source_url: string }[]).map((r) => r.source_url));
}

function procwatch(args: string[]) {
  const r = spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8', timeout: 120_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

let server: Replay;
let clean: ReturnType<typeof tableCounts>;
let t: TempDb;

beforeAll(async () => {
  server = await replay('ccgp');
  clean = await cleanScrapeCounts(server);
});
afterAll(() => server.close());
afterEach(() => {
  server.setFaults({});
  t?.cleanup();
});

describe('a list page that fails three nights in a row', () => {
  it('stays owed, is retried first each run, and run 4 stores every notice of page 2 (and past it): exact counts', async () => {
    t = tempDb();
    const zbgg = ccgpChannelEntries('dfgg', 'zbgg');
    expect(zbgg.length).toBeGreaterThan(40); // three pages of 20
    const page2 = zbgg.slice(20, 40).filter((e) => passes(e.title));
    const later = zbgg.slice(40).filter((e) => passes(e.title));
    expect(page2.length).toBeGreaterThan(5);

    const runs: RunSummary[] = [];
    for (let night = 1; night <= 3; night++) {
      server.setFaults({ match: PAGE2, unavailable: { count: 10_000 } });
      const from = server.requests.length;
      const s = await runScrape(t.db, { source: ccgp, ...testRunOptions(server) });
      runs.push(s);
      const mine = server.requests.slice(from);
      // the owed page is retried (with the fetcher's own retries) before the night's lists
      expect(mine.filter((r) => r.path === PAGE2).length).toBeGreaterThanOrEqual(1);
      if (night > 1) expect(mine.find((q) => q.path !== '/robots.txt')?.path).toBe(PAGE2);
      expect(s.status).toBe('partial');
      expect(exitCodeFor(s.status)).toBe(4);
      expect(s.owed).toMatchObject({ count: 1, lists: 1, details: 0 });
      expect(s.error).toMatch(/1 URL owed since \d{4}-\d\d-\d\d \d\d:\d\d UTC \(1 list page, 0 detail pages\)/);
      const row = t.db.$client.prepare('select url, page_kind, attempts, hints from pending_urls').all() as { url: string; page_kind: string; attempts: number; hints: string }[];
      expect(row).toHaveLength(1);
      expect(row[0]).toMatchObject({ url: WWW + PAGE2, page_kind: 'list', attempts: night });
      expect(JSON.parse(row[0].hints).owed).toMatchObject({ runId: runs[0].runId, lastRunId: s.runId, lastError: expect.stringMatching(/503/) });
      // nothing of page 2 or beyond is stored yet
      const urls = storedUrls(t);
      for (const e of [...page2, ...later]) expect(urls.has(WWW + e.path)).toBe(false);
    }
    // "since" is the first failure, the same every night
    expect(new Set(runs.map((r) => r.owed.since)).size).toBe(1);
    expect(runs[1].report.owedRetried).toBe(1);
    expect(t.db.$client.prepare('select mode from scrape_runs where id = ?').pluck().get(runs[1].runId)).toBe('nightly');

    server.setFaults({});
    const s4 = await runScrape(t.db, { source: ccgp, ...testRunOptions(server) });
    expect(s4).toMatchObject({ status: 'ok', failed: 0, error: null, owed: { count: 0, since: null } });
    expect(s4.newCount).toBe(page2.length + later.length);
    const urls = storedUrls(t);
    for (const e of [...page2, ...later]) expect(urls.has(WWW + e.path)).toBe(true);
    expect(tableCounts(t.db)).toMatchObject({ notices: clean.notices, lots: clean.lots, detailPages: clean.detailPages, pending: 0, runs: 4 });
    const statuses = t.db.$client.prepare('select status from scrape_runs order by id').pluck().all();
    expect(statuses).toEqual(['partial', 'partial', 'partial', 'ok']);
  });
});

describe('a list that grows while one of its pages is unreadable', () => {
  it('pages past notices stored since the gap opened, so the notices pushed down the list are still reached', async () => {
    const portal = growingPortal(50);
    const r = await startReplay({ portal: 'ccgp', port: 0, handler: portal.handler });
    const tt = tempDb();
    try {
      const opts = testRunOptions(r);
      r.setFaults({ match: PAGE2, unavailable: { count: 10_000 } });
      const s1 = await runScrape(tt.db, { source: ccgp, ...opts });
      expect(s1).toMatchObject({ status: 'partial', newCount: 20, owed: { count: 1, lists: 1 } });
      // two nights of new notices while page 2 stays down: they push page 2's notices further down
      portal.publish(15);
      const s2 = await runScrape(tt.db, { source: ccgp, ...opts });
      expect(s2).toMatchObject({ status: 'partial', newCount: 15, owed: { count: 1 } });
      portal.publish(10);
      const s3 = await runScrape(tt.db, { source: ccgp, ...opts });
      expect(s3).toMatchObject({ status: 'partial', newCount: 10, owed: { count: 1 } });

      r.setFaults({});
      const s4 = await runScrape(tt.db, { source: ccgp, ...opts });
      // The 30 notices first listed on pages 2–3 now sit on pages 3–4, under 45 known ones.
      expect(s4).toMatchObject({ status: 'ok', newCount: 30, failed: 0, owed: { count: 0 } });
      expect(tableCounts(tt.db)).toMatchObject({ notices: 75, detailPages: 75, pending: 0 });
      const urls = new Set((tt.db.$client.prepare('select source_url from notices').all() as { source_url: string }[]).map((x) => x.source_url));
      for (let i = 0; i < portal.count; i++) expect(urls.has(WWW + portal.path(i))).toBe(true);
      // every notice fetched once across the four runs
      const details = r.requests.filter((q) => /t20260101_\d+\.htm$/.test(q.path) && q.status === 200);
      expect(details).toHaveLength(75);
      expect(new Set(details.map((q) => q.path)).size).toBe(75);

      // a fifth night with nothing new: caught up, one list page per channel
      const from = r.requests.length;
      const s5 = await runScrape(tt.db, { source: ccgp, ...opts });
      expect(s5).toMatchObject({ status: 'ok', fetched: 0, newCount: 0 });
      expect(r.requests.slice(from).filter((q) => q.path.startsWith('/cggg/dfgg/zbgg/index'))).toHaveLength(1);
    } finally {
      tt.cleanup();
      await r.close();
    }
  });
});

describe('an owed page of a backfill', () => {
  it('is read with its own date window and mode when a nightly run retries it', async () => {
    const window = { mode: 'search' as const, since: '2015-01-01', until: '2026-11-25', keywords: ['短视频', '新媒体'] };
    // yardstick: the backfill without faults, then a nightly run, in one database
    const b = tempDb();
    try {
      await runScrape(b.db, { source: ccgp, ...window, ...testRunOptions(server) });
      await runScrape(b.db, { source: ccgp, ...testRunOptions(server) });
      const expected = [...storedUrls(b)].toSorted();
      t = tempDb();
      // the 新媒体 search is down during the backfill
      server.setFaults({ match: `kw=${encodeURIComponent('新媒体')}`, unavailable: { count: 10_000 } });
      const s1 = await runScrape(t.db, { source: ccgp, ...window, ...testRunOptions(server) });
      expect(s1).toMatchObject({ status: 'partial', owed: { count: 1, lists: 1 } });
      const owedRow = JSON.parse(t.db.$client.prepare('select hints from pending_urls').pluck().get() as string);
      expect(owedRow.window).toEqual({ mode: 'search', since: window.since, until: window.until });
      server.setFaults({});
      const s2 = await runScrape(t.db, { source: ccgp, ...testRunOptions(server) });
      expect(s2).toMatchObject({ status: 'ok', owed: { count: 0 } });
      // the retried search page was read as the backfill meant it: the same archive as without the fault
      expect([...storedUrls(t)].toSorted()).toEqual(expected);
    } finally {
      b.cleanup();
    }
  });
});

describe('owed notices, the per-run bound, and giving up', () => {
  const victims = ccgpFixtureIndex().filter((e) => e.videoOps && e.channel === 'cjgg' && e.scope === 'dfgg').slice(0, 2);

  it('retries at most --max-owed owed URLs per run, oldest first; the rest stay owed', async () => {
    t = tempDb();
    expect(victims).toHaveLength(2);
    server.setFaults({ match: new RegExp(victims.map((v) => v.path.replace(/[.]/g, '\\.')).join('|')), unavailable: { count: 10_000 } });
    const s1 = await runScrape(t.db, { source: ccgp, ...testRunOptions(server) });
    expect(s1).toMatchObject({ status: 'partial', failed: 2, owed: { count: 2, lists: 0, details: 2 } });
    expect(tableCounts(t.db)).toMatchObject({ notices: clean.notices - 2, pending: 2 });
    server.setFaults({});
    const s2 = await runScrape(t.db, { source: ccgp, ...testRunOptions(server, { maxOwed: 1 }) });
    expect(s2).toMatchObject({ status: 'partial', fetched: 1, newCount: 1, owed: { count: 1 } });
    expect(s2.report).toMatchObject({ owedRetried: 1, owedWaiting: 1 });
    const s3 = await runScrape(t.db, { source: ccgp, ...testRunOptions(server, { maxOwed: 1 }) });
    expect(s3).toMatchObject({ status: 'ok', fetched: 1, newCount: 1, owed: { count: 0 } });
    expect(tableCounts(t.db)).toMatchObject({ notices: clean.notices, lots: clean.lots, pending: 0 });
  });

  it('warns loudly past the warning age, shows the owed URLs in procwatch runs, and forgets them only when told', async () => {
    t = tempDb();
    server.setFaults({ match: victims[0].path, unavailable: { count: 10_000 } });
    const opts = testRunOptions(server, { owedWarnDays: 0 });
    const s1 = await runScrape(t.db, { source: ccgp, ...opts });
    expect(s1.owed).toMatchObject({ count: 1, stale: 1 });
    expect(s1.report.warnings.join(' ')).toMatch(/owed for more than 0 days.*--forget-owed/);
    expect(opts.events.some((e) => e.event === 'owed_stale')).toBe(true);
    const end = opts.events.find((e) => e.event === 'run_end')!;
    expect(end.owed).toMatch(/^1 URL owed since/);

    const runs = procwatch(['runs', '--db', t.path]);
    expect(runs.code).toBe(0);
    expect(runs.stdout).toMatch(/^run\s+source.*\bowed$/m);
    expect(runs.stdout).toMatch(/owed now: ccgp: 1 URL owed since .* \(0 list pages, 1 detail page\)/);
    const owed = procwatch(['runs', '--db', t.path, '--owed', '--json']);
    expect(owed.code).toBe(0);
    const rows = owed.stdout.trim().split('\n').map((l) => JSON.parse(l) as { url: string; attempts: number; lastError: string; since: string });
    expect(rows).toEqual([expect.objectContaining({ url: WWW + victims[0].path, attempts: 1, lastError: expect.stringMatching(/503/), since: s1.owed.since })]);

    // --before a day earlier than the failure forgets nothing; --forget-owed forgets, loudly, and leaves a trace
    const none = procwatch(['scrape', '--source', 'ccgp', '--db', t.path, '--forget-owed', '--before', '2000-01-01']);
    expect(none.code).toBe(0);
    expect(none.stderr).toMatch(/nothing forgotten/);
    const db = t.reopen();
    expect(tableCounts(db).pending).toBe(1);
    const gone = procwatch(['scrape', '--source', 'ccgp', '--db', t.path, '--forget-owed']);
    expect(gone.code, gone.stderr).toBe(0);
    expect(gone.stderr).toMatch(/^WARNING: gave up on 1 owed URL/);
    expect(JSON.parse(gone.stdout.trim())).toMatchObject({ event: 'forgotten', url: WWW + victims[0].path });
    expect(tableCounts(db).pending).toBe(0);
    const rec = db.$client.prepare("select status, error, report from scrape_runs where mode = 'forget-owed'").get() as { status: string; error: string; report: string };
    expect(rec.error).toMatch(/gave up on 1 owed URL/);
    expect(JSON.parse(rec.report)).toMatchObject({ forgotten: 1, urls: [expect.objectContaining({ url: WWW + victims[0].path })] });
    // the next run owes nothing
    server.setFaults({});
    const s2 = await runScrape(db, { source: ccgp, ...testRunOptions(server) });
    expect(s2).toMatchObject({ status: 'ok', owed: { count: 0 } });
  }, 150_000);
});
