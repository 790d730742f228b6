/**
 * Traps found by the thirteenth unseen batch (tests/fixtures/extract/heldout13): 政府购买服务
 * notices in their own words (购买主体 / 承接主体 / 购买服务金额), 群团 and party organs as
 * buyers, persons with two-character surnames, town buyers and joint buys of two counties; and
 * step 0 of that task, the statistics bureau's xx7x zone codes, which are no GB/T 2260 codes.
 * One named row each, run through the real extractNotice: each row failed before parser 1.14.0,
 * except those marked (guard), which keep a new rule from overreaching. The names say the
 * general rule, not the fixture; the parties are invented (星河…).
 */
import { createRequire } from 'node:module';
import { expect } from 'vitest';
import { isZoneCode, placeFrom, placeFromCode } from '../../scrapers/extract/locality.js';
import { award, runTrapRows, type TrapRow } from './trap-rows.js';

const divisions = createRequire(import.meta.url)('../../scrapers/extract/data/divisions.json') as { areas: [string, string][] };

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
    name: 'no division name or code of the data resolves to an xx7x code (every zone name and code lands at a GB/T 2260 division)',
    check: () => {
      const bad: string[] = [];
      for (const [code, name] of divisions.areas) {
        for (const p of [placeFromCode(code), placeFrom(name)]) if (p?.code && isZoneCode(p.code)) bad.push(`${code} ${name} -> ${p.code}`);
      }
      expect(bad).toEqual([]);
      expect(divisions.areas.filter(([c]) => isZoneCode(c)).length).toBeGreaterThan(100);
    },
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
  // 政府购买服务 in its own words
  {
    name: 'a 承接主体确定公告 is an award: 购买主体 the buyer, 承接主体名称 the vendor, 购买服务金额 the amount, 购买服务预算 the budget',
    text: '星河县委宣传部政务新媒体运营政府购买服务项目承接主体确定公告\n发布时间：2025-07-16\n购买服务目录：C0801 政务信息宣传服务\n购买服务预算：人民币30.00万元\n购买主体\n名称：中共星河县委宣传部\n承接主体名称：星河光影文化传媒有限公司\n承接主体地址：星河县人民路56号\n购买服务金额：人民币贰拾捌万陆仟元整（¥286,000.00）\n',
    check: (e) => expect(e).toMatchObject({ kind: 'award', buyer: '中共星河县委宣传部', budgetYuan: 300000, lots: [{ vendor: '星河光影文化传媒有限公司', amountYuan: 286000 }] }),
  },
  {
    name: 'a 政府购买服务 contract names 购买主体（甲方） and 承接主体（乙方）',
    text: '星河县政府购买服务合同公告\n公告日期：2025年05月20日\n购买主体（甲方）：星河县妇女联合会\n承接主体（乙方）：星河县巾帼社会工作服务中心\n承接主体性质：社会组织（民办非企业单位）\n购买服务内容：普法短视频拍摄制作12部\n合同金额：¥96,000.00\n',
    check: (e) => expect(e).toMatchObject({ kind: 'contract', buyer: '星河县妇女联合会', lots: [{ vendor: '星河县巾帼社会工作服务中心', amountYuan: 96000 }] }),
  },
  {
    name: 'a 承接主体公示 awards; a note on what the 承接主体 is（公益性社会组织）is not part of its name',
    text: '共青团星河县委员会青少年短视频制作政府购买服务项目承接主体公示\n购买主体：共青团星河县委员会\n承接主体：星河县青年志愿者协会（公益性社会组织）\n购买服务金额：人民币伍万捌仟元整\n共青团星河县委员会\n2025年8月25日\n',
    check: (e) => expect(e).toMatchObject({ kind: 'award', lots: [{ vendor: '星河县青年志愿者协会', amountYuan: 58000 }] }),
  },
  {
    name: 'a 政府购买服务项目信息公开（实施前） is an intention with its budget',
    text: '星河县总工会2025年政府购买服务项目信息公开（实施前）\n发布日期：2025年03月04日\n购买主体：星河县总工会\n购买服务内容：运营“星河工会”抖音号、视频号，制作短视频60条\n购买服务预算金额：18万元\n承接主体确定方式：竞争性磋商\n',
    check: (e) => expect(e).toMatchObject({ kind: 'intention', buyer: '星河县总工会', budgetYuan: 180000, lots: [] }),
  },
  {
    name: '"确定X为本项目服务提供方": a person with a two-character surname chosen under another word than 供应商',
    text: award('星河镇短视频账号运营服务采购结果公示', '采购单位：星河县星河镇人民政府\n比选结果：确定诸葛文杰为本项目服务提供方\n成交金额：叁万陆仟元整（36000元）'),
    check: (e) => expect(e.lots).toMatchObject([{ vendor: '诸葛文杰', amountYuan: 36000 }]),
  },
  {
    name: '(guard) a 磋商公告 for 潜在承接主体 with 承接主体的资格要求 names no vendor and stays a tender',
    text: '星河县科学技术协会科普短视频制作政府购买服务项目竞争性磋商公告\n发布日期：2025年06月17日\n潜在承接主体应在星河县公共资源交易中心网站获取磋商文件。\n购买主体：星河县科学技术协会\n购买服务预算：120000元\n承接主体资格条件：具有独立法人资格\n二、承接主体的资格要求\n',
    check: (e) => expect(e).toMatchObject({ kind: 'tender', buyer: '星河县科学技术协会', budgetYuan: 120000, lots: [] }),
  },
  {
    name: '(guard) a 承接主体征集公告 calls for 承接主体: a tender, not an award',
    text: '星河县妇联政府购买服务项目承接主体征集公告\n发布日期：2025年06月17日\n购买主体：星河县妇女联合会\n购买服务预算：6.5万元\n',
    check: (e) => expect(e).toMatchObject({ kind: 'tender', lots: [] }),
  },
  // town buyers and joint buys
  {
    name: 'a town buyer named without its county is placed where the 落款 writes its name after the county',
    text: '星河镇脐橙直播带货服务项目成交结果公示\n采购人：横水镇人民政府\n成交供应商：星河光影电子商务有限公司\n成交金额：人民币42000元\n\n崇义县横水镇人民政府\n2025年11月20日\n',
    check: (e) => expect([e.province, e.city, e.county, e.divisionCode]).toEqual(['江西省', '赣州市', '崇义县', '360725']),
  },
  {
    name: 'a town party committee (中共横水镇委员会) is placed where the 落款 writes it under its county (中共崇义县横水镇委员会)',
    text: award('横水镇“红色横水”短视频拍摄制作服务成交公示', '采购人：中共横水镇委员会\n联系人：镇党委宣传委员 郭明\n成交供应商：星河光影文化传媒有限公司\n成交金额：人民币36000元\n\n中共崇义县横水镇委员会\n2025年5月8日'),
    check: (e) => expect([e.buyer, e.county, e.divisionCode]).toEqual(['中共横水镇委员会', '崇义县', '360725']),
  },
  {
    name: '(guard) a division elsewhere in the text, not written onto the buyer\'s name, does not place a town buyer in a county',
    text: '星河镇短视频拍摄制作服务项目成交公告\n采购人：横水镇人民政府\n成交供应商：崇义县星河光影文化传媒有限公司\n成交金额：人民币42000元\n',
    check: (e) => expect(e.county).toBeNull(),
  },
  {
    name: 'a joint buy of two counties (采购人1 / 采购人2) is placed at the city they share, not the first county',
    text: '龙胜各族自治县 资源县 文旅联合宣传片拍摄制作项目成交结果公告\n发布时间：2025年07月30日\n成交供应商：星河光影影视传媒有限公司\n成交金额：¥380,000.00\n采购人1：龙胜各族自治县文化广电体育和旅游局\n地址：龙胜各族自治县龙胜镇桂角路27号\n采购人2：资源县文化广电体育和旅游局\n地址：资源县资源镇城北路8号\n',
    check: (e) => expect([e.buyer, e.city, e.county, e.divisionCode]).toEqual(['龙胜各族自治县文化广电体育和旅游局；资源县文化广电体育和旅游局', '桂林市', null, '450300']),
  },
  {
    name: 'two buyers of two counties on one 采购人 line with 、 are placed at their city',
    text: award('文旅短视频账号联合运营服务项目中标结果公告', '采购人：剑阁县文化广播电视和旅游局、广元市昭化区文化广播电视和旅游局\n中标供应商：星河光影文化传播有限公司\n中标金额：¥420,000.00元'),
    check: (e) => expect([e.province, e.city, e.county, e.divisionCode]).toEqual(['四川省', '广元市', null, '510800']),
  },
  {
    name: '(guard) two buyers in the same county stay at that county',
    text: award('短视频制作服务联合采购项目成交公告', '采购人：剑阁县文化广播电视和旅游局、剑阁县融媒体中心\n成交供应商：星河光影文化传播有限公司\n成交金额：¥120,000.00元'),
    check: (e) => expect([e.city, e.county, e.divisionCode]).toEqual(['广元市', '剑阁县', '510823']),
  },
  // part 2 (y29–y40)
  {
    name: 'a 承接主体 table (序号 | 购买服务项目 | 承接主体 | 购买服务金额（万元）) gives one lot a row, in 万元',
    text: '星河县民政局政府购买社会服务项目承接主体确定结果公告\n发布时间：2025-09-19\n序号 | 购买服务项目 | 承接主体 | 购买服务金额（万元）\n1 | 养老政策宣传短视频拍摄制作 | 星河县汉水社会工作服务中心 | 4.8\n2 | 困难群众走访慰问服务 | 星河县阳光志愿者协会 | 12.6\n购买主体：星河县民政局\n',
    check: (e) => expect(e.lots.map((l) => [l.vendor, l.amountYuan])).toEqual([['星河县汉水社会工作服务中心', 48000], ['星河县阳光志愿者协会', 126000]]),
  },
  {
    name: 'a registered name ending in its legal form（个人独资） is the vendor as written',
    text: '星河县政府购买服务合同公示\n购买方（甲方）：星河县科学技术协会\n承接方（乙方）：星河县梓州影像传媒工作室（个人独资）\n合同金额：人民币伍万伍仟元整（¥55,000.00）\n公示日期：2025年6月30日\n',
    check: (e) => expect(e).toMatchObject({ kind: 'contract', buyer: '星河县科学技术协会', lots: [{ vendor: '星河县梓州影像传媒工作室（个人独资）', amountYuan: 55000 }] }),
  },
];

runTrapRows('thirteenth held-out batch traps (parser 1.14.0)', rows);
