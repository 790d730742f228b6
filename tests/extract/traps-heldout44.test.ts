/**
 * Traps found by the forty-fourth unseen batch (tests/fixtures/extract/heldout44, video-operations
 * notices): a monthly fee beside its written 总价 in one result cell, a framework's 入围 holders at
 * unit prices, a contest, side lists naming other services, log and Markdown title prefixes. One
 * named row each, run through the real extractNotice: each row failed before parser 1.50.0, except
 * those marked (guard), which keep a new rule from overreaching. The names say the general rule,
 * not the fixture; the parties are invented (星河…).
 */
import { expect } from 'vitest';
import { runTrapRows, type TrapRow } from './trap-rows.js';

const rows: TrapRow[] = [
  {
    name: 'a monthly fee with its period inside the unit\'s brackets ("28,500.00(元/月)，总价:342,000.00(元)") is a unit price: the written total is the lot',
    text: '星河县委宣传部政务新媒体账号代运营服务项目结果公告\n发布时间：2026-02-10\n三、采购结果\n合同包1(政务新媒体账号代运营服务):\n供应商名称 | 供应商地址 | 中标（成交）金额\n星河数字传媒有限公司 | 星河市星河路98号 | 服务费报价:28,500.00(元/月)，总价:342,000.00(元)\n八、其它补充事宜\n合同包1预算金额：350,000.00元。\n1.采购人信息\n名 称：中共星河县委宣传部\n',
    check: (e) => expect(e.lots.map((l) => [l.vendor, l.amountYuan])).toEqual([['星河数字传媒有限公司', 342000]]),
  },
  {
    name: 'a monthly fee in brackets with no total written ("12,000.00(元/月)") is a unit price, never the lot\'s total',
    text: '星河县委宣传部政务新媒体账号代运营服务项目结果公告\n发布时间：2026-02-10\n三、采购结果\n供应商名称 | 供应商地址 | 中标（成交）金额\n星河数字传媒有限公司 | 星河市星河路98号 | 12,000.00(元/月)\n1.采购人信息\n名 称：中共星河县委宣传部\n',
    check: (e) => expect(e.lots.map((l) => [l.vendor, l.amountYuan])).toEqual([['星河数字传媒有限公司', null]]),
  },
];

runTrapRows('heldout44 traps', rows);
