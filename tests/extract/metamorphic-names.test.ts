/**
 * Metamorphic tests, second family: the same notice with OTHER NAMES must give the same fields.
 * metamorphic-names.ts renames, one role at a time, every labelled buyer, agency or vendor of every
 * labelled notice (the shared corpus and heldout to heldout22, the batches these gates were set on) to a name the seeded grammar makes in one of 32 shapes (metamorphic-names-grammar.ts),
 * text and label alike, and judges each field as the shared scorer does. A notice counts against a
 * shape and field when the original is right and the renamed copy wrong.
 * List the misses behind any count with `npx tsx tests/extract/metamorphic-names-misses.ts`.
 * The gates are the counts after the fixes: a change that makes any count grow fails here.
 */
import { describe, expect, it } from 'vitest';
import { FIELDS, type Field } from './metamorphic.js';
import { formatNameSweep, sweepNames } from './metamorphic-names.js';

/** Notices allowed to change per shape and field (absent = 0). */
const GATES: Record<string, Partial<Record<Field, number>>> = {
  'b:村民委员会': { buyer: 1 },
  'b:景区管委会': { buyer: 1 },
  'b:投资集团': { buyer: 1, county: 1 },
  'b:交警支队': { buyer: 1, county: 1 },
};

describe('metamorphic names: the same notice with other names gives the same fields', () => {
  it('no shape changes more notices per field than its gate allows', () => {
    const { rows, skipped } = sweepNames();
    const table = formatNameSweep(rows);
    const over: string[] = [];
    for (const r of rows) {
      // a shape that fits few notices tests little: each is drawn for a good share of them
      expect(r.applied, `${r.shape} applied`).toBeGreaterThanOrEqual(40);
      for (const f of FIELDS) {
        const allowed = GATES[r.shape]?.[f] ?? 0;
        if (r.changed[f].length > allowed) over.push(`${r.shape} ${f}: ${r.changed[f].length} > ${allowed}\n    ${r.changed[f].join('\n    ')}`);
      }
    }
    // most labelled names are renamed: the skips (a name not written as labelled, a person) stay a minority
    expect(skipped.vendor + skipped.buyer + skipped.agency).toBeLessThan(400);
    expect(over, `${table}\n${over.join('\n')}`).toEqual([]);
  }, 120_000);
});
