/**
 * Traps found by the thirty-seventh unseen batch (tests/fixtures/extract/heldout37): notices saved in
 * repositories under a crawler's header (front matter, "[title]"/"[publish]" record lines, a `head`
 * listing's "==> path <==" and "----8<----" fence), a JSON record under a comment line, an
 * aggregator's "站名 | 省 > 市 | 日期" line, a losing bidder named after a consortium's award, a
 * correction's table of changed items. One named row each, run through the real extractNotice:
 * each row failed before parser 1.40.0, except those marked (guard), which keep a new rule from
 * overreaching. The names say the general rule, not the fixture; the parties are invented (星河…).
 */
import { expect } from 'vitest';
import { runTrapRows, type TrapRow } from './trap-rows.js';

const body = '一、项目名称：星河县第一中学课桌椅采购项目\n二、采购公告发布日期：2019年3月1日\n三、采购预算：42.00万元\n四、采购人：星河县教育局\n五、采购代理机构：星河招标有限公司\n';

const rows: TrapRow[] = [
  {
    name: 'a YAML front matter over a notice is no title; its publish_date dates the notice',
    text: `---\nsource: example-portal\ncrawl_id: 20190402-0001\npublish_date: 2019-04-01\ntitle: 星河县第一中学课桌椅采购项目询价公告\n---\n\n星河县第一中学课桌椅采购项目询价公告\n\n一、项目名称：星河县第一中学课桌椅采购项目\n预算金额：42.00万元\n采购人：星河县教育局\n`,
    check: (e) => expect([e.title, e.publishedAt]).toEqual(['星河县第一中学课桌椅采购项目询价公告', '2019-04-01']),
  },
  {
    name: 'a crawl record\'s "[publish]" line dates the notice ahead of a date the body quotes (the call\'s 采购公告发布日期)',
    text: `# crawl 2019-04 row 12\n# fetched: 2019-04-12 02:14:51\n[title] 星河县第一中学课桌椅采购项目采购结果公告\n[publish] 2019-04-10\n[district] 星河县\n[content]\n星河县第一中学课桌椅采购项目采购结果公告\n${body}[/content]\n`,
    check: (e) => expect([e.title, e.publishedAt]).toEqual(['星河县第一中学课桌椅采购项目采购结果公告', '2019-04-10']),
  },
  {
    name: 'a `head` listing\'s "==> path <==" line and a fetch header over a "----8<----" fence are no title; the page under them is read as it stands',
    text: '==> data/x/2019-11/zb_0001.txt <==\nURL: (removed)\nCRAWLED: 2019-11-21T03:12:07+08:00\nSTATUS: 200\n----8<----\n星河县教育局课桌椅采购项目中标公告\n2019年11月20日 16:41 来源：\n\n一、项目名称：星河县教育局课桌椅采购项目\n中标供应商：星河家具有限公司\n中标金额：98,000.00元\n采购人：星河县教育局\n',
    check: (e) => expect([e.title, e.publishedAt]).toEqual(['星河县教育局课桌椅采购项目中标公告', '2019-11-20']),
  },
  {
    name: '(guard) a notice whose first line is an English "Note:" line keeps its text (one field is no header)',
    text: 'Note: copied from the portal\n星河县教育局课桌椅采购项目中标公告\n发布日期：2019-11-20\n中标供应商：星河家具有限公司\n中标金额：98,000.00元\n采购人：星河县教育局\n',
    check: (e) => expect(e.publishedAt).toBe('2019-11-20'),
  },
  {
    name: 'a JSON record saved under a "//" comment line is read as the record: its issueTime and title',
    text: '// saved from the crawler\'s raw queue (one record)\n{\n  "id": "x-1",\n  "title": "星河县教育局食材配送服务采购竞争性磋商公告",\n  "issueTime": "2023-07-31 18:05:12",\n  "buyerName": "星河县教育局",\n  "content": "星河县教育局食材配送服务采购竞争性磋商公告\\n一、项目名称：星河县教育局食材配送服务采购\\n二、预算金额：2,380,000.00元\\n三、采购人：星河县教育局\\n"\n}\n',
    check: (e) => expect([e.title, e.publishedAt, e.budgetYuan]).toEqual(['星河县教育局食材配送服务采购竞争性磋商公告', '2023-07-31', 2380000]),
  },
  {
    name: 'an aggregator\'s line under the title in cells ("站名 | 省 > 州 > 市 | 2018-07-20") dates the notice',
    text: '【招标公告】星河县教育局校服采购项目公开招标公告\n某某招标网  |  吉林省 > 延边朝鲜族自治州 > 珲春市  |  2018-07-20\n【招标人】星河县教育局  【预算】216万元\n星河县教育局校服采购项目公开招标公告\n投标截止时间：2018年8月10日上午9:00\n',
    check: (e) => expect(e.publishedAt).toBe('2018-07-20'),
  },
  {
    name: '(guard) a cell line with a deadline beside its date ("截止 | 2018-08-10") does not date the notice',
    text: '星河县教育局校服采购项目公开招标公告\n报名截止  |  吉林省 > 延边朝鲜族自治州 > 珲春市  |  2018-08-10\n采购人：星河县教育局\n',
    check: (e) => expect(e.publishedAt).not.toBe('2018-08-10'),
  },
  {
    name: 'a losing bidder named after the award ("未中标供应商：X，投标报价…") is no winner: the table\'s consortium is',
    text: '星河县教育局食材配送服务项目中标（成交）结果公告\n发布日期：2025-08-19\n三、中标（成交）信息\n序号 | 供应商名称 | 供应商地址 | 中标（成交）金额\n1 | 星河农产品供应链有限公司（联合体牵头人）、星河绿源农业开发有限公司（联合体成员） | 星河县南塘街68号 | ￥3,268,400.00\n四、其他补充事宜\n1、本项目预算金额：330万元。\n2、未中标供应商：星河丰源商贸有限公司，投标报价￥3,279,000.00，排名第二。\n采购人：星河县教育局\n',
    check: (e) => expect(e.lots.map((l) => [l.vendor, l.amountYuan])).toEqual([['星河农产品供应链有限公司；星河绿源农业开发有限公司', 3268400]]),
  },
  {
    name: 'a correction\'s table of changed items ("预算金额 | 96万元 | 88万元") sets the budget to the 更正后 figure',
    text: '星河县水务局视频监控运行维护服务项目更正公告\n更正日期：2024年05月20日\n序号 | 更正项 | 更正前内容 | 更正后内容\n1 | 预算金额 | 96.000000万元（人民币） | 88.000000万元（人民币）\n2 | 最高限价 | 96.000000万元（人民币） | 87.500000万元（人民币）\n采购人：星河县水务局\n',
    check: (e) => expect([e.kind, e.budgetYuan, e.ceilingYuan]).toEqual(['correction', 880000, 875000]),
  },
  {
    name: '(guard) a correction that changes only a deadline keeps the budget its field states',
    text: '星河县水务局视频监控运行维护服务项目更正公告\n更正日期：2024年05月20日\n预算金额：96万元\n序号 | 更正项 | 更正前内容 | 更正后内容\n1 | 投标截止时间 | 2024年5月28日 | 2024年6月4日\n采购人：星河县水务局\n',
    check: (e) => expect(e.budgetYuan).toBe(960000),
  },
];

runTrapRows('heldout37 traps', rows);
