/**
 * Traps found by the seventy-first unseen batch (tests/fixtures/extract/heldout71): purchases from
 * outside the big portals by a sixth author. One named row each, run through the real
 * extractNotice: each row failed before parser 1.61.0, except those marked (guard), which keep a
 * new rule from overreaching. The names say the general rule, not the fixture; the parties are
 * invented (星河…), the counties real (a county is only placed if it exists).
 */
import { expect } from 'vitest';
import { runTrapRows, type TrapRow } from './trap-rows.js';

const rows: TrapRow[] = [
  {
    name: "a county portal's letterhead that leads a breadcrumb (\"X县人民政府网 > 乡镇动态 > Y镇\") places a village's page in that county",
    text: '丹寨县人民政府网 > 乡镇动态 > 兴仁镇\n\n兴仁镇星河村宣传视频拍摄服务比选公告\n发布时间：2026-03-10\n星河村村民委员会拟对本村宣传视频拍摄服务开展比选，现邀请有意向的单位参加。\n项目预算：80000元\n星河村村民委员会\n2026年3月10日',
    check: (e) => expect([e.county, e.divisionCode]).toEqual(['丹寨县', '522636']),
  },
  {
    name: "a county portal's letterhead naming its sub-site after a wide gap (\"X市人民政府　Y管理区\") places a community's page in that county",
    text: '乳山市人民政府　星河管理区\n首页　|　政务公开　|　社区动态\n\n星河社区办公家具采购结果公示\n2018年11月05日　来源：星河社区\n经比较，星河家具有限公司报价最低，确定为供货单位，成交金额40860元。\n星河社区居民委员会\n2018年11月5日',
    check: (e) => expect([e.county, e.divisionCode]).toEqual(['乳山市', '371083']),
  },
  {
    name: '(guard) a breadcrumb led by a site that is no county government places nothing below the city',
    text: '星河新闻网 > 乡镇动态 > 兴仁镇\n\n兴仁镇星河村宣传视频拍摄服务比选公告\n发布时间：2026-03-10\n星河村村民委员会拟对本村宣传视频拍摄服务开展比选。\n项目预算：80000元\n星河村村民委员会',
    check: (e) => expect(e.county).toBeNull(),
  },
  {
    name: 'a winner named before what its offer met and why it won ("X所投产品满足询价文件的要求，且报价最低，确定其为成交供应商") is read with its price',
    text: '关于星河中学录播教室设备采购询价结果的公示\n各报价单位：\n一、报价情况\n1、星河电子科技有限公司：报价87600元；\n2、星海教育装备有限公司：报价89200元。\n二、成交结果\n经询价小组评议，星河电子科技有限公司所投产品满足询价文件的要求，且报价最低，确定其为成交供应商，成交金额为捌万柒仟陆佰元整（87600元）。\n星河中学\n2020年11月25日',
    check: (e) => expect(e.lots.map((l) => [l.vendor, l.amountYuan])).toEqual([['星河电子科技有限公司', 87600]]),
  },
  {
    name: 'a shop named as a 家具城 that offered lowest and was chosen to supply is the winner, at the 采购金额 of its sentence',
    text: '星河社区办公家具采购结果公示\n2018年11月05日\n社区对办公家具进行了询价采购，邀请3家单位报价。\n星河恒源家具城　　合计报价：40,860元\n星海办公家具有限公司　　合计报价：42,300元\n经比较，星河恒源家具城报价最低且质量、售后符合要求，确定为供货单位，采购金额40860元。\n星河社区居民委员会\n2018年11月5日',
    check: (e) => expect(e.lots.map((l) => [l.vendor, l.amountYuan])).toEqual([['星河恒源家具城', 40860]]),
  },
  {
    name: '(guard) a bidder whose offer failed ("X所投产品不满足…，报价无效") is no winner: the one chosen after it is',
    text: '星河中学打印机采购询价结果公示\n二、成交结果\n星河电子有限公司所投产品不满足询价文件的要求，报价无效；星海科技有限公司报价最低，确定为成交供应商，成交金额为12000元。\n星河中学\n2020年11月25日',
    check: (e) => expect(e.lots.map((l) => [l.vendor, l.amountYuan])).toEqual([['星海科技有限公司', 12000]]),
  },
  {
    name: 'a town\'s "…物资采购资金使用情况公示" reports purchases made, each with its supplier and sum: an award',
    text: '星河镇2020年汛期防汛物资采购资金使用情况公示\n时间：2020年07月29日\n我镇分批采购了一批防汛物资，采用询价比较方式确定供货单位。现将资金使用情况公示如下：\n1. 救生衣200件：供货单位 星河劳保用品商行，金额 21400元；\n2. 编织袋5000条：供货单位 星海百货门市部，金额 12850元。\n以上合计：34250元。\n星河镇人民政府\n2020年7月29日',
    check: (e) => expect(e.kind).toBe('award'),
  },
  {
    name: '(guard) a fund\'s use reported with no purchase in its title ("…扶贫资金使用情况公示") is no award',
    text: '星河镇2020年扶贫资金使用情况公示\n时间：2020年07月29日\n现将扶贫资金使用情况公示如下：\n1. 产业奖补：发放农户32户，金额 64000元；\n2. 公益岗位补贴：12人，金额 28800元。\n星河镇人民政府\n2020年7月29日',
    check: (e) => expect(e.kind).not.toBe('award'),
  },
  {
    name: "a saved page's own address under a label (\"本文链接：http…\", \"原文链接：\", \"来源：https…\") is never its title: the heading below it is",
    text: '==> 星河村 村务公开 2019年第三季度 <==\n本文链接：http://www.example.gov.cn/art/2019/10/14/art_1.html\n\n星河村2019年第三季度村级小额采购及工程项目公开表\n\n公开时间：2019年10月14日\n现将本村小额采购情况公开如下：\n星河村村民委员会\n2019年10月14日',
    check: (e) => expect(e.title).toBe('星河村2019年第三季度村级小额采购及工程项目公开表'),
  },
  {
    name: "a village's 公开表 of its small purchases (\"…村级小额采购及工程项目公开表\"), each row its 承接（供货）单位 and 金额, is an award: a lot a row, lot null, no lot for the 合计",
    text: '星河村2019年第三季度村级小额采购及工程项目公开表\n\n公开时间：2019年10月14日\n现将本村2019年7月-9月小额采购及工程实施情况公开如下：\n\n序号\t项目名称\t采购方式\t承接（供货）单位\t金额（元）\t备注\n1\t村口道路修缮\t村民代表会议比选\t星河建筑工程队\t36800\t已验收\n2\t文化礼堂音响设备\t询价\t星海电器商行\t8650\t\n3\t消防器材更换\t直接采购\t星河消防器材有限公司\t4320\t\n合计\t\t\t\t49770\t\n\n星河村村民委员会\n2019年10月14日',
    check: (e) => {
      expect(e.kind).toBe('award');
      expect(e.lots.map((l) => [l.lot, l.vendor, l.amountYuan])).toEqual([[null, '星河建筑工程队', 36800], [null, '星海电器商行', 8650], [null, '星河消防器材有限公司', 4320]]);
    },
  },
  {
    name: '(guard) a 采购计划公示表 is a plan, not a table of purchases made',
    text: '星河镇2024年政府采购计划公示表\n发布时间：2024-02-01\n序号\t项目名称\t预算金额（元）\t计划时间\n1\t办公设备采购\t50000\t3月\n2\t道路养护服务\t120000\t5月\n星河镇人民政府',
    check: (e) => expect(e.kind).toBe('intention'),
  },
  {
    name: "a numbered list of purchases made (\"1. X：供货单位 A，金额 N元；\"), one lot a line, lot null; a supplier holding two lines holds two lots; the 合计 no lot",
    text: '星河镇2020年汛期防汛物资采购资金使用情况公示\n时间：2020年07月29日\n现将资金使用情况公示如下：\n一、采购明细\n1. 救生衣200件、救生圈40个：供货单位 星河劳保用品商行，金额 21400元；\n2. 编织袋5000条：供货单位 星海百货门市部，金额 12850元；\n3. 发电机3台：供货单位 星河五金机电有限公司，金额 16900元；\n4. 抽水泵4台：供货单位 星河五金机电有限公司，金额 8260元。\n以上合计：59410元。\n二、资金来源：县级补助资金50000元，镇级自有资金9410元。\n星河镇人民政府\n2020年7月29日',
    check: (e) => expect(e.lots.map((l) => [l.lot, l.vendor, l.amountYuan])).toEqual([
      [null, '星河劳保用品商行', 21400], [null, '星海百货门市部', 12850], [null, '星河五金机电有限公司', 16900], [null, '星河五金机电有限公司', 8260],
    ]),
  },
  {
    name: 'numbered purchase lines read in either order, numbered （1）/①, with 供应商/承接单位 and 价款/支付, in 元 or 万元 (a bracketed aside naming the other quotes does not void the line)',
    text: '星河社区2023年办公用品及服务采购情况公示\n发布时间：2023-06-30\n（1）打印纸50箱，价款6,800元，供应商：星河文化用品商店（另两家报价7,100元、7,350元）；\n（2）保洁服务：承接单位为星海物业管理有限公司，支付费用1.2万元。\n星河社区居民委员会',
    check: (e) => expect(e.lots.map((l) => [l.vendor, l.amountYuan])).toEqual([['星河文化用品商店', 6800], ['星海物业管理有限公司', 12000]]),
  },
  {
    name: "(guard) a village's prose disclosure of what it bought (\"…村级小额采购事项公开\") stays a disclosure with no lots, its numbered lines naming 供应单位 and 金额 notwithstanding",
    text: '星河镇星河村2026年一季度村级小额采购事项公开\n发布时间：2026-04-08\n现将本村2026年一季度小额采购事项公开如下：\n1.宣传展板制作，供应单位：星河广告部，金额3,860元。\n2.投影仪及幕布，供应单位：星海办公设备经营部，金额4,680元。\n星河村村民委员会',
    check: (e) => expect([e.kind, e.lots.length]).toEqual(['other', 0]),
  },
  {
    name: "(guard) a call's numbered requirements naming the 供应商 and its 费用 are no purchases made",
    text: '星河镇办公设备采购询价公告\n发布时间：2023-03-01\n一、供应商资格要求\n1. 供应商须为星河市内注册的有限公司，报名费用 200元；\n2. 供应商须提供近三年类似业绩，保证金金额 2000元；\n二、预算金额：80000元\n星河镇人民政府',
    check: (e) => expect(e.lots).toEqual([]),
  },
  {
    name: '(guard) a numbered comparison of the quotes ("1. 供应商：A，报价金额：N元") is no list of purchases: only the chosen one is a lot',
    text: '星河中学打印机采购询价结果公示\n发布时间：2023-05-06\n一、报价情况\n1. 供应商：星河电子有限公司，报价金额：12000元；\n2. 供应商：星海科技有限公司，报价金额：12800元；\n二、成交结果\n确定星河电子有限公司为成交供应商，成交金额为12000元。\n星河中学',
    check: (e) => expect(e.lots.map((l) => [l.vendor, l.amountYuan])).toEqual([['星河电子有限公司', 12000]]),
  },
  {
    name: '(guard) a numbered ranking of 中标候选人 with their prices is no list of purchases: the first-ranked alone',
    text: '星河镇道路养护服务中标候选人公示\n发布时间：2023-05-06\n1. 第一中标候选人：星河路桥有限公司，服务单位资质齐全，投标金额 96000元；\n2. 第二中标候选人：星海建设有限公司，服务单位资质齐全，投标金额 98000元；\n星河镇人民政府',
    check: (e) => expect(e.lots.map((l) => l.vendor)).toEqual(['星河路桥有限公司']),
  },
];

runTrapRows('heldout71 traps', rows);
