/**
 * Search at scale: every combination of five queries (none, a rare place name, a common
 * five-character term, a common two-character term, and both kinds together) with eighteen
 * filter sets and sorts, timed as `searchNotices` (the page's count and rows, no HTTP), each
 * beside the same search with the filters left out of the full-text match (`facets: false`:
 * row checks only, the layout before migration 0016), in the same run. The dashboard's target is
 * p95 ≤ 100 ms for a search page; this shows which combinations still miss it.
 *
 *   npx tsx bench/search.ts [--db bench/out/bench-1000000.db] [--runs 3]
 *
 * The database is chosen as bench/server.ts chooses it (bench/bench-db.ts).
 * @module
 */
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import { openDb, type Db } from '../db/index.js';
import { searchNotices, type SearchTuning } from '../db/queries/search.js';
import { parseSearchFilters } from '../db/queries/search-filters.js';
import { benchDbPath } from './bench-db.js';

const QUERIES = [null, '西湖区', '短视频拍摄', '抖音', '运营服务 抖音'];
const FILTERS: Record<string, string>[] = [
  {},
  { region: '130000' },
  { region: '330106' },
  { kind: 'award' },
  { service: 'promo_film' },
  { video: '1' },
  { counted: '1' },
  { min: '1000000' },
  { method: '公开招标' },
  { buyer: '融媒体' },
  { vendor: '传媒' },
  { from: '2024-01-01', to: '2024-03-31' },
  { sort: 'relevance' },
  { sort: 'amount_desc' },
  { sort: 'amount_asc' },
  { page: '200' },
  { region: '130000', kind: 'award', sort: 'amount_desc' },
  // The overview's year links: counted notices of one year, largest first.
  { counted: '1', sort: 'amount_desc', from: '2023-01-01', to: '2023-12-31' },
];

/** The median of `runs` timed calls (after one untimed call), in ms, and the total found. */
function time(db: Db, params: Record<string, string>, tune: SearchTuning, runs: number): { ms: number; total: number } {
  const f = parseSearchFilters(params);
  searchNotices(db, f, tune);
  const xs: number[] = [];
  let total = 0;
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    total = searchNotices(db, f, tune).total;
    xs.push(performance.now() - t);
  }
  xs.sort((a, b) => a - b);
  return { ms: xs[Math.floor(xs.length / 2)], total };
}

/** Run the sweep and print it, slowest first; returns the rows. */
export function main(argv = process.argv.slice(2)): object[] {
  const { values } = parseArgs({ args: argv, options: { db: { type: 'string' }, runs: { type: 'string' } } });
  const runs = Math.max(1, Number(values.runs ?? 3));
  const dbPath = benchDbPath(values.db);
  const db = openDb(dbPath, { readonly: true });
  const notices = db.$client.prepare('SELECT count(*) FROM notices').pluck().get() as number;
  process.stdout.write(`procwatch search sweep — ${notices} SYNTHETIC notices (${dbPath}), median of ${runs} runs each\n`);
  const rows: { search: string; ms: number; rowChecksMs: number; total: number }[] = [];
  try {
    for (const q of QUERIES) {
      for (const filters of FILTERS) {
        const params = q ? { q, ...filters } : filters;
        // Alternate the two forms, so load from elsewhere falls on both.
        const withWords = time(db, params, {}, runs);
        const rowChecks = time(db, params, { facets: false }, runs);
        if (withWords.total !== rowChecks.total) throw new Error(`the two forms disagree on ${JSON.stringify(params)}: ${withWords.total} vs ${rowChecks.total}`);
        rows.push({ search: `${q ?? '—'} ${JSON.stringify(filters)}`, ms: +withWords.ms.toFixed(1), rowChecksMs: +rowChecks.ms.toFixed(1), total: withWords.total });
      }
    }
  } finally {
    db.$client.close();
  }
  rows.sort((a, b) => b.ms - a.ms);
  console.table(rows);
  const sum = (k: 'ms' | 'rowChecksMs') => rows.reduce((s, r) => s + r[k], 0);
  const over = (k: 'ms' | 'rowChecksMs') => rows.filter((r) => r[k] > 100).length;
  process.stdout.write(
    `${rows.length} searches: sum ${(sum('ms') / 1000).toFixed(1)} s, ${over('ms')} over 100 ms; with row checks only (no facet words in the match): sum ${(sum('rowChecksMs') / 1000).toFixed(1)} s, ${over('rowChecksMs')} over 100 ms.\n` +
      'ms = searchNotices (count and one page of rows) as the page calls it; rowChecksMs = the same search with its filters as row checks only. total = what the page shows (exact up to 10,000).\n',
  );
  return rows;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  try {
    main();
  } catch (e) {
    process.stderr.write(`bench/search: ${(e as Error).message}\n`);
    process.exitCode = 1;
  }
}
