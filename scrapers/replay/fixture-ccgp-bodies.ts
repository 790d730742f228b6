/**
 * Body builders for the notices we write (modelled and filler): the 2020 national award template
 * (一、项目编号 … 九、联系方式), its local variants (01包 paragraphs, 包组 tables, Guangxi-style
 * 中标结果/废标结果 tables, prose with uppercase amounts), tenders, intentions, single-source
 * notices, contracts, corrections and failures. Every value is passed in: amounts are given as
 * the exact text the notice shows, so each notice chooses its own trap (万元, 大写, 下浮率 …).
 * @module
 */
import { esc } from './fixture-ccgp-spec.js';

/** Contact block shared by most kinds. */
export interface Parties {
  buyer: string;
  buyerAddr: string;
  buyerTel?: string;
  agency?: string;
  agencyAddr?: string;
  agencyTel?: string;
  contact?: string;
}

export interface LotAward {
  /** lot label as the notice writes it (01包, A, 1, 第一标段); omitted for single-lot notices */
  label?: string;
  lotName?: string;
  vendor: string;
  vendorAddr: string;
  /** the amount exactly as printed, e.g. "486000.00元", "24.8万元", "下浮率：12%" */
  amount: string;
}

const p = (t: string): string => `<p>${esc(t)}</p>`;
const h = (t: string): string => `<p><strong>${esc(t)}</strong></p>`;
const indent = (t: string): string => `<p style="text-indent:2em">${esc(t)}</p>`;

const tr = (cells: string[], tag: string): string => `<tr>${cells.map((c) => `<${tag}>${esc(c)}</${tag}>`).join('')}</tr>`;

function table(head: string[], rows: string[][]): string {
  return `<table border="1" cellspacing="0" cellpadding="4" style="width:98%;border-collapse:collapse"><tbody>${tr(head, 'td')}${rows
    .map((r) => tr(r, 'td'))
    .join('')}</tbody></table>`;
}

function contacts(n: number, x: Parties): string {
  const num = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '十一'][n - 1];
  const out = [
    h(`${num}、凡对本次公告内容提出询问，请按以下方式联系。`),
    indent('1.采购人信息'),
    indent(`名 称：${x.buyer}`),
    indent(`地址：${x.buyerAddr}`),
    indent(`联系方式：${x.buyerTel ?? '0000-0000000'}`),
  ];
  if (x.agency) {
    out.push(indent('2.采购代理机构信息'), indent(`名 称：${x.agency}`), indent(`地\u3000址：${x.agencyAddr ?? ''}`), indent(`联系方式：${x.agencyTel ?? ''}`));
  }
  out.push(indent(`${x.agency ? 3 : 2}.项目联系方式`), indent(`项目联系人：${x.contact ?? '王工'}`), indent(`电\u3000话：${x.agencyTel ?? x.buyerTel ?? ''}`));
  return out.join('\n');
}

export interface AwardBody {
  code: string;
  name: string;
  lots: LotAward[];
  /** how the lots are laid out */
  layout: 'national' | 'lots-paragraph' | 'group-table' | 'gx-table' | 'prose';
  /** 主要标的信息 service lines (名称/服务范围/服务要求/服务时间/服务标准) */
  service?: { scope: string; period: string; standard?: string };
  fee?: string;
  /** lots that failed, for gx-table: [label, name, reason] */
  failed?: Array<[string, string, string]>;
  date: string;
  parties: Parties;
  /** group-table/gx-table amount column header, e.g. "中标金额（万元）" when the unit lives only there */
  amountHeader?: string;
  /** prose layout only: the sentence naming the winner */
  proseLine?: string;
}

/** An award (中标/成交) notice body. */
export function awardBody(a: AwardBody): string {
  const out = [p(`一、项目编号：${a.code}`), p(`二、项目名称：${a.name}`), h('三、中标（成交）信息')];
  if (a.layout === 'national') {
    for (const l of a.lots) out.push(indent(`供应商名称：${l.vendor}`), indent(`供应商地址：${l.vendorAddr}`), indent(`中标（成交）金额：${l.amount}`));
  } else if (a.layout === 'lots-paragraph') {
    for (const l of a.lots) {
      out.push(p(`${l.label ?? ''}：${l.lotName ?? ''}`), indent(`供应商名称：${l.vendor}`), indent(`供应商地址：${l.vendorAddr}`), indent(`中标（成交）金额：${l.amount}`));
    }
  } else if (a.layout === 'group-table') {
    out.push(table(['包组', '供应商名称', '供应商地址', a.amountHeader ?? '中标（成交）金额'], a.lots.map((l) => [l.label ?? '', l.vendor, l.vendorAddr, l.amount])));
  } else if (a.layout === 'gx-table') {
    out.push(indent('1.中标结果：'));
    out.push(table(['序号', a.amountHeader ?? '中标（成交）金额(元)', '中标供应商名称', '中标供应商地址'], a.lots.map((l, i) => [l.label ?? String(i + 1), l.amount, l.vendor, l.vendorAddr])));
    out.push(indent('2.废标结果:'));
    const failed = a.failed?.length ? a.failed.map(([x, y, z]) => [x, y, z, '/']) : [['/', '/', '/', '/']];
    out.push(table(['序号', '标项名称', '废标理由', '其他事项'], failed));
  } else {
    out.push(indent(a.proseLine ?? ''));
  }
  out.push(h('四、主要标的信息'));
  if (a.service) {
    out.push(indent('服务类主要标的信息：'));
    out.push(table(['名称', '服务范围', '服务要求', '服务时间', '服务标准'], [[a.name, a.service.scope, '详见采购文件', a.service.period, a.service.standard ?? '合格']]));
  } else {
    out.push(indent('详见附件'));
  }
  out.push(h('五、评审专家（单一来源采购人员）名单：'), indent('张明、李华、王芳、赵强、陈静'));
  out.push(h('六、代理服务收费标准及金额：'), indent(a.fee ?? '本项目代理费收费标准：参照国家有关规定，由中标（成交）供应商支付。'));
  out.push(h('七、公告期限'), indent('自本公告发布之日起1个工作日。'));
  out.push(h('八、其它补充事宜'), indent('无'));
  out.push(contacts(9, a.parties));
  out.push(p(a.parties.agency ?? a.parties.buyer), p(a.date));
  return out.join('\n');
}

export interface TenderBody {
  code: string;
  name: string;
  method: string;
  budget: string;
  ceiling?: string;
  requirement: string;
  period?: string;
  deadline: string;
  parties: Parties;
  date: string;
}

/** A tender (招标/磋商/谈判/询价) notice body. */
export function tenderBody(t: TenderBody): string {
  return [
    p('项目概况'),
    indent(`${t.name}的潜在供应商应在线上获取采购文件，并于${t.deadline}（北京时间）前提交响应文件。`),
    h('一、项目基本情况'),
    indent(`项目编号：${t.code}`),
    indent(`项目名称：${t.name}`),
    indent(`采购方式：${t.method}`),
    indent(`预算金额：${t.budget}`),
    ...(t.ceiling ? [indent(`最高限价（如有）：${t.ceiling}`)] : []),
    indent(`采购需求：${t.requirement}`),
    indent(`合同履行期限：${t.period ?? '自合同签订之日起一年'}`),
    indent('本项目不接受联合体投标。'),
    h('二、申请人的资格要求：'),
    indent('1.满足《中华人民共和国政府采购法》第二十二条规定；'),
    h('三、获取采购文件'),
    indent(`时间：见本公告；地点：${t.parties.agency ?? t.parties.buyer}；售价：￥0.0元`),
    h('四、响应文件提交'),
    indent(`截止时间：${t.deadline}`),
    h('五、公告期限'),
    indent('自本公告发布之日起5个工作日。'),
    contacts(6, t.parties),
    p(t.date),
  ].join('\n');
}

/** An intention (采购意向公开) body: a table with project, budget (万元) and expected month. */
export function intentionBody(rows: Array<[string, string, string, string]>, buyer: string, date: string): string {
  return [
    p(`为便于供应商及时了解政府采购信息，根据《财政部关于开展政府采购意向公开工作的通知》（财库〔2020〕10号）等有关规定，现将${buyer}采购意向公开如下：`),
    table(['序号', '采购项目名称', '采购需求概况', '预算金额（万元）', '预计采购时间（填写到月）'], rows.map((r, i) => [String(i + 1), ...r])),
    p('本次公开的采购意向是本单位政府采购工作的初步安排，具体采购项目情况以相关采购公告和采购文件为准。'),
    p(buyer),
    p(date),
  ].join('\n');
}

/** A single-source 公示 body: proposed vendor, price and the reason. */
export function singleSourceBody(s: { name: string; code: string; budget: string; vendor: string; vendorAddr: string; reason: string; parties: Parties; date: string }): string {
  return [
    h('一、采购人、采购项目名称、内容'),
    indent(`采购人：${s.parties.buyer}`),
    indent(`项目名称：${s.name}（项目编号：${s.code}）`),
    indent(`拟采购金额：${s.budget}`),
    h('二、拟定的唯一供应商名称、地址'),
    indent(`${s.vendor}，${s.vendorAddr}`),
    h('三、采用单一来源采购方式的原因及相关说明'),
    indent(s.reason),
    h('四、专业人员论证意见'),
    indent('经专业人员论证，同意采用单一来源采购方式。'),
    h('五、公示期限'),
    indent('自本公告发布之日起5个工作日。'),
    contacts(6, s.parties),
    p(s.date),
  ].join('\n');
}

/** A contract (合同公告) body. */
export function contractBody(c: { contractNo: string; name: string; code: string; vendor: string; vendorAddr: string; amount: string; period: string; signed: string; parties: Parties; date: string }): string {
  return [
    p(`一、合同编号：${c.contractNo}`),
    p(`二、合同名称：${c.name}`),
    p(`三、项目编号：${c.code}`),
    p(`四、项目名称：${c.name}`),
    h('五、合同主体'),
    indent(`采购人（甲方）：${c.parties.buyer}`),
    indent(`地址：${c.parties.buyerAddr}`),
    indent(`供应商（乙方）：${c.vendor}`),
    indent(`地址：${c.vendorAddr}`),
    h('六、合同主要信息'),
    indent(`主要标的名称：${c.name}`),
    indent(`服务期限：${c.period}`),
    indent(`合同金额：${c.amount}`),
    indent(`合同签订日期：${c.signed}`),
    h('七、合同公告日期'),
    indent(c.date),
  ].join('\n');
}

/** A correction (更正公告) body: names the original notice and the changed items. */
export function correctionBody(c: { code: string; name: string; originalTitle: string; originalDate: string; changes: Array<[string, string, string]>; reason: string; parties: Parties; date: string }): string {
  return [
    h('一、项目基本情况'),
    indent(`原公告的采购项目编号：${c.code}`),
    indent(`原公告的采购项目名称：${c.name}`),
    indent(`首次公告日期：${c.originalDate}`),
    indent(`原公告名称：${c.originalTitle}`),
    h('二、更正信息'),
    indent(`更正事项：采购结果`),
    indent(`更正原因：${c.reason}`),
    table(['序号', '更正项', '更正前内容', '更正后内容'], c.changes.map(([a, b, d], i) => [String(i + 1), a, b, d])),
    h('三、其他补充事宜'),
    indent('其他内容不变。'),
    contacts(4, c.parties),
    p(c.date),
  ].join('\n');
}

/** A failure (废标/终止) body with the reason. */
export function failureBody(f: { code: string; name: string; what: '废标' | '终止'; reason: string; parties: Parties; date: string }): string {
  return [
    h('一、项目基本情况'),
    indent(`采购项目编号：${f.code}`),
    indent(`采购项目名称：${f.name}`),
    h(`二、项目${f.what}的原因`),
    indent(f.reason),
    h('三、其他补充事宜'),
    indent(f.what === '废标' ? '本项目将重新组织采购。' : '本项目终止采购。'),
    contacts(4, f.parties),
    p(f.date),
  ].join('\n');
}
