/**
 * Traps found by the fiftieth unseen batch (tests/fixtures/extract/heldout50): an aggregator's
 * "查看详情" link standing in the winner's field, a consortium whose lead member is tagged
 * （联合体主体）. One named row each, run through the real extractNotice: each row failed before
 * parser 1.70.0 (a placeholder the lead renumbers at merge), except those marked (guard), which
 * keep a new rule from overreaching. The names say the general rule, not the fixture; the parties
 * are invented (星河…).
 */
import { expect } from 'vitest';
import { award, runTrapRows, type TrapRow } from './trap-rows.js';

const rows: TrapRow[] = [
  {
    name: 'a link\'s caption in the winner\'s field ("中标单位：查看详情") is no vendor: the result table\'s unit-priced lots are read',
    text: award(
      '星河县教育局学生奶采购项目成交结果公告',
      '采购人：星河县教育局　　中标单位：查看详情　　中标金额：详见正文\n一、项目名称：星河县教育局学生奶采购项目\n二、中标（成交）信息\n标项 | 中标（成交）金额 | 中标供应商名称 | 中标供应商地址\n标项一（东片学校） | 单价：2.40元/盒 | 星河乳业配送有限公司 | 星河县工业园区1号\n标项二（西片学校） | 单价：2.35元/盒 | 星河牧场乳品有限公司 | 星河县牧场路2号\n',
    ),
    check: (e) => {
      expect(e.lots.map((l) => l.vendor)).toEqual(['星河乳业配送有限公司', '星河牧场乳品有限公司']);
      expect(e.lots.every((l) => l.amountYuan === null)).toBe(true);
    },
  },
  {
    name: 'a link\'s caption alone ("成交供应商：查看全文") names nobody, though 查 starts a surname: no vendor rather than a wrong one',
    text: award('星河县文化馆宣传片拍摄项目成交公告', '采购人：星河县文化馆\n成交供应商：查看全文\n成交金额：98,000.00元\n'),
    check: (e) => expect(e.lots.every((l) => l.vendor === null)).toBe(true),
  },
  {
    name: '(guard) a person whose surname is 查 ("成交供应商：查文博") stays the vendor',
    text: award('星河县文化馆宣传片拍摄项目成交公告', '采购人：星河县文化馆\n成交供应商：查文博\n成交金额：98,000.00元\n'),
    check: (e) => expect(e.lots.map((l) => [l.vendor, l.amountYuan])).toEqual([['查文博', 98000]]),
  },
  {
    name: 'a consortium whose lead member is tagged （联合体主体） is one winner of both members, the tags dropped',
    text: award(
      '星河县住房和城乡建设局供热管网改造工程中标公告',
      '五、中标人：星河市政工程有限责任公司（联合体主体）、星河热力设计研究院有限公司（联合体成员）\n六、中标价：人民币叁佰贰拾万元整（¥3,200,000.00）\n采购人：星河县住房和城乡建设局\n',
    ),
    check: (e) => expect(e.lots.map((l) => [l.vendor, l.amountYuan])).toEqual([['星河市政工程有限责任公司；星河热力设计研究院有限公司', 3200000]]),
  },
];

runTrapRows('heldout50 traps', rows);
