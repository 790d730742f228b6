/**
 * kill -9 of a child `procwatch scrape` in the middle of a run, then the next run: nothing
 * lost, nothing stored twice, exact counts (against a clean run of the same replay).
 */
import { spawn } from 'node:child_process';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { replay, type Replay } from '../helpers/replay-server.js';
import { cleanScrapeCounts } from '../helpers/clean-scrape.js';
import { tableCounts, tempDb, type TempDb } from '../helpers/temp-db.js';

let server: Replay;
let clean: ReturnType<typeof tableCounts>;
let t: TempDb;

beforeAll(async () => {
  server = await replay('ccgp');
  clean = await cleanScrapeCounts(server);
  t = tempDb();
  t.db.$client.close(); // the child processes own the file
});
afterAll(async () => {
  t.cleanup();
  await server.close();
});

function count(path: string, sql: string): number {
  const db = new Database(path, { readonly: true, fileMustExist: true });
  try {
    return (db.prepare(sql).get() as { n: number }).n;
  } finally {
    db.close();
  }
}

const cli = (args: string[]) => ['bin/procwatch.js', ...args];

/** Run the CLI in a child without blocking this process (it serves the replay the child reads). */
function runCli(args: string[], timeoutMs = 120_000): Promise<{ status: number | null; stdout: string }> {
  return new Promise((resolve) => {
    const c = spawn(process.execPath, cli(args), { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    c.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    const timer = setTimeout(() => c.kill('SIGKILL'), timeoutMs);
    c.on('exit', (status) => {
      clearTimeout(timer);
      resolve({ status, stdout });
    });
  });
}

describe('a run killed with kill -9', () => {
  it('resumes from the durable frontier and ends with exactly the clean rows', async () => {
    server.setFaults({ match: '/cggg/dfgg/', slowMs: 60 });
    const child = spawn(process.execPath, cli(['scrape', '--source', 'ccgp', '--base-url', server.baseUrl, '--rate', '0', '--concurrency', '2', '--db', t.path]), { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    // wait (bounded) until some notices are stored, then kill it hard
    let stored = 0;
    for (let i = 0; i < 600 && stored < 8; i++) {
      await new Promise((r) => setTimeout(r, 50));
      try {
        stored = count(t.path, 'select count(*) n from notices');
      } catch {
        stored = 0; // not created yet
      }
    }
    expect(stored).toBeGreaterThanOrEqual(8);
    child.kill('SIGKILL');
    expect(await exited).toBeNull();
    expect(out).toContain('"event":"run_start"'); // JSON lines when not on a terminal
    const midNotices = count(t.path, 'select count(*) n from notices');
    expect(midNotices).toBeLessThan(clean.notices);
    expect(count(t.path, 'select count(*) n from pending_urls')).toBeGreaterThan(0);
    expect(count(t.path, "select count(*) n from scrape_runs where status = 'running'")).toBe(1);

    server.setFaults({});
    const again = await runCli(['scrape', '--source', 'ccgp', '--base-url', server.baseUrl, '--rate', '0', '--db', t.path]);
    expect(again.status).toBe(0);
    const db = t.reopen();
    const after = tableCounts(db);
    expect(after).toMatchObject({ notices: clean.notices, lots: clean.lots, detailPages: clean.detailPages, pending: 0, runs: 2 });
    // nothing stored twice: one archived page and one notice per URL
    expect(db.$client.prepare("select count(distinct url) n from raw_pages where page_kind = 'detail'").get()).toEqual({ n: clean.detailPages });
    expect(db.$client.prepare("select count(*) n from raw_pages where page_kind = 'detail' and parse_status <> 'ok'").get()).toEqual({ n: 0 });
    const runs = db.$client.prepare('select mode, status, new_count from scrape_runs order by id').all() as { mode: string; status: string; new_count: number }[];
    expect(runs.map((r) => [r.mode, r.status])).toEqual([['nightly', 'aborted'], ['resume', 'ok']]);
    // the two runs' new notices add up to the whole
    expect(runs[0].new_count + runs[1].new_count).toBe(clean.notices);

    const listed = await runCli(['runs', '--db', t.path, '--json'], 60_000);
    expect(listed.status).toBe(0);
    const lines = listed.stdout.trim().split('\n').map((l) => JSON.parse(l) as { status: string; durationMs: number; report: { resumed: number } | null });
    expect(lines.map((l) => l.status)).toEqual(['ok', 'aborted']);
    expect(lines[0].report?.resumed).toBeGreaterThan(0);
    expect(lines[0].durationMs).toBeGreaterThan(0);
  });
});
