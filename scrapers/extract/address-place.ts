/**
 * How far a buyer's address may place it. The address says where the office stands, not which
 * unit pays: a city's own organ ("潍坊市人民政府新闻办公室", "株洲市委宣传部") or a province's
 * ("中共湖南省委宣传部", "吉林省广播电视局") is not a buyer of the district its office is in, and a
 * zone without a division code ("西安高新技术产业开发区…", "重庆两江新区…") is not either. A
 * province's institutions (universities, hospitals, prisons) are placed by their address, as the
 * corpus labels them; a name with no place at all is capped by the level it names ("市委宣传部").
 * Pure.
 * @module
 */
import { chainFromStart, type Place } from './locality.js';

const ZONE = /^[\u4e00-\u9fff]{0,10}?(?:新区|开发区|高新区|工业园区|实验区|保税区|合作区|示范区)/;
const BELOW_COUNTY = /^[\u4e00-\u9fff]{1,8}?(?:镇|乡|街道|村|社区|苏木|嘎查)/;
// a party or government organ's name ends so: 宣传部, 文化和旅游厅, 广播电视局, 人民政府办公室
const ORGAN = /^(?:委|人民政府|政府|人大|政协)|(?:委员会|办公室|厅|局|部|委|政府)$/;
// a university, college, school or hospital, whose office a buyer name may be
const INSTITUTION = /^[\u4e00-\u9fff]{0,20}?(?:大学|学院|学校|医院)/;

/** May the buyer's address refine where its name places it? */
export function addressMayRefine(name: string | null, namePlace: Place | null): boolean {
  if (!name || !namePlace?.code || namePlace.ambiguous || namePlace.level === 3) return true;
  const chain = chainFromStart(name);
  if (!chain) return true;
  const rest = name.slice(chain.end).replace(/^[省市区县州盟旗]/, '');
  if (ZONE.test(rest)) return false;
  // a province's institutions are placed by their address, and so are their own offices
  // ("湖南科技大学党委宣传部"); its organs are the province's
  if (namePlace.level === 1) return !ORGAN.test(rest) || INSTITUTION.test(rest);
  // "宁波市江北区…" read only to the city, or a township under the city: the address may say more
  return BELOW_COUNTY.test(rest) || chainFromStart(rest) !== null;
}

/** The deepest level an address may place a buyer whose name has no place but names its level ("市委宣传部" → the city). */
export function addressMaxLevel(name: string | null): 1 | 2 | 3 {
  const n = (name ?? '').replace(/^(?:中共|中国共产党)/, '');
  if (/^省(?:委|人民政府|政府|人大|政协)|^省[\u4e00-\u9fff]{1,10}?(?:厅|局)/.test(n)) return 1;
  if (/^市(?:委|人民政府|政府|人大|政协|纪委)|^市(?!场|民|政府采购)[\u4e00-\u9fff]{1,10}?(?:局|委员会|办公室|中心|电视台)/.test(n)) return 2;
  return 3;
}
