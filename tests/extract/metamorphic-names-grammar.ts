/**
 * A small seeded grammar of party names in the shapes real ones take: vendors (brand + trade +
 * a legal form, a branch, a consortium, a Latin brand, digits, a middle dot), buyers (a Party
 * committee's department, a media centre, a bureau, a town, a street office, a village
 * committee, a university, a hospital, a scenic-area committee, a state-owned company, the
 * Youth League, a police detachment) and agencies. Deterministic: every choice comes from a
 * PRNG seeded by the caller.
 *
 * Places: an invented word (brand, town, street, village) is built from syllables and rejected
 * when any two adjacent characters of it open a GB/T 2260 division's name, so no invented word
 * can be read as a real place. A buyer keeps its original leading chain of division names (its
 * locality as written) and only changes what follows; a vendor's real place (the Latin-brand
 * shapes) is a far municipality or provincial capital, never in the notice's province or city.
 */
import { createRequire } from 'node:module';
import { mulberry32 } from '../../scrapers/replay/mulberry32.js';

const require = createRequire(import.meta.url);
const data = require('../../scrapers/extract/data/divisions.json') as Record<'provinces' | 'cities' | 'areas', [string, string][]>;

/** Every division's full name (湖南省, 长沙市, 望城区), for reading a buyer's leading place chain. */
export const DIVISION_NAMES = new Set([...data.provinces, ...data.cities, ...data.areas].map(([, n]) => n).filter((n) => n !== '市辖区' && n !== '县'));
const PLACE_HEADS = new Set([...DIVISION_NAMES].map((n) => n.slice(0, 2)));

/** A seeded PRNG (mulberry32) over a string's FNV-1a hash. */
export function rngFor(seed: string): () => number {
  let h = 0x811c9dc5;
  for (const c of seed) h = Math.imul(h ^ c.codePointAt(0)!, 0x01000193) >>> 0;
  return mulberry32(h);
}

export type Rng = () => number;
const pick = <T>(rng: Rng, xs: readonly T[]): T => xs[Math.floor(rng() * xs.length)];

const SYLLABLES = [...'澜翊珑璟曜筠屹骁昀珩溯迩朔弈晞琛玥澈骋湛峤芮煜钧颉璨瑾翎皓蔚彦骞霁沐铭瀚墨岑榕'];

/** An invented two-character word that opens no division's name (so it cannot read as a place). */
export function word(rng: Rng): string {
  for (let i = 0; i < 50; i++) {
    const w = pick(rng, SYLLABLES) + pick(rng, SYLLABLES);
    if (w[0] !== w[1] && !PLACE_HEADS.has(w)) return w;
  }
  return '澜翊';
}

const TRADES = ['文化传媒', '传媒科技', '网络科技', '影视文化', '广告', '信息技术', '数字科技', '文化发展', '品牌管理', '会展服务'];
const LATIN = ['ABC', 'Vista', 'NOVA', 'iMedia', 'K-Star', 'Bluesky'];
// far places for a vendor's own name: municipalities and capitals, checked against the notice's locality
const FAR = [['北京', '北京市'], ['上海', '上海市'], ['广州', '广东省'], ['乌鲁木齐', '新疆维吾尔自治区'], ['海口', '海南省'], ['哈尔滨', '黑龙江省'], ['拉萨', '西藏自治区']];

/** What a shape may draw on: the notice's locality as labelled and the buyer's leading place chain. */
export interface NameContext {
  province: string | null;
  city: string | null;
  /** The buyer's leading chain of division names ("长沙市望城区"), '' when it has none. */
  place: string;
}

/** A generated name: its text as written in the notice and its label (a consortium's parts joined by "；"). */
export interface GeneratedName {
  text: string;
  label: string;
}

/** One shape: a name, and a generator (null = this shape does not fit this notice). */
export interface Shape {
  name: string;
  make: (rng: Rng, ctx: NameContext) => GeneratedName | null;
}

const same = (text: string): GeneratedName => ({ text, label: text });
const farPlace = (rng: Rng, ctx: NameContext) => {
  const ok = FAR.filter(([city, prov]) => prov !== ctx.province && !(ctx.city ?? '').startsWith(city) && !(ctx.province ?? '').startsWith(city));
  return pick(rng, ok)[0];
};
const company = (rng: Rng, form = '有限公司') => `${word(rng)}${pick(rng, TRADES)}${form}`;

/** Vendor shapes. */
export const VENDOR_SHAPES: Shape[] = [
  { name: 'v:有限公司', make: (r) => same(company(r)) },
  { name: 'v:有限责任公司', make: (r) => same(company(r, '有限责任公司')) },
  { name: 'v:股份有限公司', make: (r) => same(company(r, '股份有限公司')) },
  { name: 'v:集团有限公司', make: (r) => same(`${word(r)}${pick(r, ['文化传媒', '传媒', '数字科技'])}集团有限公司`) },
  { name: 'v:有限合伙', make: (r) => same(`${word(r)}${pick(r, TRADES)}中心\uff08有限合伙\uff09`) },
  { name: 'v:工作室', make: (r) => same(`${word(r)}${pick(r, ['影视', '文化传媒', '视觉'])}工作室`) },
  { name: 'v:个人独资企业', make: (r) => same(`${word(r)}${pick(r, ['文化传媒', '广告'])}个人独资企业`) },
  { name: 'v:分公司', make: (r) => same(`${company(r)}${word(r)}分公司`) },
  { name: 'v:合作社', make: (r) => same(`${word(r)}文化传媒专业合作社`) },
  { name: 'v:事务所', make: (r) => same(`${word(r)}广告设计事务所`) },
  {
    name: 'v:联合体',
    make: (r) => {
      const a = company(r);
      let b = company(r);
      while (b.includes(a) || a.includes(b)) b = company(r);
      return { text: `${a}\uff08牵头人\uff09\u3001${b}`, label: `${a}\uff1b${b}` };
    },
  },
  { name: 'v:（地名）', make: (r, c) => same(`${pick(r, [...LATIN, word(r)])}\uff08${farPlace(r, c)}\uff09${pick(r, TRADES)}有限公司`) },
  { name: 'v:拉丁品牌', make: (r, c) => same(`${farPlace(r, c)}${pick(r, LATIN)}影视有限公司`) },
  { name: 'v:数字', make: (r) => same(`${word(r)}${pick(r, ['5G', '1号', '360'])}${pick(r, TRADES)}有限公司`) },
  { name: 'v:间隔号', make: (r) => same(`${word(r)}\u00b7${word(r)}${pick(r, TRADES)}有限公司`) },
  { name: 'v:个体工商户', make: (r) => same(`${word(r)}${pick(r, ['影视传媒', '文化传播', '摄影'])}中心\uff08个体工商户\uff09`) },
  { name: 'v:广告部', make: (r) => same(`${word(r)}${pick(r, ['广告设计部', '图文广告部', '摄影部'])}`) },
  { name: 'v:传播中心', make: (r) => same(`${word(r)}${pick(r, ['文化传播中心', '影视制作中心', '新媒体运营中心'])}`) },
];

// a Party or League committee's name needs its place to end in a level (县委, 市委, 区委)
const COMMITTEE_PLACE = /(?:省|市|县|区|旗)$/;

/** Buyer shapes: each keeps the original buyer's place chain (`ctx.place`, required). */
export const BUYER_SHAPES: Shape[] = [
  { name: 'b:县委宣传部', make: (_r, c) => (COMMITTEE_PLACE.test(c.place) ? same(`中共${c.place}委宣传部`) : null) },
  { name: 'b:融媒体中心', make: (_r, c) => same(`${c.place}融媒体中心`) },
  { name: 'b:文广旅体局', make: (_r, c) => same(`${c.place}文化广电和旅游体育局`) },
  { name: 'b:镇人民政府', make: (r, c) => same(`${c.place}${word(r)}镇人民政府`) },
  { name: 'b:街道办事处', make: (r, c) => same(`${c.place}${word(r)}街道办事处`) },
  { name: 'b:村民委员会', make: (r, c) => same(`${c.place}${word(r)}镇${word(r)}村民委员会`) },
  { name: 'b:大学', make: (r, c) => same(`${c.place}${word(r)}大学`) },
  { name: 'b:人民医院', make: (_r, c) => same(`${c.place}第一人民医院`) },
  { name: 'b:景区管委会', make: (r, c) => same(`${c.place}${word(r)}景区管理委员会`) },
  { name: 'b:投资集团', make: (r, c) => same(`${c.place}${word(r)}投资集团有限公司`) },
  { name: 'b:共青团', make: (_r, c) => (COMMITTEE_PLACE.test(c.place) ? same(`共青团${c.place}委员会`) : null) },
  { name: 'b:交警支队', make: (_r, c) => same(`${c.place}公安局交通警察支队`) },
];

/** The city-level head of a place chain ("长沙市望城区" → "长沙市"), or an invented city. */
const cityOf = (r: Rng, c: NameContext) => /^.*?市/.exec(c.place)?.[0] ?? `${word(r)}市`;

/** Agency shapes: companies without a place, or the buyer's own city's centres. */
export const AGENCY_SHAPES: Shape[] = [
  { name: 'a:招标代理', make: (r) => same(`${word(r)}招标代理有限公司`) },
  { name: 'a:项目管理', make: (r) => same(`${word(r)}项目管理有限公司`) },
  { name: 'a:工程咨询', make: (r) => same(`${word(r)}工程咨询有限公司`) },
  { name: 'a:公共资源交易中心', make: (r, c) => same(`${cityOf(r, c)}公共资源交易中心`) },
  { name: 'a:政府采购中心', make: (r, c) => same(`${cityOf(r, c)}政府采购中心`) },
];

/** The leading chain of division names in a buyer's name ("中共长沙市望城区委宣传部" → "长沙市望城区"). */
export function placeChain(name: string): string {
  const s = name.replace(/^(?:中共|共青团)/, '');
  let at = 0;
  for (;;) {
    let best = 0;
    for (let len = 2; len <= 12 && at + len <= s.length; len++) if (DIVISION_NAMES.has(s.slice(at, at + len))) best = len;
    if (!best) break;
    at += best;
  }
  return s.slice(0, at);
}
