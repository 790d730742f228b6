/**
 * Where the buyer is, from the sources in order of trust: a region field, the buyer's name
 * (each buyer's, for a joint procurement), the name as the text qualifies it elsewhere
 * ("崇义县横水镇人民政府" in the 落款 of a notice whose 采购人 is "横水镇人民政府"), the buyer's
 * address, the portal's region, the title, then the text as a whole. Pure.
 * @module
 */
import { addressMaxLevel, addressMayRefine } from './address-place.js';
import type { Field } from './fields.js';
import { chainFromStart, CENTRAL_PLACE, commonPlace, isCentralUnit, localOfficeName, mergePlaces, placeFrom, placeFromCode, placeFromText, type Place } from './locality.js';
import { toSimplified } from './normalize-text.js';
import type { Evidence, Extraction } from './types.js';

function evidence(text: string, start: number, end: number, confidence: number): Evidence {
  return { text: text.slice(start, end), start, end, confidence };
}

/** The buyer's address field, or null. */
export function buyerAddress(text: string, lookup: string, fields: Field[], hasAgency = true): Field | null {
  for (const f of fields) {
    if (f.role !== 'address') continue;
    if (f.label === '采购人地址' || f.label === '采购单位地址' || f.label === '招标人地址') return f;
    const before = lookup.slice(Math.max(0, f.labelStart - 80), f.labelStart);
    const b = Math.max(before.lastIndexOf('采购人'), before.lastIndexOf('采购单位'));
    const a = Math.max(before.lastIndexOf('代理'), before.lastIndexOf('供应商'));
    if (b >= 0 && b > a) return f;
  }
  // a buyer's own platform (a university's, a hospital's) signs its contact line with no role:
  // with no agency named, the one address beside 联系人/联系电话 and no party's word is the buyer's
  if (!hasAgency) {
    // the address's own line up to its label, or the line before when the label opens its line
    // ("联系人：周老师 电话：…" / "地址：湖南省…")
    const lineBefore = (f: Field) => {
      const before = lookup.slice(Math.max(0, f.labelStart - 80), f.labelStart);
      const own = before.slice(before.lastIndexOf('\n') + 1);
      if (own.trim()) return own;
      const prev = before.slice(0, before.lastIndexOf('\n'));
      return prev.slice(prev.lastIndexOf('\n') + 1);
    };
    const all = fields.filter((f) => f.role === 'address');
    const bare = all.filter((f) => {
      const line = lineBefore(f);
      return /联系人|联系电话|联系方式|电话/.test(line) && !/代理|供应商|中标|成交|中选|乙方|投诉人|质疑人/.test(line);
    });
    if (bare.length !== 1) return null;
    if (all.length === 1) return bare[0];
    // the same place written again (a site's footer repeats the buyer's address), read once
    const own = all.length <= 3 ? placeFrom(bare[0].value.slice(0, 60), 3) : null;
    if (own?.level === 3 && all.every((f) => f === bare[0] || placeFrom(f.value.slice(0, 60), 3)?.code === own.code)) return bare[0];
  }
  void text;
  return null;
}

/** A region field's place: it may give a name (浙江省杭州市) or a division code (330106). */
function regionOf(v: string): Place | null {
  return /^\d{6}(?!\d)/.test(v.trim()) ? placeFromCode(v.trim().slice(0, 6)) : placeFrom(v.slice(0, 40));
}

// a small site's lines that name who runs it ("版权所有：城固县上元观镇人民政府", "主办单位：…"): its
// footer, which the notice's text loses before it is read
const OWNER_LINE = /(?:版权所有|主办单位|网站主办|主办)\s*[:：]?\s*(?:©\s*)?([\u4e00-\u9fff（）()]{4,40})/g;

/**
 * The names a page's header and footer give its site's owner, one a line, from the page's text as
 * it was before its chrome was dropped (its first 2,000 and last 3,000 characters); '' when none.
 */
export function siteOwners(raw: string): string {
  const head = siteHeaderName(raw);
  const ends = raw.length > 5000 ? raw.slice(0, 2000) + '\n' + raw.slice(-3000) : raw;
  const found = /版权所有|主办/.test(ends) ? [...ends.matchAll(OWNER_LINE)].slice(0, 6).map((m) => toSimplified(m[1])) : [];
  return (head ? [SITE_HEAD + head, ...found] : found).join('\n');
}

// the owner named by the page's letterhead, marked apart from a footer's owner
const SITE_HEAD = '站点：';
// a county's own portal names itself on its first line ("抚松县人民政府", "桃源县人民政府门户网站",
// "龙泉市人民政府网"): every township, 街道 and village page it carries is that county's; so does a
// county department's own site ("拜城县卫生健康委员会", "X县教育局") for the township units under it
// (a 乡卫生院's result on the county 卫健委's page)
const COUNTY_SITE = /^((?:[\u4e00-\u9fff]{2,10}?(?:省|自治区|市|自治州|地区|盟))?[\u4e00-\u9fff]{1,10}?(?:县|市|区|旗))(?:人民政府(?:门户网站|门户网|网站|网)?|[\u4e00-\u9fff]{2,8}?(?:局|委员会))$/;

// a government site's identifier ("政府网站标识码6328210001"): its first six digits are the division
// code of the government that runs the site
const SITE_ID = /网站标识码\s*[:：]?\s*(\d{6})\d{4}/;
// the separators a site's head writes between its name, its menu and its breadcrumb
const HEAD_SEPARATORS = /\s*(?:>>?|》|→|›|\||｜|\/)\s*|[\u3000\t]+|\s{2,}/;

/**
 * The county-level government a page's head names as its site's owner, or null. One rule for the
 * ways a site writes its name above the notice: any of the first lines of the page (its head,
 * before the heading), cut at the separators a head uses (a menu's "|", a breadcrumb's > › /, a
 * wide gap), whose one piece is "<place>人民政府(门户)?网站?" or a county department's name
 * ("X县人民政府门户网站", "乌兰县人民政府 (wide gap) 首页 › 信息公开", "无障碍 | 长者模式" over the name), or
 * the site's identifier code.
 */
function siteHeaderName(raw: string): string | null {
  const lines = raw.slice(0, 400).split('\n').map((l) => l.trim()).filter(Boolean).slice(0, 5);
  for (const l of lines) {
    const line = toSimplified(l);
    // the heading ends the head: a notice's own title is no site's name
    if (/公告|公示|结果|通知$/.test(line) && !HEAD_SEPARATORS.test(line)) break;
    const id = SITE_ID.exec(line);
    if (id) {
      const p = placeFromCode(id[1]);
      if (p?.level === 3 && p.county) return `${p.province ?? ''}${p.city ?? ''}${p.county}`;
    }
    if (line.length > 120) continue;
    for (const piece of line.split(HEAD_SEPARATORS)) {
      const m = piece.length >= 4 && piece.length <= 30 ? COUNTY_SITE.exec(piece) : null;
      if (m) return m[1];
    }
  }
  return null;
}

// a unit at a township's level or below: a township's or 街道's government, a village's or a
// community's committee
// (a 旗's 苏木 is its township, a 嘎查 its village; a village's 股份经济合作社 is its collective, at the
// village's level)
const TOWNSHIP_LEVEL = /^[\u4e00-\u9fff]{2,6}?(?:镇|乡|街道|苏木)(?![\u4e00-\u9fff]{0,3}(?:县|市|区|旗)人民政府)|(?:村民委员会|居民委员会|村委会|居委会)$|(?:村|嘎查)(?:股份)?经济(?:合作社|合作联社|联合社)$/;

/**
 * A township-level buyer that nothing else places below its city sits in the county whose own
 * portal carries the page (its letterhead, not merely a footer: a footer may credit a host that
 * reposts). The county must lie in the place found so far.
 */
function siteCountyPlace(owners: string, buyer: string | null, place: Place): Place | null {
  if (place.level >= 3 || !buyer || !TOWNSHIP_LEVEL.test(buyer) || !owners.startsWith(SITE_HEAD)) return null;
  const site = placeFrom(owners.slice(SITE_HEAD.length, owners.indexOf('\n') < 0 ? undefined : owners.indexOf('\n')), 3);
  if (site?.level !== 3 || !site.code || (place.code && !site.code.startsWith(place.code.slice(0, place.level * 2)))) return null;
  return site;
}

export function locate(
  text: string, lookup: string, fields: Field[], buyer: string | null, title: string | null, hintRegion: string | null | undefined, hasAgency: boolean,
  owners = '',
): { place: Place; source: Extraction['localitySource']; ev: Evidence | null } {
  const buyerSimplified = buyer ? toSimplified(buyer) : null;
  if (buyerSimplified && isCentralUnit(buyerSimplified)) return { place: CENTRAL_PLACE, source: 'central', ev: null };
  // a vertically managed office (国家税务总局宁波市鄞州区税务局) is located by its local part
  const buyerLookup = buyerSimplified ? localOfficeName(buyerSimplified) ?? buyerSimplified : null;
  const region = fields.find((f) => f.role === 'region' && regionOf(f.value));
  const regionPlace = region ? regionOf(region.value) : null;
  // a joint buy of units in two divisions is placed where they meet, and nothing refines that
  const joint = jointBuyersPlace(buyerLookup, regionPlace);
  const namePlace = branchPlace(buyerLookup, joint ?? placeFrom(buyerLookup, 3, regionPlace) ?? qualifiedNamePlace(lookup, buyerLookup) ?? nationalGroupUnitPlace(buyerLookup)
    // (a township's village or school that the notice never places: the site's owner, a township
    // government its footer places, "版权所有：城固县上元观镇人民政府")
    ?? (owners && TOWNSHIP_UNIT.test(buyerLookup ?? '') ? qualifiedNamePlace(owners, buyerLookup) : null));
  const addr = buyerAddress(text, lookup, fields, hasAgency);
  // a buyer named as a city's (or province's) own organ, or a development zone without a
  // division of its own ("潍坊市人民政府新闻办公室", "西安高新技术产业开发区…"), is not in the
  // district its office stands in: its address places it only when its name does not
  const addrPlace = addr && !joint && addressMayRefine(buyerLookup, namePlace) ? placeFrom(addr.value.slice(0, 60), addressMaxLevel(buyerLookup)) : null;
  // the list's region may be a name (龙华区, 广东) or a GB/T 2260 code (440309)
  const hintPlace = hintRegion && /^\d{2,6}$/.test(hintRegion.trim()) ? placeFromCode(hintRegion.trim()) : placeFrom(hintRegion ?? null, 3);
  // a university named with a county's short name (西华大学, 井冈山大学) is not always there: its
  // address outranks the name when the two disagree
  const nameYields = addrPlace?.code && namePlace?.code && namedAfterCounty(buyerLookup) && !addrPlace.code.startsWith(namePlace.code);
  let place = mergePlaces([regionPlace, nameYields ? null : namePlace, addrPlace, hintPlace]);
  let source: Extraction['localitySource'] = regionPlace ? 'region_field' : namePlace ? 'buyer_name' : addrPlace ? 'buyer_address' : hintPlace ? 'hint' : null;
  let ev: Evidence | null = region ? evidence(text, region.valueStart, region.valueEnd, 0.9) : null;
  const titlePlace = placeFrom(title ? toSimplified(title).replace(/^[“"‘'【[]+/, '') : null, 3);
  // the title may only refine ("盐城市公安局亭湖分局" is placed at 盐城市; its title's "盐城市亭湖区…" says the district)
  if (titlePlace && place.code && place.level < 3 && !joint) place = mergePlaces([place, titlePlace]);
  if (!place.code) {
    const fromTitle = placeFrom(title ? toSimplified(title).replace(/^[“"‘'【[]+/, '') : null, 3);
    const fromText = fromTitle ?? placeFromText(lookup.slice(0, 30_000), 2);
    if (fromText) {
      place = fromText;
      source = 'hint';
      ev = null;
      // a township's government the text places only at its city: the county whose own document
      // it carries out ("根据《扎兰屯市2024年…实施方案》，我镇…") is its county
      const cited = !fromTitle && place.level === 2 && buyerLookup && TOWNSHIP_BODY.test(buyerLookup) ? citedCountyPlace(lookup, place) : null;
      if (cited) place = cited;
    }
  }
  const site = siteCountyPlace(owners, buyerLookup, place);
  if (site) {
    place = site;
    source ??= 'hint';
  }
  return { place, source, ev };
}


// a township's own government: "星河镇人民政府", "星河乡政府", "星河街道办事处"
const TOWNSHIP_BODY = /^[\u4e00-\u9fff]{2,8}(?:镇|乡|街道)(?:人民政府|政府|办事处)$/;
// a document cited by its title in book-title marks
const CITED_DOCUMENT = /《([^》\n]{6,60})》/g;

/**
 * The one county-level division, inside `city`, whose full name opens the title of a document the
 * text cites (《X县2024年…实施方案》); null when none does or two different ones do.
 */
function citedCountyPlace(lookup: string, city: Place): Place | null {
  let found: Place | null = null;
  for (const m of lookup.slice(0, 30_000).matchAll(CITED_DOCUMENT)) {
    const c = chainFromStart(m[1]);
    if (!c || c.ambiguous || c.div.level !== 3 || m[1].slice(0, c.end) !== c.div.name || !c.div.code.startsWith(city.code!.slice(0, 4))) continue;
    const p = placeFromCode(c.div.code);
    if (!p) continue;
    if (found && found.code !== p.code) return null;
    found = p;
  }
  return found;
}

/** Whether `name` is a university's or college's that opens with a county's short name (西华大学, not 西华县…). */
function namedAfterCounty(name: string | null): boolean {
  const c = name ? chainFromStart(name) : null;
  return !!c && !c.ambiguous && c.div.level === 3 && name!.slice(0, c.end) !== c.div.name && /^(?:大学|学院)/.test(name!.slice(c.end));
}

// a joint procurement's buyers as extracted: joined by "；" (numbered or tabled buyers) or as
// written with "、"
const JOINT_SEP = /[；;、]/;

/**
 * The place shared by a joint procurement's buyers when they sit in different divisions
 * ("剑阁县…局、广元市昭化区…局" → 广元市), or null when the buyer is one unit or a part names no
 * place. A buy of two counties is the city's to count, not the first county's.
 */
export function jointBuyersPlace(buyer: string | null, ctx: Place | null): Place | null {
  if (!buyer || !JOINT_SEP.test(buyer)) return null;
  const parts = buyer.split(JOINT_SEP).map((p) => p.trim()).filter((p) => p.length >= 4).slice(0, 8);
  if (parts.length < 2) return null;
  const places = parts.map((p) => placeFrom(p, 3, ctx));
  if (places.some((p) => !p?.code)) return null;
  const codes = new Set(places.map((p) => p!.code));
  return codes.size > 1 ? commonPlace(places as Place[]) : null;
}

const MAX_QUALIFIED_HITS = 8;

/**
 * A buyer whose name places nothing ("横水镇人民政府") placed where the text writes the same name
 * after a division ("崇义县横水镇人民政府" in its 落款 or a heading): the division chain must end
 * exactly where the name begins, so a place merely standing nearby does not count.
 */
export function qualifiedNamePlace(lookup: string, buyer: string | null): Place | null {
  // "中共横水镇委员会" is written "中共崇义县横水镇委员会": the party prefix goes before the place
  const name = buyer?.replace(/^(?:中共|中国共产党)/, '') ?? '';
  const own = name.length >= 4 ? qualifiedPlace(lookup, name) : null;
  if (own) return own;
  // a village's or a community's committee (a township's school, clinic) named after its township
  // ("上元观镇新庄村村民委员会") sits where the text places the township ("城固县上元观镇人民政府")
  // a township's own government ("静升镇人民政府", "雨亭街道办事处") sits where the text writes its
  // township after a county ("报名地点：灵石县静升镇…")
  const town = TOWNSHIP_UNIT.exec(name) ?? TOWNSHIP_GOV.exec(name);
  if (town) return qualifiedPlace(lookup, town[1]);
  const village = VILLAGE_COMMITTEE.exec(name);
  return village ? villageTownPlace(lookup, village[1]) : null;
}

// a village's or a community's committee named without its township ("马庄村村民委员会")
const VILLAGE_COMMITTEE = /^([\u4e00-\u9fff]{2,6}?(?:村|社区))(?:村民委员会|居民委员会|村委会|居委会)$/;

/**
 * A village committee sits where the text places its township, when the text writes that township
 * right before the village: a site's breadcrumb ("村务公开 > 王鲁镇 > 马庄村") or an address
 * ("王鲁镇马庄村"); the township must then stand after a county somewhere ("鱼台县王鲁镇"), as
 * for a township's own units. Only the township the village is filed under counts, so a village
 * of the same name elsewhere on the page places nothing.
 */
function villageTownPlace(lookup: string, village: string): Place | null {
  let from = 0;
  for (let hits = 0; hits < MAX_QUALIFIED_HITS; hits++) {
    const at = lookup.indexOf(village, from);
    if (at < 0) return null;
    from = at + village.length;
    const m = /([\u4e00-\u9fff]{2,6}?(?:镇|乡|街道))[ \t]*(?:[>＞›»/／][ \t]*)?$/.exec(lookup.slice(Math.max(0, at - 14), at));
    const place = m ? qualifiedPlace(lookup, m[1]) : null;
    if (place) return place;
  }
  return null;
}

const TOWNSHIP_GOV = /^([\u4e00-\u9fff]{2,6}?(?:镇|乡|街道))(?=(?:人民政府|办事处|街道办事处|党委|党工委)$)/;

// a township's name, then a unit under it: a village or community committee, a school, a clinic
const TOWNSHIP_UNIT = /^([\u4e00-\u9fff]{2,6}?(?:镇|乡|街道))(?=[\u4e00-\u9fff]{1,8}?(?:村|社区|居委会|村民委员会|居民委员会|小学|中学|学校|卫生院|幼儿园))/;

/** The place of the first division chain in `lookup` that ends exactly where `name` begins. */
function qualifiedPlace(lookup: string, name: string): Place | null {
  let from = 0;
  for (let hits = 0; hits < MAX_QUALIFIED_HITS; hits++) {
    const at = lookup.indexOf(name, from);
    if (at < 0) return null;
    from = at + name.length;
    const before = lookup.slice(Math.max(0, at - 14), at);
    for (let k = 0; k < before.length - 1; k++) {
      const prefix = before.slice(k);
      const chain = chainFromStart(prefix);
      if (chain && chain.end === prefix.length && !chain.ambiguous) {
        // a county's tail is no county when the character before makes a longer one's short
        // form ("通道县" is 通道侗族自治县, not 道县)
        const longer = k > 0 && /[\u4e00-\u9fff]/.test(before[k - 1]) ? placeFrom(before.slice(k - 1), 3) : null;
        return longer?.level === 3 && longer.code !== chain.div.code ? longer : placeFrom(prefix, 3);
      }
    }
  }
  return null;
}

// a national group's regional unit names its place after the group's trade words, right before
// a unit's or a division's word: "中国铁路南昌局集团…", "中国移动通信集团浙江有限公司",
// "中国人民财产保险股份有限公司江门市分公司" (never "中国东方航空": 东方 is followed by no such word)
const GROUP_UNIT_AFTER = /^(?:[省市区县州]|局|分公司|分行|支行|有限公司|分局|分院|站)/;

/**
 * The place of a national group's regional unit (a 中国… company's 局集团, provincial company,
 * branch or station), not a central organ: the first place that follows the group's trade words
 * and precedes a unit's word. Null for any other name.
 */
export function nationalGroupUnitPlace(name: string | null): Place | null {
  if (!name || !/^中国[\u4e00-\u9fff]{2}/.test(name)) return null;
  for (let k = 4; k < Math.min(name.length - 2, 30); k++) {
    const chain = chainFromStart(name.slice(k));
    if (!chain || chain.ambiguous && chain.div.level === 1) continue;
    if (!GROUP_UNIT_AFTER.test(name.slice(k + chain.end))) continue;
    return placeFrom(name.slice(k), 3);
  }
  return null;
}

// a company's branch named for its place: "陕西燃气集团有限公司宝鸡分公司", "…股份有限公司江门市分公司"
const BRANCH_OF_COMPANY = /(?:公司|集团)((?:(?!公司|集团)[\u4e00-\u9fff]){2,10})(?:分公司|分行|支行|营业部)$/;

/**
 * A company's branch is where its name's branch part says, inside the place the company's name
 * gives ("陕西燃气集团有限公司宝鸡分公司" → 宝鸡市, not 陕西省); `place` unchanged otherwise.
 */
export function branchPlace(name: string | null, place: Place | null): Place | null {
  const m = name && place?.code && place.level < 3 ? BRANCH_OF_COMPANY.exec(name) : null;
  if (!m) return place;
  const chain = chainFromStart(m[1]);
  if (!chain || chain.ambiguous && chain.div.level < 3 || chain.end < m[1].length - 1) return place;
  const branch = placeFrom(m[1], 3, place);
  return branch?.code && branch.level > place!.level && branch.code.startsWith(place!.code!.slice(0, place!.level * 2)) ? branch : place;
}
