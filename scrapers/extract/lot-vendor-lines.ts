/**
 * Vendors listed by lot under an empty vendor label, each lot's amount on a later line of its own:
 * a contract notice (政采云's template) that leaves "供应商（乙方）：" blank and writes
 * "标项1：X公司，地址：…" / "标项2：Y公司，地址：…" below it, then "标项1：主要标的名称：…；合同金额：…"
 * per lot under 合同主要信息. Read as fields, the vendors are no field's value (the lines open with
 * their lot label, not a vendor label) and the amounts stand alone: one lot with no vendor. Vendor
 * and amount are joined by their lot label, and only by it: an amount counts only on a line that
 * opens with the same lot's label, so a numbered line ("1.", "（2）") or another lot's line never pairs.
 * @module
 */
import type { Field } from './fields.js';
import { fieldMoney } from './money.js';
import { emptyLot, MAX_LOTS, setMoney } from './lot-record.js';
import { cleanOrgName, looksLikeOrg } from './parties.js';
import type { Lot } from './types.js';

// a vendor's label ending its line, its value left blank: "供应商（乙方）：", "五、中标供应商："
const EMPTY_VENDOR_LABEL = /(?:^|\n)[ \t]*(?:[一二三四五六七八九十]{1,3}[、.．][ \t]*)?(?:中标|成交|中选|签约)?(?:供应商|乙方|中标人|成交人|中标单位|成交单位)(?:名称)?[ \t]*(?:[(（][^()（）\n]{1,6}[)）])?[ \t]*[:：][ \t]*(?=\r?\n)/g;
/**
 * A line opening with its lot's label: "标项1：", "包2：", "第三包：", "标段一：" (budget.ts reads a
 * lot's budget line by the same definition).
 */
export const LOT_LINE = /^[ \t]*(?:第\s*([0-9一二三四五六七八九十]{1,3})\s*(?:包|标段|分标|标项)|(?:标项|包|标段|分标|标包|合同包|采购包)\s*([0-9A-Za-z一二三四五六七八九十]{1,4}))\s*[:：]\s*/;
// the same label opening any line of a text: the cheap guard before the vendor labels are read
const LOT_LINE_ANYWHERE = new RegExp(`\\n${LOT_LINE.source.slice(1)}`);

/** The lot label opening the line that starts at `from` (its number or letter), and its length. */
function lotOpening(lookup: string, from: number): { lot: string; length: number } | null {
  const m = LOT_LINE.exec(lookup.slice(from, from + 24));
  return m ? { lot: m[1] ?? m[2], length: m[0].length } : null;
}

/**
 * The lots listed one a line under an empty vendor label, each with the amount of the later line
 * that opens with its label and carries an award field; [] unless two lots or more are listed.
 */
export function lotVendorLines(text: string, lookup: string, fields: Field[]): Lot[] {
  // cheap guard: a lot label opening a line somewhere
  if (!LOT_LINE_ANYWHERE.test(lookup)) return [];
  EMPTY_VENDOR_LABEL.lastIndex = 0;
  for (let head = EMPTY_VENDOR_LABEL.exec(lookup); head; head = EMPTY_VENDOR_LABEL.exec(lookup)) {
    const lots: Lot[] = [];
    let pos = lookup.indexOf('\n', head.index + head[0].length) + 1;
    while (pos > 0 && lots.length < MAX_LOTS) {
      const open = lotOpening(lookup, pos);
      if (!open) break;
      const end = lookup.indexOf('\n', pos);
      const name = cleanOrgName(text.slice(pos + open.length, end < 0 ? text.length : end));
      if (!name || !looksLikeOrg(name) || lots.some((l) => l.lot === open.lot)) break;
      const lot = emptyLot(name);
      lot.lot = open.lot;
      lot.confidence = 0.8;
      lots.push(lot);
      pos = end + 1;
    }
    if (lots.length < 2) continue;
    const listEnd = pos > 0 ? pos : lookup.length;
    // each lot's amount: the first award field past the list on a line that opens with its label
    for (let i = 0; i < fields.length; i++) {
      const f = fields[i];
      if (f.role !== 'award' || f.labelStart < listEnd) continue;
      const lineStart = lookup.lastIndexOf('\n', f.labelStart - 1) + 1;
      const lot = lots.find((l) => l.lot === lotOpening(lookup, lineStart)?.lot);
      if (!lot || lot.amountForm !== 'none') continue;
      const m = fieldMoney(text, f, fields[i + 1]);
      if (m && m.form === 'total') setMoney(lot, m, 0.8);
    }
    return lots;
  }
  return [];
}
