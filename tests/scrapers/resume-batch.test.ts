/**
 * kill -9 while detail pages wait in the write batch (fetched and extracted, not committed):
 * none of them is half-stored (no archived page without its notice, no notice without its
 * page, no frontier row dropped without both), and the next run fetches them again and ends
 * with exactly the clean rows.
 */
import { spawn } from 'node:child_process';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runScrape } from '../../scrapers/run.js';
import { ccgp } from '../../scrapers/sources/ccgp.js';
import { replay, testRunOptions, type Replay } from '../helpers/replay-server.js';
import { cleanScrapeCounts } from '../helpers/clean-scrape.js';
import { tableCounts, tempDb, type TempDb } from '../helpers/temp-db.js';

const DETAIL = /\/t\d{8}_\d+\.htm$/;
let server: Replay;
let clean: ReturnType<typeof tableCounts>;
const dbs: TempDb[] = [];

beforeAll(async () => {
  server = await replay('ccgp');
  clean = await cleanScrapeCounts(server);
});
afterAll(async () => {
  for (const t of dbs) t.cleanup();
  await server.close();
});

/** One query on the child's database through a separate read-only connection (0 before it exists). */
function query(path: string, sql: string): number {
  let db: Database.Database | null = null;
  try {
    db = new Database(path, { readonly: true, fileMustExist: true });
    return (db.prepare(sql).get() as { n: number }).n;
  } catch {
    return 0;
  } finally {
    db?.close();
  }
}

/**
 * Scrape into a fresh database and SIGKILL the child while fetched pages wait uncommitted. A list
 * page commits the batch, and one may land between the check and the kill, so the caller retries
 * (bounded) when the kill found fewer than two pages uncommitted.
 */
async function killInsideBatch(): Promise<{ t: TempDb; lost: string[]; storedUrls: Set<string> }> {
  const t = tempDb();
  dbs.push(t);
  t.db.$client.close(); // the child owns the file until it is killed
  // Slow details and a batch that only commits at list pages or when the run is idle: the
  // kill lands while several fetched pages wait for their commit.
  server.setFaults({ match: DETAIL, slowMs: 40 });
  const start = server.requests.length;
  const child = spawn(process.execPath, ['bin/procwatch.js', 'scrape', '--source', 'ccgp', '--base-url', server.baseUrl, '--rate', '0', '--concurrency', '2', '--db', t.path], {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, PROCWATCH_BATCH_PAGES: '1000', PROCWATCH_BATCH_MS: '600000' },
  });
  child.stdout.resume();
  child.stderr.resume();
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  const served = () => server.requests.slice(start).filter((r) => DETAIL.test(r.path) && r.status === 200).length;
  let waiting = 0;
  let stored = 0;
  // Bounded wait until some pages are committed and at least 5 more are served but not
  // committed, then the kill at once: a list page commits the batch, so the window is short.
  for (let i = 0; i < 2400 && !(stored >= 1 && waiting >= 5); i++) {
    await new Promise((r) => setTimeout(r, 20));
    stored = query(t.path, "select count(*) n from raw_pages where page_kind = 'detail'");
    waiting = served() - stored;
  }
  expect(stored).toBeGreaterThanOrEqual(1);
  expect(waiting).toBeGreaterThanOrEqual(5);
  const servedAtKill = server.requests.slice(start).filter((r) => DETAIL.test(r.path) && r.status === 200).map((r) => r.path);
  child.kill('SIGKILL');
  expect(await exited).toBeNull();
  server.setFaults({});
  const db = t.reopen();
  const storedUrls = new Set((db.$client.prepare("select url from raw_pages where page_kind = 'detail'").pluck().all() as string[]).map((u) => new URL(u).pathname));
  db.$client.close();
  return { t, lost: servedAtKill.filter((p) => !storedUrls.has(p)), storedUrls };
}

describe('a run killed inside a write batch', () => {
  it('loses the uncommitted pages whole, and the resumed run fetches them again: exact counts', async () => {
    let k = await killInsideBatch();
    for (let attempt = 1; attempt < 3 && k.lost.length < 2; attempt++) k = await killInsideBatch();
    const { lost, storedUrls } = k;
    const db = k.t.reopen();
    // Fetched pages not yet committed (waiting in the batch or for extraction) when the kill
    // landed; a list page may commit a few in the milliseconds between the check and the kill.
    expect(lost.length).toBeGreaterThanOrEqual(2);
    // all or nothing per page: every archived detail page has its notice and is marked ok, and
    // every page the kill lost is still queued
    expect(db.$client.prepare("select count(*) n from raw_pages r left join notices n on n.raw_page_id = r.id where r.page_kind = 'detail' and (n.id is null or r.parse_status <> 'ok')").get()).toEqual({ n: 0 });
    const queued = new Set((db.$client.prepare("select url from pending_urls where page_kind = 'detail'").pluck().all() as string[]).map((u) => new URL(u).pathname));
    for (const p of lost) expect(queued.has(p), p).toBe(true);
    const run1 = db.$client.prepare('select fetched, new_count from scrape_runs').get() as { fetched: number; new_count: number };
    expect(run1.fetched).toBe(storedUrls.size); // the counters committed with the pages
    expect(run1.new_count).toBe(tableCounts(db).notices);

    const from = server.requests.length;
    const s = await runScrape(db, { source: ccgp, ...testRunOptions(server) });
    expect(s.status).toBe('ok');
    expect(s.report.resumed).toBeGreaterThan(0);
    expect(tableCounts(db)).toMatchObject({ notices: clean.notices, lots: clean.lots, detailPages: clean.detailPages, pending: 0, runs: 2 });
    // the lost pages were fetched again
    const again = server.requests.slice(from).filter((r) => DETAIL.test(r.path)).map((r) => r.path);
    for (const p of lost) expect(again).toContain(p);
    // committed pages come back only as the siblings of a correction the kill had lost
    expect([...storedUrls].filter((p) => again.includes(p)).length).toBeLessThanOrEqual(s.report.refetched);
    const runs = db.$client.prepare('select mode, status, new_count from scrape_runs order by id').all() as { mode: string; status: string; new_count: number }[];
    expect(runs.map((r) => [r.mode, r.status])).toEqual([['nightly', 'aborted'], ['resume', 'ok']]);
    expect(runs[0].new_count + runs[1].new_count).toBe(clean.notices);
  }, 150_000);
});
