/**
 * Traps found by the fifty-first unseen batch (tests/fixtures/extract/heldout51): an aggregator's
 * summary lines with each label glued to its value ("发布时间2022-04-13"), and the national
 * template's "中标供应商名称、联系地址：" heading over "名称：X" / "地址：Y" lines. One named row
 * each, run through the real extractNotice: each row failed before parser 1.48.0, except those
 * marked (guard), which keep a new rule from overreaching. The names say the general rule, not the
 * fixture; the parties are invented (星河…).
 */
import { expect } from 'vitest';
import { runTrapRows, type TrapRow } from './trap-rows.js';

const rows: TrapRow[] = [
  {
    name: 'a date label opening its line glued to a full date ("发布时间2021-09-14", a summary without colons) is the publication date',
    text: '星河县融媒体中心短视频运营服务项目成交结果公告\n公告摘要\n项目编号XH2021-017\n采购单位星河县融媒体中心\n发布时间2021-09-14\n公告正文\n一、项目编号：XH2021-017\n二、项目名称：短视频运营服务项目\n三、采购结果\n供应商名称：星河云帆文化传媒有限公司\n成交金额：286000.00元\n四、评审专家名单：张三、李四、王五\n',
    check: (e) => expect(e.publishedAt).toBe('2021-09-14'),
  },
  {
    name: '(guard) a date label glued to a date inside a sentence ("请于公告发布日期2021-09-14起…") is no field: the signature dates the notice',
    text: '星河县文化旅游局宣传片拍摄服务询价公告\n采购人：星河县文化旅游局\n供应商请于公告发布日期2021-09-14起五个工作日内获取采购文件。\n星河县文化旅游局\n2021年9月10日\n',
    check: (e) => expect(e.publishedAt).toBe('2021-09-10'),
  },
  {
    name: 'the template heading "中标供应商名称、联系地址：" over "名称：X" and "地址：Y" lines heads the winner\'s block: X is the winner beside the amount',
    text: '星河县融媒体中心演播室设备采购项目中标公告\n发布时间：2020年05月11日\n一、项目编号：XH2020-031\n三、中标（成交）信息\n1、中标（成交）金额：人民币捌拾陆万元整（¥860,000.00）\n2、中标供应商名称、联系地址：\n名称：星河广电设备有限公司\n地址：星河县星河大道1号\n九、凡对本次公告内容提出询问，请按以下方式联系。\n1.采购人信息\n名 称：星河县融媒体中心\n地 址：星河县人民路8号\n2.采购代理机构信息\n名 称：星河县政府采购中心\n',
    check: (e) => {
      expect(e.lots.map((l) => [l.vendor, l.amountYuan])).toEqual([['星河广电设备有限公司', 860000]]);
      expect([e.buyer, e.agency]).toEqual(['星河县融媒体中心', '星河县政府采购中心']);
    },
  },
  {
    name: '(guard) a "中标供应商名称、联系地址：X，…" line holding its own value keeps X, and the 采购人信息 block\'s 名称 stays the buyer, no second winner',
    text: '星河县融媒体中心演播室设备采购项目中标公告\n发布时间：2020年05月11日\n三、中标（成交）信息\n1、中标（成交）金额：人民币捌拾陆万元整（¥860,000.00）\n2、中标供应商名称、联系地址：星河广电设备有限公司，星河县星河大道1号\n九、凡对本次公告内容提出询问，请按以下方式联系。\n1.采购人信息\n名 称：星河县融媒体中心\n地 址：星河县人民路8号\n',
    check: (e) => {
      expect(e.lots.map((l) => [l.vendor, l.amountYuan])).toEqual([['星河广电设备有限公司', 860000]]);
      expect(e.buyer).toBe('星河县融媒体中心');
    },
  },
];

runTrapRows('heldout51 traps', rows);
