/**
 * Traps found by the twelfth unseen batch (tests/fixtures/extract/heldout12): text sources no
 * batch had used — contract PDFs turned to text, notices republished as 微信公众号 articles,
 * 政府信息公开 pages with their metadata table, 部门预算 / 部门决算 reports and 政务公开 news of a
 * signed contract. One named row each, run through the real extractNotice: each row failed
 * before parser 1.13.0, except those marked (guard), which keep a new rule from overreaching.
 * The names say the general rule, not the fixture; the parties are invented (星河…).
 */
import { expect } from 'vitest';
import { runTrapRows, type TrapRow } from './trap-rows.js';

const contractPdf = (head: string, sign: string) =>
  `${head}\n\n    甲方（采购人）：星河县融媒体中心\n    乙方（供应商）：星河光影文化传播有限公司\n\n    第一条  服务内容：抖音号、视频号日常运营，每月短视频不少于20条。\n    第二条  合同价款：人民币叁拾万元整（¥300,000.00）。\n\n                                                  第 1 页 共 2 页\n\n    甲方（盖章）：星河县融媒体中心            乙方（盖章）：星河光影文化传播有限公司\n\n${sign}\n\n                                                  第 2 页 共 2 页\n`;

const xxgk = (title: string, body: string) =>
  `首页 > 政府信息公开 > 政府采购\n索 引 号：000000-2025-00318        主题分类：政府采购\n发文机关：星河县文化和旅游局      成文日期：2025-10-11\n发文字号：无                      发布日期：2025-10-13\n\n${title}\n\n${body}`;

const rows: TrapRow[] = [
  // titles under a page's or an article's chrome
  {
    name: "a contract's number above its heading is a field, not the title",
    text: contractPdf('                         合同编号：XH-2025-HT-01\n\n            星河县融媒体中心短视频账号代运营服务合同', '    签订日期：2025 年 8 月 12 日          签订日期：2025 年 8 月 12 日'),
    check: (e) => expect(e.title).toBe('星河县融媒体中心短视频账号代运营服务合同'),
  },
  {
    name: 'a heading spaced out as a PDF lays it ("服   务   合   同") joins the line above it',
    text: contractPdf('合同编号：XH-2025-09\n\n星河县文化和旅游局 2025年度宣传片拍摄制作\n服   务   合   同', '签订日期：2025年10月15日'),
    check: (e) => expect(e.title?.replace(/\s/g, '')).toBe('星河县文化和旅游局2025年度宣传片拍摄制作服务合同'),
  },
  {
    name: "a 微信公众号 article's 点击上方蓝字关注 line and its byline are not the title",
    text: '点击上方蓝字关注我们\n\n星河发布  2025年09月04日 18:30  浙江\n\n星河县政务新媒体运营服务项目成交结果公告\n\n成交供应商：星河光影文化传播有限公司\n成交金额：¥266,000.00\n采购人：星河县融媒体中心\n\n2025年9月2日\n\n来源：星河县公共资源交易中心\n编辑：李婷\n阅读原文\n分享  收藏  点赞  在看\n',
    check: (e) => expect(e).toMatchObject({ title: '星河县政务新媒体运营服务项目成交结果公告', publishedAt: '2025-09-02' }),
  },
  {
    name: "an account's name, then its time line, then the notice's title: the title",
    text: '星河县文化和旅游局\n2025-10-20 09:12\n发表于浙江\n\n星河县文旅短视频制作服务项目竞争性磋商公告\n\n预算金额：45万元\n采购人名称：星河县文化和旅游局\n',
    check: (e) => expect(e).toMatchObject({ title: '星河县文旅短视频制作服务项目竞争性磋商公告', kind: 'tender' }),
  },
  {
    name: "a 政府信息公开 page's metadata table (索引号, 发文机关, 标题 …) is not the title; its 成文日期 is the date",
    text: xxgk('星河县文旅宣传片拍摄制作项目终止公告', '项目终止的原因：提交响应文件的供应商不足三家。\n采购人：星河县文化和旅游局\n'),
    check: (e) => expect(e).toMatchObject({ title: '星河县文旅宣传片拍摄制作项目终止公告', kind: 'failure', publishedAt: '2025-10-11' }),
  },
  // dates
  {
    name: "a contract document's only date is its signing date, two parties' columns on one line",
    text: contractPdf('星河县融媒体中心短视频账号代运营服务合同', '    签订日期：2025 年 8 月 12 日          签订日期：2025 年 8 月 12 日'),
    check: (e) => expect(e.publishedAt).toBe('2025-08-12'),
  },
  {
    name: 'a signature line of two 二〇二五年 dates side by side is the date',
    text: contractPdf('星河县融媒体中心短视频拍摄制作服务合同', '      二〇二五年九月八日                       二〇二五年九月八日'),
    check: (e) => expect(e.publishedAt).toBe('2025-09-08'),
  },
  {
    name: "a news article with no date but its byline's (\"星河发布 2025-08-21 17:45 浙江\") is dated by it",
    text: '点击蓝字 关注我们\n\n星河县新媒体矩阵运营服务项目完成采购\n\n星河发布 2025-08-21 17:45 浙江\n\n近日，星河县融媒体中心“新媒体矩阵运营服务”项目完成采购。经评审，确定星河光影文化传播有限公司为成交供应商，成交金额28.6万元。\n\n来源：星河县融媒体中心\n',
    check: (e) => expect(e).toMatchObject({ publishedAt: '2025-08-21', kind: 'award', buyer: '星河县融媒体中心', lots: [{ vendor: '星河光影文化传播有限公司', amountYuan: 286000 }] }),
  },
  {
    name: '(guard) a notice that dates itself keeps its own date over a contract-like signature',
    text: '星河县宣传片拍摄项目成交公告\n发布日期：2025-06-01\n成交供应商：星河光影文化传播有限公司\n成交金额：¥88,000.00\n签订日期：2025年6月20日\n',
    check: (e) => expect(e.publishedAt).toBe('2025-06-01'),
  },
  // amounts
  {
    name: 'a price per session ("捌仟元整（¥8,000.00/场）") is a unit price, no total',
    text: '星河县文旅直播服务合同\n甲方：星河县文化和旅游局\n乙方：星河光影文化传播有限公司\n合同价款：按场次结算，每场直播服务费人民币捌仟元整（¥8,000.00/场），全年直播不超过30场。\n',
    check: (e) => expect(e.lots.map((l) => [l.amountYuan, l.amountForm])).toEqual([[null, 'unit_price']]),
  },
  {
    name: 'a correction\'s "预算金额由“人民币50万元”更正为“人民币42万元”" gives the corrected budget',
    text: '星河县短视频账号运营服务项目更正公告\n更正日期：2025年10月28日\n更正内容：\n1．预算金额由“人民币50万元”更正为“人民币42万元”；\n采购人名称：星河县文化和旅游局\n',
    check: (e) => expect(e.budgetYuan).toBe(420000),
  },
  // not procurement
  {
    name: 'a 部门预算 naming 新媒体宣传运营费 is no procurement: other, not video ops, no buyer, no budget',
    text: '星河县文化和旅游局2025年部门预算公开说明\n生成日期：2025-02-18\n一般公共预算支出：旅游宣传安排856万元，主要用于新媒体宣传运营费45万元、旅游宣传片制作费20万元。\n政府采购预算总额486万元。\n',
    check: (e) => expect(e).toMatchObject({ kind: 'other', isVideoOps: false, serviceType: null, buyer: null, budgetYuan: null, lots: [] }),
  },
  {
    name: 'a 部门决算 listing 新媒体账号运营服务费 spent is no procurement',
    text: '星河县融媒体中心2024年度部门决算\n政府采购支出情况：服务支出主要包括新媒体账号运营服务费31.2万元、短视频外包制作费28万元。\n',
    check: (e) => expect(e).toMatchObject({ kind: 'other', isVideoOps: false, buyer: null }),
  },
  {
    name: 'a meeting report on 政务抖音号 with no procurement word is not video ops',
    text: '我县召开2025年政务新媒体工作推进会\n\n7月8日，星河县召开政务新媒体工作推进会。全县共有政务抖音号、视频号42个，上半年发布短视频1860条，要求各单位加强账号运营，杜绝“僵尸号”。全年计划投入宣传经费50万元，用于短视频拍摄和直播培训。\n',
    check: (e) => expect(e).toMatchObject({ kind: 'other', isVideoOps: false, serviceType: null }),
  },
  {
    name: '(guard) an intention whose title names a 采购预算 is still an intention',
    text: '星河县融媒体中心2025年政府采购意向公开\n序号 | 采购项目名称 | 预算金额（万元）\n1 | 短视频账号运营服务 | 30\n',
    check: (e) => expect(e).toMatchObject({ kind: 'intention', isVideoOps: true }),
  },
  // news of a signed contract
  {
    name: '"X局与Y公司签订…合同，合同金额36万元": X is the buyer, Y the vendor',
    text: '我局与星河光影文化传播有限公司签订政务新媒体运营服务合同\n发布时间：2025-09-17\n\n9月16日，星河县文化和旅游局与星河光影文化传播有限公司签订“星河文旅”政务新媒体运营服务合同，合同金额36万元，服务期限一年。\n',
    check: (e) => expect(e).toMatchObject({ kind: 'contract', buyer: '星河县文化和旅游局', lots: [{ vendor: '星河光影文化传播有限公司', vendors: ['星河光影文化传播有限公司'], amountYuan: 360000 }] }),
  },
];

runTrapRows('twelfth held-out batch traps (parser 1.13.0)', rows);
