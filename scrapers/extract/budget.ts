/**
 * The budget (预算金额) and ceiling (最高限价) of a notice: labelled fields, glued result rows
 * ("预算金额(元)…公开招标1471678.39"), and single-project tables.
 * @module
 */
import type { Field } from './fields.js';
import { unitFromQualifier } from './fields.js';
import { lotLabelBefore } from './lots.js';
import { LOT_LINE } from './lot-vendor-lines.js';
import { fieldMoney, readMoney, type Money } from './money.js';
import { findQuantities } from './quantities.js';
import { headerUnit, unitAbove, type Table } from './tables.js';
import { oneYearTerm, termOverAYear } from './period-price.js';

const TOTAL_ROW = /^(?:合计|总计|小计|共计)(?:[(（][^)）]{0,8}[)）])?[:：]?$/;
// what marks a labelled figure as the original notice's, quoted by a correction: "原", "原公告“",
// "原采购文件中的"
// ("原为“预算金额：68.00万元…”，现更正为“预算金额：65.00万元…”": the quoted original field after 原为)
const ORIGINAL_BEFORE = /原(?:为|是)?(?:公告|采购公告|招标公告|文件|采购文件|招标文件|磋商文件)?(?:中的?|的)?\s*[“"「]?\s*$/;
// what follows a figure that a correction changes: the quotation closes and "更正为" (变更为, 修改为,
// 调整为) gives the new one ("“预算金额：386.00万元（叁佰捌拾陆万元整）”更正为“…”")
const CHANGED_AFTER = /^[^\n。；;“”"]{0,30}?[”"」]?\s*[，,]?\s*(?:现|已|现已)?\s*(?:更正|变更|修改|调整)为/;
// after 更正为: a colon, an opening quote and the label repeated ("“预算金额：352.00万元", "：预算金额：65万元")
const CHANGED_TO_LEAD = /^\s*[:：]?\s*[“"「]?\s*(?:[^\s\d:：“”"，,。；;]{2,12}\s*[:：]\s*)?/;

/** The figure a correction changes a value to, right after its "更正为". */
function changedTo(text: string, lookup: string, at: number): Money | null {
  const lead = CHANGED_TO_LEAD.exec(lookup.slice(at, at + 24));
  const from = at + (lead ? lead[0].length : 0);
  const m = readMoney(text, from, Math.min(text.length, from + 40), 'yuan');
  return m?.form === 'total' && m.yuan != null && m.yuan >= 100 && m.start - from <= 4 ? m : null;
}

const LOT_COLUMN = /^(?:包号|包组|包件|分包号?|标段号?|标项|标包|合同包|采购包)$/;

/**
 * A budget from a table column (采购意向 lists: 序号 | 采购项目名称 | … | 预算金额（万元））: the
 * single row's; the sum of the rows when they are one project's lots (a 包号/标段 column). Other
 * tables of several rows list several projects: there is no notice budget (money null); the note
 * names the row `pick` chooses (the video-operations one).
 */
export function budgetFromTables(text: string, tables: Table[], pick: (rowText: string) => boolean): { money: Money | null; note: string | null } | null {
  return moneyFromColumn(text, tables, (h) => /预算/.test(h) && !/单价/.test(h), pick);
}

/**
 * A ceiling from a table column (… | 预算金额（万元） | 最高限价（万元） | …), as budgetFromTables reads
 * a budget: the single row's, or the sum of one project's lots; null for several projects.
 */
export function ceilingFromTables(text: string, tables: Table[]): Money | null {
  return moneyFromColumn(text, tables, (h) => /最高限价|控制价|限价/.test(h) && !/预算|单价/.test(h), () => false)?.money ?? null;
}

// a correction's table: "更正项 | 更正前内容 | 更正后内容", one row per changed item
const AFTER_COLUMN = /^(?:更正|变更|修改|调整)后/;
const BEFORE_COLUMN = /^(?:更正|变更|修改|调整)前|^原/;

/**
 * The budget and ceiling a correction's table sets ("1 | 预算金额 | 96万元 | 88万元"): the figure in
 * the 更正后 column of the row whose item is the budget (or the ceiling). The labelled field the row
 * also reads as ("预算金额 | 96万元") is the figure being replaced, so this one comes first.
 */
export function correctedFromTables(text: string, tables: Table[]): { budget: Money | null; ceiling: Money | null } {
  const out: { budget: Money | null; ceiling: Money | null } = { budget: null, ceiling: null };
  for (const t of tables) {
    const after = t.header.findIndex((c) => AFTER_COLUMN.test(c.text.trim()));
    const before = t.header.findIndex((c) => BEFORE_COLUMN.test(c.text.trim()));
    if (after < 0 || before < 0 || before >= after) continue;
    for (const r of t.rows.slice(0, 30)) {
      const item = r.slice(0, before).map((c) => c.text.replace(/\s/g, '')).join(' ');
      const role = /最高限价|控制价/.test(item) ? 'ceiling' : /预算/.test(item) && !/单价/.test(item) ? 'budget' : null;
      const cell = r[after];
      if (!role || !cell || out[role]) continue;
      const m = readMoney(text, cell.start, cell.end, headerUnit(t.header[after].text) ?? 'yuan');
      if (m && m.form === 'total' && m.yuan != null && m.yuan >= 100) out[role] = m;
    }
  }
  return out;
}

function moneyFromColumn(text: string, tables: Table[], isColumn: (header: string) => boolean, pick: (rowText: string) => boolean): { money: Money | null; note: string | null } | null {
  for (const t of tables) {
    const bc = t.header.findIndex((c) => isColumn(c.text));
    if (bc < 0 || !t.rows.length) continue;
    // "单位：万元" on the line above the table counts when the column header names no unit
    const unit = headerUnit(t.header[bc].text) ?? unitAbove(text, t) ?? 'yuan';
    const rows = t.rows
      // a 合计/总计 row restates the rows above: it is no project of its own
      .filter((r) => !r.slice(0, bc).some((c) => TOTAL_ROW.test(c.text.replace(/\s/g, ''))))
      // the cell must be the number itself: "投资额（¥248,550,500.00元）" is another figure
      .map((r) => ({ r, m: r[bc] && /^(?:[¥￥]|人民币)?\s*[0-9０-９]/.test(r[bc].text) ? readMoney(text, r[bc].start, r[bc].end, unit) : null }))
      .filter((x): x is { r: typeof x.r; m: Money } => !!x.m && x.m.form === 'total' && x.m.yuan != null);
    if (!rows.length) continue;
    if (rows.length === 1) return { money: rows[0].m, note: null };
    // one project's lots (包号 | 包名称 | 预算金额 …): its budget is their sum
    if (t.header.some((c) => LOT_COLUMN.test(c.text.replace(/\s/g, ''))) && rows.length <= 50) {
      const first = rows[0].m;
      const last = rows[rows.length - 1].m;
      const sum = Math.round(rows.reduce((acc, x) => acc + (x.m.yuan ?? 0), 0) * 100) / 100;
      return { money: { ...first, yuan: sum, end: last.end, text: text.slice(first.start, last.end) }, note: null };
    }
    // several projects, each with its own budget: the notice has no single budget; name the
    // video-operations row's figure for a reader instead of summing unrelated projects
    const picked = rows.filter((x) => pick(x.r.map((c) => c.text).join(' ')));
    const note = picked.length === 1 ? `${rows.length} projects with their own budgets; the video-operations one: ${picked[0].m.yuan} yuan (${picked[0].m.text})` : `${rows.length} projects with their own budgets`;
    return { money: null, note };
  }
  return null;
}


// a lot's label standing right before a budget's label, opening its clause: "一标段预算金额：70万元；
// 二标段预算金额：32万元" (the bare numeral before 标段/包 that lotLabelBefore leaves alone, since
// "同一标段" inside a sentence is no label: only a clause's start counts)
const LOT_BEFORE_LABEL = /[\n；;。，,、\s](?:第\s*)?([一二三四五六七八九十]{1,3}|[0-9]{1,2})\s*(?:标段|包|分标)\s*(?:的)?\s*$/;

/** The lot label that opens the clause of the budget label at `at` ("二标段预算金额"), if any. */
function lotOpeningLabel(lookup: string, at: number): string | null {
  const from = Math.max(0, at - 10);
  return LOT_BEFORE_LABEL.exec((from === 0 ? '\n' : '') + lookup.slice(from, at))?.[1] ?? null;
}

const LETTER_LOT_LINE = /^[ \t]*([A-Z])\s*(?:包|分标|标段)\s*[:：]/;

/** The lot whose label opens the line `at` is on, however far back: its fields all belong to that lot. */
function lineLot(lookup: string, at: number): string | null {
  const from = lookup.lastIndexOf('\n', at - 1) + 1;
  // (a line that opens with its lot's label: "包1：短视频拍摄制作，全年不少于120条，预算金额：…，最高限价：…")
  const m = LOT_LINE.exec(lookup.slice(from, Math.min(at, from + 200)));
  if (m) return m[1] ?? m[2];
  // (or its letter before 包: "A包：班班通多媒体教学设备…86套，预算金额：120.4万元；")
  return LETTER_LOT_LINE.exec(lookup.slice(from, Math.min(at, from + 12)))?.[1] ?? null;
}

// the labels as portals write them: 第一包, 包1, 标项1 (政采云), A分标, and the bare numeral before
// 标段 ("一标段130万元，二标段95万元", without 第); a Chinese numeral's label ends before the figure:
// "包一150万元" is 包一's 150万元, not a lot "一150"; a lot's number before 包 ("01包45万元；02包21.6万元")
// when a figure follows it at once; 包组一 and 包件二 as some portals name their lots
const LOT_IN_VALUE = /(?:^|[；;，,、\s])(?:第\s*([0-9一二三四五六七八九十]{1,3})\s*(?:包|标段|分标)|(?:包组|包件|包|标段|分标|标包|标项|合同包|采购包)\s*([一二三四五六七八九十]{1,3}|[0-9A-Za-z]{1,4})|([A-Z])\s*(?:分标|包)|([一二三四五六七八九十]{1,3})\s*标段|([0-9]{1,2})\s*号?包(?=\s*[:：]?\s*(?:人民币)?\s*[¥￥]?\s*[0-9]))\s*[:：]?\s*/g;

// a lot column's label (fields.ts reads 包组, 包号 as a table's column) opening a budget's value
const LOT_COLUMN_AHEAD = /^[ \t]*(?:包组|包号|标段号|分包号)\s*[0-9A-Za-z一二三四五六七八九十]/;

/**
 * "预算金额：包组一人民币160万元；包组二人民币110万元。": the lot's label that opens the value is also a
 * column label, which cuts the field empty before it; the list then runs to the end of its line.
 */
function lotListValue(lookup: string, f: Field): Field {
  if (f.valueEnd > f.valueStart || !LOT_COLUMN_AHEAD.test(lookup.slice(f.valueStart, f.valueStart + 12))) return f;
  const nl = lookup.indexOf('\n', f.valueStart);
  const end = Math.min(nl < 0 ? lookup.length : nl, f.valueStart + 300);
  return { ...f, valueEnd: end, value: lookup.slice(f.valueStart, end) };
}

/**
 * "分包预算：" closing its line, then one line per lot ("第1包：3,300,000.00元", "第2包：1,160,000.00元"):
 * each lot's figure, read from the lines that follow the label while each opens with a lot's label
 * and holds nothing but its figure (a line of anything else ends the list).
 */
function lotLinesBelow(text: string, lookup: string, f: Field): Array<{ m: Money; lot: string }> {
  const nl = lookup.indexOf('\n', f.valueStart);
  if (nl < 0 || lookup.slice(f.valueStart, nl).trim()) return [];
  const out: Array<{ m: Money; lot: string }> = [];
  let pos = nl + 1;
  for (let k = 0; k < 50 && pos < lookup.length; k++) {
    const next = lookup.indexOf('\n', pos);
    const end = next < 0 ? lookup.length : next;
    const line = lookup.slice(pos, end);
    const head = LOT_LINE.exec(line) ?? LETTER_LOT_LINE.exec(line);
    if (!head) break;
    const lot = head[1] ?? head[2];
    const m = readMoney(text, pos + head[0].length, end, unitFromQualifier(f.qualifier) ?? 'yuan');
    // (the figure must be the whole rest of the line: "第1包：服务期一年，预算…" is a lot's description)
    if (!lot || !m || m.form !== 'total' || m.yuan == null || m.yuan < 100 || !/^\s*(?:[（(][^)）\n]{0,30}[)）])?\s*[。；;，,]?\s*$/.test(lookup.slice(m.end, end)) || out.some((p) => p.lot === lot)) return [];
    if (lookup.slice(pos + head[0].length, m.start).trim().replace(/^(?:人民币|[¥￥])/, '').trim()) return [];
    out.push({ m, lot });
    pos = end + 1;
  }
  return out;
}

// a bracket opening with a lot's label: "（A包320万元，B包240万元）", "（第一包…）", "（包1：…）"
const LOTS_IN_BRACKET = /[（(]\s*(?:第\s*[0-9一二三四五六七八九十]{1,3}\s*(?:包|标段|分标)|[A-Z]\s*(?:包|分标)|(?:包|标段|标包|分标|合同包|采购包)\s*[0-9A-Za-z一二三四五六七八九十]{1,4}|[一二三四五六七八九十]{1,3}\s*标段)/;

/**
 * The project's figure written before its lots' in one value: "伍佰陆拾万元（A包320万元，B包240万元）"
 * is 5600000, the bracket's lots only its parts (a reader of the whole value would meet the lots'
 * digits first and take the first lot's for the project's). Null when no lot label follows a figure.
 */
function figureBeforeLots(text: string, lookup: string, f: Field): Money | null {
  const value = lookup.slice(f.valueStart, f.valueEnd);
  if (!/[包标]/.test(value)) return null; // cheap guard before the lot scan
  // (only lots in a bracket right after the figure are its parts: "60万元；包2：40万元" lists lots)
  const open = LOTS_IN_BRACKET.exec(value);
  if (!open || open.index === 0) return null;
  const lead = readMoney(text, f.valueStart, f.valueStart + open.index, unitFromQualifier(f.qualifier) ?? 'yuan');
  return lead && lead.form === 'total' && lead.yuan != null && lead.yuan >= 100 ? lead : null;
}

/** Each lot's figure in one field value: "包1：30万元；包2：20万元" (the lot labels start the parts). */
function lotsInValue(text: string, lookup: string, f: Field): Array<{ m: Money; lot: string }> {
  // the list ends with its sentence ("包1 36万元，包2 13万元。评审排名第二的供应商：包1 …" goes on
  // to other figures of the same lots)
  const stop = lookup.slice(f.valueStart, f.valueEnd).indexOf('。');
  let valueEnd = stop >= 0 ? f.valueStart + stop : f.valueEnd;
  // "第1包32万元、第2包20万元，合计95万元": the list's own total closes it (the parts add up to it)
  const total = /[，,；;、]\s*(?:合计|总计|共计)/.exec(lookup.slice(f.valueStart, valueEnd));
  if (total) valueEnd = f.valueStart + total.index;
  const value = lookup.slice(f.valueStart, valueEnd);
  const marks = [...value.matchAll(LOT_IN_VALUE)].slice(0, 50);
  // "59.4万元（第一包21.84万元，第二包…）": the project's figure before the first lot's is the budget
  // (a code before them, "XHZC-2019-GK-0012-01 第一标段", is no figure)
  const lead = marks.length ? readMoney(text, f.valueStart, f.valueStart + marks[0].index, unitFromQualifier(f.qualifier) ?? 'yuan') : null;
  if (lead && lead.form === 'total' && lead.yuan != null && lead.yuan >= 100) return [];
  const out: Array<{ m: Money; lot: string }> = [];
  for (let k = 0; k < marks.length; k++) {
    const from = f.valueStart + marks[k].index + marks[k][0].length;
    const to = k + 1 < marks.length ? f.valueStart + marks[k + 1].index : valueEnd;
    const m = readMoney(text, from, to, unitFromQualifier(f.qualifier) ?? 'yuan');
    const lot = marks[k][1] ?? marks[k][2] ?? marks[k][3] ?? marks[k][4] ?? marks[k][5];
    if (!m || m.form !== 'total' || m.yuan == null || m.yuan < 100 || out.some((p) => p.lot === lot)) return [];
    out.push({ m, lot });
  }
  return out;
}

const NO_BUDGET = /不设(?:置)?(?:项目)?(?:采购)?(?:预算|总预算)|无(?:采购)?预算|预算(?:总额|金额)?(?:不设|不作设定)/;

const METHOD_ROWS_HEAD = /预算金额[(（]元[)）]/;
const METHOD_ROW = /([^。]{0,80}?)(?:公开招标|竞争性谈判|竞争性磋商|询价|单一来源|邀请招标)[ \t]?([0-9][0-9,]*(?:\.[0-9]{1,2})?)(?![0-9])/y;

/**
 * "预算金额(元) … 公开招标1471678.39": a table flattened under its "预算金额(元)" header, each row
 * ending in its method and figure; several such rows (one per 标段) add up to the project's budget.
 * A row's lead-in never crosses a sentence's end or the next numbered section.
 */
function methodRowsBudget(text: string, lookup: string): Money | null {
  const head = METHOD_ROWS_HEAD.exec(lookup);
  if (!head) return null;
  const rows: Money[] = [];
  METHOD_ROW.lastIndex = head.index + head[0].length;
  for (let m = METHOD_ROW.exec(lookup); m && rows.length < 50; m = METHOD_ROW.exec(lookup)) {
    if (rows.length && /[。]|[一二三四五六七八九十][、．]/.test(m[1])) break;
    const start = m.index + m[0].length - m[2].length;
    const money = readMoney(text, start, start + m[2].length, 'yuan');
    if (!money || money.form !== 'total' || money.yuan == null) break;
    rows.push(money);
  }
  if (rows.length <= 1) return rows[0] ?? null;
  const last = rows[rows.length - 1];
  const sum = Math.round(rows.reduce((s, r) => s + (r.yuan ?? 0), 0) * 100) / 100;
  return { ...rows[0], yuan: sum, end: last.end, text: text.slice(rows[0].start, last.end) };
}

/** The budget (预算金额) and ceiling (最高限价): labelled fields, then "预算金额(元)…公开招标1471678.39" rows. */
export function findBudget(text: string, lookup: string, fields: Field[]): { budget: Money | null; ceiling: Money | null } {
  let budget: Money | null = null;
  let ceiling: Money | null = null;
  const perLot: Array<{ m: Money; lot: string }> = [];
  let original: Money | null = null;
  const lotCeilings: Array<{ m: Money; lot: string }> = [];
  let statedTotal: Money | null = null;
  for (let i = 0; i < fields.length; i++) {
    const f = fields[i];
    if (f.role !== 'budget' && f.role !== 'ceiling') continue;
    if (f.role === 'budget' && !budget && !perLot.length) {
      // "预算金额：包1：30万元；包2：20万元": one label, each lot's figure after its own label
      const inValue = lotsInValue(text, lookup, lotListValue(lookup, f));
      const listed = inValue.length || f.value.trim() ? inValue : lotLinesBelow(text, lookup, f);
      if (listed.length >= 2) {
        perLot.push(...listed);
        continue;
      }
    }
    // "预算总金额：投资额（¥36,870,000.00元）" (a sheet's column over a works project): the
    // investment the service is priced on, not what is bought
    if (/^\s*(?:项目)?(?:总)?投资/.test(lookup.slice(f.valueStart, f.valueStart + 12))) continue;
    // "采购项目预算：本项目为定点服务，按实际发生的维修量结算，年度维修费用约45万元，不设预算总额": the
    // field says there is no budget; the figure in it is an estimate of use
    if (f.role === 'budget' && NO_BUDGET.test(lookup.slice(f.valueStart, Math.min(f.valueEnd, f.valueStart + 200)))) continue;
    let m = (f.role === 'budget' ? figureBeforeLots(text, lookup, f) : null) ?? fieldMoney(text, f, fields[i + 1]);
    // "项目预算：人民币22.8万元/年" for a term of one year ("租赁期12个月", "服务期限：2024年9月1日至2025年8月31日"):
    // the year's figure is the whole budget (over a longer or unknown term it is only a rate)
    if (f.role === 'budget' && m?.form === 'unit_price' && m.perUnit === '年' && m.unitPrice != null && (oneYearTerm(lookup) || (!termOverAYear(lookup, false) && findQuantities(lookup, fields).serviceMonths === 12))) m = { ...m, form: 'total', yuan: m.unitPrice };
    if (!m || m.form !== 'total' || m.yuan == null || m.yuan < 100) continue;
    // the figure a correction's sentence goes on to change ("原公告…中“预算金额：386.00万元”更正为“预算金额：
    // 352.00万元”", "预算金额：由80万元变更为65万元"): the figure it becomes stands for the field (a new
    // figure masked or unreadable leaves the field unknown: the old one is known to be wrong)
    const changed = CHANGED_AFTER.exec(lookup.slice(m.end, m.end + 40));
    if (changed) {
      const to = changedTo(text, lookup, m.end + changed[0].length);
      if (!to) continue;
      m = to;
    } else if (ORIGINAL_BEFORE.test(lookup.slice(Math.max(0, f.labelStart - 12), f.labelStart)) || /^\s*原(?:为|是)/.test(lookup.slice(f.valueStart, f.valueStart + 8))) {
      // "原预算金额：80万元，现更正为：预算金额：65万元": the corrected figure, not the original
      // (also quoted from the original notice: "原公告“预算金额：52万元”更正为“预算金额：48万元”")
      // (or the field's value says it was: "预算金额：原为“400000.00元”，现更正为“480000.00元”")
      if (f.role === 'budget') original ??= m;
      continue;
    }
    if (f.role === 'budget') {
      const lot = lotLabelBefore(lookup, f.labelStart, 24) ?? lotOpeningLabel(lookup, f.labelStart) ?? lineLot(lookup, f.labelStart);
      // "A包…预算金额：120.4万元；B包…预算金额：63.6万元；本项目预算总金额：184万元": a total the
      // notice states after its lots' budgets is the project's, whatever the lots add up to
      if (!lot && !budget && perLot.length && !statedTotal && /总/.test(f.label)) statedTotal = m;
      if (!budget && !perLot.length && !lot) budget = m; // the project's own budget comes first
      else if (lot && !budget && perLot.length < 50 && !perLot.some((p) => p.lot === lot)) perLot.push({ m, lot });
    }
    if (f.role === 'ceiling') {
      // a lot's ceiling is not the project's: those are summed below when nothing else is stated
      const lot = lotLabelBefore(lookup, f.labelStart, 40) ?? lineLot(lookup, f.labelStart);
      if (!lot && !ceiling) ceiling = m;
      else if (lot && lotCeilings.length < 50 && !lotCeilings.some((p) => p.lot === lot)) lotCeilings.push({ m, lot });
    }
  }
  budget ??= statedTotal;
  if (!budget && perLot.length) {
    // "包1 预算金额：60万元 … 包2 预算金额：40万元": the notice's budget is the sum of its lots';
    // the evidence spans from the first lot's figure to the last's
    const first = perLot[0].m;
    const last = perLot[perLot.length - 1].m;
    const sum = Math.round(perLot.reduce((s, p) => s + (p.m.yuan ?? 0), 0) * 100) / 100;
    budget = perLot.length === 1 ? first : { ...first, yuan: sum, end: last.end, text: text.slice(first.start, last.end) };
  }
  if (!ceiling && lotCeilings.length) {
    const first = lotCeilings[0].m;
    const last = lotCeilings[lotCeilings.length - 1].m;
    const sum = Math.round(lotCeilings.reduce((s, p) => s + (p.m.yuan ?? 0), 0) * 100) / 100;
    ceiling = lotCeilings.length === 1 ? first : { ...first, yuan: sum, end: last.end, text: text.slice(first.start, last.end) };
  }
  // a correction's sentence setting the new figure outranks the original it quotes
  budget ??= correctedSentenceBudget(text, lookup);
  budget ??= original;
  budget ??= bracketedBudget(text, lookup);
  budget ??= methodRowsBudget(text, lookup);
  return { budget, ceiling };
}

// "本项目预算金额（人民币伍拾贰万捌仟元整）、采购需求…不变": a notice that restates the budget in
// brackets after its label, no colon (a 延期 or 澄清 notice); not a column's unit "预算金额（元）"
const BRACKETED_BUDGET = /(?:预算金额|采购预算|项目预算)\s*[（(]\s*(?=(?:人民币)?\s*[¥￥0-9零壹贰叁肆伍陆柒捌玖拾])([^()（）\n]{2,40})[)）]/;

/** A budget stated in brackets after its label (no colon), the project's own (no lot's label before it). */
function bracketedBudget(text: string, lookup: string): Money | null {
  const m = BRACKETED_BUDGET.exec(lookup.slice(0, 20_000));
  if (!m || lotLabelBefore(lookup, m.index, 24) || ORIGINAL_BEFORE.test(lookup.slice(Math.max(0, m.index - 12), m.index))) return null;
  const start = m.index + m[0].length - m[1].length - 1;
  const money = readMoney(text, start, start + m[1].length, 'yuan');
  return money?.form === 'total' && money.yuan != null && money.yuan >= 100 ? money : null;
}

// "预算金额由“人民币50万元”更正为“人民币42万元”": a correction's sentence, no label and colon
// (or an item of its list: "1.预算金额：原为“400000.00元（肆拾万元整）”，现更正为“480000.00元…”")
const CHANGED_BUDGET = /预算(?:金额)?\s*(?:由|[:：]\s*原(?:为|是))\s*[“"]?[^”"\n。；;]{1,30}?[”"]?\s*[，,]?\s*(?:现|现已)?\s*(?:调整|变更|更正|修改)为\s*[“"]?/g;
// "第一包预算金额不变（人民币壹佰捌拾万元整）": a lot's budget the correction restates unchanged
const KEPT_BUDGET = /预算(?:金额)?\s*(?:保持)?不变\s*[（(]\s*(?=(?:人民币)?\s*[¥￥0-9零壹贰叁肆伍陆柒捌玖拾])/g;

/**
 * The budget a correction's sentences set: the figure it becomes; when the sentences name each lot
 * ("第二包预算金额由…更正为…，第一包预算金额不变（…）"), the project's budget is the sum of every
 * lot's figure as it now stands, the changed ones and the ones restated unchanged. A lot named twice
 * or a sentence with no lot beside lot-named ones leaves the first changed figure.
 */
function correctedSentenceBudget(text: string, lookup: string): Money | null {
  if (!/预算/.test(lookup) || !/为|不变/.test(lookup)) return null; // cheap guard before the scans
  const found: Array<{ m: Money; lot: string | null; changed: boolean }> = [];
  for (const [re, changed] of [[CHANGED_BUDGET, true], [KEPT_BUDGET, false]] as const) {
    re.lastIndex = 0;
    for (let ch = re.exec(lookup); ch && found.length < 50; ch = re.exec(lookup)) {
      const at = ch.index + ch[0].length;
      const m = readMoney(text, at, Math.min(text.length, at + 30), 'yuan');
      if (m?.form === 'total' && m.yuan != null && m.yuan >= 100) found.push({ m, lot: lotLabelBefore(lookup, ch.index, 12), changed });
    }
  }
  const firstChanged = found.find((x) => x.changed)?.m ?? null;
  const lots = new Set(found.map((x) => x.lot));
  if (found.length < 2 || lots.has(null) || lots.size !== found.length) return firstChanged;
  found.sort((a, b) => a.m.start - b.m.start);
  const sum = Math.round(found.reduce((s, x) => s + (x.m.yuan ?? 0), 0) * 100) / 100;
  return firstChanged ? { ...found[0].m, yuan: sum, end: found[found.length - 1].m.end, text: text.slice(found[0].m.start, found[found.length - 1].m.end) } : null;
}
