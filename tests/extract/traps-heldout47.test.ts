/**
 * Traps found by the forty-seventh unseen batch (tests/fixtures/extract/heldout47): a county named
 * as it was before a renaming after 2016 whose past name GB/T 2260's lists carry under two codes
 * (its prefecture was re-coded first). One named row each, run through the real extractNotice:
 * each row failed before parser 1.45.0. The parties are invented; the places are real.
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
];

runTrapRows('traps from heldout47 (a past county re-coded with its prefecture)', rows);
