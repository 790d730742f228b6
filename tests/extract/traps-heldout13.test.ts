/**
 * Traps found by the thirteenth unseen batch (tests/fixtures/extract/heldout13): 政府购买服务
 * notices in their own words (购买主体 / 承接主体 / 购买服务金额), 群团 and party organs as
 * buyers, persons with two-character surnames, town buyers and joint buys of two counties; and
 * step 0 of that task, the statistics bureau's xx7x zone codes, which are no GB/T 2260 codes.
 * One named row each, run through the real extractNotice: each row failed before parser 1.14.0,
 * except those marked (guard), which keep a new rule from overreaching. The names say the
 * general rule, not the fixture; the parties are invented (星河…).
 */
import { expect } from 'vitest';
import { award, runTrapRows, type TrapRow } from './trap-rows.js';

const rows: TrapRow[] = [
  // step 0: functional zones coded xx7x by the statistics bureau are placed at their city
  {
    name: 'a national new area the statistics bureau codes xx7x (兰州新区 620171) is placed at its city, never at that code',
    text: award('兰州新区融媒体中心账号代运营服务项目成交公告', '采购人：兰州新区融媒体中心\n地址：甘肃省兰州新区纬六路\n成交供应商：星河光影文化传媒有限公司\n成交金额：26.5万元'),
    check: (e) => expect([e.province, e.city, e.county, e.divisionCode]).toEqual(['甘肃省', '兰州市', null, '620100']),
  },
  {
    name: 'an industrial park coded xx7x (苏州工业园区 320576) is placed at its city',
    text: award('苏州工业园区党工委宣传部新媒体运营服务项目中标公告', '采购人：苏州工业园区党工委宣传部\n地址：苏州工业园区现代大道999号\n中标供应商：星河光影文化传媒有限公司\n中标金额：60万元'),
    check: (e) => expect([e.province, e.city, e.county, e.divisionCode]).toEqual(['江苏省', '苏州市', null, '320500']),
  },
  {
    name: 'a region field giving an xx7x code (340176) places the buyer at the code\'s city',
    text: award('星河短视频拍摄制作服务项目成交公告', '行政区域：340176\n采购人：星河科创服务中心\n成交供应商：星河光影文化传媒有限公司\n成交金额：10万元'),
    check: (e) => expect([e.province, e.city, e.county, e.divisionCode]).toEqual(['安徽省', '合肥市', null, '340100']),
  },
  {
    name: '(guard) a real district called 新区 (上海市浦东新区 310115) keeps its GB/T 2260 code',
    text: award('上海市浦东新区文化体育和旅游局短视频制作服务项目成交公告', '采购人：上海市浦东新区文化体育和旅游局\n成交供应商：星河光影文化传媒有限公司\n成交金额：30万元'),
    check: (e) => expect([e.city, e.county, e.divisionCode]).toEqual(['上海市', '浦东新区', '310115']),
  },
  {
    name: '(guard) 天津市滨海新区 (120116) keeps its district code',
    text: award('天津市滨海新区融媒体中心短视频制作服务项目成交公告', '采购人：天津市滨海新区融媒体中心\n成交供应商：星河光影文化传媒有限公司\n成交金额：30万元'),
    check: (e) => expect([e.city, e.county, e.divisionCode]).toEqual(['天津市', '滨海新区', '120116']),
  },
];

runTrapRows('thirteenth held-out batch traps (parser 1.14.0)', rows);
