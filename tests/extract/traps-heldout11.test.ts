/**
 * Traps found by the eleventh unseen batch (tests/fixtures/extract/heldout11): pages that hold
 * several projects for different buyers (a result list with a 采购单位 column, a 合并公告 with one
 * 采购单位 per project, a weekly 汇总 whose header row was read as a buyer), persons with
 * two-character names (in prose, and in a table row marked 自然人), a correction restating its
 * budget ("预算金额不变，仍为…"), a daily list whose title names its day, a byline date under the
 * title, a result label glued to a title's "汇总公示", a "结果合并公告", an intention list of several
 * video projects typed by its whole text, the projects of a 合并公告 as lot labels. One named row each, run through the real extractNotice: each row failed before parser
 * 1.12.0, except those marked (guard), which keep a new rule from overreaching. The names say
 * the general rule, not the fixture; the parties are invented (星河…).
 */
import { expect } from 'vitest';
import { extractNotice } from '../../scrapers/extract/index.js';
import { award, runTrapRows, type TrapRow } from './trap-rows.js';

const listTable = (rows: string[][]) =>
  `<html><body><h1>星河县政府采购批量结果公告（第3批）</h1><p>发布时间：2025-08-01</p><table><tr><th>序号</th><th>项目名称</th><th>采购单位</th><th>成交供应商</th><th>成交金额（元）</th></tr>${rows
    .map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`)
    .join('')}</table></body></html>`;

// two projects under their heads `a` and `b`, each with its own 采购单位
const mergedPage = (a: string, b: string) => award('星河县合并成交公告', `${a}项目名称：视频号运营\n采购单位：星河县融媒体中心\n成交供应商：星河光影文化传播有限公司\n成交金额：¥69,000.00\n${b}项目名称：短视频制作\n采购单位：星河县卫生健康局\n成交供应商：云帆影视有限公司\n成交金额：¥53,600.00\n`);

const rows: TrapRow[] = [
  // several projects, several buyers
  {
    name: 'a result list whose rows name different 采购单位 has every buyer, joined by ； in order',
    html: listTable([
      ['1', '短视频制作服务', '星河县融媒体中心', '星河光影文化传播有限公司', '88,000.00'],
      ['2', '办公桌椅', '星河县教育局', '星河家具有限公司', '12,000.00'],
      ['3', '宣传片拍摄', '星河县融媒体中心', '云帆影视有限公司', '60,000.00'],
    ]),
    check: (e) => {
      expect(e.buyer).toBe('星河县融媒体中心；星河县教育局');
      expect(e.lots.map((l) => l.amountYuan)).toEqual([88000, 12000, 60000]);
    },
  },
  {
    name: '(guard) a result list whose rows share one 采购单位 keeps that buyer alone',
    html: listTable([
      ['1', '短视频制作服务', '星河县融媒体中心', '星河光影文化传播有限公司', '88,000.00'],
      ['2', '网络直播服务', '星河县融媒体中心', '云帆直播科技有限公司', '30,000.00'],
    ]),
    check: (e) => expect(e.buyer).toBe('星河县融媒体中心'),
  },
  {
    name: 'a tab table header "采购单位\\t采购项目" is no buyer, and a title "…成交结果汇总公示" no vendor',
    text:
      '星河县2025年第9周小额采购成交结果汇总公示\n星河县财政局\u3000 2025-09-12\n\n序号\t采购单位\t采购项目\t成交供应商\t成交金额（元）\n1\t星河县教育局\t打印机\t星河办公设备有限公司\t9,800.00\n2\t星河县文化和旅游局\t短视频拍摄制作\t星河光影文化传播有限公司\t36,000.00\n',
    check: (e) => {
      expect(e.buyer).toBe('星河县教育局；星河县文化和旅游局');
      expect(e.lots).toHaveLength(2);
    },
  },
  {
    name: 'a 合并公告 naming one 采购单位 per project has both buyers',
    text: award(
      '星河县宣传类服务项目合并成交公告',
      '项目一\n项目名称：星河县融媒体中心直播服务项目\n采购单位：星河县融媒体中心\n成交供应商：星河直播科技有限公司\n成交金额：¥69,000.00\n\n项目二\n项目名称：健康科普短视频制作项目\n采购单位：星河县卫生健康局\n成交供应商：云帆影视有限公司\n成交金额：¥53,600.00\n',
    ),
    check: (e) => expect(e.buyer).toBe('星河县融媒体中心；星河县卫生健康局'),
  },
  {
    name: 'each project of a 合并公告 labels its lot as written ("项目一", "（二）", "3")',
    check: () => {
      expect(extractNotice({ text: mergedPage('项目一\n', '项目二\n') }).lots.map((l) => l.lot)).toEqual(['项目一', '项目二']);
      expect(extractNotice({ text: mergedPage('（一）', '（二）') }).lots.map((l) => l.lot)).toEqual(['（一）', '（二）']);
      expect(extractNotice({ text: mergedPage('1. ', '3. ') }).lots.map((l) => l.lot)).toEqual(['1', '3']);
    },
  },
  {
    name: '(guard) the national template\'s "二、项目名称" on a page of one project labels no lot',
    text: award('星河县融媒体中心短视频制作服务中标公告', '一、项目编号：XH-2025-01\n二、项目名称：短视频制作服务\n三、中标信息\n供应商名称：星河光影文化传播有限公司\n中标金额：¥69,000.00\n'),
    check: (e) => expect(e.lots.map((l) => l.lot)).toEqual([null]),
  },
  {
    name: '(guard) one project whose 采购单位 is repeated in its contacts keeps one buyer',
    text: award(
      '星河县融媒体中心短视频制作服务成交公告',
      '项目名称：短视频制作服务\n采购单位：星河县融媒体中心\n成交供应商：星河光影文化传播有限公司\n成交金额：¥69,000.00\n联系方式\n采购单位：星河县融媒体中心\n项目名称：同上\n',
    ),
    check: (e) => expect(e.buyer).toBe('星河县融媒体中心'),
  },
  {
    name: 'a "…项目结果合并公告" is an award, each project\'s 采购人 one of its buyers',
    text: '星河县第二批政府采购项目结果合并公告\n发布时间：2025年11月6日\n（一）项目名称：星河县融媒体中心视频号运营服务\n采购人：星河县融媒体中心\n中标供应商：星河光影文化传播有限公司\n中标金额：¥138,000.00\n（二）项目名称：星河县文化和旅游局短视频拍摄\n采购人：星河县文化和旅游局\n中标供应商：云帆影视有限公司\n中标金额：¥42,000.00\n',
    check: (e) => {
      expect(e.kind).toBe('award');
      expect(e.buyer).toBe('星河县融媒体中心；星河县文化和旅游局');
      expect(e.lots.map((l) => l.amountYuan)).toEqual([138000, 42000]);
    },
  },
  {
    name: 'an intention list read as video ops as a whole takes its type from the first video project',
    html: '<h1>星河县委宣传部2026年1-3月政府采购意向</h1><p>发布时间：2025-12-18</p><table><tr><td>序号</td><td>采购项目名称</td><td>采购需求概况</td><td>预算金额（元）</td></tr><tr><td>1</td><td>AIGC短视频生产服务</td><td>新闻短视频不少于300条</td><td>280000</td></tr><tr><td>2</td><td>开渔节网络直播服务</td><td>开幕式等5场直播</td><td>150000</td></tr><tr><td>3</td><td>户外广告牌维护</td><td>维护保养</td><td>60000</td></tr></table>',
    check: (e) => expect([e.kind, e.isVideoOps, e.serviceType, e.budgetYuan]).toEqual(['intention', true, 'video_production', null]),
  },
  // persons
  {
    name: 'a person with a two-character name chosen in prose ("确定王强为成交人") is the vendor',
    text: award('星河镇人民政府乡村旅游短视频拍摄服务成交结果公示', '经询价小组评审，确定王强为成交人，成交金额为人民币贰万捌仟元整（¥28,000.00）。\n采购人：星河县星河镇人民政府\n'),
    check: (e) => expect(e.lots.map((l) => [l.vendor, l.amountYuan])).toEqual([['王强', 28000]]),
  },
  {
    name: 'a two-character name in a result row whose other cell says 自然人 is the vendor',
    text: award('星河镇人民政府民俗短视频拍摄服务询价结果公告', '三、成交信息\n成交供应商\t成交金额（元）\t备注\n李娜\t19,500.00\t自然人\n采购人：星河县星河镇人民政府\n'),
    check: (e) => expect(e.lots.map((l) => [l.vendor, l.amountYuan])).toEqual([['李娜', 19500]]),
  },
  {
    name: '(guard) a two-character word under a vendor header in a row without 自然人 is no vendor',
    text: award('星河县融媒体中心设备采购结果公告', '成交供应商\t成交金额（元）\t备注\n商品\t19,500.00\t无\n采购人：星河县融媒体中心\n'),
    check: (e) => expect(e.lots.map((l) => l.vendor)).not.toContain('商品'),
  },
  // figures and dates
  {
    name: 'a correction restating its budget ("预算金额不变，仍为人民币陆拾万元整") has that budget',
    text: '星河县文化和旅游局微短剧拍摄制作项目更正公告\n二、更正信息\n更正内容：1.响应文件提交截止时间顺延；2.预算金额不变，仍为人民币陆拾万元整。\n更正日期：2025年9月10日\n采购人：星河县文化和旅游局\n',
    check: (e) => expect(e.budgetYuan).toBe(600000),
  },
  {
    name: 'a ceiling "调整为58万元" is the ceiling that holds',
    text: '星河县融媒体中心短视频服务更正公告\n更正内容：最高限价调整为58万元。\n更正日期：2025年9月10日\n采购人：星河县融媒体中心\n',
    check: (e) => expect(e.ceilingYuan).toBe(580000),
  },
  {
    name: 'a daily list keeps the day its title names ("成交结果日公告（2025年11月20日）")',
    text: '星河省网上超市成交结果日公告（2025年11月20日）\n\n序号\t采购单位\t服务名称\t供应商\t成交金额（元）\n1\t星河县委宣传部\t短视频制作\t星河光影文化传播有限公司\t19,800.00\n',
    check: (e) => {
      expect(e.title).toBe('星河省网上超市成交结果日公告（2025年11月20日）');
      expect(e.publishedAt).toBe('2025-11-20');
    },
  },
  {
    name: '(guard) a list-printed date after an ordinary title is still not part of it',
    text: '星河县融媒体中心短视频制作服务成交公告（2025-06-01）\n采购人：星河县融媒体中心\n',
    check: (e) => expect(e.title).toBe('星河县融媒体中心短视频制作服务成交公告'),
  },
  {
    name: 'a byline under the title ("星河县财政局\\u3000 2025-09-12") dates the notice',
    text: '星河县小额采购成交结果汇总公示\n星河县财政局\u3000 2025-09-12\n\n采购单位：星河县教育局\n',
    check: (e) => expect(e.publishedAt).toBe('2025-09-12'),
  },
];

runTrapRows('heldout11 traps', rows);
