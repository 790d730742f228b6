/**
 * Traps found by the forty-seventh unseen batch (tests/fixtures/extract/heldout47): a county named
 * as it was before a renaming after 2016 whose past name GB/T 2260's lists carry under two codes
 * (its prefecture was re-coded first); a correction's list item giving the budget's old and new
 * figures. One named row each, run through the real extractNotice: each row failed before parser
 * 1.45.0 (the places) or 1.46.0 (the budget), except those marked (guard). The parties are invented; the places are real.
 */
import { expect } from 'vitest';
import { runTrapRows, type TrapRow } from './trap-rows.js';

const rows: TrapRow[] = [
  {
    name: 'a past county listed under two codes of one province (米林县: 林芝地区 until 2014, 林芝市 until 2016) is placed by its latest code, and counted under today\'s 米林市',
    text: '米林县农业农村局2020年农牧民电商技能培训项目竞争性谈判公告\n发布时间：2020-08-11\n采购人：米林县农业农村局\n预算金额：28万元',
    check: (e) => {
      expect([e.province, e.city, e.county, e.divisionCode]).toEqual(['西藏自治区', '林芝市', '米林县', '540422']);
      expect(e.placeToday?.divisionCode).toBe('540481');
    },
  },
  {
    name: 'the same for a county re-coded with its prefecture before it became a city (无为县 of 巢湖 until 2010, of 芜湖 until 2016, 无为市 since 2019)',
    text: '无为县星河农业农村局2019年高标准农田建设监理服务项目竞争性磋商公告\n发布时间：2019-05-06\n采购人：无为县星河农业农村局\n预算金额：36万元',
    check: (e) => {
      expect([e.province, e.city, e.county, e.divisionCode]).toEqual(['安徽省', '芜湖市', '无为县', '340225']);
      expect(e.placeToday?.divisionCode).toBe('340281');
    },
  },
  {
    name: 'a correction\'s item "预算金额：原为“X”，现更正为“Y”" sets the budget to Y, not the original X',
    text: '星河县融媒体中心新媒体账号代运营服务项目更正公告\n发布时间：2025-07-08\n二、更正信息\n更正内容：\n1.预算金额：原为“400000.00元（肆拾万元整）”，现更正为“480000.00元（肆拾捌万元整）”；\n2.响应文件提交截止时间：原为2025年07月10日09:30，现更正为2025年07月18日09:30。\n采购人：星河县融媒体中心',
    check: (e) => expect(e.budgetYuan).toBe(480000),
  },
  {
    name: '(guard) a correction that quotes only the original budget ("原预算金额：80万元") and changes something else keeps that figure',
    text: '星河县教育局校服采购项目更正公告\n发布时间：2025-07-08\n原预算金额：80万元\n更正内容：开标时间更正为2025年07月18日09:30。\n采购人：星河县教育局',
    check: (e) => expect(e.budgetYuan).toBe(800000),
  },
];

runTrapRows('traps from heldout47 (a past county re-coded with its prefecture)', rows);
