/**
 * The lot record the lot readers fill: an empty lot for a vendor, and an amount set on it with
 * its form, exact text and offsets (the evidence).
 * @module
 */
import type { Money } from './money.js';
import type { Lot } from './types.js';

/** More lots than this in one notice is garbage or a catalogue: stop there (bounded time). */
export const MAX_LOTS = 200;

/** A lot for `vendor` (a consortium's names joined by "；") with no amount yet. */
export function emptyLot(vendor: string | null): Lot {
  return {
    lot: null, vendor, vendors: vendor ? vendor.split('；') : [], amountYuan: null, amountForm: 'none', amountText: null,
    amountStart: null, amountEnd: null, rateValue: null, unitPriceYuan: null, unitPriceUnit: null, budgetYuan: null,
    ceilingYuan: null, status: 'awarded', confidence: 0.5,
  };
}

/** Set a lot's amount from a money reading, with the confidence of the rule that found it. */
export function setMoney(lot: Lot, m: Money, confidence: number) {
  lot.amountYuan = m.yuan;
  lot.amountForm = m.form;
  lot.amountText = m.text;
  lot.amountStart = m.start;
  lot.amountEnd = m.end;
  lot.rateValue = m.rate;
  lot.unitPriceYuan = m.unitPrice;
  lot.unitPriceUnit = m.perUnit;
  lot.confidence = confidence;
}
