/**
 * 湖北省政府采购网 (www.ccgp-hubei.gov.cn), portals.md §6. Static HTML over plain HTTP (BA-HB
 * reads it with httpx; no block reported, no robots.txt), so the fetcher is http.
 *
 * List: the home page's 中标(成交) tab, `#area-1-4 ul.news-list-content > li`, each item an
 * `a[href="/notice/YYYYMM/notice_<32hex>.html"]` whose text opens with `[<font>采购方式</font>]`
 * and a `span` date (shared/samples/hubei-list-1.html). No source documents paged result lists
 * for the new site, so a run reads the tab alone and never pages: whatever the tab shows
 * between two runs is all we see. The older `/notice/cggg/<channel>/index_N.html` lists are
 * named by old scrapers only ([U] sources; their pager and whether the new site still serves
 * them are not documented), so there is no backfill mode rather than a guessed one.
 *
 * Detail: `div.art_con` → title `h2 > span`, a header line `发布日期：…｜发布单位：…｜项目监管地：…`,
 * then the body as `p` pairs (heading `p`, value `p > span`s), the award as
 * `中标（成交）金额：382.47103 (万元)` beside the agency fee `收费金额：2.0841 (万元)`
 * (shared/samples/hubei-detail-1.html). A page without `div.art_con` is a ParseError: the run
 * archives it and flags it broken.
 * @module
 */
import * as cheerio from 'cheerio';
import { ParseError, PortalChangedError } from '../errors.js';
import type { ExtractInput } from '../extract/types.js';
import { cap, isoDay, type ListItem, type ListPage, type ListRequest, type Source, onBase } from './types.js';

const BASE = 'https://www.ccgp-hubei.gov.cn';

/** The home-page tab that lists awards and deals (portals.md §6, BA-HB). */
export const HUBEI_AWARD_TAB = '#area-1-4';

/** The tab's name on the portal, given to the extractor as the notice type of its items. */
const TAB_NOTICE_TYPE = '中标(成交)公告';

const canonicalize = (url: string): string => onBase(BASE, url);

/** The item's text without its `[采购方式]` prefix; the method itself. */
function splitTitle(text: string): { title: string; method: string | null } {
  const t = text.replace(/\s+/g, ' ').trim();
  const m = /^\[\s*([^\]]*?)\s*\]\s*/.exec(t);
  return m ? { title: t.slice(m[0].length), method: m[1] || null } : { title: t, method: null };
}

/** Parse the home page's 中标(成交) tab. Throws PortalChangedError when the tab or its list is gone. */
export function parseHubeiList(body: string, req: ListRequest): ListPage {
  const $ = cheerio.load(body);
  const tab = $(HUBEI_AWARD_TAB);
  if (!tab.length) throw new PortalChangedError(`home page without the 中标(成交) tab ${HUBEI_AWARD_TAB}`, req.url);
  const ul = tab.find('ul.news-list-content').first();
  if (!ul.length) throw new PortalChangedError(`tab ${HUBEI_AWARD_TAB} without ul.news-list-content`, req.url);
  const lis = ul.children('li');
  const items: ListItem[] = [];
  lis.each((_, li) => {
    const a = $(li).children('a[href]').first();
    const href = a.attr('href');
    if (!href) return;
    const { title: raw } = splitTitle(a.text());
    const title = cap(raw) ?? '';
    const day = isoDay($(li).children('span').first().text());
    items.push({ url: canonicalize(new URL(href, req.url).toString()), title, publishedAt: day, hints: { title, publishedAt: day, noticeType: TAB_NOTICE_TYPE, region: '湖北省' } });
  });
  // Items without a link mean the markup moved under us: fail loudly instead of an empty night.
  if (lis.length && !items.length) throw new PortalChangedError(`tab ${HUBEI_AWARD_TAB} has ${lis.length} items but none with a link`, req.url);
  return { items, next: null, total: null };
}

/** `项目监管地` as a region hint: 省本级 is the province itself, anything else lies within it. */
function regionHint(supervised: string | null): string {
  if (!supervised || /省本级|省级/.test(supervised)) return '湖北省';
  return supervised.startsWith('湖北') ? supervised : `湖北省${supervised}`;
}

/** Parse a detail page into the extractor's input. Throws ParseError without `div.art_con`. */
export function parseHubeiDetail(body: string, url: string): ExtractInput {
  const $ = cheerio.load(body);
  const art = $('div.art_con').first();
  if (!art.length) throw new ParseError('detail page without div.art_con', url);
  const title = cap(art.find('h2 > span').first().text());
  const header = art.find('h2').first().next('div').text().replace(/\s+/g, ' ');
  const field = (label: string) => cap(new RegExp(`${label}[：:]\\s*([^｜|]*)`).exec(header)?.[1], 100);
  return {
    html: body,
    url,
    hints: { title, publishedAt: isoDay(field('发布日期')), region: regionHint(field('项目监管地')) },
  };
}

/** The Hubei adapter. */
export const hubei: Source = {
  id: 'hubei',
  name: '湖北省政府采购网',
  baseUrl: BASE,
  fetcher: 'http',
  // portals.md §6: BA-HB spaces requests 8 s apart per domain.
  pacing: { rate: 1 / 8, retries: 3 },
  modes: ['lists'],
  classifyTitles: true,
  startRequests: () => [{ url: `${BASE}/`, label: 'home/area-1-4', page: 1 }],
  parseList: parseHubeiList,
  detailRequest: (url) => ({ url }),
  parseDetail: parseHubeiDetail,
  canonicalize,
};
