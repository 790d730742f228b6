/**
 * Result tables laid on their side: one row per field and one column per lot, as some portals
 * print several lots ("包号 | 包1 | 包2" / "中标供应商 | A公司 | B公司" / "中标金额（元） | 120000 |
 * 86000"). Read column by column into one lot each. Pure.
 * @module
 */
import { readMoney } from './money.js';
import { emptyLot, MAX_LOTS, setMoney } from './lot-record.js';
import { vendorNames } from './lots.js';
import { headerUnit, unitAbove, type Cell, type Table } from './tables.js';
import type { Lot } from './types.js';

const VENDOR_ROW = /^(?:(?:中标|成交|中选)(?:\(成交\)|（成交）)?(?:供应商|人|单位)(?:名称)?|供应商名称)$/;
const AMOUNT_ROW = /^(?:中标|成交|中选)(?:\(成交\)|（成交）)?(?:金额|价格|价|总价|报价)(?:[(（][^()（）]{1,8}[)）])?$/;
const LOT_ROW = /^(?:包号|包件|包组|标段|标段号|分包|分包号|标包|采购包|合同包|标项)(?:名称)?$/;
// "包1", "第2包", "标段三", "A": the lot's key, as the other readers give it
const LOT_KEY = /([0-9A-Za-z一二三四五六七八九十]{1,4})\s*(?:包|标段|分标)?$/;

const head = (r: Cell[]) => (r[0]?.text ?? '').replace(/[\s:：]/g, '');

/** The lots of the first sideways result table: two or more vendor cells in a row labelled as the winner's. */
export function transposedLots(text: string, tables: Table[]): Lot[] {
  for (const t of tables) {
    const rows = t.header.length ? [t.header, ...t.rows] : t.rows;
    const vendorRow = rows.find((r) => VENDOR_ROW.test(head(r)));
    if (!vendorRow || vendorRow.length < 3) continue;
    const names = vendorRow.slice(1).filter((c) => c.text).map((c) => vendorNames(c.text));
    if (names.length < 2 || names.some((n) => !n.length)) continue;
    const amountRow = rows.find((r) => AMOUNT_ROW.test(head(r)));
    const lotRow = rows.find((r) => LOT_ROW.test(head(r)));
    const unit = (amountRow && headerUnit(amountRow[0].text)) ?? unitAbove(text, t) ?? 'yuan';
    return names.slice(0, MAX_LOTS).map((members, i) => {
      const lot = emptyLot(members.join('；'));
      lot.vendors = members;
      lot.confidence = 0.8;
      const label = lotRow?.[i + 1]?.text;
      if (label && label.length <= 8) lot.lot = LOT_KEY.exec(label)?.[1] ?? label;
      const cell = amountRow?.[i + 1];
      const m = cell?.text ? readMoney(text, cell.start, cell.end, unit) : null;
      if (m) setMoney(lot, m, 0.8);
      return lot;
    });
  }
  return [];
}
