/**
 * Reparse speed: builds an archive of N raw ccgp detail pages (copies of the replay's detail
 * pages under distinct URLs of the real scheme, each with slightly different bytes so their
 * hashes differ), then times `reparseAll` on it, and in the same run the extraction alone
 * (decode + parseDetail + extractNotice, one thread) on the same pages as the baseline.
 * Prints pages/s, seconds, peak RSS and the projected time for 100,000 pages.
 * Target (issue 3): 100,000 pages within 10 minutes on a 2-core machine.
 * Run: npx tsx bench/reparse.ts [--pages N] [--passes 1|2] [--serial] [--keep]
 * (--passes 1 times only the first reparse, over pending pages; 2 adds the replacing pass)
 * @module
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { gunzipSync as gunzip } from 'node:zlib';
import { openDb, type Db } from '../db/index.js';
import { ensureSource, saveRawPage } from '../db/store.js';
import { decodeBytes } from '../scrapers/extract/decode.js';
import { extractNotice } from '../scrapers/extract/index.js';
import { reparseAll, type ReparseReport } from '../scrapers/reparse.js';
import { ccgp } from '../scrapers/sources/ccgp.js';

const repoRoot = join(dirname(fileURLToPath(import.meta.url)), '..');
const SITE = join(repoRoot, 'tests', 'fixtures', 'ccgp', 'site');
/** Pages above this size are the hostile one(s): stored once, not copied N/189 times. */
const HOSTILE_BYTES = 200_000;

interface Template {
  /** the path under the site root, e.g. cggg/dfgg/zbgg/202603/t20260318_24799999.htm */
  path: string;
  html: string;
  /** the project code and buyer the extractor finds, as written in the page */
  code: string | null;
  buyer: string | null;
}

/** Copies of one page that share a buyer (a real archive has many buyers with a few dozen notices each). */
const COPIES_PER_BUYER = 20;

function walk(dir: string, out: string[], depth = 0): void {
  if (depth > 12) return;
  for (const e of readdirSync(dir)) {
    const p = join(dir, e);
    if (statSync(p).isDirectory()) walk(p, out, depth + 1);
    else if (/^t\d{8}_\d+\.htm$/.test(e)) out.push(p);
  }
}

function templates(): { normal: Template[]; hostile: Template[] } {
  const files: string[] = [];
  walk(SITE, files);
  const all = files.toSorted().map((f): Template => {
    const path = relative(SITE, f).split('\\').join('/');
    const html = decodeBytes(readFileSync(f), null).text;
    if (html.length > HOSTILE_BYTES) return { path, html, code: null, buyer: null };
    const x = extractNotice(ccgp.parseDetail(html, `${ccgp.baseUrl}/${path}`));
    const verbatim = (v: string | null) => (v && v.length >= 4 && html.includes(v) ? v : null);
    return { path, html, code: verbatim(x.projectCode), buyer: verbatim(x.buyer) };
  });
  return { normal: all.filter((t) => t.html.length <= HOSTILE_BYTES), hostile: all.filter((t) => t.html.length > HOSTILE_BYTES) };
}

/** The i-th copy's URL: the template's path with a distinct numeric id in tYYYYMMDD_<id>.htm. */
function copyUrl(t: Template, i: number): string {
  const path = t.path.replace(/_(\d+)\.htm$/, `_${30_000_000 + i}.htm`);
  return `${ccgp.baseUrl}/${path}`;
}

/**
 * The g-th copy of a template: its own project code (else every copy would join one giant
 * project, which no real archive has), a buyer shared by COPIES_PER_BUYER copies, and a
 * trailing comment so the bytes always hash differently.
 */
function copyBytes(t: Template, i: number, g: number): Buffer {
  let html = t.html;
  if (g > 0 && t.code) html = html.replaceAll(t.code, `${t.code}B${g}`);
  const b = Math.floor(g / COPIES_PER_BUYER);
  if (b > 0 && t.buyer) html = html.replaceAll(t.buyer, `${t.buyer}第${b}分部`);
  return Buffer.from(`${html}\n<!-- bench copy ${i} -->\n`);
}

/** Fill `db` with `n` raw detail pages in one transaction; returns the seconds it took. */
export function buildArchive(db: Db, n: number): number {
  const t0 = performance.now();
  const { normal, hostile } = templates();
  if (!normal.length) throw new Error(`no ccgp detail pages under ${SITE}`);
  ensureSource(db, { id: ccgp.id, name: ccgp.name, baseUrl: ccgp.baseUrl });
  db.$client.transaction(() => {
    // the hostile page(s) once, as a real archive would hold them once
    const pool = n > normal.length * 2 ? [...hostile] : [];
    for (let i = 0; i < n; i++) {
      const t = i < pool.length ? pool[i] : normal[(i - pool.length) % normal.length];
      saveRawPage(db, {
        sourceId: ccgp.id,
        url: copyUrl(t, i),
        pageKind: 'detail',
        httpStatus: 200,
        contentType: 'text/html; charset=utf-8',
        body: i < pool.length ? copyBytes(t, i, 0) : copyBytes(t, i, Math.floor((i - pool.length) / normal.length)),
        isSample: true,
      });
    }
  })();
  return (performance.now() - t0) / 1000;
}

/** The baseline: decode + parseDetail + extractNotice on every page, one thread, no database writes. */
function extractionOnly(db: Db): { pages: number; seconds: number } {
  const rows = db.$client
    .prepare("select id, url, content_type as contentType, body from raw_pages where page_kind = 'detail' order by id")
    .iterate() as IterableIterator<{ id: number; url: string; contentType: string | null; body: Buffer }>;
  const t0 = performance.now();
  let pages = 0;
  for (const r of rows) {
    const { text } = decodeBytes(gunzip(r.body), r.contentType);
    try {
      extractNotice(ccgp.parseDetail(text, r.url));
    } catch {
      // a page that does not parse costs its time all the same
    }
    pages++;
  }
  return { pages, seconds: (performance.now() - t0) / 1000 };
}

/** CPU seconds of this process's main thread (Linux /proc; null elsewhere). */
function mainThreadCpu(): number | null {
  try {
    const stat = readFileSync(`/proc/self/task/${process.pid}/stat`, 'utf8');
    const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(f[11]) + Number(f[12])) / 100; // utime + stime, in USER_HZ (100 on Linux)
  } catch {
    return null;
  }
}

interface Timed {
  report: ReparseReport;
  /** CPU seconds: the main thread (reads, writes) and all threads */
  mainCpu: number | null;
  allCpu: number;
}

function timed(fn: () => ReparseReport): Timed {
  const m0 = mainThreadCpu();
  const c0 = process.cpuUsage();
  const report = fn();
  const m1 = mainThreadCpu();
  const c1 = process.cpuUsage(c0);
  return { report, mainCpu: m0 === null || m1 === null ? null : m1 - m0, allCpu: (c1.user + c1.system) / 1e6 };
}

function mb(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(0)} MB`;
}

function minutes(s: number): string {
  return `${(s / 60).toFixed(1)} min`;
}

/** Run the benchmark and print its figures. */
export function main(argv = process.argv.slice(2)): void {
  const { values } = parseArgs({
    args: argv,
    options: { pages: { type: 'string' }, passes: { type: 'string' }, serial: { type: 'boolean' }, keep: { type: 'boolean' } },
  });
  const n = values.pages ? Number(values.pages) : 100_000;
  if (!Number.isInteger(n) || n < 1) throw new Error(`--pages wants a positive integer, got ${values.pages}`);
  const passes = values.passes ? Number(values.passes) : 2;
  if (passes !== 1 && passes !== 2) throw new Error(`--passes wants 1 or 2, got ${values.passes}`);
  const dir = mkdtempSync(join(tmpdir(), 'procwatch-bench-reparse-'));
  const db = openDb(join(dir, 'bench.db'));
  let peakRss = process.memoryUsage().rss;
  const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 100);
  try {
    console.log(`bench/reparse: ${n} pages, ${cpus().length} cores, load ${loadavg().map((x) => x.toFixed(1)).join(' ')}`);
    const built = buildArchive(db, n);
    console.log(`archive built in ${built.toFixed(1)} s (one transaction)`);

    const base = extractionOnly(db);
    console.log(
      `extraction alone (1 thread, no writes): ${(base.pages / base.seconds).toFixed(0)} pages/s, ${base.seconds.toFixed(1)} s` +
        ` → ${minutes((base.seconds / base.pages) * 100_000)} per 100,000`,
    );

    // first pass: the pages are pending, every notice is new
    const workers = values.serial ? 0 : Math.max(1, cpus().length - 1);
    const t1 = timed(() => reparseAll(db, { workers }));
    peakRss = Math.max(peakRss, process.memoryUsage().rss);
    // second pass: the real "after a parser change" case, every notice replaced in place
    const t2 = passes === 2 ? timed(() => reparseAll(db, { workers })) : null;
    const r2 = (t2 ?? t1).report;
    peakRss = Math.max(peakRss, process.memoryUsage().rss);
    console.log(`reparse with ${workers} extraction worker(s)${workers ? ' + the main thread writing' : ' (serial)'}:`);
    const runs: [string, Timed][] = [['first reparse (new notices)', t1]];
    if (t2) runs.push(['second reparse (replacing every notice)', t2]);
    for (const [label, t] of runs) {
      const r = t.report;
      console.log(
        `  ${label}: ${r.pages} pages in ${r.seconds.toFixed(1)} s wall, ${(r.pages / r.seconds).toFixed(0)} pages/s` +
          ` → projected ${minutes((r.seconds / r.pages) * 100_000)} per 100,000 (target 10 min)` +
          `  [${Object.entries(r.byStatus).map(([k, v]) => `${k} ${v}`).join(', ')}]`,
      );
      if (t.mainCpu !== null) {
        // On an idle machine the wall time is the busier of: the main thread, the workers sharing the other core(s).
        const idle = Math.max(t.mainCpu, workers ? (t.allCpu - t.mainCpu) / Math.min(workers, Math.max(1, cpus().length - 1)) : 0);
        console.log(
          `    CPU: main thread ${t.mainCpu.toFixed(1)} s, all threads ${t.allCpu.toFixed(1)} s` +
            ` → on an idle ${cpus().length}-core machine ≈ ${minutes((idle / r.pages) * 100_000)} per 100,000`,
        );
      }
    }
    const shape = db.$client
      .prepare('select count(*) n, count(distinct project_code) codes, count(distinct buyer_party_id) buyers from notices')
      .get() as { n: number; codes: number; buyers: number };
    console.log(`archive shape: ${shape.n} notices, ${shape.codes} project codes, ${shape.buyers} buyers`);
    console.log(`peak RSS ${mb(peakRss)}; reparse / extraction-alone time: ${(r2.seconds / base.seconds).toFixed(2)}×`);
  } finally {
    clearInterval(sampler);
    db.$client.close();
    if (values.keep) console.log(`kept ${dir}`);
    else rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  try {
    main();
  } catch (e) {
    console.error(e instanceof Error ? e.message : e);
    process.exitCode = 1;
  }
}
