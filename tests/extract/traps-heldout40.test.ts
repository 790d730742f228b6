/**
 * Traps found by the fortieth unseen batch (tests/fixtures/extract/heldout40, aggregator copies in
 * new shapes): a summary line naming several winners over a per-lot result table, a winner partly
 * masked for guests, a side list headed by a bar mark, site tags before the title, a repost's channel
 * name over the notice, dates only in a summary cell. One named row each, run through the real
 * extractNotice: each row failed before parser 1.44.0, except those marked (guard), which keep a new
 * rule from overreaching. The names say the general rule, not the fixture; the parties are invented
 * (星河…).
 */
import { expect } from 'vitest';
import { runTrapRows, type TrapRow } from './trap-rows.js';

const rows: TrapRow[] = [
  {
    name: 'a summary line naming several winners in one field ("中标单位：A、B、C") over a table giving each its own lot and amount: separate winners, no consortium',
    text: '星河县教育局课桌椅采购项目中标公告\n发布时间：2018-08-07\n招标单位：星河县教育局\n中标单位：星河教育装备有限公司、星河家具制造有限公司\n（以下为公告原文）\n一、项目名称：星河县教育局课桌椅采购项目\n二、中标结果：\n包号 货物名称 中标供应商 中标金额（元） 交货期\n第一包 学生课桌椅 星河教育装备有限公司 1,286,400.00 合同签订后30日内\n第二包 教师办公桌椅 星河家具制造有限公司 763,200.00 合同签订后30日内\n三、主要标的单价：第一包课桌椅400.00元/套。\n',
    check: (e) => expect(e.lots.map((l) => [l.vendor, l.amountYuan])).toEqual([['星河教育装备有限公司', 1286400], ['星河家具制造有限公司', 763200]]),
  },
  {
    name: '(guard) a consortium named in one field ("A、B（联合体）") with one amount stays one lot',
    text: '星河县文化旅游局宣传片拍摄项目中标公告\n发布时间：2024-01-02\n采购人：星河县文化旅游局\n中标供应商：星河影视传媒有限公司、星河文化传播有限公司（联合体）\n中标金额：98,000.00元\n',
    check: (e) => expect(e.lots.map((l) => [l.vendor, l.amountYuan])).toEqual([['星河影视传媒有限公司；星河文化传播有限公司', 98000]]),
  },
  {
    name: 'a winner masked in a short run inside its name ("星河恒**数码科技有限公司（会员可见）") is kept as written, without the aggregator\'s note',
    text: '星河旗人民政府办公室视频会议系统升级改造项目成交公告\n发布时间：2020-06-18\n中标人：星河恒**数码科技有限公司（会员可见）\n中标金额：32.86万\n采购人：星河旗人民政府办公室\n成交供应商：星河恒**数码科技有限公司\n成交金额：人民币叁拾贰万捌仟陆佰元整（￥328,600.00）\n',
    check: (e) => expect(e.lots.map((l) => [l.vendor, l.amountYuan])).toEqual([['星河恒**数码科技有限公司', 328600]]),
  },
  {
    name: '(guard) a winner masked down to its place ("湖北******服装有限公司") or whole stays unknown',
    text: '星河县第一中学校服采购项目中标公告\n发布时间：2023-08-24\n采购人：星河县第一中学\n供应商名称：湖北******服装有限公司\n中标金额：1,126,400.00元\n',
    check: (e) => expect(e.lots.map((l) => l.vendor)).toEqual([null]),
  },
  {
    name: 'a side list headed by a bar mark ("▍猜你喜欢") naming a 视频号代运营 project gives no scope',
    text: '星河县第一中学2023年学生校服采购项目中标结果公告\n发布时间 2023-08-24\n采购单位：星河县第一中学\n中标单位：星河服饰有限公司\n中标金额：1,126,400.00元\n一、采购内容：冬季校服3520套。\n▍猜你喜欢\n· 星河县融媒体中心“星河发布”视频号代运营服务 成交 ¥19.8万 2023-08-18\n· 星河县教育局视频展台采购 中标 ¥64.2万 2023-08-15\n',
    check: (e) => expect([e.isVideoOps, e.serviceType]).toEqual([false, null]),
  },
  {
    name: 'a site tag of the province\'s short name ("【重庆】X询价公告") or a kind in square brackets ("[招标公告] X公告") is no part of the title',
    text: '星河采购与招标信息网\n当前位置：首页 >> 询价公告 >> 重庆\n【重庆】星河县林业局2017年森林防火物资采购询价公告\n发布时间：2017-3-14 9:05:21  点击数：46\n采购单位：星河县林业局\n',
    check: (e) => expect(e.title).toBe('星河县林业局2017年森林防火物资采购询价公告'),
  },
  {
    name: 'a kind in square brackets before an aggregator\'s title ("[招标公告] X公开招标公告") is no part of it',
    text: '星河招标与采购网 | 招标 采购 中标\n首页 > 招标信息 > 江西 > 星河\n[招标公告] 星河县人民法院2026—2028年度物业管理服务项目公开招标公告\n采购单位：星河县人民法院 | 预算：156.8万元\n',
    check: (e) => expect(e.title).toBe('星河县人民法院2026—2028年度物业管理服务项目公开招标公告'),
  },
  {
    name: 'an aggregator\'s restated title with its own note inside ("X项目（四个包）中标公告") gives way to the copied notice\'s heading below it',
    text: '星河政府采购招标网 首页 招标公告 中标公告\n当前位置：首页 > 中标公告 > 山东\n\n星河县人民医院医疗设备采购项目（四个包）中标公告\n发布日期：2018-12-05  所在地：山东\n\n星河县人民医院医疗设备采购项目中标公告\n一、项目编号：XH-2018-036\n二、采购人：星河县人民医院\n',
    check: (e) => expect(e.title).toBe('星河县人民医院医疗设备采购项目中标公告'),
  },
  {
    name: '(guard) a title whose note the copied heading keeps ("X项目（第二次）招标公告" twice) stays as written',
    text: '星河县人民医院医疗设备采购项目（第二次）招标公告\n发布日期：2018-12-05\n\n星河县人民医院医疗设备采购项目（第二次）招标公告\n一、项目编号：XH-2018-036\n二、采购人：星河县人民医院\n',
    check: (e) => expect(e.title).toBe('星河县人民医院医疗设备采购项目（第二次）招标公告'),
  },
  {
    name: 'a self-media repost: the channel\'s name over its byline is no title; the notice\'s heading over "项目概况" is',
    text: '星河招标信息速递\n2021-06-08 18:32 发布于陕西 · 来自百家号\n关注\n点击上方蓝字关注我们，每日推送最新招标采购信息！\n\n星河县2021年农村饮水安全工程水质检测服务项目竞争性磋商公告\n\n项目概况\n星河县2021年农村饮水安全工程水质检测服务项目 采购项目的潜在供应商应在星河县公共资源交易中心获取采购文件。\n一、项目基本情况\n项目编号：XH-2021-0087\n',
    check: (e) => expect(e.title).toBe('星河县2021年农村饮水安全工程水质检测服务项目竞争性磋商公告'),
  },
  {
    name: 'an aggregator\'s tag line with the region as a path and the posting time ("【成交】 湖南省-星河市-星河县  2025-07-03 18:20:11") dates the notice',
    text: '星河招标 — 招标信息 · 商机订阅\n首页 > 湖南 > 星河市 > 中标结果\n星河县星河镇人民政府村史馆布展项目成交结果公告\n【成交】\u3000湖南省-星河市-星河县\u3000\u30002025-07-03 18:20:11\n采购人：星河县星河镇人民政府\n成交单位：星河展览展示有限公司\n成交金额：45.6万元\n',
    check: (e) => expect(e.publishedAt).toBe('2025-07-03'),
  },
  {
    name: 'an aggregator\'s cell line opening with a bare 发布 label ("发布：2026-08-17 09:41 | 截止：2026-09-08 | 地区：…") dates the notice, never its deadline',
    text: '星河招标与采购网\n首页 > 招标信息 > 江西 > 星河\n星河县人民法院物业管理服务项目公开招标公告\n发布：2026-08-17 09:41 | 截止：2026-09-08 | 地区：江西-星河-星河县 | 行业：物业管理\n采购单位：星河县人民法院\n',
    check: (e) => expect(e.publishedAt).toBe('2026-08-17'),
  },
  {
    name: 'a lot awarded to a winner masked for guests ("包2 … 供应商名称：湖北******服装有限公司", amount "*******.00元") is still a lot, its winner and amount unknown',
    text: '星河县第一中学2023年学生校服采购项目中标（成交）结果公告\n发布时间 2023-08-24\n采购单位：星河县第一中学\n三、中标（成交）信息\n包1：冬季校服\n  供应商名称：星河金太阳服饰有限公司\n  中标（成交）金额：1,126,400.00元\n包2：夏季校服\n  供应商名称：湖北******服装有限公司\n  供应商地址：湖北省武汉市******\n  中标（成交）金额：*******.00元【VIP可见】\n四、主要标的信息\n',
    check: (e) => expect(e.lots.map((l) => [l.vendor, l.amountYuan])).toEqual([['星河金太阳服饰有限公司', 1126400], [null, null]]),
  },
  {
    name: '(guard) a single-lot notice whose winner is masked keeps one lot, with the amount it shows',
    text: '星河县第一中学食材配送服务项目中标公告\n发布时间 2023-08-24\n采购单位：星河县第一中学\n中标供应商：新疆******商贸有限公司\n中标金额：187.654万元\n',
    check: (e) => expect(e.lots.map((l) => [l.vendor, l.amountYuan])).toEqual([[null, 1876540]]),
  },
];

runTrapRows('heldout40 traps', rows);
