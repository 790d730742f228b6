/**
 * Reading money as Chinese notices write it: Arabic digits (half- or full-width, with thousands
 * separators), 元/万元/亿元 units, and uppercase numerals (壹贰叁…拾佰仟万亿, 元 角 分 整), in
 * simplified or traditional forms. Pure functions, linear in their input.
 * @module
 */

const DIGIT: Record<string, number> = {
  零: 0, 〇: 0, '○': 0, 壹: 1, 一: 1, 贰: 2, 貳: 2, 二: 2, 两: 2, 兩: 2, 叁: 3, 參: 3, 三: 3, 肆: 4, 四: 4,
  伍: 5, 五: 5, 陆: 6, 陸: 6, 六: 6, 柒: 7, 七: 7, 捌: 8, 八: 8, 玖: 9, 九: 9,
};
const SMALL_UNIT: Record<string, number> = { 拾: 10, 十: 10, 佰: 100, 百: 100, 仟: 1000, 千: 1000 };
const BIG_UNIT: Record<string, number> = { 万: 1e4, 萬: 1e4, 亿: 1e8, 億: 1e8 };

/** Characters an uppercase amount is written with (for scanning). */
export const UPPER_CHARS = '零〇○壹贰貳叁參肆伍陆陸柒捌玖拾佰仟万萬亿億元圆圓角分整正';

/**
 * Parse an uppercase (大写) amount such as 伍拾玖万伍仟元整 or 贰佰叁拾贰萬柒仟陆佰肆拾元整.
 * Returns yuan, or null when the string is not a well-formed amount. Lower-case numerals
 * (一二三) are accepted too, so 二十万元 reads as 200000.
 */
export function parseChineseNumeral(input: string): number | null {
  const s = input.replace(/[\s人民币整正]/g, '');
  if (!s || s.length > 40) return null;
  let total = 0; // completed 亿 and 万 sections
  let section = 0; // the current section below 万
  let digit: number | null = null;
  let fraction = 0;
  let seenYuan = false;
  let any = false;
  let lastBig = Infinity;
  for (let i = 0; i < s.length; i++) {
    const ch = s[i];
    if (ch in DIGIT) {
      digit = DIGIT[ch];
      any = true;
    } else if (ch in SMALL_UNIT) {
      if (seenYuan) return null;
      section += (digit ?? 1) * SMALL_UNIT[ch];
      digit = null;
      any = true;
    } else if (ch in BIG_UNIT) {
      if (seenYuan) return null;
      const unit = BIG_UNIT[ch];
      const value = section + (digit ?? 0);
      // 万 after 亿 multiplies only its own section (一亿二千万); 亿 multiplies everything so far
      if (unit >= lastBig) total = (total + value) * unit;
      else total += value * unit;
      if (value === 0 && unit < lastBig && total === 0) return null;
      lastBig = Math.min(lastBig, unit);
      section = 0;
      digit = null;
      any = true;
    } else if (ch === '元' || ch === '圆' || ch === '圓') {
      if (seenYuan) return null;
      section += digit ?? 0;
      digit = null;
      seenYuan = true;
    } else if (ch === '角') {
      if (digit === null) return null;
      fraction += digit * 0.1;
      digit = null;
    } else if (ch === '分') {
      if (digit === null) return null;
      fraction += digit * 0.01;
      digit = null;
    } else {
      return null;
    }
  }
  if (!any) return null;
  if (digit !== null) {
    if (seenYuan) return null; // a stray digit after 元 without 角/分
    section += digit;
  }
  const value = total + section + fraction;
  return Math.round(value * 100) / 100;
}

const FULL_WIDTH_DIGITS = /[０-９．，]/g;

/** Fold full-width digits, point and comma to ASCII. */
export function foldDigits(s: string): string {
  return s.replace(FULL_WIDTH_DIGITS, (c) => (c === '．' ? '.' : c === '，' ? ',' : String.fromCharCode(c.charCodeAt(0) - 0xfee0)));
}

/** Parse "1,348,000.00" or "２５０，０００" into a number (no unit). */
export function parseDigits(s: string): number | null {
  const t = foldDigits(s).replace(/,[ ]?/g, '');
  if (!/^\d+(\.\d+)?$/.test(t) || t.length > 20) return null;
  const n = Number(t);
  return Number.isFinite(n) ? n : null;
}

export type MoneyUnit = 'yuan' | 'wan' | 'yi' | null;

/** A number found in a value, with its unit and span relative to the value string. */
export interface MoneyHit {
  value: number;
  unit: MoneyUnit;
  /** the number's own text and span, including the unit when it stands beside the number */
  start: number;
  end: number;
  uppercase: boolean;
  /** written after a slash or 每 (per year, per item): a unit price */
  perUnit: string | null;
  /** a percentage (rate) */
  percent: boolean;
}

// A number: thousands-separated or plain, half- or full-width; not preceded by a digit, a
// point or a mask star, so that "******.61" and the tail of a code yield nothing.
// ("1,286, 500.00": a space after a separator, as Word copies write it, once a tight group shows it is one number)
const NUM = String.raw`(?<![0-9０-９.．*＊])(?:[0-9０-９]{1,3}(?:[,，][ ]?[0-9０-９]{3})*[,，][0-9０-９]{3}(?:[,，][ ]?[0-9０-９]{3})*|[0-9０-９]{1,15})(?:[.．][0-9０-９]{1,8})?(?![0-9０-９*＊])`;
// ("28,500.00(元/月)": the unit and its period together in brackets, as a gpcms result cell writes a
// monthly fee beside its 总价: a price per month, not a total)
// (goods bought by the measure are priced per measure too: "大米135元/袋", "菜籽油258元/桶",
// "柴油7.8元/升", "保洁3.5元/平方米": a price per bag, never the order's total)
const PER = String.raw`(?:平方米|立方米|平米|公斤|千克|公里|小时|课时|学时|人次|[年月条个次期项人台套天日集部场袋桶瓶箱盒件张本册支吨斤升亩㎡])`;
const MONEY_RE = new RegExp(
  String.raw`([¥￥][ ]?|人民币[ ]?)?(${NUM})[ \t]{0,3}(?:[(（][ ]?(万元|元|亿元)(?:[ ]?/[ ]?(${PER}))?[ ]?[)）]|(万元|万|亿元|亿|元|圆)|(%|％))?(?:[ ]?/[ ]?(${PER})|[ ]?每(${PER}))?`,
  'g',
);
const UPPER_RE = new RegExp(`[${UPPER_CHARS}拾佰仟]{2,40}`, 'g');
// lower-case numerals count as money only when 元 closes them ("三十万元", "二十九万八千元"):
// "一年", "三个账号" and "十万" alone are not amounts
const LOWER_RE = /[零〇一二两三四五六七八九十百千万亿]{1,20}元/g;

function unitOf(u: string | undefined): MoneyUnit {
  if (!u) return null;
  if (u.startsWith('万')) return 'wan';
  if (u.startsWith('亿')) return 'yi';
  return 'yuan';
}

// "人民币 268 000.00 元", "¥1 280 000": a space (or thin space) between groups of three, as
// typeset notices and PDF copies write it; only after a currency sign or a colon and closed by
// decimals or a unit, so that "1 100 200" in a row of counts stays three numbers
const SPACED_RE = /(?<=(?:[¥￥]|人民币|RMB|[:：])[ ]{0,2})([1-9][0-9]{0,2}(?:[ \u00a0\u2009\u202f][0-9]{3})+)(\.[0-9]{1,2})?(?=[ ]{0,2}(万元|元|圆|\.)|[ ]{0,2}[(（大]|[ ]{0,2}$)/g;

// a field's value that starts with spaced groups ("成交金额：" then "128 000.00元"): decimals or a unit must close it
const SPACED_START = /^[ ]{0,2}([1-9][0-9]{0,2}(?:[ \u00a0\u2009\u202f][0-9]{3})+)(\.[0-9]{1,2})?(?=[ ]{0,2}(?:万元|元|圆))/g;

const SPACED_HINT = /[0-9][ \u00a0\u2009\u202f][0-9]{3}/;

/** All numbers in `s` (digits and uppercase), in order of position. */
export function findNumbers(s: string): MoneyHit[] {
  const hits: MoneyHit[] = [];
  const spaced: Array<[number, number]> = [];
  if (SPACED_HINT.test(s)) {
    for (const m of [...s.matchAll(SPACED_START), ...s.matchAll(SPACED_RE)]) {
      if (spaced.some(([a, b]) => m.index < b && a < m.index + m[0].length)) continue;
      const value = parseDigits(m[1].replace(/[ \u00a0\u2009\u202f]/g, '') + (m[2] ?? ''));
      if (value === null) continue;
      const unitM = /^[ ]{0,2}(万元|元|圆)/.exec(s.slice(m.index + m[0].length));
      const end = m.index + m[0].length + (unitM ? unitM[0].length : 0);
      const start = m.index + m[0].length - m[0].trimStart().length;
      spaced.push([start, end]);
      hits.push({ value, unit: unitOf(unitM?.[1]), start, end, uppercase: false, perUnit: null, percent: false });
    }
  }
  for (const m of s.matchAll(MONEY_RE)) {
    if (spaced.length && spaced.some(([a, b]) => m.index < b && a < m.index + m[0].length)) continue;
    const value = parseDigits(m[2]);
    if (value === null) continue;
    // "人民币（万元）29.8": the unit in brackets just before the number
    const unitBefore = m[3] ?? m[5] ? null : /[(（](万元|元)[)）][ ]{0,2}$/.exec(s.slice(Math.max(0, m.index - 8), m.index))?.[1];
    const unit = unitOf(m[3] ?? m[5] ?? unitBefore) ?? (m[1] && m[1].trim() !== '人民币' ? 'yuan' : null);
    hits.push({
      value,
      unit,
      start: m.index,
      end: m.index + m[0].length,
      uppercase: false,
      perUnit: m[4] ?? m[7] ?? m[8] ?? null,
      percent: !!m[6],
    });
  }
  for (const m of s.matchAll(UPPER_RE)) {
    const text = m[0];
    // a bare run of 元/整 or a lone unit is no amount
    if (!/[零〇○壹贰貳叁參肆伍陆陸柒捌玖]/.test(text)) continue;
    const value = parseChineseNumeral(text);
    if (value === null) continue;
    hits.push({ value, unit: 'yuan', start: m.index, end: m.index + text.length, uppercase: true, perUnit: null, percent: false });
  }
  for (const m of s.matchAll(LOWER_RE)) {
    if (!/[一二两三四五六七八九]/.test(m[0]) || hits.some((h) => h.uppercase && h.start < m.index + m[0].length && m.index < h.end)) continue;
    const value = parseChineseNumeral(m[0]);
    if (value === null || value < 1) continue;
    hits.push({ value, unit: 'yuan', start: m.index, end: m.index + m[0].length, uppercase: true, perUnit: null, percent: false });
  }
  return hits.toSorted((a, b) => a.start - b.start);
}

/** Yuan from a number and a unit (null unit means `fallback`, itself yuan by default). */
export function toYuan(value: number, unit: MoneyUnit, fallback: MoneyUnit = 'yuan'): number {
  const u = unit ?? fallback ?? 'yuan';
  const v = u === 'wan' ? value * 1e4 : u === 'yi' ? value * 1e8 : value;
  return Math.round(v * 100) / 100;
}
