/**
 * Held-out regression: notices written in real portal shapes plus the three real sample pages (zcy 中标结果 tables, gdgpo
 * 采购结果, Hubei p pairs, ccgp 公告概要, Jiangsu summaries, aggregator chrome, candidates,
 * contracts, corrections, failures, intentions, acceptance) that the extractor was not tuned
 * on when they were written (tests/fixtures/extract/heldout). Scored by the shared scorer
 * through the real CLI; the gates sit a little under what 1.2.0 reaches so that a rule
 * change that breaks unseen formats shows up here, not in production.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { sharedDir } from '../helpers/shared-dir.js';

const run = promisify(execFile);
const repoRoot = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const dir = join(repoRoot, 'tests', 'fixtures', 'extract', 'heldout');
const scorer = join(sharedDir(), 'tools', 'score-extract.mjs');
const cli = join(repoRoot, 'bin', 'procwatch.js');

const GATES = {
  buyer: 0.95, vendor: 0.93, amount: 0.93, lotPrecision: 0.93, budget: 0.9,
  province: 0.95, city: 0.93, county: 0.9, kind: 0.93, date: 0.9, videoF1: 0.93,
};

describe('held-out notices', () => {
  it('procwatch extract --json meets the held-out gates', async () => {
    const files = readdirSync(dir).filter((f) => /\.(txt|html?)$/.test(f)).toSorted().map((f) => join(dir, f));
    expect(files.length).toBeGreaterThanOrEqual(30);
    const { stdout } = await run(process.execPath, [cli, 'extract', '--json', ...files], { maxBuffer: 64 * 1024 * 1024 });
    const tmp = mkdtempSync(join(tmpdir(), 'pw-heldout-'));
    const pred = join(tmp, 'pred.jsonl');
    writeFileSync(pred, stdout);
    const args = [scorer, join(dir, 'labels.jsonl'), pred, ...Object.entries(GATES).flatMap(([k, v]) => ['--min', `${k}=${v}`])];
    const scored = await run(process.execPath, args, { env: { ...process.env, SCORE_VERBOSE: '1' } }).catch((e) => e);
    // the scorer exits 1 when a gate is missed; its verbose report names every miss
    expect(scored.code ?? 0, String(scored.stdout)).toBe(0);
    expect(String(scored.stdout)).toMatch(/score: \d+ files, 0 without prediction/);
  });
});
