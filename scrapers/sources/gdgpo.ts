/**
 * 广东省政府采购网 (gdgpo, gpcms platform), portals.md §5. The site is a JS SPA over a REST API;
 * its firewall turns scripted clients away and the API wants the cookie the SPA's own script
 * sets, so this source runs in Chromium: open the home page, then call the API from inside it
 * (BidAgent does the same). Lists: `selectInfoMoreChannel` (结果公告, newest first); search:
 * `selectInfoForIndex` by keyword and window; details: `getInfoById` → `data.content` (HTML).
 * @module
 */
import { ParseError, PortalChangedError } from '../errors.js';
import type { ExtractInput } from '../extract/types.js';
import { cap, isoDay, type ListItem, type ListPlan, type ListRequest, type Source, onBase } from './types.js';

const BASE = 'https://gdgpo.czt.gd.gov.cn';
const API = `${BASE}/gpcms/rest/web/v2/info`;
const SITE_ID = 'cd64e06a-21a7-4620-aebc-0576bab7e07a';
const CHANNEL = 'fca71be5-fc0c-45db-96af-f513e9abda9d';
const PAGE_SIZE = 20;

/** noticeType codes the nightly run reads: 00102 结果公告 (BA-GD). */
export const GDGPO_NOTICE_TYPES = ['00102'];

interface GdRow {
  id?: string;
  title?: string;
  noticeTime?: string;
  purchaser?: string;
  agency?: string;
  regionName?: string;
  noticeTypeName?: string;
}

function listUrl(noticeType: string, page: number): string {
  const p = new URLSearchParams({ siteId: SITE_ID, channel: CHANNEL, currPage: String(page), pageSize: String(PAGE_SIZE), noticeType, regionCode: '', cityOrArea: '', subChannel: 'false', purchaseManner: '' });
  return `${API}/selectInfoMoreChannel?${p.toString()}`;
}

function searchUrl(kw: string, page: number, since: string | null, until: string | null): string {
  const p = new URLSearchParams({
    currPage: String(page), pageSize: String(PAGE_SIZE), siteId: SITE_ID, channel: `${CHANNEL},95ff31f3-a1af-4bc4-b1a2-54c894476193`,
    noticeType: '', purchaser: '', agency: '', operationStartTime: since ? `${since} 00:00:00` : '', operationEndTime: until ? `${until} 23:59:59` : '',
    searchKey: kw, regionCode: '', selectTimeName: 'noticeTime', requestSource: 'qwjs', purchaseManner: '',
  });
  return `${API}/selectInfoForIndex?${p.toString()}`;
}

/** Titles carry `<font color='#be0108'>` highlights: strip tags without inserting spaces. */
function stripTags(s: string | undefined): string {
  return (s ?? '').replace(/<[^>]*>/g, '');
}

function json(body: string, url: string): Record<string, unknown> {
  try {
    return JSON.parse(body.trim()) as Record<string, unknown>;
  } catch {
    throw new PortalChangedError('expected JSON, got something else', url);
  }
}

const canonicalize = (url: string): string => onBase(BASE, url);

export const gdgpo: Source = {
  id: 'gdgpo',
  name: '广东省政府采购网',
  baseUrl: BASE,
  fetcher: 'browser',
  warmPath: '/',
  // BidAgent: 8 s per request through the browser.
  pacing: { rate: 0.125, retries: 3 },
  modes: ['lists', 'search'],
  classifyTitles: true,
  startRequests(plan: ListPlan): ListRequest[] {
    if (plan.mode === 'search') return plan.keywords.map((kw) => ({ url: searchUrl(kw, 1, plan.since, plan.until), label: `search/${kw}`, page: 1 }));
    return GDGPO_NOTICE_TYPES.map((t) => ({ url: listUrl(t, 1), label: t, page: 1 }));
  },
  parseList(body, req) {
    const o = json(body, req.url);
    const data = o.data as { total?: number; rows?: GdRow[] } | undefined;
    if (!data || !Array.isArray(data.rows)) throw new PortalChangedError('list response without data.rows[]', req.url);
    const items: ListItem[] = [];
    for (const r of data.rows) {
      if (!r.id) continue;
      const title = cap(stripTags(r.title)) ?? '';
      items.push({
        url: `${API}/getInfoById?id=${encodeURIComponent(r.id)}`,
        title,
        publishedAt: isoDay(r.noticeTime),
        hints: { title, publishedAt: isoDay(r.noticeTime), buyer: cap(r.purchaser, 200), agency: cap(r.agency, 200), region: cap(r.regionName, 50), noticeType: cap(r.noticeTypeName, 50) },
      });
    }
    const total = Number(data.total ?? NaN);
    const more = Number.isFinite(total) ? req.page * PAGE_SIZE < total : data.rows.length >= PAGE_SIZE;
    let next: ListRequest | null = null;
    if (more && data.rows.length) {
      const u = new URL(req.url);
      u.searchParams.set('currPage', String(req.page + 1));
      next = { url: u.toString(), label: req.label, page: req.page + 1 };
    }
    return { items, next, total: Number.isFinite(total) ? total : null };
  },
  detailRequest(url) {
    return { url };
  },
  parseDetail(body, url): ExtractInput {
    const data = json(body, url).data as Record<string, unknown> | undefined;
    const content = data?.content;
    if (typeof content !== 'string' || !content.trim()) throw new ParseError('detail response without data.content', url);
    const str = (k: string) => (typeof data?.[k] === 'string' ? (data[k] as string) : null);
    return {
      html: content,
      url,
      hints: { title: cap(stripTags(str('title') ?? undefined)), publishedAt: isoDay(str('noticeTime')), buyer: cap(str('purchaser'), 200), agency: cap(str('agency'), 200), region: cap(str('regionName'), 50), noticeType: cap(str('noticeTypeName'), 50) },
    };
  },
  canonicalize,
};
