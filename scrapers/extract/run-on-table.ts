/**
 * A results table an aggregator ran onto one line, header and rows parted by single spaces and
 * no row number to cut at: "标段编号 标段名称 中标供应商 中标金额（元） YS2017-01 第一标段（城区小学）
 * X公司 1,286,000.00 YS2017-02 …". Read as it stands, the header's words run into the first
 * vendor's name (the worst miss: a header taken for a vendor). Such a line is cut back into a
 * header line and one line per row, as the space-separated table reader (tables.ts) expects,
 * only when the cells after the header divide into whole rows and every row has a number under
 * each money column; anything less certain is left as it is. Pure, linear in the line.
 * @module
 */
import { HEADER_WORD } from './tables.js';

// a header cell: a short word naming a column, no digits (a row's cell carries a code, a name or a number)
const HEADER_CELL = /^[\u4e00-\u9fff（）()/、]{2,12}$/;
const LONG_HEADER_CELL = /^[\u4e00-\u9fff（）()/、]{2,16}$/;
// a column whose cells must be money: 中标金额（元）, 报价, 成交总价 (not 单价: a unit price may be a rate)
const MONEY_HEAD = /金额|报价|总价|价格/;
const MONEY_CELL = /^[￥¥]?\d[\d,，]*(?:\.\d+)?(?:元|万元)?$/;
// an optional lead-in label before the header on the same line ("中标结果：")
// (or a numbered section's heading before it, "五、中标信息 标段编号 中标供应商 …", as a flattened
// portal page runs them)
const LEAD = /^([^\s:：]{2,16}[:：]|(?:[一二三四五六七八九十]{1,3}、|\d{1,2}[、．])[\u4e00-\u9fff（）()]{2,12}(?= ))\s*/;
const MAX_TOKENS = 400;

/** `cells` cut into rows of `width`, when every row has a money figure under each money column. */
function rowsOf(cells: string[], header: string[]): string[][] | null {
  const width = header.length;
  if (!cells.length || cells.length % width) return null;
  const money = header.flatMap((h, i) => (MONEY_HEAD.test(h) && !/单价|率/.test(h) ? [i] : []));
  if (!money.length) return null;
  const rows: string[][] = [];
  for (let r = 0; r < cells.length; r += width) {
    const row = cells.slice(r, r + width);
    if (!money.every((i) => MONEY_CELL.test(row[i]))) return null;
    // a row's first cell that reads as a header word again is a second table, not a row
    if (row.every((c) => HEADER_CELL.test(c) && HEADER_WORD.test(c))) return null;
    rows.push(row);
  }
  return rows;
}

/**
 * `line` as a header line and one line per row when it is a table run onto one line (see the
 * module), or unchanged.
 */
export function splitRunOnTable(line: string): string {
  if (line.length < 24 || !MONEY_HEAD.test(line)) return line;
  const whole = runOnTable(line);
  if (whole !== line) return whole;
  // a table run into a paragraph of prose ("…公开如下： 序号 采购项目名称 … 预算金额（万元） … 1 X … 28.6
  // 2022年6月 无 本次公开的…"): the prose before its 序号 and after its last row keeps a line of its own
  const at = line.indexOf(' 序号 ');
  if (at < 8 || !/[，。：:]/.test(line.slice(0, at))) return line;
  const table = runOnTable(line.slice(at + 1), true);
  return table === line.slice(at + 1) ? line : `${line.slice(0, at)}\n${table}`;
}

function runOnTable(line: string, proseAfter = false): string {
  const trimmed = line.trim();
  const lead = LEAD.exec(trimmed);
  const body = lead ? trimmed.slice(lead[0].length) : trimmed;
  // single spaces only: a column layout (runs of spaces) is the table reader's own business
  if (/[\t\u3000\u00a0]| {2}/.test(body)) return line;
  const tokens = body.split(' ');
  if (tokens.length < 6 || tokens.length > MAX_TOKENS) return line;
  let most = 0;
  // (inside prose a header cell may carry a longer note: "预计采购时间（填写到月）")
  // (anchored at its 序号, a column's name need not be one of the usual header words: "采购需求概况")
  const isHeader = (c: string) => (proseAfter ? LONG_HEADER_CELL.test(c) : HEADER_CELL.test(c) && HEADER_WORD.test(c));
  while (most < tokens.length && most < 12 && isHeader(tokens[most])) most++;
  // the header may have taken a row's first cell that reads as a header word ("第一标段"): try narrower
  for (let width = most; width >= 3; width--) {
    const header = tokens.slice(0, width);
    if (!header.some((h) => MONEY_HEAD.test(h))) continue;
    let cells = tokens.slice(width);
    let after = '';
    if (proseAfter) {
      // whole rows, then the first token of prose (a sentence's punctuation) and the rest of it
      const prose = cells.findIndex((c, i) => i >= width && i % width === 0 && /[，。；]/.test(c));
      if (prose > 0) [cells, after] = [cells.slice(0, prose), cells.slice(prose).join(' ')];
    }
    const rows = rowsOf(cells, header);
    if (!rows) continue;
    const lines = [header.join(' '), ...rows.map((r) => r.join(' ')), ...(after ? [after] : [])];
    return (lead ? [lead[1], ...lines] : lines).join('\n');
  }
  return line;
}
