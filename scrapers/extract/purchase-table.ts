/**
 * A table of purchases made, told by its content, not by its title: a header with an item column
 * (事项, 采购事项, 项目, 品名, 内容), a supplier column (承接（供货）单位, 供货/服务单位, 供应商, 商家 …) and an
 * amount column (金额, 价款, 支出, 费用), whose rows each name an organisation and a sum. A village's
 * 三资公开, a 卫生院's 零星采购 公示 or a town's 财政资金使用公示 prints what it bought so, whatever
 * layout the copy kept (| rows, tabs, aligned spaces, HTML): each row a purchase made, its supplier
 * the winner of it (an award, a lot per row; the 序号 numbers the purchases, it labels no lot).
 * Not such a list: a 报价/比价 comparison (several bidders for one item), a 中标候选人 ranking, a budget
 * or plan table (采购计划, 预算, 意向), an income table (收入, 租金). Pure.
 * @module
 */
import { vendorNames } from './lots.js';
import { readMoney } from './money.js';
import { headerUnit, unitAbove, type Table } from './tables.js';

// what was bought ("事项", "采购事项", "项目名称", "品名", "采购内容")
const ITEM_HEAD = /^(?:采购|支出|物资|货物|服务|工程)?(?:事项|项目|品名|内容)(?:名称|内容)?$/;
// who supplied it ("承接（供货）单位", "供货/服务单位", "供应商", "商家")
const SUPPLIER_HEAD = /^(?:(?:承接|供货|供应|服务|施工|成交)[(（/、]?){1,3}[)）]?(?:单位|商)(?:名称)?$|^(?:供应商|商家|成交供应商)(?:名称)?$/;
// what it cost ("金额", "金额（元）", "支出金额", "价款", "费用")
const AMOUNT_HEAD = /^(?:采购|支出|成交|合同|结算|支付)?(?:金额|价款|支出|费用)(?:金额)?$/;
// a header that ranks, quotes, plans or takes in money: no list of purchases made
// (a 采购单位 or 项目编号 column: a 汇总 of several buyers' projects, each row its own result, read by the
// result tables as such, its 序号 labelling each)
const NOT_MADE_HEAD = /报价|投标|候选|排名|排序|得分|评分|预算|计划|意向|限价|控制价|收入|租金|租赁费|承包费|采购单位|采购人|项目编号|编号/;
// the line above that introduces a comparison, a ranking, a plan or an income
const NOT_MADE_ABOVE = /比价|报价|询价情况|候选|采购计划|预算|意向|收入|租金/;
const TOTAL_CELL = /^(?:合计|总计|小计|合\s*计)/;

const bare = (s: string) => s.replace(/\s/g, '').replace(/[(（][^()（）]{0,8}[)）]$/, '');

/** The item, supplier and amount columns of a table of purchases made, or null when it is none. */
export function purchaseColumns(lookup: string, t: Table): { item: number; vendor: number; amount: number } | null {
  if (t.rows.length < 2 || t.header.length < 3) return null;
  const heads = t.header.map((c) => bare(c.text));
  if (heads.some((h) => NOT_MADE_HEAD.test(h))) return null;
  const item = heads.findIndex((h) => ITEM_HEAD.test(h));
  const vendor = heads.findIndex((h) => SUPPLIER_HEAD.test(h));
  const amount = heads.findIndex((h) => AMOUNT_HEAD.test(h));
  if (item < 0 || vendor < 0 || amount < 0 || vendor === item) return null;
  const lineAbove = lookup.slice(Math.max(0, t.start - 80), t.start).split('\n').filter((l) => l.trim()).pop() ?? '';
  if (NOT_MADE_ABOVE.test(lineAbove)) return null;
  const unit = headerUnit(t.header[amount].text) ?? unitAbove(lookup, t) ?? 'yuan';
  const items = new Set<string>();
  let purchases = 0;
  for (const r of t.rows) {
    const first = r.find((c) => c.text.trim())?.text.trim() ?? '';
    if (TOTAL_CELL.test(first)) continue;
    const v = r[vendor]?.text ?? '';
    const a = r[amount];
    // every row a purchase: an organisation and a sum
    if (!vendorNames(v).length || !a) return null;
    const m = readMoney(lookup, a.start, a.end, unit);
    if (!m || m.form !== 'total' || m.yuan === null) return null;
    items.add(bare(r[item]?.text ?? ''));
    purchases++;
  }
  // several bidders for ONE item is a comparison of quotes, not purchases (an empty item cell: one
  // item's cell merged over its bidders' rows)
  if (purchases < 2 || items.size < 2 || items.has('')) return null;
  return { item, vendor, amount };
}
