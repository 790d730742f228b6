/**
 * Traps of the lists of purchases made (heldout73, heldout76): a village's 三资公开 or a 卫生院's 零星采购
 * 公示 printing a table of what it bought, each row an item, its supplier and its sum, in whatever
 * layout the copy kept. Such a table is told by its content (an item, a supplier and an amount
 * column, each row an organisation and a sum), not by the title's words: an award, a lot per row,
 * lot null, none for 合计. One named row each, run through the real extractNotice: each row failed
 * before the rule, except those marked (guard), which keep it from overreaching (a comparison of
 * quotes for one item, a candidates' ranking, a budget, an income, a prose disclosure). The
 * parties are invented (星河…).
 */
import { expect } from 'vitest';
import { runTrapRows, type TrapRow } from './trap-rows.js';

const lotsOf = (e: { lots: Array<{ lot: string | null; vendor: string | null; amountYuan: number | null }> }) => e.lots.map((l) => [l.lot, l.vendor, l.amountYuan]);

const rows: TrapRow[] = [
  {
    name: 'a 三资公开 whose body is a |-table "事项 | 承接（供货）单位 | 金额" of purchases is an award, a lot per row, none for 合计',
    text: '星河县人民政府 > 乡镇动态 > 星河镇\n\n星河镇东岭村股份经济合作社三资公开（2024年第一季度）\n\n时间：2024-04-08\n\n现将本社2024年第一季度小额采购情况公开如下：\n一、小额采购支出明细（单位：元）\n序号 | 事项 | 承接（供货）单位 | 金额 | 经办时间\n1 | 村部空调2台 | 星河县鑫源家电城 | 6,980.00 | 1月11日\n2 | 水泵维修 | 星河市农友机电维修部 | 2,650.00 | 2月23日\n3 | 路灯灯头更换 | 星河光明照明工程有限公司 | 11,240.00 | 3月9日\n合计 |  |  | 20,870.00 |\n\n东岭村股份经济合作社\n2024年4月8日',
    check: (e) => {
      expect(e.kind).toBe('award');
      expect(lotsOf(e)).toEqual([[null, '星河县鑫源家电城', 6980], [null, '星河市农友机电维修部', 2650], [null, '星河光明照明工程有限公司', 11240]]);
    },
  },
  {
    name: 'a space-aligned table "采购事项 供货/服务单位 金额（元） 采购方式" of purchases made is read a lot per row',
    text: '星河乡卫生院2023年第四季度零星采购情况公示\n\n【发布时间：2024-01-08】\n\n　　现将我院2023年第四季度零星采购情况公示如下：\n\n　　序号　采购事项　　　　　　　　供货/服务单位　　　　　　　　　金额（元）　　采购方式\n　　1　　血球分析仪维修　　　　　　星河市众安医疗设备维修服务部　　　5,800.00　　　询价\n　　2　　中药饮片　　　　　　　　　星河县仁和医药有限公司　　　　　　16,450.00　　 比价\n　　3　　办公电脑2台　　　　　　　 星河县华信电脑经营部　　　　　　　9,960.00　　　比价\n　　　　　合计　　　　　　　　　　　　　　　　　　　　　　　　　　　　32,210.00\n\n　　　　　　　　　　　　　　　　　　　　　星河乡卫生院\n　　　　　　　　　　　　　　　　　　　　　2024年1月8日',
    check: (e) => {
      expect(e.kind).toBe('award');
      expect(lotsOf(e)).toEqual([[null, '星河市众安医疗设备维修服务部', 5800], [null, '星河县仁和医药有限公司', 16450], [null, '星河县华信电脑经营部', 9960]]);
    },
  },
  {
    name: 'a 村委会 支出明细 table "日期 | 事项 | 供货/服务单位 | 金额（元） | 经办人" is an award though its title says only 三资公开',
    text: '【村务公开】星河镇桑园村委会2023年第二季度“三资”公开（支出明细）\n\n时间：2023-07-08　来源：星河镇\n\n现将桑园村2023年4月至6月零星采购及支出情况公开如下：\n\n序号|日期|事项|供货/服务单位|金额（元）|经办人\n1|4月6日|会议室空调2台|星河县金华家电城|6,980.00|杨某\n2|4月22日|排水沟清淤|星河县宏发劳务服务部|12,400.00|张某\n合计| | | |19,380.00|\n\n桑园村村民委员会\n2023年7月8日',
    check: (e) => {
      expect(e.kind).toBe('award');
      expect(lotsOf(e)).toEqual([[null, '星河县金华家电城', 6980], [null, '星河县宏发劳务服务部', 12400]]);
    },
  },
  {
    name: 'a 落款 line naming the collective and, after a wide gap, the 村务监督委员会 that co-signs: the collective buys',
    text: '星河镇东岭村股份经济合作社三资公开（2024年第一季度）\n时间：2024-04-08\n序号 | 事项 | 承接（供货）单位 | 金额\n1 | 村部空调2台 | 星河县鑫源家电城 | 6,980.00\n2 | 水泵维修 | 星河市农友机电维修部 | 2,650.00\n\n东岭村股份经济合作社　　东岭村村务监督委员会\n2024年4月8日',
    check: (e) => expect(e.buyer).toBe('东岭村股份经济合作社'),
  },
  {
    name: '(guard) a comparison of quotes for ONE item ("采购内容 | 供应商 | 金额", the same item each row) is no list of purchases',
    text: '星河镇东岭村三资公开（2024年第一季度）\n时间：2024-04-08\n路灯更换比选情况：\n序号 | 采购内容 | 供应商 | 金额\n1 | 路灯灯头更换 | 星河光明照明工程有限公司 | 11,240.00\n2 | 路灯灯头更换 | 星河亮化灯具有限公司 | 12,960.00\n3 | 路灯灯头更换 | 星河宏远电器有限公司 | 13,500.00\n东岭村股份经济合作社',
    check: (e) => {
      expect(e.kind).toBe('other');
      expect(e.lots).toEqual([]);
    },
  },
  {
    name: '(guard) a ranking of 中标候选人 ("候选供应商" beside an item and an amount) is no list of purchases made',
    text: '星河镇东岭村三资公开（2024年第一季度）\n时间：2024-04-08\n序号 | 采购事项 | 候选供应商 | 金额\n1 | 村部空调 | 星河县鑫源家电城 | 6,980.00\n2 | 水泵维修 | 星河市农友机电维修部 | 2,650.00\n东岭村股份经济合作社',
    check: (e) => {
      expect(e.kind).toBe('other');
      expect(e.lots).toEqual([]);
    },
  },
  {
    name: '(guard) a budget table ("采购项目 | 供应商 | 预算金额") plans purchases, it reports none made',
    text: '星河镇东岭村三资公开（2024年第一季度）\n时间：2024-04-08\n序号 | 采购项目 | 供应商 | 预算金额\n1 | 村部空调 | 星河县鑫源家电城 | 6,980.00\n2 | 水泵维修 | 星河市农友机电维修部 | 2,650.00\n东岭村股份经济合作社',
    check: (e) => {
      expect(e.kind).toBe('other');
      expect(e.lots).toEqual([]);
    },
  },
  {
    name: '(guard) an income table ("项目 | 承租单位 | 租金") under a 三资公开 is money taken in, no purchase',
    text: '星河镇东岭村三资公开（2024年第一季度）\n时间：2024-04-08\n二、经营收入明细\n序号 | 项目 | 承租单位 | 租金\n1 | 门面房出租 | 星河县鑫源家电城 | 31,500.00\n2 | 仓库出租 | 星河市农友机电维修部 | 12,000.00\n东岭村股份经济合作社',
    check: (e) => {
      expect(e.kind).toBe('other');
      expect(e.lots).toEqual([]);
    },
  },
  {
    name: '(guard) a prose 村级小额采购事项公开 with no table of purchases stays other, no lots',
    text: '星河镇东岭村2024年一季度村级小额采购事项公开\n时间：2024-04-08\n本季度村委会采购宣传横幅10条，由星河广告有限公司制作，支付费用1,200元；采购办公用品一批，支付费用860元。\n星河镇东岭村村民委员会',
    check: (e) => {
      expect(e.kind).toBe('other');
      expect(e.lots).toEqual([]);
    },
  },
  // the county from the site that carries the page (buyer-place.ts): a township-level unit nothing
  // else places below its city
  {
    name: 'a 苏木 (a 旗\'s township) on its 旗\'s own site ("X旗人民政府" letterhead) is placed in that 旗',
    text: '翁牛特旗人民政府\n首页  走进翁旗  政务公开\n\n政务公开 > 苏木乡镇 > 星河苏木 > 其他信息\n\n星河苏木2021年防火物资采购评审结果公告\n2021-03-19　　星河苏木\n\n星河苏木人民政府2021年防火物资采购项目，采用询价方式，评审结果如下：\n成交供应商：星河消防器材有限公司，成交金额9.36万元。\n\n星河苏木人民政府\n2021年3月19日',
    check: (e) => expect([e.city, e.county, e.divisionCode]).toEqual(['赤峰市', '翁牛特旗', '150426']),
  },
  {
    name: 'a township unit on a county site whose letterhead sits under the site menu ("首页 | …" over "X县人民政府门户网站 | …") is placed in that county',
    text: '首页　|　走进那坡　|　政务公开\n那坡县人民政府门户网站　|　政务公开　|　财政资金使用公示\n\n星河乡卫生院2023年第四季度零星采购情况公示\n\n【发布时间：2024-01-08】\n\n现将我院零星采购情况公示如下：\n序号 | 采购事项 | 供货单位 | 金额（元）\n1 | 血球分析仪维修 | 星河市众安医疗设备维修服务部 | 5,800.00\n2 | 中药饮片 | 星河县仁和医药有限公司 | 16,450.00\n\n星河乡卫生院\n2024年1月8日',
    check: (e) => expect([e.county, e.divisionCode]).toEqual(['那坡县', '451026']),
  },
  {
    name: 'a village\'s 股份经济合作社 on a county site ("X县人民政府 > 乡镇动态 > Y镇") is placed in that county',
    text: '永宁县人民政府　>　乡镇动态　>　星河镇\n\n星河镇东岭村股份经济合作社三资公开（2024年第一季度）\n\n时间：2024-04-08\n\n序号 | 事项 | 承接（供货）单位 | 金额\n1 | 村部空调2台 | 星河县鑫源家电城 | 6,980.00\n2 | 水泵维修 | 星河市农友机电维修部 | 2,650.00\n\n东岭村股份经济合作社\n2024年4月8日',
    check: (e) => expect([e.county, e.divisionCode]).toEqual(['永宁县', '640121']),
  },
  {
    name: '(guard) a county department\'s own page (its name the buyer) is not moved to the site\'s county by the letterhead',
    text: '首页　|　政务公开\n那坡县人民政府门户网站　|　政务公开\n\n百色市星河局办公设备采购成交公告\n发布时间：2024-01-08\n采购人：百色市星河局\n成交供应商：星河电脑有限公司\n成交金额：15,960.00元',
    check: (e) => expect(e.county).toBeNull(),
  },
];

runTrapRows('purchases-made traps', rows);
