/**
 * 中国政府采购网 (ccgp.gov.cn), portals.md §2. Two ways in:
 * - `lists` (the nightly run): the static channel lists `/cggg/{zygg,dfgg}/<code>/index.htm`,
 *   `index_1.htm` (= page 2) …, newest first, items `ul.c_list_bid > li`;
 * - `search` (backfills): `search.ccgp.gov.cn/bxsearch` by keyword, notice type and date window,
 *   items `ul.vT-srch-result-list-bid > li`. The search answers "频繁访问" after a few queries,
 *   so it is for targeted backfills at a slow pace, never the nightly run.
 * Both lead to the same static detail pages (`div.vF_detail_content`). Plain HTTP works for all
 * of them (BidAgent, bidpilot, taerc), so the fetcher is http.
 * @module
 */
import * as cheerio from 'cheerio';
import { ParseError, PortalChangedError } from '../errors.js';
import type { ExtractInput } from '../extract/types.js';
import { cap, isoDay, type ListItem, type ListPage, type ListPlan, type ListRequest, type Source } from './types.js';

const WWW = 'https://www.ccgp.gov.cn';
const SEARCH = 'http://search.ccgp.gov.cn';

/** Channels the nightly run reads: awards, deals, corrections and terminations (where spending is decided). */
export const CCGP_NIGHTLY_CHANNELS = ['zbgg', 'cjgg', 'gzgg', 'fblbgg'];
export const CCGP_SCOPES = ['zygg', 'dfgg'] as const;

/** The video-operations keyword set for bxsearch backfills (override with --keywords). */
export const CCGP_VIDEO_KEYWORDS = [
  '短视频', '抖音', '快手', '视频号', '新媒体运营', '政务新媒体', '融媒体', '宣传片', '视频制作', '直播',
  '新媒体', '视频拍摄', '账号运营', '代运营',
];

/** bxsearch notice types searched by default: 0 = all (one query per keyword keeps us under the rate limit). */
export const CCGP_SEARCH_BID_TYPES = [0];

/** The body containers of ccgp detail pages, new and old (portals.md §2.4). */
const DETAIL_CONTAINER = /class\s*=\s*["'][^"']*\b(?:vF_detail_content|vF_decontent_main|vT_detail_content)\b|class\s*=\s*["'][^"']*vF_decontent/;

function metaContent(body: string, name: string): string | undefined {
  const head = body.slice(0, 20_000);
  return new RegExp(`<meta\\s+name=["']${name}["']\\s+content=["']([^"']*)["']`, 'i').exec(head)?.[1];
}

function unescape(s: string | null | undefined): string | null {
  if (s === null || s === undefined) return null;
  return s.replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&nbsp;/g, ' ').replace(/&amp;/g, '&');
}

/** Channel codes → the portal's names for them (portals.md §2.3), given to the extractor as the notice type. */
export const CCGP_CHANNEL_NAMES: Record<string, string> = {
  gkzb: '公开招标公告', zbgg: '中标公告', cjgg: '成交公告', gzgg: '更正公告', jzxcs: '竞争性磋商公告', jzxtpgg: '竞争性谈判公告',
  xjgg: '询价公告', dylygg: '单一来源公告', yqzbgg: '邀请招标公告', zgysgg: '资格预审公告', fblbgg: '终止公告', qtgg: '其他公告',
};

/** Items per channel list page on the real portal. */
const LIST_PAGE_SIZE = 20;

function colonDate(day: string): string {
  return day.replaceAll('-', ':');
}

/** The bxsearch URL for one keyword, type and date window (all parameters sent, as the portal's form does). */
export function bxsearchUrl(kw: string, bidType: number, page: number, since: string | null, until: string | null, now: Date): string {
  const p = new URLSearchParams({
    searchtype: '1',
    page_index: String(page),
    bidSort: '0',
    buyerName: '',
    projectId: '',
    pinMu: '0',
    bidType: String(bidType),
    dbselect: 'bidx',
    kw,
    start_time: since ? colonDate(since) : '',
    end_time: since ? colonDate(until ?? now.toISOString().slice(0, 10)) : '',
    // 6 = custom window (needs both dates); 2 = the last week, the nightly default
    timeType: since ? '6' : '2',
    displayZone: '',
    zoneId: '',
    pppStatus: '0',
    agentName: '',
  });
  return `${SEARCH}/bxsearch?${p.toString()}`;
}

function channelUrl(scope: string, channel: string, page: number): string {
  return `${WWW}/cggg/${scope}/${channel}/${page <= 1 ? 'index.htm' : `index_${page - 1}.htm`}`;
}

function canonicalize(url: string): string {
  const u = new URL(url, WWW);
  return `${u.pathname.startsWith('/bxsearch') ? SEARCH : WWW}${u.pathname}${u.search}`;
}

function parseChannelList(body: string, req: ListRequest): ListPage {
  const $ = cheerio.load(body);
  const ul = $('ul.c_list_bid');
  if (!ul.length) throw new PortalChangedError('channel list without ul.c_list_bid', req.url);
  const items: ListItem[] = [];
  ul.children('li').each((_, li) => {
    const a = $(li).find('a[href]').first();
    const href = a.attr('href');
    if (!href) return;
    const ems = $(li).find('em');
    const title = cap(a.attr('title') || a.text()) ?? '';
    const when = cap(ems.eq(0).text());
    items.push({
      url: canonicalize(new URL(href, req.url).toString()),
      title,
      publishedAt: isoDay(when),
      hints: { title, publishedAt: isoDay(when), region: cap(ems.eq(1).text(), 50), buyer: cap(ems.eq(2).text(), 200), noticeType: CCGP_CHANNEL_NAMES[req.label.split('/')[1] ?? ''] ?? null },
    });
  });
  // The portal's TRS pager: createPageHTML(pageCount, currentPageFrom0, "index", "htm").
  const pager = /createPageHTML\(\s*(\d+)/.exec(body) ?? /countPage\s*=\s*(\d+)/.exec(body);
  const pages = pager ? Number(pager[1]) : null;
  const more = pages !== null ? req.page < pages : items.length >= LIST_PAGE_SIZE;
  const [scope, channel] = req.label.split('/');
  return { items, total: null, next: more ? { url: channelUrl(scope, channel, req.page + 1), label: req.label, page: req.page + 1 } : null };
}

function parseSearch(body: string, req: ListRequest): ListPage {
  const $ = cheerio.load(body);
  const ul = $('ul.vT-srch-result-list-bid');
  if (!ul.length) {
    if (/没有找到相关数据|没有搜索到|暂无相关|没有检索到/.test(body)) return { items: [], next: null, total: 0 };
    throw new PortalChangedError('search page without ul.vT-srch-result-list-bid', req.url);
  }
  const ohtml = /var\s+ohtmlurls\s*=\s*"([^"]*)"/.exec(body)?.[1].split(',').filter(Boolean) ?? [];
  const items: ListItem[] = [];
  ul.children('li').each((i, li) => {
    const a = $(li).find('a').first();
    let href = a.attr('href') ?? '';
    if (!/\/cggg\//.test(href) && ohtml[i]) href = ohtml[i];
    if (!href) return;
    const meta = $(li).find('span').first().text().split('|').map((s) => s.trim());
    const title = cap(a.text()) ?? '';
    // meta: "date | 采购人：X | 代理机构：Y <br/> <strong>type</strong> | 省份 | <strong>品目</strong>"
    const type = cap($(li).find('span strong').first().text(), 50);
    const strip = (s: string | undefined, prefix: string) => cap(s?.replace(prefix, '').replace(type ?? '\u0000', ''), 200);
    items.push({
      url: canonicalize(new URL(href, WWW).toString()),
      title,
      publishedAt: isoDay(meta[0]),
      hints: {
        title,
        publishedAt: isoDay(meta[0]),
        buyer: strip(meta[1], '采购人：'),
        agency: strip(meta[2], '代理机构：'),
        noticeType: type,
        region: cap(meta[3], 50),
      },
    });
  });
  const total = Number(/共找到\s*<span>\s*(\d+)/.exec(body)?.[1] ?? NaN);
  const pager = /Pager\(\{\s*size\s*:\s*(\d+)/.exec(body);
  const more = pager ? req.page < Number(pager[1]) : $('a.next').length > 0;
  let next: ListRequest | null = null;
  if (more) {
    const u = new URL(req.url);
    u.searchParams.set('page_index', String(req.page + 1));
    next = { url: u.toString(), label: req.label, page: req.page + 1 };
  }
  return { items, next, total: Number.isNaN(total) ? null : total };
}

/** The ccgp adapter. */
export const ccgp: Source = {
  id: 'ccgp',
  name: '中国政府采购网',
  baseUrl: WWW,
  fetcher: 'http',
  // portals.md §2.5: scrapers pace 1.5–8 s; a nightly run at 1 req/s is the upper bound we allow.
  pacing: { rate: 1, retries: 3 },
  modes: ['lists', 'search'],
  classifyTitles: true,
  startRequests(plan: ListPlan): ListRequest[] {
    if (plan.mode === 'search')
      return plan.keywords.flatMap((kw) =>
        CCGP_SEARCH_BID_TYPES.map((t) => ({ url: bxsearchUrl(kw, t, 1, plan.since, plan.until, plan.now), label: `search/${kw}/${t}`, page: 1 })),
      );
    return CCGP_SCOPES.flatMap((scope) =>
      CCGP_NIGHTLY_CHANNELS.map((ch) => ({ url: channelUrl(scope, ch, 1), label: `${scope}/${ch}`, page: 1 })),
    );
  },
  parseList(body, req) {
    return req.label.startsWith('search/') ? parseSearch(body, req) : parseChannelList(body, req);
  },
  detailRequest(url) {
    return { url };
  },
  parseDetail(body: string, url: string): ExtractInput {
    // String checks, not a DOM: the extractor parses the page anyway, and this runs per page.
    if (!DETAIL_CONTAINER.test(body)) throw new ParseError('detail page without div.vF_detail_content', url);
    const title = cap(unescape(metaContent(body, 'ArticleTitle') ?? /<div class="vF_detail_header[^"]*">\s*<h2[^>]*>([^<]*)</.exec(body)?.[1]));
    const pub = metaContent(body, 'PubDate') ?? /<span id="pubTime">([^<]*)</.exec(body)?.[1];
    const crumbs = /<div class="vF_deail_currentloc[^"]*">([\s\S]{0,2000}?)<\/div>/.exec(body)?.[1].replace(/<[^>]*>/g, '').replace(/&nbsp;/g, ' ').split('»').map((x) => x.trim()).filter(Boolean) ?? [];
    return { html: body, url, hints: { title, publishedAt: isoDay(pub), noticeType: cap(unescape(crumbs[crumbs.length - 1] ?? null), 50) } };
  },
  canonicalize,
};
