/**
 * A notice kept as a record in code or in a program's output, written in the syntax of the
 * language that printed it rather than as JSON that parses: a Python dict's repr ({'title': '…',
 * 'content': '…\u3000…'}), pprint's split strings ('…'\n '…'), a PHP var_export array ('content' =>
 * '…'), a JSON line cut mid-escape (ensure_ascii's \uXXXX everywhere), or a printed list of the
 * page's paragraph strings (['…', '…']). Read as text, the quotes, keys and escapes run into every
 * value (a buyer "X\n'", a title "{'url': …"). So the record's quoted fields are read as the record
 * they stand for, their escapes decoded, and the notice is its content field with the others as
 * hints, as a JSON record's is (json-notice.ts). Pure, linear, bounded.
 * @module
 */
import { noticeFromValue } from './json-notice.js';
import type { ExtractInput } from './types.js';

const MAX_SCAN = 400_000;
const MAX_PAIRS = 200;

// a quoted key and its separator: ':' (JSON, Python, JS) or '=>' (PHP, Perl, Ruby)
const PAIR = /(["'])([A-Za-z_$][\w$-]{0,40})\1[ \t]*(?::|=>)[ \t]*/g;

/** A string literal's escapes decoded (\n, \t, \uXXXX with surrogate pairs, \xNN, \', \"); an escape cut off at the end is dropped. */
export function decodeEscapes(s: string): string {
  if (!s.includes('\\')) return s;
  return s.replace(/\\(?:u[0-9a-fA-F]{0,3}|x[0-9a-fA-F]?)?$|\\(u[0-9a-fA-F]{4}|U[0-9a-fA-F]{8}|x[0-9a-fA-F]{2}|[\s\S])/g, (_m, e: string | undefined) => {
    if (!e) return '';
    if (e.length > 1) return String.fromCodePoint(Math.min(parseInt(e.slice(1), 16), 0x10ffff));
    return e === 'n' ? '\n' : e === 't' ? '\t' : e === 'r' || e === 'b' || e === 'f' ? '' : e;
  });
}

/**
 * The string literal opening at `at` (its quote there), with the ones written right after it
 * (pprint and Python join adjacent literals: '…'\n '…'), or null. A literal the text cuts off ends
 * with the text.
 */
function stringAt(s: string, at: number): { value: string; end: number } | null {
  let value = '';
  let pos = at;
  let pieces = 0;
  while (pos < s.length && (s[pos] === '"' || s[pos] === "'") && pieces < 500) {
    const q = s[pos];
    let i = pos + 1;
    for (; i < s.length; i++) {
      const c = s[i];
      if (c === '\\') i++;
      else if (c === q) break;
    }
    value += decodeEscapes(s.slice(pos + 1, Math.min(i, s.length)));
    pieces++;
    pos = i + 1;
    // the next piece: only white space between ("'…'\n '…'")
    const ws = /^[ \t\r\n]*/.exec(s.slice(pos, pos + 200))![0];
    if (s[pos + ws.length] !== '"' && s[pos + ws.length] !== "'") break;
    // a piece is a value, not the next key ('…', 'key': …): stop before a key
    if (/^(["'])[A-Za-z_$][\w$-]{0,40}\1[ \t]*(?::|=>)/.test(s.slice(pos + ws.length, pos + ws.length + 50))) break;
    pos += ws.length;
  }
  return pieces ? { value, end: pos } : null;
}

/** The quoted key/value pairs of the records in `s` (the first value of each key), or null when fewer than two. */
function quotedPairs(s: string): Record<string, string> | null {
  const out: Record<string, string> = {};
  let n = 0;
  PAIR.lastIndex = 0;
  for (let m = PAIR.exec(s); m && n < MAX_PAIRS; m = PAIR.exec(s)) {
    n++;
    const at = m.index + m[0].length;
    if (s[at] !== '"' && s[at] !== "'") continue;
    const v = stringAt(s, at);
    if (!v) continue;
    if (!(m[2] in out)) out[m[2]] = v.value;
    PAIR.lastIndex = Math.max(v.end, at + 1);
  }
  return Object.keys(out).length >= 2 ? out : null;
}

// a printed list of strings: "['…', '…', …]" (Python), '["…", "…"]' (JS), at a line's start
const LIST_OPEN = /(?:^|\n)[ \t]*(?:\w+\s*=\s*)?\[(?=[ \t\r\n]*["'])/g;

/** The strings of a printed list literal at least five long, most of them Chinese: the page's paragraphs, one per line. */
function listedParagraphs(s: string): string | null {
  LIST_OPEN.lastIndex = 0;
  for (let m = LIST_OPEN.exec(s), k = 0; m && k < 10; m = LIST_OPEN.exec(s), k++) {
    const items: string[] = [];
    let pos = m.index + m[0].length;
    while (items.length < 2000) {
      pos += /^[ \t\r\n]*/.exec(s.slice(pos, pos + 200))![0].length;
      if (s[pos] !== '"' && s[pos] !== "'") break;
      const v = stringAt(s, pos);
      if (!v) break;
      items.push(v.value);
      pos = v.end + /^[ \t\r\n]*,?/.exec(s.slice(v.end, v.end + 200))![0].length;
    }
    const chinese = items.filter((x) => /[\u4e00-\u9fff]/.test(x)).length;
    if (items.length >= 5 && chinese * 2 >= items.length) return items.map((x) => x.trim()).join('\n');
  }
  return null;
}

// cheap guards: a quoted key with its separator, or a list of quoted strings
const HAS_PAIR = /(["'])[A-Za-z_$][\w$-]{0,40}\1[ \t]*(?::|=>)[ \t]*["']/;
const HAS_LIST = /\[[ \t\r\n]*["'][^"'\n]{0,200}[\u4e00-\u9fff]/;

/**
 * The notice a code record or a printed list in `text` stands for, or null. Taken only when the
 * record's content field holds at least 40 characters of Chinese text (a config file's quoted
 * keys are no notice).
 */
export function noticeFromCodeRecord(text: string): ExtractInput | null {
  const s = text.slice(0, MAX_SCAN);
  if (HAS_PAIR.test(s)) {
    const obj = quotedPairs(s);
    const inner = obj ? noticeFromValue(obj) : null;
    const body = inner ? (inner.html ?? inner.text ?? '') : '';
    if (inner && /[\u4e00-\u9fff][^]{0,200}[\u4e00-\u9fff]/.test(body) && body.replace(/\s/g, '').length >= 40) return inner;
  }
  if (HAS_LIST.test(s)) {
    const paras = listedParagraphs(s);
    if (paras && paras.replace(/\s/g, '').length >= 40) return { text: paras };
  }
  return null;
}
