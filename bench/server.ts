/**
 * Dashboard latency benchmark: p50/p95 of / , /search (without a query, with a 3+ character
 * query, with a 2-character query, with a common 3- and a 2-character term each within a region), /regions/:code for
 * the largest province, and /compare, measured with autocannon against `procwatch serve` running in its own process, each
 * beside the page's bare SQL: the query function(s) the route renders from (db/queries, no HTTP,
 * no HTML), timed on a separate connection in the same run. Nothing is cached on either side.
 *
 *   npx tsx bench/server.ts [--db bench/out/bench-1000000.db] [--seconds 5] [--connections 1] [--only overview,search] [--readonly]
 *
 * --only keeps the cases whose name contains one of the comma-separated words. --readonly serves
 * the database over a read-only connection (bench/serve-readonly.ts) instead of `procwatch serve`,
 * which opens it for writing (migrations, planner statistics): for a shared database.
 *
 * Without --db it uses bench/out/bench-$BENCH_NOTICES.db (generated when missing), else
 * bench/out/bench-1000000.db when present, else a generated 50,000-notice synthetic database. Targets (at 1M notices): p95 ≤ 100 ms for search and region, ≤ 300 ms for compare,
 * and the page never more than 3× its bare SQL.
 * @module
 */
import autocannon from 'autocannon';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import type { EventEmitter } from 'node:events';
import type { IncomingHttpHeaders } from 'node:http';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { openDb, type Db } from '../db/index.js';
import { parseCompareParams } from '../db/queries/compare.js';
import { overview } from '../db/queries/overview.js';
import { comparePageData, searchPageData } from '../db/queries/page-data.js';
import { regionDetail } from '../db/queries/region.js';
import { parseSearchFilters } from '../db/queries/search-filters.js';
import { benchDbPath } from './bench-db.js';

const here = dirname(fileURLToPath(import.meta.url));

interface Case {
  name: string;
  path: string;
  targetMs: number;
  sql: (db: Db) => unknown;
}

export function percentile(xs: number[], q: number): number {
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

/**
 * Run autocannon against `url`, recording every response time (for an exact p95) and the
 * server's own time for it (its Server-Timing `app` entry: routing, queries and rendering,
 * without the loopback round trip and the load generator's own work).
 */
async function load(url: string, seconds: number, connections: number): Promise<{ times: number[]; server: number[]; render: number[]; errors: number; non2xx: number; rps: number }> {
  const times: number[] = [];
  const server: number[] = [];
  const render: number[] = [];
  const u = new URL(url);
  const onResponse = (_status: number, _body: string, _context: object, headers: IncomingHttpHeaders | undefined) => {
    const timing = String(headers?.['server-timing'] ?? '');
    const m = /\bapp;dur=([\d.]+)/.exec(timing);
    if (m) {
      server.push(Number(m[1]));
      render.push(Number(/\brender;dur=([\d.]+)/.exec(timing)?.[1] ?? 0));
    }
  };
  // The instance is both a promise of the result and an emitter of per-response events.
  const inst = autocannon({ url: u.origin, duration: seconds, connections, requests: [{ method: 'GET', path: u.pathname + u.search, onResponse }] }) as unknown as EventEmitter &
    Promise<autocannon.Result>;
  inst.on('response', (_client: unknown, _status: number, _bytes: number, responseTime: number) => times.push(responseTime));
  const r = await inst;
  return { times, server, render, errors: r.errors, non2xx: r.non2xx, rps: r.requests.average };
}

/** Start a child process that prints `<label>: <url>` once it listens; resolves with the URL. */
async function spawnListening(args: string[], label: string): Promise<{ url: string; close(): Promise<void> }> {
  const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'inherit'] });
  const url = await new Promise<string>((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => reject(new Error(`${label} did not print its URL within 120 s`)), 120_000);
    child.stdout.on('data', (b: Buffer) => {
      out += b.toString();
      const m = new RegExp(`${label}: (\\S+)`).exec(out);
      if (m) {
        clearTimeout(timer);
        resolve(m[1]);
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`${label} exited with ${code} before it answered`));
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

/**
 * Start `procwatch serve` in its own process, as it runs in production: the load generator then
 * never shares the server's event loop (in one process, autocannon's parsing of each response
 * was billed to the page).
 */
export function spawnServer(dbPath: string, readonly = false): Promise<{ url: string; close(): Promise<void> }> {
  // --readonly: the same app over a read-only connection (bench/serve-readonly.ts), for a shared database nothing may write to.
  if (readonly) return spawnListening(['--import', 'tsx', join(here, 'serve-readonly.ts'), dbPath], 'dashboard');
  return spawnListening([join(here, '..', 'bin', 'procwatch.js'), 'serve', '--db', dbPath, '--port', '0'], 'dashboard');
}

/**
 * A calibration server: it spins for `ms` per request, then answers the bytes of `file`. What
 * the load generator reads for it, beyond `ms`, is what this host adds to any page that takes
 * that long and is that page (the loopback round trip, the load generator's own work, which
 * includes decoding the body: 38 KB of Chinese cost it about 0.5 ms more than 2 KB, and this
 * machine's scheduling), which no page can avoid.
 */
function spawnSpinServer(ms: number, file: string): Promise<{ url: string; close(): Promise<void> }> {
  const code = `const http = require('node:http');
const ms = Number(process.argv[1]);
const body = require('node:fs').readFileSync(process.argv[2]);
const s = http.createServer((q, r) => { const end = performance.now() + ms; while (performance.now() < end); r.writeHead(200, { 'content-type': 'text/html; charset=UTF-8', 'content-length': body.length }); r.end(body); });
s.listen(0, '127.0.0.1', () => console.log('spin: http://127.0.0.1:' + s.address().port));`;
  return spawnListening(['-e', code, String(ms), file], 'spin');
}

/** Run the benchmark and print a table; returns the rows. */
export async function main(argv = process.argv.slice(2)): Promise<object[]> {
  const { values } = parseArgs({ args: argv, options: { db: { type: 'string' }, seconds: { type: 'string' }, connections: { type: 'string' }, only: { type: 'string' }, readonly: { type: 'boolean' } } });
  const dbPath = benchDbPath(values.db);
  const seconds = Number(values.seconds ?? 5);
  const connections = Number(values.connections ?? 1);
  const db = openDb(dbPath, { readonly: true });
  const c = db.$client;
  const notices = (c.prepare('SELECT max(id) AS n FROM notices').get() as { n: number }).n;
  const top = c
    .prepare(`SELECT child_code AS code FROM spend_rollup_child WHERE region_code = '' AND child_code <> '' ORDER BY lots DESC LIMIT 1`)
    .get() as { code: string } | undefined;
  const province = top?.code ?? '330000';
  // The city with the most spending booked at its own level (市本级), and the largest source.
  const city = (c.prepare(`SELECT region_code FROM spend_rollup_child WHERE child_code = '' AND region_code LIKE '__%00' AND region_code NOT LIKE '__0000' ORDER BY lots DESC LIMIT 1`).pluck().get() as string | undefined) ?? `${province.slice(0, 2)}0100`;
  const source = (c.prepare(`SELECT substr(key, 8) FROM notice_counts WHERE key LIKE 'source:%' ORDER BY n DESC LIMIT 1`).pluck().get() as string | undefined) ?? 'ccgp';
  // The largest province's top vendor and buyer: the searches its region page's party rows link to.
  // A database from before migration 0020 (opened read-only, so never migrated) has no such table: party 1 stands in.
  const hasPartyRegions = c.prepare(`SELECT 1 FROM sqlite_master WHERE name = 'spend_party_regions'`).get() !== undefined;
  const topParty = (role: 'vendor' | 'buyer') =>
    String(
      (hasPartyRegions ? (c.prepare(`SELECT party_id FROM spend_party_regions WHERE region_code = ? AND role = ? ORDER BY fen DESC LIMIT 1`).pluck().get(province, role) as number | undefined) : undefined) ?? 1,
    );
  const [vendor, buyer] = [topParty('vendor'), topParty('buyer')];
  const vendorLink = { region: province, vendor_id: vendor, lead: '1', counted: '1', sort: 'amount_desc' };
  const buyerLink = { region: province, buyer_id: buyer, counted: '1', sort: 'amount_desc' };
  const cases: Case[] = [
    { name: 'overview /', path: '/', targetMs: 100, sql: (d) => overview(d) },
    { name: 'search (no query)', path: '/search', targetMs: 100, sql: search({}) },
    { name: 'search q=西湖区 (specific)', path: path({ q: '西湖区' }), targetMs: 100, sql: search({ q: '西湖区' }) },
    { name: 'search q=短视频拍摄 (in 1/4)', path: path({ q: '短视频拍摄' }), targetMs: 100, sql: search({ q: '短视频拍摄' }) },
    { name: 'search q=抖音 (2 chars, 1/6)', path: path({ q: '抖音' }), targetMs: 100, sql: search({ q: '抖音' }) },
    { name: `search q=短视频拍摄 region=${province}`, path: path({ q: '短视频拍摄', region: province }), targetMs: 100, sql: search({ q: '短视频拍摄', region: province }) },
    { name: `search q=抖音 region=${province}`, path: path({ q: '抖音', region: province }), targetMs: 100, sql: search({ q: '抖音', region: province }) },
    // Queries as researchers type them: punctuation stuck to a word, and a word excluded through either index.
    { name: 'search q=“抖音”，(短视频) (punctuated)', path: path({ q: '“抖音”，(短视频)' }), targetMs: 100, sql: search({ q: '“抖音”，(短视频)' }) },
    { name: 'search q=抖音 -快手 (2-char exclusion)', path: path({ q: '抖音 -快手' }), targetMs: 100, sql: search({ q: '抖音 -快手' }) },
    { name: 'search q=短视频拍摄 -抖音 (3+ term, 2-char exclusion)', path: path({ q: '短视频拍摄 -抖音' }), targetMs: 100, sql: search({ q: '短视频拍摄 -抖音' }) },
    { name: 'search q=短视频拍摄 -哔哩哔哩 (trigram exclusion)', path: path({ q: '短视频拍摄 -哔哩哔哩' }), targetMs: 100, sql: search({ q: '短视频拍摄 -哔哩哔哩' }) },
    // The filters behind the 中央/未知, 省本级/市本级 and data-freshness rows (spendSearch's counted=1, amount order).
    { name: 'search region=none counted=1', path: path({ region: 'none', counted: '1', sort: 'amount_desc' }), targetMs: 100, sql: search({ region: 'none', counted: '1', sort: 'amount_desc' }) },
    { name: 'search region=none', path: path({ region: 'none' }), targetMs: 100, sql: search({ region: 'none' }) },
    { name: `search region=${province} level=own counted=1`, path: path({ region: province, level: 'own', counted: '1', sort: 'amount_desc' }), targetMs: 100, sql: search({ region: province, level: 'own', counted: '1', sort: 'amount_desc' }) },
    { name: `search region=${province} level=own`, path: path({ region: province, level: 'own' }), targetMs: 100, sql: search({ region: province, level: 'own' }) },
    { name: `search region=${city} level=own counted=1`, path: path({ region: city, level: 'own', counted: '1', sort: 'amount_desc' }), targetMs: 100, sql: search({ region: city, level: 'own', counted: '1', sort: 'amount_desc' }) },
    { name: `search source=${source}`, path: path({ source }), targetMs: 100, sql: search({ source }) },
    { name: `search q=短视频拍摄 source=${source}`, path: path({ q: '短视频拍摄', source }), targetMs: 100, sql: search({ q: '短视频拍摄', source }) },
    { name: `region ${province}`, path: `/regions/${province}`, targetMs: 100, sql: (d) => regionDetail(d, province) },
    { name: `search region=${province} vendor_id lead=1 counted=1 (a region page's top vendor)`, path: path(vendorLink), targetMs: 100, sql: search(vendorLink) },
    { name: `search region=${province} buyer_id counted=1 (a region page's top buyer)`, path: path(buyerLink), targetMs: 100, sql: search(buyerLink) },
    { name: 'compare', path: '/compare', targetMs: 300, sql: (d) => comparePageData(d, parseCompareParams({})) },
  ];
  if (values.only) {
    const words = values.only.split(',').filter(Boolean);
    const kept = cases.filter((k) => words.some((w) => k.name.includes(w)));
    if (!kept.length) throw new Error(`--only ${values.only} matches none of: ${cases.map((k) => k.name).join(' | ')}`);
    cases.splice(0, cases.length, ...kept);
  }
  const server = await spawnServer(dbPath, values.readonly);
  const rows: object[] = [];
  try {
    process.stdout.write(`procwatch dashboard benchmark — ${notices} SYNTHETIC notices (${dbPath}), autocannon ${connections} connection(s) × ${seconds}s per page\n`);
    for (const k of cases) {
      // The SQL and the page take turns, ROUNDS times each, so a burst of load from elsewhere on
      // the machine falls on both sides of the ratio rather than on one.
      const sqlTimes: number[] = [];
      const res = { times: [] as number[], server: [] as number[], render: [] as number[], errors: 0, non2xx: 0 };
      for (let r = 0; r < ROUNDS; r++) {
        sqlTimes.push(...timeSql(() => k.sql(db), Math.min(3000, seconds * 500) / ROUNDS));
        const part = await load(server.url + k.path, seconds / ROUNDS, connections);
        for (const t of part.times) res.times.push(t);
        for (const t of part.server) res.server.push(t);
        for (const t of part.render) res.render.push(t);
        res.errors += part.errors;
        res.non2xx += part.non2xx;
      }
      const at = (xs: number[], q: number) => percentile(xs, q) / Math.max(0.1, percentile(sqlTimes, q));
      const [ratio, ratio95, srv, srv95] = [at(res.times, 0.5), at(res.times, 0.95), at(res.server, 0.5), at(res.server, 0.95)];
      // The server's time less its HTML: routing and the same queries, as the page met them.
      const queries = res.server.map((t, i) => t - res.render[i]);
      const row = {
        page: k.name,
        p50: +percentile(res.times, 0.5).toFixed(1),
        p95: +percentile(res.times, 0.95).toFixed(1),
        srvP50: +percentile(res.server, 0.5).toFixed(1),
        srvP95: +percentile(res.server, 0.95).toFixed(1),
        render50: +percentile(res.render, 0.5).toFixed(2),
        srvSql50: +percentile(queries, 0.5).toFixed(2),
        sqlFirst: +sqlTimes[0].toFixed(1),
        sqlP50: +percentile(sqlTimes, 0.5).toFixed(1),
        sqlP95: +percentile(sqlTimes, 0.95).toFixed(1),
        ratioP50: +ratio.toFixed(2),
        ratioP95: +ratio95.toFixed(2),
        srvRatio50: +srv.toFixed(2),
        srvRatio95: +srv95.toFixed(2),
        target: `p95≤${k.targetMs}, ≤3×`,
        ok: percentile(res.times, 0.95) <= k.targetMs && Math.max(ratio, ratio95) <= 3 ? 'yes' : Math.max(srv, srv95) <= 3 && percentile(res.times, 0.95) <= k.targetMs ? 'server' : 'NO',
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
    // What this host adds to the pages whose SQL takes about a millisecond: a server that only
    // spins as long as the page took in ours, then sends the page's own bytes.
    const tmp = mkdtempSync(join(tmpdir(), 'pw-bench-'));
    try {
      for (const [i, k] of cases.entries()) {
        const row = rows[i] as { page: string; srvP50: number; sqlP50: number };
        if (row.sqlP50 >= 2) continue;
        const file = join(tmp, `page-${i}.html`);
        writeFileSync(file, Buffer.from(await (await fetch(server.url + k.path)).arrayBuffer()));
        const spin = await spawnSpinServer(row.srvP50, file);
        try {
          const cal = await load(spin.url, Math.min(3, seconds), connections);
          process.stdout.write(
            `host calibration for ${row.page} (a server that spins ${row.srvP50} ms, its server p50, then sends its ${(statSync(file).size / 1024).toFixed(1)} KB): client p50 ${percentile(cal.times, 0.5).toFixed(2)} ms, p95 ${percentile(cal.times, 0.95).toFixed(2)} ms\n`,
          );
        } finally {
          await spin.close();
        }
      }
    } finally {
      rmSync(tmp, { recursive: true, force: true });
    }
    process.stdout.write(
      "times in ms. p50/p95 = autocannon's clock (the client); srv = the server's own time for the same responses (its Server-Timing header:\n" +
        'routing, queries and rendering); render50 = its HTML rendering, srvSql50 = the rest (routing and the queries as the page met them), at p50.\n' +
        'sql = the page\'s query functions called directly on a separate read-only connection; sqlFirst = their first call.\n' +
        "ratio = page / sql at p50 and at p95 (target ≤ 3 for both), on the client's clock and on the server's (srvRatio). ok: yes = within target on the client's clock;\n" +
        "server = the server's own time is, but the client's clock adds this host's fixed cost (see the calibration lines) to a page whose SQL takes about a millisecond.\n" +
        'Totals come from trigger-maintained rollups: no page is cached, so sqlFirst is also what the first visit after a scrape pays.\n',
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
