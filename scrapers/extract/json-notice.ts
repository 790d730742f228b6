/**
 * Notices that arrive as JSON: a portal API's detail response saved as is (zcy
 * `result.data.content`, gpcms `data.content`, Jiangsu `data[0].summary`), or a single-page
 * app's HTML whose notice sits only in a JSON state object inside a <script>. Both become the
 * extractor's ordinary input: the notice's HTML or text, with the title, date, parties and
 * region the JSON states beside it as hints. Pure and bounded (depth, node count, sizes).
 * @module
 */
import type { ExtractInput } from './types.js';

type Hints = NonNullable<ExtractInput['hints']>;

const CONTENT_KEY = /^(?:content|noticeContent|articleContent|contentHtml|htmlContent|html|detail|body|summary|text|ggContent|noticeText|announcementContent)$/i;
const HINT_KEYS: Array<[keyof Hints, RegExp]> = [
  ['title', /^(?:title|noticeTitle|articleTitle|announcementTitle|titleShow|ggTitle)$/i],
  // (snake_case as a Python scraper writes its records: publish_time)
  ['publishedAt', /^(?:publish_?date|notice_?time|publish_?time|pub_?date|release_?time|release_?date|issue_?time|timeShow|notice_?date|create_?time)$/i],
  ['buyer', /^(?:buyerName|purchaser|purchaserName|purchaseUnit|purchaseName|cgr|buyer)$/i],
  ['agency', /^(?:agentName|agency|agencyName|author|agentOrg)$/i],
  ['region', /^(?:districtName|regionName|zoneName|districtShow|areaName|districtCode|regionCode|zoneCode)$/i],
  ['noticeType', /^(?:pathName|noticeTypeName|typeName|stageShow|ggTypeName)$/i],
  ['budget', /^(?:budget|budgetAmount|budgetPrice)$/i],
];

const MAX_NODES = 20_000;
const MAX_DEPTH = 10;

// comment lines a repository puts over a saved record ("// saved from the crawler's queue", "# one record")
const LEAD_COMMENTS = /^\ufeff?(?:[ \t]*(?:\/\/|#)[^\n]*\n|[ \t]*\n){1,10}(?=[ \t]*[{[])/;

/** `raw` without the comment lines over a JSON record saved in a repository (unchanged when none). */
export function withoutLeadComments(raw: string): string {
  if (!/^\ufeff?[ \t]*(?:\/\/|#)/.test(raw)) return raw;
  const m = LEAD_COMMENTS.exec(raw.slice(0, 4000));
  return m ? raw.slice(m[0].length) : raw;
}

/** True when `raw` (after a BOM and blank lines) reads as a JSON object or array. */
export function looksLikeJson(raw: string): boolean {
  const t = raw.slice(0, 200).replace(/^\ufeff/, '').trimStart();
  return t.startsWith('{') || (t.startsWith('[') && /^\[\s*[{["]/.test(t));
}

/** A date hint from a JSON value: milliseconds or seconds since 1970 (Beijing time), or a date string. */
function dateHint(v: unknown): string | null {
  if (typeof v === 'number' && Number.isFinite(v)) {
    const ms = v > 1e12 ? v : v > 1e9 ? v * 1000 : Number.NaN;
    if (!Number.isFinite(ms)) return null;
    // portals store Beijing time; the notice's date is the date in UTC+8
    return new Date(ms + 8 * 3600_000).toISOString().slice(0, 10);
  }
  return typeof v === 'string' && v.length <= 40 ? v : null;
}

function hintsOf(obj: Record<string, unknown>, into: Hints) {
  for (const [key, value] of Object.entries(obj)) {
    for (const [hint, re] of HINT_KEYS) {
      if (into[hint] || !re.test(key)) continue;
      const v = hint === 'publishedAt' ? dateHint(value) : typeof value === 'string' ? value.trim().slice(0, 300) : typeof value === 'number' && (hint === 'region' || hint === 'budget') ? String(value) : null;
      if (v) into[hint] = v;
    }
  }
}

/**
 * The notice inside a parsed JSON value: the longest content string of any object (depth and
 * nodes bounded), with hints from that object and then its ancestors. Null when none holds
 * at least 40 characters.
 */
export function noticeFromValue(root: unknown): ExtractInput | null {
  let best: { text: string; path: Array<Record<string, unknown>> } | null = null;
  const stack: Array<{ v: unknown; path: Array<Record<string, unknown>> }> = [{ v: root, path: [] }];
  let nodes = 0;
  while (stack.length && nodes++ < MAX_NODES) {
    const { v, path } = stack.pop()!;
    if (!v || typeof v !== 'object' || path.length > MAX_DEPTH) continue;
    if (Array.isArray(v)) {
      for (let i = Math.min(v.length, 500) - 1; i >= 0; i--) stack.push({ v: v[i], path });
      continue;
    }
    const obj = v as Record<string, unknown>;
    const here = [...path, obj];
    for (const [k, x0] of Object.entries(obj)) {
      // a text kept as a list of its lines (a notebook's stream output: "text": ["…\n", "…\n"])
      const x = Array.isArray(x0) && CONTENT_KEY.test(k) ? linesText(x0) ?? x0 : x0;
      if (typeof x === 'string') {
        if (CONTENT_KEY.test(k) && x.length >= 40 && (!best || x.length > best.text.length)) best = { text: x, path: here };
      } else if (x && typeof x === 'object') stack.push({ v: x, path: here });
    }
  }
  if (!best) return null;
  const hints: Hints = {};
  for (let i = best.path.length - 1; i >= 0; i--) hintsOf(best.path[i], hints);
  const isHtml = /<(?:p|div|table|tr|td|span|br|h\d)\b/i.test(best.text.slice(0, 5000));
  return isHtml ? { html: best.text, hints } : { text: best.text, hints };
}

/** A list of two or more strings as one text (its items are lines: joined as they end, or one per line), or null. */
function linesText(items: unknown[]): string | null {
  if (items.length < 2 || items.length > 20_000 || !items.every((x) => typeof x === 'string')) return null;
  const lines = items as string[];
  return lines.filter((l) => l.endsWith('\n')).length * 2 >= lines.length ? lines.join('') : lines.join('\n');
}

function parseJson(raw: string): { ok: boolean; value: unknown } {
  if (!looksLikeJson(raw)) return { ok: false, value: null };
  try {
    return { ok: true, value: JSON.parse(raw.replace(/^\ufeff/, '')) };
  } catch {
    return { ok: false, value: null };
  }
}

/** The notice in a JSON document (an API response saved as is), or null when it is not one. */
export function noticeFromJson(raw: string): ExtractInput | null {
  const { ok, value } = parseJson(raw);
  return ok ? noticeFromValue(value) : null;
}

/** True for well-formed JSON that holds no notice (a list response, a settings file). */
export function isJsonWithoutNotice(raw: string): boolean {
  const { ok, value } = parseJson(raw);
  return ok && !noticeFromValue(value);
}

// a JSON string under a content key inside a script ("content":"<p>一、项目编号…<\/p>")
const SCRIPT_CONTENT = /"(content|noticeContent|articleContent|contentHtml|htmlContent|summary)"\s*:\s*"((?:[^"\\]|\\.){40,2000000}?)"/g;
const SCRIPT_HINT = /"([A-Za-z]{2,24})"\s*:\s*(?:"((?:[^"\\\n]|\\.){1,300}?)"|(\d{10,13}))/g;

/**
 * The notice of a single-page app's HTML whose body is empty: the longest content string in its
 * scripts' JSON, with the title, date, parties and region written beside it as hints.
 */
export function noticeFromScripts(html: string): ExtractInput | null {
  if (!html.includes('<script') || !/"(?:content|noticeContent|articleContent|contentHtml|htmlContent|summary)"\s*:/.test(html)) return null;
  let best: { text: string; at: number } | null = null;
  let n = 0;
  for (const m of html.matchAll(SCRIPT_CONTENT)) {
    if (n++ > 50) break;
    let s: string;
    try {
      s = JSON.parse(`"${m[2]}"`) as string;
    } catch {
      continue;
    }
    if (!best || s.length > best.text.length) best = { text: s, at: m.index };
  }
  if (!best) return null;
  // hints: the keys written near the content (the same object, most likely)
  const near = html.slice(Math.max(0, best.at - 4000), best.at + best.text.length + 4000);
  const obj: Record<string, unknown> = {};
  let k = 0;
  for (const m of near.matchAll(SCRIPT_HINT)) {
    if (k++ > 400) break;
    if (m[1] in obj) continue;
    try {
      obj[m[1]] = m[3] !== undefined ? Number(m[3]) : (JSON.parse(`"${m[2]}"`) as string);
    } catch {
      // a malformed string: no hint from it
    }
  }
  const hints: Hints = {};
  hintsOf(obj, hints);
  const isHtml = /<(?:p|div|table|tr|td|span|br|h\d)\b/i.test(best.text.slice(0, 5000));
  return isHtml ? { html: best.text, hints } : { text: best.text, hints };
}

const MAX_EMBEDDED = 400_000;

/**
 * A notice given as a one-line JSON record inside prose ("示例输出：{"title": …, "content": …}"
 * in an API's documentation): the record's notice, or null when no line holds one. Read as
 * text, the record's keys and quotes run into the title and the date field goes unread. Each
 * line is tried once, from its first '{"' to its last '}' (linear in the text; a text that is
 * JSON itself was tried whole already).
 */
export function noticeFromEmbeddedJson(text: string): ExtractInput | null {
  if (looksLikeJson(text)) return null;
  const s = text.slice(0, MAX_EMBEDDED);
  let tries = 0;
  for (let from = s.indexOf('{"'); from >= 0 && tries < 20; from = s.indexOf('{"', from + 2), tries++) {
    const nl = s.indexOf('\n', from);
    const lineEnd = nl < 0 ? s.length : nl;
    const close = s.lastIndexOf('}', lineEnd - 1);
    if (close - from >= 100) {
      const inner = noticeFromJson(s.slice(from, close + 1));
      const body = inner ? (inner.html ?? inner.text ?? '') : '';
      if (inner && body.trim().length >= 50) return inner;
    }
    // the rest of this line was this try's; the next starts on a later line
    if (nl < 0) break;
    from = nl - 1;
  }
  return null;
}
