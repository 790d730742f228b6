/**
 * Extraction speed: notices per second for extractNotice over the replay portal's detail
 * pages (tests/fixtures/ccgp/**\/*.htm) plus the shared corpus, and in the same run the time
 * of cheerio.load alone on the same pages, their ratio and the slowest notice.
 * Targets: at most 2× cheerio.load, at least 500 notices/s on one core.
 * Run: npx tsx bench/extract.ts
 * @module
 */
import * as cheerio from 'cheerio';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { decodeBytes } from '../scrapers/extract/decode.js';
import { extractNotice } from '../scrapers/extract/index.js';
import type { ExtractInput } from '../scrapers/extract/types.js';

const repoRoot = join(dirname(fileURLToPath(import.meta.url)), '..');

interface Page {
  name: string;
  input: ExtractInput;
  html: string;
}

function walk(dir: string, out: string[], depth = 0): void {
  if (depth > 12) return;
  let entries: string[];
  try {
    entries = readdirSync(dir);
  } catch {
    return;
  }
  for (const e of entries) {
    const p = join(dir, e);
    const st = statSync(p);
    if (st.isDirectory()) walk(p, out, depth + 1);
    else if (/\.html?$/.test(e)) out.push(p);
  }
}

function loadPages(): Page[] {
  const pages: Page[] = [];
  const detail: string[] = [];
  walk(join(repoRoot, 'tests', 'fixtures', 'ccgp'), detail);
  for (const f of detail.toSorted()) {
    const { text } = decodeBytes(readFileSync(f), null);
    pages.push({ name: relative(repoRoot, f), input: { html: text }, html: text });
  }
  const corpus = join(repoRoot, '..', 'shared', 'corpus');
  try {
    for (const f of readdirSync(corpus).filter((x) => /\.(txt|html)$/.test(x)).toSorted()) {
      const text = readFileSync(join(corpus, f), 'utf8');
      pages.push({ name: `corpus/${f}`, input: f.endsWith('.txt') ? { text } : { html: text }, html: text });
    }
  } catch {
    // the corpus is optional for the benchmark
  }
  return pages;
}

function timeAll(pages: Page[], fn: (p: Page) => void, minMs: number): { perPageMs: number; rounds: number } {
  let rounds = 0;
  const t0 = performance.now();
  do {
    for (const p of pages) fn(p);
    rounds++;
  } while (performance.now() - t0 < minMs && rounds < 1000);
  return { perPageMs: (performance.now() - t0) / (rounds * pages.length), rounds };
}

/** Run the benchmark and print its figures. */
export async function main(): Promise<void> {
  const pages = loadPages();
  if (!pages.length) {
    console.log('bench/extract: no pages found');
    return;
  }
  // warm up both paths (JIT)
  for (const p of pages) {
    extractNotice(p.input);
    cheerio.load(p.html);
  }
  const extract = timeAll(pages, (p) => extractNotice(p.input), 3000);
  const load = timeAll(pages, (p) => cheerio.load(p.html), 3000);
  let slowest = { name: '', ms: 0 };
  const each: number[] = [];
  for (const p of pages) {
    const t = performance.now();
    extractNotice(p.input);
    const ms = performance.now() - t;
    each.push(ms);
    if (ms > slowest.ms) slowest = { name: p.name, ms };
  }
  const sorted = each.toSorted((a, b) => a - b);
  const median = sorted[Math.floor(sorted.length / 2)];
  const p95 = sorted[Math.floor(sorted.length * 0.95)];
  const perSec = 1000 / extract.perPageMs;
  const ratio = extract.perPageMs / load.perPageMs;
  const bytes = pages.reduce((s, p) => s + p.html.length, 0);
  console.log(`bench/extract: ${pages.length} pages (${(bytes / 1024).toFixed(0)} K characters)`);
  console.log(`  extractNotice   ${extract.perPageMs.toFixed(3)} ms/notice  ${perSec.toFixed(0)} notices/s  (target >= 500)`);
  console.log(`  cheerio.load    ${load.perPageMs.toFixed(3)} ms/page   ${(1000 / load.perPageMs).toFixed(0)} pages/s`);
  console.log(`  ratio           ${ratio.toFixed(2)}x cheerio.load  (target <= 2x)`);
  console.log(`  per notice      median ${median.toFixed(2)} ms, p95 ${p95.toFixed(2)} ms`);
  console.log(`  slowest notice  ${slowest.name}  ${slowest.ms.toFixed(2)} ms`);
  console.log(`  load average    ${loadavg().map((x) => x.toFixed(1)).join(' ')} on ${cpus().length} cores (figures are per core; a busy machine inflates them)`);
  console.log(`  100,000 pages   ~${((100_000 * extract.perPageMs) / 1000 / 60).toFixed(1)} min of extraction on one core`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  await main();
}
