/**
 * Dashboard latency benchmark: p50/p95 of / , /search (without a query, with a 3+ character
 * query, with a 2-character query, with a common 3- and a 2-character term each within a region), /regions/:code for
 * the largest province, and /compare, measured with autocannon against `procwatch serve` running in its own process, each
 * beside the page's bare SQL: the query function(s) the route renders from (db/queries, no HTTP,
 * no HTML), timed on a separate connection in the same run. Nothing is cached on either side.
 *
 *   npx tsx bench/server.ts [--db bench/out/bench-1000000.db] [--seconds 5] [--connections 1]
 *
 * Without --db it uses bench/out/bench-$BENCH_NOTICES.db (generated when missing), else
 * bench/out/bench-1000000.db when present, else a generated 50,000-notice synthetic database. Targets (at 1M notices): p95 ≤ 100 ms for search and region, ≤ 300 ms for compare,
 * and the page never more than 3× its bare SQL.
 * @module
 */
import autocannon from 'autocannon';
import { spawn } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import type { EventEmitter } from 'node:events';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { openDb, type Db } from '../db/index.js';
import { parseCompareParams } from '../db/queries/compare.js';
import { overview } from '../db/queries/overview.js';
import { comparePageData, searchPageData } from '../db/queries/page-data.js';
import { regionDetail } from '../db/queries/region.js';
import { parseSearchFilters } from '../db/queries/search-filters.js';
import { generateDb } from './generate-db.js';

const here = dirname(fileURLToPath(import.meta.url));

interface Case {
  name: string;
  path: string;
  targetMs: number;
  sql: (db: Db) => unknown;
}

function percentile(xs: number[], q: number): number {
  const s = xs.toSorted((a, b) => a - b);
  return s.length ? s[Math.min(s.length - 1, Math.floor(q * s.length))] : NaN;
}

const search = (q: Record<string, string>) => (d: Db) => searchPageData(d, parseSearchFilters(q));
const path = (q: Record<string, string>) => `/search?${new URLSearchParams(q)}`;

/** How many turns the SQL and the page take, one after the other, per case. */
const ROUNDS = 3;

/** Time `fn` repeatedly for about `ms` milliseconds (at least 5 runs). */
function timeSql(fn: () => unknown, ms: number): number[] {
  const out: number[] = [];
  const end = Date.now() + ms;
  while (out.length < 5 || (Date.now() < end && out.length < 2000)) {
    const t = process.hrtime.bigint();
    fn();
    out.push(Number(process.hrtime.bigint() - t) / 1e6);
  }
  return out;
}

/** Run autocannon against `url`, recording every response time (for an exact p95). */
async function load(url: string, seconds: number, connections: number): Promise<{ times: number[]; errors: number; non2xx: number; rps: number }> {
  const times: number[] = [];
  // The instance is both a promise of the result and an emitter of per-response events.
  const inst = autocannon({ url, duration: seconds, connections }) as unknown as EventEmitter & Promise<autocannon.Result>;
  inst.on('response', (_client: unknown, _status: number, _bytes: number, responseTime: number) => times.push(responseTime));
  const r = await inst;
  return { times, errors: r.errors, non2xx: r.non2xx, rps: r.requests.average };
}

/**
 * Start `procwatch serve` in its own process, as it runs in production: the load generator then
 * never shares the server's event loop (in one process, autocannon's parsing of each response
 * was billed to the page).
 */
async function spawnServer(dbPath: string): Promise<{ url: string; close(): Promise<void> }> {
  const bin = join(here, '..', 'bin', 'procwatch.js');
  const child = spawn(process.execPath, [bin, 'serve', '--db', dbPath, '--port', '0'], { stdio: ['ignore', 'pipe', 'inherit'] });
  const url = await new Promise<string>((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => reject(new Error('procwatch serve did not print its URL within 120 s')), 120_000);
    child.stdout.on('data', (b: Buffer) => {
      out += b.toString();
      const m = /dashboard: (\S+)/.exec(out);
      if (m) {
        clearTimeout(timer);
        resolve(m[1]);
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`procwatch serve exited with ${code} before it answered`));
    });
  });
  return {
    url,
    close: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}

/** Run the benchmark and print a table; returns the rows. */
export async function main(argv = process.argv.slice(2)): Promise<object[]> {
  const { values } = parseArgs({ args: argv, options: { db: { type: 'string' }, seconds: { type: 'string' }, connections: { type: 'string' } } });
  const envN = process.env.BENCH_NOTICES ? Number(process.env.BENCH_NOTICES) : null;
  if (envN !== null && (!Number.isInteger(envN) || envN < 1)) throw new Error(`BENCH_NOTICES must be a positive integer, got ${process.env.BENCH_NOTICES}`);
  let dbPath = values.db ?? join(here, 'out', `bench-${envN ?? 1_000_000}.db`);
  if (!values.db && envN === null && !existsSync(dbPath)) dbPath = join(here, 'out', 'bench-50000.db');
  if (!existsSync(dbPath)) {
    if (values.db) throw new Error(`no database at ${dbPath}`);
    const n = envN ?? 50_000;
    process.stderr.write(`no benchmark database: generating ${n} SYNTHETIC notices (BENCH_NOTICES=1000000 for the full run)\n`);
    generateDb({ path: dbPath, n });
  }
  const seconds = Number(values.seconds ?? 5);
  const connections = Number(values.connections ?? 1);
  // Apply pending migrations first (a database from an older checkout can take minutes to
  // upgrade at 1M notices), so the server answers within its start-up wait.
  openDb(dbPath).$client.close();
  const db = openDb(dbPath, { readonly: true });
  const c = db.$client;
  const notices = (c.prepare('SELECT max(id) AS n FROM notices').get() as { n: number }).n;
  const top = c
    .prepare(`SELECT child_code AS code FROM spend_rollup_child WHERE region_code = '' AND child_code <> '' ORDER BY lots DESC LIMIT 1`)
    .get() as { code: string } | undefined;
  const province = top?.code ?? '330000';
  const cases: Case[] = [
    { name: 'overview /', path: '/', targetMs: 100, sql: (d) => overview(d) },
    { name: 'search (no query)', path: '/search', targetMs: 100, sql: search({}) },
    { name: 'search q=西湖区 (specific)', path: path({ q: '西湖区' }), targetMs: 100, sql: search({ q: '西湖区' }) },
    { name: 'search q=短视频拍摄 (in 1/4)', path: path({ q: '短视频拍摄' }), targetMs: 100, sql: search({ q: '短视频拍摄' }) },
    { name: 'search q=抖音 (2 chars, 1/6)', path: path({ q: '抖音' }), targetMs: 100, sql: search({ q: '抖音' }) },
    { name: `search q=短视频拍摄 region=${province}`, path: path({ q: '短视频拍摄', region: province }), targetMs: 100, sql: search({ q: '短视频拍摄', region: province }) },
    { name: `search q=抖音 region=${province}`, path: path({ q: '抖音', region: province }), targetMs: 100, sql: search({ q: '抖音', region: province }) },
    { name: `region ${province}`, path: `/regions/${province}`, targetMs: 100, sql: (d) => regionDetail(d, province) },
    { name: 'compare', path: '/compare', targetMs: 300, sql: (d) => comparePageData(d, parseCompareParams({})) },
  ];
  const server = await spawnServer(dbPath);
  const rows: object[] = [];
  try {
    process.stdout.write(`procwatch dashboard benchmark — ${notices} SYNTHETIC notices (${dbPath}), autocannon ${connections} connection(s) × ${seconds}s per page\n`);
    for (const k of cases) {
      // The SQL and the page take turns, ROUNDS times each, so a burst of load from elsewhere on
      // the machine falls on both sides of the ratio rather than on one.
      const sqlTimes: number[] = [];
      const res = { times: [] as number[], errors: 0, non2xx: 0 };
      for (let r = 0; r < ROUNDS; r++) {
        sqlTimes.push(...timeSql(() => k.sql(db), Math.min(3000, seconds * 500) / ROUNDS));
        const part = await load(server.url + k.path, seconds / ROUNDS, connections);
        for (const t of part.times) res.times.push(t);
        res.errors += part.errors;
        res.non2xx += part.non2xx;
      }
      const ratio = percentile(res.times, 0.5) / Math.max(0.1, percentile(sqlTimes, 0.5));
      const ratio95 = percentile(res.times, 0.95) / Math.max(0.1, percentile(sqlTimes, 0.95));
      const row = {
        page: k.name,
        p50: +percentile(res.times, 0.5).toFixed(1),
        p95: +percentile(res.times, 0.95).toFixed(1),
        sqlFirst: +sqlTimes[0].toFixed(1),
        sqlP50: +percentile(sqlTimes, 0.5).toFixed(1),
        sqlP95: +percentile(sqlTimes, 0.95).toFixed(1),
        ratioP50: +ratio.toFixed(2),
        ratioP95: +ratio95.toFixed(2),
        target: `p95≤${k.targetMs}, ≤3×`,
        ok: percentile(res.times, 0.95) <= k.targetMs && Math.max(ratio, ratio95) <= 3 ? 'yes' : 'NO',
        requests: res.times.length,
        errors: res.errors + res.non2xx,
      };
      rows.push(row);
    }
    console.table(rows);
    // What any response costs here before SQL or HTML: a static file through the same server.
    const floor = await load(`${server.url}/assets/app.css`, Math.min(3, seconds), connections);
    process.stdout.write(
      `HTTP floor (web/app.css, ${(statSync(join(here, '..', 'web', 'app.css')).size / 1024).toFixed(1)} KB static, no SQL, no render, same server): p50 ${percentile(floor.times, 0.5).toFixed(2)} ms, p95 ${percentile(floor.times, 0.95).toFixed(2)} ms\n`,
    );
    process.stdout.write(
      'times in ms. sql = the page\'s query functions called directly on a separate read-only connection; sqlFirst = their first call.\n' +
        'ratio = page / sql at p50 and at p95 (target ≤ 3 for both). Totals come from trigger-maintained rollups: no page is cached, so sqlFirst is also what the first visit after a scrape pays.\n',
    );
  } finally {
    await server.close();
    c.close();
  }
  return rows;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  main().catch((e: unknown) => {
    process.stderr.write(`bench/server: ${(e as Error).message}\n`);
    process.exitCode = 1;
  });
}
