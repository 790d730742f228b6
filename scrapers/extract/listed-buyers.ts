/**
 * Buyers of a page that holds several projects: a 批量结果公告 or a county's weekly 汇总 (a table
 * whose rows each name a 采购单位 beside the vendor), a 合并公告 or a batch in prose (one
 * "采购单位：X" per numbered project). Each buyer named is one of the notice's buyers, joined by
 * "；" in order of appearance, as joint buyers are; a page whose projects share one buyer keeps
 * that buyer alone. Pure functions over the text, its fields and tables.
 * @module
 */
import type { Field } from './fields.js';
import { cleanOrgName, looksLikeOrg, type PartyHit } from './parties.js';
import type { Table } from './tables.js';

// a buyer column and a winner column in the same table: a list of awards, one per row
const BUYER_COL = /^(?:采购人|采购单位|采购人名称|采购单位名称|采购主体|需求单位)$/;
const VENDOR_COL = /供应商|成交单位|中标单位|成交人|中标人|成交商家|中选单位/;
// a list longer than this is no page a reader could weigh as one notice; its first buyers stand
const MAX_BUYERS = 12;

/**
 * The distinct buyers of a result list's buyer column, or null when `t` is no such list (no
 * vendor column, fewer than two rows, a cell that is no organisation).
 */
export function resultListBuyers(t: Table): string[] | null {
  const bc = t.header.findIndex((c) => BUYER_COL.test(c.text.replace(/\s/g, '')));
  if (bc < 0 || t.rows.length < 2 || !t.header.some((c, i) => i !== bc && VENDOR_COL.test(c.text))) return null;
  const names: string[] = [];
  for (const r of t.rows) {
    const raw = r[bc]?.text.trim() ?? '';
    // a 合计 row, or a row a rowspan left without the cell, names no buyer of its own
    if (!raw || /^(?:合计|总计|小计)/.test(raw)) continue;
    const n = cleanOrgName(raw);
    if (!n || !looksLikeOrg(n)) return null;
    if (!names.includes(n)) names.push(n);
    if (names.length >= MAX_BUYERS) break;
  }
  return names.length ? names : null;
}

/** The first result list's buyers as one hit, when some table is such a list. */
export function tableListBuyers(tables: Table[]): PartyHit | null {
  for (const t of tables) {
    const names = resultListBuyers(t);
    if (!names) continue;
    const bc = t.header.findIndex((c) => BUYER_COL.test(c.text.replace(/\s/g, '')));
    const cell = t.rows.find((r) => r[bc]?.text.trim())?.[bc];
    if (!cell) continue;
    return { name: names.join('；'), start: cell.start, end: cell.start + names[0].length, how: 'table_list', confidence: 0.8 };
  }
  return null;
}

/**
 * Several projects, each under its own "采购单位：X" (a 合并公告, a batch in prose): when the page
 * names two projects or more and the same buyer label names different organisations, all of
 * them are the buyers. One label repeated with one name (a header and a contact block) changes
 * nothing.
 */
export function projectBuyers(text: string, lookup: string, fields: Field[], hit: PartyHit, f: Field): PartyHit {
  if ((lookup.match(/项目名称\s*[:：]/g) ?? []).length < 2) return hit;
  const names = [hit.name];
  for (const g of fields) {
    if (g === f || g.role !== f.role || g.label !== f.label || g.labelStart < f.labelStart) continue;
    const n = cleanOrgName(text.slice(g.valueStart, g.valueEnd));
    if (!n || !looksLikeOrg(n) || /公司|招标|代理|咨询/.test(n)) continue;
    if (!names.includes(n)) names.push(n);
    if (names.length >= MAX_BUYERS) break;
  }
  return names.length > 1 ? { ...hit, name: names.join('；') } : hit;
}

/**
 * `hit` (findBuyer's) widened to every buyer of a page of several projects: a result list's buyer
 * column that holds the hit's name, or the same buyer label repeated over numbered projects.
 */
export function withListedBuyers(text: string, lookup: string, fields: Field[], tables: Table[], hit: PartyHit | null): PartyHit | null {
  if (!hit) return tableListBuyers(tables);
  const listed = tableListBuyers(tables);
  if (listed && listed.name.split('；').includes(hit.name)) return { ...hit, name: listed.name };
  const f = fields.find((g) => (g.role === 'buyer' || g.role === 'buyerName') && cleanOrgName(text.slice(g.valueStart, g.valueEnd)) === hit.name);
  return f ? projectBuyers(text, lookup, fields, hit, f) : hit;
}
