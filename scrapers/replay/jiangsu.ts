/**
 * The Jiangsu (www.ccgp-jiangsu.gov.cn) replay, portals.md §7:
 * - `GET /jscms/js_lmapi/api/getArticeData/lists/z_jggg_{1,2,3,4}` → `{code: 200, result: [...]}`,
 *   the home page's 结果公告 feeds (area 1 is empty, as BA-JS found), newest first;
 * - `GET /pss/jsp/relevantCgggListByProjId.jsp?gglb=&ggid=&projId=` → seven blank lines, then
 *   `{msg: "OK", data: [notice], left_lmList: [[notice], [采购意向]], cgxm: {...}}` in the key
 *   order and field set of shared/samples/jiangsu-detail-1.json; an unknown ggid (or the broken
 *   notice) gets `data: []`.
 * Feed items carry the same record as `data[]` with the summary cut to 160 characters, as every
 * summary in the saved response is; details carry the whole text, as portals.md and BA-JS say,
 * except one notice served with the preview only. Assumed, not documented: the feed item's fields
 * beyond title/id/ggCode/projId/summary, the result notices' ggCode (zbgg, BA-JS's fallback) and
 * the JSP's content type. Every response carries a leading "procwatch-sample" key, and every
 * summary opens with 【样例数据·非真实公告】. Under the changed-layout fault the feed moves to
 * `data.list` and `summary` becomes `ggContent`, as a new API version might.
 * @module
 */
import { SAMPLE_LINE } from './fixture-ccgp-spec.js';
import { JIANGSU_NOTICES, JIANGSU_SUMMARY_CAP, jiangsuSummary, type JiangsuNotice } from './jiangsu-notices.js';
import type { ReplayHandler, ReplayResponse } from './types.js';

export { JIANGSU_NOTICES, jiangsuSummary, type JiangsuNotice } from './jiangsu-notices.js';

/** The notices the replay serves, newest first (tests compare the scrape with these). */
export function jiangsuFixtureIndex(): JiangsuNotice[] {
  return JIANGSU_NOTICES;
}

/** The marker every replayed response opens with (the run flags its pages as sample data). */
const MARK = { 'procwatch-sample': 'replayed sample page, not a real announcement', note: SAMPLE_LINE };

const preview = (n: JiangsuNotice) => jiangsuSummary(n).slice(0, JIANGSU_SUMMARY_CAP);

/** A notice record in the sample's key order; `summary` as given. */
function record(n: JiangsuNotice, summary: string, over: Partial<Record<string, string>> = {}): Record<string, unknown> {
  return {
    summary,
    purchaseItemName: '其他服务',
    projId: n.projId,
    pLmId: '',
    ggCode: n.ggCode,
    projName: n.projName,
    publishDate: n.publishDate,
    projNumber: n.projNumber,
    agentName: n.agentName,
    title: n.title,
    type: 1,
    buyerName: n.buyerName,
    lmId: '',
    pZoneName: '',
    purchaseWay: 'cgfs001',
    ppp: '0',
    pLmName: '',
    siteId: '1',
    id: n.id,
    zoneName: n.zoneName,
    pZoneCode: '',
    purchaseItem: 'C99000000',
    lmName: '',
    zoneCode: n.zoneCode,
    ...over,
  };
}

/** The project's 采购意向 notice, as left_lmList lists it beside the notice itself. */
function intention(n: JiangsuNotice): Record<string, unknown> {
  const title = `${n.buyerName}2026年3月政府采购意向公告`;
  const summary = `${SAMPLE_LINE}${title}为便于供应商及时了解政府采购信息，现将${title}如下：编号项目名称采购需求概况采购预算(万元)预计采购月份是否专门面向中小企业1${n.projName}`.slice(0, JIANGSU_SUMMARY_CAP);
  return record(n, summary, { ggCode: 'cgyx', id: `${n.id.slice(16)}${n.id.slice(0, 16)}`, title, publishDate: '2026-03-20 09:00:00' });
}

/** The detail API's answer for `ggid` (data: [] when it holds nothing for it). */
export function jiangsuDetailBody(ggid: string | null): string {
  const n = JIANGSU_NOTICES.find((x) => x.id === ggid);
  const payload = (() => {
    if (!n) return { ...MARK, msg: 'OK', data: [], left_lmList: [], cgxm: null };
    const rec = record(n, n.previewOnly ? preview(n) : jiangsuSummary(n));
    const cgxm = {
      purchaseItemName: '其他服务', purchaseWay: 'cgfs001', ppp: '0', purchaseItemLabel: '暂无', projName: n.projName, agentName: n.agentName,
      projNumber: n.projNumber, id: n.projId, isNewRecord: false, purchaseItem: 'C99000000', buyerName: n.buyerName,
    };
    return { ...MARK, msg: 'OK', data: n.broken ? [] : [rec], left_lmList: [[record(n, preview(n))], [intention(n)]], cgxm };
  })();
  return `\n\n\n\n\n\n\n${JSON.stringify(payload)}`;
}

/** One 结果公告 feed: `{code: 200, result: [...]}`, items with the 160-character summary. */
export function jiangsuFeedBody(area: string): string {
  const result = JIANGSU_NOTICES.filter((n) => n.area === area).map((n) => record(n, preview(n)));
  return JSON.stringify({ ...MARK, code: 200, result });
}

const send = (body: string, type: string): ReplayResponse => ({ status: 200, headers: { 'content-type': type }, body });

const CHANGED = '/_variants/changed-layout';

/** The layout-drift fault: a new API version that wraps the feed in `data.list` and renames `summary`. */
function changedLayout(path: string, query: URLSearchParams): ReplayResponse | null {
  const plain = jiangsuHandler({ method: 'GET', path, query, body: '', headers: {} }, { baseUrl: '' });
  if (!plain) return null;
  const text = String(plain.body);
  const o = JSON.parse(text.trim()) as Record<string, unknown>;
  if (Array.isArray(o.result)) return send(JSON.stringify({ ...MARK, code: 200, data: { list: o.result } }), 'application/json;charset=UTF-8');
  return send(text.replace(/"summary":/g, '"ggContent":'), 'text/html;charset=UTF-8');
}

/** The Jiangsu replay handler. */
export const jiangsuHandler: ReplayHandler = (req) => {
  if (req.method !== 'GET' && req.method !== 'HEAD') return null;
  if (req.path.startsWith(CHANGED)) return changedLayout(req.path.slice(CHANGED.length), req.query);
  const feed = /^\/jscms\/js_lmapi\/api\/getArticeData\/lists\/z_jggg_(\d)$/.exec(req.path);
  if (feed) return ['1', '2', '3', '4'].includes(feed[1]) ? send(jiangsuFeedBody(feed[1]), 'application/json;charset=UTF-8') : null;
  if (req.path === '/pss/jsp/relevantCgggListByProjId.jsp') return send(jiangsuDetailBody(req.query.get('ggid')), 'text/html;charset=UTF-8');
  return null;
};
