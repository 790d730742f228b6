/**
 * The projects an intention list (采购意向公开) names: one per row of a table with a project-name
 * column ("序号 | 采购项目名称 | 采购需求概况 | 预算金额（万元）"), or one per "采购项目名称：X" block
 * when the list is written as numbered blocks. A list of several projects has no single budget,
 * and it is a video-operation notice when one of its projects is, whatever the others are
 * (a 视频监控 row beside a 短视频 row). Pure.
 * @module
 */
import type { Field } from './fields.js';
import { parseDigits } from './numbers.js';
import { columnOf, type Table } from './tables.js';
import type { Extraction } from './types.js';
import { classifyTitle } from './video-classifier.js';

/** One project of an intention list: its name and the text of its row or block. */
export interface IntentionProject {
  name: string;
  row: string;
}

const NAME_COLUMN = /^(?:采购)?项目名称$|^采购项目$/;

/** The projects of an intention list (at most 50), in order; [] when none is named (a table needs `minRows` rows). */
export function intentionProjects(lookup: string, fields: Field[], tables: Table[], minRows = 2): IntentionProject[] {
  for (const t of tables) {
    const nc = columnOf(t, NAME_COLUMN);
    if (nc < 0 || t.rows.length < minRows) continue;
    const out: IntentionProject[] = [];
    for (const r of t.rows.slice(0, 50)) {
      const name = r[nc]?.text.trim();
      if (name && name.length >= 4) out.push({ name, row: r.map((c) => c.text).join(' ') });
    }
    if (out.length >= minRows) return out;
  }
  const named = fields.filter((f) => f.role === 'projectName' && /项目名称/.test(f.label) && f.value.length >= 4).slice(0, 50);
  return named.map((f, k) => {
    const end = k + 1 < named.length ? named[k + 1].labelStart : Math.min(lookup.length, f.valueEnd + 400);
    return { name: f.value.slice(0, 120), row: lookup.slice(f.labelStart, Math.min(end, f.labelStart + 600)) };
  });
}

/**
 * An intention list of several projects: no single budget (a field's figure is one project's),
 * and a video-operation notice when one of its projects is, typed by that project's name.
 */
export function readIntentionList(out: Extraction, lookup: string, fields: Field[], tables: Table[]) {
  const projects = intentionProjects(lookup, fields, tables);
  if (projects.length < 2) {
    // a list of one project under the page's generic title ("X2025年5月至7月政府采购意向"): its row's
    // name says what is bought ("短视频征集大赛组织实施服务" is a contest run, not videos made), where
    // the whole text's words would weigh the description's 作品 and 展播 as the service
    const one = intentionProjects(lookup, fields, tables, 1);
    if (out.isVideoOps && one.length === 1) {
      const c = classifyTitle(one[0].name);
      if (c.isVideoOps && c.serviceType) out.serviceType = c.serviceType;
    }
    return;
  }
  // a stated figure that is exactly the rows' sum (an aggregator's header "预算金额：65.6万元" over
  // rows of 38.6 and 27 under "预算金额（万元）") is the whole list's budget, not one project's
  if (out.budgetYuan != null && rowsBudgetSum(tables) === out.budgetYuan) return;
  if (out.budgetYuan != null) {
    out.warnings.push(`${projects.length} projects with their own budgets: no single budget (${out.budgetYuan} yuan is the first one's)`);
    out.budgetYuan = null;
    delete out.evidence.budgetYuan;
  }
  const video = projects.map((p) => classifyTitle(p.name)).find((c) => c.isVideoOps);
  if (!video) return;
  // the whole list read as one text weighs every row's words together (an AIGC 短视频 row and a
  // 直播 row): the first video project names the type, as it does when the text alone did not
  if (out.isVideoOps) {
    if (video.serviceType) out.serviceType = video.serviceType;
    return;
  }
  out.isVideoOps = true;
  out.serviceType = video.serviceType;
  out.videoMatched = { for: video.matched.filter((m) => !m.startsWith('-')), against: [] };
  out.videoScore = Math.max(out.videoScore, 0.5);
}

const BUDGET_COLUMN = /预算/;

/**
 * The sum of an intention table's budget column in yuan, every row's cell a plain figure (the unit
 * from the column's header: "预算金额（万元）"); null when a row's figure is missing or unreadable.
 */
function rowsBudgetSum(tables: Table[]): number | null {
  for (const t of tables) {
    const nc = columnOf(t, NAME_COLUMN);
    const bc = columnOf(t, BUDGET_COLUMN);
    if (nc < 0 || bc < 0 || t.rows.length < 2 || t.rows.length > 50) continue;
    const wan = /万元/.test(t.header[bc].text);
    let sum = 0;
    for (const r of t.rows) {
      const v = parseDigits(r[bc]?.text.replace(/元$/, '').trim() ?? '');
      if (v == null) return null;
      sum += wan ? v * 10_000 : v;
    }
    return Math.round(sum * 100) / 100;
  }
  return null;
}
