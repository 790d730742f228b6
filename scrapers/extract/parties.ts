/**
 * Buyer and agency: from labelled fields (采购人名称：X), contact blocks ("1.采购人信息 名称：X"),
 * table columns, and prose ("受X委托", "X（采购人）", "X拟对…"), then the title ("X2024年…项目").
 * The agency is read only from agency labels, so the two are never swapped.
 * @module
 */
import type { Field } from './fields.js';
import { parseDate } from './dates.js';
import { toSimplified } from './normalize-text.js';
import type { Table } from './tables.js';
import { looksLikeOrg } from './org-name.js';
import { titleBuyer } from './title-buyer.js';

export { ORG_SUFFIX, looksLikeOrg } from './org-name.js';
export { titleBuyer } from './title-buyer.js';

const MASKED = /[*＊]{2,}|[(（]略[)）]|某某|XX|ｘｘ|【正式会员/;

/** Cut a raw field value down to the organisation name it starts with. */
// a link's caption where a name should stand ("查看详情", "点击查看", "登录后查看"): no name
// (查 and 详 would otherwise pass "查看详情" as a person's bare name)
const LINK_CAPTION = /^(?:请|点击|登录后?)?(?:查看|浏览)(?:详情|全文|更多|原文|附件)?$|(?:查看|点击)?详情$/;

export function cleanOrgName(raw: string): string | null {
  let s = raw;
  // stops: double spaces, cell separators, sentence punctuation, enumerators "（2）", role tags "(甲方)", "（集中采购机构）"
  // and notes on what the party is ("（小微企业）", a 承接主体's "（公益性社会组织）"), never part of its name
  // (and, in a flattened copy, white space before a date, a phone number ("X公司 0831-8208896") or a numbered item: "X公司 2025年10月16日", "X中心 2.采购代理机构信息",
  // or before the head of the next label a longer label cut off: "X有限公司 供应商|注册资本：")
  const stop = /[ ]{2,}|\||\s(?=(?:19|20)\d{2}\s*[年\-/.]\s*\d{1,2}|\d{1,2}[.．](?!\d)|0\d{2,3}-?\d{7,8}(?!\d)|1[3-9]\d{9}(?!\d))|(?<=有限公司|有限责任公司|股份公司)\s+(?=[\u4e00-\u9fff]{1,6}$)|[，,。;；！？、]|\s(?=[^\s:：|]{1,14}[:：])|[(（]\s*\d{1,2}\s*[)）]|[(（](?:甲方|乙方|采购人|采购单位|招标人|盖章|签章|公章|集中采购机构|采购代理机构|代理机构|招标代理机构)[)）]|[(（](?:联合采购|(?:联合体)?(?:牵头人|牵头方|牵头单位|牵头|成员单位|成员方|成员)|联合体主体|主办单位|协办单位)[)）]|[(（](?:小微企业|小型企业|微型企业|中型企业|中小企业|小企业|中小微企业|监狱企业|残疾人福利性单位|(?:公益性)?社会组织|民办非企业单位|社会团体|事业单位)[)）]|[(（]\s*(?:以下简称|下称|简称|统一社会信用代码|社会信用代码|信用代码|组织机构代码|注册号|法定代表人|地址)|[:：]|\n/.exec(s);
  if (stop) s = s.slice(0, stop.index);
  s = s.replace(/^[\s:：|\-—]+/, '').replace(/[\s。.;；,，:：、|]+$/, '');
  // "X有限公司（91431225MA4T8XQ21K）": a credit code in brackets after the name is not the name's
  s = s.replace(/\s*[(（]\s*[0-9A-Z]{18}\s*[)）]$/, '');
  // a bracket the next label cut open ("北流市商务局（地址：…）" read up to "地址") is not the name's
  // (also "X有限公司（入围" when "入围单价：…" followed inside the brackets: a bracket never closed)
  s = s.replace(/[(（【[][^)）】\]]{0,12}$/, '').trimEnd();
  // an aggregator's note on what it hides behind a login, after the name: "X局（*登录后查看联系人）",
  // "X公司【会员可见】", "X中心(注册后可查看电话)": the site's paywall, no part of the name
  s = s.replace(/\s*[(（【[][^)）】\]]{0,12}(?:登录|登陆|注册|会员|VIP|开通)[^)）】\]]{0,16}[)）】\]]$/i, '').trimEnd();
  // a flattened notice: the next section's number follows the name ("X融媒体中心 五、采购代理机构：…")
  s = s.replace(/\s+(?:[一二三四五六七八九十]{1,3}|\d{1,2})$/, '');
  s = s.replace(/^(?:名\s*称|全称)\s*/, '');
  // "【X公司】": a name set in brackets
  // (only an organisation's name: "【正式会员登录后可浏览】" is an aggregator's mask)
  s = s.replace(/^[【[]([^】\]]{3,60})[】\]]$/, (whole, inner: string) => (looksLikeOrg(inner) ? inner : whole));
  // an enumerator before the name: "1.X公司", "（2）X公司", "①X公司"
  s = s.replace(/^(?:[(（]?\d{1,2}[)）.．、]|[①-⑳])\s*/, '');
  // "张家口暖泉古镇 文化传媒有限公司" (a <br> or a full-width space inside a cell): one space between
  // two Han characters, where the part before it is no organisation of its own, belongs to no name
  if (/[\u4e00-\u9fff] [\u4e00-\u9fff]/.test(s)) s = s.replace(/(?<=[\u4e00-\u9fff]) (?=[\u4e00-\u9fff])/g, (sp, at: number) => (looksLikeOrg(s.slice(0, at)) ? sp : ''));
  if (s.length < 3 || s.length > 60) return null;
  if (MASKED.test(s)) return null;
  if (/^[\d\s.\-/:]+$/.test(s)) return null;
  if (/(?:时间|方式|金额|地址|日期|电话|编号|内容|名称|情况|信息|要求|详见|见附件|预算)$/.test(s)) return null;
  // a link's caption standing where the value should be ("中标单位：查看详情", "点击查看"): an
  // aggregator hides the winner behind a link; the caption names no party
  if (LINK_CAPTION.test(s)) return null;
  // a result list's header cell read as a value ("采购单位\t采购项目\t…"): a column's name, no party
  if (/^(?:采购|成交|中标)?(?:项目|商品|服务|品目)(?:[/／](?:服务|商品))?$/.test(s)) return null;
  // 无 alone (no vendor), but not the 无 of a place: 无锡, 无为, 无棣, 无极 start real names.
  if (/^(?:详见|见|无(?![锡为棣极])|\/|—|-|暂无|同上|本项目|供应商|采购人|代理机构)/.test(s)) return null;
  return s;
}

const NATURAL_PERSON = /^\s*([\u4e00-\u9fff][\u4e00-\u9fff·]{1,4})\s*[(（](?:自然人|个人)[)）]/;

/**
 * A natural person as a vendor at the start of `raw`: two to five characters of a name marked
 * （自然人） or （个人） ("钟志远（自然人）"). The name is the vendor; the note says what it is and is
 * no part of it. `length` covers the note too.
 */
export function naturalPerson(raw: string): { name: string; length: number } | null {
  const m = NATURAL_PERSON.exec(raw) ?? MASKED_PERSON.exec(raw);
  return m ? { name: m[1], length: m[0].length } : null;
}

// a person's name as portals publish it, masked for privacy ("李**", "张*", "王*华"), standing
// alone in a vendor's value: the masked name is all the notice says of the vendor
const MASKED_PERSON = /^\s*([\u4e00-\u9fff]{1,2}[*＊]{1,3}[\u4e00-\u9fff]?)\s*(?:[(（](?:自然人|个人)[)）])?(?=\s|$|[，,。；;、|])/;

// the commonest surnames (single and compound): a bare two-to-four-character name in prose is a
// person only when it starts with one ("确定刘建华为成交供应商"), never "该单位" or "其"
const SURNAMES = new Set('王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝');
// rarer surnames that vendors who are persons still carry (禤 in Guangxi, 仉 and 亓 in Shandong, …)
const RARE_SURNAMES = new Set('禤仉亓扈蔺逯阚隗昝訾郦晁麹眭钭仝亢缑芮甯邴蒯茆揭宓郗鄢郜郄厍滑逄佴浦蓬糜郇冼苻黝濮荆那粟奚晋隆勾鞠綦闻郁茹暴笪');
const COMPOUND_SURNAME = /^(?:欧阳|司马|上官|诸葛|东方|皇甫|尉迟|公孙|慕容|长孙|宇文|司徒|令狐|夏侯|端木|亓官|澹台|公冶|宗政|濮阳|淳于|单于|太叔|申屠|呼延|南宫|闻人|万俟|轩辕|钟离|百里)/;

/** True when `s` reads as a person's bare name: two to four characters after a common surname. */
export function barePersonName(s: string): boolean {
  if (!/^[\u4e00-\u9fff]{2,4}$/.test(s) || LINK_CAPTION.test(s) || looksLikeOrg(s) || /公司|单位|供应商|中心|本项目|项目/.test(s)) return false;
  return COMPOUND_SURNAME.test(s) ? s.length >= 3 : SURNAMES.has(s[0]) || RARE_SURNAMES.has(s[0]);
}

export interface PartyHit {
  name: string;
  start: number;
  end: number;
  how: string;
  confidence: number;
}

function fromField(text: string, f: Field, how: string, confidence: number, requireOrg: boolean): PartyHit | null {
  const name = cleanOrgName(text.slice(f.valueStart, f.valueEnd));
  if (!name) return null;
  if (requireOrg && !looksLikeOrg(name)) return null;
  const at = text.indexOf(name, f.valueStart);
  if (at < 0) return null;
  return { name, start: at, end: at + name.length, how, confidence };
}

// (a contract's "乙方（供应商）" heads the vendor's block as 成交供应商信息 does; its closing
// bracket is stripped with the numbering before the test)
// (the national template's "2、中标供应商名称、联系地址：" over "名称：X" / "地址：Y" lines heads the
// winner's block too: the label names what the lines under it hold)
const VENDOR_BLOCK = /(?:拟定的?(?:唯一)?供应商(?:信息|情况)?|(?:中标|成交|中选)(?:\(成交\)|（成交）)?(?:供应商|人|单位)(?:信息|情况|名称(?:[、及和]联系地址|[、及和]地址)?)?|(?:^|\n)[ \t]*乙方(?:[(（][^)）\n]{1,10}[)）]?)?)\s*[:：]?\s*$/;

/**
 * Which block a contact "名称：" belongs to: the nearest heading before it. A vendor block
 * ("三、成交供应商信息\n名称：X") counts only when its heading ends right before the name.
 */
export function contactRole(lookup: string, at: number): 'buyer' | 'agency' | 'vendor' | null {
  const before = lookup.slice(Math.max(0, at - 80), at);
  if (VENDOR_BLOCK.test(before.replace(/[\s\d、.．一二三四五六七八九十()（）]+$/, ''))) return 'vendor';
  // (a 政府购买服务's 购买主体 heads its buyer block as 采购人 does)
  const b = Math.max(before.lastIndexOf('采购人'), before.lastIndexOf('征集人'), before.lastIndexOf('购买主体'));
  const b2 = before.lastIndexOf('采购单位');
  const a = Math.max(before.lastIndexOf('代理机构'), before.lastIndexOf('招标代理'));
  // a heading ends its line; a role word inside a sentence ("版权归采购人所有；…名称：推广短视频",
  // a lot's 名称) heads no block
  const heading = (i: number) => (i >= 0 && !/[。；;，,]/.test(before.slice(i)) ? i : -1);
  const buyerAt = heading(Math.max(b, b2));
  if (buyerAt < 0 && heading(a) < 0) return null;
  return buyerAt > a ? 'buyer' : 'agency';
}

const PROSE_BUYER: RegExp[] = [
  // ("受委托单位X的委托": the role word before the name is no part of it)
  /受(?:委托单位|委托人|采购单位|采购人|招标人)?([\u4e00-\u9fff（）()]{3,40}?)\s*(?:的)?委托/g,
  /([\u4e00-\u9fff（）()]{3,40}?)\s*[(（]\s*(?:以下简称[“"]?)?采购人[”"]?\s*[)）]/g,
  // "X就Y项目采用单一来源方式进行采购", "X就…进行竞争性磋商"
  /(?<=^|[\s，,。；;、“”"])([\u4e00-\u9fff（）()]{3,40}?)\s*就\s*[^\n，,。]{2,60}?(?:采用|进行|以|通过)/gm,
  // a news item: "近日，雷山县融媒体中心“苗乡新媒体矩阵运营服务”项目完成采购" (a public body, its quoted project)
  /(?<=^|[\s，,。；;、])([\u4e00-\u9fff（）()]{3,40}?(?:局|部|委员会|委|办公室|人民政府|政府|(?<!交易|采购)中心|馆|院|台))\s*“[^”\n]{2,40}”(?:服务)?项目/gm,
  /(?<=^|[\s，,。；;、“”"])([\u4e00-\u9fff（）()]{3,40}?)\s*(?:拟对|拟面向|拟采购|拟委托|决定|对.{2,40}?进行|的\s+\S{2,40}?项目|的\s)/gm,
];

/** The buyer (采购人), or null. `text` holds the output form, `lookup` the simplified form. */
export function findBuyer(text: string, lookup: string, fields: Field[], tables: Table[], title: string | null): PartyHit | null {
  for (const role of ['buyerName', 'buyer', 'buyerAlt'] as const) {
    for (const f of fields) {
      if (f.role !== role) continue;
      if (role === 'buyer' && f.label === '甲方' && !/合同|甲方/.test(lookup.slice(0, 3000))) continue;
      const hit = fromField(text, f, `label:${f.label}`, role === 'buyerAlt' ? 0.8 : 0.95, role !== 'buyerName' && f.label !== '采购人' && f.label !== '采购单位');
      if (hit && f.label === '被投诉人' && /招标|代理|咨询|项目管理|工程管理/.test(hit.name)) continue;
      if (hit) return numberedCoBuyers(text, lookup, fields, withCoBuyers(text, hit, f.valueEnd), f);
    }
  }
  for (const f of fields) {
    if (f.role !== 'name') continue;
    if (contactRole(lookup, f.labelStart) !== 'buyer') continue;
    const hit = fromField(text, f, 'contact_block', 0.9, false);
    if (hit) return withCoBuyers(text, hit, f.valueEnd);
  }
  for (const t of tables) {
    const col = t.header.findIndex((c) => /^(?:采购人|采购单位|采购人名称|采购单位名称|招标人|甲方|甲方\(采购人\)|采购人\(甲方\))$/.test(c.text.replace(/\s/g, '')));
    if (col < 0 || !t.rows.length) continue;
    const cell = t.rows[0][col];
    if (!cell) continue;
    const name = cleanOrgName(cell.text);
    if (name) return { name: tableCoBuyers(t, col, name), start: cell.start, end: cell.start + name.length, how: 'table', confidence: 0.85 };
  }
  const plain = lookup.slice(0, 4000);
  const masked = maskAliases(plain);
  for (const re of PROSE_BUYER) {
    re.lastIndex = 0;
    // "X（以下简称“采购人”）" names the buyer by its alias: that reader keeps the aliases
    for (const m of (re === PROSE_BUYER[1] ? plain : masked).matchAll(re)) {
      const raw = trimProsePrefix(m[1]);
      if (!looksLikeOrg(raw) || MASKED.test(raw)) continue;
      const start = m.index + m[0].indexOf(m[1]) + (m[1].length - raw.length);
      return placedInTitle(text, title, raw) ?? { name: text.slice(start, start + raw.length), start, end: start + raw.length, how: 'prose', confidence: 0.75 };
    }
  }
  const signed = signatureBuyer(text) ?? publishingBody(text) ?? villageSigner(text);
  if (signed) return signed;
  if (title) {
    const t = titleBuyer(title, toSimplified(title));
    if (t) {
      const at = text.indexOf(t);
      if (at >= 0) return { name: t, start: at, end: at + t.length, how: 'title', confidence: 0.6 };
    }
  }
  return null;
}

/**
 * A prose buyer the title names in full with its place before it ("江湾镇人民政府对…进行询价采购"
 * under the title "婺源县江湾镇人民政府乡村旅游…"): the title's fuller name.
 */
function placedInTitle(text: string, title: string | null, name: string): PartyHit | null {
  if (!title) return null;
  const at = title.indexOf(name);
  if (at < 2 || at > 12) return null;
  const full = title.slice(0, at + name.length);
  if (!/^[\u4e00-\u9fff]{2,12}?(?:省|市|县|区|旗|州|盟)/.test(full.slice(0, at)) || !/(?:省|市|县|区|旗|州|盟)$/.test(full.slice(0, at))) return null;
  const pos = text.indexOf(full);
  return pos < 0 ? null : { name: full, start: pos, end: pos + full.length, how: 'prose+title', confidence: 0.75 };
}

/**
 * 联合采购 in a 采购人信息 table of one row per buyer (序号 | 采购人名称 | 地址 | 联系人): the buyers
 * joined by "；". A table that also prices something (an intention list of many projects) is
 * not a list of co-buyers.
 */
function tableCoBuyers(t: Table, col: number, first: string): string {
  if (t.rows.length < 2 || t.rows.length > 4 || t.header.some((c) => /金额|预算|报价|价格|项目名称|采购内容/.test(c.text))) return first;
  const names = [first];
  for (const r of t.rows.slice(1)) {
    const n = r[col] ? cleanOrgName(r[col].text) : null;
    if (!n || !looksLikeOrg(n) || NOT_BUYER_SIGNER.test(n)) return first;
    if (!names.includes(n)) names.push(n);
  }
  return names.join('；');
}

/**
 * Buyers under numbered labels ("采购人1：X" … "采购人2：Y", "采购人（一）："): each named once,
 * joined by "；".
 */
function numberedCoBuyers(text: string, lookup: string, fields: Field[], hit: PartyHit, f: Field): PartyHit {
  if (!/^[ ]?[(（]?[1１一][)）]?[ ]{0,3}[:：]/.test(lookup.slice(f.labelStart + f.label.length, f.valueStart))) return hit;
  const names = [hit.name];
  for (const g of fields) {
    if (g === f || g.role !== f.role || g.label !== f.label) continue;
    if (!/^[ ]?[(（]?[2-5２-５二三四五][)）]?[ ]{0,3}[:：]/.test(lookup.slice(g.labelStart + g.label.length, g.valueStart))) continue;
    const n = cleanOrgName(text.slice(g.valueStart, g.valueEnd));
    // (a complaint's other respondent is the agency, not a second buyer)
    if (f.label === '被投诉人' && n && AGENT_TRADE.test(n)) continue;
    if (n && looksLikeOrg(n) && !names.includes(n)) names.push(n);
  }
  return names.length > 1 ? { ...hit, name: names.join('；') } : hit;
}

/**
 * 联合采购: "采购人：中共X县委宣传部、X县融媒体中心（联合采购）" names two buyers; the buyer is
 * then both names as written (the separator kept), as the contract wants the buyer as written.
 * Only names that read as organisations and are not agencies or vendors are joined.
 */
function withCoBuyers(text: string, hit: PartyHit, valueEnd: number): PartyHit {
  // "采购人：中共X县委宣传部 X县融媒体中心": names that only a space separates are joined by "；"
  // (no separator is written), each an organisation of its own
  const spaced = hit.name.split(/[ \u3000]+/);
  if (spaced.length >= 2 && spaced.length <= 4 && spaced.every((n) => n.length >= 4 && looksLikeOrg(n) && !NOT_BUYER_SIGNER.test(n))) {
    return { ...hit, name: spaced.join('；') };
  }
  // "采购人：X局 星河路12号": what follows a space and is no organisation (a street) is not the name's
  if (spaced.length >= 2 && looksLikeOrg(spaced[0]) && spaced[0].length >= 4 && !looksLikeOrg(spaced[spaced.length - 1])) {
    return { ...hit, name: spaced[0], end: hit.start + spaced[0].length };
  }
  let end = hit.end;
  for (let k = 0; k < 3; k++) {
    const sep = /^\s*[、；;]\s*/.exec(text.slice(end, Math.min(valueEnd, end + 4)));
    if (!sep) break;
    const from = end + sep[0].length;
    const next = cleanOrgName(text.slice(from, valueEnd));
    if (!next || next.length < 4 || !looksLikeOrg(next) || NOT_BUYER_SIGNER.test(next) || !text.startsWith(next, from)) break;
    end = from + next.length;
  }
  return end === hit.end ? hit : { ...hit, name: text.slice(hit.start, end), end };
}

// who signs as an agency or a vendor is not the buyer
/** A supervisory body's name (村务监督委员会, 纪检监察组): it oversees a purchase, never buys. */
export const OVERSEER = /监督委员会$|纪律检查|纪检|监察/;
const NOT_BUYER_SIGNER = /公司|招标|代理|咨询|项目管理|交易中心|采购中心|集团/;

/**
 * The body that signs the notice (the 落款: a name on the line before the closing date, "中共泾县
 * 县委宣传部 / 二〇二六年一月五日") when no label, contact block or prose names the buyer.
 */
export function signatureBuyer(text: string): PartyHit | null {
  const tailStart = Math.max(0, text.length - 400);
  const lines = text.slice(tailStart).split('\n');
  let off = tailStart;
  const starts = lines.map((l) => {
    const at = off;
    off += l.length + 1;
    return at;
  });
  for (let i = lines.length - 1; i > 0; i--) {
    const t = lines[i].trim();
    if (!t) continue;
    const d = t.length <= 16 ? parseDate(t) : null;
    // (a village's or a school's 落款 may date itself by month and day alone, "5月6日": the line
    // above it still signs the notice, though the date gives no year)
    if ((!d || d.start !== 0 || d.end < t.length - 1) && !MONTH_DAY_LINE.test(t)) continue;
    let j = i - 1;
    while (j > 0 && !lines[j].trim()) j--;
    // a supervisory body that co-signs under the buyer (村务监督委员会, 纪检监察组) oversees the
    // purchase and buys nothing: the buyer signs on the line above it
    if (OVERSEER.test(lines[j].trim()) && j > 0 && looksLikeOrg(lines[j - 1].trim())) j--;
    // (or beside it on the same line, after a wide gap: "X村股份经济合作社  X村村务监督委员会")
    const side = lines[j].trim().split(/[\u3000\t]+|[ ]{2,}/);
    const name = side.length === 2 && OVERSEER.test(side[1]) ? side[0] : lines[j].trim();
    if (name.length < 4 || name.length > 40 || !looksLikeOrg(name) || NOT_BUYER_SIGNER.test(name) || MASKED.test(name)) return null;
    if (!/^[\u4e00-\u9fff（）()]+$/.test(name)) return null;
    const start = starts[j] + lines[j].indexOf(name);
    // an institution's general-affairs office signs for it ("星河县第三中学总务处") where the text
    // speaks as the institution (我校, 我院): the institution buys, its office only runs the purchase
    const office = INSTITUTION_OFFICE.exec(name);
    if (office && /我校|我院/.test(text)) {
      return { name: office[1], start, end: start + office[1].length, how: 'signature', confidence: 0.7 };
    }
    return { name, start, end: start + name.length, how: 'signature', confidence: 0.7 };
  }
  return null;
}

// a 政府信息公开 page's metadata names the body that publishes it ("发布机构：星河县星河镇人民政府"),
// as a 村务公开 page's byline its 公开单位 ("公开单位：星河镇星光村村民委员会")
const PUBLISHER_FIELD = /^[^\n]{0,40}?(?:发布机构|发文机关|公开单位)[ \t]*[:：][ \t]*([\u4e00-\u9fff（）()]{4,40})(?=[ \t\u3000]|$)/m;

/**
 * The body a 政府信息公开 page's metadata says publishes it, when nothing else names the buyer: on a
 * government body's own page, its self-run purchase's buyer (never an agency, a centre or a firm).
 */
function publishingBody(text: string): PartyHit | null {
  const head = text.slice(0, 3000);
  if (!/发布机构|发文机关|公开单位/.test(head)) return null;
  const m = PUBLISHER_FIELD.exec(head);
  if (!m || !looksLikeOrg(m[1]) || NOT_BUYER_SIGNER.test(m[1])) return null;
  const start = m.index + m[0].indexOf(m[1]);
  return { name: m[1], start, end: start + m[1].length, how: 'publisher', confidence: 0.6 };
}

// a village's or a neighbourhood's committee on a line of its own (its 村务公开's 落款)
const VILLAGE_COMMITTEE_LINE = /^[ \t\u3000]*([\u4e00-\u9fff]{2,30}(?:村民委员会|居民委员会))[ \t\u3000]*$/gm;

/**
 * A village committee that signs its 村务公开 without a dated line under its name (the 村务监督委员会
 * signs beside it as overseer, a note on who audited it follows): the last such line in the tail.
 */
function villageSigner(text: string): PartyHit | null {
  const tailStart = Math.max(0, text.length - 500);
  const tail = text.slice(tailStart);
  if (!/委员会/.test(tail)) return null;
  let last: RegExpExecArray | null = null;
  VILLAGE_COMMITTEE_LINE.lastIndex = 0;
  for (let m = VILLAGE_COMMITTEE_LINE.exec(tail); m; m = VILLAGE_COMMITTEE_LINE.exec(tail)) last = m;
  if (!last) return null;
  const start = tailStart + last.index + last[0].indexOf(last[1]);
  return { name: last[1], start, end: start + last[1].length, how: 'signature', confidence: 0.6 };
}

// an institution's general-affairs office: its name, then 总务处, 总务科, 后勤处 or 后勤科
const INSTITUTION_OFFICE = /^([\u4e00-\u9fff（）()]{4,30}?)(?:总务处|总务科|后勤处|后勤科)$/;

const MONTH_DAY_LINE = /^(?:[1-9]|1[0-2])\s*月\s*(?:[1-9]|[12]\d|3[01])\s*[日号]$/;

function trimProsePrefix(s: string): string {
  // "为推动…，拉萨市商务局" never gets here (punctuation breaks the match); strip leading glue words
  return s.replace(/^(?:由|经|现|兹|我|本|特|根据|按照|为了|关于|受)/, '').trim();
}

// a copy cut inside the name's suffix: "河南省鹿通项目管理有" (the name is unknown, not that stub)
const CUT_SUFFIX = /(?:有|有限|有限责|有限责任|股份|股份有|股份有限)$/;
const cutShort = (text: string, hit: PartyHit) => CUT_SUFFIX.test(hit.name) && !text.slice(hit.end).trim();

// an agency's name masked in a short run inside it ("宁夏华**项目管理有限公司", as an aggregator
// shows it to guests): what is shown names the firm, and is kept as written; a name masked whole
// or mostly ("************有限公司"), or whose shown head is only a place ("浙江**招标有限公司"), stays
// unknown (a trade name starts after the two-character place: three shown characters at least)
const PARTLY_MASKED = /^\s*([\u4e00-\u9fff]{3,}[*＊]{1,3}[\u4e00-\u9fff（）()]{4,40}?)(?=\s|$|[，,。；;|])/;

/**
 * A name at the start of `raw` masked in a short run inside it and kept as written ("赤峰恒**数码科技
 * 有限公司"), by the rule above; an aggregator's note after it ("（会员可见）") is no part of it. Null
 * for a name masked whole, mostly, or down to its place.
 */
export function partlyMaskedName(raw: string): string | null {
  const m = PARTLY_MASKED.exec(raw.slice(0, 80));
  if (!m) return null;
  let name = m[1];
  const bare = name.replace(/[(（][^()（）]{1,12}[)）]$/, '');
  if (bare !== name && looksLikeOrg(bare.replace(/[*＊]/g, ''))) name = bare;
  const shown = name.replace(/[*＊]/g, '');
  return shown.length >= 8 && looksLikeOrg(shown) ? name : null;
}

function partlyMasked(text: string, f: Field): PartyHit | null {
  const m = PARTLY_MASKED.exec(text.slice(f.valueStart, Math.min(f.valueEnd, f.valueStart + 80)));
  if (!m || m[1].replace(/[*＊]/g, '').length < 8 || !looksLikeOrg(m[1].replace(/[*＊]/g, ''))) return null;
  const at = f.valueStart + m.index + m[0].indexOf(m[1]);
  return { name: m[1], start: at, end: at + m[1].length, how: `label:${f.label}`, confidence: 0.7 };
}

/** The agency (采购代理机构), or null. */
export function findAgency(text: string, lookup: string, fields: Field[]): PartyHit | null {
  for (const f of fields) {
    if (f.role !== 'agency') continue;
    const hit = fromField(text, f, `label:${f.label}`, 0.9, false) ?? partlyMasked(text, f);
    // (a bare legal suffix is no name: a stamp's ring text split over lines, "招标代理 / 有限公司")
    if (hit && looksLikeOrg(hit.name) && !BARE_SUFFIX.test(hit.name)) return cutShort(text, hit) ? null : hit;
  }
  for (const f of fields) {
    if (f.role !== 'name' || contactRole(lookup, f.labelStart) !== 'agency') continue;
    const hit = fromField(text, f, 'contact_block', 0.85, false);
    if (hit) return cutShort(text, hit) ? null : hit;
  }
  // "X招标代理有限公司受Y委托，就…进行公开招标": the one commissioned is the agency (read back
  // from each 委托, so that a notice without one costs a single search)
  const head = maskAliases(lookup.slice(0, 4000));
  for (let at = head.indexOf('委托'), tries = 0; at >= 0 && tries < 20; at = head.indexOf('委托', at + 2), tries++) {
    const from = Math.max(0, at - 120);
    const m = (from === 0 ? AGENCY_BEFORE_AT_START : AGENCY_BEFORE).exec(head.slice(from, at));
    if (!m) continue;
    const start = from + m.index + m[0].indexOf(m[1]);
    return { name: text.slice(start, start + m[1].length), start, end: start + m[1].length, how: 'prose', confidence: 0.75 };
  }
  // a complaint decision names the agency as a respondent: "被投诉人2：X公司（采购代理机构）",
  // "被投诉人：X市政府采购中心（集中采购机构）",
  // or "被投诉人：X公司" and then "被投诉人代理的…项目"
  const marked = AGENCY_MARKED.exec(lookup.slice(0, 8000));
  const respondent = marked ? null : /被投诉人[0-9一二]?\s*(?:所)?代理的?/.test(lookup.slice(0, 8000)) ? RESPONDENT.exec(lookup.slice(0, 8000)) : agencyRespondent(lookup.slice(0, 8000));
  const m = marked ?? respondent;
  if (m) {
    const start = m.index + m[0].indexOf(m[1]);
    const name = cleanOrgName(text.slice(start, start + m[1].length));
    if (name && looksLikeOrg(name)) return { name, start, end: start + name.length, how: 'prose_marked', confidence: 0.7 };
  }
  return null;
}

const BARE_SUFFIX = /^(?:股份)?有限(?:责任)?公司$|^公司$/;
const AGENCY_MARKED = /(?:^|[\s，,。；;、:：])([\u4e00-\u9fff（）()]{4,40}?(?:公司|采购中心|交易中心))\s*[(（](?:采购代理机构|招标代理机构|代理机构|集中采购机构)[)）]/m;
const RESPONDENT = /被投诉人[0-9一二]?\s*[:：]\s*([\u4e00-\u9fff（）()]{4,40}?(?:公司|采购中心|交易中心))(?=[\s，,。；;(（]|$)/m;
// the trade of a procurement agent in its name (the buyer reader skips a respondent so named)
const AGENT_TRADE = /招标|代理|咨询|项目管理|工程管理/;

/**
 * "被投诉人1：X学校 / 被投诉人2：Y招标有限公司": the respondent whose name is an agent's trade is
 * the agency, though no "代理" phrase says so (the other respondent is the buyer).
 */
function agencyRespondent(s: string): RegExpExecArray | null {
  if (!s.includes('被投诉人')) return null;
  const re = new RegExp(RESPONDENT.source, 'gm');
  for (let m = re.exec(s), n = 0; m && n < 6; m = re.exec(s), n++) if (AGENT_TRADE.test(m[1])) return m;
  return null;
}

const AGENCY_BEFORE = /[\s，,。；;、]([\u4e00-\u9fff（）()]{2,40}?(?:公司|采购中心|交易中心))\s*受[\u4e00-\u9fff（）()]{3,40}?\s*的?$/;
const AGENCY_BEFORE_AT_START = /(?:^|[\s，,。；;、])([\u4e00-\u9fff（）()]{2,40}?(?:公司|采购中心|交易中心))\s*受[\u4e00-\u9fff（）()]{3,40}?\s*的?$/;

/**
 * "X（以下简称“代理机构”）受Y（以下简称“采购人”）的委托": aliases after the names blanked out
 * (same length, so offsets still point into the text) for the prose readers.
 */
function maskAliases(s: string): string {
  return s.includes('简称') || s.includes('下称') ? s.replace(/[(（](?:以下简称|以下称|下称|简称)[^()（）\n]{0,14}[)）]/g, (m) => ' '.repeat(m.length)) : s;
}
