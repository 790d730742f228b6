/**
 * What a correction (更正公告, 变更公告) changes in an award: per corrected award item, the winner
 * and the awarded amount before and after. Read from the correction's tables (更正项 | 更正前内容 |
 * 更正后内容 rows whose item is the 中标/成交 金额 or 供应商; tables laid out as columns, 原中标金额 |
 * 更正后中标金额, or as 更正前/更正后 rows), from 变更前：/变更后： blocks of labelled fields, and from
 * prose ("中标金额由48.6万元更正为46.8万元", "原公告“成交金额：X”更正为“成交金额：Y”", "原…现更正为…").
 * A budget or a ceiling (预算, 最高限价) is never an award; a figure that cannot be read is null, never
 * a guess. The extractor's `lots` stay empty on a correction: the store applies these items to the
 * award they correct.
 * @module
 */
import { readMoney, type Money } from './money.js';
import { headerUnit, type Table } from './tables.js';
import type { CorrectedAward, Evidence, Extraction } from './types.js';

// the item an award amount is: 中标（成交）金额, 成交价格, 中标价, 成交总价 (never a 预算 or a 限价)
const AMOUNT_ITEM = /(?:中标|成交)(?:\s*[（(]\s*成交\s*[)）])?\s*(?:总?金额|价格|总价|报价|价)/;
const VENDOR_ITEM = /(?:中标|成交)(?:\s*[（(]\s*成交\s*[)）])?\s*(?:供应商|人|单位)(?:名称)?/;
const NOT_AWARD = /预算|最高限价|控制价|限价|保证金|代理|服务费|地址|联系|单价|费率|下浮|折扣|日期|时间|期限/;
// the lot a row or sentence names, as written: 包1, 第二标段, A包, 标项一
const LOT_WRITTEN = /第\s*[0-9一二三四五六七八九十]{1,3}\s*(?:包|标段|分标|标项)|(?:包件|包组|分包|包号|包|标段|分标|标包|标项|合同包|采购包)\s*[0-9A-Za-z一二三四五六七八九十]{1,4}(?![0-9])|(?<![A-Za-z])[A-Z]\s*(?:分标|包)|[一二三四五六七八九十]{1,3}\s*标段/;
const LOT_COLUMN = /^(?:包号|包组|包件|分包号?|标段号?|标项|标包|合同包|采购包|包)$/;
const BEFORE = /^(?:更正|变更|修改|调整)前|^原/;
const AFTER = /^(?:更正|变更|修改|调整)后|^现/;
const UNCHANGED = /[（(]\s*(?:不变|未变|无变化)\s*[)）]\s*$|\s*(?:不变|未变)\s*$/;
const CHANGE_VERB = /(?:现|已|现已)?\s*(?:更正|变更|修改|调整)为\s*[:：]?/g;
// after 更正为: an opening quote and the label repeated ("“中标金额：386000.00元")
const AFTER_LEAD = /^\s*[:：]?\s*[“"「]?\s*(?:[^\s\d:：“”"，,。；;]{2,14}\s*[:：]\s*)?[“"「]?\s*/;
const ORG_END = '(?:有限责任公司|股份有限公司|有限公司|公司|中心|工作室|事务所|研究院|研究所|设计院|合作社|个体工商户|[)）])';

const MAX_ITEMS = 50;

interface Found {
  lot: string | null;
  vendorBefore: string | null;
  vendorAfter: string | null;
  before: Money | null;
  after: Money | null;
  /** set when the item names an amount whose corrected figure could not be read */
  amountItem: boolean;
  vendorAt: { start: number; end: number } | null;
}

/** A figure as an award: a total of at least 100 yuan, else unreadable (null). */
function total(m: Money | null): Money | null {
  return m && m.form === 'total' && m.yuan != null && m.yuan >= 100 ? m : null;
}

/** A vendor cell or phrase: the name without "（不变）" and quotes; null when it is no name. */
function vendorName(raw: string): string | null {
  const v = raw.replace(UNCHANGED, '').replace(/^[“"「]+|[”"」]+$/g, '').replace(/^(?:名称)?\s*[:：]\s*/, '').trim();
  if (v.length < 2 || v.length > 80 || /^[—\-无/／*＊]+$/.test(v) || /^[\d.,，\s元万]+$/.test(v)) return null;
  return v;
}

/** The lot a piece of text names, as written ("包1", "第二标段"), or null. */
function lotIn(s: string): string | null {
  const m = LOT_WRITTEN.exec(s);
  return m ? m[0].replace(/\s+/g, '') : null;
}

function put(out: Found[], f: Partial<Found> & { lot: string | null }) {
  const key = f.lot ?? '';
  let g = out.find((x) => (x.lot ?? '') === key);
  if (!g) {
    if (out.length >= MAX_ITEMS) return;
    g = { lot: f.lot, vendorBefore: null, vendorAfter: null, before: null, after: null, amountItem: false, vendorAt: null };
    out.push(g);
  }
  if (f.amountItem) {
    if (!g.amountItem) {
      g.amountItem = true;
      g.before = f.before ?? null;
      g.after = f.after ?? null;
    }
  }
  if (f.vendorBefore !== undefined || f.vendorAfter !== undefined) {
    g.vendorBefore ??= f.vendorBefore ?? null;
    if (g.vendorAfter === null) {
      g.vendorAfter = f.vendorAfter ?? null;
      g.vendorAt = f.vendorAt ?? null;
    }
  }
}

const sides = (cells: Table['header']) => cells.some((c) => BEFORE.test(c.text.trim())) && cells.some((c) => AFTER.test(c.text.trim()));

/**
 * The table with its header: a table whose head the table reader took for a row ("变更事项 | 变更前 |
 * 变更后" holds no header word) gets its first row as the header.
 */
function withHeader(t: Table): Table {
  if (sides(t.header) || !t.rows.length || !sides(t.rows[0])) return t;
  return { ...t, header: t.rows[0], rows: t.rows.slice(1) };
}

/** "序号 | 更正项 | 更正前内容 | 更正后内容": one row per changed item. */
function itemRows(text: string, t: Table, out: Found[]) {
  const before = t.header.findIndex((c) => BEFORE.test(c.text.trim()));
  const after = t.header.findIndex((c) => AFTER.test(c.text.trim()));
  if (before < 0 || after < 0 || before >= after) return false;
  // "原中标金额 | 更正后中标金额": the heads name the item themselves, a table laid out as columns
  if ([before, after].some((i) => AMOUNT_ITEM.test(t.header[i].text) || VENDOR_ITEM.test(t.header[i].text))) return false;
  const lotCol = t.header.findIndex((c) => LOT_COLUMN.test(c.text.replace(/\s/g, '')));
  for (const r of t.rows.slice(0, 60)) {
    const item = r.slice(0, before).map((c) => c.text.replace(/\s/g, '')).join(' ');
    // the unit in the column's head, or in the item's own ("中标金额（万元） | 32.6 | 33.8")
    const unit = (i: number) => headerUnit(t.header[i].text) ?? headerUnit(item) ?? 'yuan';
    if (NOT_AWARD.test(item)) continue;
    const lot = (lotCol >= 0 ? r[lotCol]?.text.trim() || null : null) ?? lotIn(item);
    const b = r[before];
    const a = r[after];
    if (!a) continue;
    if (AMOUNT_ITEM.test(item)) {
      put(out, { lot, amountItem: true, before: b ? total(readMoney(text, b.start, b.end, unit(before))) : null, after: total(readMoney(text, a.start, a.end, unit(after))) });
    } else if (VENDOR_ITEM.test(item)) {
      const va = vendorName(a.text);
      put(out, { lot, vendorBefore: b ? vendorName(b.text) : null, vendorAfter: va ?? (UNCHANGED.test(a.text) && b ? vendorName(b.text) : null), vendorAt: va ? { start: a.start, end: a.end } : null });
    }
  }
  return true;
}

/** "包号 | 原中标供应商 | 更正后中标供应商 | 原中标金额 | 更正后中标金额": the change in the column heads. */
function columnHeads(text: string, t: Table, out: Found[]) {
  const cols = t.header.map((c) => {
    const h = c.text.replace(/\s/g, '');
    const side = BEFORE.test(h) ? 'before' : AFTER.test(h) ? 'after' : null;
    const what = NOT_AWARD.test(h) ? null : AMOUNT_ITEM.test(h) || (side && /^(?:更正|变更|修改|调整)?[前后]?(?:金额|价格|总价)/.test(h.replace(/^原/, ''))) ? 'amount' : VENDOR_ITEM.test(h) ? 'vendor' : null;
    return { side, what };
  });
  const col = (side: string, what: string) => cols.findIndex((c) => c.side === side && c.what === what);
  const [ab, aa, vb, va] = [col('before', 'amount'), col('after', 'amount'), col('before', 'vendor'), col('after', 'vendor')];
  if (aa < 0 && va < 0) return false;
  const lotCol = t.header.findIndex((c) => LOT_COLUMN.test(c.text.replace(/\s/g, '')));
  for (const r of t.rows.slice(0, 60)) {
    const lot = lotCol >= 0 ? r[lotCol]?.text.trim() || null : t.rows.length > 1 ? lotIn(r.map((c) => c.text).join(' ')) : null;
    if (aa >= 0 && r[aa]) {
      const b = ab >= 0 && r[ab] ? total(readMoney(text, r[ab].start, r[ab].end, headerUnit(t.header[ab].text) ?? 'yuan')) : null;
      put(out, { lot, amountItem: true, before: b, after: total(readMoney(text, r[aa].start, r[aa].end, headerUnit(t.header[aa].text) ?? 'yuan')) });
    }
    if (va >= 0 && r[va]) {
      const v = vendorName(r[va].text);
      put(out, { lot, vendorBefore: vb >= 0 && r[vb] ? vendorName(r[vb].text) : null, vendorAfter: v, vendorAt: v ? { start: r[va].start, end: r[va].end } : null });
    }
  }
  return true;
}

/** "更正项 | 中标供应商 | 中标金额" over rows "更正前 | A | X" and "更正后 | B | Y". */
function sideRows(text: string, t: Table, out: Found[]) {
  const amount = t.header.findIndex((c) => AMOUNT_ITEM.test(c.text) && !NOT_AWARD.test(c.text));
  const vendor = t.header.findIndex((c) => VENDOR_ITEM.test(c.text) && !NOT_AWARD.test(c.text));
  if (amount < 0 && vendor < 0) return false;
  const side = (r: Table['rows'][number]) => {
    const s = r.slice(0, Math.min(...[amount, vendor].filter((i) => i >= 0))).map((c) => c.text.replace(/\s/g, '')).join(' ');
    return /(?:更正|变更|修改|调整)前|^原/.test(s) ? 'before' : /(?:更正|变更|修改|调整)后/.test(s) ? 'after' : null;
  };
  const b = t.rows.find((r) => side(r) === 'before');
  const a = t.rows.find((r) => side(r) === 'after');
  if (!a) return false;
  const unit = amount >= 0 ? (headerUnit(t.header[amount].text) ?? 'yuan') : 'yuan';
  const lot = lotIn(a.map((c) => c.text).join(' '));
  if (amount >= 0 && a[amount]) put(out, { lot, amountItem: true, before: b?.[amount] ? total(readMoney(text, b[amount].start, b[amount].end, unit)) : null, after: total(readMoney(text, a[amount].start, a[amount].end, unit)) });
  if (vendor >= 0 && a[vendor]) {
    const v = vendorName(a[vendor].text);
    put(out, { lot, vendorBefore: b?.[vendor] ? vendorName(b[vendor].text) : null, vendorAfter: v, vendorAt: v ? { start: a[vendor].start, end: a[vendor].end } : null });
  }
  return true;
}

// "变更前：" … "变更后：" blocks of labelled fields
const BLOCK_HEAD = /(?:^|\n)[ \t]*(?:[一二三四五六七八九十0-9]+[、.．]\s*)?(?:更正|变更|修改|调整)([前后])的?(?:中标|成交)?(?:结果)?(?:内容|信息)?\s*[:：]?[ \t]*(?=\n)/g;
const AMOUNT_FIELD = new RegExp(`(?<!原)${AMOUNT_ITEM.source}\\s*(?:[（(][^)）\\n]{0,6}[)）])?\\s*[:：]`, 'g');
// "原中标金额：人民币279,000.00元" beside the changed result
const ORIGINAL_AMOUNT = new RegExp(`原${AMOUNT_ITEM.source}\\s*(?:[（(][^)）\\n]{0,6}[)）])?\\s*[:：]`);
const VENDOR_FIELD = new RegExp(`${VENDOR_ITEM.source}\\s*[:：]\\s*([^\\n，,；;|]{2,80})`, 'g');

/** "变更前：\n成交供应商名称：A\n成交金额：X\n变更后：\n成交供应商名称：B\n成交金额：Y". */
function sideBlocks(text: string, lookup: string, out: Found[]) {
  const heads = [...lookup.slice(0, 60_000).matchAll(BLOCK_HEAD)].slice(0, 10);
  const ai = heads.findIndex((h) => h[1] === '后');
  if (ai < 0) return;
  const bi = ai > 0 && heads[ai - 1][1] === '前' ? ai - 1 : -1;
  const aFrom = heads[ai].index + heads[ai][0].length;
  const next = /\n[ \t]*[一二三四五六七八九十]+[、.．]/.exec(lookup.slice(aFrom, aFrom + 600));
  const aTo = next ? aFrom + next.index : Math.min(lookup.length, aFrom + 600);
  const read = (from: number, to: number) => {
    const span = lookup.slice(from, to);
    AMOUNT_FIELD.lastIndex = 0;
    VENDOR_FIELD.lastIndex = 0;
    const am = AMOUNT_FIELD.exec(span);
    const vm = VENDOR_FIELD.exec(span);
    let money: Money | null = null;
    if (am) {
      const s = from + am.index + am[0].length;
      const e = lookup.indexOf('\n', s);
      money = total(readMoney(text, s, e < 0 || e > to ? to : e, 'yuan'));
    }
    const vStart = vm ? from + vm.index + vm[0].length - vm[1].length : -1;
    const vEnd = vStart + (vm ? vm[1].trimEnd().length : 0);
    return { found: !!am, money, vendor: vm ? vendorName(text.slice(vStart, vEnd)) : null, vAt: vm ? { start: vStart, end: vEnd } : null };
  };
  const a = read(aFrom, aTo);
  let b: { money: Money | null; vendor: string | null } = { money: null, vendor: null };
  if (bi >= 0) b = read(heads[bi].index + heads[bi][0].length, heads[ai].index);
  else {
    // no 变更前 block: the original figure as a field of its own ("原中标金额：…"), the original winner in prose
    const om = ORIGINAL_AMOUNT.exec(lookup);
    if (om) {
      const s = om.index + om[0].length;
      const e = lookup.indexOf('\n', s);
      b.money = total(readMoney(text, s, e < 0 ? Math.min(lookup.length, s + 60) : Math.min(e, s + 60), 'yuan'));
    }
    const vb = VENDOR_BEFORE.exec(lookup);
    if (vb) b.vendor = vendorName(vb[1]);
  }
  if (a.found) put(out, { lot: null, amountItem: true, before: b.money, after: a.money });
  if (a.vendor) put(out, { lot: null, vendorBefore: b.vendor, vendorAfter: a.vendor, vendorAt: a.vAt });
}

// the award amount's label in a sentence ("原公告“中标金额：…", "成交金额由…", "原中标（成交）金额：…")
const AMOUNT_LABEL = new RegExp(AMOUNT_ITEM.source, 'g');

/**
 * Prose: "中标金额由X更正为Y", "原公告“中标金额：X”更正为“中标金额：Y”", "成交金额误写为“X”，现更正为“Y”",
 * "原中标（成交）金额：X\n更正为：中标（成交）金额：Y". The figure before sits between the label and the
 * change's verb, the figure after right behind the verb (its label repeated allowed).
 */
function proseAmounts(text: string, lookup: string, out: Found[]) {
  AMOUNT_LABEL.lastIndex = 0;
  let consumed = 0;
  for (let m = AMOUNT_LABEL.exec(lookup); m && out.length < MAX_ITEMS; m = AMOUNT_LABEL.exec(lookup)) {
    if (m.index < consumed) continue;
    const head = lookup.slice(Math.max(0, m.index - 12), m.index);
    if (/预算|限价|控制价/.test(head.slice(-4))) continue;
    const from = m.index + m[0].length;
    // the sentence: up to its end (a line break may part "原…金额：X" from "更正为：…")
    const rest = lookup.slice(from, from + 260);
    const stop = /[。；;]|\n\s*\n|\n(?!\s*(?:现|已)?\s*(?:更正|变更|修改|调整)为)/.exec(rest);
    const sentence = rest.slice(0, stop ? stop.index : rest.length);
    CHANGE_VERB.lastIndex = 0;
    const verb = CHANGE_VERB.exec(sentence);
    if (!verb) continue;
    const between = sentence.slice(0, verb.index);
    // another award label, or a budget, before the verb: not this label's change
    if (/预算|限价|控制价|(?:中标|成交)(?:供应商|人)(?:名称)?\s*[:：由]/.test(between.replace(/^[\s:：]*/, ''))) continue;
    const before = total(readMoney(text, from, from + verb.index, 'yuan'));
    const at = from + verb.index + verb[0].length;
    const lead = AFTER_LEAD.exec(lookup.slice(at, at + 24));
    const aFrom = at + (lead ? lead[0].length : 0);
    const aSpan = lookup.slice(aFrom, aFrom + 60);
    const aEnd = aFrom + (/[”"」；;。，\n]|,(?![0-9])/.exec(aSpan)?.index ?? aSpan.length);
    // the figure after: right behind the verb ("更正为“人民币叁拾贰万捌仟元整（¥328,000.00）”")
    const close = /[”"」]/.exec(aSpan);
    const after = total(readMoney(text, aFrom, close && close.index < 60 ? aFrom + close.index : aEnd, 'yuan'));
    if (!before && !after) continue;
    const clause = lookup.slice(Math.max(0, m.index - 16), m.index);
    const lot = lotIn(clause.slice(Math.max(clause.lastIndexOf('\n'), clause.search(/[。；;，,][^。；;，,]*$/)) + 1));
    put(out, { lot, amountItem: true, before, after });
    consumed = aEnd;
  }
}

// "原中标供应商X放弃…"/"中标供应商由X更正为Y"/"确定排名第二的中标候选人Y为中标供应商"/"Y递补为成交供应商"
const VENDOR_CHANGED = new RegExp(`${VENDOR_ITEM.source}\\s*(?:名称)?\\s*由\\s*[“"]?([^“”"，,。；;\\n]{2,60}?${ORG_END})[”"]?\\s*(?:现|已)?\\s*(?:更正|变更|修改|调整)为\\s*[:：]?\\s*[“"]?([^“”"，,。；;\\n]{2,60}?${ORG_END})`, 'g');
const VENDOR_BEFORE = new RegExp(`原(?:第一)?(?:${VENDOR_ITEM.source}|(?:中标|成交)候选人)\\s*[:：]?\\s*[“"]?([^“”"，,。；;\\n]{2,60}?${ORG_END})[”"]?\\s*(?:因|已|于|放弃|自愿|书面|不能|未能|被)`);
const VENDOR_AFTER = new RegExp(`(?:候选人|确定)\\s*[“"]?([^“”"，,。；;\\n]{2,60}?${ORG_END})[”"]?\\s*(?:递补)?为\\s*(?:新的)?(?:中标|成交)(?:供应商|人|单位)`);
const VENDOR_SAME = new RegExp(`(?:${VENDOR_ITEM.source})\\s*[“"]?([^“”"，,。；;\\n:：]{2,60}?${ORG_END})[”"]?\\s*(?:名称)?\\s*(?:不变|未变|[（(]不变[)）])`);

/** The winner a correction's prose changes (or keeps): "由A更正为B", "原中标供应商A放弃…确定…B为中标供应商", "中标供应商A不变". */
function proseVendors(text: string, lookup: string, out: Found[]) {
  VENDOR_CHANGED.lastIndex = 0;
  let any = false;
  for (let m = VENDOR_CHANGED.exec(lookup); m && out.length < MAX_ITEMS; m = VENDOR_CHANGED.exec(lookup)) {
    const start = m.index + m[0].length - m[2].length;
    const clause = lookup.slice(Math.max(0, m.index - 16), m.index);
    put(out, { lot: lotIn(clause.slice(clause.search(/[^。；;，,\n]*$/))), vendorBefore: vendorName(text.slice(m.index + m[0].indexOf(m[1]), m.index + m[0].indexOf(m[1]) + m[1].length)), vendorAfter: vendorName(text.slice(start, m.index + m[0].length)), vendorAt: { start, end: m.index + m[0].length } });
    any = true;
  }
  if (any) return;
  const a = VENDOR_AFTER.exec(lookup);
  const b = VENDOR_BEFORE.exec(lookup);
  if (a && b) {
    // "依法确定排名第二的中标候选人X为中标供应商": the name starts after the candidate's rank
    const lead = /^.*(?:候选人|排名第[一二三四五六七八九十]+(?:名|位)?的?)/.exec(a[1]);
    const start = a.index + a[0].indexOf(a[1]) + (lead ? lead[0].length : 0);
    const end = a.index + a[0].indexOf(a[1]) + a[1].length;
    // "…为中标供应商，中标金额为人民币叁拾柒万伍仟元整（¥375,000.00）": the new winner's amount, stated
    const said = /^\s*[，,]?\s*(?:中标|成交)(?:金额|价格|总价)\s*(?:为|[:：])\s*/.exec(lookup.slice(a.index + a[0].length, a.index + a[0].length + 20));
    let after: Money | null = null;
    if (said) {
      const from = a.index + a[0].length + said[0].length;
      const stop = /[。；;\n]/.exec(lookup.slice(from, from + 60));
      after = total(readMoney(text, from, from + (stop ? stop.index : 60), 'yuan'));
    }
    if (after) put(out, { lot: null, amountItem: true, before: null, after });
    put(out, { lot: null, vendorBefore: vendorName(b[1]), vendorAfter: vendorName(text.slice(start, end)), vendorAt: { start, end } });
    return;
  }
  const same = VENDOR_SAME.exec(lookup);
  if (same && !a && !b) {
    const start = same.index + same[0].indexOf(same[1]);
    const v = vendorName(text.slice(start, start + same[1].length));
    if (v) put(out, { lot: null, vendorBefore: v, vendorAfter: v, vendorAt: { start, end: start + same[1].length } });
  }
}

/**
 * The award items a correction changes, each with its evidence: `correctedAward.N.amount` (the
 * figure after) and `correctedAward.N.vendor` (the winner after). [] when it changes no award
 * (a deadline, a budget, the documents).
 */
export function findCorrectedAward(text: string, lookup: string, tables: Table[]): { items: CorrectedAward[]; evidence: Record<string, Evidence> } {
  const found: Found[] = [];
  if (!/中标|成交/.test(lookup)) return { items: [], evidence: {} };
  for (const raw of tables.slice(0, 50)) {
    const t = withHeader(raw);
    if (!itemRows(text, t, found) && !columnHeads(text, t, found)) sideRows(text, t, found);
  }
  if (!found.some((f) => f.amountItem)) sideBlocks(text, lookup, found);
  if (!found.some((f) => f.amountItem)) proseAmounts(text, lookup, found);
  if (!found.some((f) => f.vendorAfter !== null)) {
    const lots = new Set(found.map((f) => f.lot));
    // prose about the winner joins the single award item the amounts gave (or stands alone)
    if (lots.size <= 1) {
      const vendors: Found[] = [];
      proseVendors(text, lookup, vendors);
      const v = vendors.length === 1 ? vendors[0] : null;
      if (v) {
        const target = found[0];
        if (target && (v.lot === null || v.lot === target.lot)) Object.assign(target, { vendorBefore: v.vendorBefore, vendorAfter: v.vendorAfter, vendorAt: v.vendorAt });
        else if (!target) found.push(v);
      }
    }
  }
  const items: CorrectedAward[] = [];
  const evidence: Record<string, Evidence> = {};
  for (const f of found) {
    // a vendor named unchanged with no amount changed is no corrected award
    if (!f.amountItem && (f.vendorAfter === null || f.vendorAfter === f.vendorBefore)) continue;
    const i = items.length;
    items.push({
      lot: f.lot,
      vendorBefore: f.vendorBefore,
      vendorAfter: f.vendorAfter,
      amountBefore: f.before?.yuan ?? null,
      amountAfter: f.after?.yuan ?? null,
      amountText: f.after?.text ?? null,
      amountStart: f.after?.start ?? null,
      amountEnd: f.after?.end ?? null,
    });
    if (f.after) evidence[`correctedAward.${i}.amount`] = { text: text.slice(f.after.start, f.after.end), start: f.after.start, end: f.after.end, confidence: 0.85 };
    if (f.vendorAfter && f.vendorAt) evidence[`correctedAward.${i}.vendor`] = { text: text.slice(f.vendorAt.start, f.vendorAt.end), start: f.vendorAt.start, end: f.vendorAt.end, confidence: 0.8 };
  }
  return { items, evidence };
}

/** Set a correction's `correctedAward` and its evidence spans on `out`. */
export function readCorrectedAward(out: Extraction, text: string, lookup: string, tables: Table[]): void {
  const { items, evidence } = findCorrectedAward(text, lookup, tables);
  out.correctedAward = items;
  Object.assign(out.evidence, evidence);
}
