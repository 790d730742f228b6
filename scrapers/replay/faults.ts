/**
 * Fault injection for the replay portal, switchable per test: what the real portals do to a
 * scraper on a bad night (portals.md §2.5: 频繁访问 pages, 502/503 flaps; WAF 403s; GBK pages).
 * Count-limited faults hit the next N matching requests and then stop, like a real burst.
 * Pure transformations here; the server applies them.
 * @module
 */
import iconv from 'iconv-lite';

export interface Faults {
  /** which portal paths the faults touch (substring or regex on path+query); default all */
  match?: string | RegExp;
  /** the next `count` matching requests get 429 with Retry-After: `retryAfterSec` */
  rateLimit?: { count: number; retryAfterSec: number };
  /** a burst: the next `count` matching requests get `status` (default 503) */
  unavailable?: { count: number; status?: number };
  /** every matching response waits this long before its headers */
  slowMs?: number;
  /** the next `count` matching responses send headers and half the body, then hang */
  stall?: { count: number };
  /** the next `count` matching responses promise the full Content-Length, send half and close */
  truncate?: { count: number };
  /** HTML re-encoded as GBK, meta charset changed to gbk, no charset in the header */
  gbk?: boolean;
  /** after this many portal requests, every matching request gets the block page */
  blockAfter?: number;
  /** which block page: the search's 频繁访问 page (default), a captcha page, or a WAF 403 */
  blockKind?: 'frequent' | 'captcha' | 'waf403';
  /** detail pages served in a changed layout (containers renamed) */
  changedLayout?: boolean;
  /** paths hidden from the portal: 404, and their list items removed (a notice not yet published) */
  hide?: string[];
  /** text substitutions on matching pages (a notice corrected after award) */
  rewrite?: { path: string; from: string; to: string }[];
  /** robots.txt body (default: allow all but /admin/) */
  robots?: string;
}

/** The default robots.txt of the replay. */
export const DEFAULT_ROBOTS = 'User-agent: *\nDisallow: /admin/\n';

/** Whether `faults.match` selects this request. */
export function matches(faults: Faults, pathAndQuery: string): boolean {
  const m = faults.match;
  if (m === undefined) return true;
  return typeof m === 'string' ? pathAndQuery.includes(m) : m.test(pathAndQuery);
}

/** Re-encode an HTML page as GBK with its meta charset changed (what GBK portals serve). */
export function toGbk(html: string): Buffer {
  const swapped = html.replace(/charset\s*=\s*["']?utf-8["']?/gi, (m) => m.replace(/utf-8/i, 'gbk'));
  return iconv.encode(swapped, 'gbk');
}

/** Rename the containers adapters rely on, the way a portal redesign does. */
export function changeLayout(body: string): string {
  return body
    .replace(/vF_detail_content/g, 'article-main-v2')
    .replace(/vF_decontent/g, 'article-v2')
    .replace(/vT_detail_content/g, 'article-old-v2')
    .replace(/c_list_bid/g, 'list-v2')
    .replace(/vT-srch-result-list-bid/g, 'search-v2')
    .replace(/"content"\s*:/g, '"articleHtml":')
    .replace(/"rows"\s*:/g, '"records":');
}

/** Remove list items (`<li>`, and entries of bxsearch's `ohtmlurls`) that link to a hidden path. */
export function hideItems(body: string, hidden: string[]): string {
  const tails = hidden.map((h) => h.slice(h.lastIndexOf('/') + 1)).filter(Boolean);
  if (!tails.length || !body.includes('<li')) return body;
  // One linear pass per <li>…</li> (lazy, anchored on the tag): no backtracking blow-up on big pages.
  return body
    .replace(/<li\b[^>]*>[\s\S]*?<\/li>\s*/g, (m) => (tails.some((t) => m.includes(t)) ? '' : m))
    .replace(/(var\s+ohtmlurls\s*=\s*")([^"]*)(")/, (_, a: string, list: string, z: string) =>
      a + list.split(',').filter((u) => !tails.some((t) => u.includes(t))).join(',') + z,
    );
}

/** A WAF refusal page (Aliyun-style challenge markers). */
export function wafPage(): string {
  return '<!DOCTYPE html><html><head><meta charset="utf-8"><title>403 Forbidden</title></head><body><script>var aliyun_waf_aa="procwatch-sample";</script><p>您的请求被拒绝 (procwatch-sample)</p></body></html>';
}
