/**
 * Scores the contract keys that the shared scorer (score-extract.mjs) does not: the exact kind
 * (the shared scorer folds every kind but award/tender/intention into "other"), serviceType,
 * agency, divisionCode and title, against a labels.jsonl in the heldout2/heldout3 format. A key
 * is scored only on the labels that carry it (`service_type`, `agency`, `division_code`, a
 * non-null `title`);
 * serviceType is expected null wherever `is_video_ops` is false.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';
import { extractJson, noticeFiles, scoreGates } from '../helpers/score-gates.js';
import type { Extraction } from '../../scrapers/extract/types.js';

/** One field's tally. */
export interface Tally {
  ok: number;
  n: number;
  misses: string[];
}

/** Fold white space and full-width forms, as the shared scorer does for names. */
export const fold = (s: unknown) =>
  s == null ? null : String(s).normalize('NFKC').replace(/\s+/g, '').replace(/[。.,，;；]+$/g, '');

export function readJsonl(text: string): Array<Record<string, unknown>> {
  return text.split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as Record<string, unknown>);
}

/** kind, serviceType, agency, divisionCode and title accuracy of `predictions` (extract's JSON lines). */
export function scoreExtra(predictions: string, labelsPath: string): Record<'kind' | 'serviceType' | 'agency' | 'divisionCode' | 'title', Tally> {
  const preds = new Map(readJsonl(predictions).map((p) => [p.file as string, p]));
  const out = {
    kind: { ok: 0, n: 0, misses: [] as string[] },
    serviceType: { ok: 0, n: 0, misses: [] as string[] },
    agency: { ok: 0, n: 0, misses: [] as string[] },
    divisionCode: { ok: 0, n: 0, misses: [] as string[] },
    title: { ok: 0, n: 0, misses: [] as string[] },
  };
  const hit = (t: Tally, ok: boolean, file: string, got: unknown, want: unknown) => {
    t.n++;
    if (ok) t.ok++;
    else t.misses.push(`${file}: ${JSON.stringify(got)} != ${JSON.stringify(want)}`);
  };
  for (const l of readJsonl(readFileSync(labelsPath, 'utf8'))) {
    const file = l.file as string;
    const p = preds.get(file) ?? {};
    hit(out.kind, p.kind === l.kind, file, p.kind, l.kind);
    if ('service_type' in l) {
      const want = l.is_video_ops ? l.service_type : null;
      hit(out.serviceType, (p.serviceType ?? null) === want, file, p.serviceType, want);
    }
    if ('agency' in l) hit(out.agency, fold(p.agency) === fold(l.agency), file, p.agency, l.agency);
    if ('division_code' in l) hit(out.divisionCode, (p.divisionCode ?? null) === l.division_code, file, p.divisionCode, l.division_code);
    if (l.title != null) hit(out.title, fold(p.title) === fold(l.title), file, p.title, l.title);
  }
  return out;
}

/** "kind 0.946 (53/56)"-style summary of a tally set. */
export function formatExtra(scores: Record<string, Tally>): string {
  return Object.entries(scores)
    .filter(([, t]) => t.n > 0)
    .map(([k, t]) => `${k} ${(t.ok / t.n).toFixed(3)} (${t.ok}/${t.n})`)
    .join('  ');
}

/** The gates the later held-out batches (heldout5 on) hold at: each field a little under its final 1.000. */
export const BATCH_GATES = {
  buyer: 0.95, vendor: 0.95, amount: 0.95, lotPrecision: 0.95, budget: 0.9,
  province: 0.95, city: 0.95, county: 0.95, kind: 0.95, date: 0.95, videoF1: 0.95,
};
export const BATCH_EXTRA_GATES = { kind: 0.95, serviceType: 0.92, agency: 0.95, divisionCode: 0.95, title: 0.95 };

/**
 * Extract every notice of a held-out batch with `procwatch extract --json` and hold it to the
 * shared scorer's `gates` and to `extraGates` on the fields it does not score. Returns the
 * predictions (one JSON line per file) for checks of the batch's own. `refused` counts the files
 * the extractor answered with an error line (held at a batch's first score; 0 once it reads them all).
 */
export async function expectBatchGates(
  dir: string,
  minFiles: number,
  gates: Record<string, number>,
  extraGates: Partial<Record<keyof ReturnType<typeof scoreExtra>, number>>,
  refused = 0,
): Promise<string> {
  const labels = join(dir, 'labels.jsonl');
  const files = noticeFiles(dir);
  expect(files.length).toBeGreaterThanOrEqual(minFiles);
  const out = await extractJson(files);
  const { code, report } = await scoreGates(out, labels, gates);
  // the scorer exits 1 when a gate is missed; its verbose report names every miss
  expect(code, report).toBe(0);
  expect(report).toMatch(new RegExp(`score: \\d+ files, ${refused} without prediction`));
  const extra = scoreExtra(out, labels);
  const misses = Object.values(extra).flatMap((t) => t.misses).join('\n');
  for (const [k, min] of Object.entries(extraGates)) {
    const t = extra[k as keyof typeof extra];
    expect(t.n, k).toBeGreaterThanOrEqual(minFiles);
    expect(t.ok / t.n, `${formatExtra(extra)}\n${misses}`).toBeGreaterThanOrEqual(min!);
  }
  return out;
}

/** One line of `procwatch extract --json`: the file and its extraction. */
export type BatchPrediction = Extraction & { file: string };

/** The predictions expectBatchGates returned, looked up by file-name prefix (`s01-`, `v13-` …). */
export function byFilePrefix(out: string): (prefix: string) => BatchPrediction | undefined {
  const preds = out.split('\n').filter(Boolean).map((l) => JSON.parse(l) as BatchPrediction);
  return (prefix) => preds.find((p) => p.file.startsWith(prefix));
}
