/**
 * The notice's kind (tender, award, contract …) from its title, else from the phrases of
 * its body. The title wins: aggregator headers print "中标" above calls for bids.
 * @module
 */
import { PURCHASES_MADE } from './body-title.js';
import type { NoticeKind } from './types.js';

const OWN_CONTEST = /^(?![^]*(?:采购|招标|投标|中标|成交|磋商|谈判|询价|比选|遴选|承办|服务|项目|供应商|机构|合同))[^]*(?:举办|开展|启动)[^]{0,40}?(?:征集|大赛|比赛|评选)/;

// (支付/付款/拨付 公示 at the title's end; 收支 公开 or a 支出明细 statement; a bare 采购事项公开 that says
// neither 情况/明细 nor the spending)
const PAYMENT_DISCLOSURE = /(?:支付|付款|拨付)(?:情况)?(?:公示|公开|公告)$|收支(?:情况)?(?:公开|公示)(?:[(（][^)）]{0,12}[)）])?$|支出明细[)）]?$|采购事项公开$/;

const TITLE_RULES: Array<[NoticeKind, RegExp]> = [
  // "关于举办“我眼中的山水西峡”短视频征集大赛的公告": a contest the government holds itself calls for
  // entries, not for bids; a firm hired to run one is bought through a notice that says so (承办服务, 磋商)
  ['other', OWN_CONTEST],
  // a reply to a challenge (质疑答复) or a finance bureau's complaint decision names the award it
  // rules on, yet awards nothing itself
  // ("关于…项目质疑的答复": 的 may stand between)
  ['other', /质疑的?(?:答复|回复|处理)|异议的?答复|投诉的?(?:处理|答复)|处理决定书|复议决定/],
  // a 补充合同 or 合同变更 notice states the contract as it now stands: a contract, not a correction
  ['contract', /补充合同|合同变更|变更合同|合同补充协议/],
  // a deadline moved ("…项目延期开标的公告") changes the call, as a 延期公告 does
  // a suspension (暂停) halts the procedure until it resumes (恢复): it changes the earlier notice,
  // as a correction does; it is no failure, which would zero an award it pauses (中止 stays a
  // failure: local notices use it for procedures stopped for good)
  ['correction', /更正|变更|补充公告|补充通知|澄清|延期公告|延期(?:开标|开启|截标|投标|递交|提交)|推迟(?:开标|截标)|(?:开标|截标)(?:时间)?(?:延期|推迟|顺延)|答疑|(?:暂停|恢复)(?:采购|(?:活动)?的?公告)/],
  // the result of a prequalification names who may bid, not who won
  ['other', /资格预审结果|资格审查结果|预审结果/],
  // "中标结果及部分流标公告": a result whose other lots failed still awards (a result whose every
  // lot failed is told from the empty lots, see index.ts)
  ['award', /(?:中标|成交)(?:\(成交\)|（成交）)?结果及(?:部分)?(?:废标|流标)|部分(?:包|标段|标项)?(?:废标|流标)/],
  // a stopped procedure (中止) or a revoked award (撤销公告) leaves nothing awarded
  ['failure', /废标|流标|终止|失败|取消公告|中止公告|中止采购|撤销公告|撤销(?:中标|成交)/],
  // a payment or spending disclosure ("…宣传片拍摄制作费用支付公示", a village's "…财务收支公开（专项资金支出
  // 明细）", "…村级小额采购事项公开") states money already paid: it neither calls for bids (its 报价 are the
  // quotes once compared) nor awards in itself (heldout67 d07). A table of purchases made, each row its
  // 承接（供货）单位, under "…采购情况公开" / "…采购及支出公开" is told apart below (PURCHASES_MADE, an award)
  ['other', PAYMENT_DISCLOSURE],
  // a 履约评价 rates the delivery of a contract already counted: an acceptance
  ['acceptance', /验收|履约评价|履约情况评价/],
  // "政府采购计划公示": a plan with budgets and months, published before any call for bids
  // 政府购买服务 publishes its plan before choosing a 承接主体 ("…政府购买服务项目信息公开（实施前）")
  // a 招标计划 and a 拟建项目 / 项目储备 page state a plan and its money before any call for bids
  ['intention', /采购意向|意向公开|采购计划(?:公示|公开|表|$)|招标(?:采购)?计划(?:公示|公开|公告|表|$)|拟建项目(?:信息)?公开|项目储备|购买服务[\u4e00-\u9fff]{0,8}?[(（]?实施前|购买服务(?:项目)?(?:实施)?计划(?:公示|公开)/],
  ['contract', /合同公告|合同公示|合同备案|政府采购合同|合同$|合同[(（][^)）]{0,8}[)）]$|合同书/],
  // a single-source *result* is an award; a single-source *publicity* is not
  // ("…项目结果合并公告", "…成交结果汇总公示": several projects' results in one page)
  ['award', /(?:中标|成交|结果)(?:\(成交\)|（成交）)?(?:结果)?的?(?:合并|汇总|批量)?(?:公告|公示|公布)/],
  // a body's own 拟直接委托 / 拟直接采购 公示 asks for objections before it engages one vendor
  // without competition, as a single-source publicity does (its 直接委托结果 is an award)
  // ("…项目直接采购的公示": the publicity of a direct purchase not yet made, as 拟直接采购; its 结果公示 is
  // an award, read above)
  ['single_source', /单一来源|拟直接(?:委托|采购)|直接(?:委托|采购)的?公示$/],
  // 政府购买服务: the chosen 承接主体 announced ("承接主体确定公告", "承接主体公示"), not a call for one
  ['award', /承接主体(?:确定|选定)?(?:结果|情况)?(?:的)?(?:公告|公示)/],
  // a town's or a school's short result titled by its procedure's result alone ("…教辅资料采购比价结果",
  // "…遴选结果"): an award, though no 公告/公示 follows
  ['award', /(?:比价|比选|询价|竞价|遴选|谈判|磋商|入围|采购)结果$/],
  // a village's or a town's 村务公开 of what it bought ("…第三季度小额工程及物资采购情况公开", "…村级小额
  // 采购及支出公开", "…采购明细公示"): each row a purchase made, its supplier and sum, as a 直接采购结果 is
  // (a bare "…采购公示" may be a call: a 情况/明细 or the spending joined to it says it is done)
  ['award', PURCHASES_MADE],
  // (定点 names a 定点 award, "…定点服务商公示", not a call for 定点 service: "…定点维修服务采购项目询价公告")
  ['award', /中标|成交|结果公告|结果公示|结果公布|采购结果|中选|入围公告|定点(?!.*(?:招标|磋商|谈判|询价|比选|竞价|遴选|征集|采购)(?:公告|文件)$)|候选人公示/],
  // (a 资格预审公告 calls for applications to bid: the first step of a call; its result is 'other' above)
  ['tender', /资格预审公告|资格预审文件|招标公告|磋商公告|谈判公告|询价公告|邀请公告|比选公告|比选|采购公告|竞价公告|竞采公告|征选|遴选|采购需求|需求公示|招标文件|磋商文件|谈判文件|询价文件|公开招标|邀请招标|征集|公开选取|选取.{0,30}机构|磋商|谈判|询价|招标/],
];

// a labelled type field on its own line, its value the notice type alone
const TYPE_FIELD = /^(?:公告|信息|公示)类型[：:][ ]*([^\n]{2,12})$/m;

const BODY_RULES: Array<[NoticeKind, RegExp]> = [
  ['correction', /更正(?:\(补充\)|（补充）)?事项|更正内容|变更内容|原公告项目名称|首次公告日期/],
  ['failure', /废标理由|项目废标|流标|终止采购/],
  ['contract', /合同编号|合同协议书|合同主体|甲方|签订本合同/],
  // (a platform's heading tagged with its result, "【竞价结果】X项目", and a short result's own
  // section, "四、竞价结果：", say what a title naming only the project does not)
  ['award', /【(?:竞价|比价|询价|比选|遴选|中标|成交|中选|采购)结果】|(?:竞价|比价|询价|比选|遴选)结果\s*[:：]|确定[^。；\n]{2,40}?为(?:本项目)?(?:成交|中标)(?:供应商|人|单位)|(?:中标|成交|采购)结果(?:公告|公示)?如下|结果如下|中标(?:\(成交\)|（成交）)?信息|成交信息|中标供应商名称|成交供应商名称|中标结果|成交结果|承接主体确定(?:情况|结果)|确定承接主体/],
  ['single_source', /单一来源采购方式|拟采用单一来源|单一来源/],
  ['intention', /采购意向/],
  ['tender', /现邀请|欢迎.{0,20}参加|获取(?:采购|招标|磋商|谈判)?文件|投标截止|响应文件|采购需求|服务需求|项目概况|技术要求|运营要求|运维要求|项目要求|征选|委托运营内容|竞采|报价|投标人|项目概述|系统要求|参数要求|技术参数/],
];

/** Whether a title announces a contest or call for entries the body holds itself, with no word of buying. */
export function isOwnContest(title: string | null): boolean {
  return !!title && OWN_CONTEST.test(title);
}

/** Kind from a title, or null when the title does not say. */
export function kindFromTitle(title: string | null): NoticeKind | null {
  if (!title) return null;
  for (const [k, re] of TITLE_RULES) if (re.test(title)) return k;
  return null;
}

/** Kind from title, else the body's first matching phrase family, else other. */
export function detectKind(title: string | null, body: string, hint?: string | null): NoticeKind {
  const fromTitle = kindFromTitle(title);
  if (fromTitle) return fromTitle;
  const fromHint = kindFromTitle(hint ?? null);
  if (fromHint) return fromHint;
  const head = body.slice(0, 6000);
  // a sheet export's or an aggregator's type field ("公告类型：中标公告") says what the title does not
  const typed = TYPE_FIELD.exec(head);
  const fromField = typed ? kindFromTitle(typed[1]) : null;
  if (fromField) return fromField;
  // the earliest-placed strong phrase family wins among award/contract/tender
  let best: { k: NoticeKind; at: number } | null = null;
  for (const [k, re] of BODY_RULES) {
    const m = re.exec(head);
    if (!m) continue;
    const at = m.index;
    if (!best || at < best.at) best = { k, at };
  }
  return best?.k ?? 'other';
}

// a department's budget or final accounts (部门预算, 部门决算, 政府采购预算表): what it plans or
// spent over a year, line by line; no procurement, whatever fees it names
const FISCAL_DOC = /部门(?:预算|决算)|(?:预算|决算)(?:公开|说明|报告)|(?:政府)?采购预算表|预算执行情况/;
// words every procurement notice carries one of; a news item without any buys nothing
const PROCUREMENT_WORD = /采购|招标|投标|中标|成交|供应商|磋商|谈判|询价|比价|比选|遴选|合同|单一来源|竞价|服务商|承接|中选/;

/** Whether a titled document is a budget or final-accounts report, not a procurement. */
export function isFiscalDocument(title: string | null): boolean {
  // ("…部门预算执行情况审计服务采购项目废标公告": buying an audit of the budget is a procurement)
  return !!title && FISCAL_DOC.test(title) && !/意向|招标|中标|成交|采购(?:公告|计划|项目)|合同|废标|流标|终止公告|更正公告|磋商|谈判|询价|比选/.test(title);
}

/** Whether a text speaks of buying at all (a procurement word anywhere in it). */
export function speaksOfProcurement(text: string): boolean {
  return PROCUREMENT_WORD.test(text);
}
