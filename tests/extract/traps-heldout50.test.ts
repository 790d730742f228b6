/**
 * Traps found by the fiftieth unseen batch (tests/fixtures/extract/heldout50): an aggregator's
 * "查看详情" link standing in the winner's field, a consortium whose lead member is tagged
 * （联合体主体）, an aggregator's masthead line and a module docstring read as titles. One named row each, run through the real extractNotice: each row failed before
 * parser 1.49.0, except those marked (guard), which
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
  {
    name: 'an aggregator\'s masthead (site name, a dash, channel and place in wide-gapped columns) is no title: the notice\'s heading below is',
    text: '星河标讯网 — 中国星河采购网   招标公告   山东  星河\n\n星河县教育局食堂设备采购项目招标公告\n\n【发布时间】2024-07-22  【地区】山东省 星河县\n采购人：星河县教育局\n',
    check: (e) => expect(e.title).toBe('星河县教育局食堂设备采购项目招标公告'),
  },
  {
    name: '(guard) a site\'s name, a dash and then the notice\'s own title that ends as a notice stays the title\'s line',
    text: '星河标讯网 — 星河县教育局食堂设备采购项目招标公告\n发布时间：2024-07-22\n采购人：星河县教育局\n',
    check: (e) => expect(e.title).toContain('星河县教育局食堂设备采购项目招标公告'),
  },
  {
    name: 'a module docstring naming its source file ("\\"\\"\\"xinghe_ccgp.py — X网 结果公告 fetcher\\"\\"\\"") is the code\'s, not the title: the pasted notice\'s heading is',
    text: '"""xinghe_ccgp.py — 星河省政府采购网 结果公告 fetcher"""\nimport requests\n\n\ndef fetch(path):\n    return requests.get(path).text\n\n\n# 2025-04 页面改版前的正文样例，留着对比新旧结构\n# ------------------------------------------------\n# 星河县教育局录播教室建设项目中标（成交）结果公告\n# 一、项目编号：XH-2025-014\n# 二、中标供应商：星河教育装备有限公司\n# 三、中标金额：1,473,800.00元\n',
    check: (e) => expect(e.title).toBe('星河县教育局录播教室建设项目中标（成交）结果公告'),
  },
];

runTrapRows('heldout50 traps', rows);
