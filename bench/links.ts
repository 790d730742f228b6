/**
 * Every click a reader can make from the dashboard's main pages, timed: the overview, the
 * largest province and one of its cities and counties, the region index, /compare (all years
 * and the latest), the top vendor's and buyer's pages, a search with and without a term, and the
 * newest contract are fetched; each internal link on them (downloads and archived pages aside,
 * at most three links of one shape, e.g. /regions/N) is fetched twice against `procwatch serve`
 * on the synthetic database. A link that answers anything but 200 is a broken link and fails the
 * run. bench/server.ts times chosen pages under load; this finds the slow page nobody chose
 * (the overview's year links took 2.4 s at 1M notices until this was written).
 *
 *   npx tsx bench/links.ts [--db bench/out/bench-1000000.db] [--top 20]
 * @module
 */
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import { openDb } from '../db/index.js';
import { benchDbPath } from './bench-db.js';
import { percentile, spawnServer } from './server.js';

/** Links of one shape (digits folded) kept: the rest take the same path through the code. */
const PER_SHAPE = 3;

interface Timed {
  path: string;
  status: number;
  first: number;
  second: number;
}

async function timeGet(url: string): Promise<{ ms: number; status: number; body: string }> {
  const t = performance.now();
  const res = await fetch(url);
  const body = await res.text();
  return { ms: performance.now() - t, status: res.status, body };
}

/** The internal links of a page, as paths with their query (entities decoded). */
export function linksOf(html: string): string[] {
  return [...html.matchAll(/href="(\/[^"#]*)"/g)].map((m) => m[1].replace(/&amp;/g, '&'));
}

/** Whether a link is a page to time here (not an asset, an archived page or a whole-set download). */
export function timedLink(path: string): boolean {
  return !/^\/(assets|raw)\//.test(path) && !/^\/search\.(csv|json|ocds\.json)/.test(path);
}

export async function main(argv = process.argv.slice(2)): Promise<Timed[]> {
  const { values } = parseArgs({ args: argv, options: { db: { type: 'string' }, top: { type: 'string' } } });
  const dbPath = benchDbPath(values.db);
  const c = openDb(dbPath, { readonly: true }).$client;
  const one = (sql: string) => c.prepare(sql).pluck().get() as string | number | undefined;
  const province = one(`SELECT child_code FROM spend_rollup_child WHERE region_code = '' AND child_code <> '' ORDER BY lots DESC LIMIT 1`) ?? '330000';
  const city = one(`SELECT child_code FROM spend_rollup_child WHERE region_code = '${province}' AND child_code <> '' ORDER BY lots DESC LIMIT 1`);
  const county = city ? one(`SELECT child_code FROM spend_rollup_child WHERE region_code = '${city}' AND child_code <> '' ORDER BY lots DESC LIMIT 1`) : undefined;
  const vendor = one(`SELECT party_id FROM spend_party_totals WHERE role = 'vendor' ORDER BY fen DESC LIMIT 1`);
  const buyer = one(`SELECT party_id FROM spend_party_totals WHERE role = 'buyer' ORDER BY fen DESC LIMIT 1`);
  const contract = one(`SELECT notice_id FROM spend_facts WHERE counted = 1 ORDER BY published_at DESC LIMIT 1`);
  const year = one(`SELECT max(year) FROM spend_facts WHERE counted = 1`);
  c.close();
  const seeds = [
    '/', '/regions', `/regions/${province}`, ...(city ? [`/regions/${city}`] : []), ...(county ? [`/regions/${county}`] : []),
    '/compare', ...(year ? [`/compare?year=${year}`] : []), ...(vendor ? [`/vendors/${vendor}`] : []), ...(buyer ? [`/buyers/${buyer}`] : []),
    '/search', `/search?q=${encodeURIComponent('短视频拍摄')}`, ...(contract ? [`/contracts/${contract}`] : []),
  ];
  const server = await spawnServer(dbPath);
  const rows: Timed[] = [];
  try {
    const paths = new Set<string>(seeds);
    const shapes = new Map<string, number>();
    for (const s of seeds) {
      const { body, status } = await timeGet(server.url + s);
      if (status !== 200) throw new Error(`${s} answered ${status}`);
      for (const p of linksOf(body)) {
        if (!timedLink(p) || paths.has(p)) continue;
        const shape = p.replace(/\d+/g, 'N');
        if ((shapes.get(shape) ?? 0) >= PER_SHAPE) continue;
        shapes.set(shape, (shapes.get(shape) ?? 0) + 1);
        paths.add(p);
      }
    }
    for (const p of paths) {
      const a = await timeGet(server.url + p);
      const b = await timeGet(server.url + p);
      rows.push({ path: p, status: a.status, first: a.ms, second: b.ms });
    }
  } finally {
    await server.close();
  }
  const worst = rows.toSorted((x, y) => Math.max(y.first, y.second) - Math.max(x.first, x.second));
  const top = Number(values.top ?? 20);
  console.log(`procwatch link benchmark — ${rows.length} links from ${seeds.length} pages of ${dbPath} (SYNTHETIC notices), each fetched twice`);
  console.table(worst.slice(0, top).map((r) => ({ path: decodeURIComponent(r.path), status: r.status, first: +r.first.toFixed(1), second: +r.second.toFixed(1) })));
  const firsts = rows.map((r) => r.first);
  const seconds = rows.map((r) => r.second);
  const over = (ms: number) => rows.filter((r) => Math.max(r.first, r.second) > ms).length;
  console.log(`first fetch p50 ${percentile(firsts, 0.5).toFixed(1)} ms, p95 ${percentile(firsts, 0.95).toFixed(1)} ms; second p50 ${percentile(seconds, 0.5).toFixed(1)} ms, p95 ${percentile(seconds, 0.95).toFixed(1)} ms`);
  console.log(`over 100 ms: ${over(100)}, over 300 ms: ${over(300)}, over 1 s: ${over(1000)} (either fetch)`);
  const broken = rows.filter((r) => r.status !== 200);
  if (broken.length) {
    console.log(`BROKEN LINKS: ${broken.map((r) => `${r.path} → ${r.status}`).join(', ')}`);
    process.exitCode = 1;
  }
  return rows;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  main().catch((e: unknown) => {
    process.stderr.write(`bench/links: ${(e as Error).message}\n`);
    process.exitCode = 1;
  });
}
