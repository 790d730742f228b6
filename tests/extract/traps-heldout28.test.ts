/**
 * Traps found by the twenty-eighth unseen batch (tests/fixtures/extract/heldout28): the corpus's
 * own source shapes and code repositories' strings. One named row each, run through the real
 * extractNotice: each row failed before parser 1.35.0, except those marked (guard), which keep a
 * new rule from overreaching. The names say the general rule, not the fixture; the parties are
 * invented (星河…).
 */
import { expect } from 'vitest';
import { runTrapRows, type TrapRow } from './trap-rows.js';

const LOT_TABLE = '星河县人民医院2019年度保洁及后勤服务项目公开招标公告\n发布时间：2019-03-26\n一、项目名称：星河县人民医院2019年度保洁及后勤服务项目\n二、项目编号：XHZC-2019-GK-0012\n三、项目概况 标段信息 标段编号 标段名称 采购方式 预算金额(元) XHZC-2019-GK-0012-01 第一标段：院区保洁服务 公开招标 1,280,000.00 XHZC-2019-GK-0012-02 第二标段：医疗辅助运送服务 公开招标 860,000.00 服务期限：两年。\n四、投标人资格要求 投标人注册资金不低于300万元。\n九、联系方式 采购人：星河县人民医院 代理机构：星河中南工程咨询有限公司';

const rows: TrapRow[] = [
  {
    name: 'a year inside a project or lot code ("XHZC-2019-GK-0012-01") is part of the code, never the budget; a flattened 标段 table under "预算金额(元)" sums its rows',
    text: LOT_TABLE,
    check: (e) => expect([e.kind, e.budgetYuan]).toEqual(['tender', 2140000]),
  },
  {
    name: '(guard) a single flattened row under "预算金额(元)" still gives its own figure',
    text: LOT_TABLE.replace(/ XHZC-2019-GK-0012-02 第二标段：医疗辅助运送服务 公开招标 860,000.00/, ''),
    check: (e) => expect(e.budgetYuan).toBe(1280000),
  },
  {
    name: '(guard) a code\'s digits never become a budget even with no other figure in the value',
    text: '星河县文化馆设备采购项目招标公告\n发布时间：2019-05-06\n项目编号：XHCG-2019-015\n预算金额：XHCG-2019-015（详见招标文件）\n采购人：星河县文化馆',
    check: (e) => expect(e.budgetYuan).toBeNull(),
  },
  {
    name: 'a notice kept as a commented-out block ("# " on every line) reads as the notice: title, ranked winner by its footnote, signature date',
    text: ['星河县旅游形象宣传片拍摄制作项目竞争性磋商成交公告', '', '星河县文化旅游局（采购人）的星河县旅游形象宣传片拍摄制作项目竞争性磋商项目评审结束，现将成交结果公告如下：', '一、项目名称：星河县旅游形象宣传片拍摄制作项目', '三、成交候选人及报价', '排名 | 成交候选人名称 | 最终报价（元） | 得分', '1 | 星河影视文化传播有限公司 | 376500.00 | 91.40', '2 | 星河映画传媒有限公司 | 381000.00 | 86.75', '注：排名第一的成交候选人为成交供应商。', '五、采购预算：人民币38万元', '八、联系方式', '采购人：星河县文化旅游局', '采购代理机构：星河正衡招标代理有限公司', '2017年 8 月 14 日'].map((l) => `# ${l}`.trimEnd()).join('\n'),
    check: (e) => {
      expect([e.title, e.publishedAt, e.buyer]).toEqual(['星河县旅游形象宣传片拍摄制作项目竞争性磋商成交公告', '2017-08-14', '星河县文化旅游局']);
      expect(e.lots.map((l) => [l.vendor, l.amountYuan])).toEqual([['星河影视文化传播有限公司', 376500]]);
    },
  },
  {
    name: '(guard) a Markdown text with "# " headings keeps its lines as written',
    text: '# 星河县文化馆宣传片拍摄项目成交公告\n发布日期：2017-08-14\n# 一、成交信息\n成交供应商：星河影视文化传播有限公司\n成交金额：376500.00元\n采购人：星河县文化馆',
    check: (e) => expect([e.publishedAt, e.lots[0]?.amountYuan]).toEqual(['2017-08-14', 376500]),
  },
  {
    name: 'a scraper\'s CSV row under its header ("标题 | 发布日期 | …") dates the notice by the row\'s 发布日期 cell',
    text: '标题 | 发布日期 | 地区 | 采购单位 | 中标单位 | 中标金额 | 公告类型 | 正文\n星河县融媒体中心新媒体矩阵运营服务项目成交公告 | 2020-09-24 | 广西-柳州 | 星河县融媒体中心 | 星河云视文化传媒有限公司 | 49.6万元 | 成交公告 | "一、项目名称：星河县融媒体中心新媒体矩阵运营服务项目\n二、成交信息\n供应商名称：星河云视文化传媒有限公司\n成交金额：496000.00元"',
    check: (e) => expect(e.publishedAt).toBe('2020-09-24'),
  },
  {
    name: '(guard) a header row whose date column holds no date in the first row dates nothing from it',
    text: '标题 | 发布日期 | 正文\n星河县融媒体中心新媒体运营服务项目成交公告 | 见正文 | "成交供应商：星河云视文化传媒有限公司 成交金额：496000.00元"',
    check: (e) => expect(e.publishedAt).toBeNull(),
  },
  {
    name: 'a kind-only heading ("中标（成交）结果公告") over a record that names its notice in a 公告名称 field: the field is the title',
    text: '中标（成交）结果公告 采购项目名称： 星河县人民医院血液透析设备采购项目 采购项目编号： XH-2022-0086 中标（成交）供应商名称： 星河康源医疗器械有限公司 中标（成交）价格： 86.45 价格单位： 万元 公告名称： 星河县人民医院血液透析设备采购项目中标（成交）结果公告 首次公告时间： 2022-05-16 10:42:07 公告内容： 一、项目编号 XH-2022-0086 二、采购人：星河县人民医院 三、中标（成交）信息 供应商名称：星河康源医疗器械有限公司 中标（成交）金额：86.45万元 四、主要标的信息 血液透析机10台，水处理设备1套，售后服务五年，安装调试及培训由供应商负责。',
    check: (e) => expect(e.title).toBe('星河县人民医院血液透析设备采购项目中标（成交）结果公告'),
  },
  {
    name: 'an aggregator\'s card repeats the project\'s name over the notice\'s heading ("X项目" … "X项目竞采公告(服务类)"): the heading is the title',
    text: '星河区人民医院医疗废物收集转运处置服务项目\n2026-01-14\n重庆 招标采购\n星河区人民医院医疗废物收集转运处置服务项目\n公告中\n\n星河区人民医院医疗废物收集转运处置服务项目竞采公告(服务类)\n\n发布时间:2026-01-14\n采购人：星河区人民医院\n预算金额：*****',
    check: (e) => expect(e.title).toBe('星河区人民医院医疗废物收集转运处置服务项目竞采公告(服务类)'),
  },
];

runTrapRows('heldout28 traps', rows);
