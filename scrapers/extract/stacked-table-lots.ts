/**
 * A result table pulled out of a PDF one cell a line: the header's cells each on a line of their
 * own ("包号" / "供应商名称" / "供应商地址" / "中标（成交）金" / "额（元）"), then each row's cells the
 * same way, a long name or address broken over lines ("甘肃智联教育科技有限公" / "司"). No column
 * survives, but the order does: a row opens with its key (the 包号 or 序号 alone on its line), the
 * winner's name follows (its broken lines joined until it ends as an organisation's name does),
 * the address may follow, and the row closes with its amount alone on its line. Pure; a cheap
 * guard (a vendor header alone on its line) keeps it off every other text.
 * @module
 */
import { readMoney } from './money.js';
import { emptyLot, MAX_LOTS, setMoney } from './lot-record.js';
import { cleanOrgName, looksLikeOrg } from './parties.js';
import type { Lot } from './types.js';

// the vendor column's header alone on its line (the guard)
const VENDOR_HEAD = /\n[ \t]*(?:(?:中标|成交|中选)(?:[(（]成交[)）])?)?(?:供应商|中标人|成交人|单位)(?:名称)?[ \t]*\n/;
// the row key's header: the lot's or the row's number
const KEY_HEAD = /^(?:包号|包组|标段|标段号|分包|分包号|标项|合同包|采购包|序号)$/;
// a row's key alone on its line: "1", "包1", "第2包", "A"
const ROW_KEY = /^(?:\d{1,2}|包\s*\d{1,2}|第[一二三四五六七八九十\d]{1,3}包|[A-Z])$/;
// a row's amount alone on its line: "1,078,000.00", "654300.00", "¥65,000"
const AMOUNT_LINE = /^[¥￥]?(?:\d{1,3}(?:,\d{3})+|\d{1,12})(?:\.\d{1,2})?$/;
// where an organisation's name ends (a line break inside it never falls after these)
const ORG_END = /(?:公司|中心|厂|社|院|所|部|店|室|馆|站|行|队|合作社)$/;
const SECTION = /^(?:[一二三四五六七八九十]{1,3}[、.．]|[(（][一二三四五六七八九十]{1,3}[)）]|\d{1,2}[、．])/;

/** The rows of a one-cell-a-line result table: one lot per row (its key as the lot), or none. */
export function stackedTableLots(text: string, lookup: string): Lot[] {
  const head = VENDOR_HEAD.exec(lookup);
  if (!head) return [];
  // the header: short lines around the vendor header, none of them a row key or a figure; its
  // first cell must be the key's, and an amount's header must be among them (a wrapped one too)
  const lines: { t: string; start: number }[] = [];
  let headStart = head.index + 1;
  for (let k = 0; k < 3; k++) {
    const prev = lookup.lastIndexOf('\n', headStart - 2);
    const t = lookup.slice(prev + 1, headStart - 1).trim();
    if (prev < 0 || !t || t.length > 12 || /\d/.test(t)) break;
    headStart = prev + 1;
    if (KEY_HEAD.test(t)) break;
  }
  let pos = headStart;
  const header: string[] = [];
  while (pos < lookup.length && header.length < 8) {
    const nl = lookup.indexOf('\n', pos);
    const end = nl < 0 ? lookup.length : nl;
    const t = lookup.slice(pos, end).trim();
    if (ROW_KEY.test(t)) break;
    if (!t || t.length > 12) return [];
    header.push(t);
    pos = end + 1;
  }
  const joined = header.join('');
  if (!KEY_HEAD.test(header[0] ?? '') || !/金\s*额|报价|价格|总价/.test(joined) || /单价/.test(joined)) return [];
  const unit = /万元/.test(joined) ? 'wan' : 'yuan';
  // the rows, line by line
  for (let at = pos; at < lookup.length && lines.length < 400; ) {
    const nl = lookup.indexOf('\n', at);
    const end = nl < 0 ? lookup.length : nl;
    lines.push({ t: lookup.slice(at, end).trim(), start: at + (lookup.slice(at, end).length - lookup.slice(at, end).trimStart().length) });
    at = end + 1;
  }
  const out: Lot[] = [];
  let i = 0;
  while (i < lines.length && out.length < MAX_LOTS) {
    const key = lines[i];
    if (!ROW_KEY.test(key.t)) break;
    // the row's cells up to its amount (a row runs some ten lines at most)
    let j = i + 1;
    while (j < lines.length && j - i <= 12 && !AMOUNT_LINE.test(lines[j].t) && !ROW_KEY.test(lines[j].t) && !SECTION.test(lines[j].t)) j++;
    if (j >= lines.length || !AMOUNT_LINE.test(lines[j].t) || j === i + 1) break;
    // the name: the first lines joined until they end as a name does
    let name = '';
    let nameStart = -1;
    for (let k = i + 1; k < j && name.length < 60; k++) {
      name += lines[k].t;
      if (nameStart < 0) nameStart = lines[k].start;
      if (ORG_END.test(name) && !/^(?:司|公司|限公司|有限公司)$/.test(lines[k + 1]?.t ?? '')) break;
    }
    const vendor = cleanOrgName(name);
    if (!vendor || !looksLikeOrg(vendor) || !ORG_END.test(vendor)) break;
    const lot = emptyLot(vendor);
    lot.lot = key.t;
    lot.confidence = 0.7;
    const money = readMoney(text, lines[j].start, lines[j].start + lines[j].t.length, unit);
    if (money && money.form === 'total') setMoney(lot, money, 0.7);
    out.push(lot);
    i = j + 1;
  }
  return out;
}
