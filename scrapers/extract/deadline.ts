/**
 * The tender deadline (投标/响应文件递交截止时间) of a call for bids: the labelled field first, then
 * the national template's heading with its date on the next line ("四、提交投标文件截止时间、开标时间
 * 和地点\n2025年04月02日 09点30分"), a label joined to another ("响应文件提交截止时间及谈判时间："),
 * a sentence ("递交资格预审申请文件截止时间为2025年05月09日") and the template's opening paragraph
 * ("并于2025年04月02日 09点30分（北京时间）前递交投标文件"). Pure: no I/O.
 * @module
 */
import { parseDate } from './dates.js';
import type { Field } from './fields.js';

// the line names the submission deadline: 截止 after what is submitted (投标/响应/申请文件, 递交/提交)
const SUBMIT_BEFORE = /(?:递交|提交|投标|响应|申请文件|报价|应答)[^\n]{0,16}$/;
// other deadlines and periods that say 截止 too: obtaining the documents, questions, publicity
const NOT_SUBMIT = /获取|发售|领取|下载|报名|质疑|询问|澄清|答疑|公示|异议|保证金|公告期/;
const TEMPLATE = /并于\s*((?:19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日)[^\n。]{0,30}?前(?:递交|提交|上传)/;

/**
 * The submission deadline as YYYY-MM-DD, or null. `lookup` is the simplified, digit-folded text;
 * `labelledOnly` keeps to the labelled field (a notice that is no call for bids).
 */
export function findDeadline(lookup: string, fields: Field[], labelledOnly = false): string | null {
  // "磋商文件获取截止时间：" ends in a deadline label too: what comes before it decides
  const dl = fields.find((f) => f.role === 'deadline' && /\d{4}/.test(f.value) && !NOT_SUBMIT.test(lookup.slice(Math.max(0, f.labelStart - 12), f.labelStart)));
  const labelled = dl ? parseDate(dl.value) : null;
  if (labelled) return labelled.iso;
  if (labelledOnly) return null;
  // each 截止 in the text (no split of the whole text into lines: most notices hold one or two)
  for (let at = lookup.indexOf('截止'), k = 0; at >= 0 && k < 50; at = lookup.indexOf('截止', at + 2), k++) {
    const from = lookup.lastIndexOf('\n', at) + 1;
    const eol = lookup.indexOf('\n', at);
    const end = eol < 0 ? lookup.length : eol;
    const head = lookup.slice(from, at);
    if (!SUBMIT_BEFORE.test(head) || NOT_SUBMIT.test(lookup.slice(from, at + 8))) continue;
    // the date on the same line, close after the label ("截止时间及谈判时间：2025年08月26日")
    const m = parseDate(lookup.slice(at, Math.min(end, at + 40)));
    if (m) return m.iso;
    // a heading whose date opens the next line: only when nothing but the heading's words follow
    if (/\d/.test(lookup.slice(at, end)) || eol < 0) continue;
    const next = lookup.slice(eol + 1, eol + 40);
    const lead = /^\s*(?:(?:时间|截止时间)\s*[:：]\s*)?/.exec(next)![0].length;
    const n = parseDate(next.slice(lead, lead + 14));
    if (n && n.start === 0) return n.iso;
  }
  const t = TEMPLATE.exec(lookup);
  return (t && parseDate(t[1])?.iso) ?? null;
}
