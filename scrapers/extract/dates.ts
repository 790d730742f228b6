/**
 * Dates as notices write them (2025年05月27日, 2019-7-12, 2022/01/04), checked to be real
 * calendar dates, and the publication date from labels, header lines or the signature.
 * @module
 */
import type { Field } from './fields.js';

// The closing 日/号 belongs to the date: the evidence span shows "2024年11月26日", not "2024年11月26".
const DATE_RE = /(?<!\d)((?:19|20)\d{2})\s*[年\-/.]\s*(\d{1,2})\s*[月\-/.]\s*(\d{1,2})(?!\d)[日号]?/;

// "二〇二五年十二月三日": signatures of official documents write the date in numerals
const CN_DATE_RE = /([〇零○一二三四五六七八九]{4})\s*年\s*([一二三四五六七八九十]{1,2})\s*月\s*([一二三四五六七八九十]{1,3})\s*日/;
const CN_DIGIT: Record<string, number> = { 〇: 0, 零: 0, '○': 0, 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** 一…九, 十, 十二, 二十, 二十三, 三十一 as a number (NaN otherwise). */
function cnSmall(s: string): number {
  const m = /^([一二三]?)(十?)([一二三四五六七八九]?)$/.exec(s);
  if (!m || !s) return Number.NaN;
  if (!m[2]) return (m[1] + m[3]).length === 1 ? CN_DIGIT[m[1] + m[3]] : Number.NaN;
  return (m[1] ? CN_DIGIT[m[1]] : 1) * 10 + (m[3] ? CN_DIGIT[m[3]] : 0);
}

/** The first real date in `s` as YYYY-MM-DD, with its span, or null. */
export function parseDate(s: string): { iso: string; start: number; end: number } | null {
  // "２０２４－０９－０２": full-width digits and separators, one for one (offsets keep; the lookup
  // text has its digits folded already, not the separators)
  if (/[\uff0d\uff0e\uff0f\uff10-\uff19]/.test(s)) s = s.replace(/[\uff0d\uff0e\uff0f\uff10-\uff19]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
  let y: number;
  let mo: number;
  let d: number;
  let at: number;
  let len: number;
  const m = DATE_RE.exec(s);
  if (m) {
    [y, mo, d, at, len] = [Number(m[1]), Number(m[2]), Number(m[3]), m.index, m[0].length];
  } else {
    const c = CN_DATE_RE.exec(s);
    if (!c) return null;
    y = Number([...c[1]].map((ch) => CN_DIGIT[ch]).join(''));
    [mo, d, at, len] = [cnSmall(c[2]), cnSmall(c[3]), c.index, c[0].length];
    if (y < 1900 || y > 2099) return null;
  }
  const dt = new Date(Date.UTC(y, mo - 1, d));
  if (dt.getUTCFullYear() !== y || dt.getUTCMonth() !== mo - 1 || dt.getUTCDate() !== d) return null;
  const iso = `${y}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
  return { iso, start: at, end: at + len };
}

// "发布日期：25.06.17": a two-digit year, read only right after a date label (the label says it
// is a date; a bare "25.06.17" elsewhere could be a version or a figure)
const SHORT_YEAR_DATE = /^\s*(\d{2})\s*[.\-/]\s*(\d{1,2})\s*[.\-/]\s*(\d{1,2})(?![\d.])/;

function shortYearDate(s: string): { iso: string; start: number; end: number } | null {
  const m = SHORT_YEAR_DATE.exec(s);
  if (!m) return null;
  const d = parseDate(`20${m[1]}-${m[2]}-${m[3]}`);
  return d ? { iso: d.iso, start: m[0].length - m[0].trimStart().length, end: m[0].length } : null;
}

const PERIOD_LABEL = /^公示期/;
/** A full date in brackets closing a title line: "…成交公告（2025-06-01）", "…公告 [2025/6/1]". */
export const TITLE_DATE = /(?:公告|公示|结果|合同)\s*[(（[【]\s*((?:19|20)\d{2}\s*[年\-/.]\s*\d{1,2}\s*[月\-/.]\s*\d{1,2}\s*日?)\s*[)）\]】]\s*$/;
// a menu's entry on a line of its own: a bare word, no figure, no punctuation
// an info line's labels a date may follow: 时间, 日期 or a bare 发布
const INFO_LABEL = /(?:时间|日期|(?<![\u4e00-\u9fff])发布)\s*[:：]\s*/g;
const DEADLINE_BEFORE = /(?:截止|开标|报名|递交|提交|开始|结束|响应|竞价)$/;
const MENU_ENTRY = /^\s*[\u4e00-\u9fff]{2,6}\s*$/;
const CHROME_LINE = /来源|发布者|发布人|浏览|点击|阅读/;
const INFO_BARE_DATE = /(?:[|｜]|\s{2,}|\u3000)\s*((?:19|20)\d{2}[-/.]\d{1,2}[-/.]\d{1,2}|(?:19|20)\d{2}年\d{1,2}月\d{1,2}日)(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?\s*(?:[|｜]|\s{2,}|\u3000|$)/;
// an organisation's name alone before white space, as a byline opens
const BYLINE = /^[\u4e00-\u9fff（）()]{2,30}?(?:局|部|委|办|中心|政府|委员会|办公室|公司|院|站|馆|台|社)\s+/;

// a region written as a path of places: "湖南省-邵阳市-新邵县", "江西 > 赣州"
const REGION_PATH = /[\u4e00-\u9fff]{2,8}(?:省|市|自治区)\s*[-－—>＞/]\s*[\u4e00-\u9fff]{2,}/;
const BARE_DATE_TOKEN = /(?:^|\s|[\]】>）)])((?:19|20)\d{2}-\d{1,2}-\d{1,2}|(?:19|20)\d{2}年\d{1,2}月\d{1,2}日)(?=\s|$)/;
const NOT_PUBLISHED = /[:：]|截止|开标|报名|递交|提交|至|到|期|时间|日期|更新|修改/;

/**
 * The one date of a short unlabelled header line, as a site prints its name and the date (a time
 * beside it is another figure: "文成发布  2025年09月04日 18:30  浙江" is a WeChat article's byline,
 * the date it was republished, not the notice's).
 */
function bareHeaderDate(t: string): { iso: string; start: number; end: number } | null {
  if (t.replace(/\s{2,}/g, ' ').length > 40) return pipedHeaderDate(t);
  const m = BARE_DATE_TOKEN.exec(t);
  if (!m) return null;
  let after = t.slice(m.index + m[0].length);
  // an aggregator's tag line names the notice's region as a path ("【成交】 湖南省-邵阳市-新邵县
  // 2025-07-03 18:20:11"): there the time is the posting's, the date the notice's (a WeChat byline
  // names no such path)
  if (REGION_PATH.test(t.slice(0, m.index))) after = after.replace(/^\s+\d{1,2}:\d{2}(?::\d{2})?(?=\s|$)/, '');
  const rest = t.slice(0, m.index) + after;
  if (/\d/.test(rest) || NOT_PUBLISHED.test(rest) || !/[\u4e00-\u9fff]/.test(rest)) return null;
  const d = parseDate(m[1]);
  const at = m.index + m[0].indexOf(m[1]);
  return d ? { iso: d.iso, start: at, end: at + m[1].length } : null;
}

// an aggregator's line under the title, in cells: "站名 | 省 > 州 > 市 | 2018-07-20"
const PIPED_DATE_CELL = /^((?:19|20)\d{2}-\d{1,2}-\d{1,2}|(?:19|20)\d{2}年\d{1,2}月\d{1,2}日)$/;

/**
 * The date of a site's header line split into " | " cells, one cell the bare date and every
 * other a short name or a breadcrumb of places (no figure, no label, nothing of a deadline): the
 * line is too long for the one-date reading above only because it names the region too.
 */
function pipedHeaderDate(t: string): { iso: string; start: number; end: number } | null {
  if (t.length > 100 || !/[|｜]/.test(t)) return null;
  const cells = t.split(/[|｜]/).map((c) => c.trim());
  if (cells.length < 2 || cells.length > 5) return null;
  const at = cells.findIndex((c) => PIPED_DATE_CELL.test(c));
  if (at < 0) return null;
  if (cells.some((c, i) => i !== at && (!c || c.length > 40 || /\d/.test(c) || NOT_PUBLISHED.test(c) || !/[\u4e00-\u9fff]/.test(c)))) return null;
  const d = parseDate(cells[at]);
  const start = t.indexOf(cells[at]);
  return d ? { iso: d.iso, start, end: start + cells[at].length } : null;
}

// a date closing the text after white space (a page footer after it aside): the signature of a
// copy whose line breaks were lost
const CLOSING_DATE = /[ \t]((?:19|20)\d{2}\s*[年\-/.]\s*\d{1,2}\s*[月\-/.]\s*\d{1,2}[日号]?|[〇零○一二三四五六七八九]{4}\s*年\s*[一二三四五六七八九十]{1,2}\s*月\s*[一二三四五六七八九十]{1,3}\s*日)(?:\s+(?:[-—–]\s*\d{1,3}\s*[-—–]|第\s*\d{1,3}\s*页\s*共\s*\d{1,3}\s*页))?[ \t]*$/;
// what may stand before it: the signer's name, or the last contact's phone (masked or not)
const BEFORE_CLOSING = /[\u4e00-\u9fff）)]$|(?<![\d-])(?:\d{3,4}[-－]?[\dxX*＊]{7,8}|1[\dxX*＊]{10})$/;

/**
 * The signature date of a flattened copy ("… 名称：中共蓝山县委宣传部 联系方式：0746-2221036 2025年3月4日"):
 * the text's last line ends in a date after the signer's name or the last contact's phone. Not
 * a date closing a label, a period or a deadline ("至 2025年12月31日", "截止时间 2025-06-01").
 */
function closingDate(text: string): DateHit | null {
  const end = text.trimEnd().length;
  const start = text.lastIndexOf('\n', end - 1) + 1;
  const line = text.slice(start, end);
  const m = CLOSING_DATE.exec(line);
  if (!m) return null;
  const before = line.slice(0, m.index).trimEnd();
  if (!BEFORE_CLOSING.test(before) || /(?:至|到|止|期|日期|时间|前|后|起|于|为|是|在)$/.test(before)) return null;
  const d = parseDate(m[1]);
  const at = start + m.index + m[0].indexOf(m[1]);
  return d ? { iso: d.iso, start: at, end: at + m[1].length, how: 'signature' } : null;
}

// a flattened copy's header: the title (or the publishing site) then its date, then the source
// or the first field ("X成交结果公告 2025-09-08 来源：…", "X公告 宣城市公共资源交易中心 2024-04-30 采购人：…")
const FLAT_HEADER_DATE = /(?:公告|公示|结果|网|中心|平台)\s+((?:19|20)\d{2}(?:-\d{1,2}-\d{1,2}|年\d{1,2}月\d{1,2}日))(?=\s)/;

/** The date under the title of a flattened copy (its first line 300 characters or more), in its first 200 characters. */
function flatHeaderDate(text: string): DateHit | null {
  const nl = text.indexOf('\n');
  if ((nl < 0 ? text.length : nl) < 300) return null;
  const m = FLAT_HEADER_DATE.exec(text.slice(0, 200));
  const d = m ? parseDate(m[1]) : null;
  if (!m || !d) return null;
  const at = m.index + m[0].indexOf(m[1]);
  return { iso: d.iso, start: at, end: at + m[1].length, how: 'header' };
}

// the date a document was written (成文日期, 生成日期), as a 政府信息公开 page's metadata gives it
const WRITTEN_LABEL = /^(?:成文日期|生成日期)$/;

export interface DateHit {
  iso: string;
  start: number;
  end: number;
  how: 'label' | 'header' | 'signature' | 'award_date' | 'hint';
}

// a WeChat post's note that it republishes someone else's notice ("本文转载自X网，以原网站发布为准")
const REPOST_NOTE = /转载自|本文转自|以原(?:网站|网页|文|公告)(?:发布)?为准/;

// a WeChat byline's tail: the post's date, its time and the poster's region
const ORIGINAL_BYLINE_TAIL = /\s(\d{4}-\d{1,2}-\d{1,2})\s+\d{1,2}:\d{2}(?:\s+[\u4e00-\u9fff]{2,8})?\s*$/;

/**
 * The publication date, in order of trust: a labelled field (发布时间, 信息时间 …), a date line or a
 * page's info line at the top, the signature line (落款), the first day of a 公示期, the award date.
 */
export function findPublished(text: string, fields: Field[]): DateHit | null {
  const labelled = (period: boolean, posted = false): DateHit | null => {
    for (const f of fields) {
      if (f.role !== 'published' || PERIOD_LABEL.test(f.label) !== period || (posted && WRITTEN_LABEL.test(f.label))) continue;
      const d = parseDate(f.value.slice(0, 40)) ?? shortYearDate(f.value.slice(0, 40));
      if (d) return { iso: d.iso, start: f.valueStart + d.start, end: f.valueStart + d.end, how: 'label' };
    }
    return null;
  };
  const direct = labelled(false);
  // a 信息公开 table's 成文日期 is the notice's date when its 落款 bears it too; when the 落款
  // bears the 发布日期 instead, the 成文日期 was another day's (a contract's signing): the
  // 发布日期 dates the notice
  if (direct && WRITTEN_LABEL.test(fieldAt(fields, direct)?.label ?? '')) {
    const posted = labelled(false, true);
    if (posted && posted.iso !== direct.iso && signatureDate(text)?.iso === posted.iso) return posted;
  }
  if (direct) return direct;
  const flat = flatHeaderDate(text);
  if (flat) return flat;
  // a header line near the top that starts with a date ("2025年05月27日 20:20 来源：…")
  let pos = 0;
  // (lines with no Chinese and no year, a repository's code above the notice, and
  // blank lines are not counted among the head's six, up to 30 of them)
  let skipped = 0;
  for (let i = 0; i < 6 && pos < text.length; i++) {
    const nl = text.indexOf('\n', pos);
    const end = nl < 0 ? text.length : nl;
    const line = text.slice(pos, end);
    // (nor a menu's entries, a bare word of two to six characters a line: "  采购公告", "  结果公告")
    if (i > 0 && skipped < 30 && (!/[\u4e00-\u9fff]|(?:19|20)\d{2}/.test(line) || MENU_ENTRY.test(line))) {
      skipped++;
      i--;
      pos = end + 1;
      continue;
    }
    // "[2025-06-01]", "【2025-06-01】": a date line in brackets reads the same
    const t0 = line.trimStart();
    const bracket = /^[[【(（]\s*(?=\d)/.exec(t0)?.[0].length ?? 0;
    const t = t0.slice(bracket);
    const d = parseDate(t.slice(0, 24));
    if (d && d.start === 0 && /^[\d年月日\-/. :：\]】)）]*(?:来源|$|\s)/.test(t.slice(0, d.end + 12))) {
      const lead = line.length - t.length;
      return { iso: d.iso, start: pos + lead, end: pos + lead + d.end, how: 'header' };
    }
    // a title line ending in its date, as lists and aggregators print it ("X成交公告（2025-06-01）")
    if (i === 0 || !text.slice(0, pos).trim()) {
      const tail = TITLE_DATE.exec(t);
      const d3 = tail ? parseDate(tail[1]) : null;
      if (tail && d3) {
        const at = pos + (line.length - t.length) + tail.index + tail[0].indexOf(tail[1]);
        return { iso: d3.iso, start: at, end: at + d3.end, how: 'header' };
      }
    }
    // a WeChat article's byline: "原创 浏阳发布 浏阳发布 2024-03-06 18:20 湖南" (the post's date,
    // its time, the poster's region)
    const wx = i > 0 && /^原创\s/.test(t) ? ORIGINAL_BYLINE_TAIL.exec(t) : null;
    const dw = wx ? parseDate(wx[1]) : null;
    if (wx && dw) {
      // (a post that says it republishes another site's notice, "本文转载自…", is dated as that
      // notice dates itself: by its 落款, when it has one)
      const repost = REPOST_NOTE.test(text.slice(pos, pos + 600)) ? signatureDate(text) : null;
      if (repost) return repost;
      const at = pos + (line.length - t.length) + wx.index + wx[0].indexOf(wx[1]);
      return { iso: dw.iso, start: at, end: at + dw.end, how: 'header' };
    }
    // a byline under the title: "灵川县财政局\u3000 2025-09-12" (who publishes, then the date closing the line)
    // (a PDF's header line spreads the two across the page: its gap counts as one space)
    const by = i > 0 && t.replace(/ {2,}/g, ' ').length <= 40 ? BYLINE.exec(t) : null;
    const d4 = by ? parseDate(t.slice(by[0].length)) : null;
    if (by && d4 && d4.start === 0 && /^\s*[日号]?\s*$/.test(t.slice(by[0].length + d4.end))) {
      const at = pos + (line.length - t.length) + by[0].length;
      return { iso: d4.iso, start: at, end: at + d4.end, how: 'header' };
    }
    // a site's line under the title: "贵州省政府采购网 2024-06-03", "[济南]  2024-08-02  历城区": one
    // date standing alone among words (no label, no other figure, nothing of a deadline or period)
    const d6 = i > 0 ? bareHeaderDate(t) : null;
    if (d6) {
      const at = pos + (line.length - t.length) + d6.start;
      return { iso: d6.iso, start: at, end: at + d6.end - d6.start, how: 'header' };
    }
    // a page's info line: "信息来源：X 时间：2025-06-03 浏览次数：35" (the date after 时间, 日期 or a
    // bare 发布: "发布：2025-06-03 来源：本站")
    // (also an aggregator's cell line that opens with it: "发布：2026-08-17 09:41 | 截止：… | 地区：…")
    if ((CHROME_LINE.test(t) || /^发布\s*[:：]/.test(t)) && t.length <= 120) {
      // (the label that holds the date, not the first: "发布：校办    日期：2019年10月16日" names the
      // publishing office after its bare 发布)
      let m: RegExpExecArray | null = null;
      let d2: ReturnType<typeof parseDate> = null;
      for (const x of t.matchAll(INFO_LABEL)) {
        // (a later label of a deadline or an opening, "报名截止时间：…", dates no publication)
        if (m && DEADLINE_BEFORE.test(t.slice(Math.max(0, x.index - 4), x.index))) continue;
        m ??= x;
        const dx = parseDate(t.slice(x.index + x[0].length, x.index + x[0].length + 24));
        if (dx && dx.start === 0) {
          [m, d2] = [x, dx];
          break;
        }
      }
      if (m && d2 && d2.start === 0) {
        const at = pos + (line.length - t.length) + m.index + m[0].length;
        return { iso: d2.iso, start: at, end: at + d2.end, how: 'header' };
      }
      // "来源：X | 作者：Y | 2025-06-03 10:22": the info line's own date, unlabelled, as a field of
      // its own between separators (a date inside another field's value is not it)
      const bare = m ? null : INFO_BARE_DATE.exec(t);
      const d5 = bare ? parseDate(bare[1]) : null;
      if (bare && d5) {
        const at = pos + (line.length - t.length) + bare.index + bare[0].indexOf(bare[1]);
        return { iso: d5.iso, start: at, end: at + d5.end, how: 'header' };
      }
    }
    pos = end + 1;
  }
  // an aggregator's record table above the copy: a header row naming 发布时间 among its columns
  const row = columnDate(text);
  if (row) return row;
  // the signature: a line at the end that is only a date
  const sig = signatureDate(text);
  if (sig) return sig;
  const closing = closingDate(text);
  if (closing) return closing;
  // a publicity period starts the day the notice goes up, or the next working day: below a
  // date the notice states for itself (its 落款)
  const period = labelled(true);
  if (period) return period;
  for (const f of fields) {
    // an award date may stand in for publication; a contract's signing date may not
    if (f.role !== 'awardDate' || f.label.includes('签')) continue;
    const d = parseDate(f.value.slice(0, 40));
    if (d) return { iso: d.iso, start: f.valueStart + d.start, end: f.valueStart + d.end, how: 'award_date' };
  }
  return signedOrByline(text);
}

/** The field whose value holds `hit`. */
function fieldAt(fields: Field[], hit: DateHit): Field | undefined {
  return fields.find((f) => f.valueStart <= hit.start && hit.end <= f.valueEnd);
}

/** The signature's date (落款): the last line near the end that is only a date. */
function signatureDate(text: string): DateHit | null {
  const tailStart = Math.max(0, text.length - 600);
  const tail = text.slice(tailStart);
  const lines = tail.split('\n');
  let off = tailStart;
  let sig: DateHit | null = null;
  for (const line of lines) {
    const t = line.trim();
    // an attachment after the signature ("附：询价结果一览表") carries a signer's date of its own:
    // the letter's date is the one before it
    if (sig && /^附(?:件|表)?\s*[\d一二三]?\s*[:：]/.test(t)) break;
    if (t.length <= 16) {
      const d = parseDate(t);
      if (d && d.start === 0 && d.end >= t.length - 1) {
        const lead = line.indexOf(t);
        sig = { iso: d.iso, start: off + lead, end: off + lead + (d.end - d.start), how: 'signature' };
      }
    }
    off += line.length + 1;
  }
  return sig;
}

// a header row's publication column ("项目名称\t公告类型\t地区\t发布时间\t中标金额", tab- or bar-separated)
const DATE_COLUMN = /^(?:发布时间|发布日期|公告时间|公告日期|发布)$/;

/**
 * The date in the publication column of a record table near the top (an aggregator's header row,
 * then the notice's row of as many cells): the cell under 发布时间 when it is a date alone; else null.
 */
function columnDate(text: string): DateHit | null {
  const head = text.slice(0, 3000);
  // (cheap guard: a header row needs a separator and the label)
  if (!/[\t|｜]/.test(head) || !/发布|公告(?:时间|日期)/.test(head)) return null;
  const lines = head.split('\n');
  let pos = 0;
  for (let i = 0; i < lines.length - 1; i++) {
    const line = lines[i];
    pos += line.length + 1;
    const sep = line.includes('\t') ? '\t' : /[|｜]/.test(line) ? /\s*[|｜]\s*/ : null;
    if (!sep) continue;
    const cells = line.split(sep).map((c) => c.trim());
    const col = cells.findIndex((c) => DATE_COLUMN.test(c));
    if (col < 0 || cells.length < 3) continue;
    // the record: the next line with words on it, cut the same way into as many cells
    let k = i + 1;
    let off = pos;
    while (k < lines.length && !lines[k].trim()) off += lines[k++].length + 1;
    const rec = lines[k] ?? '';
    const recCells = rec.split(sep);
    if (recCells.length !== cells.length) return null;
    const cell = recCells[col].trim();
    const d = parseDate(cell);
    if (!d || d.start !== 0 || !/^[\d\s年月日\-/.:：]*$/.test(cell)) return null;
    let from = 0;
    for (let j = 0; j < col; j++) from = rec.indexOf(recCells[j], from) + recCells[j].length;
    const lead = rec.indexOf(cell, from);
    return { iso: d.iso, start: off + lead, end: off + lead + d.end, how: 'header' };
  }
  return null;
}

// a line of the signature block that holds only dates and their labels: "签订日期：2025 年 8 月
// 12 日    签订日期：2025 年 8 月 12 日", "二〇二五年九月八日      二〇二五年九月八日" (both parties' columns)
const SIGN_LABEL = /(?:(?:签订|签署|签约|签字)?(?:日期|时间)|日\s*期)\s*[:：]/g;
// a 微信公众号 article's byline: "雷山发布 2025-08-21 17:45 贵州" (its author and the account's name may
// both stand before the date: "X中心学校 X教育 2026年2月24日 17:05 湖南")
const WECHAT_BYLINE = /^(?:\S{1,24}\s+){0,3}((?:19|20)\d{2}(?:-\d{1,2}-\d{1,2}|年\d{1,2}月\d{1,2}日))\s+\d{1,2}:\d{2}(?:\s+\S{2,8})?$/;

/**
 * The last resort, when no notice date stands anywhere: a contract document's signing date (its
 * signature block is the only date it has), else an article's byline date.
 */
function signedOrByline(text: string): DateHit | null {
  const tailStart = Math.max(0, text.length - 800);
  let off = tailStart;
  let sig: DateHit | null = null;
  for (const line of text.slice(tailStart).split('\n')) {
    const rest = line.replace(SIGN_LABEL, ' ');
    const d = rest.length <= 120 ? parseDate(rest) : null;
    if (d) {
      const left = rest.replace(new RegExp(DATE_RE.source, 'g'), '').replace(new RegExp(CN_DATE_RE.source, 'g'), '');
      const at = line.indexOf(rest.slice(d.start, d.end));
      if (!left.replace(/[\s日号]/g, '') && at >= 0) sig = { iso: d.iso, start: off + at, end: off + at + d.end - d.start, how: 'signature' };
    }
    off += line.length + 1;
  }
  if (sig) return sig;
  let pos = 0;
  for (let i = 0; i < 8 && pos < text.length; i++) {
    const nl = text.indexOf('\n', pos);
    const end = nl < 0 ? text.length : nl;
    const t = text.slice(pos, end).trim();
    const m = WECHAT_BYLINE.exec(t);
    const d = m ? parseDate(m[1]) : null;
    if (m && d) {
      const at = pos + text.slice(pos, end).indexOf(m[1]);
      return { iso: d.iso, start: at, end: at + m[1].length, how: 'header' };
    }
    pos = end + 1;
  }
  return null;
}
