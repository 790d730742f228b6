/**
 * The vocabulary of the ccgp replay fixtures: what one replayed notice is (a spec rendered into
 * the real detail template), the channel and province tables of the real portal, and the small
 * formatting helpers the generator and the handler share. No I/O here.
 * @module
 */

import type { ExpectedNotice } from './fixture-ccgp-expected.js';

/** Coarse announcement kinds (shared/docs/domain.md); the replay index reports them per notice. */
export type CcgpNoticeKind =
  | 'intention'
  | 'tender'
  | 'single-source'
  | 'award'
  | 'contract'
  | 'correction'
  | 'failure'
  | 'other';

/** Where a replayed notice comes from: a corpus text, a notice we wrote modelled on real ones, filler, or the hostile one. */
export type CcgpOrigin = 'corpus' | 'modelled' | 'filler' | 'hostile';

/** One row of the 公告概要 table: a section heading or one/two label→value pairs. */
export type SummaryRow = { head: string } | { pairs: Array<[string, string]> };

/** Everything needed to render one detail page and list it in channels and search. */
export interface CcgpNoticeSpec {
  /** ccgp article id (the `<id>` of `tYYYYMMDD_<id>.htm`) */
  id: number;
  /** zygg = 中央公告, dfgg = 地方公告 */
  scope: 'zygg' | 'dfgg';
  /** channel code: zbgg, cjgg, gkzb, … (CCGP_CHANNELS) */
  channel: string;
  /** publication time `YYYY-MM-DD HH:MM` (what meta PubDate carries) */
  pubTime: string;
  title: string;
  kind: CcgpNoticeKind;
  /** ground truth for the video-ops classifier: true only for account operation / video production services */
  videoOps: boolean;
  /** province full name (广东省), null when the notice does not say (central units use 北京市 like the real portal) */
  province: string | null;
  /** 行政区域 cell as the portal shows it (龙华区, 长沙市, 四川省), null when unknown */
  region: string | null;
  buyer: string | null;
  agency: string | null;
  /** 品目 top level: 1 货物, 2 工程, 3 服务 (bxsearch pinMu) */
  pinMu: 1 | 2 | 3;
  /** 品目 text shown in the summary and the search meta line */
  category: string;
  summary: SummaryRow[];
  /** a verbatim 公告概要 block (div.table) from a saved real page, used instead of `summary` */
  summaryHtml?: string;
  /** the body HTML placed inside div.vF_detail_content */
  bodyHtml: string;
  origin: CcgpOrigin;
  /** corpus file name when origin is corpus */
  corpusFile?: string;
  projectCode?: string;
  /** true when the page date is a replay assignment because the source text carries none */
  dateAssigned?: boolean;
  /** a few words on what the notice exercises (multi-lot, 万元, uppercase, rate …) */
  features?: string[];
  /** modelled notices: what a correct extraction yields (fixture-ccgp-expected.ts) */
  expected?: ExpectedNotice;
}

/** What the index tells tests and adapters about one served notice (the spec without its body). */
export interface CcgpIndexEntry extends Omit<CcgpNoticeSpec, 'bodyHtml' | 'summary' | 'summaryHtml'> {
  /** URL path of the detail page, e.g. /cggg/dfgg/zbgg/202505/t20250527_24670758.htm */
  path: string;
  /** 地域 as shown in lists and search (province short name: 广东, 北京), '' when unknown */
  zone: string;
  /** 2-digit province code as used by bxsearch zoneId, '' when unknown */
  zoneId: string;
  bytes: number;
}

/** Channel code → 中文名 and bxsearch bidType (portals.md §1, §2.3). */
export const CCGP_CHANNELS: Record<string, { name: string; bidType: number }> = {
  gkzb: { name: '公开招标公告', bidType: 1 },
  xjgg: { name: '询价公告', bidType: 2 },
  jzxtpgg: { name: '竞争性谈判公告', bidType: 3 },
  dylygg: { name: '单一来源公告', bidType: 4 },
  zgysgg: { name: '资格预审公告', bidType: 5 },
  yqzbgg: { name: '邀请招标公告', bidType: 6 },
  zbgg: { name: '中标公告', bidType: 7 },
  gzgg: { name: '更正公告', bidType: 8 },
  qtgg: { name: '其他公告', bidType: 9 },
  jzxcs: { name: '竞争性磋商公告', bidType: 10 },
  cjgg: { name: '成交公告', bidType: 11 },
  fblbgg: { name: '终止公告', bidType: 12 },
};

/** Province full name → [short name used by bxsearch displayZone, 2-digit zoneId]. */
export const PROVINCES: Record<string, [string, string]> = {
  北京市: ['北京', '11'], 天津市: ['天津', '12'], 河北省: ['河北', '13'], 山西省: ['山西', '14'],
  内蒙古自治区: ['内蒙古', '15'], 辽宁省: ['辽宁', '21'], 吉林省: ['吉林', '22'], 黑龙江省: ['黑龙江', '23'],
  上海市: ['上海', '31'], 江苏省: ['江苏', '32'], 浙江省: ['浙江', '33'], 安徽省: ['安徽', '34'],
  福建省: ['福建', '35'], 江西省: ['江西', '36'], 山东省: ['山东', '37'], 河南省: ['河南', '41'],
  湖北省: ['湖北', '42'], 湖南省: ['湖南', '43'], 广东省: ['广东', '44'], 广西壮族自治区: ['广西', '45'],
  海南省: ['海南', '46'], 重庆市: ['重庆', '50'], 四川省: ['四川', '51'], 贵州省: ['贵州', '52'],
  云南省: ['云南', '53'], 西藏自治区: ['西藏', '54'], 陕西省: ['陕西', '61'], 甘肃省: ['甘肃', '62'],
  青海省: ['青海', '63'], 宁夏回族自治区: ['宁夏', '64'], 新疆维吾尔自治区: ['新疆', '65'],
};

/** The detail URL path the real portal uses for a notice. */
export function ccgpDetailPath(spec: Pick<CcgpNoticeSpec, 'scope' | 'channel' | 'pubTime' | 'id'>): string {
  const ymd = spec.pubTime.slice(0, 10).replaceAll('-', '');
  return `/cggg/${spec.scope}/${spec.channel}/${ymd.slice(0, 6)}/t${ymd}_${spec.id}.htm`;
}

/** Escape text for HTML element content and attribute values. */
export function esc(text: string): string {
  return text
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&#39;');
}

/** ccgp's summary-box money form: yuan → "￥668.790000 万元（人民币）". */
export function summaryWan(yuan: number): string {
  return `￥${(yuan / 10000).toFixed(6)} 万元（人民币）`;
}

/** `2025-05-27 20:20` → `2025年05月27日 20:20` (span#pubTime form). */
export function cnDateTime(pubTime: string): string {
  const [d, t] = pubTime.split(' ');
  const [y, m, day] = d.split('-');
  return `${y}年${m}月${day}日 ${t}`;
}

/** The sample-data marker every replayed page carries (meta + visible line). */
export const SAMPLE_META = '<meta name="procwatch-sample" content="replayed sample page, not a real announcement">';
export const SAMPLE_LINE = '【样例数据·非真实公告】';
