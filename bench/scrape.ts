/**
 * Scrape throughput: 2,000 replayed detail pages over HTTP with politeness off, through the
 * whole pipeline (fetch, archive, extract, store), reporting pages per second and peak RSS
 * (targets: ≥ 100 pages/s, < 300 MB). Beside it, the browser source's per-page cost (Chromium
 * excluded from the RSS figure, since it is another process).
 * Run: `npx tsx bench/scrape.ts` (or `npm run bench -- scrape`). BENCH_PAGES changes the count,
 * BENCH_CONCURRENCY the fetch concurrency (8), BENCH_REPLAY=inproc serves the portal from this
 * process instead of a child. Besides pages/s and peak RSS it prints the RSS before the run, the
 * heap at the peak, the CPU per page, which (unlike pages/s) holds steady on a shared machine, and
 * the main thread's busy time per page (it fetches, archives and commits; a worker extracts).
 * Detail pages are committed in batches (scrapers/run/write-batch.ts); BENCH_BATCH_PAGES=1
 * commits each page on its own, for comparison.
 * The synthetic portal repeats the 46 video fixtures, so one buyer's project collects ~40 notices.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { performance } from 'node:perf_hooks';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { openDb } from '../db/index.js';
import { BrowserPool, createFetcher } from '../scrapers/fetch/index.js';
import { browserTransport } from '../scrapers/fetch/browser.js';
import { ccgpDetailHtml, ccgpFixtureIndex } from '../scrapers/replay/ccgp.js';
import { startReplay, type ReplayHandler } from '../scrapers/replay/index.js';
import { runScrape } from '../scrapers/run.js';
import { ccgp } from '../scrapers/sources/ccgp.js';

const PAGE = 20;

/**
 * A ccgp-shaped portal with `n` distinct detail pages: channel lists of 20, each item a copy of
 * a real fixture notice (video ones, so the title classifier lets them through) under its own id.
 */
export function syntheticCcgp(n: number): ReplayHandler {
  const video = ccgpFixtureIndex().filter((e) => e.videoOps && ccgpDetailHtml(e.path));
  const pages = Math.ceil(n / PAGE);
  const item = (i: number) => ({ src: video[i % video.length], path: `/cggg/dfgg/zbgg/202601/t20260101_${9_000_000 + i}.htm` });
  return (req) => {
    const list = /^\/cggg\/dfgg\/zbgg\/index(?:_(\d+))?\.htm$/.exec(req.path);
    if (list) {
      const p = list[1] ? Number(list[1]) : 0;
      if (p >= pages) return null;
      const lis = [];
      for (let i = p * PAGE; i < Math.min(n, (p + 1) * PAGE); i++) {
        const it = item(i);
        lis.push(`<li><a href=".${it.path.slice('/cggg/dfgg/zbgg'.length)}" title="${it.src.title}">${it.src.title}</a><em>2026-01-01 09:00</em><em>${it.src.zone}</em><em>${it.src.buyer ?? ''}</em></li>`);
      }
      const body = `<html><head><meta charset="utf-8"><meta name="procwatch-sample" content="bench"></head><body><ul class="c_list_bid">${lis.join('')}</ul><script>createPageHTML(${pages}, ${p}, "index", "htm");</script></body></html>`;
      return { status: 200, headers: { 'content-type': 'text/html; charset=utf-8' }, body };
    }
    // the other channels are empty lists
    if (/^\/cggg\/(zygg|dfgg)\/\w+\/index\.htm$/.test(req.path))
      return { status: 200, headers: { 'content-type': 'text/html; charset=utf-8' }, body: '<html><head><meta charset="utf-8"></head><body><ul class="c_list_bid"></ul><script>createPageHTML(1, 0, "index", "htm");</script></body></html>' };
    const m = /t20260101_(\d+)\.htm$/.exec(req.path);
    if (m) {
      const i = Number(m[1]) - 9_000_000;
      if (i < 0 || i >= n) return null;
      return { status: 200, headers: { 'content-type': 'text/html; charset=utf-8' }, body: ccgpDetailHtml(item(i).src.path)! };
    }
    if (req.path === '/') return { status: 200, headers: { 'content-type': 'text/html; charset=utf-8' }, body: '<html><body>home<script>document.cookie="s=1"</script></body></html>' };
    return null;
  };
}

const mb = (bytes: number) => (bytes / 2 ** 20).toFixed(0);

/**
 * The synthetic portal in a child process, as a real portal is another machine: the scraper's
 * RSS and CPU figures are then its own, not the replay's (building 2,000 response bodies is a
 * large share of the allocations when both share one heap). BENCH_REPLAY=inproc measures the old way.
 */
async function portalProcess(n: number): Promise<{ baseUrl: string; close(): Promise<void> }> {
  if (process.env.BENCH_REPLAY === 'inproc') {
    const r = await startReplay({ portal: 'ccgp', handler: syntheticCcgp(n) });
    return { baseUrl: r.baseUrl, close: () => r.close() };
  }
  const child = spawn(process.execPath, [...process.execArgv, fileURLToPath(import.meta.url)], {
    env: { ...process.env, BENCH_REPLAY_CHILD: String(n) },
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const baseUrl = await new Promise<string>((resolve, reject) => {
    let out = '';
    child.stdout.on('data', (c: Buffer) => {
      out += c.toString('utf8');
      if (out.includes('\n')) resolve(out.split('\n')[0].trim());
    });
    child.once('exit', (code) => reject(new Error(`replay process exited (${code}) before listening`)));
  });
  return {
    baseUrl,
    close: async () => {
      child.stdin.end();
      await exited;
    },
  };
}

/** Child side of {@link portalProcess}: serve until stdin closes. */
async function servePortal(n: number): Promise<void> {
  const r = await startReplay({ portal: 'ccgp', handler: syntheticCcgp(n) });
  process.stdout.write(`${r.baseUrl}\n`);
  process.stdin.resume();
  process.stdin.once('end', () => void r.close().then(() => process.exit(0)));
}

/** Run the benchmark and print its figures. */
export async function main(): Promise<void> {
  const n = Number(process.env.BENCH_PAGES ?? 2000);
  const dir = mkdtempSync(join(tmpdir(), 'procwatch-bench-'));
  const replay = await portalProcess(n);
  let peak = process.memoryUsage();
  const timer = setInterval(() => {
    const m = process.memoryUsage();
    if (m.rss > peak.rss) peak = m;
  }, 20);
  try {
    const db = openDb(join(dir, 'bench.db'));
    const before = process.memoryUsage();
    const t0 = performance.now();
    const cpu0 = process.cpuUsage();
    const elu0 = performance.eventLoopUtilization();
    const batchPages = process.env.BENCH_BATCH_PAGES ? Number(process.env.BENCH_BATCH_PAGES) : undefined;
    const s = await runScrape(db, { source: ccgp, baseUrl: replay.baseUrl, rate: 0, concurrency: Number(process.env.BENCH_CONCURRENCY ?? 8), batchPages, log: () => undefined });
    const secs = (performance.now() - t0) / 1000;
    const elu = performance.eventLoopUtilization(elu0);
    const cpu = process.cpuUsage(cpu0);
    const cpuSecs = (cpu.user + cpu.system) / 1e6;
    const end = process.memoryUsage();
    if (end.rss > peak.rss) peak = end;
    console.log(`http source: ${s.fetched} detail pages (${s.newCount} notices stored, status ${s.status}) in ${secs.toFixed(1)} s, portal ${process.env.BENCH_REPLAY === 'inproc' ? 'in this process' : 'in a child process'}`);
    console.log(`  ${(s.fetched / secs).toFixed(0)} pages/s (target ≥ 100), peak RSS ${mb(peak.rss)} MB (target < 300 MB)`);
    console.log(`  RSS ${mb(before.rss)} MB before the run; at the peak: main-thread heap ${mb(peak.heapUsed)} MB used of ${mb(peak.heapTotal)}, external ${mb(peak.external)} MB; the rest is code, SQLite's page cache and the extraction worker`);
    console.log(`  CPU ${cpuSecs.toFixed(1)} s in this process (all threads): ${((cpuSecs / s.fetched) * 1000).toFixed(1)} ms/page, ${(s.fetched / cpuSecs).toFixed(0)} pages per CPU-second; load average ${loadavg()[0].toFixed(1)} on ${availableParallelism()} cores`);
    // The main thread fetches, archives and commits; extraction runs in a worker. Its busy time per page is the figure batching moves.
    console.log(`  main thread busy ${((elu.active / s.fetched)).toFixed(1)} ms/page (${(elu.utilization * 100).toFixed(0)}% of the run); ${s.report.batches ? `${s.report.batches.pages} pages committed in ${s.report.batches.commits} transactions` : 'one transaction per page'}`);
    db.$client.close();

    // The browser transport's own cost per page: in-page fetch() through one Chromium context.
    const pool = new BrowserPool();
    const b = browserTransport(pool, `${replay.baseUrl}/`, 'procwatch-bench');
    const f = createFetcher(b.transport, { rate: 0, robots: false, concurrency: 4 }, b.close);
    const m = Math.min(200, n);
    try {
      await f.fetch({ url: `${replay.baseUrl}/cggg/dfgg/zbgg/202601/t20260101_9000000.htm` }); // launch + warm
      const t1 = performance.now();
      await Promise.all(Array.from({ length: m }, (_, i) => f.fetch({ url: `${replay.baseUrl}/cggg/dfgg/zbgg/202601/t20260101_${9_000_000 + i}.htm` })));
      const ms = (performance.now() - t1) / m;
      console.log(`browser source: ${m} pages through Chromium, ${ms.toFixed(1)} ms/page (${(1000 / ms).toFixed(0)} pages/s), fetch only`);
    } catch (e) {
      console.log(`browser source: not measured (${(e as Error).message.split('\n')[0]})`);
    } finally {
      await f.close();
      await pool.close();
    }
  } finally {
    clearInterval(timer);
    await replay.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1] && process.env.BENCH_REPLAY_CHILD) {
  servePortal(Number(process.env.BENCH_REPLAY_CHILD)).catch((e: unknown) => {
    console.error(`bench scrape portal: ${(e as Error).message}`);
    process.exit(1);
  });
} else if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  main().catch((e: unknown) => {
    console.error(`bench scrape: ${(e as Error).message}`);
    process.exitCode = 1;
  });
}
