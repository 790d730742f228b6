/**
 * Labelled fields: "采购人名称：X", "预算金额(元) | 1320000", "采 购 人 X", "发布时间\n2022/01/04".
 * One regex pass finds every label occurrence (longest label first at each position); a label
 * counts only when a separator follows it, and its value runs to the next label, the line's
 * end or 200 characters, whichever comes first. Flattened one-line notices are read the same
 * way as tidy ones because the next label ends the value.
 * @module
 */

export type FieldRole =
  | 'buyer' | 'buyerName' | 'buyerAlt' | 'agency' | 'vendor' | 'bidder' | 'vendorAddress' | 'address' | 'name'
  | 'award' | 'quote' | 'total' | 'budget' | 'ceiling' | 'fee' | 'deposit' | 'unitPrice' | 'priceUnit' | 'capital'
  | 'region' | 'published' | 'awardDate' | 'deadline' | 'projectCode' | 'projectName' | 'method'
  | 'period' | 'lot' | 'contact' | 'phone' | 'other';

const PARTY_ROLES = new Set<FieldRole>(['buyer', 'buyerName', 'agency']);
const ORG_AHEAD = /^[\u4e00-\u9fff（）()]{2,40}?(?:公司|中心|局|委员会|办公室|政府|办事处|部|院|馆|台|所|站|队|学校|大学|学院|医院|社)(?=[，,。；;\s]|$)/;
// a firm's name after 为 may carry Latin letters, digits or a middle dot, and end as a studio, a
// cooperative, a sole proprietorship or a partnership ("中标供应商为X文化传媒工作室，…")
const FIRM_AHEAD = /^[\u4e00-\u9fffA-Za-z0-9·（）()]{2,50}?(?:公司|工作室|合作社|事务所|研究院|企业|集团)(?:[(（](?:有限合伙|普通合伙|个体工商户)[)）])?(?=[，,。；;\s]|$)/;

const orgAhead = (s: string) => ORG_AHEAD.test(s.slice(0, 45)) || FIRM_AHEAD.test(s);

/** Roles whose value is money: a number may follow the label without a separator. */
const MONEY_ROLES = new Set<FieldRole>(['award', 'quote', 'total', 'budget', 'ceiling', 'fee', 'deposit', 'unitPrice', 'capital']);

const LABELS: Array<[FieldRole, string[]]> = [
  ['buyerName', ['采购人名称', '采购单位名称', '采购人(全称)', '采购人(甲方)', '采购人全称', '招标人名称', '采购人单位名称', '招标采购单位', '采购业主']],
  ['buyer', ['采购人', '采购单位', '招标人', '招标单位', '采购方', '甲方', '建设单位', '业主单位', '采购主体',
    // a service contract's principal (委托方) buys; its 受托方 delivers ("受X委托" has no colon: not this label)
    '委托方',
    // 政府购买服务 names its parties in its own words: the 购买主体 buys, the 承接主体 delivers
    '购买主体', '购买主体名称', '购买方',
    // a 比选/遴选/询价 run by the body itself names it so ("比选人：X村民委员会", "遴选人：X局")
    '比选人', '比选人名称', '遴选人', '遴选人名称', '询价人',
    // (or by its role in that run: "2.遴选单位：X街道办事处", "比选单位：X村民委员会"); a village's works
    // 比选 names the body that lets the works out as its 发包人, as a tender names its 招标人
    '遴选单位', '比选单位', '发包人', '发包单位']],
  // the unit that needs the service; the buyer only when no 采购人 is named
  ['buyerAlt', ['项目单位', '需求单位', '采购需求单位', '项目业主', '采购人信息', '采购单位信息',
    // 框架协议: the 征集人 is the buyer (or the central procurement body acting for it)
    '征集人', '征集人名称',
    // a complaint decision's respondent is the buyer whose award is challenged (an agency so
    // named is skipped in parties.ts)
    '被投诉人']],
  ['agency', ['采购代理机构名称', '采购代理机构全称', '代理机构名称', '采购代理机构', '代理机构', '招标代理机构', '招标代理', '集中采购机构', '采购代理']],
  ['vendor', [
    '中标(成交)供应商名称', '中标(成交)供应商(全称)', '中标(成交)供应商', '中标供应商名称', '受托方', '成交供应商名称', '中标供应商', '成交供应商',
    '中标人名称', '中标人', '中标单位名称', '中标单位', '成交单位', '成交人', '供应商名称', '供应商(乙方)', '乙方', '中标(成交)人',
    '中标商', '成交商', '成交单位名称', '中选单位名称', '成交人名称', '中标(成交)单位名称', '中标(成交)单位', '中标(成交)人名称', '成交(中标)供应商', '签约供应商', '中选供应商', '中选单位', '中标企业', '成交企业', '中标公司', '成交公司', '中选人',
    // a contract's or a short result's bare "供应商：X" (only at a line's start: see scanFields)
    '供应商',
    // 框架协议 / 入围 results: each holder of the agreement
    '入围供应商', '入围供应商名称', '入围单位', '入围单位名称', '入选供应商', '入选单位', '入选单位名称',
    // "中标结果：X公司，中标价：…": a result label whose value is the winner (skipped when it is not a name)
    '中标结果', '成交结果', '中选结果', '成交信息', '中标信息',
    // 政府购买服务: the 承接主体 carries out the service bought (never glued: see scanFields)
    '承接主体', '承接主体名称', '承接单位', '承接单位名称', '承接方',
    // 直接委托 results (a body's own purchase below its threshold): the 受托单位 is engaged
    '受托单位', '受托单位名称',
    // a 拟直接采购/单一来源 proposal names the firm it means to buy from: "拟采购单位：X公司" is
    // whom the purchase goes to, never the buyer its 采购单位 would read as
    '拟采购单位', '拟采购供应商', '拟成交单位',
    // a 社区's or a school's short result names whom it engaged by the task ("二、服务单位：X公司";
    // only opening its line: "服务单位须持有…" in a sentence is a duty, no label)
    '服务单位', '供货单位', '配送单位',
    // a 直接采购结果 names the unit it settled on ("五、确定服务单位：X公司")
    '确定服务单位', '确定供货单位', '确定的服务单位',
  ]],
  ['bidder', ['投标供应商名称', '投标供应商', '投标人名称', '投标人', '候选中标供应商', '中标候选人名称', '中标候选人', '中标候选供应商', '参与供应商', '响应供应商', '报价供应商', '供应商信息',
    // a losing bidder named in the result ("未中标供应商：X，投标报价…"): a bidder, never the winner
    // (and one a framework agreement did not admit: "未入围供应商：X（综合得分71.20）")
    '未中标供应商', '未中标供应商名称', '未成交供应商', '未成交供应商名称', '未中标人', '未中标单位', '未成交单位',
    '未入围供应商', '未入围供应商名称', '未入围单位', '未入选供应商', '未入选单位']],
  ['vendorAddress', ['中标供应商地址', '成交供应商地址', '中标(成交)供应商地址', '供应商地址', '中标人地址', '供应商联系地址', '中标供应商联系地址', '承接主体地址', '承接单位地址']],
  ['address', ['采购人地址', '采购单位地址', '招标人地址', '地址', '联系地址', '通讯地址', '住所']],
  ['name', ['名称']],
  ['award', [
    '中标(成交)金额', '中标(成交)价格', '中标(成交)价', '中标金额', '成交金额', '中标价格', '成交价格', '中标价', '成交价', '合同金额', '合同总金额',
    '合同总价', '合同总价款', '合同价款', '合计金额', '签约金额', '中标总价', '成交总价', '中选金额', '中标(成交)总金额', '成交总金额(元)', '服务总费用', '最终成交价',
    // a changed contract's new value (a 补充合同 or 合同变更 supersedes the contract it changes)
    '变更后合同金额', '变更后合同总金额', '变更后合同总价', '调整后合同金额', '变更后合同价款',
    // 入围 holders each given their part of the budget ("分配金额：480,000.00元（份额60%）")
    '分配金额', '份额金额',
    // 政府购买服务's award ("购买服务金额：人民币贰拾捌万陆仟元整")
    '购买服务金额', '承接金额', '承接价格',
    // a 直接委托 result's price ("委托金额：人民币肆万捌仟元整（48000元）")
    '委托金额',
    // a supply contract settled on actual deliveries states its value as a provisional total, capped at it
    '暂定总价', '合同暂定总价', '暂定合同总价', '暂定合同金额', '合同暂定金额',
    // a small direct purchase's result states what it pays on a line of its own ("五、采购价格：每场3,500元，
    // 8场共计28,000.00元"; only opening its line: inside a sentence it may be a requirement)
    '采购价格',
    '中标报价', '成交报价', '合同价', '中选价', '入选报价', '入选金额', '入选价格', '中选价格', '中选报价', '总价形式报价', '拟采购金额', '拟成交金额', '拟采购价格', '拟定价格',
    // rates stated under their own label (read as rates, never as yuan: see lots.ts)
    '中标费率', '成交费率', '中标下浮率', '成交下浮率', '中标折扣率', '成交折扣率', '中标(成交)下浮率', '中标(成交)费率',
  ]],
  // a bidder's own price: the award only when it follows the winner's name (see lots.ts)
  ['quote', ['最终报价', '投标报价', '响应报价', '磋商报价', '谈判报价', '最后报价', '评审价格', '投标总价',
    // a short result's "采购金额：" on the line under its winner ("承接单位：X / 采购金额：39600元"): the
    // winner's price, read as a quote is (only right after the winner, and only opening its line:
    // "年度预估采购金额" inside a sentence is a framework's estimate, no label)
    '采购金额']],
  ['total', ['总中标金额', '总成交金额', '中标总金额', '成交总金额', '总中标(成交)金额']],
  ['budget', [
    // ("采购项目预算金额（元）：…": the longest label is read whole, or its 金额 cuts it from its value)
    '预算金额', '项目预算金额', '采购预算金额', '采购项目预算金额', '采购项目预算', '项目预算', '采购预算', '预算总金额', '预算总额', '预算总价', '项目总预算', '总预算', '预算价',
    // ("本项目预算总金额：184万元": the longer label read whole, or 项目预算 takes the place and, with
    // no separator after it, hides the total)
    '项目预算总金额', '项目预算总额', '采购预算总金额', '采购预算总额',
    '项目预算价', '预算', '购买服务预算', '购买服务预算金额', '购买服务预算资金', '采购计划金额', '预算资金', '资金预算', '预算限额', '采购资金', '项目金额',
    // ("5.项目预算资金：9.6万元": a village works' budget, the longer label read whole)
    '项目预算资金', '采购预算资金',
    // a 拟建项目 / 项目储备 page's planned money
    '估算金额', '项目估算金额',
  ]],
  ['ceiling', ['最高限价', '预算控制最高价', '控制价', '最高投标限价', '拦标价', '招标控制价', '限价']],
  ['fee', ['代理服务费', '代理服务收费金额', '代理服务收费标准及金额', '代理服务费总金额', '收费金额', '代理费', '招标代理服务费', '服务费金额']],
  ['deposit', ['投标保证金', '履约保证金', '保证金', '质量保证金', '磋商保证金', '响应保证金']],
  ['unitPrice', ['单价', '综合单价', '单价(元)']],
  ['priceUnit', ['价格单位', '金额单位', '币种单位']],
  ['capital', ['注册资金', '注册资本']],
  ['region', ['行政区域', '行政区划', '所属地区', '项目所在行政区划名称', '项目行政主管地区', '所属区域', '项目地址', '项目所在地']],
  ['published', ['公告日期', '公告时间', '发布时间', '发布日期', '系统发布时间', '公告发布时间', '首次公告时间', '发稿时间', '公示时间', '信息发布时间', '信息时间', '发文日期', '公告发布日期',
    // a 政府信息公开 page's own date (its metadata table above the text)
    '成文日期', '生成日期',
    // a result's 公示 period opens the day it is published ("公示开始时间：2024-03-27 公示截止时间：…")
    '公示开始时间', '公示开始日期',
    // a correction's own date; a publicity period starts the day the notice goes up
    '更正日期', '更正公告日期', '变更日期', '公示期', '公示期限', '公示期间', '公示日期']],
  // the date of the notice a correction corrects is not the correction's date
  // (nor, in a result, the date of the call it ends: "三、采购公告日期：2016年6月3日", "磋商公告日期：…")
  // a works project's estimated investment ("本项目估算投资：人民币486.5万元") is what the project
  // costs in all, not the money this procurement puts up: no budget
  ['other', ['估算投资', '投资估算', '估算总投资', '首次公告日期', '原公告日期', '原公告发布时间', '原公告发布日期',
    '采购公告日期', '招标公告日期', '磋商公告日期', '谈判公告日期', '询价公告日期',
    '采购公告发布日期', '招标公告发布日期', '采购公告发布时间', '招标公告发布时间',
    // the value a 补充合同 / 合同变更 replaces, and the supplement's own increment: neither is the contract's value
    '原合同金额', '原合同总金额', '原合同价款', '变更前合同金额', '变更前合同总金额', '补充合同金额', '追加合同金额',
    // a renewal quoting last year's value for reference ("上年度合同金额：42.0万元（供参考）"): not this award
    '上年度合同金额', '上一年度合同金额',
    // an aggregator's "上次中标时间" is an earlier award's, not this notice's
    '上次中标时间', '上次成交时间', '上次中标日期', '上次成交日期', '上年合同金额', '去年合同金额', '上年度中标金额', '上年度成交金额', '上一年度中标金额', '上一年度成交金额', '上期合同金额',
    // an aggregator's profile of the winner ("近一年中标 3 次，累计中标金额 52.6万元") sums its past
    // awards: no amount of this one
    '累计中标金额', '累计成交金额', '累计中标总额', '累计成交总额', '累计中标额', '历史中标金额', '历史成交金额', '近一年中标金额', '近三年中标金额']],
  ['awardDate', ['成交日期', '中标日期', '定标日期', '签订日期', '合同签订日期', '签约日期', '成交时间', '中标时间', '定标时间']],
  ['deadline', ['投标截止时间', '响应文件提交截止时间', '截止时间', '提交投标文件截止时间', '开标时间', '递交响应文件截止时间']],
  ['projectCode', ['项目编号', '采购项目编号', '招标编号', '采购编号', '政府采购编号', '采购计划编号', '政府采购计划编号', '备案编号', '竞采编号', '合同编号', '政府采购合同编号']],
  ['projectName', ['项目名称', '采购项目名称', '合同名称', '标项名称']],
  ['method', ['采购方式', '招标方式', '采购形式']],
  ['period', ['服务期限', '服务期', '合同履行期限', '服务时间', '合同期限', '履约期限', '服务周期', '合同履行日期', '项目执行周期', '运营期限']],
  ['lot', ['包号', '包组', '标段号', '分包号']],
  ['contact', ['联系人', '项目联系人', '联系方式', '联系电话']],
  ['phone', ['电话', '传真', '邮编', '邮箱', '电子邮箱', '开户行', '账号', '账户名称']],
];

// a call's date recited in a result is read only as written together: spaced, "公开招标 公告发布时间"
// (a flattened field list's method value, then the notice's own date label) would read as one
// (and a project's name ending 采购项目 before its own 预算金额 label, "X采购项目   预算金额(元)：",
// is no "采购项目预算金额" label)
const UNSPACED = /^(?:(?:采购|招标)公告(?:发布)?(?:日期|时间)|采购项目预算金额)$/;

function labelPattern(label: string): string {
  return [...label]
    .map((c) => (c === '(' ? '[(（]' : c === ')' ? '[)）]' : c.replace(/[.*+?^${}|[\]\\]/g, '\\$&')))
    .join(UNSPACED.test(label) ? '' : '[ ]{0,4}');
}

const ROLE_OF = new Map<string, FieldRole>();
for (const [role, labels] of LABELS) for (const l of labels) if (!ROLE_OF.has(l)) ROLE_OF.set(l, role);
const ALL = [...ROLE_OF.keys()].toSorted((a, b) => b.length - a.length);
// a lookahead on the labels' first characters lets the scan skip most positions cheaply
const FIRST = [...new Set(ALL.map((l) => l[0]))].join('').replace(/[\]\\^-]/g, '\\$&');
// (购 opens every 采购 while the labels that start with it all start 购买: the rest of 采购 is
// skipped at once rather than tried against every label)
const SKIP_CAIGOU = ALL.every((l) => l[0] !== '购' || l.startsWith('购买')) ? '(?!购(?![ ]{0,4}买))' : '';
// winners named by their task: labels only opening a line (see scanFields)
const TASK_VENDOR = new Set(['服务单位', '供货单位', '配送单位', '确定服务单位', '确定供货单位', '确定的服务单位']);
const LABEL_RE = new RegExp(`(?=[${FIRST}])${SKIP_CAIGOU}(?:${ALL.map(labelPattern).join('|')})`, 'g');

const CANON = new Map<string, string>();

function canonical(labelText: string): string {
  let c = CANON.get(labelText);
  if (c === undefined) {
    c = labelText.replace(/[ ]/g, '').replace(/（/g, '(').replace(/）/g, ')');
    if (CANON.size < 10_000) CANON.set(labelText, c);
  }
  return c;
}

/** One labelled value found in the text. */
export interface Field {
  role: FieldRole;
  /** the label as canonicalized (spaces removed, half-width brackets) */
  label: string;
  labelStart: number;
  /** a unit or qualifier in brackets after the label: 元, 万元, 全称, 甲方 … */
  qualifier: string | null;
  valueStart: number;
  valueEnd: number;
  /** the raw value text (trimmed), text.slice(valueStart, valueEnd) */
  value: string;
  /** the value came from the line after a label standing alone on its line */
  nextLine: boolean;
}

// a bracketed unit or qualifier after a label: money labels allow the template's long
// "（可填写下浮率、折扣率或费率）", others only short ones like "（全称）"
const QUAL_LONG = /^[ ]{0,3}[(（]([^()（）\n]{1,24})[)）]/;
const QUAL_SHORT = /^[ ]{0,3}[(（]([^()（）\n]{1,6})[)）]/;

const BRACKETED_SUM = /^\s*(?:[¥￥]|人民币)?\s*[0-9][0-9,，.]*\s*(?:万元|元)/;

// "【发布时间】2025/06/09": a label in brackets is separated by its closing bracket
// "中标供应商： | X": a label cell ending in a colon, the value in the next cell
const SEP_INLINE = /^[ ]{0,8}(?:[:：](?:[ ]{0,8}\|)?|\||为|是|[】\]][ ]{0,2}[:：]?)[ ]{0,8}/;

/**
 * All labelled fields of `text`, in order. `text` should be the lookup form (simplified,
 * ASCII digits); offsets index the same positions in the notice's text.
 */
/** The first field of `role` with a value of at most `max` characters, not masked ("****"). */
export function firstFieldValue(fields: Field[], role: Field['role'], max = 80): Field | null {
  return fields.find((f) => f.role === role && f.value && f.value.length <= max && !/^[*＊]+$/.test(f.value)) ?? null;
}

export function scanFields(text: string): Field[] {
  const raw: Array<Omit<Field, 'valueEnd' | 'value'> & { sepEnd: number; emptyAfterColon?: boolean; underColumn?: number }> = [];
  // every label occurrence ends the value before it, even one without a separator
  const cuts: number[] = [];
  LABEL_RE.lastIndex = 0;
  for (const m of text.matchAll(LABEL_RE)) {
    const label = canonical(m[0]);
    // a bare 供应商 labels the winner only opening its line ("供应商：X（下称乙方）"); inside a
    // sentence ("参与磋商供应商：A、B") it names bidders and is no label at all
    if ((label === '供应商' || label === '采购金额' || label === '采购价格' || TASK_VENDOR.has(label)) && !atLineStart(text, m.index)) continue;
    if (m.index === 0 || /[\s|，,。;；:：、)）]/.test(text[m.index - 1])) cuts.push(m.index);
    const role = ROLE_OF.get(label);
    if (!role) continue;
    let p = m.index + m[0].length;
    let qualifier: string | null = null;
    const rest = text.slice(p, p + 40);
    const q = (MONEY_ROLES.has(role) ? QUAL_LONG : QUAL_SHORT).exec(rest);
    // "预算金额（280,000.00元）的80%": a sum in the brackets is the value, not a unit
    if (q && MONEY_ROLES.has(role) && BRACKETED_SUM.test(q[1])) p += q[0].indexOf(q[1]);
    else if (q) {
      qualifier = q[1].trim();
      p += q[0].length;
    }
    // "入围供应商1：X", "中标人二：Y": an ordinal between a party label and its separator
    // ("采购人1：X", "采购人2：Y": buyers of a joint procurement, numbered)
    // ("被投诉人1：X学校", "被投诉人2：Y公司": a complaint's respondents, numbered)
    if (role === 'vendor' || role === 'bidder' || role === 'buyer' || role === 'buyerName' || label === '被投诉人') {
      const ord = /^[ ]?(?:[0-9]{1,2}|[一二三四五六七八九十])(?=[ ]{0,3}[:：])/.exec(text.slice(p, p + 8));
      if (ord) p += ord[0].length;
    }
    const qual2 = /^[ ]?(?:小写|大写|\(小写\)|\(大写\)|（小写）|（大写）)/.exec(text.slice(p, p + 8));
    if (qual2) p += qual2[0].length;
    // "中标供应商名称、地址：X，…", "成交供应商及成交金额：X，…": the value starts with the vendor
    const joint =
      role === 'vendor' ? /^(?:(?:、|及|和|与)(?:其)?(?:联系)?(?:地址|(?:中标|成交)?(?:金额|价格|报价))){1,3}/.exec(text.slice(p, p + 24))
      : PARTY_ROLES.has(role) ? /^(?:、|及|和|与)(?:其)?(?:联系)?(?:地址|联系方式)/.exec(text.slice(p, p + 12)) : null;
    if (joint) p += joint[0].length;
    const after = text.slice(p, p + 24);
    let sepEnd = -1;
    let nextLine = false;
    let emptyAfterColon = false;
    let underColumn: number | undefined;
    const sep = SEP_INLINE.exec(after);
    // "为"/"是" separate only money and, before an organisation's name, the parties and vendors
    // ("本项目采购人为X，…", "第二包：中标供应商为X，中标金额为19.6万元")
    const verb = sep && (sep[0].trim() === '为' || sep[0].trim() === '是');
    if (sep && (!verb || MONEY_ROLES.has(role) || ((PARTY_ROLES.has(role) || role === 'vendor') && orgAhead(text.slice(p + sep[0].length, p + sep[0].length + 60))))) {
      sepEnd = p + sep[0].length;
      // "供应商名称：" closing its line, the value on the next ("<p>供应商名称：</p><p>X公司</p>")
      if (/[:：]/.test(sep[0]) && /^[ \t]*\n/.test(text.slice(sepEnd, sepEnd + 12)) && atLineStart(text, m.index)) nextLine = emptyAfterColon = true;
      // a layout PDF's right-hand column ("采购人（盖章）：X局        采购代理机构（盖章）："): the value is
      // under the label on the next line, with nothing in the left column beside it
      else if (/[:：]/.test(sep[0]) && PARTY_ROLES.has(role) && /^[ \t]*\n/.test(text.slice(sepEnd, sepEnd + 12))) {
        const lineStart = text.lastIndexOf('\n', m.index) + 1;
        if (m.index - lineStart <= 160 && /\S {4,}$/.test(text.slice(lineStart, m.index))) {
          nextLine = emptyAfterColon = true;
          underColumn = m.index - lineStart;
        }
      }
    } else if (/^[ ]{0,8}\n/.test(after) && atLineStart(text, m.index)) {
      nextLine = true;
      sepEnd = p;
    } else if (/^[ ]{1,8}\S/.test(after)) {
      sepEnd = p + /^[ ]{1,8}/.exec(after)![0].length;
    } else if (atLineStart(text, m.index) && /^[ ]{9,40}[^\s|]/.test(text.slice(p, p + 48))) {
      // a PDF's key/value table laid out in padded columns ("采购人            X局"): the label
      // opens its line and the column gap, however wide, is the separator
      sepEnd = p + /^[ ]{9,40}/.exec(text.slice(p, p + 48))![0].length;
    } else if (MONEY_ROLES.has(role) && /^[ ]{0,2}(?:不变[，,][ ]{0,2})?(?:仍为|仍是|现为|调整为|变更为|更正为|修改为)[ ]{0,2}[:：]?[ ]{0,2}(?=[¥￥人0-9０-９])/.test(after)) {
      // "预算金额不变，仍为人民币陆拾万元整", "最高限价调整为58万元": a correction states the figure that holds
      sepEnd = p + /^[ ]{0,2}(?:不变[，,][ ]{0,2})?(?:仍为|仍是|现为|调整为|变更为|更正为|修改为)[ ]{0,2}[:：]?[ ]{0,2}/.exec(after)![0].length;
    } else if (role === 'budget' && /预算/.test(label) && /^[ ]{0,2}(?:约为|为约|约)[ ]{0,2}(?:[¥￥]|人民币)?[0-9０-９]/.test(after)
      // (not an estimate the sentence says is settled on what is used: "年度保费预算约96万元，据实结算")
      && !/结算/.test(text.slice(p, p + 60).split(/[。\n]/)[0])) {
      // "村里本次取暖费用预算约5万元": a figure called 预算 stays the budget though approximate (a
      // 采购资金约… not called 预算 is an estimate of spending: no label read so)
      sepEnd = p + /^[ ]{0,2}(?:约为|为约|约)[ ]{0,2}/.exec(after)![0].length;
    } else if (MONEY_ROLES.has(role) && /^(?:[¥￥]|人民币)?[0-9０-９]|^人民币[零壹贰叁肆伍陆柒捌玖]|^(?:人民币)?[一二两三四五六七八九十][零〇一二两三四五六七八九十百千万]{0,12}元|^[壹贰叁肆伍陆柒捌玖拾][零壹贰叁肆伍陆柒捌玖拾佰仟万亿]{0,14}[元圆]/.test(after)) {
      // ("中标金额：合同总价人民币柒拾贰万元整": a money label glued to an amount in capitals; "项目预算
      // 人民币十一万八千元": or in lower-case numerals that 元 closes, as a village's notice writes them;
      // "成交金额贰万玖仟肆佰陆拾伍元整（29,465元）": or in capitals that 元 closes, without 人民币)
      sepEnd = p;
    } else if (role === 'vendor' && !/(?:结果|信息)$|^承接/.test(label) && /^[\u4e00-\u9fff](?:[\u4e00-\u9fff]{3}|[\u4e00-\u9fff]{0,2}[A-Za-z0-9·][\u4e00-\u9fffA-Za-z0-9·]{2})/.test(after) && !/^(?:名称|地址|名单|情况|信息|结果|公告|公示|汇总|通知|候选|联系|的|为|须|应|在|将|与|和|及|应当|签订|提供|负责|组建|承担|派驻|配备|完成|开展|按照|根据|自行)/.test(after)) {
      // "中标供应商湖南XX有限公司", "中标供应商上海ABC影视有限公司" (a label glued to the name; a result label glued to more
      // words is a title's "…成交结果汇总公示", no vendor; a verb of duty after it is the scope's
      // prose: "成交供应商提供主播及直播运营团队")
      sepEnd = p;
    } else if (role === 'published' && atLineStart(text, m.index) && /^(?:19|20)\d{2}[ ]?[年\-/.][ ]?\d{1,2}[ ]?[月\-/.][ ]?\d{1,2}/.test(after)) {
      // "发布时间2022-04-13": an aggregator's summary lines glue each label to its value (项目编号X,
      // 采购单位Y …); a date label opening its line glued to a full date is that field
      sepEnd = p;
    } else if (qualifier !== null && /^[0-9０-９¥￥人]/.test(after)) {
      sepEnd = p;
    }
    if (sepEnd < 0) continue;
    if (cuts[cuts.length - 1] !== m.index) cuts.push(m.index);
    raw.push({ role, label, labelStart: m.index, qualifier, valueStart: sepEnd, nextLine, sepEnd, emptyAfterColon, underColumn });
  }
  const fields: Field[] = [];
  for (let i = 0; i < raw.length; i++) {
    const f = raw[i];
    let start = f.valueStart;
    let end: number;
    if (f.nextLine) {
      // the value is the next non-empty line (within three lines)
      let nl = text.indexOf('\n', start);
      let tries = 0;
      start = -1;
      while (nl >= 0 && tries++ < 4) {
        const rel = text.slice(nl + 1, nl + 1 + 400).indexOf('\n');
        const lineEnd = rel < 0 ? -1 : nl + 1 + rel;
        const line = text.slice(nl + 1, lineEnd < 0 ? Math.min(text.length, nl + 401) : lineEnd);
        if (line.trim()) {
          start = nl + 1 + (line.length - line.trimStart().length);
          end = lineEnd < 0 ? text.length : lineEnd;
          break;
        }
        nl = lineEnd;
      }
      if (start < 0) continue;
      // (a right-hand column's label takes only a value set under it, the left column empty)
      if (f.underColumn !== undefined && start - (text.lastIndexOf('\n', start - 1) + 1) < f.underColumn - 8) continue;
      // an empty "采购计划金额（元）:" followed by another "label: value" line has no value
      if (f.emptyAfterColon && /^[^\n:：]{1,24}[:：]/.test(text.slice(start, start + 40))) continue;
      // a section heading ("2. 合同价款") over its numbered clauses ("2.1 培训费标准：每人1,850.00元"):
      // the first clause is no value of the heading
      if (/^(?:\d{1,2}(?:[.．]\d{1,2})+|[(（][一二三四五六七八九十\d]{1,3}[)）])[ \t]*[^\n:：]{1,16}[:：]/.test(text.slice(start, start + 40))) continue;
      end = Math.min(end!, start + 200);
      // a following label standing alone means this was a header row, not a field
      const nextLabel = raw[i + 1];
      if (nextLabel && nextLabel.labelStart === start) continue;
    } else {
      // look for the line's end within the 200-character cap only (no rescans of long lines)
      const nl = text.slice(start, start + 200).indexOf('\n');
      end = nl < 0 ? Math.min(text.length, start + 200) : start + nl;
      const c = firstCutAfter(cuts, start);
      if (c >= 0 && c < end) end = c;
    }
    const value = text.slice(start, end);
    const trimmed = value.trim();
    const lead = value.length - value.trimStart().length;
    fields.push({
      role: f.role,
      label: f.label,
      labelStart: f.labelStart,
      qualifier: f.qualifier,
      valueStart: start + lead,
      valueEnd: start + lead + trimmed.length,
      value: trimmed,
      nextLine: f.nextLine,
    });
  }
  return fields;
}

/** The first cut position >= `pos` (binary search), or -1. */
function firstCutAfter(cuts: number[], pos: number): number {
  let lo = 0;
  let hi = cuts.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (cuts[mid] < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo < cuts.length ? cuts[lo] : -1;
}

function atLineStart(text: string, i: number): boolean {
  for (let j = i - 1; j >= 0 && j >= i - 12; j--) {
    const c = text[j];
    if (c === '\n') return true;
    // (a WeChat post's block mark before its heading, "▍采购人", leaves the label opening its line)
    if (!/[ 0-9.、()（）一二三四五六七八九十|▍▌▎■●◆▶►]/.test(c)) return false;
  }
  return i < 12;
}

/** The unit a qualifier such as "(万元)" or "（元）" names, if any. */
export function unitFromQualifier(q: string | null): 'yuan' | 'wan' | null {
  if (!q) return null;
  if (/万元|万/.test(q)) return 'wan';
  if (/元/.test(q)) return 'yuan';
  return null;
}
