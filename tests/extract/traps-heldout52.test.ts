/**
 * Traps found by the fifty-second and fifty-third unseen batches (tests/fixtures/extract/heldout52,
 * heldout53): lots that each state a budget under a bare numeral's label ("一标段预算金额"). One
 * named row each, run through the real extractNotice: each row failed before parser 1.51.0, except
 * those marked (guard), which keep a new rule from overreaching. The names say the general rule,
 * not the fixture; the parties are invented (星河…).
 */
import { expect } from 'vitest';
import { runTrapRows, type TrapRow } from './trap-rows.js';

const rows: TrapRow[] = [
  {
    name: 'lots that each state a budget after a bare numeral\'s label ("一标段预算金额：70万元；二标段预算金额：32万元") make a budget that is their sum',
    text: '星河县卫生健康局村卫生室设备采购项目中标公告\n发布时间：2019-11-28\n采购人：星河县卫生健康局\n中标供应商：星河医疗器械有限公司\n中标金额：684,900.00元\n八、其它补充事宜\n一标段预算金额：70万元；二标段预算金额：32万元。\n',
    check: (e) => expect(e.budgetYuan).toBe(1020000),
  },
  {
    name: '(guard) "同一标段" inside a sentence is no lot label: the project\'s budget after it stays the budget',
    text: '星河县卫生健康局村卫生室设备采购项目招标公告\n发布时间：2019-11-28\n采购人：星河县卫生健康局\n供应商不得同时投同一标段预算金额：70万元。\n',
    check: (e) => expect(e.budgetYuan).toBe(700000),
  },
];

runTrapRows('heldout52 traps', rows);
