/**
 * The notice's title: its first heading, a list's title hint for an API fragment, the first
 * line(s) of a text (joined when a title wraps), the <title>, the hint. Pure.
 * @module
 */

import { bodyTitle, ENTRUSTED_OPENER, lineAt, literalText, offCentre, ownHeadingBelow, TITLE_END } from './body-title.js';
import { TITLE_DATE } from './dates.js';
import { extendedTitle, isKindOnly, ownTitleBelowKind, projectNameUnderPlaceKind, titleFromNameField } from './generic-title.js';
import { metadataTitle, titleUnderBanner, titleUnderHeader } from './site-header-title.js';

// a site's name ("【湖南省政府采购网】") or the notice's type ("【成交公告】") in brackets before the title
// (an aggregator's copy tags the title with the notice's kind alone: "【中标】X中标结果公告",
// "【单一来源】X公示", "【废标】X废标公告"; a portal files it under its level: "【区县】X公告", "【市级】",
// or under its place: "【晋江市】晋江市融媒体中心…结果公告")
// (or in square brackets, as a list copy tags its region or kind: "[屏南县]X单一来源采购公示", "[招标公告] X公告";
// or under a province's short name: "【重庆】X询价公告")
const SITE_PREFIX = /^[【[［](?:[^】\]］]{2,20}(?:网|平台|标讯|信息)|[^】\]］]{0,10}(?:公告|公示|结果)|(?:中标|成交|招标|采购|单一来源|废标|流标|终止|更正|变更|合同|验收|意向|询价|磋商|谈判|比选|竞价|候选人|中标候选人|预告|其他)|(?:区县|县区|县市区|市县|州市|盟市|地市|省级|市级|县级|区级|省本级|市本级|县本级|区本级|本级|市直|县直|区直|省直|乡镇|镇街)|[\u4e00-\u9fff]{1,8}(?:省|市|区|县|州|盟|旗)(?:本级)?|北京|天津|上海|重庆|河北|山西|辽宁|吉林|黑龙江|江苏|浙江|安徽|福建|江西|山东|河南|湖北|湖南|广东|海南|四川|贵州|云南|陕西|甘肃|青海|内蒙古|广西|西藏|宁夏|新疆)[】\]］]\s*/;
// (also a two-step breadcrumb of short channel names: "招标采购 > 结果公示")
// (a breadcrumb's last crumb is a column's short name: "互助县人民政府 互助县卫生健康局 > 通知公告")
const CHROME_LINE = /^[\u4e00-\u9fff]{2,10}\s*[>»＞]{1,2}\s*[\u4e00-\u9fff]{2,10}$|\S\s*[>»＞]{1,2}\s*[\u4e00-\u9fff]{2,8}$|打开小程序|^(?:公告|信息|文章|内容|项目)?详情$|^详细信息$|(?:打开|下载)\s*(?:APP|App|客户端)|(?:\S\s*[>»＞]\s*\S.*){2}|[>»＞]\s*$|登录\s*\||注册\s*\||为您提供|欢迎(?:访问|来到)|打印本页|关闭窗口|【打印】|【关闭】|浏览次数|(?:\S\s+\/\s+\S.*){2}|首页\s*[|｜/]|首页[ ]{2,}\S|星期[一二三四五六日天]|今天是|\s主办$/;
// a portal's own name on a line of its own ("绵阳市政府采购网", "XX公共资源交易平台"): chrome, not a title
// (its system's name may follow in brackets: "新疆政府采购网（政采云）")
const SITE_NAME_LINE = /^[\u4e00-\u9fff]{2,24}(?:网|网站|平台|门户|服务平台|信息网|电子卖场|网上商城)(?:[（(][\u4e00-\u9fffA-Za-z]{2,10}[）)])?$/;
// "X成交公告_星河县人民政府", "X结果公告 - 星河市政府采购网": the site after the notice's title
const DOC_TITLE_SITE = /\s*[_|｜\-－—–]+\s*[^_|｜\-－—–]{2,30}(?:网|网站|政府|平台|门户|中心|办公室)\s*$/;
// a portal's or channel's name in a banner line: not a notice's title
const BANNER_WORD = /网上商城|电子卖场|网上超市|采购网|交易网|交易平台|首页|专区/;
// a government site's own name as a heading: "遂川县人民政府", "XX市财政局门户网站"
const SITE_HEADING = /^[\u4e00-\u9fff]{2,20}(?:人民政府|政府网|门户网站|政务网|政府门户)$/;
// a department's or township's 子站 names itself in its banner heading: "XX县教育和体育局", "XX镇"
const ORG_SITE_HEADING = /^[\u4e00-\u9fff（）()]{2,30}(?:局|委员会|委|办公室|中心|厅|院|馆|镇|乡|街道办事处)$/;
// a line that is a labelled field: "发布时间：2025-06-01", "项目编号：…"
// a site's English name under its Chinese one ("XINGHE COUNTY GOVERNMENT"): a Chinese notice's
// title is never Latin letters alone
const LATIN_LINE = /^[A-Za-z][A-Za-z\s.,'\u2019&-]{5,}$/;
// a side menu's heading on a line of its own ("信息公开目录", "栏目导航"): the site's sections
const NAV_LINE = /^[\u4e00-\u9fff]{0,10}(?:目录|导航|栏目|菜单)$/;
// a site's menu bar read as text: four or more short words parted by "|" ("X | 关于我们 | 信息公开 | 联系我们")
// (an item may open with Latin letters: "CA办理", "APP下载")
// (or under a navigation label: "乡镇动态导航：A镇 | B镇 | C镇 | D镇")
const MENU_BAR = /^(?!标题)(?:[\u4e00-\u9fff]{0,10}(?:导航|栏目|菜单)\s*[:：]\s*)?[^|｜\n:：]{1,30}(?:\s+[|｜]\s+(?:[A-Za-z]{1,4})?[\u4e00-\u9fff]{2,6}){3,}$/;
// a site's menu spaced out with no bars ("网站首页  交易信息  政府采购  信息公开", ideographic spaces too;
// a school's "学校首页 学校概况 党建园地 …")
const SPACED_MENU = /^(?:[^|｜\n]{1,12}\s*[|｜]\s*)?(?:网站|学校|本站|[\u4e00-\u9fff]{2}网)?首页(?:\s+(?:[\u4e00-\u9fff]{2,6}|[A-Za-z]{2,6})){3,}$/;
// a site's 村务/政务/党务公开 column named on a line of its own ("星河镇星河村村务公开"): the
// column the notice is filed in, never the head of its title
const OPEN_AFFAIRS_COLUMN = /^[\u4e00-\u9fff]{0,20}(?:村务|政务|党务|财务|校务|院务|居务|厂务)公开(?:栏|专栏)?$/;
// a site's name run into its menu or its columns, parted by spaces ("X镇人民政府 政务公开 村务公开",
// "X县人民政府  网站首页 走进X 政务公开", wide gaps too): chrome, as a bare menu is (no word of it ends as a notice)
const SITE_NAME_MENU = /^[\u4e00-\u9fff]{2,20}(?:人民政府|政府)(?:门户网站|网站|网)?(?:[ \t\u3000]+(?![\u4e00-\u9fff]{0,6}(?:公告|公示|结果)(?:[ \t\u3000]|$))[\u4e00-\u9fff]{2,6}){2,}$/;
// a breadcrumb line's last step: "当前位置：首页 > 政府采购 > X成交公告"
const CRUMB_TITLE = /^(?:当前位置|您的位置|您现在的位置|所在位置|首页)[^\n]*[>»＞]\s*([^>»＞\n]{8,150})$/m;
const LABEL_LINE = /^[\u4e00-\u9fff]{2,8}\s*[:：]/;
// a page's byline above its title: its date and source, nothing else
const BYLINE = /^(?:发布时间|发布日期|来\s*源)\s*[:：]/;
// a 政府信息公开 page's metadata table ("索 引 号：…", "发文机关：…", "成文日期：…") and a contract's
// number above its heading: fields, not the title
const META_LINE = /^(?:索\s*引\s*号|标\s*题|主\s*题\s*分\s*类|主题词|发文机关|发布机构|发文单位|名\s*称|成文日期|生成日期|发布日期|发文字号|有\s*效\s*性|公开方式|公开范围|合同编号|信息来源|文\s*号)\s*[:：]|^政府信息公开(?:目录)?$/;
// a 微信公众号 article's chrome ("点击上方蓝字关注我们", "分享 在看") and its byline ("雷山发布
// 2025-08-21 17:45 贵州", "发表于云南", a bare "2025-10-20 09:12")
// (its 原创 mark with the author's and the account's names, "原创 X社区 Y镇X社区", over the heading
// or under it: chrome, never part of the title)
const WECHAT_LINE = /^点击(?:上方|蓝字)|关注我们$|^原创(?:[ \t\u3000]+[\u4e00-\u9fffA-Za-z0-9·]{2,30}){1,3}$|^(?:分享|收藏|点赞|在看|阅读原文)(?:\s|$)|^发表于\S{2,8}$|^(?:\S{1,24}\s+)?(?:19|20)\d{2}(?:-\d{1,2}-\d{1,2}|年\d{1,2}月\d{1,2}日)\s+\d{1,2}:\d{2}(?:\s+\S{2,8})?$/;
const TITLE_FIELD = /^(?:公告标题|标题|项目名称)\s*[:：]\s*(\S[^\n]*?)(?=\s+[\u4e00-\u9fff（）()]{2,12}\s*[:：]|$)/;
// a record's title field on a line of its own ("标题：X公告"), above its other fields
const RECORD_TITLE = /^[ \t]*(?:公告标题|标\s*题)[ \t]*[:：][ \t]*(\S[^\n]{6,148}?)[ \t]*$/m;
const LABEL_AFTER_TITLE = /\s*(?:发布时间|发布日期|公告时间|信息时间|公告日期)\s*[:：]|\s+[一1][、.．]\s*(?:项目|采购)/;

// the date a list prints after an entry's title: "（2025-03-04）"
const LIST_DATE = /\s*[(（]\s*(?:19|20)\d{2}[-/.年]\d{1,2}[-/.月]\d{1,2}日?\s*[)）]$/;

const FLAT_TITLE_END = /(?:公告|公示|公布|结果|意向|合同|答复|报告|通知)(?:[(（][^)）]{1,10}[)）])?$/;

/**
 * The title of a flattened copy (the whole notice on one line, its breaks lost): after a leading
 * breadcrumb or site tag, the first one to four words that end as a notice's title does, before
 * any label ("X局 “Y”短视频拍摄制作服务合同 甲方：…" → "X局“Y”短视频拍摄制作服务合同").
 */
function flattenedTitle(text: string): { title: string; start: number; end: number } | null {
  const nl = text.indexOf('\n');
  const line = nl < 0 ? text : text.slice(0, nl);
  if (line.trim().length < 300) return null;
  return flatTitleSpan(line);
}

/** The title's words in the head of a line that lost its breaks (see flattenedTitle), or null. */
export function flatTitleSpan(line: string): { title: string; start: number; end: number } | null {
  const words = [...line.matchAll(/\S+/g)].slice(0, 16);
  let title = '';
  let from = -1;
  for (let k = 0; k < words.length; k++) {
    const w = words[k][0].replace(SITE_PREFIX, '');
    // a breadcrumb ("首页 > 政府采购 > 更正公告") or a portal's name before the title: chrome
    if (/[>»＞]/.test(w)) {
      title = '';
      from = -1;
      if (/[>»＞]$/.test(w)) k++;
      continue;
    }
    if (SITE_NAME_LINE.test(w) || /^(?:当前位置|您的位置|您现在的位置|所在位置|首页)[:：]?$/.test(w)) continue;
    if (/[:：|]/.test(w)) return null;
    if (from < 0) from = words[k].index! + words[k][0].length - w.length;
    title += w;
    if (title.length > 150) return null;
    if (title.length >= 4 && FLAT_TITLE_END.test(title)) return { title, start: from, end: words[k].index! + words[k][0].length };
  }
  return null;
}

/** The title: a heading, the <title>, the hint, or the first line(s) of a text. */
export function findTitle(
  text: string, heading: string | null, docTitle: string | null, hint: string | null | undefined, isHtml: boolean,
): { title: string | null; start: number; end: number } {
  let found = findAnyTitle(text, heading, docTitle, hint, isHtml);
  // a small site's header (its name, or its name over "采购信息公告") read as the title: the
  // notice's own heading under it, or its 政府信息公开 metadata's 标题 field (site-header-title.ts)
  const underHeader = titleUnderHeader(text, found) ?? titleUnderBanner(text, found) ?? metadataTitle(text, found);
  if (underHeader) found = underHeader;
  // an aggregator's restated title with its own note inside ("（四个包）") over the copied notice's heading
  const own = found.title && found.end > 0 ? ownHeadingBelow(text, found.title, found.end) : null;
  if (own) found = own;
  // "[350703]X更正公告": a portal files the title under its region's code (GB/T 2260, six
  // digits in brackets), as others under "【区县】": the code is no part of the title
  const code = found.title ? REGION_CODE_PREFIX.exec(found.title) : null;
  if (!code || found.title!.length - code[0].length < 6) return documentNoticeTitle(text, found) ?? found;
  return { title: found.title!.slice(code[0].length), start: found.start + code[0].length, end: found.end };
}

// a procurement document's cover line under the project's name ("招 标 文 件", "竞争性磋商文件")
const DOCUMENT_COVER = /^[ \t]*(?:招\s*标|竞\s*争\s*性\s*磋\s*商|竞\s*争\s*性\s*谈\s*判|询\s*价|比\s*选)\s*文\s*件[ \t]*$/m;
// the document's first chapter, the call itself ("第一章 招标公告", "第一章 竞争性磋商公告")
const FIRST_CHAPTER_NOTICE = /^[ \t]*第[一1]\s*章[ \t]*((?:公开)?招标公告|竞争性磋商公告|竞争性谈判公告|询价公告|比选公告)[ \t]*$/m;

/**
 * A procurement document's text (a tender PDF: its cover names the project over "招 标 文 件", then
 * "第一章 招标公告"): the notice it carries is the project's call, titled as a reader names it, the
 * project's name and the chapter's notice word. Only a title that does not already end as a notice.
 */
function documentNoticeTitle(text: string, found: { title: string | null; start: number; end: number }): { title: string; start: number; end: number } | null {
  if (!found.title || TITLE_END.test(found.title) || found.end <= 0) return null;
  const cover = DOCUMENT_COVER.exec(text.slice(found.end, found.end + 200));
  if (!cover) return null;
  const chapter = FIRST_CHAPTER_NOTICE.exec(text.slice(found.end, found.end + 3000));
  return chapter ? { ...found, title: found.title + chapter[1] } : null;
}

// a repository's Markdown doc around a notice: a section heading that labels an example ("## 样例 3：
// 比选公告（云南，2017）") and a quote line that leads into it ("> 输入（原文…）：") are the doc's, not
// the notice's title (a heading that is the title itself, "# X公告", has no label before a colon)
const MARKDOWN_CHROME = /^#{1,6}\s*[^：:\n]{1,12}[：:]|^>\s?[^\n]{0,60}[：:]$/;

// a 中标/成交通知书's heading alone on its line: the letter's own title
const LETTER_HEADING = /^(?:中标|成交)(?:结果)?通知书$/;
// a column's name and a bar before a title: "招标公告 | ", "采购信息｜"
// (and "采购意向 | X政府采购意向": an intention's column is named the same way)
const CATEGORY_BAR = /^[\u4e00-\u9fff]{0,4}(?:公告|公示|结果|信息|预告|动态|意向)[ \t]*[|｜][ \t]*/;
// a module's docstring or header comment naming its source file ("""gansu_ccgp.py — X网 结果公告
// fetcher"""): the code's own description, never a notice's title (a title names no .py file)
// a saved page's own address under a label ("本文链接：http…", "原文链接：", "来源：https…", "URL: …"): where
// the page was found, never its title
const LINK_LINE = /^(?:[\u4e00-\u9fffA-Za-z]{1,8}[ \t]*[:：][ \t]*)?https?:\/\/\S+$/i;
const CODE_FILE_LINE = /[\w-]+\.(?:py|js|mjs|cjs|ts|go|java|rb|php|sh|rs|kt)\b/;
// an aggregator's masthead: its site's name, a dash, then channel and place in columns parted by
// wide gaps ("采招网 — 中国采购与招标网   招标公告   山东  临沂"): chrome, as a breadcrumb is
// (a line that ends as a notice does, "X网 — Y项目中标公告", is not taken for one)
const MASTHEAD = /^[\u4e00-\u9fff]{1,12}(?:网|平台)\s*[—–\-－]{1,2}\s*\S[^\n]*?[ ]{2,}\S[^\n]*?[ ]{2,}\S/;
// a sender's name standing alone as a letterhead: an organisation, no notice
const LETTERHEAD = /^[\u4e00-\u9fff（）()]{4,30}(?:中心|局|委员会|办公室|公司|政府|集团|学校|医院|大学|学院)$/;
// a title opening with a place's name ("汪清县第四中学…", "西吉县教育体育局…")
const OWN_PLACE = /^[\u4e00-\u9fff]{1,8}?(?:省|自治区|市|自治州|州|盟|地区|县|自治县|区|旗|自治旗)/;
// a running header: some words, a gap of eight spaces or more, a document number ("汝采公〔2013〕32号")
const PAGE_HEADER_NO = /^\S[^\n]{1,40}?[ ]{8,}[\u4e00-\u9fff]{1,8}[〔［[(（]\d{4}[〕］\])）]\s*(?:第\s*)?\d{1,5}\s*号$/;

// a portal's or programme's name as a line: "甘肃省政府采购", "X政府采购网" cut, an aggregator's "剑鱼标讯"
const PORTAL_NAME = /^[\u4e00-\u9fff]{2,12}(?:政府采购|标讯)$/;
// a full title on its own line: 12 to 150 characters (and it ends as a notice does)
const FULL_TITLE = /^[^\n]{12,150}$/;
// a line that goes on with the name above it ("星河县政府采购" / "中心关于…的中标公告"): one title wrapped
const NAME_GOES_ON = /^(?:中心|网|办公室|管理|服务|平台|关于)/;

// a title led by its year ("2019年星河县…", "2020年度星河县…")
const YEAR_LEAD = /^(?:19|20)\d{2}年度?/;

const REGION_CODE_PREFIX = /^[[［【(（]\d{6}[\]］】)）]\s*/;

function findAnyTitle(
  text: string, heading: string | null, docTitle: string | null, hint: string | null | undefined, isHtml: boolean,
): { title: string | null; start: number; end: number } {
  const found = findTitleByLines(text, heading, docTitle, hint, isHtml);
  // "中标（成交）结果公告 … 公告名称：X项目中标（成交）结果公告": a kind-only heading over a record
  // that names its notice in a field
  if (isKindOnly(found.title)) {
    const named = titleFromNameField(text, found.title);
    if (named) return named;
    // (or the notice's own title right under it, ending with the same kind words)
    const below = ownTitleBelowKind(text, found);
    if (below) return below;
  }
  // "X县政府采购中标（成交）结果公告" over "项目名称：Y": the project's name is the title
  const named = projectNameUnderPlaceKind(text, found);
  if (named) return named;
  if (!isHtml && !heading) {
    const longer = extendedTitle(text, found);
    if (longer) return longer;
    const typed = typedBodyHeading(text, found.title);
    if (typed) return typed;
  }
  // a page saved as text opens with its chrome (a portal's name, a menu, a side list): the line
  // that heads the body (over its byline or first section) is the title, as a reader takes it
  if (!isHtml && !heading) {
    const body = bodyTitle(text);
    // (a title the lines read as wrapped over two lines keeps its head, a menu glued before it not)
    const head = body && found.title?.endsWith(body.title) ? found.title.slice(0, -body.title.length) : null;
    if (body && (head === null || /\s|首页/.test(head))) return body;
    // an aggregator's chrome read as the title (a menu bar "X | 首页 招标 中标…", its own notes), no
    // byline under the copied notice's heading: the heading over the award's opening sentence
    // ("X受Y委托，就…现将中标结果公告如下："); a title already read as a notice's stays
    const entrusted = found.title && !TITLE_END.test(found.title) ? bodyTitle(text, ENTRUSTED_OPENER) : null;
    if (entrusted) return entrusted;
  }
  // a flattened copy read line by line finds no title, or its first 80 characters: its words tell
  if (!found.title || (found.title.length === 80 && text.trimStart().startsWith(found.title))) return flattenedTitle(text) ?? found;
  return found;
}

/**
 * An aggregator's header names the project and its code ("X服务采购（LSZC2016-C027）") and the
 * body, below, heads itself with the project and the notice's type ("X服务采购竞争性磋商公告"):
 * the body's heading is the title. Only a header title that does not end as a notice, and a later
 * line among the first 30 that opens with its words.
 */
function typedBodyHeading(text: string, title: string | null): { title: string; start: number; end: number } | null {
  if (!title || TITLE_END.test(title)) return null;
  const stem = title.replace(/\s*[(（][A-Za-z0-9\-_[\]〔〕]{4,40}[)）]$/, '').trim();
  if (stem === title || stem.length < 8) return null;
  let pos = text.indexOf(title) + title.length;
  for (let n = 0; n < 30 && pos > 0 && pos < Math.min(text.length, 6000); n++) {
    const nl = text.indexOf('\n', pos + 1);
    const end = nl < 0 ? text.length : nl;
    const t = text.slice(pos, end).trim();
    if (t.startsWith(stem) && t.length > stem.length && t.length <= 150 && TITLE_END.test(t) && !/[|:：，。]/.test(t)) {
      const start = text.indexOf(t, pos);
      return { title: t, start, end: start + t.length };
    }
    pos = end;
  }
  return null;
}

// a menu of places, one word each ("榆次区 太谷县 祁县 平遥县 介休市")
const PLACE_MENU = /^(?:[\u4e00-\u9fff]{1,6}(?:区|县|市|旗|州|盟)\s+){2,}[\u4e00-\u9fff]{1,6}(?:区|县|市|旗|州|盟)$/;
// one entry of a menu of places: a division's bare name ("肇州县", "杜尔伯特蒙古族自治县")
const PLACE_ENTRY = /^[\u4e00-\u9fff]{1,10}(?:区|县|市|旗|州|盟)$/;
const CRUMB_LINE = /^[ \t]*(?:当前位置|您的位置|您现在的位置|你现在的位置|所在位置)\s*[:：]?([^\n]{2,200})$/m;

/** Whether `t`, a short line, is a step of the page's breadcrumb ("首页 >> 县区采购 >> 平遥县"). */
function crumbStep(text: string, t: string): boolean {
  if (t.length > 12) return false;
  const crumb = CRUMB_LINE.exec(text.slice(0, 4000));
  return !!crumb && crumb[1].split(/\s*[>»＞]+\s*/).some((step) => step.trim() === t);
}

function findTitleByLines(
  text: string, heading: string | null, docTitle: string | null, hint: string | null | undefined, isHtml: boolean,
): { title: string | null; start: number; end: number } {
  const located = (t: string | null) => {
    if (!t) return null;
    const at = text.indexOf(t);
    return { title: t, start: Math.max(0, at), end: at < 0 ? 0 : at + t.length };
  };
  // "【湖南省政府采购网】X成交公告", "【剑鱼标讯】X": the site's name before the title is not part of it
  if (heading) heading = heading.replace(SITE_PREFIX, '');
  // a site's name set as the page's first heading ("江西省政府采购网", "遂川县人民政府") is chrome
  const siteHeading = heading && !TITLE_END.test(heading) && (SITE_NAME_LINE.test(heading) || SITE_HEADING.test(heading) || (isHtml && ORG_SITE_HEADING.test(heading))) ? heading : null;
  if (heading && heading.length >= 6 && !siteHeading) return located(heading)!;
  // an HTML fragment (a portal API's content) rarely starts with its title: the list's title wins
  if (isHtml && hint) return located(hint.trim())!;
  // gap: a chrome line stood between this line and the one before (lines so parted are not
  // one title wrapped: "吉林省政府采购中心" / "首页 >> 质疑答复" / "X质疑答复公告")
  // blank: an empty line stood between this line and the one before
  const lines: Array<{ t: string; start: number; gap?: boolean; blank?: boolean }> = [];
  let skipped = false;
  let blankBefore = false;
  let pos = 0;
  while (pos < text.length && lines.length < 10) {
    const nl = text.indexOf('\n', pos);
    const end = nl < 0 ? text.length : nl;
    let t = text.slice(pos, end).trim();
    // a PDF page's running header, a document number after a wide gap ("汝城县政府采购中标公告
    // <gap> 汝采公〔2013〕32号"), opens the text above the notice's own heading: chrome
    if (!lines.length && PAGE_HEADER_NO.test(t)) t = '';
    if (!t) blankBefore = lines.length > 0;
    // a heading spaced out as a PDF lays it ("服   务   合   同"): its characters, joined
    if (/^(?:[\u4e00-\u9fff]\s+){2,}[\u4e00-\u9fff]$/.test(t)) t = t.replace(/\s+/g, '');
    // a title in a string literal on a line of code ("const NOTICE = `X公告", "VALUES (1,'X公告','2016-…"):
    // the literal's text, without the code before it and after its closing quote
    t = literalText(t);
    // a Markdown heading's marks ("## X成交公告") are no part of its text
    // (a doc's example heading, "## 样例 3：比选公告（…）", stays chrome)
    if (t.startsWith('#') && !MARKDOWN_CHROME.test(t)) t = t.replace(/^#{1,6}[ \t]+(?=[\u4e00-\u9fff【[“])/, '');
    // a repost's heading led by its column ("招标公告 | X公开招标公告"): the title after the bar
    const column = CATEGORY_BAR.exec(t);
    if (column && TITLE_END.test(t) && t.length - column[0].length >= 10) t = t.slice(column[0].length);
    // banners such as "【样例数据·非真实公告】" or "当前位置：…", breadcrumbs ("剑鱼标讯 > 招标公告 >
    // 浙江"), a site's menu ("登录 | 免费注册") and slogans are not titles
    // (a Chinese notice's title has Chinese in it: a line with none is code, a path or a log's chrome)
    if (t && t !== siteHeading && /[\u4e00-\u9fff]/.test(t) && !/^【[^】]{0,20}】$/.test(t) && !/^(?:当前位置|您的位置|您现在的位置|你现在的位置|所在位置|首页)/.test(t) && !CHROME_LINE.test(t) && !SITE_NAME_LINE.test(t)
      && !META_LINE.test(t) && !WECHAT_LINE.test(t) && !CODE_FILE_LINE.test(t) && !LINK_LINE.test(t) && !(MASTHEAD.test(t) && !TITLE_END.test(t)) && !LATIN_LINE.test(t) && !NAV_LINE.test(t) && !MENU_BAR.test(t) && !SPACED_MENU.test(t) && !MARKDOWN_CHROME.test(t) && !OPEN_AFFAIRS_COLUMN.test(t) && !SITE_NAME_MENU.test(t)) {
      const lead = SITE_PREFIX.exec(t)?.[0].length ?? 0;
      // a flattened one-line notice: the title ends where the first label starts
      const label = LABEL_AFTER_TITLE.exec(t.slice(lead));
      const tt = label && label.index >= 8 ? t.slice(lead, lead + label.index).trim() : t.slice(lead);
      lines.push({ t: tt, start: pos + Math.max(0, text.slice(pos, end).indexOf(t)) + lead, gap: skipped && lines.length > 0, blank: blankBefore });
      skipped = false;
      blankBefore = false;
    } else if (t) skipped = true;
    pos = end + 1;
  }
  // a side menu's heading that the breadcrumb names as a step ("县区采购" over "当前位置：首页 >>
  // 县区采购 >> 平遥县") and a menu of places ("榆次区 太谷县 祁县 平遥县"): the site's sections, before
  // the notice's title
  // (or such a menu one place a line, "林甸县" / "肇州县" / "肇源县": a bare division's name is no title)
  while (lines.length >= 2 && !TITLE_END.test(lines[0].t) && (PLACE_MENU.test(lines[0].t) || PLACE_ENTRY.test(lines[0].t) || crumbStep(text, lines[0].t))) lines.shift();
  // "网上商城首页直购专区…结果公示" over "X单位…询价结果公示": a portal's banner and channel name,
  // then the notice's own title of the same kind
  if (lines.length >= 2 && BANNER_WORD.test(lines[0].t) && TITLE_END.test(lines[0].t) && lines[1].t.length > lines[0].t.length
    && lines[1].t.length <= 150 && !/[|:：]/.test(lines[1].t) && lines[1].t.endsWith(lines[0].t.slice(-4))) lines.shift();
  // a portal's name on a line of its own ("吉林省政府采购中心"), chrome after it, then the notice's
  // title: the name is chrome too
  if (lines.length >= 2 && lines[1].gap && !TITLE_END.test(lines[0].t) && TITLE_END.test(lines[1].t)
    && lines[1].t.length >= 10 && lines[1].t.length <= 150 && !/[|:：]/.test(lines[1].t)) lines.shift();
  // a layout table's side menu ("交易信息" / "工程建设" / "政府采购") before the notice's title:
  // two or more short words, none a notice, then a line that ends as a notice does
  const menu = lines.findIndex((l) => l.t.length > 6);
  if (menu >= 2 && lines.slice(0, menu).every((l) => !TITLE_END.test(l.t)) && TITLE_END.test(lines[menu].t)
    && lines[menu].t.length >= 10 && lines[menu].t.length <= 150 && !/[|:：]/.test(lines[menu].t)) lines.splice(0, menu);
  // a flattened record that opens "项目名称：X中标结果公告 采购单位：…": the first value, when it
  // reads as a notice's title, is the title
  const labelled = lines[0] ? TITLE_FIELD.exec(lines[0].t) : null;
  if (labelled && labelled[1].length >= 8 && TITLE_END.test(labelled[1])) {
    const start = lines[0].start + labelled.index + labelled[0].indexOf(labelled[1]);
    return { title: labelled[1], start, end: start + labelled[1].length };
  }
  // a copy cut mid-sentence ("公开招标方式进行采购。现将中标结果公告如下：") opens with no title
  // (its first sentence ends before any label or gap; a flattened record's later "。" does not count)
  if (lines[0] && /^[^\s:：|]{2,60}?。|如下\s*[:：]$/.test(lines[0].t)) {
    if (docTitle) return located(docTitle)!;
    return hint ? { title: hint, start: 0, end: 0 } : { title: null, start: 0, end: 0 };
  }
  // a page whose text opens with a labelled field ("发布时间：…") has its title in <title>
  if (lines[0] && LABEL_LINE.test(lines[0].t)) {
    const d = docTitle ? docTitle.replace(DOC_TITLE_SITE, '').trim() : '';
    if (d.length >= 8 && TITLE_END.test(d)) return located(d)!;
    // else a government site's breadcrumb that ends in the notice's full title ("当前位置：首页 >
    // 政府采购 > X中标公告"); one cut short ("X代...") is no title
    const crumb = CRUMB_TITLE.exec(text.slice(0, lines[0].start));
    if (crumb && TITLE_END.test(crumb[1].trim())) return located(crumb[1].trim())!;
    // else a scraper's saved record ("标题：X中标公告" / "发布时间：…" / "正文："): its title field,
    // read as a metadata line and passed over, names the notice when its value ends as one does
    const field = RECORD_TITLE.exec(text.slice(0, lines[0].start));
    if (field && TITLE_END.test(field[1]) && !/[|：:]/.test(field[1])) {
      const start = text.indexOf(field[1], field.index);
      return { title: field[1], start, end: start + field[1].length };
    }
    // else a byline ("发布时间：… 来源：…") over the notice's own title line
    const next = lines[1];
    if (BYLINE.test(lines[0].t) && next && !next.gap && next.t.length >= 8 && next.t.length <= 150 && TITLE_END.test(next.t) && !/[|:：]/.test(next.t)) {
      return { title: next.t, start: next.start, end: next.start + next.t.length };
    }
  }
  let first = lines[0];
  // a text that opens with a section heading ("项目概况", "一、…") has its title elsewhere: the hint's
  if (first && /^(?:项目概况|项目基本情况|公告内容|正文|[一1][、.．])/.test(first.t)) {
    if (hint) return located(hint.trim())!;
    // a government site's page with no heading: its <title> is the notice's, after the site's name
    const d = docTitle ? docTitle.replace(DOC_TITLE_SITE, '').trim() : '';
    if (d.length >= 8 && TITLE_END.test(d)) return located(d)!;
  }
  if (first && /^标题\s*\|/.test(first.t) && lines[1]) {
    // a scraper CSV: header row, then the record; the title is the first cell
    const cell = lines[1].t.split('|')[0].trim();
    return { title: cell, start: lines[1].start, end: lines[1].start + cell.length };
  }
  if (first && first.t.length <= 150 && !first.t.includes('|')) {
    // titles split over lines: "湖南轻工高级技工学校" / "新校区…安装" / "公开招标中标公告"
    let title = first.t;
    const TYPE_END = /(?:公告|公示|公布|通知|文件|需求|结果|合同|书)$/;
    const DOC_TYPE_LINE = /^(?:采购需求|用户需求书|需求书|招标文件|磋商文件|竞争性磋商文件|谈判文件|竞争性谈判文件|询价文件|询价通知书|采购文件|比选文件)$/;
    // a cover's series line above the project's name ("甘孜藏族自治州政府采购"): the programme the
    // document belongs to, no part of its title
    const SERIES_LINE = /^[\u4e00-\u9fff]{2,14}政府采购$/;
    // ("X招标公告（2025-03-04）": a list's entry, dated after its full title, wraps into nothing)
    if (!TYPE_END.test(title) && !TYPE_END.test(title.replace(LIST_DATE, ''))) {
      for (let k = 1; k <= 2 && k < lines.length; k++) {
        if (lines[k].gap) break;
        // a sender's letterhead ("汪清县政府采购中心"), a blank line, then a notice's full title
        // that names its own place and buyer ("汪清县第四中学…采购项目中标公告"): the letterhead is
        // no part of the title (a title that names no one, "企业形象宣传片…结果公示", is the letterhead's)
        // (a PDF's layout, its indents kept, shows the same without a blank line: the letterhead set
        // to the right over a heading centred elsewhere, "      星河县财政局" / "  2019年星河县…公告",
        // is two blocks; a heading wrapped over two centred lines shares its centre)
        if (k === 1 && (lines[1].blank || offCentre(lineAt(text, lines[0].start), lineAt(text, lines[1].start))) && LETTERHEAD.test(title) && OWN_PLACE.test(lines[1].t.replace(YEAR_LEAD, '')) && lines[1].t.length >= 12 && lines[1].t.length <= 150 && TITLE_END.test(lines[1].t) && !/[:：|，。]/.test(lines[1].t)) {
          return { title: lines[1].t, start: lines[1].start, end: lines[1].start + lines[1].t.length };
        }
        // a portal's or programme's name alone on the first line ("甘肃省政府采购", an aggregator's
        // "剑鱼标讯") over a full title that names its own place: the name is the page's, not the title's
        if (k === 1 && PORTAL_NAME.test(title) && FULL_TITLE.test(lines[1].t) && TITLE_END.test(lines[1].t) && !NAME_GOES_ON.test(lines[1].t) && OWN_PLACE.test(lines[1].t.replace(YEAR_LEAD, '')) && !/[:：|，。]/.test(lines[1].t)) {
          return { title: lines[1].t, start: lines[1].start, end: lines[1].start + lines[1].t.length };
        }
        const cand = lines.slice(0, k + 1).map((l) => l.t);
        if (cand.every((c) => c.length <= 60 && !/[:：|，。]/.test(c)) && TYPE_END.test(cand[k])) {
          // a document copy's cover: the project's name, then the document's type alone on its
          // line ("采购需求", "招标文件"): the title is the project's name (corpus 029's label)
          title = DOC_TYPE_LINE.test(cand[k]) ? cand.slice(0, k).join('') : cand.join('');
          if (k === 2 && SERIES_LINE.test(cand[0]) && cand[2].endsWith('文件')) {
            title = DOC_TYPE_LINE.test(cand[2]) ? cand[1] : cand.slice(1).join('');
            return { title, start: lines[1].start, end: lines[1].start + title.length };
          }
          // a letter's bare heading ("中标通知书") under its sender's letterhead ("X交易中心"): the
          // heading alone is the title, the letterhead is the sender
          if (LETTER_HEADING.test(cand[k])) return { title: cand[k], start: lines[k].start, end: lines[k].start + cand[k].length };
          break;
        }
      }
    }
    // "X成交公告（2025-06-01）": the date a list printed after the title is not part of it
    // (a daily list names its day: "成交结果日公告（2025年11月20日）" keeps it)
    const dated = TITLE_DATE.exec(title);
    if (dated && !/(?:日|每日|当日)(?:公告|公示|结果)\s*[(（[【]/.test(title.slice(Math.max(0, dated.index - 4), dated.index + dated[0].length))) title = title.slice(0, dated.index + dated[0].length - dated[0].replace(/^(?:公告|公示|结果|合同)/, '').length);
    return { title, start: first.start, end: first.start + title.length };
  }
  if (docTitle) return located(docTitle)!;
  if (hint) return { title: hint, start: 0, end: 0 };
  first = lines[0];
  if (first) {
    const t = first.t.slice(0, 80);
    return { title: t, start: first.start, end: first.start + t.length };
  }
  return { title: null, start: 0, end: 0 };
}
