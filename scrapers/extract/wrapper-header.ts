/**
 * A notice saved in a repository under its crawler's header: a YAML front matter ("---" …
 * "publish_date: 2026-09-22" … "---"), a crawl record's "[title] …" / "[publish] …" lines, a
 * `head` listing's "==> path <==" line over "URL: …" / "CRAWLED: …" lines and a "----8<----"
 * fence, "# fetched: …" comments. The header is no part of the notice: read as text, its first
 * line becomes the title ("---", "==> data/… <==") and its publication field goes unread, while a
 * date quoted in the body (the call's, a crawl's) is taken instead. So the header is written back
 * as the notice's own lines: its title first, then a Chinese-labelled line for each field the
 * extractor knows (the same names as a scraper's English columns), then the notice's text.
 * @module
 */
import { englishColumnLabel } from './csv-columns.js';

// a header field: "key: value" (YAML, an HTTP-like dump) or "[key] value" (a crawl record), ASCII keys
const KEY_VALUE = /^[ \t]*([A-Za-z][A-Za-z0-9_]{0,24})[ \t]*:(?:[ \t]+(.*?))?[ \t]*$/;
const BRACKET_KEY = /^[ \t]*\[([A-Za-z][A-Za-z0-9_]{0,24})\](?:[ \t]+(.*?))?[ \t]*$/;
// a fence: front matter's "---", a cut mark "----8<----", `head`'s "==> path <==", a row of "=" or "-"
const FENCE = /^[ \t]*(?:-{3,}(?:[ \t]*8<[ \t]*-*)?|={3,}|==> .{1,200} <==|-{2,}8<-{2,})[ \t]*$/;
// a comment line of the header ("# fetched: …", "// saved from …")
const COMMENT = /^[ \t]*(?:#|\/\/)/;
// the field that opens the notice's own text: what follows is the notice
const BODY_KEYS = /^(?:content|body|text|html|detail|notice)$/i;
// a title field
const TITLE_KEYS = /^(?:title|notice_?title|name|subject)$/i;
// header keys a crawler writes for its own fetch: never the notice's date
const FETCH_KEYS = /^(?:fetched|crawled|crawl_?(?:time|date|id)|scraped|saved|downloaded|status|url|source|site|spider|id)$/i;

const MAX_HEADER_LINES = 30;
// the label a saved page's own name is kept under (no field reads it as a party or a date)
export const SAVED_PAGE_LABEL = '页面：';

/** Header keys the notice's fields come from (publish → 发布日期, district → 地区), beyond the CSV columns'. */
function labelOf(key: string, value: string): string | null {
  if (FETCH_KEYS.test(key)) return null;
  if (/^(?:publish(?:ed)?|publish_?(?:at|on)|issued?|issue_?(?:time|date))$/i.test(key)) return '发布日期';
  if (/^(?:district|area|city|province)$/i.test(key)) return '地区';
  return englishColumnLabel(key, value);
}

/**
 * `text` with a crawler's header block at its top rewritten as the notice's own labelled lines,
 * or `text` unchanged when it opens with no such block. A block counts when it holds at least
 * two ASCII-keyed fields or a fence with at least one field or a `head` "==> path <==" line
 * (a notice's first line is Chinese; a lone "Note: …" line is no header).
 */
export function wrapperHeaderText(text: string): string {
  // cheap test first: a notice opens with Chinese, a header with ASCII or a fence
  const first = /^\s*(\S)/.exec(text.slice(0, 400));
  if (!first || /[\u4e00-\u9fff【（(]/.test(first[1])) return text;
  if (first[1] === '{') return dictHeaderText(text);
  let pos = 0;
  let fields = 0;
  let fences = 0;
  let headLine = false;
  let title: string | null = null;
  let bodyOpened = false;
  let savedAs = '';
  const labelled: string[] = [];
  let end = 0;
  for (let n = 0; n < MAX_HEADER_LINES && pos < text.length; n++) {
    const nl = text.indexOf('\n', pos);
    const lineEnd = nl < 0 ? text.length : nl;
    const line = text.slice(pos, lineEnd).replace(/\r$/, '');
    const next = nl < 0 ? text.length : nl + 1;
    const kv = BRACKET_KEY.exec(line) ?? (COMMENT.test(line) ? null : KEY_VALUE.exec(line));
    if (!line.trim() || COMMENT.test(line)) {
      // blank or a comment: part of the header, read no further into it
    } else if (FENCE.test(line)) {
      fences++;
      if (/==>/.test(line)) {
        headLine = true;
        // a page saved under its site's own words ("==> 鱼台县王鲁镇 村务公开 保存 <==", not a file
        // path) says where the page was filed: kept as a line of its own, it can place a village
        // whose notice names only its township
        const name = /==>\s*(.*?)\s*<==/.exec(line)![1];
        if (/[\u4e00-\u9fff]{2}/.test(name)) savedAs = `${SAVED_PAGE_LABEL}${name}`;
      }
      // a closing fence after fields: the notice follows
      if (fields && (fences >= 2 || !/^[ \t]*---[ \t]*$/.test(line))) {
        end = next;
        break;
      }
    } else if (kv) {
      const [, key, value = ''] = kv;
      fields++;
      end = next;
      if (BODY_KEYS.test(key) && !value.trim()) {
        bodyOpened = true;
        break;
      }
      const v = value.trim().replace(/^(["'])(.*)\1$/, '$2');
      if (v && TITLE_KEYS.test(key) && !title) title = v;
      else if (v) {
        const label = labelOf(key, v);
        if (label) labelled.push(`${label}：${v}`);
      }
    } else break;
    end = next;
    pos = next;
  }
  if (!(fields >= 2 || (fields >= 1 && fences >= 1) || headLine)) return text;
  let body = text.slice(end);
  // a crawl record's closing tag ("[/content]") and what follows it is the record's, not the notice's
  if (bodyOpened) body = body.replace(/\n[ \t]*\[\/[A-Za-z]{2,24}\][\s\S]*$/, '\n');
  // (the saved page's name goes after the notice, where no title or 落款 is looked for in it)
  if (savedAs) body = `${body.replace(/\s*$/, '')}\n\n${savedAs}\n`;
  const lines = [...(title ? [title] : []), ...labelled];
  return lines.length ? `${lines.join('\n')}\n\n${body}` : body;
}

// one flat field of a record printed as a Python dict or JSON object: 'key': 'value'
const DICT_FIELD = /['"]([A-Za-z][A-Za-z0-9_]{0,24})['"]\s*:\s*(?:'([^'\n]{0,300})'|"([^"\n]{0,300})")/g;
// the line a scraper prints between the record and the page's text ("---- content ----")
const CONTENT_FENCE = /^[ \t]*[-=]{2,}[ \t]*[A-Za-z]{0,12}[ \t]*[-=]{2,}[ \t]*$/;

/**
 * A scraper's item printed as a dict on the first line ("{'url': …, 'pub_date': '2022-08-03',
 * 'title': …}"), then a fence and the page's text: the item's fields as the notice's lines (as
 * for a header block), the fence dropped; any other text opening with "{" is left unchanged.
 */
function dictHeaderText(text: string): string {
  const start = text.indexOf('{');
  const nl = text.indexOf('\n', start);
  const line = text.slice(start, nl < 0 ? Math.min(text.length, start + 4000) : nl).trimEnd();
  if (!line.endsWith('}') || line.length > 4000) return text;
  let title: string | null = null;
  const labelled: string[] = [];
  let fields = 0;
  for (const m of line.matchAll(DICT_FIELD)) {
    fields++;
    const [, key] = m;
    const v = (m[2] ?? m[3] ?? '').trim();
    if (!v) continue;
    if (TITLE_KEYS.test(key)) title ??= v;
    else {
      const label = labelOf(key, v);
      if (label) labelled.push(`${label}：${v}`);
    }
  }
  if (fields < 2 || (!title && !labelled.length)) return text;
  let body = nl < 0 ? '' : text.slice(nl + 1);
  const fence = /^(?:[ \t]*\n)*([^\n]*)\n?/.exec(body);
  if (fence && CONTENT_FENCE.test(fence[1])) body = body.slice(fence[0].length);
  return `${[...(title ? [title] : []), ...labelled].join('\n')}\n\n${body}`;
}

// a log record's line: its timestamp, then a level (loguru "| DEBUG |", logging "INFO:", scrapy "[x] DEBUG:")
// (or the timestamp in brackets: "[2019-08-27 06:41:12] INFO  title=…")
const LOG_LINE = /^\[?\d{4}-\d{2}-\d{2}[ T]\d{2}:\d{2}:\d{2}(?:[.,]\d{1,6})?(?:[+-]\d{2}:?\d{2})?\]?[ \t]*(?:\|[ \t]*|\[[^\]\n]{1,80}\][ \t]*)?(?:TRACE|DEBUG|INFO|SUCCESS|NOTICE|WARNING|WARN|ERROR|CRITICAL)\b[^\n]*$/gm;
// a log message's "key=value" field ("title=X公告", "pub=2019-08-26"): a value runs to the next key or the line's end
const LOG_FIELD = /(?:^|[ \t])([A-Za-z][A-Za-z0-9_]{0,24})=(\S[^=\n]*?)(?=[ \t]+[A-Za-z][A-Za-z0-9_]{0,24}=|[ \t]*$)/g;

/**
 * A program's log around a notice it printed (a spider's debug log: timestamped "| DEBUG | …"
 * lines, then the page's text as one multi-line message): the log's own lines are chrome, their
 * crawl times and counts no part of the notice ("2020-05-19 08:02:11 | INFO | 第1页 共20条" read as
 * the title). They are dropped when there are at least two of them; the message's lines stay.
 */
export function dropLogLines(text: string): string {
  // cheap test first: a timestamp opening the text's first line
  if (!/^\s*\[?\d{4}-\d{2}-\d{2}[ T]\d{2}:\d{2}/.test(text.slice(0, 100))) return text;
  LOG_LINE.lastIndex = 0;
  const logLines = text.slice(0, 200_000).match(LOG_LINE) ?? [];
  if (logLines.length < 2) return text;
  // the spider's own "title=…" and "pub=…" fields name the notice and its date (not the log's
  // timestamps, which are the crawl's): kept as the notice's lines, as a header's are
  let title: string | null = null;
  const labelled: string[] = [];
  for (const line of logLines.slice(0, 30)) {
    for (const m of line.matchAll(LOG_FIELD)) {
      const [, key, v] = m;
      if (TITLE_KEYS.test(key)) title ??= v.trim();
      else if (/^pub(?:lish(?:ed)?)?$/i.test(key)) labelled.push(`发布日期：${v.trim()}`);
    }
  }
  const body = text.replace(LOG_LINE, '');
  return title || labelled.length ? `${[...(title ? [title] : []), ...labelled].join('\n')}\n\n${body}` : body;
}

// a Markdown table row of a field and its value: "| publish_date | 2024-05-20 |"
const FIELD_ROW = /^[ \t]*\|[ \t]*`?([A-Za-z][A-Za-z0-9_]{0,24})`?[ \t]*\|[ \t]*(.*?)[ \t]*\|?[ \t]*$/;

/**
 * A repository doc's Markdown field/value table holding a sample record ("| 字段 | 值 |" over
 * "| title | … |", "| content | …<br>… |"): the record it documents, as the notice's own lines
 * (its title, a labelled line per known field, then the content cell with its <br> as line breaks);
 * the doc's prose and example output around it are chrome. Needs a title or content row and at
 * least three rows; otherwise the text is unchanged.
 */
export function fieldTableText(text: string): string {
  if (!/\n[ \t]*\|[ \t]*`?(?:title|content|body|text)`?[ \t]*\|/i.test(text.slice(0, 200_000))) return text;
  let title: string | null = null;
  let body: string | null = null;
  const labelled: string[] = [];
  let rows = 0;
  for (const line of text.slice(0, 200_000).split('\n')) {
    const m = FIELD_ROW.exec(line);
    if (!m || rows >= 60) continue;
    rows++;
    const [, key, value] = m;
    if (!value) continue;
    if (TITLE_KEYS.test(key)) title ??= value;
    else if (BODY_KEYS.test(key)) body ??= value.replace(/<br\s*\/?>/gi, '\n');
    else {
      const label = labelOf(key, value);
      if (label) labelled.push(`${label}：${value}`);
    }
  }
  if (rows < 3 || !body || body.replace(/\s/g, '').length < 40) return text;
  return `${[...(title ? [title] : []), ...labelled].join('\n')}\n\n${body}`;
}
