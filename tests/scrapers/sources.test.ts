/**
 * Guangxi (plain HTTP), Guangdong and Zhejiang (through real Debian Chromium, because their
 * firewalls turn scripted clients away) end to end against their replays, into temp SQLite.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { classifyTitle } from '../../scrapers/extract/index.js';
import { BrowserPool } from '../../scrapers/fetch/index.js';
import { gdgpoFixtureIndex } from '../../scrapers/replay/gdgpo.js';
import { guangxiFixtureIndex } from '../../scrapers/replay/guangxi.js';
import { zhejiangFixtureIndex } from '../../scrapers/replay/zhejiang.js';
import { runScrape } from '../../scrapers/run.js';
import { GDGPO_NOTICE_TYPES, gdgpo } from '../../scrapers/sources/gdgpo.js';
import { GUANGXI_CATEGORIES, guangxi } from '../../scrapers/sources/guangxi.js';
import { zhejiang } from '../../scrapers/sources/zhejiang.js';
import { replay, testRunOptions, type Replay } from '../helpers/replay-server.js';
import { tableCounts, tempDb, type TempDb } from '../helpers/temp-db.js';

const passes = (title: string) => {
  const c = classifyTitle(title);
  return c.isVideoOps || c.score > 0;
};

let t: TempDb;
afterEach(() => t?.cleanup());

function storedUrls(db: TempDb['db']): string[] {
  return (db.$client.prepare('select source_url from notices order by source_url').all() as { source_url: string }[]).map((r) => r.source_url);
}

describe('guangxi (zcy JSON API over HTTP)', () => {
  let server: Replay;
  beforeAll(async () => {
    server = await replay('guangxi');
  });
  afterAll(() => server.close());
  const listed = guangxiFixtureIndex().filter((n) => GUANGXI_CATEGORIES.includes(n.categoryCode));
  const wanted = listed.filter((n) => passes(n.title));

  it('lists every result category, fetches the notices the classifier passes, and stores them with canonical URLs', async () => {
    t = tempDb();
    const s = await runScrape(t.db, { source: guangxi, ...testRunOptions(server) });
    expect(s).toMatchObject({ status: 'ok', listed: listed.length, fetched: wanted.length, newCount: wanted.length, failed: 0 });
    for (const n of listed.filter((x) => x.videoOps)) {
      expect(storedUrls(t.db)).toContain(`http://www.ccgp-guangxi.gov.cn/portal/detail?articleId=${encodeURIComponent(n.articleId)}&parentId=66485`);
    }
    // the list's POST bodies and the detail requests went out as the portal expects
    expect(server.requests.some((r) => r.method === 'POST' && r.path === '/portal/category')).toBe(true);
    expect(server.requests.filter((r) => r.path.startsWith('/portal/detail?')).every((r) => /timestamp=\d+/.test(r.path))).toBe(true);
  });

  it('leaves the same counts when run twice', async () => {
    t = tempDb();
    await runScrape(t.db, { source: guangxi, ...testRunOptions(server) });
    const before = tableCounts(t.db);
    const s2 = await runScrape(t.db, { source: guangxi, ...testRunOptions(server) });
    expect(s2).toMatchObject({ status: 'ok', fetched: 0, newCount: 0 });
    expect(tableCounts(t.db)).toEqual({ ...before, runs: 2 });
  });

  it('a changed API shape is reported as a changed portal, not parsed', async () => {
    t = tempDb();
    server.setFaults({ changedLayout: true, match: '/portal/detail' });
    const s = await runScrape(t.db, { source: guangxi, ...testRunOptions(server) });
    server.setFaults({});
    expect(s.status).toBe('partial');
    expect(s.report.brokenPages).toBe(wanted.length);
    expect(tableCounts(t.db).notices).toBe(0);
  });
});

describe('browser sources (real Chromium)', () => {
  const pool = new BrowserPool();
  afterAll(() => pool.close());

  it('gdgpo: opens the SPA so its script sets the cookie, then reads the API from inside the page', async () => {
    const server = await replay('gdgpo');
    try {
      t = tempDb();
      const listed = gdgpoFixtureIndex().filter((n) => GDGPO_NOTICE_TYPES.some((p) => n.noticeType.startsWith(p)));
      const wanted = listed.filter((n) => passes(n.title.replace(/<[^>]*>/g, '')));
      const s = await runScrape(t.db, { source: gdgpo, browser: pool, ...testRunOptions(server, { timeoutMs: 15_000 }) });
      expect(s).toMatchObject({ status: 'ok', listed: listed.length, fetched: wanted.length, newCount: wanted.length, blocked: 0 });
      expect(server.requests[0].path).toBe('/'); // the home page first
      expect(server.requests.some((r) => r.status === 403)).toBe(false);
      for (const n of listed.filter((x) => x.videoOps)) expect(storedUrls(t.db)).toContain(`https://gdgpo.czt.gd.gov.cn/gpcms/rest/web/v2/info/getInfoById?id=${encodeURIComponent(n.id)}`);
    } finally {
      await server.close();
    }
  });

  it('gdgpo over plain HTTP is refused by the firewall: blocked, archived, source stopped', async () => {
    const server = await replay('gdgpo');
    try {
      t = tempDb();
      const s = await runScrape(t.db, { source: { ...gdgpo, fetcher: 'http' }, ...testRunOptions(server) });
      expect(s.status).toBe('blocked');
      expect(tableCounts(t.db)).toMatchObject({ notices: 0, blockPages: 1, pending: 1 });
    } finally {
      await server.close();
    }
  });

  it('zhejiang: passes the JS-challenge firewall in Chromium and reads the same zcy API as Guangxi', async () => {
    const server = await replay('zhejiang');
    try {
      t = tempDb();
      const listed = zhejiangFixtureIndex().filter((n) => n.categoryCode === '110-900461');
      const wanted = listed.filter((n) => passes(n.title));
      const s = await runScrape(t.db, { source: zhejiang, browser: pool, ...testRunOptions(server, { timeoutMs: 15_000 }) });
      expect(s).toMatchObject({ status: 'ok', listed: listed.length, fetched: wanted.length, newCount: wanted.length, blocked: 0 });
      expect(tableCounts(t.db).notices).toBe(wanted.length);
    } finally {
      await server.close();
    }
  });
});
