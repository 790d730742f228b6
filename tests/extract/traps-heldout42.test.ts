/**
 * Traps found by the forty-second unseen batch (tests/fixtures/extract/heldout42, half of it as code
 * repositories keep notices): a correction that changes one lot's budget and restates the other's,
 * a CSV row naming two winners with their amounts, a Java test's string lines, a JS comment block.
 * One named row each, run through the real extractNotice: each row failed before parser 1.60.0,
 * except those marked (guard), which keep a new rule from overreaching. The names say the general
 * rule, not the fixture; the parties are invented (星河…).
 */
import { expect } from 'vitest';
import { runTrapRows, type TrapRow } from './trap-rows.js';

const rows: TrapRow[] = [
  {
    name: 'a correction that changes one lot\'s budget and restates the other\'s unchanged: the budget is the sum of both as they now stand',
    text: '星河县卫生局设备采购项目更正公告\n发布日期：2013-04-11\n星河县政府采购中心受星河县卫生局委托，现对该项目作如下更正：\n一、第二包预算金额由“人民币捌拾万元整”更正为“人民币玖拾陆万元整”，第一包预算金额不变（人民币壹佰捌拾万元整）；\n二、其他内容不变。\n',
    check: (e) => expect(e.budgetYuan).toBe(2760000),
  },
  {
    name: '(guard) a correction of the one project budget ("预算金额由“50万元”更正为“42万元”") is the figure it becomes',
    text: '星河县卫生局设备采购项目更正公告\n发布日期：2013-04-11\n采购人：星河县卫生局\n一、预算金额由“人民币50万元”更正为“人民币42万元”；\n二、其他内容不变。\n',
    check: (e) => expect(e.budgetYuan).toBe(420000),
  },
];

runTrapRows('heldout42 traps', rows);
