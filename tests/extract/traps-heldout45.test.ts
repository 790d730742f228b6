/**
 * Traps found by the forty-fifth to forty-eighth unseen batches (tests/fixtures/extract/heldout45 to
 * heldout48), in fields the shared scorer does not count but researchers read: the title and the
 * service type. One named row each, run through the real extractNotice: each row failed before
 * parser 1.47.0, except those marked (guard), which keep a new rule from overreaching. The names
 * say the general rule, not the fixture; the parties are invented (星河…).
 */
import { expect } from 'vitest';
import { runTrapRows, type TrapRow } from './trap-rows.js';

const rows: TrapRow[] = [
  {
    name: 'a scraper\'s saved record ("标题：X中标公告" / "发布时间：…" / "正文：") is titled by its 标题 field, not by its date line',
    text: '标题：星河县教育局中小学实验仪器采购项目中标公告\n发布时间：2014-03-11\n正文：\n星河县教育局中小学实验仪器采购项目中标公告\n星河招标代理有限公司受星河县教育局委托，现将中标结果公告如下：\n中标单位：星河教学设备有限公司，中标金额：￥386,000.00元\n采购人：星河县教育局\n',
    check: (e) => expect(e.title).toBe('星河县教育局中小学实验仪器采购项目中标公告'),
  },
  {
    name: '(guard) a 政府信息公开 metadata table\'s 标题 that does not end as a notice does is not taken over the byline\'s title line',
    text: '标题：星河县教育局\n发布时间：2014-03-11\n星河县教育局中小学实验仪器采购项目中标公告\n中标单位：星河教学设备有限公司，中标金额：￥386,000.00元\n',
    check: (e) => expect(e.title).toBe('星河县教育局中小学实验仪器采购项目中标公告'),
  },
  {
    name: 'a PDF\'s sender set to the right over a heading centred apart, no blank line between ("      星河县财政局" / "  2019年星河县…公告"): the heading alone is the title',
    text: '                                                      星河县人力资源和社会保障局\n           2020年星河县电子商务技能培训项目竞争性磋商公告\n\n    星河招标代理有限公司受星河县人力资源和社会保障局委托，对2020年星河县电子商务技能培训项目进行竞争性磋商。\n\n一、项目名称：2020年星河县电子商务技能培训项目\n二、采购预算：人民币38万元\n',
    check: (e) => expect(e.title).toBe('2020年星河县电子商务技能培训项目竞争性磋商公告'),
  },
  {
    name: '(guard) a PDF heading centred over two lines, both on one centre ("   星河县融媒体中心…" / "     拍摄制作服务项目…公告"), stays one title',
    text: '              星河县融媒体中心2024年度系列微纪录片及短视频\n                    拍摄制作服务项目竞争性磋商公告\n\n    星河招标代理有限公司受星河县融媒体中心委托，对本项目进行竞争性磋商。\n\n一、项目名称：星河县融媒体中心2024年度系列微纪录片及短视频拍摄制作服务项目\n二、采购预算：人民币38万元\n',
    check: (e) => expect(e.title).toBe('星河县融媒体中心2024年度系列微纪录片及短视频拍摄制作服务项目竞争性磋商公告'),
  },
];

runTrapRows('heldout45 to heldout48 traps', rows);
