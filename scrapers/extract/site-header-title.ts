/**
 * A small site's page read as text opens with the site's own header: the body's name on a line
 * of its own ("浦江县城市建设投资集团有限公司", "沛县人民政府"), or that name over a generic column
 * heading ("遂川县水务集团有限公司采购信息公告"). The notice's own title stands further down: a
 * line that opens with the same name and ends as a notice does, or the 标题 field of a 政府信息公开
 * metadata table ("标    题：X竞价结果公示"). Pure, no I/O.
 * @module
 */
import { TITLE_END } from './body-title.js';
import { looksLikeOrg } from './org-name.js';

// a site's generic column heading after the body's name: "采购信息公告", "招标采购信息", "信息公示"
// (or nothing: the name alone)
const GENERIC_TAIL = /(?:(?:采购|招标|招采|招投标|阳光采购|交易|采购与招标|招标采购)?信息(?:公告|公示|发布)?|(?:采购|招标|招采|招标采购)(?:公告|公示))$/;

// a 政府信息公开 page's metadata field naming the document ("标    题：X公示", "公告标题：X")
const META_TITLE = /^[ \t]*(?:公告标题|信息标题|标\s*题)[ \t]*[:：][ \t]*(\S[^\n]{6,148}?)[ \t]*$/m;

/** How many lines under the header the notice's own title may stand (menus, crumbs, a byline). */
const MAX_LINES = 14;

export interface TitleSpan {
  title: string;
  start: number;
  end: number;
}

/** The title found so far: none, or one the text may not hold (a page's <title>: start = end = 0). */
export interface FoundTitle {
  title: string | null;
  start: number;
  end: number;
}

/** The body's name a header line stands for: the name alone, or the name before a generic column heading. */
function headerName(title: string): string | null {
  if (title.length > 40 || /[:：|，。\s]/.test(title)) return null;
  if (looksLikeOrg(title) && !TITLE_END.test(title)) return title;
  const tail = GENERIC_TAIL.exec(title);
  const name = tail ? title.slice(0, tail.index) : '';
  return name.length >= 4 && looksLikeOrg(name) ? name : null;
}

/**
 * The first of the next MAX_LINES non-empty lines after `from` (within `window` characters) that
 * `accept`s, as a title span; null once the body has begun (a sentence) or a list of other notices
 * does (a bulleted line): a heading under a header or a banner stands before both.
 */
function lineBelow(text: string, from: number, window: number, accept: (line: string) => boolean): TitleSpan | null {
  let pos = text.indexOf('\n', from);
  for (let n = 0; pos >= 0 && n < MAX_LINES && pos < from + window; ) {
    const nl = text.indexOf('\n', pos + 1);
    const raw = text.slice(pos + 1, nl < 0 ? text.length : nl);
    const line = raw.trim();
    const rawStart = pos + 1;
    pos = nl;
    if (!line) continue;
    n++;
    if (/。/.test(line) || /^[·•▪◆●■]/.test(line)) return null;
    if (accept(line)) {
      const start = rawStart + raw.indexOf(line);
      return { title: line, start, end: start + line.length };
    }
  }
  return null;
}

/**
 * The notice's own title under a site header read as the title (see the module's note): the first
 * line among the next few, before any sentence of the body, that opens with the header's name,
 * says more than the header and ends as a notice; else null.
 */
export function titleUnderHeader(text: string, found: FoundTitle): TitleSpan | null {
  // (only a title read from the text's own lines: the header is where the text holds it)
  const title = found.title;
  const name = title && found.end > found.start ? headerName(title) : null;
  if (!title || !name) return null;
  return lineBelow(text, found.end, 2000, (line) =>
    line.startsWith(name) && line.length > title.length && line.length <= 150 && line !== title && TITLE_END.test(line) && !/[:：|｜]/.test(line));
}

// a site's banner read as the title: a portal's name over its access links ("X人民政府门户网站 | 无障碍浏览"),
// or a body's name with its site's label after a space or a dash ("X融媒体中心 — 公告", "X有限公司 阳光采购平台")
const BANNER_TAIL = /^(?:[—–\-－|｜·]\s*)?[\u4e00-\u9fff]{1,8}$/;
function isBanner(title: string): boolean {
  if (/[|｜]/.test(title)) return /(?:网站|网|平台|门户)\s*[|｜]|无障碍|长者模式|English/.test(title);
  const m = /^(\S{4,40}?)\s+(\S[^]{0,12})$/.exec(title);
  return !!m && looksLikeOrg(m[1]) && BANNER_TAIL.test(m[2].trim())
    && /公告|公示|信息|平台|网站|网|首页|门户/.test(m[2]);
}

/**
 * The notice's own title under a site's banner read as the title (a portal's name with its access
 * links, a body's name with its site's label; or a bare body's name whose notice heading does not
 * open with it, as a village's page under its town's header): the first line among the next few,
 * before any sentence of the body or a list of other notices, that reads as a notice's heading
 * (ends as a notice does, no field colon or menu bar); else null.
 */
export function titleUnderBanner(text: string, found: FoundTitle): TitleSpan | null {
  const title = found.title;
  if (!title || found.end <= found.start) return null;
  if (!isBanner(title) && !headerName(title)) return null;
  // (the banner stands in the page's first lines, not a heading found further down)
  if (text.lastIndexOf('\n', found.start) > 400) return null;
  return lineBelow(text, found.end, 1500, (line) =>
    line.length >= 10 && line.length <= 150 && line !== title && TITLE_END.test(line) && !/[:：|｜>»]|\s{2,}/.test(line) && !isBanner(line));
}

/**
 * The 标题 field of a 政府信息公开 page's metadata table (索引号, 发布机构, 标题, 发布日期 …) in the
 * first 3,000 characters, when the title found does not read as a notice's (the site's name) and
 * the field's value does; else null.
 */
export function metadataTitle(text: string, found: FoundTitle): TitleSpan | null {
  if (found.title && TITLE_END.test(found.title)) return null;
  const head = text.slice(0, 3000);
  if (!/标\s*题/.test(head)) return null;
  const m = META_TITLE.exec(head);
  if (!m || !TITLE_END.test(m[1]) || /[|｜:：]/.test(m[1])) return null;
  const start = m.index + m[0].indexOf(m[1]);
  return { title: m[1], start, end: start + m[1].length };
}
