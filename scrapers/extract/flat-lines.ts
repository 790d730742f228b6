/**
 * An aggregator's copy often loses its line breaks: the whole notice on one line, "一、项目名称：X
 * 二、项目编号：Y 三、…", or "供应商：X 中标金额：Y" with a space where the break was. Every reader
 * after this one is line-wise (a label's value runs to the line's end, a section ends at a
 * blank line, a signature date closes its own line, a side list is dropped line by line), so
 * such a copy is cut back into lines before they run: a long line holding several cut points
 * (before a numbered heading, a "label：", a date or a page footer after white space, a side
 * list's heading, a run-together table's header and numbered rows; its title apart), a first
 * line holding the title and its byline, and a short "label：X label：Y" line of main fields.
 * A results table run onto one line is cut into its header and rows (run-on-table.ts).
 * A tidy notice's prose paragraph (few cut points) and column layouts (runs of spaces) are left
 * as they are. Pure, linear in the text.
 * @module
 */
import { TITLE_END } from './body-title.js';
import { bylineTitleSpan } from './flat-byline-title.js';
import { splitRunOnTable } from './run-on-table.js';
import { flatTitleSpan } from './title.js';

/**
 * A line this long, holding this many cut points, is taken for a notice that lost its breaks (a
 * short award flattened is some 200 characters; a tidy notice's line seldom holds four labels).
 */
const LONG_LINE = 120;
const MIN_CUTS = 4;

const CN_NUM = '一二三四五六七八九十';

// white space, then a label of two to twelve words and its colon: "… 中标金额：…", "… 联系人(甲方)：…"
// (not after a colon: "开标时间： 2025年…" keeps its value)
const SPACED_LABEL = /(?<![:：\s])[ \t\u3000\u00a0]+(?=[\u4e00-\u9fff][\u4e00-\u9fff（）()、/]{1,11}[ \t\u3000]?[:：])/g;
// white space, then a numbered item: "1.采购人信息", "（二）成交信息", "2、…" (not "1.5万元")
const SPACED_ITEM = /(?<![:：\s])[ \t\u3000\u00a0]+(?=(?:[（(][一二三四五六七八九十]{1,3}[)）]|\d{1,2}[、．.](?![\d.．])|[一二三四五六七八九十]{1,3}[、．.])[\u4e00-\u9fff])/g;
// white space, then a whole date the white space stands apart: a signature or header date (not
// one a period, a deadline or a sentence runs on to: "至 2025年…", "截止时间 2025-06-01", "为 2025-…")
const SPACED_DATE = /(?<![:：\s至到起止~～—–\-间为于在前后是])[ \t\u3000\u00a0]+(?=(?:19|20)\d{2}(?:年\d{1,2}月\d{1,2}日|[-/.]\d{1,2}[-/.]\d{1,2})(?:[\s]|$))/g;
// white space, then a page footer standing apart ("- 2 -", "第 2 页 共 3 页"): the page-break reader takes whole lines
const SPACED_FOOTER = /[ \t\u3000\u00a0]+(?=(?:[—–-][ \t]*\d{1,3}[ \t]*[—–-]|第[ \t]*\d{1,3}[ \t]*页(?:[ \t]*[,，/／]?[ \t]*共[ \t]*\d{1,3}[ \t]*页)?)(?:[ \t\u3000\u00a0]|$))/g;

// a side list's heading standing apart by white space (the words of page-noise.ts's LIST_HEAD)
const SIDE_LIST = /[ \t\u3000\u00a0]+(?:相关(?:公告|信息|推荐|阅读|文章|项目)|相似(?:项目|公告|招标|信息)|附近(?:招标|项目|公告)|推荐(?:阅读|公告|信息|项目)|热门(?:公告|推荐|信息)|猜你喜欢|阅读排行|其他公告|同类公告|更多公告|相关公告推荐)[:：]?(?=[ \t\u3000\u00a0])/g;
// white space, then a list's bullet and white space ("… 相关公告 · X公告 2025-09-03 · Y公告 …"): each entry on a line of its own
const SPACED_BULLET = /[ \t\u3000\u00a0]+(?=[·•][ \t\u3000\u00a0])/g;
const SPACED_DATE_AT = /^[ \t\u3000\u00a0]+(?:19|20)\d{2}/;

// a space-aligned table's header run into the line: its first cell 序号 after white space
const ROW_HEAD = /[ \t\u3000\u00a0]序号[ \t\u3000\u00a0]/g;

/** Row numbers 1 to 50, each standing apart before a name of two words or more, compiled once. */
const ROW_NUMBERS = Array.from({ length: 50 }, (_, i) => new RegExp(`[ \\t\\u3000\\u00a0]${i + 1}[ \\t\\u3000\\u00a0]+(?=[\\u4e00-\\u9fff（(]{2})`, 'g'));

/**
 * The cuts of a space-aligned table whose rows ran together ("序号 供应商 … 金额 1 X公司 … 2 Y公司
 * …"): before its header, and before each row's number in order (1, 2, 3 …) where a name of two
 * words or more follows it (a quantity "2 台" is no row).
 */
function tableRowCuts(line: string): number[] {
  ROW_HEAD.lastIndex = 0;
  const head = ROW_HEAD.exec(line);
  if (!head) return [];
  const cuts = [head.index];
  let from = head.index + head[0].length;
  for (const re of ROW_NUMBERS) {
    re.lastIndex = from;
    const m = re.exec(line);
    if (!m) break;
    cuts.push(m.index);
    from = m.index + m[0].length;
  }
  return cuts.length >= 2 ? cuts : [];
}

/** The numbers one to thirty as headings ("一、" … "三十、"), each not the tail of a longer number ("十一、" is not "一、"). */
const HEADINGS = Array.from({ length: 30 }, (_, i) => {
  const n = i + 1;
  const word = n <= 10 ? CN_NUM[n - 1] : n < 20 ? `十${CN_NUM[n - 11]}` : `${CN_NUM[Math.floor(n / 10) - 1]}十${n % 10 ? CN_NUM[(n % 10) - 1] : ''}`;
  return { re: new RegExp(`(?<![${CN_NUM}第])${word}、(?=[\\u4e00-\\u9fff（(])`, 'g'), len: word.length + 1 };
});

/** The position of each numbered heading of `line` in order ("一、", then "二、", …), glued or not. */
function headingCuts(line: string): number[] {
  const cuts: number[] = [];
  // a line without "、" has no heading: most long lines are prose of a tidy notice
  if (!line.includes('、')) return cuts;
  let from = 0;
  for (const h of HEADINGS) {
    h.re.lastIndex = from;
    const m = h.re.exec(line);
    if (!m) break;
    if (m.index > 0) cuts.push(m.index);
    from = m.index + h.len;
  }
  // two in order are a sequence; one alone may be any "一、" in a sentence
  return cuts.length >= 2 ? cuts : [];
}

function spacedCuts(line: string, re: RegExp, into: Set<number>): void {
  re.lastIndex = 0;
  for (let m = re.exec(line); m; m = re.exec(line)) into.add(m.index);
}

/** `line` cut at its cut points (white space at a cut dropped), or as it is when it is no flattened notice. */
function cutLine(line: string, isFirst: boolean): string {
  // every cut needs white space or a heading's "、": a long line of prose has often neither
  if (!/[ \t\u3000\u00a0]/.test(line) && !line.includes('、')) return line;
  const spaced = new Set<number>();
  spacedCuts(line, SPACED_LABEL, spaced);
  spacedCuts(line, SPACED_ITEM, spaced);
  spacedCuts(line, SPACED_DATE, spaced);
  spacedCuts(line, SPACED_FOOTER, spaced);
  spacedCuts(line, SPACED_BULLET, spaced);
  for (const i of tableRowCuts(line)) spaced.add(i);
  const glued = headingCuts(line);
  if (spaced.size + glued.length < MIN_CUTS) return line;
  let at = [...new Set([...spaced, ...glued])].toSorted((a, b) => a - b);
  // a side list's heading run into the notice ("… 猜你喜欢 X公告 采购人：Y …"): the heading gets a
  // line of its own and its items keep their labels on their lines, as the side-list reader
  // (page-noise.ts) expects, so the list is dropped whole and its labels read as no field
  SIDE_LIST.lastIndex = 0;
  const list = SIDE_LIST.exec(line);
  if (list && list.index > 0) {
    const headEnd = list.index + list[0].length;
    at = [...at.filter((i) => i < list.index || (i > headEnd && SPACED_DATE_AT.test(line.slice(i)))), list.index, headEnd].toSorted((a, b) => a - b);
  }
  // a page's chrome run in before its title (a portal's name, a menu, a breadcrumb, a side
  // list): the title is the word before the byline; it gets a line of its own, and what stands
  // before it is cut as chrome (its menu words apart, its list's entries at their dates)
  // (a head that is only a name and a breadcrumb before the title is read as before)
  const headTitle = isFirst ? flatTitleSpan(line.slice(0, at[0])) : null;
  const found = isFirst ? bylineTitleSpan(line) : null;
  const byline = found && found.start > 0 && !(headTitle && headTitle.start === found.start && headTitle.title === found.title) ? found : null;
  if (byline) {
    // (a kind tag between the title and the byline, "X成交公告 成交 发布时间：…", stays on the byline's line)
    at = [...new Set([...at.filter((i) => i < byline.start || i > byline.byline), byline.start, byline.end])].toSorted((a, b) => a - b);
  }
  // the head before the first cut: a breadcrumb or a site's name, the title, a byline; the title
  // gets a line of its own, its words joined, as the line-wise title reader expects
  const title = byline ? null : headTitle;
  const head = line.slice(0, at[0]);
  // no words there end as a title does: a follow prompt, the title, the account's name stand
  // apart by white space (a breadcrumb's steps, parted by ">", stay together); a long head, or one
  // with a label in it, is a title with spaces in it or prose, and stays whole
  const parts: string[] = title
    ? [head.slice(0, title.start), title.title, head.slice(title.end)]
    : isFirst && head.length <= 80 && !/[:：]/.test(head) ? head.split(/(?<![>»＞/|\s])[ \t\u3000\u00a0]+(?![>»＞/|\s])/) : [head];
  at.push(line.length);
  for (let k = 0; k + 1 < at.length; k++) parts.push(line.slice(at[k], at[k + 1]));
  return parts.map((p) => p.trim()).filter(Boolean).join('\n');
}

/**
 * `text` with each line of LONG_LINE characters or more that reads as a flattened notice cut
 * back into lines; other lines as they are.
 */
export function splitFlatLines(text: string): string {
  text = titleApart(text);
  let changed = false;
  let first = true;
  const lines = text.split('\n').map((l) => {
    const isFirst = first && l.trim() !== '';
    if (l.trim()) first = false;
    const run = splitRunOnTable(l);
    if (run !== l) {
      changed = true;
      return run;
    }
    const cut = l.length < LONG_LINE ? cutPair(crumbApart(l)) : cutLine(l, isFirst);
    if (cut === l) return cut;
    changed = true;
    // a results table a flattened page ran onto its section's line comes apart only once the
    // line is cut ("五、中标信息 标段编号 中标供应商 中标金额(元) 001 X公司 193500.00 002 …")
    return cut.split('\n').map(splitRunOnTable).join('\n');
  });
  return changed ? lines.join('\n') : text;
}

// what follows a title on its own line: a date, or a label and its colon
const AFTER_TITLE = /(?:19|20)\d{2}(?:年\d{1,2}月\d{1,2}日|[-/.]\d{1,2}[-/.]\d{1,2})|[\u4e00-\u9fff]{2,8}[:：]/;

/**
 * A copy that lost one line break after its title ("X成交结果公告 [济南]  2024-08-02  历城区"):
 * the first line's title words, then white space and a byline with a date or a label, are cut
 * apart, so the line-wise readers find the title and its date on lines of their own.
 */
function titleApart(text: string): string {
  const start = text.search(/\S/);
  if (start < 0) return text;
  const nl = text.indexOf('\n', start);
  const end = nl < 0 ? text.length : nl;
  if (end - start > LONG_LINE) return text;
  const line = text.slice(start, end);
  const span = flatTitleSpan(line);
  if (!span || !/^[ \t\u3000\u00a0]+\S/.test(line.slice(span.end)) || !AFTER_TITLE.test(line.slice(span.end))) return text;
  // the title's own words stay as written (white space in a title is the title reader's business)
  return `${text.slice(0, start + span.end)}\n${line.slice(span.end).trim()}${text.slice(end)}`;
}

// a breadcrumb ("当前位置：首页 > 采购公告 > 终止公告"), then white space and a word that ends as a
// notice's title does: the title's own line joined to the breadcrumb's
const CRUMB_THEN_TITLE = /^(\s*(?:当前位置|您的位置|您现在的位置|你现在的位置|所在位置)\s*[:：]?[^\n]*[>»＞][^>»＞\n]*?)[ \t\u3000\u00a0]+([^\s>»＞:：|｜]{10,150})\s*$/;

/** A breadcrumb and the title a copy joined to it, cut apart (the title on a line of its own). */
function crumbApart(line: string): string {
  const m = CRUMB_THEN_TITLE.exec(line);
  return m && TITLE_END.test(m[2]) ? `${m[1]}\n${m[2]}` : line;
}

// a line that is "label：value label：value" with one space between: two lines a copy joined
const LABEL_START = /^(?:[一二三四五六七八九十]{1,3}、|\d{1,2}[、.．]|[（(][一二三四五六七八九十\d]{1,3}[)）])?[\u4e00-\u9fff（）()]{2,14}[:：]\S/;
// (only before the labels of a notice's main fields: a "大写：" or "备注：" after one space is
// part of its line)
const PAIR_CUT = new RegExp(
  `(?<=[^\\s:：]) (?=(?:${[
    '采购人', '采购单位', '招标人', '采购代理机构', '代理机构', '供应商', '中标供应商', '成交供应商', '中标人', '成交人', '乙方', '甲方',
    '供应商名称', '中标单位', '成交单位', '中标金额', '成交金额', '合同金额', '中标\\(成交\\)金额', '中标（成交）金额', '预算金额', '项目预算',
    '发布时间', '发布日期', '公告日期', '公告时间', '项目编号', '项目名称', '采购方式',
  ].join('|')})(?:名称)?[:：]\\S)`,
  'g',
);

/**
 * A short line that lost one break: a labelled line, one space, and another labelled line
 * ("采购人：X 供应商：Y"). A line whose fields stand in space-aligned columns (two spaces or
 * more) is a layout of its own, left as it is.
 */
function cutPair(line: string): string {
  if (!LABEL_START.test(line.trimStart()) || /\S[ \t\u3000\u00a0]{2,}\S|\t/.test(line.trim())) return line;
  return line.replace(PAIR_CUT, '\n');
}
