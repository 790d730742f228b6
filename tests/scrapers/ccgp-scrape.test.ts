/**
 * ccgp end to end against its replay on 127.0.0.1, into temp SQLite files: the nightly run over
 * the channel lists, a second run that changes nothing, a keyword backfill that fetches each
 * notice once, robots.txt, and a notice corrected after its award.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { classifyTitle } from '../../scrapers/extract/index.js';
import { ccgpFixtureIndex } from '../../scrapers/replay/ccgp.js';
import { runScrape } from '../../scrapers/run.js';
import { CCGP_NIGHTLY_CHANNELS, ccgp } from '../../scrapers/sources/ccgp.js';
import { replay, testRunOptions, type Replay } from '../helpers/replay-server.js';
import { tableCounts, tempDb, type TempDb } from '../helpers/temp-db.js';

const WWW = 'https://www.ccgp.gov.cn';
const index = ccgpFixtureIndex();
const nightly = index.filter((e) => CCGP_NIGHTLY_CHANNELS.includes(e.channel));
const passing = nightly.filter((e) => {
  const c = classifyTitle(e.title);
  return c.isVideoOps || c.score > 0;
});

let server: Replay;
let t: TempDb;
beforeAll(async () => {
  server = await replay('ccgp');
});
afterAll(() => server.close());
afterEach(() => {
  server.setFaults({});
  t?.cleanup();
});

function detailRequests(path: string, from = 0): number {
  return server.requests.slice(from).filter((r) => r.path === path).length;
}

describe('ccgp nightly run (channel lists)', () => {
  it('fetches exactly the list items the title classifier passes, stores one notice each, and logs the run', async () => {
    t = tempDb();
    const s = await runScrape(t.db, { source: ccgp, ...testRunOptions(server) });
    expect(s.status).toBe('ok');
    expect(s.listed).toBe(nightly.length);
    expect(s.fetched).toBe(passing.length);
    expect(s.newCount).toBe(passing.length);
    expect(s.skipped).toBe(nightly.length - passing.length);
    expect(s.report.skippedByClassifier).toBe(nightly.length - passing.length);
    // every video-ops notice of those channels made it (the classifier leans to recall)
    const urls = new Set((t.db.$client.prepare('select source_url from notices').all() as { source_url: string }[]).map((r) => r.source_url));
    for (const e of nightly.filter((x) => x.videoOps)) expect(urls.has(WWW + e.path)).toBe(true);
    const c = tableCounts(t.db);
    expect(c).toMatchObject({ notices: passing.length, detailPages: passing.length, pending: 0, runs: 1, blockPages: 0 });
    const run = t.db.$client.prepare('select * from scrape_runs').get() as Record<string, unknown>;
    expect(run).toMatchObject({ status: 'ok', mode: 'nightly', fetched: passing.length, new_count: passing.length, failed: 0, blocked: 0 });
    expect(run.ended_at).toBeTruthy();
    expect(JSON.parse(String(run.report)).decision).toMatch(/classifyTitle/);
    // nothing extracted exists without its archived page
    const orphans = t.db.$client.prepare("select count(*) n from notices n left join raw_pages r on r.id = n.raw_page_id where r.id is null or r.page_kind <> 'detail' or r.parse_status <> 'ok'").get() as { n: number };
    expect(orphans.n).toBe(0);
  });

  it('leaves the same counts when run twice: the second run stops at known notices and fetches nothing', async () => {
    t = tempDb();
    await runScrape(t.db, { source: ccgp, ...testRunOptions(server) });
    const before = tableCounts(t.db);
    const listsBefore = server.requests.length;
    const s2 = await runScrape(t.db, { source: ccgp, ...testRunOptions(server) });
    expect(s2).toMatchObject({ status: 'ok', fetched: 0, newCount: 0, changed: 0, failed: 0 });
    expect(tableCounts(t.db)).toEqual({ ...before, runs: 2 });
    // one page per channel list: the first page already holds known notices
    expect(server.requests.length - listsBefore).toBeLessThanOrEqual(1 + 8);
  });
});

describe('ccgp search backfill (bxsearch)', () => {
  it('fetches a notice found by several keywords and pages once, within the date window', async () => {
    t = tempDb();
    const start = server.requests.length;
    const s = await runScrape(t.db, { source: ccgp, mode: 'search', since: '2015-01-01', until: '2026-11-25', keywords: ['短视频', '短视频制作', '新媒体', '融媒体'], ...testRunOptions(server) });
    expect(s.status).toBe('ok');
    const mine = server.requests.slice(start);
    const details = mine.filter((r) => r.path.startsWith('/cggg/'));
    expect(details.length).toBe(new Set(details.map((r) => r.path)).size);
    expect(details.length).toBe(s.fetched);
    expect(s.report.duplicates).toBeGreaterThan(0);
    expect(mine.filter((r) => r.path.startsWith('/bxsearch')).length).toBeGreaterThanOrEqual(4);
    expect(tableCounts(t.db).notices).toBe(s.newCount);
    const run = t.db.$client.prepare('select mode, params from scrape_runs').get() as { mode: string; params: string };
    expect(run.mode).toBe('backfill');
    expect(JSON.parse(run.params).keywords).toEqual(['短视频', '短视频制作', '新媒体', '融媒体']);
  });

  it('keeps only notices inside --since/--until', async () => {
    t = tempDb();
    const s = await runScrape(t.db, { source: ccgp, mode: 'search', since: '2024-01-01', until: '2024-12-31', keywords: ['短视频'], ...testRunOptions(server) });
    expect(s.status).toBe('ok');
    const days = (t.db.$client.prepare('select hints from raw_pages where page_kind = ?').all('detail') as { hints: string }[]).map((r) => JSON.parse(r.hints).publishedAt as string);
    expect(days.length).toBeGreaterThan(0);
    for (const d of days) expect(d >= '2024-01-01' && d <= '2024-12-31').toBe(true);
  });
});

describe('robots.txt', () => {
  it('never requests what robots.txt disallows and says so in the report', async () => {
    t = tempDb();
    server.setFaults({ robots: 'User-agent: *\nDisallow: /cggg/zygg/\n' });
    const start = server.requests.length;
    const s = await runScrape(t.db, { source: ccgp, ...testRunOptions(server) });
    const mine = server.requests.slice(start);
    expect(mine.some((r) => r.path === '/robots.txt')).toBe(true);
    expect(mine.filter((r) => r.path.startsWith('/cggg/zygg/'))).toEqual([]);
    expect(s.report.robotsDisallowed).toBe(4);
    expect(s.status).toBe('ok');
    const stored = t.db.$client.prepare("select count(*) n from notices where source_url like '%/zygg/%'").get() as { n: number };
    expect(stored.n).toBe(0);
  });
});

describe('a notice corrected after its award', () => {
  const award = index.find((e) => e.projectCode === 'PJCG-2023-0417' && e.kind === 'award')!;
  const correction = index.find((e) => e.projectCode === 'PJCG-2023-0417' && e.kind === 'correction')!;

  it('fetches the correction, then the award again, and stores the award page it changed into', async () => {
    t = tempDb();
    const start = server.requests.length;
    server.setFaults({ hide: [correction.path] });
    await runScrape(t.db, { source: ccgp, ...testRunOptions(server) });
    const first = t.db.$client.prepare('select id, raw_page_id from notices where source_url = ?').get(WWW + award.path) as { id: number; raw_page_id: number };
    expect(first).toBeTruthy();
    expect(t.db.$client.prepare('select count(*) n from notices where source_url = ?').get(WWW + correction.path)).toEqual({ n: 0 });
    const before = tableCounts(t.db);

    // The portal publishes the correction and edits the award page.
    server.setFaults({ rewrite: [{ path: award.path, from: '</body>', to: '<p>（本公告已更正，详见更正公告）</p></body>' }] });
    const s2 = await runScrape(t.db, { source: ccgp, ...testRunOptions(server) });
    expect(s2.status).toBe('ok');
    expect(s2.newCount).toBe(1);
    expect(s2.changed).toBe(1);
    expect(s2.report.refetched).toBeGreaterThanOrEqual(1);
    const after = t.db.$client.prepare('select id, raw_page_id from notices where source_url = ?').get(WWW + award.path) as { id: number; raw_page_id: number };
    expect(after.id).toBe(first.id);
    expect(after.raw_page_id).toBeGreaterThan(first.raw_page_id);
    expect(t.db.$client.prepare('select count(*) n from raw_pages where url = ?').get(WWW + award.path)).toEqual({ n: 2 });
    expect(tableCounts(t.db)).toMatchObject({ notices: before.notices + 1, detailPages: before.detailPages + 2, pending: 0 });
    expect(detailRequests(award.path, start)).toBe(2);
    // the page fetched again keeps the list's hints (so a later nightly run still recognises it)
    const hints = t.db.$client.prepare('select hints from raw_pages where url = ? order by id desc limit 1').get(WWW + award.path) as { hints: string };
    expect(JSON.parse(hints.hints)).toMatchObject({ title: award.title });
  });
});
