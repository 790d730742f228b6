/**
 * A buyer line that says less than the notice knows: an abbreviation with no place in it
 * ("采购人：县委网信办", "名称：区融媒体中心") whose full name only the signature (落款) at the
 * foot of the notice gives, and a second joint buyer written on an indented line of its own
 * under the first, or after the first and a 和 on the same line, with no ；/、 between them. Pure, bounded to the lines around the hit and the
 * notice's last lines.
 * @module
 */
import { looksLikeOrg, OVERSEER, type PartyHit } from './parties.js';
import { chainFromStart } from './locality.js';

// a name that starts with an administrative level word and no place before it: 县委网信办,
// 区融媒体中心, 市委宣传部, 县文化和旅游局, 旗委宣传部 — it could be any county's
const PLACELESS = /^(?:县|区|市|旗|州|盟|镇|乡|街道)(?:委|人民政府|政府|办事处|党委|人大|政协|融媒体|文化|宣传|网信|司法|公安|教育|卫生|农业|商务|财政|民政|人社|自然资源|住建|交通|水利|林业|应急|统计|医保|市场|退役军人|妇联|团委|总工会|文联|科协|广播|新闻|档案|党校|纪委)/;
// a signature line: an organisation's name alone on its line
const SIGN_LINE = /^[\u4e00-\u9fff（）()]{4,40}$/;

/** Whether every character of `short` appears in `long` in order (县委网信办 in 中共X县县委网络安全和信息化委员会办公室). */
function isAbbreviationOf(short: string, long: string): boolean {
  let k = 0;
  for (let i = 0; i < long.length && k < short.length; i++) if (long[i] === short[k]) k++;
  return k === short.length;
}

/**
 * The signature's organisation that spells out a placeless buyer: it ends with the buyer's name
 * (南宁市邕宁区融媒体中心 for 区融媒体中心) or abbreviates to it, with a place before the level word.
 */
function signatureName(text: string, name: string): { name: string; start: number } | null {
  const tailStart = Math.max(0, text.length - 800);
  const lines = text.slice(tailStart).split('\n');
  let off = tailStart;
  let found: { name: string; start: number } | null = null;
  for (const line of lines) {
    const t = line.trim();
    if (t !== name && SIGN_LINE.test(t) && looksLikeOrg(t) && t.length > name.length) {
      const first = t.indexOf(name[0]);
      if ((t.endsWith(name) || isAbbreviationOf(name, t)) && first > 0) found = { name: t, start: off + line.indexOf(t) };
    }
    off += line.length + 1;
  }
  return found;
}

/** The indented next line under the buyer's line, when it holds one more organisation and nothing else. */
function continuationBuyer(text: string, hit: PartyHit): string | null {
  const eol = text.indexOf('\n', hit.end);
  if (eol < 0 || text.slice(hit.end, eol).trim()) return null;
  const next = text.indexOf('\n', eol + 1);
  const line = text.slice(eol + 1, next < 0 ? text.length : next);
  // indented under the value (a new field starts at the margin, or with a number or a label)
  if (!/^[ \u3000]{2,}/.test(line)) return null;
  const t = line.trim();
  // (a company on that line is a vendor or an agency written without its label, never a joint buyer)
  // (nor is a supervisory body co-signing under the buyer: 村务监督委员会)
  return SIGN_LINE.test(t) && looksLikeOrg(t) && !/公司|招标|代理|咨询/.test(t) && !OVERSEER.test(t) && t !== hit.name ? t : null;
}

// "中共X县委宣传部和X县融媒体中心": two names joined by 和/与/及, each whole (an organisation word
// ends the first: 文化和旅游局 or 人力资源和社会保障局 are one name, their first part ends in none)
const JOINED = /^(.{4,40}?(?:宣传部|[局部委]|中心|委员会|办公室|政府|院|馆|站|社|台|队))(?:和|与|及)(.{4,40})$/;

/** Two buyers a 和/与/及 joins on one line, or null. */
function joinedBuyers(name: string): string | null {
  const m = JOINED.exec(name);
  if (!m || !looksLikeOrg(m[1]) || !looksLikeOrg(m[2])) return null;
  return /公司|招标|代理|咨询/.test(name) ? null : `${m[1]}；${m[2]}`;
}

// a township named bare, as a title opens with it ("星河镇2024年机关食堂…"): a place, not yet a body
// (a village or a 社区 too: its body is its committee)
const BARE_TOWNSHIP = /^[\u4e00-\u9fff]{1,8}(?:镇|乡|街道|村|社区)$/;

/**
 * The township's own body written as a line of its own in the page's header or its 落款 ("星河镇人民政府",
 * "星河街道办事处", a village's "星河村村民委员会"), for a buyer read from the title as the township's bare name; else null.
 */
function townshipBody(text: string, town: string): { name: string; start: number } | null {
  const re = new RegExp(`(?:^|\\n)[ \\t\u3000]*(${town}(?:人民政府|政府|办事处|街道办事处|村民委员会|居民委员会|村委会|居委会))[ \\t\u3000]*(?=\\n|$)`);
  const head = re.exec(text.slice(0, 1500));
  if (head) return { name: head[1], start: head.index + head[0].indexOf(head[1]) };
  const from = Math.max(0, text.length - 600);
  const tail = re.exec(text.slice(from));
  return tail ? { name: tail[1], start: from + tail.index + tail[0].indexOf(tail[1]) } : null;
}

/**
 * A line of its own among the text's first lines that writes `name` after a division's name and
 * nothing else ("围场满族蒙古族自治县" + "四合永镇人民政府"); null when none does, or `name` has its place.
 */
function placedLetterhead(text: string, name: string): { name: string; start: number } | null {
  if (name.length < 4 || chainFromStart(name)) return null;
  const head = text.slice(0, 1500);
  for (let at = head.indexOf(name); at > 0; at = head.indexOf(name, at + 1)) {
    const lineStart = head.lastIndexOf('\n', at) + 1;
    const prefix = head.slice(lineStart, at).trim();
    if (prefix.length < 2 || prefix.length > 20 || !/^[\u4e00-\u9fff]+$/.test(prefix)) continue;
    if (!/^[ \t\u3000]*(?:\n|$)/.test(head.slice(at + name.length))) continue;
    const chain = chainFromStart(prefix);
    if (chain && chain.end === prefix.length && !chain.ambiguous) return { name: prefix + name, start: at - prefix.length };
  }
  return null;
}

/** `hit` completed from the signature (a placeless abbreviation) or widened by an indented second buyer. */
export function completeBuyer(text: string, hit: PartyHit | null): PartyHit | null {
  if (!hit || hit.name.includes('；')) return hit;
  // a title's bare township ("星河镇…") is the township's government its header or 落款 names; so is
  // one the text names as the actor ("纳木湖乡对…开展现场竞价", read from prose): a place does not buy
  if ((hit.how === 'title' || hit.how.startsWith('prose')) && BARE_TOWNSHIP.test(hit.name)) {
    const body = townshipBody(text, hit.name);
    if (body) return { ...hit, name: body.name, start: body.start, end: body.start + body.name.length, how: 'title+header' };
  }
  // a 落款 that signs without its place ("四合永镇人民政府") under a letterhead that writes it in
  // full ("围场满族蒙古族自治县四合永镇人民政府" on its own line above the heading): the letterhead's
  if (hit.how === 'signature') {
    const full = placedLetterhead(text, hit.name);
    if (full) return { ...hit, name: full.name, start: full.start, end: full.start + full.name.length, how: 'signature+letterhead' };
  }
  // a title's short form ("星河县城投集团") that the text defines as an alias of the full name
  // ("星河县城市建设投资发展集团有限公司（以下简称“城投集团”）"): the full name buys
  if (hit.how === 'title') {
    const full = aliasedFullName(text, hit.name);
    if (full) return { ...hit, name: full.name, start: full.start, end: full.start + full.name.length, how: 'title+alias' };
  }
  if (PLACELESS.test(hit.name)) {
    const full = signatureName(text, hit.name);
    if (full) return { ...hit, name: full.name, start: full.start, end: full.start + full.name.length, how: 'signature_full_name' };
  }
  const joined = joinedBuyers(hit.name);
  if (joined) return { ...hit, name: joined };
  const second = continuationBuyer(text, hit);
  return second ? { ...hit, name: `${hit.name}；${second}` } : hit;
}

// "X（以下简称“S”）": a full name and the alias the text then uses
const ALIAS_DEFINED = /([\u4e00-\u9fff（）()]{6,40}?(?:有限公司|有限责任公司|集团|公司))[(（](?:以下简称|以下称|下称|简称)[“"「]?([\u4e00-\u9fff]{2,12})[”"」]?[)）]/g;

/**
 * The full name the text defines `name`'s alias for: `name` is the alias, or the alias after the
 * place the full name opens with ("星河县" + "城投集团"). Else null.
 */
function aliasedFullName(text: string, name: string): { name: string; start: number } | null {
  const head = text.slice(0, 5000);
  if (!/简称|下称/.test(head)) return null;
  for (const m of head.matchAll(ALIAS_DEFINED)) {
    const [, full, alias] = m;
    if (full === name || full.length <= name.length || !name.endsWith(alias)) continue;
    const prefix = name.slice(0, name.length - alias.length);
    if (!full.startsWith(prefix) || !looksLikeOrg(full)) continue;
    return { name: full, start: m.index! };
  }
  return null;
}

// a site that is no buyer's own: a company's, an agency's, a trading centre's or a portal's
const NOT_OWN_SITE = /公司|招标|代理|咨询|交易|采购中心|网$|平台/;
// "院采购管理委员会办公室", "校团委": an office that names its institution by 院 / 校 alone, as
// the institution's own site writes (我院, 我校)
const OWN_OFFICE = /^(?:院|校)[\u4e00-\u9fff]{1,16}(?:办公室|委员会|部|处|科|办)$/;

/**
 * A buyer written as the institution's own office (院采购管理委员会办公室) on the institution's
 * own page: the institution the page's <title> names after its separator ("… - 岳阳市中心医院"),
 * when that is a body's own site (not a company's, an agency's or a portal's); else `hit`
 * unchanged. Whatever the institution is called: a rule on its kind of name (医院 for 院) would
 * read a renamed copy differently.
 */
export function ownSiteBuyer(hit: PartyHit | null, docTitle: string | null, text = ''): PartyHit | null {
  if (!hit) return docTitle ? platformOwner(docTitle, text) : mastheadOwner(text);
  if (!docTitle || !OWN_OFFICE.test(hit.name)) return hit;
  const parts = docTitle.split(/\s+[-_|\u2013\u2014]\s+|_/);
  const site = parts.length > 1 ? parts[parts.length - 1].trim() : '';
  // (any body that may sign for itself: not a company's, an agency's or a portal's site)
  return site.length <= 30 && looksLikeOrg(site) && !NOT_OWN_SITE.test(site) ? { ...hit, name: site, how: `${hit.how}+site` } : hit;
}

// a body's own procurement platform named in the page's <title>: "… - X集团有限公司阳光采购平台"
const OWN_PLATFORM = /^([\u4e00-\u9fff（）()]{4,40}?)\s*(?:阳光采购|电子采购|招标采购|采购)(?:服务)?平台$/;

/**
 * With no buyer named in the text, the body whose own procurement platform the page is (its
 * <title>'s site part, "结果公告 - X集团有限公司阳光采购平台", "… - X医院阳光采购平台"): a body
 * buys on its own platform (a public portal's or an agency's never matches). Else null.
 */
/**
 * A page saved as text has no <title>; its masthead, the first line, names the platform instead
 * ("X集团有限公司 阳光采购平台"): the same owner, read the same way. Else null.
 */
function mastheadOwner(text: string): PartyHit | null {
  const first = /^\s*([^\n]{4,60})/.exec(text.slice(0, 400))?.[1].trim() ?? '';
  const school = ownInstitutionMasthead(first, text) ?? bylineTownship(text);
  if (school) return school;
  const m = OWN_PLATFORM.exec(first);
  if (!m || !looksLikeOrg(m[1]) || /招标|代理|咨询|交易|政府|公共资源|财政/.test(m[1])) return null;
  const at = text.indexOf(m[1]);
  return { name: m[1], start: at, end: at + m[1].length, how: 'platform_owner', confidence: 0.5 };
}

// a school's or a hospital's own name as its site's masthead, and how its notices name themselves
const SCHOOL_MASTHEAD = /^[\u4e00-\u9fff（）()]{2,40}(?:学校|中学|小学|幼儿园|学院|大学)$/;
const COMPANY_MASTHEAD = /^[\u4e00-\u9fff（）()]{4,40}(?:有限公司|有限责任公司|股份有限公司)$/;
// a page's byline ("发布时间：… 来源：X乡人民政府 作者：…") naming a township's government: with no
// buyer named anywhere, the township that publishes its own small purchase on its county's portal
// is the one that buys (a county's or a city's organ in the byline may merely repost)
const BYLINE_TOWNSHIP = /(?:^|[\s　])(?:来\s*源|信息来源|发布单位|发布机构)\s*[:：]\s*([\u4e00-\u9fff]{2,8}(?:镇|乡|街道)(?:人民政府|政府|办事处))(?=[\s　|]|$)/m;

function bylineTownship(text: string): PartyHit | null {
  const m = BYLINE_TOWNSHIP.exec(text.slice(0, 800));
  if (!m || !looksLikeOrg(m[1])) return null;
  const at = m.index + m[0].indexOf(m[1]);
  return { name: m[1], start: at, end: at + m[1].length, how: 'byline_source', confidence: 0.4 };
}
const HOSPITAL_MASTHEAD = /^[\u4e00-\u9fff（）()]{2,40}(?:医院|卫生院|保健院)$/;

/**
 * A school's or a hospital's own site, saved as text, names no buyer: the notice says 我校 (我院)
 * and the masthead, the first line, is the school's (hospital's) full name: it buys. Else null.
 */
function ownInstitutionMasthead(first: string, text: string): PartyHit | null {
  // (a company's own site the same way: its name as the masthead, the notice saying 我公司; not an
  // agency's or a trading centre's, which buy nothing)
  const ok = (SCHOOL_MASTHEAD.test(first) && /我校/.test(text)) || (HOSPITAL_MASTHEAD.test(first) && /我院/.test(text))
    || (COMPANY_MASTHEAD.test(first) && /我公司|本公司/.test(text) && !/招标|代理|咨询|交易|造价|监理/.test(first));
  if (!ok || !looksLikeOrg(first)) return null;
  const at = text.indexOf(first);
  return { name: first, start: at, end: at + first.length, how: 'masthead', confidence: 0.5 };
}

function platformOwner(docTitle: string | null, text: string): PartyHit | null {
  if (!docTitle) return null;
  const parts = docTitle.split(/\s+[-_|\u2013\u2014]\s+|_/);
  const m = parts.length > 1 ? OWN_PLATFORM.exec(parts[parts.length - 1].trim()) : null;
  // (a public portal's or an agency's platform buys nothing: 政府采购, 公共资源交易, 招标代理)
  if (!m || !looksLikeOrg(m[1]) || /招标|代理|咨询|交易|政府|公共资源|财政/.test(m[1])) return null;
  const at = text.indexOf(m[1]);
  return { name: m[1], start: Math.max(0, at), end: at < 0 ? 0 : at + m[1].length, how: 'platform_owner', confidence: 0.5 };
}
