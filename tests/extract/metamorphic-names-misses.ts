/**
 * Print the notices the name sweep (metamorphic-names.ts) regresses, one line each: the shape,
 * the field, the file, the renamed label's value and what the original and the renamed copy
 * read, to group misses by cause. Without arguments it prints the table, then every miss:
 *   npx tsx tests/extract/metamorphic-names-misses.ts [--field vendor] [--shape v:联合体]
 */
import { FIELDS, type Field } from './metamorphic.js';
import { formatNameSweep, sweepNames } from './metamorphic-names.js';

const args = process.argv.slice(2);
const opt = (k: string) => (args.includes(k) ? args[args.indexOf(k) + 1] : null);
const onlyField = opt('--field') as Field | null;
const onlyShape = opt('--shape');

/** The keys a field is scored on. */
const shown = (k: Field, p: Record<string, unknown>, label = false): unknown => {
  const lots = (p.lots ?? []) as Array<Record<string, unknown>>;
  if (k === 'vendor' || k === 'lotPrecision') return lots.map((l) => l.vendor);
  if (k === 'amount') return lots.map((l) => (label ? l.amount_yuan : l.amountYuan));
  const key = { budget: label ? 'budget_yuan' : 'budgetYuan', date: label ? 'date' : 'publishedAt', video: label ? 'is_video_ops' : 'isVideoOps', serviceType: label ? 'service_type' : 'serviceType' }[k as string] ?? k;
  return p[key];
};

const t0 = Date.now();
const { rows, skipped } = sweepNames(undefined, (shape, field, path, was, got, label) => {
  if ((onlyField && field !== onlyField) || (onlyShape && shape !== onlyShape)) return;
  console.log(`${shape}\t${field}\t${path}\tlabel ${JSON.stringify(shown(field, label, true))}\twas ${JSON.stringify(shown(field, was))}\t=> ${JSON.stringify(shown(field, got))}`);
});
console.log(formatNameSweep(rows));
console.log(`skipped (names not found as labelled, or a buyer whose place chain does not hold its locality): ${JSON.stringify(skipped)}; ${((Date.now() - t0) / 1000).toFixed(1)} s`);
console.log(`fields: ${FIELDS.join(' ')}`);
