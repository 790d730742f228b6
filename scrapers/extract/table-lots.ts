/**
 * Awarded lots read from result tables: the vendor column and the award's column of a table
 * whose header or section says 中标/成交 (or 入围 for a framework agreement's holders), ranked
 * candidate tables where the first-ranked or a 是否中标 column marks the winner, and a winner's
 * amount found in its row of any table. Pure.
 * @module
 */
import { readMoney, type Money } from './money.js';
import { emptyLot, MAX_LOTS, setMoney } from './lot-record.js';
import { vendorNames } from './lots.js';
import { purchaseColumns } from './purchase-table.js';
import { columnOf, headerUnit, unitAbove, type Table } from './tables.js';
import type { Lot } from './types.js';

// (a 政府购买服务's 承接主体 column names the units chosen to deliver: winners, as 中标 says)
// (a village's 村务公开 list of purchases made names each row's "承接（供货）单位": who delivered it)
const VENDOR_COL = /供应商|中标人|成交人|中标单位|成交单位|候选人|单位名称|投标人|乙方|承接主体|承接单位|承接方|承接[(（](?:供货|施工|服务)[)）]单位/;
const AMOUNT_COL = /金额|报价|价格|总价|中标价|成交价/;
const WIN_HEADER = /中标|成交|中选|承接主体|承接单位|承接方|承接[(（](?:供货|施工|服务)[)）]单位/;
// a list of purchases made, one item a row ("序号 | 事项名称 | … | 承接（供货）单位 | 金额"): its 序号 numbers
// the purchases, it labels no lot
// (or "项目名称" beside a 承接（供货）单位 column: a village's 公开表 of its small purchases and works)
const ITEM_LIST = /^(?:事项|品名|物资名称|事项名称|采购事项|采购内容|项目内容|项目名称)$/;
/**
 * Money columns that are never the award: unit prices, budgets, ceilings, deposits, fees, and a
 * 补充合同's original amount and increment (the contract as it now stands is neither).
 */
const NOT_AWARD_COL = /单价|预算|限价|控制价|保证金|服务费|代理费|评审价|评标价|评审得分|原合同|补充金额|补充合同金额|追加金额|增加金额|核减金额|变更前/;
// a negotiation's last offer is what is paid, not the first ("报价 | 最终报价 | 评审价")
const FINAL_OFFER = /最终|最后|二次|末轮/;
// the holders of a framework agreement (入围供应商) each hold it: every row is a winner
const HOLDER_HEADER = /入围|入选/;
const HOLDER_SECTION = /(?:入围|入选)(?:供应商|单位|结果|名单)/;
// a price per item ("报价（元/条）"): a unit price, never a total
// (a note may follow the unit inside the brackets: "单条报价（元/条，时长≤60秒）")
const PER_UNIT_HEADER = /[(（][^()（）]{0,6}\/\s*([\u4e00-\u9fff]{1,2})(?:[，,；;][^()（）]{0,20})?[)）]/;
const isAmount = (c: { text: string }) => AMOUNT_COL.test(c.text) && !NOT_AWARD_COL.test(c.text);
const isTotal = (c: { text: string }) => /总价|合计|金额/.test(c.text) && !NOT_AWARD_COL.test(c.text);
const LOSE_HEADER = /投标供应商|投标人|候选|报价供应商|参与/;
const RANK_COL = /排名|排序|名次/;
// "1", "第一", "第1名", "第一成交候选人": the first-ranked row
const FIRST_RANK = /^(?:1|一|第[一1])(?:名|位)?(?:(?:中标|成交|中选)?候选(?:人|供应商|单位))?$/;
// the total row of an itemised price table ("合计 | 222000.00", "总计（元）| …")
// a key cell of a key-value table read under a vendor header ("名称 | X公司")
const CONTRACT_AMOUNT_COL = /^合同(?:总)?(?:金额|价款|总价|价格)(?:[(（][^()（）]{0,6}[)）])?$/;
const KEY_CELL = /^(?:名\s*称|供应商名称|单位名称|姓\s*名)[:：]?$/;
// a cell that says its row was turned away: not admitted, not awarded, failed a review, void
const REJECTED_CELL = /(?:未|不|没有|不予)(?:入围|入选|中标|成交|中选)|(?:审查|评审|资格|符合性)[^|]{0,4}(?:不通过|未通过)|^(?:不通过|未通过|无效(?:投标|报价|响应)?|废标|淘汰)$/;
const TOTAL_ROW = /^(?:合计|总计|合计金额|总价|总金额)(?:[(（][^()（）]{0,6}[)）])?[:：]?$/;

/** The awarded lots of the first result table that yields any. */
export function lotsFromTables(text: string, lookup: string, tables: Table[], candidates: boolean): Lot[] {
  // a framework agreement's holders, one table per 标段: every holders' table counts
  const held: Lot[] = [];
  for (const t of tables) {
    if (!t.header.length) continue;
    // a table of purchases made, told by its columns and rows (purchase-table.ts): every row a purchase
    const made = purchaseColumns(lookup, t);
    const vc = made ? made.vendor : columnOf(t, VENDOR_COL);
    if (vc < 0) continue;
    const ac = made ? made.amount : amountColumn(t);
    const vh = t.header[vc].text;
    const before = lookup.slice(Math.max(0, t.start - 60), t.start);
    const headerWins = !!made || (WIN_HEADER.test(vh) && !LOSE_HEADER.test(vh)) || (ac >= 0 && WIN_HEADER.test(t.header[ac].text) && !LOSE_HEADER.test(vh));
    // a contract row: 乙方 | 合同金额 (the signed vendor and price)
    // (a 补充合同's table of 原合同金额 and 补充金额 has no award column, yet its 乙方 is the vendor)
    // ("供应商名称 | 合同金额（万元）" under 合同信息: a vendor column beside the contract's own amount)
    const contractRow =
      (/乙方|签约供应商/.test(vh) && (ac >= 0 ? /合同|签约/.test(t.header[ac].text) : t.header.some((c) => /原合同|补充/.test(c.text)))) ||
      (/供应商/.test(vh) && ac >= 0 && CONTRACT_AMOUNT_COL.test(t.header[ac].text.replace(/\s/g, '')));
    // a ranking of several offers under "推荐排名第一的供应商为成交供应商" is no list of winners:
    // the rank decides (below)
    const ranked = t.rows.length > 1 && columnOf(t, RANK_COL) >= 0;
    const sectionWins = /(?:中标|成交)(?:结果|信息|供应商)/.test(before) && !/投标|候选|报价情况|投标情况/.test(before.slice(-30)) && !LOSE_HEADER.test(vh) && !ranked;
    let rows: typeof t.rows = [];
    // ("入围供应商名单如下：" over "序号 | 供应商名称 | 入围单价"): the holders, each a winner
    const holders = HOLDER_HEADER.test(vh) || (HOLDER_SECTION.test(before) && !LOSE_HEADER.test(vh));
    // "是否成交 | 是/否": the column marks the winner, whatever the section says of the table
    const yesCol = t.header.findIndex((c) => /^是否(?:中标|成交|中选|入围)$/.test(c.text.replace(/\s/g, '')));
    // "结果 | 入围" beside "结果 | 未入围": a holders' table whose result column marks who was admitted
    const resultCol = yesCol < 0 ? t.header.findIndex((c) => /^(?:评审|入围|评选)?结果$/.test(c.text.replace(/\s/g, ''))) : -1;
    const marksAdmitted = resultCol >= 0 && t.rows.some((r) => /^(?:未|不)(?:入围|入选|中标|成交)$/.test(r[resultCol]?.text.trim() ?? ''));
    if (yesCol >= 0 && t.rows.length > 1) rows = t.rows.filter((r) => /^(?:是|√|✓|中标|成交|中选|入围)$/.test(r[yesCol]?.text.trim() ?? ''));
    else if (marksAdmitted) rows = t.rows.filter((r) => /^(?:入围|入选|中标|成交|中选)$/.test(r[resultCol]?.text.trim() ?? ''));
    else if (headerWins || sectionWins || contractRow || holders) {
      // a row whose own cells say it lost, in whatever column ("得分 | 71.4（未入围）", "资格性审查不通过"
      // where the prices stand): listed, not admitted (the vendor's cell may hold any name)
      rows = t.rows.filter((r) => !r.some((c, i) => i !== vc && REJECTED_CELL.test(c.text)));
      // "中选供应商 | 中选金额 | 排名" listing the runner-up ranked 第二名: the first-ranked won
      const rc = ranked && !holders ? columnOf(t, RANK_COL) : -1;
      const first = rc >= 0 ? rows.filter((r) => FIRST_RANK.test(r[rc]?.text.trim() ?? '')) : [];
      if (first.length) rows = first;
    }
    else {
      // ranked candidates: the first-ranked wins when the notice says so, or a result column says 中标
      const rc = columnOf(t, RANK_COL);
      const res = columnOf(t, /评审结果|是否(?:中标|成交|中选)|结果/);
      // "是否成交 | 是" marks the winner with a bare yes
      // a small result's "结果" column says what the chosen one became ("确定为服务单位", "选定为供货单位",
      // the others "/"): that row won (a candidate's rank, "确定为第二候选人", is no win)
      const yes = res >= 0 && /是否/.test(t.header[res].text) ? /^(?:是|√|✓|中标|成交|中选)$/ : /^(?:中标|成交)|^(?:确定|选定)为(?!.*候选)[\u4e00-\u9fff]{0,6}(?:中标|成交|中选|单位|供应商|人)$/;
      if (res >= 0) rows = t.rows.filter((r) => yes.test(r[res]?.text ?? ''));
      // ("注：排名第一的供应商为本项目成交供应商": the project named between 为 and 成交 says the same)
      else if (rc >= 0 && (candidates || /(?:排名|排位|排序)(?:在)?第[一1](?:名)?的?(?:中标|成交)?(?:候选人|供应商)?(?:为|确定为|即为)(?:本(?:项目|次|包|标段)的?)?(?:中标|成交)/.test(lookup)))
        rows = t.rows.filter((r) => FIRST_RANK.test(r[rc]?.text ?? ''));
    }
    const lots: Lot[] = [];
    // a row that marks its winner a person ("李娜 | 19,500.00 | 自然人") lets a bare name stand
    const namesIn = (r: (typeof t.rows)[number], cellText: string) => cellVendors(vh, cellText, r.some((c) => /^(?:自然人|个人)$/.test(c.text.trim())));
    // "成交供应商" spanning two columns (colspan) over "名称 | 仉广德（自然人） | 42,800.00": a row
    // longer than its header whose vendor cell is a key ("名称") holds the value one cell on
    const shiftOf = (r: (typeof t.rows)[number]) => (r.length > t.header.length && KEY_CELL.test(r[vc]?.text ?? '') ? r.length - t.header.length : 0);
    const winnerRows = rows.filter((r) => r[vc + shiftOf(r)] && namesIn(r, r[vc + shiftOf(r)].text).length).length;
    for (const r of rows.slice(0, MAX_LOTS)) {
      const shift = shiftOf(r);
      const cell = r[vc + shift];
      if (!cell) continue;
      const members = namesIn(r, cell.text);
      if (!members.length) continue;
      const lot = emptyLot(members.join('；'));
      lot.vendors = members;
      // the lot's own column ("分标 | A分标") over the row's number ("序号 | 1") when a table has both
      const own = t.header.findIndex((c) => /^(?:包号|包组|标段|标段号|分包|分包号|分标|分标号|标项|标项号|合同包|合同包号|采购包|采购包号)$/.test(c.text.replace(/\s/g, '')));
      const lc = own >= 0 ? own : columnOf(t, /包号|包组|标段|分包|标项|序号|项号/);
      // a one-winner table's 序号 "1" numbers the row, it labels no lot (rows without a vendor,
      // such as a nested "服务内容 | …" row read into the same table, do not count)
      // (nor does it for a framework's holders, who all hold the one agreement: "序号 | 入围供应商名称")
      const itemList = !!made || /承接/.test(vh) && t.header.some((c) => ITEM_LIST.test(c.text.replace(/\s/g, '')));
      const rowNumber = (winnerRows === 1 || (holders && own < 0) || itemList) && /序号/.test(t.header[lc]?.text ?? '');
      // ("标段二：短视频制作" over "序号 | 入围供应商 | 折扣率": the holders hold that 标段, not row 1)
      const section = holders && own < 0 ? SECTION_LOT.exec(before.slice(before.lastIndexOf('\n', before.trimEnd().length - 1) + 1))?.[1] : undefined;
      if (section) lot.lot = section;
      else if (lc >= 0 && lc !== vc && r[lc]?.text && !rowNumber) {
        // "第一包（学生宿舍家具）": a lot cell that carries what the lot buys in brackets is labelled by its first words
        const label = r[lc].text.length > 6 ? r[lc].text.replace(/^(.{1,6}?)[(（][^()（）]{1,20}[)）]$/, '$1') : r[lc].text;
        if (label.length <= 6) lot.lot = label;
      }
      if (ac >= 0 && r[ac + (ac > vc ? shift : 0)]) {
        const unit = headerUnit(t.header[ac].text) ?? unitAbove(text, t) ?? 'yuan';
        const ar = r[ac + (ac > vc ? shift : 0)];
        const m = readMoney(text, ar.start, ar.end, unit);
        const per = PER_UNIT_HEADER.exec(t.header[ac].text);
        if (m && per && m.form === 'total') setMoney(lot, { ...m, yuan: null, form: 'unit_price', unitPrice: m.yuan, perUnit: per[1] }, 0.8);
        else if (m) setMoney(lot, m, 0.85);
      }
      lot.confidence = Math.max(lot.confidence, 0.8);
      // a vendor cell spanning several item rows repeats in each: one lot
      if (lots.some((l) => l.vendor === lot.vendor && l.lot === lot.lot && l.amountYuan === lot.amountYuan && l.amountForm === lot.amountForm)) continue;
      lots.push(lot);
    }
    if (lots.length && !holders) return held.length ? held : lots;
    held.push(...lots.slice(0, MAX_LOTS - held.length));
  }
  return held;
}

// a 标段's or 包's heading on the line above its table: "标段一：宣传片制作", "包2 短视频"
const SECTION_LOT = /^\s*((?:标段|包|分包|采购包|标项)\s*[一二三四五六七八九十\d]{1,3}|第[一二三四五六七八九十\d]{1,3}(?:标段|包))(?![\d一二三四五六七八九十])/;

/**
 * The vendors a cell names; under a column of persons' names ("成交人姓名 | 身份证号"), or in a row
 * another cell of which says 自然人, a bare name of two to five characters is a natural person
 * winning.
 */
function cellVendors(header: string, text: string, personRow = false): string[] {
  const names = vendorNames(text);
  if (names.length || !(/姓名/.test(header) || personRow)) return names;
  const t = text.trim();
  return /^[\u4e00-\u9fff][\u4e00-\u9fff·]{1,4}$/.test(t) ? [t] : [];
}

/**
 * The award's column of a result table: the amount column that says 中标/成交 when there is
 * one, never a budget or ceiling column ("预算金额(元) | 最高限价(元) | 中标（成交）金额(元)").
 */
function amountColumn(t: Table): number {
  const won = t.header.findIndex((c) => isAmount(c) && WIN_HEADER.test(c.text.replace(/.*供应商(?:信息)?/, '')));
  if (won >= 0) return won;
  const final = t.header.findIndex((c) => isAmount(c) && FINAL_OFFER.test(c.text));
  return final >= 0 ? final : t.header.findIndex(isAmount);
}

/** A winner's amount in its own row of any table with an amount column. */
export function amountInVendorRow(text: string, tables: Table[], vendor: string): Money | null {
  for (const t of tables) {
    const ac = amountColumn(t);
    if (ac < 0) continue;
    for (const r of t.rows) {
      if (!r.some((c) => c.text === vendor || c.text.endsWith(vendor))) continue;
      const cell = r[ac];
      if (!cell) continue;
      const unit = headerUnit(t.header[ac].text) ?? unitAbove(text, t) ?? 'yuan';
      const m = readMoney(text, cell.start, cell.end, unit);
      if (m) return m;
    }
  }
  return null;
}

/** The total of the one single-row table with a total column. */
export function singleRowAmount(text: string, tables: Table[]): Money | null {
  const cands = tables.filter((t) => t.rows.length === 1 && t.header.some(isTotal));
  if (cands.length !== 1) return null;
  const t = cands[0];
  const ac = t.header.findIndex(isTotal);
  const cell = t.rows[0][ac];
  if (!cell) return null;
  const unit = headerUnit(t.header[ac].text) ?? unitAbove(text, t) ?? 'yuan';
  return readMoney(text, cell.start, cell.end, unit);
}

/**
 * The 合计 row of an itemised price table (单价 × 数量 = 小计 per row): the only total such a
 * table states, when no field gives the award. Its last figure is the sum of the rows.
 */
export function totalRowAmount(text: string, tables: Table[]): Money | null {
  for (const t of tables) {
    if (!t.header.some((c) => /单价/.test(c.text)) || !t.header.some((c) => /小计|合价|总价|金额|合计/.test(c.text) && !/单价/.test(c.text))) continue;
    const last = t.rows[t.rows.length - 1];
    if (!last) continue;
    if (!TOTAL_ROW.test(last[0]?.text ?? '')) {
      const after = totalLineAfter(text, last);
      if (after) return after;
      continue;
    }
    const cells = last.slice(1).filter((c) => /\d/.test(c.text));
    const cell = cells[cells.length - 1];
    if (!cell) continue;
    const col = t.header.findLastIndex((c) => /小计|合价|总价|金额|合计/.test(c.text) && !/单价/.test(c.text));
    const unit = headerUnit(t.header[col]?.text ?? '') ?? unitAbove(text, t) ?? 'yuan';
    const m = readMoney(text, cell.start, cell.end, unit);
    if (m?.form === 'total') return m;
  }
  return null;
}

// the line under an itemised table that states its sum: "合计：435,400.00元（大写：…）"
const TOTAL_LINE = /^[ \t]*(?:合计|总计|合计金额|总价|总金额)(?:[(（][^()（）\n]{0,6}[)）])?[ \t]*[:：][ \t]*/;

/**
 * The sum a "合计：X" line states right under the table's last row (a table whose total stands
 * as a labelled line of its own rather than as a row).
 */
function totalLineAfter(text: string, last: Table['rows'][number]): Money | null {
  const end = last[last.length - 1]?.end;
  if (end == null) return null;
  const nl = text.indexOf('\n', end);
  if (nl < 0 || nl - end > 40) return null;
  const lineEnd = text.indexOf('\n', nl + 1);
  const line = text.slice(nl + 1, lineEnd < 0 ? text.length : lineEnd);
  const m = TOTAL_LINE.exec(line);
  if (!m) return null;
  const money = readMoney(text, nl + 1 + m[0].length, nl + 1 + line.length, 'yuan');
  return money?.form === 'total' ? money : null;
}
