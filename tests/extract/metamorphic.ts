/**
 * The metamorphic sweep: every labelled notice (shared corpus and every held-out batch) is
 * extracted as it is and in each transformation's clothes, through the CLI's own byte path
 * (extractBytes), and each scored field is judged right or wrong per notice as the shared scorer
 * judges it. A notice "changed" under a transformation when a field right on the original is
 * wrong on the copy (wrong both ways is no regression).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { extractBytes } from '../../scrapers/commands/extract.js';
import { decodeBytes } from '../../scrapers/extract/decode.js';
import { sharedDir } from '../helpers/shared-dir.js';
import { fold, readJsonl } from './extra-scores.js';
import { TRANSFORMS, type Transform } from './metamorphic-transforms.js';

/** The fields judged per notice. */
export const FIELDS = ['kind', 'buyer', 'agency', 'vendor', 'amount', 'lotPrecision', 'budget', 'date', 'province', 'city', 'county', 'video', 'serviceType'] as const;
export type Field = (typeof FIELDS)[number];

type Label = Record<string, unknown> & { file: string };
type Pred = Record<string, unknown>;
interface LabelledFile {
  path: string;
  label: Label;
}

const sameAmount = (a: unknown, b: number) => typeof a === 'number' && Math.abs(a - b) <= Math.max(0.005 * Math.abs(b), 0.01);

/**
 * Every labelled notice file: the shared corpus, then each held-out batch, in name order (a batch
 * still being written, with no labels.jsonl yet, or one `skipBatch` names, left out).
 */
export function labelledFiles(skipBatch: (name: string) => boolean = () => false): LabelledFile[] {
  const fixtures = join(import.meta.dirname, '..', 'fixtures', 'extract');
  const batches = readdirSync(fixtures).filter((d) => d.startsWith('heldout') && !skipBatch(d) && existsSync(join(fixtures, d, 'labels.jsonl')));
  const dirs = [join(sharedDir(), 'corpus'), ...batches.toSorted().map((d) => join(fixtures, d))];
  return dirs.flatMap((dir) => {
    const labels = readJsonl(readFileSync(join(dir, 'labels.jsonl'), 'utf8')) as Label[];
    return labels.map((label) => ({ path: join(dir, label.file), label })).filter((f) => /\.(txt|html?)$/i.test(f.path));
  });
}

/**
 * The last held-out batch the metamorphic gates were set on (heldout24 joined with parser 1.29.0).
 * A later batch (heldout25 on, written blind) joins both sweeps when its author reconsiders the gates:
 * counting its notices silently would fail gates its author never saw, or read a blind batch.
 */
export const LAST_GATED_BATCH = 24;
/** True for a batch directory after LAST_GATED_BATCH ("heldout" alone is batch 1). */
export const laterBatch = (name: string) => Number(name.slice('heldout'.length) || 1) > LAST_GATED_BATCH;

/** Per field: true (right), false (wrong) or absent (the label does not score it). */
export function judge(label: Label, p: Pred): Partial<Record<Field, boolean>> {
  const out: Partial<Record<Field, boolean>> = { kind: p.kind === label.kind, video: !!p.isVideoOps === !!label.is_video_ops };
  if (label.buyer != null) out.buyer = fold(p.buyer) === fold(label.buyer);
  if ('agency' in label) out.agency = fold(p.agency) === fold(label.agency);
  if ('service_type' in label) out.serviceType = (p.serviceType ?? null) === (label.is_video_ops ? label.service_type : null);
  if (label.budget_yuan != null) out.budget = sameAmount(p.budgetYuan, label.budget_yuan as number);
  if (label.date != null) out.date = p.publishedAt === label.date;
  for (const f of ['province', 'city', 'county'] as const) if (label[f] != null) out[f] = fold(p[f]) === fold(label[f]);
  const plots = (Array.isArray(p.lots) ? p.lots : []) as Array<{ vendor: unknown; amountYuan: unknown }>;
  const ll = (label.lots ?? []) as Array<{ vendor: string | null; amount_yuan: number | null }>;
  if (ll.length === 0) out.lotPrecision = !plots.some((l) => l.vendor != null || l.amountYuan != null);
  else if (ll.every((l) => l.vendor != null)) out.lotPrecision = plots.every((pl) => ll.some((l) => fold(l.vendor) === fold(pl.vendor)));
  const vendors = ll.filter((l) => l.vendor != null);
  if (vendors.length) out.vendor = vendors.every((l) => plots.some((pl) => fold(pl.vendor) === fold(l.vendor)));
  const amounts = ll.filter((l) => l.amount_yuan != null);
  if (amounts.length) {
    out.amount = amounts.every((l) => (l.vendor != null ? plots.filter((pl) => fold(pl.vendor) === fold(l.vendor)) : plots).some((pl) => sameAmount(pl.amountYuan, l.amount_yuan!)));
  }
  return out;
}

/** One transformation's outcome: notices skipped, and per field the notices that regressed or improved. */
export interface SweepRow {
  name: string;
  applied: number;
  skipped: number;
  changed: Record<Field, string[]>;
  improved: Record<Field, number>;
}

const emptyBy = <T>(make: () => T) => Object.fromEntries(FIELDS.map((f) => [f, make()])) as Record<Field, T>;

function extractFile(name: string, bytes: Buffer, html: boolean): Pred {
  try {
    return extractBytes(name, bytes, html ? '.html' : '.txt');
  } catch (e) {
    return { error: (e as Error).message };
  }
}

/** Run `transforms` over `files` and compare each copy's judgement with the original's. */
export function sweep(files: LabelledFile[], transforms: Transform[] = TRANSFORMS): SweepRow[] {
  const rows: SweepRow[] = transforms.map((t) => ({ name: t.name, applied: 0, skipped: 0, changed: emptyBy(() => [] as string[]), improved: emptyBy(() => 0) }));
  for (const f of files) {
    const bytes = readFileSync(f.path);
    const html = extname(f.path).toLowerCase() !== '.txt';
    const base = judge(f.label, extractFile(f.label.file, bytes, html));
    const copy = { text: decodeBytes(bytes, null).text, html };
    transforms.forEach((t, i) => {
      const out = t.apply(copy);
      if (!out) {
        rows[i].skipped++;
        return;
      }
      rows[i].applied++;
      const got = judge(f.label, extractFile(f.label.file, out.bytes, out.html));
      for (const k of FIELDS) {
        if (base[k] === true && got[k] === false) rows[i].changed[k].push(f.path);
        else if (base[k] === false && got[k] === true) rows[i].improved[k]++;
      }
    });
  }
  return rows;
}

/** The sweep as a table: one row per transformation, the count of changed notices per field. */
export function formatSweep(rows: SweepRow[]): string {
  const head = ['transform', 'n', 'skip', ...FIELDS].map((h, i) => (i === 0 ? h.padEnd(12) : h.slice(0, 6).padStart(6))).join(' ');
  const body = rows.map((r) => [r.name.padEnd(12), String(r.applied).padStart(6), String(r.skipped).padStart(6), ...FIELDS.map((f) => String(r.changed[f].length).padStart(6))].join(' '));
  return [head, ...body].join('\n');
}
