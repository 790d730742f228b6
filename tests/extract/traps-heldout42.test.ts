/**
 * Traps found by the forty-second unseen batch (tests/fixtures/extract/heldout42, half of it as code
 * repositories keep notices): a correction that changes one lot's budget and restates the other's,
 * a CSV row naming two winners with their amounts, a Java test's string lines, a JS comment block.
 * One named row each, run through the real extractNotice: each row failed before parser 1.44.0,
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
  {
    name: 'a notice kept in code as a string built one literal a line ("…\\n" + "…\\n"): the quotes, + and escapes are no part of any value, and the comment above it is no title',
    text: 'package cn.example.parser;\n\n/**\n * 终止公告的回归用例：正文出现“直播”，但本项目是设备采购。\n */\nclass NoticeTest {\n    private static final String NOTICE =\n        "星河县文化广电和旅游局景区摄像设备采购项目终止公告\\n"\n      + "发布日期：2022-07-08\\n"\n      + "\\n"\n      + "一、项目终止的原因：供应商不足三家，"\n      + "本项目予以终止。\\n"\n      + "1.采购人信息\\n"\n      + "名 称：星河县文化广电和旅游局\\n"\n      + "2.采购代理机构信息\\n"\n      + "名 称：星河工程咨询有限公司\\n";\n\n    @Test\n    void noAward() { assertTrue(true); }\n}\n',
    check: (e) => {
      expect([e.title, e.buyer, e.agency, e.publishedAt]).toEqual(['星河县文化广电和旅游局景区摄像设备采购项目终止公告', '星河县文化广电和旅游局', '星河工程咨询有限公司', '2022-07-08']);
    },
  },
  {
    name: 'a notice pasted into a block comment of code (" * " on every line): the stars are no part of the title or the labels',
    text: '// src/sites/example.js\nconst cheerio = require(\'cheerio\');\n\n/*\n * TODO: 下面这段是调试时从页面复制下来的正文。\n *\n * 星河市城市管理局视频分析平台建设项目公开招标公告\n * 发布日期：2019-12-05\n *\n * 项目名称：星河市城市管理局视频分析平台建设项目\n * 采购单位：星河市城市管理局\n * 采购预算：180万元\n */\nmodule.exports = {};\n',
    check: (e) => expect([e.title, e.buyer, e.budgetYuan]).toEqual(['星河市城市管理局视频分析平台建设项目公开招标公告', '星河市城市管理局', 1800000]),
  },
  {
    name: '(guard) a notice with two quoted lines of its own ("…" on a line) reads them as written',
    text: '星河县文化馆宣传片拍摄项目中标公告\n发布时间：2024-01-02\n"星河故事"\n"星河印象"\n中标供应商：星河影视传媒有限公司\n中标金额：98,000.00元\n采购人：星河县文化馆\n',
    check: (e) => expect([e.title, e.buyer, e.lots.map((l) => [l.vendor, l.amountYuan])]).toEqual(['星河县文化馆宣传片拍摄项目中标公告', '星河县文化馆', [['星河影视传媒有限公司', 98000]]]),
  },
  {
    name: 'a CSV export whose body column is not the last ("…,content,detail_url") is read as its record: the date from pub_time, the winners from the body',
    text: 'id,title,notice_type,pub_time,region,buyer,win_amount,content,detail_url\n17,"星河县农业农村局农机采购项目中标公告",中标公告,2018-10-16 09:20:00,星河市,星河县农业农村局,,"星河县农业农村局农机采购项目中标公告\n\n一、项目名称：星河县农业农村局农机采购项目\n二、中标情况：\n包号 | 中标人 | 中标金额\n包1 | 星河金穗农机销售有限公司 | ¥553200.00\n包2 | 星河天翼农业航空科技有限公司 | ¥864000.00\n三、采购人：星河县农业农村局\n' + 'X'.repeat(300) + '",http://example.invalid/notice/17\n',
    check: (e) => {
      expect([e.publishedAt, e.buyer]).toEqual(['2018-10-16', '星河县农业农村局']);
      expect(e.lots.map((l) => [l.vendor, l.amountYuan])).toEqual([['星河金穗农机销售有限公司', 553200], ['星河天翼农业航空科技有限公司', 864000]]);
    },
  },
  {
    name: 'a result table written as comma-separated lines ("包号,中标人,中标金额,交货期") gives each lot its winner and amount',
    text: '星河县农业农村局农机采购项目中标公告\n发布日期：2018-10-16\n一、采购人：星河县农业农村局\n二、中标情况：\n包号,中标人,中标金额,交货期\n包1,星河金穗农机销售有限公司,伍拾伍万叁仟贰佰元整（¥553200.00）,合同签订后15日\n包2,星河天翼农业航空科技有限公司,捌拾陆万肆仟元整（¥864000.00）,合同签订后30日\n三、公告期限：1个工作日\n',
    check: (e) => expect(e.lots.map((l) => [l.lot, l.vendor, l.amountYuan])).toEqual([['包1', '星河金穗农机销售有限公司', 553200], ['包2', '星河天翼农业航空科技有限公司', 864000]]),
  },
  {
    name: '(guard) a comma-separated row whose amount is written with thousands commas has more cells than its header: it is no table row, and no part of the figure is an amount',
    text: '星河县农业农村局农机采购项目中标公告\n发布日期：2018-10-16\n一、采购人：星河县农业农村局\n二、中标情况：\n包号,中标人,中标金额\n包1,星河金穗农机销售有限公司,553,200.00\n',
    check: (e) => expect(e.lots.filter((l) => l.amountYuan === 553 || l.amountYuan === 200)).toEqual([]),
  },
  {
    name: '(guard) a notice kept as an array of lines ("…", one a line, no \\n escapes) is read one literal a line, not as one run-on sentence',
    text: 'const LINES = [\n  "星河县文化旅游局宣传片拍摄项目中标公告",\n  "发布日期：2024-01-02",\n  "采购人：星河县文化旅游局",\n  "中标供应商：星河影视传媒有限公司",\n  "中标金额：98,000.00元",\n];\n',
    check: (e) => {
      expect([e.title, e.publishedAt, e.buyer]).toEqual(['星河县文化旅游局宣传片拍摄项目中标公告', '2024-01-02', '星河县文化旅游局']);
      expect(e.lots.map((l) => [l.vendor, l.amountYuan])).toEqual([['星河影视传媒有限公司', 98000]]);
    },
  },
];

runTrapRows('heldout42 traps', rows);
