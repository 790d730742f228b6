/**
 * The ccgp.gov.cn replay: www.ccgp.gov.cn and search.ccgp.gov.cn served from one origin by path.
 * - detail pages `/cggg/{zygg|dfgg}/<channel>/YYYYMM/tYYYYMMDD_<id>.htm`: static files under
 *   tests/fixtures/ccgp/site/ (written by scrapers/replay/fixture-generate.ts);
 * - channel lists `/cggg/{zygg|dfgg}/<channel>/index.htm`, `index_1.htm` (= page 2), …, rendered
 *   from tests/fixtures/ccgp/index.json, 20 per page, newest first;
 * - `/bxsearch?…` rendered from the same index (fixture-ccgp-search.ts);
 * - `/_variants/changed-layout/<detail path>`: the same notice with its body containers renamed.
 * Block and captcha pages are exported for the server's fault injection.
 * @module
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { CCGP_CHANNELS, SAMPLE_LINE, SAMPLE_META, esc, type CcgpIndexEntry } from './fixture-ccgp-spec.js';
import { renderBxsearch } from './fixture-ccgp-search.js';
import type { ReplayHandler, ReplayResponse } from './types.js';

export type { CcgpIndexEntry } from './fixture-ccgp-spec.js';

/** Where the ccgp fixtures live (tests/fixtures/ccgp). */
export const CCGP_FIXTURE_DIR = fileURLToPath(new URL('../../tests/fixtures/ccgp/', import.meta.url));

/** Items per channel list page, as on the real site. */
export const CCGP_LIST_PAGE_SIZE = 20;

/** The path prefix under which the changed-layout variant of every detail page is served. */
export const CCGP_CHANGED_LAYOUT_PREFIX = '/_variants/changed-layout';

let index: CcgpIndexEntry[] | null = null;
const pages = new Map<string, string>();
const texts = new Map<string, string>();

/** The notices the replay serves (read once from index.json). */
export function ccgpFixtureIndex(): CcgpIndexEntry[] {
  index ??= JSON.parse(readFileSync(CCGP_FIXTURE_DIR + 'index.json', 'utf8')) as CcgpIndexEntry[];
  return index;
}

/** The stored HTML of a detail page, or null when the path is not a served notice. */
export function ccgpDetailHtml(path: string, variant: 'site' | 'changed-layout' = 'site'): string | null {
  const key = `${variant}:${path}`;
  const hit = pages.get(key);
  if (hit !== undefined) return hit;
  if (!ccgpFixtureIndex().some((e) => e.path === path)) return null;
  const file = CCGP_FIXTURE_DIR + (variant === 'site' ? 'site' : 'variants/changed-layout') + path;
  if (!existsSync(file)) return null;
  const html = readFileSync(file, 'utf8');
  pages.set(key, html);
  return html;
}

/** Plain text of a notice's page (tags stripped), for full-text search. */
function textOf(e: CcgpIndexEntry): string {
  let t = texts.get(e.path);
  if (t === undefined) {
    const html = ccgpDetailHtml(e.path) ?? '';
    const body = html.slice(html.indexOf('<div class="vF_detail_content">'));
    t = body
      .replace(/<script[\s\S]*?<\/script>/g, '')
      .replace(/<[^>]+>/g, ' ')
      .replace(/&nbsp;/g, ' ')
      .replace(/\s+/g, ' ');
    texts.set(e.path, t);
  }
  return t;
}

/** Notices of one channel list, newest first (the order the real lists show). */
export function ccgpChannelEntries(scope: string, channel: string): CcgpIndexEntry[] {
  return ccgpFixtureIndex()
    .filter((e) => e.scope === scope && e.channel === channel)
    .toSorted((a, b) => (a.pubTime < b.pubTime ? 1 : a.pubTime > b.pubTime ? -1 : b.id - a.id));
}

function renderList(scope: string, channel: string, page: number): string | null {
  const all = ccgpChannelEntries(scope, channel);
  const total = Math.max(1, Math.ceil(all.length / CCGP_LIST_PAGE_SIZE));
  if (!CCGP_CHANNELS[channel] || page >= total) return null;
  const scopeName = scope === 'zygg' ? '中央公告' : '地方公告';
  const name = CCGP_CHANNELS[channel].name;
  const items = all
    .slice(page * CCGP_LIST_PAGE_SIZE, (page + 1) * CCGP_LIST_PAGE_SIZE)
    .map((e) => {
      const rel = '.' + e.path.slice(`/cggg/${scope}/${channel}`.length);
      return `<li><a href="${rel}" title="${esc(e.title)}" style="line-height:18px" target="_blank">${esc(e.title)}</a><em rel="bxgg">${e.pubTime}</em><em>${esc(e.zone)}</em><em>${esc(e.buyer ?? '')}</em></li>`;
    })
    .join('\n');
  return `<!DOCTYPE html>
<html><head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
${SAMPLE_META}
<meta name="ColumnName" content="${name}">
<title>${name}_${scopeName}_中国政府采购网</title>
<link href="/css/list.css" rel="stylesheet" type="text/css">
</head>
<body>
<p class="procwatch-sample">${SAMPLE_LINE}</p>
<div class="main">
<div class="vF_deail_currentloc"><p>当前位置：<a href="../../../">首页</a>&nbsp;»&nbsp;<a href="../../">政采公告</a>&nbsp;»&nbsp;<a href="../">${scopeName}</a>&nbsp;»&nbsp;<a href="./">${name}</a></p></div>
<div class="vF_detail_relcontent_lst">
<ul class="c_list_bid">
${items}
</ul>
</div>
<p class="pager"><script type="text/javascript">createPageHTML(${total}, ${page}, "index", "htm");</script></p>
</div>
</body></html>
`;
}

const html = (body: string, status = 200): ReplayResponse => ({
  status,
  headers: { 'content-type': 'text/html; charset=utf-8' },
  body,
});

const LIST_RE = /^\/cggg\/(zygg|dfgg)\/([a-z]+)\/(?:index\.htm|index_(\d+)\.htm)$/;

/** The ccgp replay handler: lists, details, bxsearch, the changed-layout variant; null for anything else. */
/** The real portal's origins, which result pages link to. */
export const CCGP_HOSTS = { www: 'http://www.ccgp.gov.cn', search: 'http://search.ccgp.gov.cn' };

export const ccgpHandler: ReplayHandler = (req) => {
  if (req.method !== 'GET' && req.method !== 'HEAD') return null;
  const path = req.path;
  // Like the real portal, result links are absolute to www/search.ccgp.gov.cn; the scraper maps
  // them onto whichever base URL it fetches from. Links to the replay's own port would make the
  // archived search pages differ from one replay run to the next.
  if (path === '/bxsearch') return html(renderBxsearch(ccgpFixtureIndex(), req.query, CCGP_HOSTS, textOf));
  const list = LIST_RE.exec(path);
  if (list) {
    const body = renderList(list[1], list[2], list[3] ? Number(list[3]) : 0);
    return body === null ? null : html(body);
  }
  if (path.startsWith(CCGP_CHANGED_LAYOUT_PREFIX + '/')) {
    const body = ccgpDetailHtml(path.slice(CCGP_CHANGED_LAYOUT_PREFIX.length), 'changed-layout');
    return body === null ? null : html(body);
  }
  if (path.startsWith('/cggg/')) {
    const body = ccgpDetailHtml(path);
    return body === null ? null : html(body);
  }
  return null;
};

/** The search's rate-limit page (title 频繁访问!, the client IP shown), for the server's 429/block fault. */
export function ccgpBlockPage(ip: string): string {
  return `<!DOCTYPE html>
<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">
${SAMPLE_META}
<title>频繁访问!</title></head>
<body style="text-align:center;padding-top:80px">
<p class="procwatch-sample">${SAMPLE_LINE}</p>
<h2>频繁访问!</h2>
<p>您的访问过于频繁，请稍后再试。</p>
<p>您的IP：${esc(ip)}</p>
</body></html>
`;
}

/** A captcha interstitial (安全验证 / 验证码), for the server's captcha fault. */
export function ccgpCaptchaPage(): string {
  return `<!DOCTYPE html>
<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">
${SAMPLE_META}
<title>安全验证</title></head>
<body style="text-align:center;padding-top:80px">
<p class="procwatch-sample">${SAMPLE_LINE}</p>
<h3>安全验证</h3>
<p>请输入验证码后继续访问</p>
<form method="post" action="/_captcha/verify"><img src="/_captcha/image.png" alt="验证码"><input name="verifyCode" maxlength="4"><button type="submit">提交</button></form>
</body></html>
`;
}

/** The small "努力加载中…" interstitial a 2026 probe saw before the search HTML (236 bytes there; ours adds the sample marker). */
export function ccgpLoadingPage(): string {
  return `<html><head><meta charset="utf-8">${SAMPLE_META}<title>努力加载中…</title><script src="/_ws_sbu/sbu_hc.js"></script></head><body>努力加载中…<p class="procwatch-sample">${SAMPLE_LINE}</p></body></html>`;
}
