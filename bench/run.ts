/**
 * `npm run bench`: runs each benchmark in its own process (so one's memory does not count
 * against another's) and prints their figures. `npm run bench -- extract scrape` picks some.
 * Benchmarks: extract (extraction vs cheerio.load), scrape (replayed pages per second, peak
 * RSS), reparse (re-extraction of a 100,000-page archive), server (latency beside bare SQL;
 * BENCH_NOTICES sets the synthetic size, 1,000,000 by default, generated once into bench/out/),
 * search (90 query × filter combinations, beside the same searches without facet words), links
 * (every link on the main pages, timed on the synthetic database, broken ones failing the run).
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const all = ['extract', 'scrape', 'reparse', 'server', 'search', 'links'];
const picked = process.argv.slice(2).filter((a) => a !== '--');
const names = picked.length ? picked : all;
let failed = 0;
for (const name of names) {
  const file = fileURLToPath(new URL(`./${name}.ts`, import.meta.url));
  if (!all.includes(name) || !existsSync(file)) {
    console.error(`bench: unknown benchmark "${name}" (have: ${all.join(', ')})`);
    failed++;
    continue;
  }
  console.log(`\n== bench ${name}`);
  const r = spawnSync(process.execPath, ['--import', 'tsx', file], { stdio: 'inherit' });
  if (r.status !== 0) failed++;
}
process.exitCode = failed ? 1 : 0;
