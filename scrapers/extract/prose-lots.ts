/**
 * Winners written in sentences rather than fields or tables: several lots inline ("第1包：X公司，
 * 中标金额：…；第2包：…"), one winner in prose ("经评审，确定X为成交供应商", "X以人民币…元成交"),
 * and result rows glued together by a copy ("…有限公司湖南省长沙市…755号1354755.8中标").
 * @module
 */
import { readMoney } from './money.js';
import { barePersonName, cleanOrgName, looksLikeOrg, naturalPerson } from './parties.js';
import { emptyLot, MAX_LOTS, setMoney } from './lot-record.js';
import type { Lot } from './types.js';

const INLINE_LOT =
  /(?:(?:第\s*([0-9一二三四五六七八九十]{1,3})|(?<![A-Za-z0-9])([A-Za-z0-9]))\s*(?:包|标段|分标)|(?:包|标段|分标|标包|合同包|采购包|包件)\s*([0-9A-Za-z一二三四五六七八九十]{1,4}))\s*[:：]\s*(?:(?:中标|成交)(?:供应商|人|单位)\s*(?:为|[:：])?\s*)?([\u4e00-\u9fffA-Za-z0-9·（）()]{4,50}?(?:公司|中心|社|院|所|厂|工作室|部)(?:[(（](?:个体工商户|有限合伙|普通合伙)[)）])?)\s*[，,]\s*(?:(?:中标|成交)(?:\(成交\)|（成交）)?)?(?:金额|价格|价|报价)\s*(?:为|[:：])?\s*/g;

/**
 * Several lots each written as "LOT：VENDOR，金额：MONEY" on running lines (the lot "第1包", "包1",
 * or a letter or digit before 包 without 第: "A包：X公司，中标价：下浮率8.5%").
 */
export function inlineLots(text: string, lookup: string): Lot[] {
  const out: Lot[] = [];
  for (const m of lookup.matchAll(INLINE_LOT)) {
    if (out.length >= MAX_LOTS) break;
    const from = m.index + m[0].length;
    const end = from + Math.max(0, lookup.slice(from, from + 60).search(/[；;。\n]|$/));
    const money = readMoney(text, from, end > from ? end : from + 60, 'yuan');
    const nameAt = m.index + m[0].indexOf(m[4]);
    const lot = emptyLot(text.slice(nameAt, nameAt + m[4].length));
    // ("A包" kept as written: the letter alone names no lot)
    lot.lot = m[1] ?? (m[2] ? /^[A-Za-z0-9]\s*(?:包|标段|分标)/.exec(m[0])![0] : null) ?? m[3] ?? null;
    lot.confidence = 0.8;
    if (money) setMoney(lot, money, 0.8);
    out.push(lot);
  }
  return out;
}

// "确定X为第一包成交单位，成交金额23,600元" … "确定Y为第二包成交单位，…": a small result awarding its 包
// in prose, one sentence per 包 (the label as written)
const PROSE_LOT_WINNER =
  /确定\s*([\u4e00-\u9fffA-Za-z0-9·（）()]{4,50}?)\s*为\s*(第\s*[0-9一二三四五六七八九十]{1,3}\s*(?:包|标段|分标)|(?:包|标段|标包|分标)\s*[0-9一二三四五六七八九十A-Z]{1,3})(?:的)?\s*(?:(?:中标|成交|中选)(?:供应商|人|单位)|供货单位|服务单位)/g;

/** Lots awarded one 包 per prose sentence; only when two or more 包 are so awarded. */
export function proseLotWinners(text: string, lookup: string): Lot[] {
  if (!/确定/.test(lookup)) return [];
  const out: Lot[] = [];
  for (const m of lookup.matchAll(PROSE_LOT_WINNER)) {
    if (out.length >= MAX_LOTS) break;
    const name = cleanOrgName(m[1].replace(RANK_PREFIX, ''));
    if (!name || !looksLikeOrg(name)) continue;
    const at = m.index + m[0].indexOf(name, m[0].indexOf(m[1]));
    const label = m[2].replace(/\s+/g, '');
    if (out.some((l) => l.lot === label)) continue;
    const lot = emptyLot(text.slice(at, at + name.length));
    lot.lot = label;
    lot.confidence = 0.75;
    const money = priceInSentence(text, lookup, m.index + m[0].length);
    if (money) setMoney(lot, money, 0.7);
    out.push(lot);
  }
  return out.length >= 2 ? out : [];
}

// the one chosen to deliver under other names than 供应商: a 政府购买服务's 承接主体, a town's
// 服务提供方 ("确定X为本项目服务提供方")
const CHOSEN = '承接主体|承接单位|服务(?:提供)?(?:方|商|单位)';

// (a name may carry Latin letters and digits: "湖南MCN星播文化传媒有限公司", "岳阳5G视讯直播科技有限公司")
// "X（下称“成交供应商”）", "X（以下简称“乙方”）": an alias after the name, in any quotes
const ALIAS = '(?:\\s*[(（](?:以下简称|以下称|下称|简称)[^()（）\\n]{0,14}[)）])?';

const DIRECT_BUY = /直接(?:采购|购买)(?:方式|形式)?[^。；;\n]{0,12}?[，,]\s*(?:向|从)\s*([\u4e00-\u9fffA-Za-z0-9·（）()]{4,50}?(?:公司|院|中心|厂|所|社|工作室|部|店|商行))\s*(?:采购|购买|购置|订购)/;
// the sum a direct purchase's sentence states for what it bought ("…，合计金额贰万陆仟肆佰元（26400元）")
const SUM_PRICE = /(?:合计|共计|总计)(?:金额)?\s*(?:为|[:：])?\s*(?=人民币|[¥￥]|[0-9]|[壹贰叁肆伍陆柒捌玖])/;
// (a sum after a winner's name counts only written as money: "全年共计52期" is a count)
const SUM_YUAN = /(?:合计|共计|总计)(?:金额)?\s*(?:为|[:：])?\s*(?=人民币|[¥￥]|[0-9][0-9,，.]*\s*(?:万元|元)|[壹贰叁肆伍陆柒捌玖][拾佰仟万])/;

const PROSE_WINNER: RegExp[] = [
  // single source: "二、拟定的唯一供应商名称、地址\n X公司，地址", "拟委托X制作…"
  /拟定的?唯一供应商(?:名称)?(?:、地址)?[:：]?[ ]*\n?[ ]*([\u4e00-\u9fffA-Za-z0-9·（）()]{4,50}?)(?=[，,、\s]|$)/,
  /拟(?:委托|确定|定|选定)\s*([\u4e00-\u9fffA-Za-z0-9]{4,40}?(?:公司|台|院|中心|社|厂|所))/,
  // "确定X为本项目供应商", "确定X（以下简称“中选人”）为中选人"
  new RegExp(`确定\\s*[“"]?([\\u4e00-\\u9fffA-Za-z0-9·（）()]{4,50}?)[”"]?${ALIAS}\\s*为(?:本项目的?)?(?:第一)?(?:(?:中标|成交|中选)(?:供应商|人|单位|候选人)|供应商|${CHOSEN})`),
  // (a brand in Latin letters may carry a hyphen: "广州K-Star影视有限公司")
  /确定(?:的)?(?:中标|成交|中选)(?:供应商|人|单位)(?:为|是)[:：]?\s*[“"]?((?:[\u4e00-\u9fffA-Za-z0-9·（）()]|(?<=[A-Za-z0-9])-(?=[A-Za-z0-9])){4,50}?)(?=[”"，,。；;\s]|$)/,
  // "综合评分第一名为X，经采购人确认，确定为成交供应商"
  /第一名?(?:的供应商)?(?:为|是)\s*([\u4e00-\u9fffA-Za-z0-9·（）()]{4,50}?)(?=[，,]).{0,30}?确定(?:其)?为(?:本项目的?)?(?:中标|成交|中选)/,
  // "本项目成交供应商为：X，成交价为…"
  /(?:中标|成交|中选)(?:供应商|人|单位)(?:为|是)[:：]?\s*[“"]?([\u4e00-\u9fffA-Za-z0-9·（）()]{4,50}?)(?=[”"，,。；;\s]|$)/,
  /由\s*([\u4e00-\u9fffA-Za-z0-9·（）()]{4,50}?)\s*(?:中标|成交|中选)(?![\u4e00-\u9fff]{0,2}(?:候选|供应商|金额|价))/,
  // a short result's one sentence: "经比选，确定由X以28,600元承接本项目" (who, at what price, takes it on)
  /(?:确定|选定|决定|同意)\s*由\s*([\u4e00-\u9fffA-Za-z0-9·（）()]{4,50}?(?:公司|院|中心|厂|所|社|工作室|部|店))\s*以\s*(?:人民币)?(?:[¥￥]\s*)?(?:[0-9０-９.,，]{1,20}\s*(?:万元|元|万)|[零壹贰叁肆伍陆柒捌玖拾佰仟万亿元圆整]{2,30})\s*(?:的价格|的报价)?\s*(?:承接|承担|承办|实施|中标|成交|中选)/,
  // a 社区's or a village's choice by the task it gives: "确定由X公司负责安装，成交价49800元" (only a
  // firm's name: "确定由X采购中心负责组织" names the body that runs the purchase, no winner)
  /(?:确定|选定|决定)\s*由\s*([\u4e00-\u9fffA-Za-z0-9·（）()]{4,50}?(?:公司|厂|社|工作室|店|商行|经营部|门市部|服务部|工程队|事务所))\s*(?:负责|承担|承接|承办|实施)(?!组织|监督|评审)/,
  // "经竞价，X报价最低，确定为成交供应商": the winner named before the reason it won; a small
  // purchase adds a short condition before the choice ("X报价最低且满足服务要求，确定为成交单位",
  // "X报价最低，且产品符合要求，确定为供货单位"), names the winner by its task (供货/配送单位) and a
  // shop may be a 商行 or a 家具城; a scored choice ranks it first ("X综合得分第一，确定为本项目服务单位");
  // what its offer met may come first ("X所投产品满足询价文件的要求，且报价最低，确定其为成交供应商")
  /([\u4e00-\u9fffA-Za-z0-9·（）()]{4,50}?(?:公司|院|中心|厂|所|社|工作室|部|店|商行|(?<=[具器材装])城))\s*(?:所(?:投|报|供)[^，,。；;\n]{1,24}[，,]\s*(?:且|并且|并|同时)?\s*)?(?:的)?(?:报价最低|有效报价最低|综合得分最高|得分最高|评分最高|(?:综合)?(?:得分|评分|排名)第一(?:名)?)\s*(?:[，,]?\s*(?:且|并且|并|同时)[^，,。；;\n]{1,20})?[，,]\s*(?:被|经[\u4e00-\u9fff]{2,8})?(?:确定|推荐|选定|确认)(?:其)?为(?:本项目的?)?(?:(?:中标|成交|中选)(?:供应商|人|单位)|(?:供货|供应|配送|服务)(?:单位|商))/,
  /([\u4e00-\u9fffA-Za-z0-9·（）()]{4,50}?(?:公司|院|中心|厂|所|社|工作室))\s*以\s*(?:人民币)?(?:[0-9０-９.,，]{1,20}\s*(?:万元|元|万)|[零壹贰叁肆伍陆柒捌玖拾佰仟万亿元圆整]{2,30})\s*(?:的价格)?\s*(?:中标|成交|中选)/,
  new RegExp(`([\\u4e00-\\u9fffA-Za-z0-9·（）()]{4,50}?(?:公司|院|中心|厂|所|社))${ALIAS}\\s*为(?:本项目的?)?(?:中标|成交|中选)(?:供应商|人|单位)`),
  // a school's or a town's own purchase names the winner by what it will do for the buyer, the goods
  // between: "确定X为本学期大米、食用油供货单位", "确定X为辖区保洁服务单位"; a 居委会's or a town's
  // works choose it (选定) to build: "选定X为施工单位", "选定X为本项目承建单位"
  new RegExp(`(?:确定|选定)\\s*[“"]?([\\u4e00-\\u9fffA-Za-z0-9·（）()]{4,50}?)[”"]?${ALIAS}\\s*为[^，,。；;\\n]{0,20}?(?:供货|供应|配送|服务|承办|施工|承建)(?:单位|商|方)(?=[，,。；;\\s]|$)`),
  // a ranked pick then confirmed: "推荐X为第一中选候选人并确定为中选单位" (the candidate made the winner in
  // the same sentence; a candidate alone, with no 确定为, is no winner)
  /(?:推荐|确定|选定)\s*([\u4e00-\u9fffA-Za-z0-9·（）()]{4,50}?)\s*为第一(?:名)?(?:中标|成交|中选)?候选(?:人|供应商|单位)[，,]?\s*(?:并|且|后)?\s*(?:经[\u4e00-\u9fff]{2,8})?(?:确定|确认)(?:其)?为(?:本项目的?)?(?:中标|成交|中选)(?:供应商|人|单位)/,
  // a direct purchase done, in one sentence: "采用直接采购方式，向X采购风力灭火机12台…，合计金额…"
  // (the firm it bought from; its price is the sentence's 合计金额)
  DIRECT_BUY,
  // a small purchase's choice in one clause: "经比较，确定X承接，成交金额1.8万元" (a firm's name,
  // the verb right after it)
  /(?:确定|选定|决定)\s*(?!由)([\u4e00-\u9fffA-Za-z0-9·（）()]{4,50}?(?:公司|工作室|中心|社|厂|所))\s*(?:承接|承担)(?=[，,。；;\s]|$|本项目|该项目)/,
];

// "确定刘建华为成交供应商": a natural person named bare in prose (checked as a name, see barePersonName)
// "成交供应商为赵海峰（身份证号：…）": or after a winner label, before a bracket or a comma
// "确定由马**（自然人）承担本项目": a masked or bare person (or a firm) chosen to carry the project out
const PROSE_PERSON = new RegExp(String.raw`确定\s*([\u4e00-\u9fff]{2,4}?)(?:[(（](?:自然人|个人)[)）])?\s*为(?:本项目的?)?(?:(?:中标|成交|中选)(?:供应商|人)|${CHOSEN})|` + String.raw`(?:中标|成交|中选)(?:供应商|人)(?:为|是)[:：]?\s*(?:自然人)?([\u4e00-\u9fff]{2,4})(?=[(（，,。；;\s]|$)|(?:确定|选定|决定)由\s*([\u4e00-\u9fff]{1,2}[*＊]{1,3}[\u4e00-\u9fff]?|[\u4e00-\u9fffA-Za-z0-9·（）()]{2,50}?)(?:[(（](?:自然人|个人)[)）])?\s*(?:承担|承接|负责|实施)(?:本|该)?项目`);

// "确定报价最低的X为成交供应商", "确定综合得分最高的X为中选单位": why it won is not part of its name either
const RANK_PREFIX = /^(?:(?:综合)?(?:排名|排序|得分|评分|名次)?(?:为|在)?第[一1](?:名|位)?的?(?:供应商|(?:中标|成交|中选)?候选(?:人|供应商|单位))?|(?:有效)?(?:报价|投标报价|竞价)最低的|(?:综合)?(?:得分|评分)最高的)/;

export function proseWinner(text: string, lookup: string): Lot | null {
  // read from the result section when there is one (portal pages carry long headers); a long
  // 采购需求 may mention 成交结果 well before the result itself: each later mention opens
  // another window (a few at most)
  const SECTION = /(?:中标|成交)(?:\(成交\)|（成交）)?(?:信息|结果)|唯一供应商/g;
  let windowEnd = -1;
  let windows = 0;
  let firstFrom = lookup.length;
  for (const sec of lookup.matchAll(SECTION)) {
    if (sec.index < windowEnd) continue;
    if (++windows > 6) break;
    const from = Math.max(0, sec.index - 12);
    firstFrom = Math.min(firstFrom, from);
    windowEnd = from + 20_000;
    const lot = proseWinnerIn(text, lookup, from);
    if (lot) return lot;
  }
  // no window named a winner, or every mention was boilerplate after the winner's sentence ("对成交
  // 结果有异议的…" below "确定X为成交供应商"): the text from its start up to the first window (read
  // already)
  return (firstFrom > 0 ? proseWinnerIn(text, lookup, 0, firstFrom + 12) : null) ?? decisionSentenceWinner(text, lookup);
}

// The decision sentence of a small own-site result, however its author words it: a decision verb with
// its 为/由 ("确定第一名X为承制单位", "确定由X供货", "X报价最低，…，确定为供货安装单位") or a result label
// and its value ("比选结果：X" on a line of its own). Each new author writes the same winner another way,
// so the sentence is read for the one organisation it names, not matched against one wording.
const DECIDES = /确定|选定|确认|定为|决定|同意|推荐|结果\s*[:：]/;
const DECISION_VERB = /(?:确定|选定|确认|决定|同意|推荐)(?=[^，,；;]{0,50}?[为由])|定为/;
const RESULT_LABEL = /(?:比选|询价|评审|竞价|成交|中选|遴选|采购|竞争性谈判|磋商)结果\s*[:：]\s*/;
// a sentence that ranks, proposes, withdraws or fails names no winner; nor one that says what a call
// will decide ("确定…为…" in a 采购公告's requirements: no firm is named there)
const NOT_DECIDED = /候选|排名|拟|未|不|放弃|取消|废标|流标|终止|否决|无效|失败|如|若|须|应当|将/;
// where a name in the clause ends: what the winner does or why it won
const NAME_END = /为|负责|供货|供应(?!链)|承接|承担|承办|承制|承建|实施|报价|综合|得分|评分|所投|以(?=人民币|[0-9¥￥])|中标|成交|中选/;
// a body that organises the purchase (an agency, a 采购中心, a panel), not one that wins it
const ORGANISER = /采购中心|交易中心|代理|招标|小组|委员会|政府|局$/;
const LINK_LINE = /^[\s·•>》]*(?:上一篇|下一篇|上一条|下一条|相关(?:文章|阅读|链接|公告)|热门|推荐阅读)|(?:的|之)(?:公告|公示|通知)\s*(?:\d{4}[-/.]\d{1,2}[-/.]\d{1,2})?\s*$/;
const OTHER_FIRM = /公司|厂|经营部|服务部|商行|工作室|合作社|工程队/;

/** The one organisation named in a result's decision sentence, with the sentence's price (or null). */
export function decisionSentenceWinner(text: string, lookup: string): Lot | null {
  if (!DECIDES.test(lookup)) return null;
  let start = 0;
  const BREAK = /[。\n]/g;
  for (let n = 0; start < lookup.length && n < 2000; n++) {
    BREAK.lastIndex = start;
    const end = BREAK.exec(lookup)?.index ?? lookup.length;
    const sentence = lookup.slice(start, end);
    const at = start;
    start = end + 1;
    if (sentence.length < 6 || sentence.length > 400 || !DECIDES.test(sentence)) continue;
    // a link to another notice ("下一篇：关于确定X为…成交供应商的公示") decides nothing on this page
    if (LINK_LINE.test(sentence)) continue;
    const label = RESULT_LABEL.exec(sentence);
    // the decision part: up to the clause holding the verb (the subject named before it), or a label's value
    let part = sentence;
    let partAt = 0;
    const verb = DECISION_VERB.exec(sentence);
    if (verb) {
      const close = sentence.slice(verb.index).search(/[，,；;]/);
      part = sentence.slice(0, close < 0 ? sentence.length : verb.index + close);
    } else if (label) {
      partAt = label.index + label[0].length;
    } else continue;
    if (NOT_DECIDED.test(part.slice(partAt))) continue;
    const names: { name: string; at: number }[] = [];
    let clauseAt = partAt;
    for (const clause of part.slice(partAt).split(/[，,；;]/)) {
      const here = clauseAt;
      clauseAt += clause.length + 1;
      // in the verb's clause only what follows the verb can win (who decides stands before it)
      const v = DECISION_VERB.exec(clause);
      let from = v ? v.index + v[0].length : 0;
      const lab = v ? null : RESULT_LABEL.exec(clause);
      if (lab) from = lab.index + lab[0].length;
      let seg = clause.slice(from);
      const lead = /^\s*(?:由\s*)?/.exec(seg)![0];
      seg = seg.slice(lead.length);
      const rank = RANK_PREFIX.exec(seg) ?? /^第[一1]名?/.exec(seg);
      const skip = rank ? rank[0].length : 0;
      seg = seg.slice(skip);
      const cut = seg.slice(4).search(NAME_END);
      if (cut >= 0) {
        // another firm further on in the clause ("X报价低于Y公司"): a comparison, counted as a second name
        if (OTHER_FIRM.test(seg.slice(cut + 4))) names.push({ name: '', at: -1 });
        seg = seg.slice(0, cut + 4);
      }
      const name = cleanOrgName(seg);
      if (!name || name.length < 5 || !looksLikeOrg(name) || ORGANISER.test(name)) continue;
      if (!names.some((x) => x.name === name)) names.push({ name, at: at + here + from + lead.length + skip + seg.indexOf(name) });
    }
    // two names in one decision are a comparison ("X报价低于Y，确定…"): no winner read from it
    if (names.length !== 1) continue;
    const { name, at: nameAt } = names[0];
    const lot = emptyLot(text.slice(nameAt, nameAt + name.length));
    lot.confidence = 0.7;
    const money = priceInSentence(text, lookup, nameAt + name.length) ?? priceInSentence(text, lookup, nameAt + name.length, SUM_YUAN) ?? unitPriceInSentence(text, lookup, nameAt + name.length);
    if (money) setMoney(lot, money, 0.7);
    return lot;
  }
  return null;
}

// "中标人为由A（牵头人）与B（成员）组成的联合体", "确定A与B组成的联合体为成交供应商": the members
// named in the sentence
const CONSORTIUM = /(?:为\s*由|由|确定|为|[:：])\s*([\u4e00-\u9fffA-Za-z0-9（）()、，,]{8,160}?)\s*(?:共同)?组成的?(?:联合体|联合投标体)/;
const MEMBER_ROLE = /[(（](?:联合体)?(?:牵头人|牵头方|牵头单位|主办方|成员|成员方|成员单位)[)）]/g;

// "确定A公司（牵头人）、B公司为成交供应商", "成交供应商为A（联合体牵头人）、B（联合体成员），…": the
// members listed with 、 and a member's role in brackets, no 组成的联合体 after them
const MEMBER_LIST = new RegExp(
  String.raw`(?:确定|推荐|选定|(?:中标|成交|中选)(?:供应商|人|单位)\s*(?:为|是|[:：]))\s*((?:[一-鿿A-Za-z0-9·（）()]{4,60}?[(（](?:联合体)?(?:牵头人|牵头方|牵头单位|成员|成员方|成员单位)[)）]\s*[、，,]\s*)+[一-鿿A-Za-z0-9·（）()]{4,60}?)(?:[(（]联合体[)）])?(?=\s*为(?:本项目的?)?(?:中标|成交|中选)(?:供应商|人|单位)|\s*[，,。；;
])`,
);

/** A consortium named in prose, its members joined by "；" (null unless two or more read as names). */
function proseConsortium(text: string, lookup: string, from: number, head: string): Lot | null {
  const m = CONSORTIUM.exec(head) ?? MEMBER_LIST.exec(head);
  if (!m) return null;
  // only the winner: "中标人为由…", "确定…组成的联合体为成交供应商" (not a bidder or a candidate named so)
  const before = head.slice(Math.max(0, m.index - 24), m.index) + m[0].slice(0, m[0].indexOf(m[1]));
  const after = head.slice(m.index + m[0].length, m.index + m[0].length + 16);
  const wins = /(?:中标|成交|中选)(?:供应商|人|单位)?\s*(?:为|是|[:：])?\s*由?\s*$|(?:确定|推荐|选定)\s*$/.test(before) || /^\s*为(?:本项目的?)?(?:中标|成交|中选)/.test(after);
  if (!wins || /候选|投标人|报价人|参与/.test(before)) return null;
  const members: string[] = [];
  for (const part of m[1].replace(MEMBER_ROLE, '').split(/[、，,]|(?<=公司|院|所|中心|社|室|厂|部|店|[)）])(?:与|和|及)/)) {
    const name = cleanOrgName(part);
    if (!name || !looksLikeOrg(name)) return null;
    members.push(name);
  }
  if (members.length < 2 || members.length > 6) return null;
  const lot = emptyLot(members.join('；'));
  lot.vendors = members;
  lot.confidence = 0.75;
  const money = priceInSentence(text, lookup, from + m.index + m[0].length);
  if (money) setMoney(lot, money, 0.7);
  return lot;
}

function proseWinnerIn(text: string, lookup: string, from: number, until = from + 20_000): Lot | null {
  const head = lookup.slice(from, Math.min(until, from + 20_000));
  const consortium = proseConsortium(text, lookup, from, head);
  if (consortium) return consortium;
  const person = PROSE_PERSON.exec(head);
  for (const re of [...PROSE_WINNER, PROSE_PERSON]) {
    const m = re === PROSE_PERSON ? person : re.exec(head);
    if (!m) continue;
    // only "由X承担本项目" may name a firm here (the other forms read persons; "中标人为本公司" names none)
    const firm = re === PROSE_PERSON && m[1] === undefined && m[2] === undefined && looksLikeOrg(m[3]) && m[3].length >= 6;
    if (re === PROSE_PERSON) m[1] ??= m[2] ?? m[3];
    if (re === PROSE_PERSON && !barePersonName(m[1]) && naturalPerson(m[1])?.name !== m[1] && !firm) continue;
    // "确定排名第一的X为中标人", "确定第一名X为成交人": the rank is not part of the name
    // "询价小组一致推荐X为成交供应商": who recommends is not part of the winner's name
    const clause = m[1].replace(/^[\u4e00-\u9fff]{0,12}?(?:一致推荐|推荐|一致同意|同意|确定|认定|选定)(?=[\u4e00-\u9fff]{4})/, '');
    // a masked person ("马**") is the whole of what the notice says of the vendor
    const masked = re === PROSE_PERSON && naturalPerson(m[1])?.name === m[1] && /[*＊]/.test(m[1]);
    // a bare person's name ("确定王强为成交人") is whole as read: two characters are a full name
    const bare = re === PROSE_PERSON && barePersonName(m[1]);
    const name = masked || bare ? m[1] : cleanOrgName(clause.replace(/^(?:经评审|经评标委员会评审|评审|现|并|最终|推荐|确定|一致推荐|，|,)+/, '').replace(RANK_PREFIX, ''));
    if (!name || !(looksLikeOrg(name) || (re === PROSE_PERSON && name === m[1]))) continue;
    const at = from + m.index + m[0].indexOf(name);
    const lot = emptyLot(text.slice(at, at + name.length));
    lot.confidence = 0.75;
    // "X以人民币98000元成交": the price rides in the same clause
    const price = /^\s*以\s*((?:人民币)?[^\s，,。；;]{1,30}?)\s*(?:的价格|的报价)?\s*(?:中标|成交|中选|承接|承担|承办|实施)/.exec(lookup.slice(at + name.length, at + name.length + 50));
    if (price) {
      const ps = at + name.length + price[0].indexOf(price[1]);
      const money = readMoney(text, ps, ps + price[1].length, 'yuan');
      if (money) setMoney(lot, money, 0.75);
    }
    if (lot.amountForm === 'none') {
      const money = priceInSentence(text, lookup, at + name.length, re === DIRECT_BUY ? SUM_PRICE : SENTENCE_PRICE);
      if (money) setMoney(lot, money, 0.7);
    }
    // a service priced by the month states its whole beside the rate, with no price label: "选定X为服务单位，
    // 每月9800元，三个月合计29400元" (the sum is the award; the rate alone is no total, priceInSentence
    // takes only a total)
    if (lot.amountForm === 'none' && re !== DIRECT_BUY) {
      const money = priceInSentence(text, lookup, at + name.length, SUM_YUAN) ?? unitPriceInSentence(text, lookup, at + name.length);
      if (money) setMoney(lot, money, 0.7);
    }
    return lot;
  }
  return null;
}

// "…为成交供应商，成交供应商以人民币叁拾贰万元整（¥320,000.00）承接本项目", "…，成交价格为…":
// the winner's price later in the same sentence, introduced by 以 and a taking verb or by a price label
// (the label glued to its figure too, as a short notice writes it: "…为成交单位，成交价叁万陆仟捌佰元整（36800元）";
// a village's result states what it will sign: "…确定为供货单位，合同金额壹拾陆万捌仟元整"; a service
// unit its fee: "…确定为本项目服务单位，服务费用176000元"; works their contract price: "…为施工单位，合同价27,860元";
// a 社区's purchase what it pays, in the winner's sentence: "…确定为供货单位，采购金额40860元")
// (a works purchase prices its winner by its 工程造价: "确定X为施工单位，工程造价87,460元")
const SENTENCE_PRICE = /以\s*(?=(?:人民币|[¥￥]|[0-9]|[零壹贰叁肆伍陆柒捌玖拾]))(?=[^。；;\n]{0,60}?(?:承接|承担|中标|成交|中选|的价格|的报价))|(?:(?:中标|成交|中选|采购)(?:总)?(?:金额|价格|价|报价)|合同(?:总)?(?:金额|价款|价)|服务费用?|(?:工程|施工|中标|成交)造价)\s*(?:(?:为|是|[:：])\s*|(?=人民币|[¥￥][ ]?[0-9]|[0-9][0-9,，.]*\s*(?:万元|元)|[壹贰叁肆伍陆柒捌玖][拾佰仟万]))/;

// "确定X为中选单位，中选单价：1,420元/条（含税），按…数量据实结算": the winner's sentence prices it by the
// item; a 单价 is never a total (a bid table's per-item column must not stand in for one either)
const SENTENCE_UNIT_PRICE = /单价\s*(?:为|是|[:：])?\s*/;

/** A per-item price stated in the winner's sentence (its form unit_price), or null. */
function unitPriceInSentence(text: string, lookup: string, from: number): ReturnType<typeof readMoney> {
  const rest = lookup.slice(from, from + 120);
  const stop = rest.search(/[。\n]/);
  const sentence = stop < 0 ? rest : rest.slice(0, stop);
  const m = SENTENCE_UNIT_PRICE.exec(sentence);
  if (!m) return null;
  const start = from + m.index + m[0].length;
  const cut = sentence.slice(m.index + m[0].length).search(/[，；;]|,(?!\d{3})/);
  const money = readMoney(text, start, cut < 0 ? from + sentence.length : start + cut, 'yuan');
  return money && money.form === 'unit_price' ? money : null;
}

/** The winner's price stated later in the sentence that names it (up to 120 characters). */
function priceInSentence(text: string, lookup: string, from: number, label = SENTENCE_PRICE): ReturnType<typeof readMoney> {
  const rest = lookup.slice(from, from + 120);
  const stop = rest.search(/[。\n]/);
  const sentence = stop < 0 ? rest : rest.slice(0, stop);
  const m = label.exec(sentence);
  if (!m) return null;
  const start = from + m.index + m[0].length;
  const cut = sentence.slice(m.index + m[0].length).search(/[，；;]|,(?!\d{3})|承接|承担|的价格|中标|成交|中选/);
  const money = readMoney(text, start, cut < 0 ? from + sentence.length : start + cut, 'yuan');
  return money && money.form === 'total' ? money : null;
}

const GLUED_ROW =
  /([\u4e00-\u9fff（）()]{4,60}?(?:有限责任公司|有限公司|公司|研究院|规划院|设计院|中心|厂|事务所|工作室|合作社)(?:[(（](?:有限合伙|普通合伙|个体工商户)[)）])?)(?:.{0,80}?)(?<![\d.])(\d{1,12}(?:\.\d{1,4})?)(?:元)?(?:中标|成交)(?!候选|供应商|金额|人|单位|通知|公告|结果|价|信息)/;

export function gluedRow(text: string, lookup: string): Lot | null {
  let pos = 0;
  let tried = 0;
  while (pos < lookup.length && tried < 50) {
    const nl = lookup.indexOf('\n', pos);
    const end = nl < 0 ? lookup.length : nl;
    const line = lookup.slice(pos, Math.min(end, pos + 3000));
    if (/中标金额|成交金额/.test(line)) {
      tried++;
      const m = GLUED_ROW.exec(line);
      if (m) {
        let name = m[1];
        const cut = /.*(?:名称|地址|金额|状态|明细|情况|结果|信息|标段|序号)[一二三四五六七八九十\d]*/.exec(name);
        if (cut) name = name.slice(cut[0].length);
        if (name.length >= 4 && looksLikeOrg(name)) {
          const lot = emptyLot(text.slice(pos + m.index + m[1].length - name.length, pos + m.index + m[1].length));
          const numStart = pos + m.index + m[0].lastIndexOf(m[2], m[0].length - 2);
          const money = readMoney(text, numStart, numStart + m[2].length, 'yuan');
          if (money) setMoney(lot, money, 0.7);
          return lot;
        }
      }
    }
    if (nl < 0) break;
    pos = nl + 1;
  }
  return null;
}
