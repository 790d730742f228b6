/**
 * Awarded lots: who won each lot and for how much. In order of trust: labelled pairs
 * ("供应商名称：X … 中标金额：Y"), result tables whose columns say 中标/成交, ranked candidate
 * tables when the notice says the first-ranked wins, and glued result rows. The agency fee,
 * deposits, unit prices and losing bids are never taken for the award. Every amount keeps
 * its exact text and offsets.
 * @module
 */
import { purchaseLineLots } from './purchase-lines.js';
import type { Field } from './fields.js';
import { fieldMoney, readMoney, type Money } from './money.js';
import { WINNER_TAGGED_RANK, firstCandidate, firstCandidateBid } from './candidates.js';
import { emptyLot, MAX_LOTS, setMoney } from './lot-record.js';
import { gluedRow, inlineLots, proseLotWinners, proseWinner } from './prose-lots.js';
import { summarisesLots, summaryTotal } from './summary-lots.js';
import { barePersonName, cleanOrgName, contactRole, looksLikeOrg, naturalPerson, partlyMaskedName } from './parties.js';
import type { Table } from './tables.js';
import { amountInVendorRow, lotsFromTables, singleRowAmount, totalRowAmount } from './table-lots.js';
import { applyPeriodPrices } from './period-price.js';
import { lotVendorLines } from './lot-vendor-lines.js';
import { stackedTableLots } from './stacked-table-lots.js';
import { transposedLots } from './transposed-lots.js';
import type { Lot } from './types.js';

const LOT_RE = /(?:包件|包组|包|标段|分标|标包|子包|合同包|采购包)\s*([0-9A-Za-z一二三四五六七八九十ⅠⅡⅢⅣⅤ]{1,4})|第\s*([0-9一二三四五六七八九十]{1,3})\s*(?:包|标段|分标)|([A-ZⅠⅡⅢⅣⅤ])\s*(?:分标|标段|包)|(?<![0-9.])([0-9]{1,3})[ ]?(?:包|标段)(?![件号组括装])/g;

// a project's head in a page of several ("项目一", "（二）项目名称：…", "3. 项目名称：…"), opening its line
const PROJECT_HEAD = /(?:^|\n)[ \t]*(项目[一二三四五六七八九十]{1,3}|[(（][一二三四五六七八九十]{1,3}[)）]|[0-9]{1,2}(?=[ \t]*[.．、]))[ \t]*(?:[.．、][ \t]*)?(?=项目名称|\n)/g;

/**
 * In a page of several projects (a 合并公告, a batch result in prose), the head of the project a
 * vendor stands under, as written ("项目一", "（二）", "3"); null on a page of one project.
 */
export function projectLabelBefore(lookup: string, at: number, window = 240): string | null {
  if ((lookup.match(/项目名称\s*[:：]/g) ?? []).length < 2) return null;
  let last: string | null = null;
  for (const m of lookup.slice(Math.max(0, at - window), at).matchAll(PROJECT_HEAD)) last = m[1];
  return last;
}

/** The lot label written shortly before `at` (包1, 第二标段, A分标), if any. */
export function lotLabelBefore(lookup: string, at: number, window = 120): string | null {
  const win = lookup.slice(Math.max(0, at - window), at);
  let last: string | null = null;
  for (const m of win.matchAll(LOT_RE)) last = (m[1] ?? m[2] ?? m[3] ?? m[4]) || null;
  return last;
}

// a value masked for guests: a run of stars (or ＊) where the name's body should be
const MASKED_VALUE = /^\s*[\u4e00-\u9fff]{0,4}[*＊]{3,}/;

/** The vendor names in a field value: one, or a consortium's members ("A公司、B公司（联合体）"). */
export function vendorNames(raw: string): string[] {
  // ("（联合体主体）": some portals call the lead member the consortium's 主体)
  let value = raw.replace(/[(（](?:联合体)?(?:牵头人|牵头方|主办方|成员|成员方|成员单位)?[)）]|[(（]联合体主体(?:单位|方)?[)）]/g, '');
  // "联合体牵头人：A 联合体成员：B" in one cell: the role labels separate the members
  if (/(?:牵头人|牵头方|成员|成员单位|成员方)\s*[:：]/.test(value)) value = value.replace(/(?:联合体)?(?:牵头人|牵头方|主办方|成员单位|成员方|成员)\s*[:：]/g, '、').replace(/^[\s、]+/, '');
  // "A公司和B公司（联合体）": a consortium's members joined by 和/与/及 after a legal suffix
  if (/联合体/.test(raw)) value = value.replace(/(有限责任公司|有限公司|公司|研究院|设计院|事务所|工作室)(?:和|与|及)(?=[\u4e00-\u9fff])/g, '$1、');
  // "A公司（联合体牵头人），B公司（联合体成员）": a consortium may be listed with commas too
  // ("A公司/B公司（联合体）": a slash joins them too)
  const parts = value.split(/联合体|牵头/.test(raw) ? /[、；;，,/／]/ : /[、；;]/).slice(0, 6);
  const out: string[] = [];
  for (const part of parts) {
    const person = naturalPerson(part);
    if (person) {
      out.push(person.name);
      continue;
    }
    // "成交供应商名称：禤志坚": a person's bare three-character name as the whole value of a
    // vendor's field (two characters are too often a word: a "商品" column under a vendor header)
    if (parts.length === 1 && part.trim().length >= 3 && barePersonName(part.trim())) {
      out.push(part.trim());
      break;
    }
    // "赤峰恒**数码科技有限公司": a name masked in a short run inside it is kept as written, as an
    // agency's is (parties.ts); one masked whole or down to its place stays unknown
    const name = cleanOrgName(part) ?? (/[*＊]/.test(part) ? partlyMaskedName(part) : null);
    if (!name || !looksLikeOrg(name.replace(/[*＊]/g, ''))) break;
    out.push(name);
    // the part ended before its own end (an address or label followed): the list is over
    if (part.trim().length > name.length + 2) break;
  }
  return out;
}

/** An amount standing right after the vendor's name in the vendor's own value (spaces or a comma between). */
function amountAfterName(text: string, lookup: string, f: Field, last: string): Money | null {
  const at = lookup.indexOf(last, f.valueStart);
  if (at < 0 || at >= f.valueEnd) return null;
  const from = at + last.length;
  const m = /^[ \u3000\t，,]*(?:(?:中标|成交)?(?:金额|价格|价|报价)\s*[:：为]?\s*)?(?=(?:[¥￥]|人民币)?\s*[0-9])/.exec(lookup.slice(from, f.valueEnd));
  if (!m) return null;
  const money = readMoney(text, from + m[0].length, f.valueEnd, 'yuan');
  // only a written unit makes a bare number after a name an amount (not a phone or a code)
  return money && money.form === 'total' && /元|万/.test(money.text) ? money : null;
}

/**
 * True when a generic "供应商名称" label stands in a section whose heading lists bidders
 * ("投标供应商名称及报价", "参与报价供应商") rather than the result.
 */
function inBidderSection(lookup: string, f: Field): boolean {
  if (!/^(?:供应商名称|供应商)$/.test(f.label)) return false;
  const before = lookup.slice(Math.max(0, f.labelStart - 400), f.labelStart);
  let heading: string | null = null;
  for (const m of before.matchAll(/(?:^|\n)[ \t]*(?:[一二三四五六七八九十]{1,3}|\d{1,2})[、.．][ \t]*([^\n]{2,40})/g)) heading = m[1];
  return heading !== null && /投标|报价|参与|响应|候选|递交/.test(heading) && !/中标|成交|中选|结果/.test(heading);
}

/**
 * A name wrapped onto the next line, as PDF and aggregator copies break it
 * ("湖南星城视界文化传" / "媒有限公司"): joined when the joined text reads as an organisation.
 */
function wrappedName(text: string, f: Field): string[] {
  if (text[f.valueEnd] !== '\n' && text.slice(f.valueEnd, f.valueEnd + 3).trim()) return [];
  const nl = text.indexOf('\n', f.valueEnd);
  if (nl < 0 || nl - f.valueEnd > 3) return [];
  const next = text.slice(nl + 1, nl + 1 + 30).split('\n')[0].trim();
  if (!next || next.length > 20 || /[:：|]/.test(next)) return [];
  const joined = cleanOrgName(f.value + next);
  return joined && looksLikeOrg(joined) && /^[\u4e00-\u9fff（）()A-Za-z0-9]+$/.test(f.value) ? [joined] : [];
}


export interface LotsResult {
  lots: Lot[];
  /** 总中标金额 / 总成交金额 when stated (the sum of the lots, never a lot) */
  total: Money | null;
  warnings: string[];
}

/** Find the awarded lots of a notice. `awarding` says whether the notice kind awards anything. */
export function findLots(
  text: string, lookup: string, fields: Field[], tables: Table[], awarding: boolean, opts: { candidates?: boolean } = {},
): LotsResult {
  const warnings: string[] = [];
  let total: Money | null = null;
  for (let i = 0; i < fields.length; i++) {
    const f = fields[i];
    if (f.role !== 'total' || total) continue;
    total = fieldMoney(text, f, fields[i + 1]);
  }
  if (!awarding) return { lots: [], total, warnings };

  // 1. labelled pairs, in text order
  const lots: Lot[] = [];
  let current: Lot | null = null;
  // lots priced only by a 单价 field so far (a total stated later replaces it)
  const perItemOnly = new Set<Lot>();
  let pending: Money | null = null;
  // the winner whose own quote ("中标人：X\n投标报价：Y") may follow before anything else is named
  let quoteTarget: Lot | null = null;
  for (let i = 0; i < fields.length; i++) {
    const f = fields[i];
    if (f.role === 'bidder' || f.role === 'award') quoteTarget = null;
    if (f.role === 'quote') {
      const m = quoteTarget && quoteTarget.amountForm === 'none' ? fieldMoney(text, f, fields[i + 1]) : null;
      if (m && quoteTarget) setMoney(quoteTarget, m, 0.75);
      quoteTarget = null;
      continue;
    }
    if (f.role === 'vendor' && inBidderSection(lookup, f)) {
      // "二、投标供应商名称及报价：供应商名称：X 报价：Y": a bidder, not a winner
      quoteTarget = null;
      continue;
    }
    if (f.role === 'vendor' || (f.role === 'name' && contactRole(lookup, f.labelStart) === 'vendor')) {
      if (lots.length >= MAX_LOTS) break;
      let members = vendorNames(text.slice(f.valueStart, f.valueEnd));
      if (!members.length) members = wrappedName(text, f);
      if (!members.length) {
        // "包2：… 供应商名称：湖北******服装有限公司": a lot awarded to a winner masked for guests is
        // still a lot, its winner unknown (its amount too, when that is masked as well)
        const label = MASKED_VALUE.test(f.value.slice(0, 60)) ? lotLabelBefore(lookup, f.labelStart) : null;
        if (label && lots.length < MAX_LOTS && !lots.some((l) => l.lot === label)) {
          current = { ...emptyLot(null), lot: label, confidence: 0.6 };
          lots.push(current);
          quoteTarget = null;
        }
        continue;
      }
      if (members.length > 1 && listsSeparateVendors(lookup, f)) {
        // 入围 / 框架协议 results name several vendors who each hold the agreement: one lot each
        for (const v of members) if (!lots.some((l) => l.vendor === v) && lots.length < MAX_LOTS) lots.push({ ...emptyLot(v), confidence: 0.8 });
        current = null;
        continue;
      }
      // "成交供应商（联合体牵头人）：A" then "成交供应商（联合体成员）：B": one consortium, one lot
      if (current && /成员/.test(f.qualifier ?? '')) {
        for (const v of members) if (!current.vendors.includes(v)) current.vendors.push(v);
        current.vendor = current.vendors.join('；');
        continue;
      }
      const name = members.join('；');
      const label = lotLabelBefore(lookup, f.labelStart) ?? projectLabelBefore(lookup, f.labelStart);
      const same = lots.find((l) => l.vendor === name && (l.lot === label || !label || !l.lot));
      if (same) {
        current = same;
        if (!same.lot && label) same.lot = label;
        continue;
      }
      current = emptyLot(name);
      current.lot = label;
      current.vendors = members;
      current.confidence = 0.9;
      lots.push(current);
      quoteTarget = current;
      if (pending) {
        setMoney(current, pending, 0.85);
        pending = null;
      } else {
        // "成交信息：X公司    386000元": the amount right after the name in the same value
        const m = amountAfterName(text, lookup, f, members[members.length - 1]);
        if (m) setMoney(current, m, 0.8);
      }
    } else if (f.role === 'award') {
      let m = fieldMoney(text, f, fields[i + 1]);
      // "中标下浮率：8" with no % sign: the label makes it a rate
      if (m && /率|系数/.test(f.label) && m.form === 'total') m = { ...m, yuan: null, form: 'rate', rate: m.yuan };
      if (!m) continue;
      if (m.conflict) warnings.push(`${f.label}: ${m.conflict}`);
      // a total stated after the unit price ("单价：2800元/条 … 成交总价：140000元") is the award
      if (current && (current.amountForm === 'none' || perItemOnly.has(current))) {
        setMoney(current, m, 0.9);
        perItemOnly.delete(current);
      } else if (!current && (!pending || (pending.form === 'unit_price' && m.form === 'total'))) pending = m;
      // (a winner named in prose: the total stated after its unit prices, "中标价：大米135元/袋 … 合同暂定
      // 金额￥246,960.00元", is its award, as for a named winner above)
    } else if (f.role === 'unitPrice' && current && current.amountForm === 'none') {
      // "成交单价：1,650元/条" and no total: the winner's price is per item
      const m = fieldMoney(text, f, fields[i + 1]);
      if (m?.form === 'unit_price') {
        setMoney(current, m, 0.85);
        perItemOnly.add(current);
      }
    }
  }

  // 1b. lots written inline: "第1包：X公司，中标金额：216000元；第2包：Y公司，中标金额：174000元"
  if (lots.length <= 1) {
    const inline = inlineLots(text, lookup);
    if (inline.length >= 2 && inline.length > lots.length) {
      lots.splice(0, lots.length, ...inline);
      pending = null;
    }
  }
  // 1b'. a blank vendor label over "标项1：X公司，地址…" lines, each lot's amount on its own 标项 line
  if (lots.length <= 1) {
    const listed = lotVendorLines(text, lookup, fields);
    if (listed.length >= 2) {
      lots.splice(0, lots.length, ...listed);
      pending = null;
    }
  }
  // 1b''. a small buyer's numbered list of purchases made, each line its supplier and sum
  // ("1. 救生衣200件：供货单位 X商行，金额 21400元；"): a lot a line (purchase-lines.ts)
  if (lots.length <= 1) {
    const bought = purchaseLineLots(text, lookup);
    if (bought.length >= 2) {
      lots.splice(0, lots.length, ...bought);
      pending = null;
    }
  }
  // 1c. a result table on its side: "中标供应商 | A公司 | B公司" over "中标金额 | … | …"
  if (lots.length <= 1) {
    const sideways = transposedLots(text, tables);
    if (sideways.length >= 2) {
      lots.splice(0, lots.length, ...sideways);
      pending = null;
    }
  }
  // 1d. a summary line naming several winners in one field ("中标单位：A、B、C") above a result table
  // that gives each of them its own lot and amount: they won separate lots, not as one consortium
  // (the list's only price so far may be a 单价 line's, which the table's totals outrank; an
  // aggregator's header may price the list with the lots' sum, which is their total, not a lot)
  if (lots.length === 1 && lots[0].vendors.length >= 2) {
    const joined = lots[0];
    const unpriced = joined.amountForm === 'none' || perItemOnly.has(joined);
    const rows = unpriced || joined.amountForm === 'total' ? lotsFromTables(text, lookup, tables, opts.candidates === true) : [];
    if (rows.length && summarisesLots(joined, rows, lookup, !unpriced)) {
      if (!unpriced) total ??= summaryTotal(joined);
      lots.splice(0, lots.length, ...rows);
      pending = null;
    }
  } else if (lots.length >= 3) {
    // 1e. the same header above labelled per-lot pairs ("包1 … 供应商名称：A … 中标金额：…"): dropped
    const joined = lots.find((l) => l.vendors.length >= 2 && summarisesLots(l, lots.filter((o) => o !== l), lookup, l.amountForm !== 'none'));
    if (joined) {
      total ??= summaryTotal(joined);
      lots.splice(lots.indexOf(joined), 1);
    }
  }
  // 2. result tables
  if (!lots.length) lots.push(...lotsFromTables(text, lookup, tables, opts.candidates === true));
  // 2'. a result table pulled out of a PDF one cell a line, names broken over lines (stacked-table-lots.ts)
  if (!lots.length) lots.push(...stackedTableLots(text, lookup));
  // 2a. 中标候选人公示: the first-ranked candidate ("第一中标候选人：X … 投标报价：Y")
  // (or a result that tags its first-ranked bidder as the winner: "第一名(成交人):X")
  if (!lots.length && (opts.candidates || WINNER_TAGGED_RANK.test(lookup.slice(0, 60_000)))) {
    const c = firstCandidate(text, lookup);
    if (c) {
      const lot = emptyLot(c.vendor);
      lot.confidence = 0.7;
      if (c.money) setMoney(lot, c.money, 0.7);
      lots.push(lot);
      pending = null;
    }
  }
  // 2a'. 框架协议 / 入围: "入围供应商（排名不分先后）：" and a numbered list of holders
  if (!lots.length) lots.push(...listedHolders(lookup, text));
  // 2b. prose, one sentence per 包: "确定X为第一包成交单位，成交金额…；…确定Y为第二包成交单位…"
  if (!lots.length) {
    const perLot = proseLotWinners(text, lookup);
    if (perLot.length) {
      lots.push(...perLot);
      pending = null;
    }
  }
  // 2b'. prose: "经评审，确定XX公司为成交供应商，成交金额为人民币…"
  if (!lots.length) {
    const p = proseWinner(text, lookup);
    if (p) {
      if (pending) setMoney(p, pending, 0.75);
      lots.push(p);
      pending = null;
    }
  }
  // 3. glued result rows ("…有限公司湖南省长沙市…755号1354755.8中标")
  if (!lots.length) {
    const g = gluedRow(text, lookup);
    if (g) lots.push(g);
  }
  // 4. a winner without an amount: its row in a bid table, or a single-row amount table
  for (const lot of lots) {
    if (lot.amountForm !== 'none' || !lot.vendor) continue;
    const m = amountInVendorRow(text, tables, lot.vendor)
      ?? (lots.length === 1 ? singleRowAmount(text, tables) ?? totalRowAmount(text, tables) ?? firstCandidateBid(text, lookup, lot.vendor) ?? changedContractAmount(text, lookup) : null);
    if (m) setMoney(lot, m, 0.7);
  }
  // 5. an amount with no vendor (masked or absent): one lot without a vendor
  if (!lots.length && pending) {
    const lot = emptyLot(null);
    setMoney(lot, pending, 0.6);
    lots.push(lot);
  }
  applyPeriodPrices(text, lookup, lots);
  if (lots.length === 1 && lots[0].amountForm === 'none' && total && lots[0].vendor) {
    setMoney(lots[0], total, 0.6);
  }
  if (total?.yuan != null && lots.length) {
    const sum = lots.reduce((s, l) => s + (l.amountYuan ?? 0), 0);
    if (sum > 0 && Math.abs(sum - total.yuan) > 1)
      warnings.push(`summary total ${total.yuan} differs from the lots' sum ${Math.round(sum * 100) / 100}: the body's figures are used`);
  }
  if (lots.length === 1 && !/^\d+$|^[A-Z]$/.test(lots[0].lot ?? '') && lots[0].lot && !/包|标段/.test(lots[0].lot)) lots[0].lot = null;
  return { lots, total, warnings };
}

// "入围供应商（排名不分先后）：", and a sentence that names them and ends in a colon
// ("确定综合得分排名前三的供应商为入围供应商，服务份额按排名分配：")
// "合同金额由人民币36万元调整为人民币39.6万元": a contract changed in prose, no label before the figure
const CONTRACT_CHANGED = /合同(?:总)?(?:金额|价款|总价)\s*由[^\n。；;]{1,40}?(?:调整|变更|增加|调增|调减|减少)为\s*/;

/** The amount a contract is changed to, written in prose. */
function changedContractAmount(text: string, lookup: string): Money | null {
  const m = CONTRACT_CHANGED.exec(lookup.slice(0, 20_000));
  if (!m) return null;
  const from = m.index + m[0].length;
  const money = readMoney(text, from, Math.min(lookup.length, from + 40), 'yuan');
  return money?.form === 'total' ? money : null;
}

// (or a sentence that says the holders follow: "经遴选，以下单位入围：", "下列供应商入选："; not "以下单位未入围：")
// (or a numbered section's heading on its own line, no colon: "二、入围单位及入围报价")
const HOLDERS_HEADS = /(?:(?:入围|入选)(?:供应商|服务商|单位|结果|名单)(?:名单|名称)?(?:[^\n:：]{0,30}?)|(?:以下|下列)(?:供应商|服务商|单位)[^\n:：。未不没]{0,10}?(?:入围|入选))\s*(?:[(（][^)）\n]{0,12}[)）])?\s*[:：]\s*\n|(?<=^|\n)[ \t\u3000]*[一二三四五六七八九十]{1,3}[、.．][ \t\u3000]*(?:入围|入选)(?:供应商|服务商|单位|结果|名单)[^\n:：。，,]{0,20}\n/g;
// a rate label on a holder's line: "工时费折扣率：", "下浮率："
// (or a discount written as a share of a price list: "入围折扣：按《参考价格表》的85%结算")
const RATE_ON_LINE = /(?:折扣率|下浮率|费率|优惠率|折扣)\s*[:：]?\s*/;
// a holder's line opens with its number or its rank ("1.", "（2）", "②", "第一名：")
const HOLDER_ITEM = /^\s*(?:\d{1,3}[.．、]|[(（]\d{1,3}[)）]|[①-⑳]|第[一二三四五六七八九十\d]{1,3}名\s*[:：])\s*/;

/**
 * The holders of a framework agreement listed one a line under an 入围供应商 (or 入围结果)
 * heading ("1. X公司\u3000入围价格：…"): one lot each, no amount (their prices are unit prices;
 * a 折扣率 on the line is kept as the lot's rate).
 */
function listedHolders(lookup: string, text: string): Lot[] {
  // (the first heading that lists someone: an opening sentence that ends "现将入围结果公示如下："
  // over a blank line may stand above the list's own heading, "入围供应商（排名不分先后）：")
  for (const head of lookup.slice(0, 20_000).matchAll(HOLDERS_HEADS)) {
    const out = holdersUnder(lookup, text, head.index + head[0].length);
    if (out.length) return out;
  }
  return [];
}

/** The holders listed one a line from `pos` (see listedHolders). */
function holdersUnder(lookup: string, text: string, from: number): Lot[] {
  const out: Lot[] = [];
  let pos = from;
  for (let n = 0; n < MAX_LOTS; n++) {
    const nl = lookup.indexOf('\n', pos);
    const end = nl < 0 ? lookup.length : nl;
    const line = text.slice(pos, end);
    // a holder's line opens with its number or rank, or is the name alone with a note in
    // brackets after it ("X公司（预计份额40%）")
    const m = HOLDER_ITEM.exec(line);
    // (a ranked line goes on after a comma with its prices: "第一名：X公司，工时单价：80元/工时，…")
    const first = line.slice(m ? m[0].length : 0).split(m ? /\s{2,}|\t|[，,；;]/ : /\s{2,}|\t/)[0];
    let name = cleanOrgName(first);
    if (name && !looksLikeOrg(name)) name = cleanOrgName(first.replace(/[(（][^()（）]{1,20}[)）]\s*$/, ''));
    if (!name || !looksLikeOrg(name) || (!m && line.trim().length > name.length + 22)) break;
    if (!out.some((l) => l.vendor === name)) {
      const lot: Lot = { ...emptyLot(name), confidence: 0.75 };
      // a holder priced by a rate on its line ("工时费折扣率：85%"): the rate is its evidence (no total)
      const rate = RATE_ON_LINE.exec(line);
      const money = rate ? readMoney(text, pos + rate.index + rate[0].length, end, 'yuan') : null;
      if (money?.form === 'rate') setMoney(lot, money, 0.75);
      out.push(lot);
    }
    if (nl < 0) break;
    pos = nl + 1;
  }
  return out;
}

/** Several vendors in one field are separate holders (入围, 框架协议, 定点), not a consortium. */
function listsSeparateVendors(lookup: string, f: Field): boolean {
  const line = lookup.slice(Math.max(0, f.labelStart - 12), f.valueEnd);
  if (/联合体|联合投标|牵头/.test(line)) return false;
  return /入围|入选/.test(line) || /框架协议|协议供货|定点(?:服务|采购)|入围(?:结果|公告|供应商)/.test(lookup.slice(0, 3000));
}

