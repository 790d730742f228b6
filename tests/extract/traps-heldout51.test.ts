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
];

runTrapRows('heldout51 traps', rows);
