/**
 * What a portal page carries besides the notice: menus, breadcrumbs, side lists of other
 * projects (相关公告, 推荐阅读, 最新公告 with their titles, buyers and amounts), "上一篇/下一篇"
 * links, share buttons and the operator's footer (its address and phone). Other projects'
 * buyers, amounts and service words must not be read as this notice's, so they go before any
 * field is read: containers by their tag or class in HTML, list blocks and footer lines in
 * text (aggregator copies and saved texts carry the same lists without markup). Pure, linear.
 * @module
 */

// class or id words portals give their chrome (ccgp: vF_detail_relcontent); a breadcrumb stays,
// since its last step names the notice's channel (结果公告, 采购意向) and titles skip it anyway
const CHROME_WORD =
  /(?:^|[\s_-])(?:nav|navbar|navigation|menu|submenu|leftmenu|footer|foot|copyright|sidebar|side|aside|related|relate|relcontent|relevant|recommend|hot|hotnews|latest|newest|share|bshare|prevnext|pagenav|pn|prev|next)(?=$|[\s_-])/i;
// a page's top bar or header: chrome only when it holds no heading and no notice title
const HEAD_WORD = /(?:^|[\s_-])(?:header|head|top|topbar|hd)(?=$|[\s_-])/i;
// one cheap test that rules out most tags before their attributes are read
const QUICK = /nav|menu|foot|copyright|side|relat|relcontent|relev|recommend|hot|latest|newest|share|prev|next|pn|head|top|hd/i;
const CHROME_TAGS = new Set(['nav', 'aside', 'footer', 'header']);
const CONTAINERS = new Set(['div', 'ul', 'ol', 'dl', 'section', 'aside', 'nav', 'footer', 'header', 'table', 'p', 'span']);
// the notice itself: a container holding these is never chrome, whatever its class says
const NOTICE_INSIDE = /<h[12][\s>]|项目编号|采购项目名称|项目名称[:：]|采购人信息|(?:中标|成交)(?:\(成交\)|（成交）)?(?:信息|结果)[:：\s<]|一、/;
const HEAD_GUARD = /<h[1-6][\s>]|公告|公示|结果|意向/;
const ATTR = /\b(?:class|id)\s*=\s*["']([^"']{1,200})["']/gi;
/** How far one container is followed to its end, and how much lookahead one page may spend. */
const MAX_CONTAINER = 200_000;
const MAX_LOOKAHEAD = 3_000_000;

/** Lookahead spent on one page (keeps a page of many nested chrome-like containers linear). */
export interface NoiseBudget {
  left: number;
}

/** A fresh lookahead budget for one page. */
export function noiseBudget(): NoiseBudget {
  return { left: MAX_LOOKAHEAD };
}

/**
 * When the opening tag `tag` (named `name`, ending at `after`) starts a chrome container, the
 * index just past its matching close tag; otherwise -1.
 */
export function chromeEnd(html: string, tag: string, name: string, after: number, budget: NoiseBudget): number {
  if (!CONTAINERS.has(name) || budget.left <= 0) return -1;
  // an aggregator's side block with a plain class ("right", "col-left") is known by its heading
  const headed = LIST_BLOCKS.has(name) && listHeadingAt(html, after);
  if (!headed && !CHROME_TAGS.has(name) && !QUICK.test(tag)) return -1;
  let chrome = headed || (CHROME_TAGS.has(name) && name !== 'header');
  let head = name === 'header';
  if (!chrome && tag.length > name.length + 2) {
    ATTR.lastIndex = 0;
    for (const m of tag.matchAll(ATTR)) {
      if (CHROME_WORD.test(m[1])) chrome = true;
      else if (HEAD_WORD.test(m[1])) head = true;
    }
  }
  if (!chrome && !head) return -1;
  const close = matchingClose(html, name, after, budget);
  if (close < 0) return -1;
  const inner = html.slice(after, close);
  if (NOTICE_INSIDE.test(inner) || (!chrome && HEAD_GUARD.test(inner))) return -1;
  const gt = html.indexOf('>', close);
  return gt < 0 ? -1 : gt + 1;
}

// containers that hold an aggregator's side list, and the heading words such a list opens with
// (相似项目, 附近招标, 相关推荐, 猜你喜欢): only the first few characters after the tag are looked at
const LIST_BLOCKS = new Set(['div', 'ul', 'dl', 'section', 'aside']);
const SIDE_HEADING = /^(?:相似|附近|相关|推荐|猜你|热门|最新|同类)(?:项目|招标|公告|推荐|信息|商机|中标|采购|阅读|喜欢|意向)/;

/** Whether the first text after `at` (past white space and at most four tags) is a side list's heading. */
function listHeadingAt(html: string, at: number): boolean {
  let i = at;
  for (let tags = 0; i < html.length && i < at + 400; ) {
    const c = html.charCodeAt(i);
    if (c <= 32) i++;
    else if (c === 60 /* < */) {
      if (++tags > 4) return false;
      const gt = html.indexOf('>', i);
      if (gt < 0 || gt > i + 300) return false;
      i = gt + 1;
    } else break;
  }
  // a heading's first character is a CJK ideograph: most containers are rejected here at once
  const c = html.charCodeAt(i);
  return c >= 0x4e00 && c <= 0x9fff && SIDE_HEADING.test(html.slice(i, i + 6));
}

function matchingClose(html: string, name: string, from: number, budget: NoiseBudget): number {
  const re = new RegExp(`<(/?)${name}(?=[\\s>/])`, 'gi');
  re.lastIndex = from;
  const limit = Math.min(html.length, from + MAX_CONTAINER);
  let depth = 1;
  for (let m = re.exec(html); m && m.index < limit; m = re.exec(html)) {
    if (m[1]) depth--;
    else depth++;
    if (depth === 0) {
      budget.left -= m.index - from;
      return m.index;
    }
  }
  budget.left -= limit - from;
  return -1;
}

// (an intention page lists other buyers' intentions under "相关意向")
// (an aggregator's list of other projects by its own words: "为您推荐", "推荐商机", "附近商机",
// "相关项目推荐")
const LIST_WORDS =
  '(?:为您|为你)推荐(?:项目|公告|商机)?|(?:相关|相似|附近|推荐|热门|最新|同类)商机|相关(?:项目|公告|商机)推荐|相关(?:公告|信息|推荐|阅读|文章|链接|新闻|项目|意向)|相似(?:项目|公告|招标|信息)|附近(?:招标|项目|公告)|推荐(?:阅读|公告|信息|项目)|最新(?:结果|采购|中标|成交)?(?:公告|信息|动态)|热门(?:公告|推荐|信息)|热点(?:推荐|公告)|猜你喜欢|阅读排行|其他公告|同类公告|更多公告|相关公告推荐|往期(?:回顾|推荐|精选|文章|内容)|精彩回顾|历史文章';
// (a portal's list of the same project's other notices: "本项目相关公告：" over "1.X询价公告（…）",
// "2.X成交公告（…）": their titles are not this notice's)
const LIST_HEAD = new RegExp(`^(?:本项目|该项目|本公告)?(?:${LIST_WORDS})\\s*[:：]?$`);
// the marks a page sets before (and around) a section heading: a bar, a block, a bracket
// (a WeChat post sets its own between arrows: "▼ 往期回顾 ▼")
const HEAD_MARKS = /^[▍▌▎▏|｜■□●◆◇▶►▸▼▽#【[\s]+|[】\]▼▲▽\s]+$/g;
// the heading with its first item on its own line: "相关公告：X项目招标公告（2026-01-29）" (another
// notice's title ending in a notice word, with or without its date)
const LIST_HEAD_INLINE = new RegExp(`^(?:${LIST_WORDS})\\s*[:：]\\s*(\\S.{5,150})$`);
// "上一篇：X", "【上一篇】X", "« 下一篇 X"
const PREV_NEXT = /^[«‹<【[]?\s*(?:上一篇|下一篇|上一条|下一条|上一则|下一则|上篇|下篇)(?:文章|公告)?\s*(?:[:：]|[】\]]|\s)/;
// a portal's search bar as its text comes out: the input's placeholder, its button, the advanced
// search link ("请输入关键字 [搜索] 高级检索", "站内搜索："); no notice's line reads so
const SEARCH_BAR = /^(?:请输入|输入)[^\n]{0,12}?(?:关键字|关键词|搜索|检索)|\[\s*(?:搜索|检索|查询)\s*\]|^(?:站内搜索|全文检索|高级检索|高级搜索)\s*[:：]?$|\s(?:高级检索|高级搜索)$/;
const FOOTER_LINE = /ICP备|版权所有|Copyright|©|网站标识码|公网安备|^(?:主办单位|主办|网站主办|承办单位|承办|技术支持)\s*[:：]|^分享(?:到)?\s*[:：]/i;
// a list item's bullet (a number alone is no sign: "1.采购人信息" heads the notice's own block)
const BULLET = /^[-·•■●◆▪►*]/;
// a list item's own date on a line of its own ("2024-05-06", "[2024年5月6日]")
const BARE_DATE = /^[[（(【]?\s*(?:19|20)\d{2}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}日?(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?\s*[\])）】]?$/;
const DATE_IN = /(?:19|20)\d{2}\s*[-/.年]\s*\d{1,2}/;
const NOTICE_WORD = /公告|公示|结果|通知|意向/;
// the notice's own lines that follow a title: a side list stops before them
const OWN_FOLLOW = /^(?:发布时间|发布日期|信息时间|公告时间|【信息时间|项目编号|一、|日期[:：])/;

/**
 * Drop side lists, "上一篇/下一篇" lines and footer lines from a notice's text. A side list is
 * a heading line (相关公告, 推荐阅读, 最新公告 …) and the item lines after it (a bullet, a date, an
 * amount or a notice title each); it ends at the first line that is none of these. Only the
 * lines a trigger word starts or marks are looked at (most of a notice is never split).
 */
export function dropNoiseLines(text: string): string {
  text = dropDatedTitleRuns(text);
  TRIGGER.lastIndex = 0;
  let m = TRIGGER.exec(text);
  if (!m) return text;
  const out: string[] = [];
  let kept = 0;
  for (let guard = 0; m && guard < 10_000; guard++) {
    const start = text.lastIndexOf('\n', m.index) + 1;
    if (start < kept) {
      m = TRIGGER.exec(text);
      continue;
    }
    const nl = text.indexOf('\n', start);
    const end = nl < 0 ? text.length : nl;
    const t = text.slice(start, end).trim();
    let drop = -1;
    // (a heading set off by a bar or a block mark, "▍猜你喜欢", "【相关推荐】", is the same heading)
    const bare = t.replace(HEAD_MARKS, '');
    if (bare.length <= 16 && LIST_HEAD.test(bare)) drop = listEnd(text, end);
    else if (inlineListHead(t)) drop = listEnd(text, end);
    else if (PREV_NEXT.test(t) || (t.length <= 80 && !NOTICE_WORD.test(t) && SEARCH_BAR.test(t)) || (t.length <= 300 && FOOTER_LINE.test(t)) || (t.length <= 300 && LIST_ROW.test(t) && ROW_DATE.test(t) && !CSV_HEADER_ABOVE.test(text.slice(Math.max(0, start - 300), start)))) drop = end;
    if (drop >= 0) {
      out.push(text.slice(kept, start));
      kept = Math.min(text.length, drop + 1);
      TRIGGER.lastIndex = kept;
    } else TRIGGER.lastIndex = end + 1;
    m = TRIGGER.exec(text);
  }
  if (!out.length) return text;
  out.push(text.slice(kept));
  return out.join('').replace(/\n$/, text.endsWith('\n') ? '\n' : '');
}

/** A side list's heading with its first entry after the colon: another notice's title (and its date). */
function inlineListHead(t: string): boolean {
  const m = LIST_HEAD_INLINE.exec(t);
  if (!m) return false;
  const item = m[1].replace(/[（(【[]?\s*(?:19|20)\d{2}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}日?\s*[)）】\]]?\s*$/, '');
  return /(?:公告|公示|通知)$/.test(item.trim());
}

// a row of a list table with no heading: another notice's title in its first cell and a date
// ("X项目中标公告 | … | 2025-11-20"); not a scraper CSV's record under its "标题 | …" header
const CSV_HEADER_ABOVE = /(?:^|\n)\s*标题\s*\|[^\n]*\n$/;
const LIST_ROW = /^(?:\d{1,3}\s*\|\s*)?[^|]{6,80}?(?:公告|公示)\s*\|/;
const ROW_DATE = /\|\s*(?:19|20)\d{2}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}日?\s*(?:\||$)/;
const TRIGGER = /(?:公告|公示)\s*\||相关|相似|附近|推荐|最新|热门|热点|猜你|往期|回顾|历史文章|阅读排行|其他公告|同类公告|更多公告|上一|下一|上篇|下篇|ICP|版权|Copyright|©|标识码|公网安备|主办|承办|技术支持|分享|请输入|搜索|检索/gi;

/** Where a side list that starts after `from` ends: the end of its last item line. */
function listEnd(text: string, from: number): number {
  let end = from;
  let pos = from + 1;
  // a list written with bullets ("· X公告") ends at its first unbulleted line: a portal's
  // "热门信息" list runs straight into the notice's own title, whose source and date line
  // ("来源：X省政府采购网  发布时间：…") would read as one more item
  let bullets = 0;
  let plain = 0;
  for (let n = 0; pos < text.length && n < 200; n++) {
    const nl = text.indexOf('\n', pos);
    const lineEnd = nl < 0 ? text.length : nl;
    const t = text.slice(pos, lineEnd).trim();
    if (t && !isItem(t, nextLine(text, lineEnd))) break;
    if (t && !BARE_DATE.test(t)) {
      if (BULLET.test(t)) bullets++;
      else if (bullets >= 2 && !plain) break;
      else plain++;
    }
    end = lineEnd;
    if (nl < 0) break;
    pos = nl + 1;
  }
  return end;
}

/** The next non-empty line after `at` (within three lines), trimmed. */
function nextLine(text: string, at: number): string {
  let pos = at + 1;
  for (let k = 0; k < 3 && pos < text.length; k++) {
    const nl = text.indexOf('\n', pos);
    const t = text.slice(pos, nl < 0 ? text.length : nl).trim();
    if (t) return t;
    if (nl < 0) break;
    pos = nl + 1;
  }
  return '';
}

// an item's own party line in an aggregator's text list ("中标单位：X" under another project's title)
const ITEM_PARTY = /^(?:中标|成交|中选)(?:单位|供应商|人)\s*[:：]|^采购单位\s*[:：]/;

function isItem(t: string, next: string): boolean {
  if (t.length > 200) return false;
  // a title followed by its own date or number line is the notice, not a list item
  if (OWN_FOLLOW.test(next) && !BULLET.test(t) && !DATE_IN.test(t)) return false;
  return BULLET.test(t) || DATE_IN.test(t) || /金额|\d\s*万|\d元/.test(t) || (NOTICE_WORD.test(t) && t.length <= 120) || (t.length <= 60 && ITEM_PARTY.test(t));
}

// a line that ends in a full date: the end of a list item ("X项目中标公告2025-06-03")
const DATE_AT_END = /(?:19|20)\d{2}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}日?[ \t]*(?=\r?\n|$)/g;
// another notice's title before the date (not a label: "发布日期：2025-06-11" has no title)
const TITLED = /^[^:：|\n]{6,}?(?:公告|公示)/;

/**
 * A side list with no heading: two or more lines in a row (blank lines aside), each another
 * notice's title ending in its date ("涞水县…中标公告2025-06-03" / "易县…成交公告2025-05-28").
 * One such line alone may be the notice's own title and date, and stays.
 */
function dropDatedTitleRuns(text: string): string {
  DATE_AT_END.lastIndex = 0;
  const hits: Array<[number, number]> = [];
  for (let m = DATE_AT_END.exec(text); m && hits.length < 2000; m = DATE_AT_END.exec(text)) {
    const start = text.lastIndexOf('\n', m.index) + 1;
    const line = text.slice(start, m.index).trim();
    if (line.length <= 200 && TITLED.test(line)) hits.push([start, m.index + m[0].length]);
  }
  if (hits.length < 2) return text;
  const drop: Array<[number, number]> = [];
  let run: Array<[number, number]> = [hits[0]];
  const flush = () => {
    if (run.length < 2) return;
    // the run's lines go with the line break after the last of them
    const end = run[run.length - 1][1];
    drop.push([run[0][0], text.startsWith('\n', end) ? end + 1 : text.startsWith('\r\n', end) ? end + 2 : end]);
  };
  for (const h of hits.slice(1)) {
    const prev = run[run.length - 1];
    if (!text.slice(prev[1], h[0]).trim()) run.push(h);
    else {
      flush();
      run = [h];
    }
  }
  flush();
  if (!drop.length) return text;
  let out = '';
  let at = 0;
  for (const [a, b] of drop) {
    out += text.slice(at, a);
    at = b;
  }
  return out + text.slice(at);
}
