/**
 * 江苏政府采购网 (www.ccgp-jiangsu.gov.cn), portals.md §7: two JSON endpoints over plain HTTP
 * (BA-JS reads them with httpx; robots.txt is a 404; no block reported), so the fetcher is http.
 *
 * List: `GET /jscms/js_lmapi/api/getArticeData/lists/z_jggg_{2,3,4}`, the home page's 结果公告
 * feeds (2 = 省级; 3 and 4 are further area tabs whose meaning no source states), about 7 items
 * each, `{code: 200, result: [{title, id, ggCode, projId, summary, …}]}`. They take no page
 * parameter, and the paged search (`search_cggg.jsp`) needs a captcha, which procwatch does not
 * solve: a run reads the three feeds and never pages.
 *
 * Detail: `GET /pss/jsp/relevantCgggListByProjId.jsp?gglb=<ggCode>&ggid=<id>&projId=`, a JSON
 * body after blank lines: `{msg: "OK", data: [{title, summary, publishDate, projNumber, projName,
 * buyerName, agentName, zoneName, zoneCode, …}], left_lmList, cgxm}`
 * (shared/samples/jiangsu-detail-1.json). Its URL is the notice's source URL, as Guangxi's
 * `/portal/detail` is (the human page `/jiangsu/js_cggg/details.html?gglb=&ggid=` is a script
 * shell over these APIs).
 *
 * The text is `summary`. portals.md and BA-JS call it the full text, but in the one real
 * response saved every summary is exactly 160 characters and stops mid-word (the project number
 * `JSZC-320000-HW…`): it may be a preview. So the adapter puts the title and the JSON's own
 * 项目编号, 项目名称, 采购人 and 采购代理机构 before it (a preview holds none of the parties), and
 * a summary of exactly {@link JIANGSU_PREVIEW_CHARS} characters loses its last, possibly cut,
 * line, so that no half number is read as a code or an amount.
 * @module
 */
import { ParseError, PortalChangedError } from '../errors.js';
import type { ExtractInput } from '../extract/types.js';
import { cap, isoDay, type ListItem, type ListPage, type ListRequest, type Source, onBase } from './types.js';

const BASE = 'http://www.ccgp-jiangsu.gov.cn';

/** The 结果公告 feeds a run reads (BA-JS: area 2 = 省级, 3, 4; area 1 is empty). */
export const JIANGSU_AREAS = ['2', '3', '4'];

/** The length every summary has in the saved real response (see the module comment). */
export const JIANGSU_PREVIEW_CHARS = 160;

/** The feeds are the portal's 结果公告 (BA-JS); given to the extractor as the notice type. */
const FEED_NOTICE_TYPE = '结果公告';

interface JiangsuRecord {
  id?: unknown;
  ggCode?: unknown;
  title?: unknown;
  summary?: unknown;
  publishDate?: unknown;
  projNumber?: unknown;
  projName?: unknown;
  buyerName?: unknown;
  agentName?: unknown;
  zoneName?: unknown;
  zoneCode?: unknown;
}

const str = (v: unknown): string | null => (typeof v === 'string' && v.trim() ? v.trim() : null);

/** The detail API URL of a notice (the canonical URL and dedup key). */
export function jiangsuDetailUrl(ggCode: string, id: string): string {
  return `${BASE}/pss/jsp/relevantCgggListByProjId.jsp?${new URLSearchParams({ gglb: ggCode, ggid: id, projId: '' }).toString()}`;
}

function parseJson(body: string, url: string, Err: typeof ParseError): Record<string, unknown> {
  let v: unknown;
  try {
    // the detail JSP answers blank lines before its JSON (shared/samples/jiangsu-detail-1.json)
    v = JSON.parse(body.replace(/^\ufeff/, '').trim());
  } catch {
    throw new Err('expected JSON, got something else', url);
  }
  if (!v || typeof v !== 'object' || Array.isArray(v)) throw new Err('expected a JSON object', url);
  return v as Record<string, unknown>;
}

/** The region as the portal states it: the GB/T 2260 code when there is one, else the name. */
function region(r: JiangsuRecord): string | null {
  const code = str(r.zoneCode);
  return code && /^\d{6}$/.test(code) ? code : cap(str(r.zoneName), 50);
}

/** Parse one 结果公告 feed. Throws PortalChangedError when it is not `{code: 200, result: []}`. */
export function parseJiangsuList(body: string, req: ListRequest): ListPage {
  const o = parseJson(body, req.url, PortalChangedError);
  if (Number(o.code) !== 200) throw new PortalChangedError(`list feed answered code ${JSON.stringify(o.code)}`, req.url);
  if (!Array.isArray(o.result)) throw new PortalChangedError('list feed without result[]', req.url);
  const items: ListItem[] = [];
  for (const r of o.result as JiangsuRecord[]) {
    const id = str(r?.id);
    const gg = str(r?.ggCode);
    if (!id || !gg) continue;
    const title = cap(str(r.title)) ?? '';
    const day = isoDay(r.publishDate);
    items.push({
      url: jiangsuDetailUrl(gg, id),
      title,
      publishedAt: day,
      hints: { title, publishedAt: day, buyer: cap(str(r.buyerName), 200), agency: cap(str(r.agentName), 200), region: region(r), noticeType: FEED_NOTICE_TYPE },
    });
  }
  if (o.result.length && !items.length) throw new PortalChangedError(`list feed has ${o.result.length} items but none with id and ggCode`, req.url);
  return { items, next: null, total: null };
}

/** A summary at the preview length without its last line, which may stop mid-value. */
export function jiangsuSummaryText(summary: string): string {
  const s = summary.replace(/\r\n?/g, '\n');
  if (s.length !== JIANGSU_PREVIEW_CHARS) return s;
  const cut = s.lastIndexOf('\n');
  return cut > 0 ? s.slice(0, cut) : '';
}

/** Parse a detail response into the extractor's input. Throws ParseError when it holds no notice. */
export function parseJiangsuDetail(body: string, url: string): ExtractInput {
  const o = parseJson(body, url, ParseError);
  if (o.msg !== 'OK') throw new ParseError(`detail response msg ${JSON.stringify(o.msg ?? null)}`, url);
  const data = Array.isArray(o.data) ? (o.data as JiangsuRecord[]) : [];
  const ggid = new URL(url, BASE).searchParams.get('ggid');
  // data[] holds the notice asked for (ggid); the project's other notices are in left_lmList
  const rec = data.find((d) => str(d?.id) === ggid) ?? (data.length === 1 && !str(data[0]?.id) ? data[0] : undefined);
  if (!rec) throw new ParseError(`detail response without the notice ${ggid ?? ''} in data[]`, url);
  const summary = str(rec.summary);
  if (!summary) throw new ParseError('detail response without data[].summary', url);
  const title = cap(str(rec.title));
  // a plain text's first line is its title to the extractor, then the JSON's own fields
  const fields = [['项目编号', rec.projNumber], ['项目名称', rec.projName], ['采购人', rec.buyerName], ['采购代理机构', rec.agentName]] as const;
  const head = [title, ...fields.map(([k, v]) => (str(v) ? `${k}：${str(v)}` : null))];
  return {
    text: [...head.filter(Boolean), jiangsuSummaryText(summary)].join('\n'),
    url,
    hints: {
      title,
      publishedAt: isoDay(rec.publishDate),
      buyer: cap(str(rec.buyerName), 200),
      agency: cap(str(rec.agentName), 200),
      region: region(rec),
    },
  };
}

const canonicalize = (url: string): string => onBase(BASE, url);

/** The Jiangsu adapter. */
export const jiangsu: Source = {
  id: 'jiangsu',
  name: '江苏政府采购网',
  baseUrl: BASE,
  fetcher: 'http',
  // portals.md §7: BA-JS spaces requests 8 s apart per domain.
  pacing: { rate: 1 / 8, retries: 3 },
  modes: ['lists'],
  classifyTitles: true,
  startRequests: () => JIANGSU_AREAS.map((a) => ({ url: `${BASE}/jscms/js_lmapi/api/getArticeData/lists/z_jggg_${a}`, label: `z_jggg_${a}`, page: 1 })),
  parseList: parseJiangsuList,
  detailRequest: (url) => ({ url }),
  parseDetail: parseJiangsuDetail,
  canonicalize,
};
