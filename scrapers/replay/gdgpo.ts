/**
 * The Guangdong (gdgpo.czt.gd.gov.cn, gpcms) replay, portals.md §5:
 * - `/` is the SPA shell; its inline script sets the WAF session cookie, so only a browser that
 *   ran it gets data;
 * - `GET /gpcms/rest/web/v2/info/selectInfoMoreChannel` (channel list by noticeType/regionCode),
 *   `selectInfoForIndex` (full-text search by searchKey and operationStartTime/EndTime) and
 *   `getInfoById?id=` answer `{code: "200", msg, data}` — or a 403 WAF page without the cookie;
 * - SPA routes opened directly (`/noticeGd`, `/articleGd`) are 403, as BP-GD reports.
 * Fixtures: tests/fixtures/gdgpo/ (written by scrapers/replay/fixture-generate.ts).
 * @module
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { GDGPO_COOKIE, type GdgpoNotice } from './fixture-gdgpo-notices.js';
import { SAMPLE_META } from './fixture-ccgp-spec.js';
import type { ReplayHandler, ReplayRequest, ReplayResponse } from './types.js';

export { GDGPO_COOKIE, type GdgpoNotice } from './fixture-gdgpo-notices.js';

/** Where the gdgpo fixtures live. */
export const GDGPO_FIXTURE_DIR = fileURLToPath(new URL('../../tests/fixtures/gdgpo/', import.meta.url));


const API = '/gpcms/rest/web/v2/info/';
const MAX_PAGE_SIZE = 20;

let notices: GdgpoNotice[] | null = null;
let shell: string | null = null;

/** The notices the replay serves (read once), newest first. */
export function gdgpoFixtureIndex(): GdgpoNotice[] {
  notices ??= JSON.parse(readFileSync(GDGPO_FIXTURE_DIR + 'notices.json', 'utf8')) as GdgpoNotice[];
  return notices;
}

/** The WAF refusal the API gives a client without the session cookie. */
export function gdgpoWafPage(): string {
  return `<!DOCTYPE html><html><head><meta charset="utf-8">${SAMPLE_META}<title>403 Forbidden</title></head><body><h1>403 Forbidden</h1><p>您的访问请求被Web应用防火墙拦截（WAF）。</p><p>【样例数据·非真实公告】</p></body></html>`;
}

function hasCookie(req: ReplayRequest): boolean {
  const raw = req.headers.cookie;
  const cookie = Array.isArray(raw) ? raw.join('; ') : (raw ?? '');
  return cookie.split(/;\s*/).includes(`${GDGPO_COOKIE.name}=${GDGPO_COOKIE.value}`);
}

const json = (o: unknown): ReplayResponse => ({ status: 200, headers: { 'content-type': 'application/json;charset=UTF-8' }, body: JSON.stringify(o) });
const forbidden = (): ReplayResponse => ({ status: 403, headers: { 'content-type': 'text/html; charset=utf-8' }, body: gdgpoWafPage() });

/** List row: the detail-only fields dropped, the keyword highlighted like the real API does. */
function row(n: GdgpoNotice, kw: string): Record<string, unknown> {
  const { content: _c, videoOps: _v, ...rest } = n;
  const title = kw ? n.title.split(kw).join(`<font color='#be0108'>${kw}</font>`) : n.title;
  return { ...rest, title };
}

function page(rows: GdgpoNotice[], q: URLSearchParams, kw: string): ReplayResponse {
  const size = Math.min(MAX_PAGE_SIZE, Math.max(1, Number(q.get('pageSize')) || 10));
  const curr = Math.max(1, Number(q.get('currPage')) || 1);
  const slice = rows.slice((curr - 1) * size, curr * size);
  return json({ code: '200', msg: '操作成功', data: { total: rows.length, rows: slice.map((n) => row(n, kw)) } });
}

function filtered(q: URLSearchParams, search: boolean): GdgpoNotice[] {
  const type = q.get('noticeType') ?? '';
  const region = q.get('regionCode') ?? '';
  const kw = search ? (q.get('searchKey') ?? '').trim() : '';
  const from = search ? (q.get('operationStartTime') ?? '') : '';
  const to = search ? (q.get('operationEndTime') ?? '') : '';
  const purchaser = search ? (q.get('purchaser') ?? '') : '';
  const agency = search ? (q.get('agency') ?? '') : '';
  return gdgpoFixtureIndex().filter(
    (n) =>
      (!type || type.split(',').some((t) => n.noticeType.startsWith(t))) &&
      (!region || n.regionCode === region) &&
      (!kw || n.title.includes(kw) || n.content.includes(kw)) &&
      (!from || n.noticeTime >= from) &&
      (!to || n.noticeTime <= to) &&
      (!purchaser || n.purchaser.includes(purchaser)) &&
      (!agency || n.agency.includes(agency)),
  );
}

/** The gdgpo replay handler. */
export const gdgpoHandler: ReplayHandler = (req) => {
  if (req.method !== 'GET' && req.method !== 'HEAD') return null;
  if (req.path === '/' || req.path === '/index.html') {
    shell ??= readFileSync(GDGPO_FIXTURE_DIR + 'index.html', 'utf8');
    return { status: 200, headers: { 'content-type': 'text/html; charset=utf-8' }, body: shell };
  }
  if (req.path === '/noticeGd' || req.path === '/articleGd') return forbidden();
  if (!req.path.startsWith(API)) return null;
  const endpoint = req.path.slice(API.length);
  if (!['selectInfoMoreChannel', 'selectInfoForIndex', 'getInfoById'].includes(endpoint)) return null;
  if (!hasCookie(req)) return forbidden();
  if (endpoint === 'getInfoById') {
    const n = gdgpoFixtureIndex().find((x) => x.id === req.query.get('id'));
    if (!n) return null;
    const { videoOps: _v, ...data } = n;
    return json({ code: '200', msg: '操作成功', data: { ...data, attchList: [], bidCompany: '', successfulMoney: '' } });
  }
  const search = endpoint === 'selectInfoForIndex';
  return page(filtered(req.query, search), req.query, search ? (req.query.get('searchKey') ?? '').trim() : '');
};
