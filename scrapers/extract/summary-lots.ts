/**
 * An aggregator's summary header over a result with several winners: "中标单位：A；B" and one
 * "中标金额：268.45万元" (their sum) above the body's per-lot results, each lot with its own winner
 * and amount. Read as written the header is one consortium lot; it is a digest of the lots the
 * body gives, never a lot of its own.
 * @module
 */
import type { Money } from './money.js';
import type { Lot } from './types.js';

// a consortium names its members in one field too: then the members are one lot, not a digest
const CONSORTIUM = /联合体|联合投标|牵头/;

/**
 * True when `joined` (one field naming several vendors) is a digest of `rows`: the rows give each
 * of its vendors exactly one lot of its own, each with an amount, and the digest's amount (when
 * `priced`) is their sum. `lookup` is searched for the field's line, which must not call its
 * vendors a consortium.
 */
export function summarisesLots(joined: Lot, rows: Lot[], lookup: string, priced: boolean): boolean {
  const members = joined.vendors;
  if (members.length < 2 || rows.length !== members.length) return false;
  if (!rows.every((l) => l.vendor && members.includes(l.vendor) && l.amountForm !== 'none')) return false;
  if (new Set(rows.map((l) => l.vendor)).size !== rows.length) return false;
  if (priced) {
    // the header's figure is the sum of the rows' totals (an aggregator may round it to 0.01万元)
    if (joined.amountForm !== 'total' || joined.amountYuan === null) return false;
    if (!rows.every((l) => l.amountForm === 'total' && l.amountYuan !== null)) return false;
    const sum = rows.reduce((s, l) => s + l.amountYuan!, 0);
    if (Math.abs(sum - joined.amountYuan) > Math.max(1, joined.amountYuan * 0.005)) return false;
  }
  const at = lookup.indexOf(members[0]);
  if (at < 0) return true;
  const lineStart = lookup.lastIndexOf('\n', at) + 1;
  const lineEnd = lookup.indexOf('\n', at);
  return !CONSORTIUM.test(lookup.slice(lineStart, lineEnd < 0 ? lookup.length : lineEnd));
}

/** The digest's figure as the notice's stated total (the lots' sum, never a lot). */
export function summaryTotal(joined: Lot): Money | null {
  if (joined.amountForm !== 'total' || joined.amountYuan === null || joined.amountText === null || joined.amountStart === null || joined.amountEnd === null) return null;
  return {
    yuan: joined.amountYuan, form: 'total', text: joined.amountText, start: joined.amountStart, end: joined.amountEnd,
    rate: null, unitPrice: null, perUnit: null, conflict: null,
  };
}
