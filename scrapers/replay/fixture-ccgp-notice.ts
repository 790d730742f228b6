/**
 * `modelledNotice()`: the compact way the modelled-notice lists describe one notice. It fills the
 * 公告概要 from the same values the body states (never more), derives kind-specific defaults and
 * returns a full spec. Pure.
 * @module
 */
import type { Parties } from './fixture-ccgp-bodies.js';
import { CCGP_EXPECTED } from './fixture-ccgp-expected.js';
import { summaryWan, type CcgpNoticeKind, type CcgpNoticeSpec, type SummaryRow } from './fixture-ccgp-spec.js';

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

/** Build a spec from the compact description. */
export function modelledNotice(id: number, m: ModelledInput): CcgpNoticeSpec {
  const name = projectName(m.title);
  const date = m.t.slice(0, 10);
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
    bodyHtml: m.body(name, `${date.slice(0, 4)}年${date.slice(5, 7)}月${date.slice(8, 10)}日`),
    origin: 'modelled',
    projectCode: m.code,
    features: m.features,
    expected: CCGP_EXPECTED[`${m.code}/${m.kind}`],
  };
}

/** Shorthand for a notice's parties (agency optional; the agency phone derives from the buyer's). */
export function pty(buyer: string, buyerAddr: string, agency?: string, agencyAddr?: string, tel = '0730-6221000'): Parties {
  return { buyer, buyerAddr, buyerTel: tel, agency, agencyAddr, agencyTel: tel.replace(/\d{3}$/, '518'), contact: '刘女士' };
}
