/**
 * The 政采云 (zcy) platform replay shared by Guangxi and Zhejiang (portals.md §3–4):
 * `POST /portal/category` with a JSON body `{pageNo, pageSize, categoryCode, publishDateBegin?,
 * publishDateEnd?, …}` → `{success, result: {data: {total, data: [...]}}}` (newest first), and
 * `GET /portal/detail?articleId=…` → `{success, result: {data: {title, content, …}}}`. A small
 * page at `/` gives browser-driven adapters a page to open first.
 * @module
 */
import { readFileSync } from 'node:fs';
import type { ZcyNotice } from './fixture-guangxi-notices.js';
import { SAMPLE_LINE, SAMPLE_META } from './fixture-ccgp-spec.js';
import type { ReplayHandler, ReplayResponse } from './types.js';

const json = (status: number, o: unknown): ReplayResponse => ({ status, headers: { 'content-type': 'application/json;charset=UTF-8' }, body: JSON.stringify(o) });
const bad = (msg: string): ReplayResponse => json(400, { success: false, error: msg, result: null });

/** `YYYY-MM-DD` at China time → [start ms, end ms] of that day; null when malformed. */
function dayMs(day: unknown, end: boolean): number | null {
  if (typeof day !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(day)) return null;
  return Date.parse(`${day}T${end ? '23:59:59.999' : '00:00:00'}+08:00`);
}

/** Options for a portal behind a JS-challenge WAF (Zhejiang's Aliyun WAF, BA-ZJ). */
export interface ZcyWaf {
  cookie: { name: string; value: string };
}

/**
 * The Aliyun-style JS challenge (markers `aliyun_waf_aa`, `renderData` as BA-ZJ reports): a
 * browser runs the script, gets the cookie and reloads; a plain HTTP client stays here.
 */
export function zcyWafChallenge(cookie: ZcyWaf['cookie']): string {
  return `<!DOCTYPE html><html><head><meta charset="utf-8">${SAMPLE_META}<title></title></head><body>
<p class="procwatch-sample">${SAMPLE_LINE}</p>
<textarea id="renderData" style="display:none">{"_waf_bd8ce2ce37":"procwatch-sample"}</textarea>
<script>
var aliyun_waf_aa = "${cookie.value}";
document.cookie = "${cookie.name}=" + aliyun_waf_aa + "; path=/; max-age=1800";
location.reload();
</script>
</body></html>`;
}

function hasCookie(headers: Record<string, string | string[] | undefined>, c: ZcyWaf['cookie']): boolean {
  const raw = headers.cookie;
  const cookie = Array.isArray(raw) ? raw.join('; ') : (raw ?? '');
  return cookie.split(/;\s*/).includes(`${c.name}=${c.value}`);
}

/** A loader-plus-handler for one zcy portal whose notices live in `<dir>/notices.json`. */
export function zcyReplay(dir: string, siteName: string, waf?: ZcyWaf): { index: () => ZcyNotice[]; handler: ReplayHandler } {
  let notices: ZcyNotice[] | null = null;
  const index = (): ZcyNotice[] => (notices ??= JSON.parse(readFileSync(dir + 'notices.json', 'utf8')) as ZcyNotice[]);

  const category = (body: string): ReplayResponse => {
    let q: Record<string, unknown>;
    try {
      q = JSON.parse(body || '{}') as Record<string, unknown>;
    } catch {
      return bad('请求体不是合法的JSON');
    }
    const pageNo = Number(q.pageNo ?? 1);
    const pageSize = Number(q.pageSize ?? 15);
    if (!Number.isInteger(pageNo) || pageNo < 1 || !Number.isInteger(pageSize) || pageSize < 1 || pageSize > 100) return bad('pageNo/pageSize 不合法');
    if (typeof q.categoryCode !== 'string' || !q.categoryCode) return bad('categoryCode 不能为空');
    const from = q.publishDateBegin ? dayMs(q.publishDateBegin, false) : null;
    const to = q.publishDateEnd ? dayMs(q.publishDateEnd, true) : null;
    if ((q.publishDateBegin && from === null) || (q.publishDateEnd && to === null)) return bad('publishDateBegin/End 应为 YYYY-MM-DD');
    const rows = index().filter((n) => n.categoryCode === q.categoryCode && (from === null || n.publishDate >= from) && (to === null || n.publishDate <= to));
    const data = rows.slice((pageNo - 1) * pageSize, pageNo * pageSize).map((n) => ({
      articleId: n.articleId, title: n.title, pathName: n.pathName, publishDate: n.publishDate, districtCode: n.districtCode,
      districtName: n.districtName, author: n.author, purchaseName: n.purchaseName, gpCatalogName: n.gpCatalogName,
      procurementMethod: n.procurementMethod, invalid: n.invalid,
      ...(n.supplierName !== undefined ? { supplierName: n.supplierName, totalContractAmount: n.totalContractAmount ?? null } : {}),
    }));
    return json(200, { success: true, error: null, result: { data: { total: rows.length, data } } });
  };

  const detail = (articleId: string | null): ReplayResponse | null => {
    const n = index().find((x) => x.articleId === articleId);
    if (!n) return null;
    return json(200, {
      success: true,
      error: null,
      result: {
        data: {
          articleId: n.articleId, title: n.title, author: n.author, projectCode: n.projectCode, projectName: n.projectName,
          publishDate: n.publishDate, districtCode: n.districtCode, districtName: n.districtName, announcementType: n.categoryCode,
          categoryNames: ['结果公告', n.pathName], content: n.content, attachmentList: [],
          announcementLinkDtoList: [
            { type: 'ZcyAnnouncement2', typeName: '采购公告', articleId: null, isExist: false, publishDate: null },
            { type: 'ZcyAnnouncement4', typeName: '结果公告', articleId: n.articleId, isExist: true, publishDate: n.publishDate },
          ],
        },
      },
    });
  };

  const home = `<!DOCTYPE html><html><head><meta charset="utf-8">${SAMPLE_META}<title>${siteName}</title></head><body><p class="procwatch-sample">${SAMPLE_LINE}</p><div id="app">${siteName}</div></body></html>`;

  const handler: ReplayHandler = (req) => {
    const known = ['/portal/category', '/portal/detail', '/', '/site/index'].includes(req.path);
    if (known && waf && !hasCookie(req.headers, waf.cookie)) {
      return { status: 200, headers: { 'content-type': 'text/html; charset=utf-8' }, body: zcyWafChallenge(waf.cookie) };
    }
    if (req.path === '/portal/category') return req.method === 'POST' ? category(req.body) : json(405, { success: false, error: 'Request method not supported', result: null });
    if (req.method !== 'GET' && req.method !== 'HEAD') return null;
    if (req.path === '/portal/detail') return detail(req.query.get('articleId'));
    if (req.path === '/' || req.path === '/site/index') return { status: 200, headers: { 'content-type': 'text/html; charset=utf-8' }, body: home };
    return null;
  };
  return { index, handler };
}
