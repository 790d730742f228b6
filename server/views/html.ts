/**
 * The `html` template tag the views use: hono/html's, synchronous. It escapes every string it
 * interpolates exactly as hono/html (and Hono JSX) does, passes through what is already escaped
 * (its own results, `raw`, rendered JSX), writes numbers as they are and drops null, undefined
 * and booleans. Hono's tag also accepts promises and render callbacks, which no page here uses,
 * and pays for that with an array and a String object per interpolated value; this one builds
 * one string, which is what keeps a table-heavy page within 3× of its SQL (bench/server.ts).
 * tests/server/html.test.ts holds it equal to hono/html on random input.
 * @module
 */
import { raw } from 'hono/html';
import type { HtmlEscapedString } from 'hono/utils/html';

const NEEDS_ESCAPE = /[&<>'"]/;

/** `s` with & < > ' " escaped as hono/html escapes them. */
export function escapeHtml(s: string): string {
  const first = s.search(NEEDS_ESCAPE);
  if (first < 0) return s;
  let out = s.slice(0, first);
  let last = first;
  for (let i = first; i < s.length; i++) {
    let e: string;
    switch (s.charCodeAt(i)) {
      case 34:
        e = '&quot;';
        break;
      case 39:
        e = '&#39;';
        break;
      case 38:
        e = '&amp;';
        break;
      case 60:
        e = '&lt;';
        break;
      case 62:
        e = '&gt;';
        break;
      default:
        continue;
    }
    out += s.slice(last, i) + e;
    last = i + 1;
  }
  return out + s.slice(last);
}

function piece(v: unknown): string {
  switch (typeof v) {
    case 'string':
      return escapeHtml(v);
    case 'number':
    case 'bigint':
      return String(v);
    case 'object': {
      if (v === null) return '';
      if (Array.isArray(v)) {
        let s = '';
        for (const x of v) s += piece(x);
        return s;
      }
      if ((v as { isEscaped?: boolean }).isEscaped) {
        const s: unknown = (v as { toString(): unknown }).toString();
        if (typeof s === 'string') return s;
        throw new TypeError('html: asynchronous content cannot be interpolated (the views render synchronously)');
      }
      if (v instanceof Promise) throw new TypeError('html: a promise cannot be interpolated (the views render synchronously)');
      return escapeHtml(String(v));
    }
    case 'undefined':
    case 'boolean':
      return '';
    default:
      return escapeHtml(String(v));
  }
}

/** Tagged template: the literal parts as written, every value escaped unless already escaped. */
export function html(strings: TemplateStringsArray, ...values: unknown[]): HtmlEscapedString {
  let out = strings[0];
  for (let i = 0; i < values.length; i++) out += piece(values[i]) + strings[i + 1];
  return raw(out);
}
