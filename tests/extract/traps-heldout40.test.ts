/**
 * Traps found by the fortieth unseen batch (tests/fixtures/extract/heldout40, aggregator copies in
 * new shapes): a summary line naming several winners over a per-lot result table, a winner partly
 * masked for guests, a side list headed by a bar mark, site tags before the title, a repost's channel
 * name over the notice, dates only in a summary cell. One named row each, run through the real
 * extractNotice: each row failed before parser 1.60.0, except those marked (guard), which keep a new
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
];

runTrapRows('heldout40 traps', rows);
