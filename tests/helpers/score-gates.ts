/**
 * Run the real `procwatch extract --json` over labelled files and score the output with the
 * shared scorer (../shared/tools/score-extract.mjs) against minimum scores per field: the
 * regression gate of the shared corpus and of each held-out batch.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { sharedDir } from './shared-dir.js';

export const run = promisify(execFile);
const repoRoot = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
/** The procwatch CLI entry point. */
export const cli = join(repoRoot, 'bin', 'procwatch.js');

/** The notice files of a labelled directory (the extensions `procwatch extract` reads), in name order. */
export function noticeFiles(dir: string, ext = /\.(txt|html?)$/): string[] {
  return readdirSync(dir)
    .filter((f) => ext.test(f))
    .toSorted()
    .map((f) => join(dir, f));
}

/** `procwatch extract --json` over `files`: its standard output, one JSON line per file. */
export async function extractJson(files: string[]): Promise<string> {
  return (await run(process.execPath, [cli, 'extract', '--json', ...files], { maxBuffer: 64 * 1024 * 1024 })).stdout;
}

/**
 * Score `predictions` (extract's output) against `labels` with a minimum per field. `code` is
 * the scorer's exit code (1 when a gate is missed) and `report` its verbose report, which
 * names every miss.
 */
export async function scoreGates(predictions: string, labels: string, gates: Record<string, number>): Promise<{ code: number; report: string }> {
  const pred = join(mkdtempSync(join(tmpdir(), 'pw-score-')), 'pred.jsonl');
  writeFileSync(pred, predictions);
  const scorer = join(sharedDir(), 'tools', 'score-extract.mjs');
  const args = [scorer, labels, pred, ...Object.entries(gates).flatMap(([k, v]) => ['--min', `${k}=${v}`])];
  try {
    return { code: 0, report: (await run(process.execPath, args, { env: { ...process.env, SCORE_VERBOSE: '1' } })).stdout };
  } catch (e) {
    const err = e as { code?: number; stdout?: string };
    return { code: err.code ?? 1, report: String(err.stdout) };
  }
}
