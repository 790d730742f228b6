/**
 * The buyer a title starts with ("合肥市第七中学2024年…", "关于常熟市广播电视台采购…"), read when no
 * field or sentence names one. Pure.
 * @module
 */
import { chainFromStart } from './locality.js';
import { looksLikeOrg } from './org-name.js';

const STRONG_ORG_END =
  /(?:有限责任公司|有限公司|委员会|办公室|办事处|人民政府|法院|检察院|医院|卫生院|大学|学院|学校|中学|小学|幼儿园|联合会|协会|监狱|支队|大队|电视台|广播电视台|融媒体中心|中心|局|厅|馆)/g;

// words of a project or an act, never of a sub-unit's name
const UNIT_NOT_WORK = /签|采购|项目|服务|制作|拍摄|运营|运维|视频|宣传|直播|建设|年|关于|的|与|和|及|对|为|就|开展|购买|租赁|维护|推广/;

const PARTY_UNIT = /^(?:中共|中国共产党|共青团)[\u4e00-\u9fff]{2,16}?(?:委员会|委)(?:(?![\u4e00-\u9fff]{0,8}?(?:项目|采购|服务|制作|拍摄|运营|视频|直播))[\u4e00-\u9fff]{1,8}?(?:部|办公室|委员会|中心))?/;

/** The buyer a title starts with: "合肥市第七中学2024年…", "关于常熟市广播电视台采购…", "丹东广播电视台高清…". */
export function titleBuyer(title: string, lookupTitle: string = title): string | null {
  const pre = /^\s*(?:[【[][^】\]]{0,10}[】\]])?\s*/.exec(lookupTitle)![0].length;
  const found = titleBuyerIn(lookupTitle.slice(pre));
  if (!found) return null;
  const at = lookupTitle.indexOf(found, pre);
  return at < 0 ? null : title.slice(at, at + found.length);
}

function titleBuyerIn(t: string): string | null {
  const guan = /^关于([\u4e00-\u9fff]{3,30}?)(?:采购|购买|开展|的)/.exec(t);
  if (guan && looksLikeOrg(guan[1])) return guan[1];
  const year = /^([\u4e00-\u9fff（）()]{3,40}?)(?=(?:19|20)\d{2}(?:年|-|—))/.exec(t);
  if (year && looksLikeOrg(year[1])) return year[1];
  // "丹东广播电视台高清播出改造项目": a bare name only counts when it starts with a place
  // ("第八届进博会新闻中心布展运营" names an event, not a buyer)
  // "中共宁陕县委宣传部…", "共青团X市委员会…": a Party or League committee (or its department)
  const party = PARTY_UNIT.exec(t);
  STRONG_ORG_END.lastIndex = party ? party[0].length : 0;
  const m = party ?? STRONG_ORG_END.exec(t);
  let name = party ? party[0] : m ? t.slice(0, m.index + m[0].length) : '';
  // "X市公安局交通警察支队…", "X县委网信委员会办公室…": a unit under the first ending, itself
  // ending so within a few characters and naming no work, is the buyer (not the body above it)
  for (let next = m && STRONG_ORG_END.exec(t), i = 0; next && i < 3; next = STRONG_ORG_END.exec(t), i++) {
    const unit = t.slice(name.length, next.index + next[0].length);
    if (unit.length > 8 || !/^[\u4e00-\u9fff]+$/.test(unit) || UNIT_NOT_WORK.test(unit)) break;
    name += unit;
  }
  // "哈尔滨医科大学附属第一医院…": a university's affiliated hospital or school is the buyer
  const affiliate = name ? /^附属[\u4e00-\u9fff]{0,8}?(?:医院|中学|小学|学校|幼儿园)/.exec(t.slice(name.length)) : null;
  if (affiliate) name += affiliate[0];
  if (name.length >= 4 && /^[\u4e00-\u9fff（）()]+$/.test(name) && chainFromStart(name)) return name;
  return null;
}
