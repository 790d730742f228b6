/**
 * The 政采云 (zcy) platform's JSON API, shared by Guangxi and Zhejiang (portals.md §3–4):
 * `POST /portal/category` lists a category page by page (`result.data.{total,data[]}`), and
 * `GET /portal/detail?articleId=…` returns the notice with its HTML in `result.data.content`.
 * One factory, one file per portal that uses it.
 * @module
 */
import { ParseError, PortalChangedError } from '../errors.js';
import type { ExtractInput } from '../extract/types.js';
import { cap, isoDay, type ListItem, type ListPlan, type ListRequest, type Source } from './types.js';

export interface ZcyConfig {
  id: string;
  name: string;
  baseUrl: string;
  fetcher: 'http' | 'browser';
  warmPath?: string;
  /** category codes read by the nightly run */
  categories: string[];
  /** `parentId` the portal puts on detail requests (Guangxi 66485), if any */
  parentId?: string;
  pageSize?: number;
  rate: number;
}

interface ZcyItem {
  articleId?: string;
  title?: string;
  pathName?: string;
  publishDate?: number | string;
  districtName?: string;
  author?: string;
  purchaseName?: string;
}

function json(body: string, url: string): Record<string, unknown> {
  try {
    return JSON.parse(body.trim()) as Record<string, unknown>;
  } catch {
    throw new PortalChangedError('expected JSON, got something else', url);
  }
}

function dig(o: unknown, ...path: string[]): unknown {
  return path.reduce<unknown>((v, k) => (v && typeof v === 'object' ? (v as Record<string, unknown>)[k] : undefined), o);
}

/** Build a zcy-platform source. */
export function zcySource(c: ZcyConfig): Source {
  const pageSize = c.pageSize ?? 15;
  const categoryUrl = `${c.baseUrl}/portal/category`;
  const detailUrl = (articleId: string) => {
    const p = new URLSearchParams({ articleId });
    if (c.parentId) p.set('parentId', c.parentId);
    return `${c.baseUrl}/portal/detail?${p.toString()}`;
  };
  const listRequest = (category: string, page: number, plan: Pick<ListPlan, 'since' | 'until'>): ListRequest => ({
    url: categoryUrl,
    method: 'POST',
    headers: { 'content-type': 'application/json;charset=UTF-8' },
    body: JSON.stringify({
      pageNo: page,
      pageSize,
      categoryCode: category,
      ...(plan.since ? { publishDateBegin: plan.since } : {}),
      ...(plan.until ? { publishDateEnd: plan.until } : {}),
    }),
    label: category,
    page,
  });
  const canonicalize = (url: string): string => {
    const u = new URL(url, c.baseUrl);
    u.searchParams.delete('timestamp');
    u.searchParams.delete('_t');
    return `${c.baseUrl}${u.pathname}${u.search}`;
  };
  return {
    id: c.id,
    name: c.name,
    baseUrl: c.baseUrl,
    fetcher: c.fetcher,
    warmPath: c.warmPath,
    pacing: { rate: c.rate, retries: 3 },
    modes: ['lists'],
    classifyTitles: true,
    startRequests: (plan) => c.categories.map((cat) => listRequest(cat, 1, plan)),
    parseList(body, req) {
      const data = dig(json(body, req.url), 'result', 'data');
      const rows = dig(data, 'data');
      if (!Array.isArray(rows)) throw new PortalChangedError('category response without result.data.data[]', req.url);
      const items: ListItem[] = [];
      for (const r of rows as ZcyItem[]) {
        if (!r.articleId) continue;
        const title = cap(r.title) ?? '';
        items.push({
          url: detailUrl(r.articleId),
          title,
          publishedAt: isoDay(r.publishDate),
          hints: { title, publishedAt: isoDay(r.publishDate), region: cap(r.districtName, 50), agency: cap(r.author, 200), buyer: cap(r.purchaseName, 200), noticeType: cap(r.pathName, 50) },
        });
      }
      const total = Number(dig(data, 'total') ?? NaN);
      const sent = JSON.parse(req.body ?? '{}') as { since?: string; publishDateBegin?: string; publishDateEnd?: string };
      const more = Number.isFinite(total) ? req.page * pageSize < total : rows.length >= pageSize;
      const next = more && rows.length > 0 ? listRequest(req.label, req.page + 1, { since: sent.publishDateBegin ?? null, until: sent.publishDateEnd ?? null }) : null;
      return { items, next, total: Number.isFinite(total) ? total : null };
    },
    detailRequest(url) {
      const u = new URL(url);
      u.searchParams.set('timestamp', String(Math.floor(Date.now() / 1000)));
      return { url: u.toString() };
    },
    parseDetail(body, url): ExtractInput {
      const data = dig(json(body, url), 'result', 'data') as Record<string, unknown> | undefined;
      const content = data?.content;
      if (typeof content !== 'string' || !content.trim()) throw new ParseError('detail response without result.data.content', url);
      return {
        html: content,
        url,
        hints: {
          title: cap(String(data?.title ?? '')),
          publishedAt: isoDay(data?.publishDate),
          region: cap(typeof data?.districtName === 'string' ? data.districtName : typeof data?.districtCode === 'string' ? data.districtCode : null, 50),
          agency: cap(typeof data?.author === 'string' ? data.author : null, 200),
          noticeType: cap(typeof data?.announcementType === 'string' ? data.announcementType : null, 50),
        },
      };
    },
    canonicalize,
  };
}
