/**
 * The replayed `search.ccgp.gov.cn/bxsearch` result page, rendered from the fixture index.
 * Markup follows portals.md §2.2: `ul.vT-srch-result-list-bid > li` (a, p, span meta line with
 * `<strong>` type and 品目 words), the keyword in `<font color="red">`, `共找到 <span>N</span>
 * 条内容` at /html/body/div[5]/div[1]/div/p[1]/span[2], `Pager({size: N, current: 0})`, `a.next`,
 * `var ohtmlurls="…"` and the no-results text `抱歉，没有找到相关数据`. Parameters follow §2.1.
 * Pure: no I/O (the caller supplies each notice's plain text for full-text search).
 * @module
 */
import { CCGP_CHANNELS, SAMPLE_LINE, SAMPLE_META, esc, type CcgpIndexEntry } from './fixture-ccgp-spec.js';

/** Results per page, as the real search shows. */
export const BXSEARCH_PAGE_SIZE = 20;

/** A parsed bxsearch query (only what filters the replay). */
export interface BxsearchQuery {
  searchtype: 1 | 2;
  page: number;
  bidSort: number;
  pinMu: number;
  bidType: number;
  kw: string;
  timeType: number;
  start: string | null;
  end: string | null;
  zoneId: string;
  displayZone: string;
  buyerName: string;
  agentName: string;
}

const int = (v: string | null, d: number): number => (v && /^\d+$/.test(v) ? Number(v) : d);

/** `2025:05:27` (or with dashes) → `2025-05-27`; anything else → null. */
function colonDate(v: string | null): string | null {
  const m = v?.match(/^(\d{4})[:-](\d{2})[:-](\d{2})$/);
  return m ? `${m[1]}-${m[2]}-${m[3]}` : null;
}

/** Read the real portal's parameters; unknown or malformed values fall back to "all", as the portal does. */
export function parseBxsearchQuery(q: URLSearchParams): BxsearchQuery {
  return {
    searchtype: q.get('searchtype') === '2' ? 2 : 1,
    page: Math.max(1, int(q.get('page_index'), 1)),
    bidSort: int(q.get('bidSort'), 0),
    pinMu: int(q.get('pinMu'), 0),
    bidType: int(q.get('bidType'), 0),
    kw: (q.get('kw') ?? '').trim(),
    timeType: int(q.get('timeType'), 6),
    start: colonDate(q.get('start_time')),
    end: colonDate(q.get('end_time')),
    zoneId: (q.get('zoneId') ?? '').trim(),
    displayZone: (q.get('displayZone') ?? '').trim(),
    buyerName: (q.get('buyerName') ?? '').trim(),
    agentName: (q.get('agentName') ?? '').trim(),
  };
}

/** Relative windows (timeType 0–5) count back from `now`; 6 uses start/end (both required, else no window). */
function window(q: BxsearchQuery, now: Date): [string, string] | null {
  const back = [0, 2, 6, 30, 91, 182][q.timeType];
  if (back !== undefined) {
    const from = new Date(now.getTime() - back * 86_400_000).toISOString().slice(0, 10);
    return [from, now.toISOString().slice(0, 10)];
  }
  return q.timeType === 6 && q.start && q.end ? [q.start, q.end] : null;
}

/** Filter and order (newest first) the index for a query. Keywords split on spaces must all match. */
export function bxsearchMatches(
  entries: CcgpIndexEntry[],
  q: BxsearchQuery,
  textOf: (e: CcgpIndexEntry) => string,
  now: Date,
): CcgpIndexEntry[] {
  const words = q.kw.split(/\s+/).filter(Boolean);
  const win = window(q, now);
  return entries
    .filter((e) => {
      if (q.bidSort === 1 && e.scope !== 'zygg') return false;
      if (q.bidSort === 2 && e.scope !== 'dfgg') return false;
      if (q.pinMu >= 1 && q.pinMu <= 3 && e.pinMu !== q.pinMu) return false;
      if (q.bidType > 0 && CCGP_CHANNELS[e.channel]?.bidType !== q.bidType) return false;
      if (q.zoneId && e.zoneId !== q.zoneId) return false;
      // the portal sends both; a lone displayZone (short name, 广东) still filters
      if (!q.zoneId && q.displayZone && e.zone !== q.displayZone) return false;
      if (q.buyerName && !(e.buyer ?? '').includes(q.buyerName)) return false;
      if (q.agentName && !(e.agency ?? '').includes(q.agentName)) return false;
      const day = e.pubTime.slice(0, 10);
      if (win && (day < win[0] || day > win[1])) return false;
      const hay = q.searchtype === 2 ? e.title + '\n' + textOf(e) : e.title;
      return words.every((w) => hay.includes(w));
    })
    .toSorted((a, b) => (a.pubTime < b.pubTime ? 1 : a.pubTime > b.pubTime ? -1 : b.id - a.id));
}

/** Escape, then wrap each keyword occurrence in the portal's red font tag. */
function highlight(text: string, words: string[]): string {
  let out = esc(text);
  for (const w of words) {
    const ew = esc(w);
    if (ew) out = out.split(ew).join(`<font color="red">${ew}</font>`);
  }
  return out;
}

function snippet(text: string, words: string[]): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  const at = words.length ? Math.max(0, flat.indexOf(words[0]) - 30) : 0;
  return highlight(flat.slice(at, at + 120), words);
}

function pageUrl(base: string, params: URLSearchParams, page: number): string {
  const p = new URLSearchParams(params);
  p.set('page_index', String(page));
  return `${base}/bxsearch?${p.toString()}`;
}

/** Render the result page for a query (page numbers beyond the last show the no-results text). */
export function renderBxsearch(
  entries: CcgpIndexEntry[],
  params: URLSearchParams,
  hosts: { www: string; search: string },
  textOf: (e: CcgpIndexEntry) => string,
  now: Date = new Date(),
): string {
  const q = parseBxsearchQuery(params);
  const words = q.kw.split(/\s+/).filter(Boolean);
  const all = bxsearchMatches(entries, q, textOf, now);
  const pages = Math.ceil(all.length / BXSEARCH_PAGE_SIZE);
  const slice = all.slice((q.page - 1) * BXSEARCH_PAGE_SIZE, q.page * BXSEARCH_PAGE_SIZE);
  const urls = slice.map((e) => hosts.www + e.path);
  const items = slice
    .map((e, i) => {
      const t = e.pubTime.replaceAll('-', '.') + ':00';
      const type = CCGP_CHANNELS[e.channel]?.name ?? '其他公告';
      return `<li>
<a href="${esc(urls[i])}" style="line-height:18px" target="_blank">
${highlight(e.title, words)}
</a>
<p>${snippet(q.searchtype === 2 ? textOf(e) : e.title, words)}</p>
<span>${t} | 采购人：${esc(e.buyer ?? '')} | 代理机构：${esc(e.agency ?? '')} <br/>
<strong>${type}</strong> | ${esc(e.zone)} | <strong>${esc(e.category)}</strong></span>
</li>`;
    })
    .join('\n');
  const results = slice.length
    ? `<ul class="vT-srch-result-list-bid">\n${items}\n</ul>`
    : '<div class="vT-srch-result-list-con2"><p class="zwxg">抱歉，没有找到相关数据</p></div>';
  const next = q.page < pages ? `<a class="next" href="${esc(pageUrl(hosts.search, params, q.page + 1))}">下一页</a>` : '';
  const prev = q.page > 1 ? `<a class="prev" href="${esc(pageUrl(hosts.search, params, q.page - 1))}">上一页</a>` : '';
  return `<!DOCTYPE html>
<html><head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
${SAMPLE_META}
<title>中国政府采购网搜索</title>
<link href="/css/search.css" rel="stylesheet" type="text/css">
<script type="text/javascript" src="/js/jquery.js"></script>
<script type="text/javascript" src="/js/pager.js"></script>
</head>
<body>
<div class="vT_header"><p class="procwatch-sample">${SAMPLE_LINE}</p><a href="http://www.ccgp.gov.cn/">中国政府采购网</a></div>
<div class="vT_nav"></div>
<div class="vT-srch-form"><form id="searchForm" action="/bxsearch" method="get"><input name="kw" value="${esc(q.kw)}"></form></div>
<div class="vT-srch-filter"></div>
<div class="vT_z w1000">
<div class="vT-srch-result">
<div class="vT-srch-result-list">
<p class="pager-info"><span>搜索结果</span>共找到 <span>${all.length}</span> 条内容</p>
${results}
<p class="pager">${prev}${next}</p>
<script type="text/javascript">
Pager({size: ${pages}, current: ${q.page - 1}});
var ohtmlurls="${urls.join(',')}";
</script>
</div>
</div>
</div>
</body></html>
`;
}
