/**
 * What an organisation's name looks like: the suffixes it ends with and the bracketed legal forms
 * that may follow them. Pure, no imports (the party, lot and title readers share it).
 * @module
 */

/**
 * Suffixes an organisation name ends with. (A sole proprietorship or partnership is registered as
 * "X个人独资企业", "X合伙企业", not 公司; "X频道": a news portal's channel signs as one, as
 * "人民网股份有限公司广西频道"; 行 as a bank's or a shop's, not as the verb of a clause ending in 执行,
 * 进行 or 实行; a county's shop trades as a 城 of its goods: "X家具城", "X建材城", "X商城".)
 */
export const ORG_SUFFIX =
  /(?:有限责任公司|股份有限公司|有限公司|公司|(?:个人独资|独资|合伙)企业|集团|研究院|规划院|设计院|研究所|事务所|工作室|合作社|委员会|办公室|办事处|人民政府|政府|法院|检察院|医院|卫生院|大学|学院|学校|中学|小学|幼儿园|联合会|协会|基金会|监狱|戒毒所|看守所|支队|大队|中队|总队|电视台|广播电视台|报社|频道|传媒|中心|服务中心|管理处|管理站|管理所|局|厅|委|院|所|处|队|站|馆|台|社|会|部|厂|店|室|校|园|宫|团|司|科|场|(?<![执进运履施实发试举推印通奉遵流])行|坊|办|署|军|旅|乡|镇|街道|(?:家具|建材|电器|家电|五金|灯饰|陶瓷|数码|商)城)$/;

/** A bracketed legal form that is part of a registered name (kept in the name). */
export const LEGAL_FORM = /[(（](?:个体工商户|个人独资企业|个人独资|普通合伙|特殊普通合伙|有限合伙)[)）]$/;

/** True when `s` reads as an organisation name. */
export function looksLikeOrg(s: string): boolean {
  // a legal form in brackets ends some registered names: "X摄影工作室（个体工商户）", "X事务所（特殊普通合伙）"
  return ORG_SUFFIX.test(s.replace(LEGAL_FORM, '')) && !/[，。；：]/.test(s);
}
