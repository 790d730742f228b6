/**
 * What a scraper operator meets on a timer: two scrapes of different sources on one database
 * at the same time (both finish), two of the same source (the second refuses in one line and
 * leaves the first alone), and a run stopped with SIGTERM or Ctrl-C (it stops cleanly, logs
 * its end, and the next run resumes to exactly a clean run's rows). Real child processes of
 * `procwatch scrape` against replays on loopback, over a real SQLite file.
 */
import { spawn } from 'node:child_process';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cleanScrapeCounts } from '../helpers/clean-scrape.js';
import { replay, type Replay } from '../helpers/replay-server.js';
import { tableCounts, tempDb, type TempDb } from '../helpers/temp-db.js';
import { openDb } from '../../db/index.js';

let ccgp: Replay;
let guangxi: Replay;
let clean: Record<string, number>;
const dbs: TempDb[] = [];

beforeAll(async () => {
  ccgp = await replay('ccgp');
  guangxi = await replay('guangxi');
  clean = await cleanScrapeCounts(ccgp);
});
afterAll(async () => {
  for (const t of dbs) t.cleanup();
  await ccgp.close();
  await guangxi.close();
});

function freshDb(): string {
  const t = tempDb();
  t.db.$client.close(); // the child processes own the file
  dbs.push(t);
  return t.path;
}

function query<T>(path: string, sql: string): T[] {
  const db = new Database(path, { readonly: true, fileMustExist: true });
  try {
    return db.prepare(sql).all() as T[];
  } finally {
    db.close();
  }
}

interface Child {
  pid: number;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null; stdout: string; stderr: string }>;
  kill(sig: NodeJS.Signals): void;
  stdout(): string;
}

function scrape(source: string, base: Replay, db: string, rate = '0'): Child {
  const c = spawn(process.execPath, ['bin/procwatch.js', 'scrape', '--source', source, '--base-url', base.baseUrl, '--rate', rate, '--concurrency', '2', '--db', db], { stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  c.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
  c.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  const timer = setTimeout(() => c.kill('SIGKILL'), 120_000);
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null; stdout: string; stderr: string }>((resolve) =>
    c.on('exit', (code, signal) => {
      clearTimeout(timer);
      // let the pipes drain
      setImmediate(() => resolve({ code, signal, stdout, stderr }));
    }),
  );
  return { pid: c.pid!, exited, kill: (s) => c.kill(s), stdout: () => stdout };
}

/** Wait (bounded) until the child's log holds `needle`. */
async function until(c: Child, needle: string, ms = 30_000): Promise<void> {
  for (let t = 0; t < ms && !c.stdout().includes(needle); t += 20) await new Promise((r) => setTimeout(r, 20));
  expect(c.stdout()).toContain(needle);
}

const jsonLines = (s: string) =>
  s
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as Record<string, unknown>);

describe('two scrapes on one database at the same time', () => {
  it('of two sources: both finish ok (neither fails on "database is locked")', async () => {
    const db = freshDb();
    // Paced as a real run is (at 5 requests per second here), so the two runs' commits interleave.
    const a = scrape('ccgp', ccgp, db, '5');
    await until(a, '"event":"list"');
    const b = scrape('guangxi', guangxi, db, '5');
    const [ra, rb] = await Promise.all([a.exited, b.exited]);
    expect(ra.stdout + ra.stderr).not.toContain('database is locked');
    expect(rb.stdout + rb.stderr).not.toContain('database is locked');
    expect([ra.code, rb.code]).toEqual([0, 0]);
    const runs = query<{ source_id: string; status: string }>(db, 'select source_id, status from scrape_runs order by id');
    expect(runs).toEqual([
      { source_id: 'ccgp', status: 'ok' },
      { source_id: 'guangxi', status: 'ok' },
    ]);
  });

  it('of the same source: the second refuses in one line, the first is left alone and ends ok', async () => {
    const db = freshDb();
    // 3 s per page until the second run has given up: the first is still fetching (a minute of
    // pages) however slowly the second process starts on a busy machine
    ccgp.setFaults({ match: '/cggg/', slowMs: 3000 });
    try {
      const a = scrape('ccgp', ccgp, db);
      let aDone = false;
      void a.exited.then(() => (aDone = true));
      await until(a, '"event":"run_start"');
      const b = scrape('ccgp', ccgp, db);
      const rb = await b.exited;
      expect(aDone).toBe(false);
      expect(rb.code).toBe(1);
      expect(rb.stdout).toBe('');
      expect(rb.stderr.trim().split('\n')).toHaveLength(1);
      expect(rb.stderr).toMatch(new RegExp(`^procwatch scrape: ccgp is already being scraped into this database by run 1 \\(pid ${a.pid}, started .+\\); not starting a second run`));
      ccgp.setFaults({});
      const ra = await a.exited;
      expect(ra.code).toBe(0);
      expect(jsonLines(ra.stdout).find((e) => e.event === 'run_start')?.abortedRuns).toBe(0);
      const runs = query<{ status: string }>(db, 'select status from scrape_runs order by id');
      expect(runs).toEqual([{ status: 'ok' }]);
      const d = openDb(db);
      try {
        expect(tableCounts(d)).toEqual(clean);
      } finally {
        d.$client.close();
      }
    } finally {
      ccgp.setFaults({});
    }
  });
});

describe('a run stopped by a signal', () => {
  for (const [sig, code] of [
    ['SIGTERM', 143],
    ['SIGINT', 130],
  ] as const) {
    it(`${sig}: commits what it read, records the run as aborted with its end, and the next run resumes to the clean rows`, async () => {
      const db = freshDb();
      // a second per detail page: the run is still fetching when the signal comes
      ccgp.setFaults({ match: '/cggg/dfgg/', slowMs: 1000 });
      try {
        const a = scrape('ccgp', ccgp, db);
        await until(a, '"event":"detail"');
        const killedAt = Date.now();
        a.kill(sig);
        const ra = await a.exited;
        expect(Date.now() - killedAt).toBeLessThan(10_000);
        expect(ra.code).toBe(code);
        const events = jsonLines(ra.stdout);
        const end = events.find((e) => e.event === 'run_end');
        expect(end).toMatchObject({ status: 'aborted' });
        expect(String(end?.error)).toContain(`stopped by ${sig}`);
        const [row] = query<{ status: string; ended_at: string | null; error: string }>(db, 'select status, ended_at, error from scrape_runs');
        expect(row.status).toBe('aborted');
        expect(row.ended_at).not.toBeNull();
        expect(query<{ n: number }>(db, 'select count(*) n from pending_urls')[0].n).toBeGreaterThan(0);

        ccgp.setFaults({});
        const again = await scrape('ccgp', ccgp, db).exited;
        expect(again.code).toBe(0);
        expect(jsonLines(again.stdout)[0]).toMatchObject({ event: 'run_start', runMode: 'resume' });
        const d = openDb(db);
        try {
          expect({ ...tableCounts(d), runs: 0 }).toEqual({ ...clean, runs: 0 });
        } finally {
          d.$client.close();
        }
      } finally {
        ccgp.setFaults({});
      }
    });
  }
});
