/**
 * Print the notices a transformation regresses, field by field, with the label, the original's
 * value and the copy's (what metamorphic.test.ts only counts), to group misses by cause:
 *   npx tsx tests/extract/metamorphic-misses.ts flatten joinPairs [--field vendor]
 * With --dump FILE it instead writes every labelled notice's untransformed scored keys as JSON
 * lines, to diff the extractor's output before and after a change.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { extname } from 'node:path';
import { extractBytes } from '../../scrapers/commands/extract.js';
import { decodeBytes } from '../../scrapers/extract/decode.js';
import { FIELDS, judge, labelledFiles, type Field } from './metamorphic.js';
import { TRANSFORMS } from './metamorphic-transforms.js';

const args = process.argv.slice(2);
const dumpAt = args.indexOf('--dump');
const fieldAt = args.indexOf('--field');
const onlyField = fieldAt >= 0 ? (args[fieldAt + 1] as Field) : null;
const names = args.filter((a, i) => !a.startsWith('--') && (dumpAt < 0 || i !== dumpAt + 1) && (fieldAt < 0 || i !== fieldAt + 1));

/** The keys a field is scored on, to show what the copy read instead. */
const SHOWN: Record<Field, (p: Record<string, unknown>) => unknown> = {
  kind: (p) => p.kind, buyer: (p) => p.buyer, agency: (p) => p.agency,
  vendor: (p) => (p.lots as Array<{ vendor: unknown }>)?.map((l) => l.vendor),
  amount: (p) => (p.lots as Array<{ amountYuan: unknown }>)?.map((l) => l.amountYuan),
  lotPrecision: (p) => (p.lots as Array<{ vendor: unknown }>)?.map((l) => l.vendor),
  budget: (p) => p.budgetYuan, date: (p) => p.publishedAt, province: (p) => p.province, city: (p) => p.city,
  county: (p) => p.county, video: (p) => p.isVideoOps, serviceType: (p) => p.serviceType,
};

function run(name: string, bytes: Buffer, html: boolean): Record<string, unknown> {
  try {
    return extractBytes(name, bytes, html ? '.html' : '.txt') as unknown as Record<string, unknown>;
  } catch (e) {
    return { error: (e as Error).message };
  }
}

const files = labelledFiles();
if (dumpAt >= 0) {
  const lines = files.map((f) => {
    const p = run(f.label.file, readFileSync(f.path), extname(f.path).toLowerCase() !== '.txt');
    return JSON.stringify({ path: f.path, ...Object.fromEntries(FIELDS.map((k) => [k, SHOWN[k](p)])) });
  });
  writeFileSync(args[dumpAt + 1], lines.join('\n') + '\n');
} else {
  for (const t of TRANSFORMS.filter((x) => names.includes(x.name))) {
    for (const f of files) {
      const bytes = readFileSync(f.path);
      const html = extname(f.path).toLowerCase() !== '.txt';
      const p0 = run(f.label.file, bytes, html);
      const out = t.apply({ text: decodeBytes(bytes, null).text, html });
      if (!out) continue;
      const p1 = run(f.label.file, out.bytes, out.html);
      const [a, b] = [judge(f.label, p0), judge(f.label, p1)];
      for (const k of FIELDS) {
        if (onlyField && k !== onlyField) continue;
        if (a[k] === true && b[k] === false) console.log(`${t.name}\t${k}\t${f.path}\t${JSON.stringify(SHOWN[k](p0))}\t=> ${JSON.stringify(SHOWN[k](p1))}`);
      }
    }
  }
}
