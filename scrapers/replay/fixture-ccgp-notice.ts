/**
 * `modelledNotice()`: the compact way the modelled-notice lists describe one notice. It fills the
 * 公告概要 from the same values the body states (never more), derives kind-specific defaults and
 * returns a full spec. Pure.
 * @module
 */
import type { Parties } from './fixture-ccgp-bodies.js';
import { CCGP_EXPECTED } from './fixture-ccgp-expected.js';
import { esc, summaryWan, type CcgpNoticeKind, type CcgpNoticeSpec, type SummaryRow } from './fixture-ccgp-spec.js';

export interface ModelledInput {
  /** `YYYY-MM-DD HH:MM` */
  t: string;
  scope?: 'zygg' | 'dfgg';
  channel: string;
  kind: CcgpNoticeKind;
  video: boolean;
  province: string;
  /** 行政区域 as the portal shows it */
  region: string;
  title: string;
  code: string;
  category: string;
  pinMu: 1 | 2 | 3;
  parties: Parties;
  /** 总中标金额 for the summary, only when the body states money totals (not rates or unit prices) */
  totalYuan?: number;
  /** 预算金额 for the summary (tenders) */
  budgetYuan?: number;
  features: string[];
  body: (name: string, date: string) => string;
}

/** Strip the notice-type suffix from a title to get the project name. */
export function projectName(title: string): string {
  return title.replace(
    /(的)?(中标（成交）结果|中标结果|成交结果|中标|成交|公开招标|竞争性磋商|竞争性谈判|询价|单一来源采购公示|单一来源|合同|更正|废标|终止|采购意向)*公告$|(采购意向公开|单一来源采购公示)$/,
    '',
  );
}

const SPAN_HEAD = '<span style="line-height: 50px; font-size: 26px; font-weight: bold; margin-top: 28px; display: block;">';
const SPAN_LINE = '<span style="line-height: 50px; font-size: 22px; display: block;">';

/**
 * The Shenzhen agency-system layout of the real sample page (shared/samples/ccgp-detail-1.html):
 * the whole body in one table cell, every line a `display: block` span, headings bold. Same text,
 * different tags — adapters must read text, not paragraphs.
 */
export function spanTableLayout(bodyHtml: string, agency: string): string {
  const inner = bodyHtml
    .replace(/<p><strong>([\s\S]*?)<\/strong><\/p>/g, `${SPAN_HEAD}$1</span>`)
    .replace(/<p style="text-indent:2em">([\s\S]*?)<\/p>/g, `${SPAN_LINE}&nbsp;&nbsp;&nbsp;&nbsp;$1</span>`)
    .replace(/<p>([\s\S]*?)<\/p>/g, `${SPAN_LINE}$1</span>`);
  return `<table width="100%" style="line-height: 2; font-family: 宋体; font-size: 24px; width: 98%; margin: 0px auto;" border="0">  <tbody>    <tr>      <td style="text-align: center; color: rgb(13, 105, 173); font-family: 黑体; font-size: 24pt; font-weight: bold;">${agency}</td>    </tr>    <tr>      <td>      ${inner}      </td>    </tr>  </tbody></table>`;
}

/** Build a spec from the compact description. Every third notice uses the span-table layout. */
function layoutFor(id: number, m: ModelledInput): string {
  const date = m.t.slice(0, 10);
  const body = m.body(projectName(m.title), `${date.slice(0, 4)}年${date.slice(5, 7)}月${date.slice(8, 10)}日`);
  return id % 3 === 0 ? spanTableLayout(body, esc(m.parties.agency ?? m.parties.buyer)) : body;
}

export function modelledNotice(id: number, m: ModelledInput): CcgpNoticeSpec {
  const name = projectName(m.title);
  const when = m.t.replace(/^(\d{4})-(\d\d)-(\d\d) /, '$1年$2月$3日  ');
  const summary: SummaryRow[] = [
    { head: '公告信息：' },
    { pairs: [['采购项目名称', name]] },
    { pairs: [['品目', m.category]] },
    { pairs: [['采购单位', m.parties.buyer]] },
    { pairs: [['行政区域', m.region], ['公告时间', when]] },
  ];
  if (m.totalYuan != null) summary.push({ pairs: [[m.channel === 'cjgg' ? '总成交金额' : '总中标金额', summaryWan(m.totalYuan)]] });
  if (m.budgetYuan != null) summary.push({ pairs: [['预算金额', summaryWan(m.budgetYuan)]] });
  summary.push({ head: '联系人及联系方式：' });
  summary.push({ pairs: [['采购单位', m.parties.buyer]] }, { pairs: [['采购单位地址', m.parties.buyerAddr]] });
  if (m.parties.agency) summary.push({ pairs: [['代理机构名称', m.parties.agency]] }, { pairs: [['代理机构地址', m.parties.agencyAddr ?? '']] });
  return {
    id,
    scope: m.scope ?? 'dfgg',
    channel: m.channel,
    pubTime: m.t,
    title: m.title,
    kind: m.kind,
    videoOps: m.video,
    province: m.province,
    region: m.region,
    buyer: m.parties.buyer,
    agency: m.parties.agency ?? null,
    pinMu: m.pinMu,
    category: m.category,
    summary,
    bodyHtml: layoutFor(id, m),
    origin: 'modelled',
    projectCode: m.code,
    features: id % 3 === 0 ? [...m.features, 'span-table-layout'] : m.features,
    expected: CCGP_EXPECTED[`${m.code}/${m.kind}`],
  };
}

/** Shorthand for a notice's parties (agency optional; the agency phone derives from the buyer's). */
export function pty(buyer: string, buyerAddr: string, agency?: string, agencyAddr?: string, tel = '0730-6221000'): Parties {
  return { buyer, buyerAddr, buyerTel: tel, agency, agencyAddr, agencyTel: tel.replace(/\d{3}$/, '518'), contact: '刘女士' };
}
