/**
 * Texts that are not a portal's notice: a 部门预算 / 部门决算 report or a news item with no
 * procurement word (nothing bought), and a 政务公开 news item reporting a signed contract
 * ("我局与X公司签订…合同，合同金额36万元"), whose parties stand in one sentence. Pure.
 * @module
 */
import { isFiscalDocument, isOwnContest, speaksOfProcurement } from './kind.js';
import type { Extraction } from './types.js';

/**
 * A 部门预算 / 部门决算 report names fees it plans or spent, and a news item with no procurement
 * word (a meeting, a report) buys nothing: neither is video ops nor awards anything, and a
 * budget report has no 采购人 (its department is where it stands, kept as the locality).
 */
export function notProcurement(out: Extraction, title: string | null, lookup: string) {
  // a contest the government holds itself buys nothing, and its 主办单位 is no 采购人
  const fiscal = isFiscalDocument(title) || isOwnContest(title);
  if (!fiscal && !isForecast(title, lookup) && !(out.kind === 'other' && !speaksOfProcurement(lookup))) return;
  out.kind = 'other';
  out.isVideoOps = false;
  out.serviceType = null;
  out.lots = [];
  out.budgetYuan = null;
  delete out.evidence.budgetYuan;
  if (fiscal) {
    out.buyer = null;
    delete out.evidence.buyer;
  }
}

// an aggregator's own forecast of a project ("中标预测", "潜在项目", "本页内容由…大数据模型…生成，不构成
//任何招标或中标信息"): its guess of a coming tender, with the last award it quotes, is no notice
const FORECAST_TITLE = /(?:中标|招标|采购|商机|项目)预测|潜在(?:项目|商机)/;
const FORECAST_BODY = /不构成任何(?:招标|中标|采购)|(?:大数据|模型|算法)[^。\n]{0,20}(?:预测|自动生成)/;

/** Whether the page is an aggregator's forecast rather than a notice (its title or its disclaimer says so). */
function isForecast(title: string | null, lookup: string): boolean {
  return (title !== null && FORECAST_TITLE.test(title)) || FORECAST_BODY.test(lookup.slice(0, 3000));
}

// "梅州市梅县区文化广电旅游体育局与梅州客家融媒科技有限公司签订“…”合同，合同金额36万元": a 政务公开
// news item reporting a signed contract names the buyer before 与 and the vendor after it
// (a buyer may be a detachment, an office or a state-owned company; a vendor's name may carry Latin
// letters, digits and a middle dot, and end as a sole proprietorship's or a partnership's)
const SIGNED_WITH =
  /([\u4e00-\u9fff（）()]{4,40}?(?:局|中心|部|委员会|委|办公室|办|政府|院|馆|站|台|社|所|队|处|厅|学校|公司))?与([\u4e00-\u9fffA-Za-z0-9·（）()]{4,40}?(?:公司|工作室|中心|合作社|研究院|事务所|企业|部|店)(?:[(（](?:有限合伙|普通合伙|个体工商户)[)）])?)(?:正式)?签(?:订|署|约)了?[^。\n]{0,60}?合同/;

/** The parties of a news item's signed contract, where the one lot has no vendor. */
export function contractNewsParties(out: Extraction, lookup: string) {
  if (out.lots.length !== 1 || out.lots[0].vendor) return;
  // the title's "我局与X签订…合同" names only the vendor; the text's sentence names both
  const all = [...lookup.slice(0, 20_000).matchAll(new RegExp(SIGNED_WITH.source, 'g'))].slice(0, 10);
  if (!all.length) return;
  out.lots[0].vendor = all[0][2];
  out.lots[0].vendors = [all[0][2]];
  const named = all.find((m) => m[1] && m[2] === all[0][2]);
  if (!out.buyer && named) out.buyer = named[1];
}
