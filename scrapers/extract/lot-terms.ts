/**
 * Per-lot budgets and ceilings (预算金额 / 最高限价 of 包1, 第二标段, A分标): from labelled fields
 * that follow a lot label ("包1：…，预算金额：50万元，最高限价：50万元") and from lot tables
 * (包号 | 名称 | 预算金额（万元） | 最高限价（万元））. Tenders carry them with no award; awards
 * carry them beside each lot's price, which is how "won just under the ceiling" is seen.
 * @module
 */
import type { Field } from './fields.js';
import { lotLabelBefore } from './lots.js';
import { fieldMoney, readMoney, type Money } from './money.js';
import { columnOf, headerUnit, type Table } from './tables.js';

/** The budget and ceiling of one lot, as labelled in the notice. */
export interface LotTerms {
  lot: string;
  budgetYuan: number | null;
  ceilingYuan: number | null;
  budgetText: string | null;
  ceilingText: string | null;
}

const CN_DIGIT: Record<string, string> = { 一: '1', 二: '2', 三: '3', 四: '4', 五: '5', 六: '6', 七: '7', 八: '8', 九: '9', 十: '10', Ⅰ: '1', Ⅱ: '2', Ⅲ: '3', Ⅳ: '4', Ⅴ: '5' };

/** A comparable key for a lot label: "包1", "第一标段", "1", "A分标" → "1", "1", "1", "A". */
export function lotKey(label: string | null | undefined): string | null {
  if (!label) return null;
  const s = label.replace(/\s/g, '').replace(/^(?:第|包|标段|分标|标包|合同包|采购包|子包)+/, '').replace(/(?:包|标段|分标|标包|号)$/, '');
  const m = /^([0-9]{1,3}|[A-Za-z]|[一二三四五六七八九十]{1,3}|[ⅠⅡⅢⅣⅤ])/.exec(s);
  if (!m) return null;
  const k = m[1];
  if (/^[一二三四五六七八九十]+$/.test(k)) {
    if (k.length === 1) return CN_DIGIT[k];
    if (k.length === 2 && k[0] === '十') return String(10 + Number(CN_DIGIT[k[1]]));
    if (k.length === 2 && k[1] === '十') return String(10 * Number(CN_DIGIT[k[0]]));
    if (k.length === 3 && k[1] === '十') return String(10 * Number(CN_DIGIT[k[0]]) + Number(CN_DIGIT[k[2]]));
    return null;
  }
  return CN_DIGIT[k] ?? k.toUpperCase();
}

const MAX_TERMS = 100;

function put(out: Map<string, LotTerms>, lot: string, kind: 'budget' | 'ceiling', m: Money) {
  const key = lotKey(lot);
  if (!key || m.form !== 'total' || m.yuan == null || m.yuan < 100) return;
  let t = out.get(key);
  if (!t) {
    if (out.size >= MAX_TERMS) return;
    t = { lot, budgetYuan: null, ceilingYuan: null, budgetText: null, ceilingText: null };
    out.set(key, t);
  }
  if (kind === 'budget' && t.budgetYuan == null) {
    t.budgetYuan = m.yuan;
    t.budgetText = m.text;
  } else if (kind === 'ceiling' && t.ceilingYuan == null) {
    t.ceilingYuan = m.yuan;
    t.ceilingText = m.text;
  }
}

/** Every lot's budget and ceiling that the notice states, in the order first seen. */
export function findLotTerms(text: string, lookup: string, fields: Field[], tables: Table[]): LotTerms[] {
  const out = new Map<string, LotTerms>();
  for (let i = 0; i < fields.length; i++) {
    const f = fields[i];
    if (f.role !== 'budget' && f.role !== 'ceiling') continue;
    // the lot label must sit on the same line, shortly before ("包2：宣传片拍摄，预算金额：…")
    // (the look-back is bounded: a page of labels without line breaks stays linear)
    const from = Math.max(0, f.labelStart - 60);
    const lineStart = from + lookup.slice(from, f.labelStart).lastIndexOf('\n') + 1;
    const lot = lotLabelBefore(lookup, f.labelStart, f.labelStart - lineStart);
    if (!lot) continue;
    const m = fieldMoney(text, f, fields[i + 1]);
    if (m) put(out, lot, f.role, m);
  }
  for (const t of tables) {
    const lc = columnOf(t, /包号|包组|标段|分包|合同包|采购包|标项|标包/);
    if (lc < 0) continue;
    const bc = t.header.findIndex((c) => /预算/.test(c.text) && !/单价/.test(c.text));
    const cc = t.header.findIndex((c) => /限价|控制价|拦标价/.test(c.text));
    if (bc < 0 && cc < 0) continue;
    for (const r of t.rows.slice(0, MAX_TERMS)) {
      const label = r[lc]?.text;
      if (!label || label.length > 8) continue;
      for (const [col, kind] of [[bc, 'budget'], [cc, 'ceiling']] as const) {
        const cell = col >= 0 ? r[col] : undefined;
        if (!cell || !/^(?:[¥￥]|人民币)?\s*[0-9０-９]/.test(cell.text)) continue;
        const unit = headerUnit(t.header[col].text) ?? 'yuan';
        const m = readMoney(text, cell.start, cell.end, unit);
        if (m) put(out, label, kind, m);
      }
    }
  }
  return [...out.values()];
}
