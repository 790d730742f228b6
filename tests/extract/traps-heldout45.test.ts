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
  {
    name: 'the whole project\'s budget ("本项目预算金额：…元") below a scope line that lists a live stream among a contest\'s parts prices no one service: the title\'s video contest is other_video',
    text: '中共星河县委宣传部“美丽星河”短视频大赛策划执行服务采购项目结果公告\n发布时间：2021-08-07\n采购人：中共星河县委宣传部\n成交结果：\n包号：1\n包名称：短视频大赛策划执行服务\n供应商名称：星河文化传播有限公司\n成交金额（元）：158,000.00\n采购内容：承办短视频大赛全流程：赛事方案策划、作品征集及初审、组织专家评审、颁奖典礼策划执行及现场直播、优秀作品合辑制作。\n本项目预算金额：160,000.00元。\n',
    check: (e) => expect([e.isVideoOps, e.serviceType]).toEqual([true, 'other_video']),
  },
  {
    name: '(guard) a lot\'s own budget under its service ("包1：短视频拍摄制作" / "预算金额：…") still weighs that service against the other lot\'s',
    text: '星河县融媒体中心短视频拍摄及直播服务项目招标公告\n发布时间：2021-08-07\n采购人：星河县融媒体中心\n包1：直播服务\n预算金额：120,000.00元\n包2：短视频拍摄制作\n预算金额：300,000.00元\n',
    check: (e) => expect([e.isVideoOps, e.serviceType]).toEqual([true, 'video_production']),
  },
  {
    name: 'a contract titled for running accounts alone ("政务新媒体账号运营服务合同"), its body pricing the videos and lives as parts of the running, is account_operation though the videos cost most',
    text: '星河县人民政府办公室政务新媒体账号运营服务合同公告\n采购人(全称): 星河县人民政府办公室 (甲方)\n中标(成交)供应商(全称): 星河融媒文化传播有限公司 (乙方)\n合计金额小写:286000元\n含“星河发布”抖音号、快手号、微信视频号及微信公众号四个账号的日常运营、短视频策划拍摄剪辑、重大活动直播三项服务,年度打包费用28.6万元。\n(1)账号日常运营(分项价格12万元)。负责四个账号的内容编排、发布及评论区管理。\n(2)短视频策划拍摄剪辑(分项价格13.6万元)。每月原创短视频不少于20条。\n(3)重大活动直播(分项价格3万元)。全年网络直播不少于6场。\n',
    check: (e) => expect([e.isVideoOps, e.serviceType]).toEqual([true, 'account_operation']),
  },
  {
    name: '(guard) a title naming two services ("新媒体运营及短视频制作服务"), priced part by part, is still weighed by money',
    text: '星河县融媒体中心2025年新媒体运营及短视频制作服务项目成交结果公告\n发布时间：2025-05-06\n采购人：星河县融媒体中心\n成交供应商：星河文化传媒有限公司，成交金额：280,000.00元\n其中：新媒体账号运营服务费100,000.00元；短视频拍摄制作费180,000.00元。\n',
    check: (e) => expect([e.isVideoOps, e.serviceType]).toEqual([true, 'video_production']),
  },
];

runTrapRows('heldout45 to heldout48 traps', rows);
