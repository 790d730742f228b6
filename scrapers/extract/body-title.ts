/**
 * The title a page's text shows over its body. A web page saved as text keeps its chrome: a
 * portal's name, a menu one item a line ("首页" / "采购公告" / "结果公告"), a breadcrumb, a side
 * list of other notices. A reader skips all that and takes the line that heads the body: the one
 * right above the byline ("发布时间：…", "来源：…"), the first numbered section ("一、项目编号")
 * or the first indented paragraph. This module finds that line; it does no I/O.
 */
import { displayWidth } from './layout-table.js';
import { looksLikeOrg } from './org-name.js';

/** How far into a text the body's title is looked for: chrome rarely runs longer. */
const MAX_LINES = 60;
const MAX_CHARS = 6_000;

/**
 * A title's end: the notice's type ("…成交公告", "…结果公示", "…采购意向(一)"), or a village's or
 * a town's 村务公开 heading of what it bought ("…小额工程及物资采购情况公开").
 */
export const TITLE_END = /(?:公告|公示|公布|结果|意向|合同|(?:采购|支出)(?:情况|明细)公开|小额采购事项公开|采购(?:事项)?(?:及|和|与)(?:支出|付款|结算)(?:情况|明细)?公开)(?:[(（][^)）]{1,10}[)）])?$/;

/**
 * A 村务公开 heading of purchases made: "…采购情况公开", "…采购及支出公开", "…采购明细公示" (the
 * spending or a 情况/明细 joined to 采购 says it is done; a bare "…采购公示" may be a call), or a
 * village's table of them, "…小额采购及工程项目公开表" (a 公开表/公示表 lists what was done, one row a
 * purchase; a call is no table; a 采购计划/意向 表 is an intention, read before this).
 */
export const PURCHASES_MADE = /(?:采购|支出)(?:资金使用)?(?:情况|明细)(?:公开|公示)$|采购(?:事项)?(?:及|和|与)(?:支出|付款|结算)(?:情况|明细)?(?:公开|公示)$|采购(?:(?:及|和|与)[\u4e00-\u9fff]{1,6}?)?(?:项目|事项|情况|明细)?(?:公开|公示)(?:表|清单)$/;

/**
 * A site tag before a title ("【成交】", "【江西省公共资源交易网】", a list's "[屏南县]") or a
 * Markdown heading's marks ("## X成交公告"): not part of it.
 */
const TAG = /^(?:【[^】]{1,20}】|\[[\u4e00-\u9fff]{1,20}\]|#{1,6}[ \t]+(?=[\u4e00-\u9fff【“]))\s*/;

/**
 * What opens a notice's body under its title: a byline field, the date alone, the first
 * numbered section or the project's code.
 */
const BODY_OPENER = new RegExp(
  '^(?:(?:[^:：\\s]{1,12}(?:\\s[^:：\\s]{1,12})?\\s+)?(?:发布时间|发布日期|发布者|发布人|发布单位|来\\s*源|信息来源|公示开始时间|公示时间|公告时间|信息时间|公告日期|'
  + '所属地区|地\\s*区|阅读量|阅读次数|浏览次数|点击次数|作\\s*者|日\\s*期)\\s*[:：]|发\\s*布\\s*[:：]\\s*(?![0-9０-９])'
  // (a bare 发布 naming the publishing office: "发布：校办    日期：2019年10月16日"; an aggregator's
  // "发布：2026-08-17 | 截止：…" is its record's line, not the body's byline)
  // (or the date and time then the source: "2024年03月11日 16:05 来源：X交易中心 【打印】")
  + '|(?:19|20)\\d{2}\\s*[-/.年]\\s*\\d{1,2}\\s*[-/.月]\\s*\\d{1,2}日?(?:\\s+\\d{1,2}:\\d{2}(?::\\d{2})?)?(?:$|\\s+(?:来\\s*源|信息来源|发布者|发布人|发布单位|作\\s*者)\\s*[:：])'
  + '|[一1][、.．]\\s*(?:项目|采购)|项目编号\\s*[:：]'
  // the national template's first section since 2020 ("项目概况" alone on its line)
  + '|项目概况$'
  // a WeChat post's byline: its 原创 mark before the account's name ("原创 X县政府采购中心")
  + '|原创(?:[ \\t\\u3000]+[\\u4e00-\\u9fffA-Za-z0-9]{2,30}|\\s*[:：]))',
);

/**
 * An award's opening sentence ("X招标代理有限公司受Y委托，就“Z项目”…进行公开招标采购，现将中标结果公告如下："):
 * the body under a copied notice's heading, in an aggregator's page that has no byline.
 */
export const ENTRUSTED_OPENER = /^[^\s，,。:：|]{4,40}受[^\s，,。:：|]{2,40}委托[，,]\s*(?:就|对|于|以)[^\n]{2,200}?(?:公告|公示)如下/;

/** A paragraph's indent ("\u3000\u3000为加强…"): prose, the body's first sentence. */
const INDENTED = /^(?:\u3000{2}|[ \u00a0]{2,}|\t)[\u4e00-\u9fff“"]/;

/**
 * A paragraph of prose set flush left (a small site's editor drops the indent): a sentence of 30
 * characters or more, with a comma and a full stop, no label before it ("为迎接…，我校拟…。").
 */
const PROSE = /^(?=[^\n]{30,})[\u4e00-\u9fff“"][^:：\n]{1,30}，[^\n]*。/;

/** Lines that are no title though they end like one: a list's row or bulleted entry, a label, a menu, a link. */
const NOT_TITLE = /[|｜:：\t]|^(?:上一篇|下一篇|上一条|下一条|相关|历史公告)|[>»＞]|^[·•▪◆●■][ \t\u3000\u00a0]*\S/;

/**
 * A numbered clause's line of prose ("二、请贵单位…签订政府采购合同。合同"): a sentence ends inside
 * it, or it is a second or later clause; a title is neither.
 */
const CLAUSE = /。[^\s)）]|^[二三四五六七八九十][、.．]/;

/** A date on a line of its own (a list entry's, or a byline that is only the date). */
const BARE_DATE = /^(?:19|20)\d{2}\s*[-/.年]/;

/** A line that could head a notice: 10 to 150 characters ending as a title does, no label. */
function isTitleLike(t: string): boolean {
  const title = t.replace(TAG, '');
  return title.length >= 10 && title.length <= 150 && TITLE_END.test(title) && !NOT_TITLE.test(title) && !CLAUSE.test(title);
}

/** A title line found over a text's body, with its offsets in the text. */
export interface BodyTitle {
  title: string;
  start: number;
  end: number;
}

/**
 * The first line, among a text's first 60, that ends as a notice's title does (10 to 150
 * characters, no label, no column, no breadcrumb) and is followed by the body's opener; null
 * when no line is (the title is then read as before, from the text's first lines).
 */
// code before a string literal opening on the line: an assignment or a call's arguments, ASCII
// only, then the literal's quote ("SAMPLE = \"\"\"", "const S: &str = r#\"", "VALUES (1,'")
const CODE_LEAD = /^[\x20-\x7e]*?[=(,][ \t]*(?:&(?:'static\s+)?str\s*=\s*)?[rbuRBU]?#*(?:"""|'''|`|"|')(?=[\u4e00-\u9fff【“])/;
const CODE_TAIL = /\s*(?:"""|'''|`|"#*|')\s*(?:[,);].*)?$/;

/** A raw line's indent and centre, in columns. */
function layoutPlace(raw: string): { indent: number; centre: number } {
  const indent = displayWidth(/^\s*/.exec(raw)![0]);
  return { indent, centre: indent + displayWidth(raw.trim()) / 2 };
}

/** The whole line of `text` that holds offset `at`. */
export function lineAt(text: string, at: number): string {
  const nl = text.indexOf('\n', at);
  return text.slice(text.lastIndexOf('\n', at - 1) + 1, nl < 0 ? text.length : nl);
}

/**
 * Whether two raw lines of a PDF's text (its layout kept in indents) are two blocks, not one
 * heading centred over two lines: indented differently and centred apart, as a sender's name set
 * to the right over a heading centred below it ("          星河县财政局" / "  2019年星河县…公告").
 */
export function offCentre(a: string, b: string): boolean {
  const x = layoutPlace(a);
  const y = layoutPlace(b);
  return Math.max(x.indent, y.indent) >= 4 && Math.abs(x.indent - y.indent) >= 4 && Math.abs(x.centre - y.centre) > 8;
}

/**
 * A title in a string literal on a line of code ("const NOTICE = `X公告", "VALUES (1,'X公告','2016-…"):
 * the literal's text, without the code before it and after its closing quote; other lines as they are.
 */
export function literalText(t: string): string {
  const code = CODE_LEAD.exec(t);
  return code ? t.slice(code[0].length).replace(CODE_TAIL, '').trim() : t;
}

export function bodyTitle(text: string, opens: RegExp = BODY_OPENER): BodyTitle | null {
  const head = text.length > MAX_CHARS ? text.slice(0, MAX_CHARS) : text;
  const lines = head.split('\n');
  let pos = 0;
  const n = Math.min(lines.length - 1, MAX_LINES);
  for (let i = 0; i < n; i++) {
    const raw = lines[i];
    const at = pos;
    pos += raw.length + 1;
    const t = literalText(raw.trim());
    if (t.length < 10 || t.length > 170 || !isTitleLike(t)) continue;
    const lead = TAG.exec(t)?.[0].length ?? 0;
    const title = t.slice(lead);
    // the next line with words on it: blank lines between title and body are layout
    let k = i + 1;
    while (k < lines.length && !lines[k].trim()) k++;
    if (k >= lines.length) return null;
    const opener = lines[k].trim();
    if (!opens.test(opener) && (opens !== BODY_OPENER || (!INDENTED.test(lines[k].replace(/\r$/, '')) && !PROSE.test(opener)))) continue;
    // an indented line that is itself a title is the next entry of a side list ("相关链接：" / "  X比选结果公示"
    // / "  Y询价公告"), not a paragraph of prose under a heading
    if (!opens.test(opener) && isTitleLike(opener)) continue;
    // a list of other notices, each title over its date ("X中标公告" / "2025-05-28" / "Y成交公告"),
    // is no body: a bare date followed by another title-like line is the list's
    if (BARE_DATE.test(opener) && k + 1 < lines.length && isTitleLike(lines[k + 1].trim())) continue;
    const start = at + raw.indexOf(t) + lead;
    // a layout PDF centres a long title over two lines ("X县融媒体中心…系列微纪录片及短视频" /
    // "拍摄制作服务项目竞争性磋商公告"), both indented: the line right above is its head
    // (not a sender's name set apart, off the title's centre: see offCentre)
    const above = i > 0 ? lines[i - 1] : '';
    const headPart = above.trim();
    if (!lead && /^ {4,}\S/.test(raw) && /^ {4,}\S/.test(above) && /[\u4e00-\u9fff]/.test(headPart) && headPart.length <= 60
      && !TITLE_END.test(headPart) && !NOT_TITLE.test(headPart) && !/\s{2,}|[，。；]/.test(headPart) && !offCentre(above, raw)) {
      const headStart = at - above.length - 1 + above.indexOf(headPart);
      return { title: headPart + title, start: headStart, end: start + title.length };
    }
    // a heading that opens with 关于 under its issuer's name on the line above ("星河县星河中学" /
    // "关于…的询价公告"): the letterhead is the heading's first part, as its other notices are titled
    if (!lead && title.startsWith('关于') && i > 0 && LETTERHEAD.test(headPart) && looksLikeOrg(headPart)) {
      const headStart = at - above.length - 1 + above.indexOf(headPart);
      return { title: headPart + title, start: headStart, end: start + title.length };
    }
    return { title, start, end: start + title.length };
  }
  return null;
}

// an issuer's name alone on its line: words only, no space, label or date
const LETTERHEAD = /^[\u4e00-\u9fff（）()]{4,40}$/;

// an aggregator's note set inside a restated title: "X项目（四个包）中标公告"
const NOTE_IN_TITLE = /[(（][^()（）\n]{1,12}[)）]/g;

/**
 * The notice's own heading further down, when the title found is an aggregator's restatement of
 * it with a note of its own inside ("X项目（四个包）中标公告" over the copied "X项目中标公告"): the
 * later line that equals the title without one bracketed note, within the text's first 60 lines;
 * null when there is none (a note the notice's own heading keeps stays in the title).
 */
export function ownHeadingBelow(text: string, title: string, after: number): BodyTitle | null {
  if (!/[(（]/.test(title)) return null;
  const plain = new Set<string>();
  for (const m of title.matchAll(NOTE_IN_TITLE)) plain.add(title.slice(0, m.index) + title.slice(m.index! + m[0].length));
  if (!plain.size) return null;
  const head = text.slice(after, after + MAX_CHARS);
  let pos = 0;
  for (const raw of head.split('\n').slice(0, MAX_LINES)) {
    const t = raw.trim();
    if (t.length >= 10 && plain.has(t)) {
      const start = after + pos + raw.indexOf(t);
      return { title: t, start, end: start + t.length };
    }
    pos += raw.length + 1;
  }
  return null;
}
