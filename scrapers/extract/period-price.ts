/**
 * Prices per period: "18万元/年，服务期两年，合同总价36万元" (a per-period price with a stated
 * total after it: the total is the award) and "年服务费36万元" on a three-year term with no
 * total (a price per year, not the award). Pure.
 * @module
 */
import { readMoney, type Money } from './money.js';
import { setMoney } from './lot-record.js';
import type { Lot } from './types.js';

/** Turn each lot's per-period price into its stated total, or into a unit price when no total is stated. */
export function applyPeriodPrices(text: string, lookup: string, lots: Lot[]): void {
  // "18万元/年，服务期两年，合同总价36万元": a per-period price followed by the stated total
  // (also "年服务费28.8万元，三年合计86.4万元": a yearly or monthly fee read as money, a total after it)
  for (const lot of lots) {
    if (lot.amountEnd == null || lot.amountStart == null) continue;
    const perPeriod = lot.amountForm === 'total' && PER_PERIOD_FEE.test(lookup.slice(Math.max(0, lot.amountStart - PERIOD_WINDOW), lot.amountStart));
    if (lot.amountForm !== 'unit_price' && !perPeriod) continue;
    const m = totalAfter(text, lookup, lot.amountEnd);
    if (m) setMoney(lot, m, 0.75);
    // "中标金额：年服务费36万元" for a term of three years and no total anywhere: the yearly
    // figure is a price per year, not the award (the total is unknown, not 36万)
    else if (perPeriod && /年(?:服务)?费/.test(lookup.slice(Math.max(0, lot.amountStart - 12), lot.amountStart)) && multiYearTerm(lookup)) {
      const yearly = lot.amountYuan;
      lot.amountForm = 'unit_price';
      lot.amountYuan = null;
      lot.unitPriceYuan = yearly;
      lot.unitPriceUnit = '年';
    }
  }
  // "报价：286000(元)" in the result, "服务期三年，每年服务费286000元" in the scope: the award
  // is the yearly fee of a multi-year term, and no total is stated after that fee
  if (!lots.some((l) => l.amountForm === 'total') || !YEARLY_HINT.test(lookup) || !multiYearTerm(lookup)) return;
  const head = lookup.slice(0, 20_000);
  for (const m of head.matchAll(YEARLY_STATED)) {
    const start = m.index + m[0].length;
    const fee = readMoney(text, start, Math.min(text.length, start + 30), 'yuan');
    if (!fee || fee.form !== 'total' || fee.yuan == null || totalAfter(text, lookup, fee.end)) continue;
    for (const lot of lots) {
      if (lot.amountForm !== 'total' || lot.amountYuan == null || lot.amountStart === fee.start) continue;
      if (Math.abs(lot.amountYuan - fee.yuan) > lot.amountYuan * 0.005) continue;
      lot.unitPriceYuan = lot.amountYuan;
      lot.unitPriceUnit = '年';
      lot.amountForm = 'unit_price';
      lot.amountYuan = null;
    }
  }
}

const YEARLY_HINT = /每年(?:服务)?费|年服务费/;
const YEARLY_STATED = /(?:每年|年)(?:服务)?费(?:用)?\s*(?:为|[:：])?\s*(?:人民币)?\s*(?=[¥￥0-9])/g;

// (also "第一年维保费人民币贰拾叁万伍仟元整（¥235,000.00）": a first year's fee named by its
// service, the figure in brackets after its 大写; not "2024年…费", a year's date)
const PER_PERIOD_FEE =
  /(?:(?:年|月|季度)(?:服务)?费(?:用)?|(?:第[一1]|首|每)(?:年|月)[\u4e00-\u9fff]{0,4}?费(?:用)?)(?:为|[:：])?\s*(?:人民币)?\s*(?:[零壹贰叁肆伍陆柒捌玖拾佰仟万亿元圆整角分]{2,20}\s*[（(]\s*)?$|每(?:年|月)\s*(?:人民币)?\s*$/;
const PERIOD_WINDOW = 36;
const TOTAL_AFTER = /^[^。\n]{0,30}?(?:合同总价|合同总金额|合同金额|总价|总金额|合计)(?:为|[:：])?\s*(?=[¥￥0-9]|人民币)/;

const MULTI_YEAR_TERM =
  /(?:服务期|服务期限|合同期|合同期限|履约期限|服务时间|协议期)[^。\n]{0,8}?(?:[两二三四五2-5]|[2-5]\s*)(?:个)?(?:年|个年度)(?!\d|度|[0-9]月)|(?:19|20)(\d{2})\s*[-—–至]\s*(?:19|20)(\d{2})\s*年/;

/** The notice states a term of more than one year ("服务期限：三年", "（2025-2027年）"). */
export function multiYearTerm(lookup: string): boolean {
  return termOverAYear(lookup, true);
}

/**
 * The notice names a term of more than one year in words ("服务期三年"); with `spans`, a span of
 * years counts too ("2025-2027年"), though a span of two years may be one year's term across
 * them ("2024—2025年度", 2024年9月1日至2025年8月31日).
 */
export function termOverAYear(lookup: string, spans: boolean): boolean {
  const m = MULTI_YEAR_TERM.exec(lookup.slice(0, 20_000));
  if (!m) return false;
  return m[1] === undefined || (spans && Number(m[2]) > Number(m[1]));
}

// a term of one year, however named: "租赁期12个月", "服务期限：一年", "合同期1年"
const ONE_YEAR_TERM = /(?:服务期|服务期限|合同期|合同期限|履约期限|服务时间|协议期|租赁期|租期|租赁期限)\s*(?:为|[:：])?\s*(?:12\s*个月|一年|壹年|1\s*年)(?![0-9])/;

/** The notice states a term of exactly one year and none longer. */
export function oneYearTerm(lookup: string): boolean {
  const head = lookup.slice(0, 20_000);
  return ONE_YEAR_TERM.test(head) && !multiYearTerm(lookup);
}

/** A stated total just after a per-period or per-item price ("…/年，服务期两年，合同总价36万元"). */
function totalAfter(text: string, lookup: string, from: number): Money | null {
  const m = TOTAL_AFTER.exec(lookup.slice(from, from + 60));
  if (!m) return null;
  const start = from + m[0].length;
  // (a thousands separator is no clause's end: "总价￥705,000.00")
  const end = start + Math.max(0, lookup.slice(start, start + 40).search(/[，,](?!\d{3})|[；;。\n]|$/));
  const money = readMoney(text, start, end > start ? end : start + 40, 'yuan');
  return money && money.form === 'total' ? money : null;
}
