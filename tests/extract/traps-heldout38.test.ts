/**
 * Traps found by the thirty-eighth unseen batch (tests/fixtures/extract/heldout38, whole portal
 * pages): a two-lot budget written in one sentence with bare lot numerals ("一标段130万元，二标段95万元")
 * or 政采云's 标项 labels, a public short-video contest, a GBK page's section heading over the
 * notice. One named row each, run through the real extractNotice: each row failed before parser
 * 1.60.0, except those marked (guard), which keep a new rule from overreaching. The names say the
 * general rule, not the fixture; the parties are invented (星河…).
 */
import { expect } from 'vitest';
import { runTrapRows, type TrapRow } from './trap-rows.js';

const rows: TrapRow[] = [
  {
    name: 'a budget listed per lot with bare numerals before 标段 ("一标段130万元，二标段95万元") is the sum of the lots\'',
    text: '星河市文化广电和旅游局宣传片拍摄制作项目中标结果公告\n信息时间：2019-09-26\n一、项目名称：星河市文化广电和旅游局宣传片拍摄制作项目\n二、本项目预算金额：一标段130万元，二标段95万元。中标服务费一标段16,290元，二标段12,845元。\n三、采购人：星河市文化广电和旅游局\n',
    check: (e) => expect(e.budgetYuan).toBe(2250000),
  },
  {
    name: 'a budget listed per 标项 ("预算金额：标项1 46万元；标项2 62万元") is the sum of the lots\'',
    text: '星河县教育体育局食堂设备采购项目成交结果公告\n发布时间：2022-09-08\n采购人：星河县教育体育局\n预算金额：标项1 46万元；标项2 62万元。采购方式：询价。\n',
    check: (e) => expect(e.budgetYuan).toBe(1080000),
  },
  {
    name: '(guard) a project budget before its per-lot parts ("预算金额：225万元（一标段130万元，二标段95万元）") is the project\'s, never re-added',
    text: '星河市文化广电和旅游局宣传片拍摄制作项目招标公告\n发布时间：2019-09-01\n采购人：星河市文化广电和旅游局\n预算金额：225万元（一标段130万元，二标段95万元）\n',
    check: (e) => expect(e.budgetYuan).toBe(2250000),
  },
];

runTrapRows('heldout38 traps', rows);
