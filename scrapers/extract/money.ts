/**
 * Reading an amount out of a span of a notice (a field's value, a table cell) with its form:
 * a total in yuan, a rate (下浮率, 折扣率, 下浮系数) or a unit price (800元/条, 单价：…), and its
 * exact text and offsets as evidence.
 * @module
 */
import { unitFromQualifier, type Field } from './fields.js';
import { findNumbers, toYuan, type MoneyHit, type MoneyUnit } from './numbers.js';
import type { AmountForm } from './types.js';

/** A money value read from a span of text. */
export interface Money {
  yuan: number | null;
  form: AmountForm;
  text: string;
  start: number;
  end: number;
  rate: number | null;
  unitPrice: number | null;
  perUnit: string | null;
  /** digits and uppercase of the same amount disagree */
  conflict: string | null;
}

// a document number: "发改价格〔2007〕670号", "计价格[2002]1980号", "皖价服〔2012〕12号"
const DOC_NUMBER = /[〔［[]\s*(?:19|20)\d{2}\s*[〕］\]]\s*(?:第\s*)?\d{0,6}\s*号?/g;

// a lot's label just before its own figure: "（第一包72万元", "，包2：48万元"
const LOT_SHARE = /(?:第\s*[0-9一二三四五六七八九十]{1,3}\s*(?:包|标段|分标)|(?:包|标段|分标)\s*[0-9A-Za-z一二三四五六七八九十]{1,3})\s*[:：]?\s*(?:人民币)?\s*$/;

const CODE_CHAR = /[A-Za-z0-9_-]/;

/**
 * "YXZC-2018-GK-0037-01", "ZC2019-015": a bare number inside a project or lot code (a token of
 * Latin letters and digits joined by a hyphen) is part of the code, never an amount.
 */
function inCode(span: string, start: number, hitEnd: number): boolean {
  // a hit's span may carry the white space after its digits ("1,280,000.00 ")
  let end = hitEnd;
  while (end > start && /\s/.test(span[end - 1])) end--;
  let a = start;
  while (a > 0 && start - a < 40 && CODE_CHAR.test(span[a - 1])) a--;
  let b = end;
  while (b < span.length && b - end < 40 && CODE_CHAR.test(span[b])) b++;
  const token = span.slice(a, b);
  return /[A-Za-z]/.test(token) && /[0-9A-Za-z][-_][0-9A-Za-z]/.test(token);
}

/**
 * Read the amount in `text.slice(start, end)`. `defaultUnit` applies when the number has no
 * unit beside it (a column header's "(万元)"). Digits win over uppercase when both are given.
 */
export function readMoney(text: string, start: number, end: number, defaultUnit: MoneyUnit = 'yuan'): Money | null {
  const span = text.slice(start, end);
  // "2025年" and "6月": a bare number read as a date part is no amount
  // "按发改价格〔2007〕670号文标准下浮18%": a document number's year and serial are no amount
  const docRefs = [...span.matchAll(DOC_NUMBER)].map((m) => [m.index, m.index + m[0].length]);
  const hits = findNumbers(span).filter((h) => (h.value > 0 || h.percent) && !(h.unit === null && !h.perUnit && !h.percent && /^[年月日号]/.test(span.slice(h.end, h.end + 1)))
    && !docRefs.some(([a, b]) => h.start < b && h.end > a) && !(h.unit === null && !h.uppercase && inCode(span, h.start, h.end)));
  if (!hits.length) return null;
  const digits = hits.filter((h) => !h.uppercase);
  const upper = hits.filter((h) => h.uppercase);
  let h: MoneyHit = digits[0] ?? upper[0];
  // "人民币壹拾伍万元整。磋商工作已于…": the uppercase amount ends its sentence; digits after it are another's
  // "人民币壹佰贰拾万元整（第一包72万元，第二包48万元）": digits after a lot's label are that lot's share
  const lotShares = upper.length && digits.length && upper[0].start < digits[0].start && LOT_SHARE.test(span.slice(upper[0].end, digits[0].start));
  if (upper.length && digits.length && upper[0].start < digits[0].start && (lotShares || /[。；;\n]/.test(span.slice(upper[0].end, digits[0].start)))) h = upper[0];
  // "122000.00(壹拾贰万贰仟元整)" or "伍拾玖万伍仟元整（￥595,000.00）": one amount, two forms
  let conflict: string | null = null;
  if (digits.length && upper.length && !lotShares) {
    const d = toYuan(digits[0].value, digits[0].unit, defaultUnit);
    if (Math.abs(d - upper[0].value) > 0.5) {
      conflict = `digits ${d} and uppercase ${upper[0].value} disagree`;
    }
  }
  // a bare small integer followed by an uppercase amount is a counter, not the amount
  if (!h.uppercase && h.unit === null && upper.length && h.value < 100) h = upper[0];
  const s = start + h.start;
  const e = start + h.end;
  const t = text.slice(s, e);
  // words just before the number say what it is: "中标下浮系数：0.92" is a rate, "单价：1200" a unit price
  // (only outside brackets: the template's "（可填写下浮率、折扣率或费率）：29.8万元" is money)
  const lead = span.slice(Math.max(0, h.start - 12), h.start).replace(/^.*[)）]/, '');
  if (!h.uppercase && /下浮|折扣|费率|系数|优惠率|让利/.test(lead))
    return { yuan: null, form: 'rate', text: t, start: s, end: e, rate: h.value, unitPrice: null, perUnit: null, conflict };
  if (!h.uppercase && !h.perUnit && /单价|每/.test(lead))
    return totalAfter(text, e, end, defaultUnit, toYuan(h.value, h.unit, defaultUnit)) ?? { yuan: null, form: 'unit_price', text: t, start: s, end: e, rate: null, unitPrice: toYuan(h.value, h.unit, defaultUnit), perUnit: null, conflict };
  if (h.percent) return { yuan: null, form: 'rate', text: t, start: s, end: e, rate: h.value, unitPrice: null, perUnit: null, conflict };
  const yuan = toYuan(h.value, h.unit, defaultUnit);
  if (h.perUnit) return totalAfter(text, e, end, defaultUnit, yuan) ?? { yuan: null, form: 'unit_price', text: t, start: s, end: e, rate: null, unitPrice: yuan, perUnit: h.perUnit, conflict };
  return { yuan, form: 'total', text: t, start: s, end: e, rate: null, unitPrice: null, perUnit: null, conflict };
}

/**
 * "成交金额（单位：元）：其中账号运营服务费96000，短视频制作费144000": the value lists the parts
 * of the amount and no total; the award is their sum (the text spans the parts).
 */
function subItemSum(text: string, f: Field, unit: MoneyUnit): Money | null {
  const span = text.slice(f.valueStart, f.valueEnd);
  if (!/^\s*(?:其中|分别为|分项(?:报价|价格)?[:：]?)/.test(span)) return null;
  const hits = findNumbers(span).filter((h) => h.value > 0);
  if (hits.length < 2 || hits.length > 8 || hits.some((h) => h.percent || h.perUnit || h.uppercase)) return null;
  // each part is named by a fee word just before its figure
  if (!hits.every((h) => /(?:费|费用|价|款|金额)\s*(?:为|[:：])?\s*(?:人民币)?\s*$/.test(span.slice(Math.max(0, h.start - 8), h.start)))) return null;
  const yuan = hits.reduce((s, h) => s + toYuan(h.value, h.unit, unit), 0);
  const s = f.valueStart + hits[0].start;
  const e = f.valueStart + hits[hits.length - 1].end;
  return { yuan, form: 'total', text: text.slice(s, e), start: s, end: e, rate: null, unitPrice: null, perUnit: null, conflict: null };
}

// what a unit price comes to: "=", "合计", "总计", "总价", "共计" right before a sum in yuan
const TOTAL_WORD = /(?:[=＝]|合计|共计|总计|总价)\s*(?:为|[:：])?\s*(?:人民币)?\s*/g;

/**
 * "单价5800元/场，服务期内共计36场，总计208800.00元": the total a unit price's own span (one cell,
 * one field) goes on to state, a sum in yuan larger than the unit price, or null. ("共计36场" counts
 * sessions: a figure with no 元 or currency sign is no sum.)
 */
function totalAfter(text: string, from: number, end: number, unit: MoneyUnit, unitPrice: number): Money | null {
  const rest = text.slice(from, Math.min(end, from + 200));
  if (!/合计|共计|总计|总价|[=＝]/.test(rest)) return null;
  TOTAL_WORD.lastIndex = 0;
  for (let m = TOTAL_WORD.exec(rest); m; m = TOTAL_WORD.exec(rest)) {
    const at = from + m.index + m[0].length;
    if (!/^[¥￥]?\s*\d[\d,，.]*\s*(?:万元|元)/.test(text.slice(at, at + 30))) continue;
    const total = readMoney(text, at, from + rest.length, unit);
    if (total?.form === 'total' && total.start === at + (/^[¥￥]?\s*/.exec(text.slice(at))![0].length) && total.yuan && total.yuan > unitPrice) return total;
  }
  return null;
}

/** The amount of a labelled field (unit from its qualifier or a following 价格单位 field). */
export function fieldMoney(text: string, f: Field, next: Field | undefined): Money | null {
  let unit: MoneyUnit = unitFromQualifier(f.qualifier) ?? 'yuan';
  // "121.5 价格单位： 万元": the unit in a field of its own
  if (next && next.role === 'priceUnit' && next.labelStart - f.valueEnd < 8) unit = unitFromQualifier(next.value) ?? unit;
  // "合同金额由人民币36万元调整为人民币39.6万元": the figure it is changed to
  const changed = /^\s*由[^\n。；;]{1,40}?(?:调整|变更|增加|调增|调减|减少|更正)为\s*/.exec(text.slice(f.valueStart, f.valueEnd));
  if (changed) {
    const to = readMoney(text, f.valueStart + changed[0].length, f.valueEnd, unit);
    if (to) return to;
  }
  const m = subItemSum(text, f, unit) ?? readMoney(text, f.valueStart, f.valueEnd, unit);
  // "3200元/条×40条=128000元": a unit price times a quantity, then the total it comes to
  if (m?.form === 'unit_price') {
    const eq = /[=＝]|合计|共计|总计|总价/.exec(text.slice(m.end, f.valueEnd));
    const total = eq ? readMoney(text, m.end + eq.index + eq[0].length, f.valueEnd, unit) : null;
    if (total?.form === 'total') return total;
  }
  if (m || !next || next.role !== 'unitPrice' || next.labelStart - f.valueEnd > 3) return m;
  // "中标（成交）金额：单价：800元/条": the award is a unit price
  const u = readMoney(text, next.valueStart, next.valueEnd, unitFromQualifier(next.qualifier) ?? 'yuan');
  if (!u || u.form === 'rate') return u;
  // the unit price's value already states its total ("单价3万元/集×8集，合计24万元"): the award is that
  if (u.form === 'total' && /(?:合计|共计|总计|总价|[=＝])\s*(?:为|[:：])?\s*(?:人民币)?\s*[¥￥]?\s*$/.test(text.slice(next.valueStart, u.start))) return u;
  // "单价98000元/账号·年，共4个账号（…），服务期1年，合计392000.00元": the total the same line comes
  // to (its clauses read as fields of their own, "服务期", so the unit price's value stops short)
  const nl = text.indexOf('\n', u.end);
  const rest = text.slice(u.end, nl < 0 ? Math.min(text.length, u.end + 200) : Math.min(nl, u.end + 200));
  const eq = /[=＝]|合计|共计|总计|总价/.exec(rest);
  const total = eq ? readMoney(text, u.end + eq.index + eq[0].length, u.end + rest.length, unitFromQualifier(next.qualifier) ?? 'yuan') : null;
  if (total?.form === 'total' && total.yuan && total.yuan > (u.unitPrice ?? u.yuan ?? 0)) return total;
  return { ...u, yuan: null, form: 'unit_price', unitPrice: u.unitPrice ?? u.yuan };
}
