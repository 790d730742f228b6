/**
 * Traps found by the thirty-eighth unseen batch (tests/fixtures/extract/heldout38, whole portal
 * pages): a two-lot budget written in one sentence with bare lot numerals ("一标段130万元，二标段95万元")
 * or 政采云's 标项 labels, a public short-video contest, a GBK page's section heading over the
 * notice. One named row each, run through the real extractNotice: each row failed before parser
 * 1.44.0, except those marked (guard), which keep a new rule from overreaching. The names say the
 * general rule, not the fixture; the parties are invented (星河…).
 */
import { expect } from 'vitest';
import { runTrapRows, type TrapRow } from './trap-rows.js';

const rows: TrapRow[] = [
  {
    name: 'a budget listed per lot with bare numerals before 标段 ("一标段130万元，二标段95万元") is the sum of the lots\'',
    text: '星河市文化广电和旅游局宣传片拍摄制作项目中标结果公告\n信息时间：2019-09-26\n一、项目名称：星河市文化广电和旅游局宣传片拍摄制作项目\n二、本项目预算金额：一标段130万元，二标段95万元。中标服务费一标段16,290元，二标段12,845元。\n三、采购人：星河市文化广电和旅游局\n',
    check: (e) => expect(e.budgetYuan).toBe(2250000),
  },
  {
    name: 'a budget listed per 标项 ("预算金额：标项1 46万元；标项2 62万元") is the sum of the lots\'',
    text: '星河县教育体育局食堂设备采购项目成交结果公告\n发布时间：2022-09-08\n采购人：星河县教育体育局\n预算金额：标项1 46万元；标项2 62万元。采购方式：询价。\n',
    check: (e) => expect(e.budgetYuan).toBe(1080000),
  },
  {
    name: '(guard) a project budget before its per-lot parts ("预算金额：225万元（一标段130万元，二标段95万元）") is the project\'s, never re-added',
    text: '星河市文化广电和旅游局宣传片拍摄制作项目招标公告\n发布时间：2019-09-01\n采购人：星河市文化广电和旅游局\n预算金额：225万元（一标段130万元，二标段95万元）\n',
    check: (e) => expect(e.budgetYuan).toBe(2250000),
  },
  {
    name: 'a one-row intention list under the page\'s generic title is typed by its row\'s project name: a public short-video contest run for the buyer is other_video',
    text: '星河县委宣传部2025年5月至7月政府采购意向\n发布时间：2025-04-18\n采购单位：星河县委宣传部\n序号 | 采购项目名称 | 采购需求概况 | 预算金额（万元） | 预计采购时间\n1 | “星河好风光”短视频征集大赛组织实施服务 | 面向社会公开征集原创短视频作品，服务内容包括：大赛方案策划、征集宣传推广、作品收集初审、专家评审组织、获奖作品展播及颁奖活动执行，奖金由服务单位从合同价款中支付。 | 25 | 2025年6月\n',
    check: (e) => expect([e.kind, e.isVideoOps, e.serviceType]).toEqual(['intention', true, 'other_video']),
  },
  {
    name: 'the 创作 of a contest\'s own name ("短视频创作大赛承办服务") is the entrants\' work: the contest is other_video',
    text: '星河市文化旅游体育局“星河古都”短视频创作大赛承办服务项目成交公告\n发布时间：2024-05-06\n采购人：星河市文化旅游体育局\n成交供应商：星河文化传媒有限公司\n成交金额：27.96万元\n',
    check: (e) => expect([e.isVideoOps, e.serviceType]).toEqual([true, 'other_video']),
  },
  {
    name: '(guard) a contest\'s winning works filmed and edited by the vendor ("短视频大赛获奖作品拍摄制作服务") is video production',
    text: '星河市文化旅游体育局短视频大赛获奖作品拍摄制作服务项目成交公告\n发布时间：2024-05-06\n采购人：星河市文化旅游体育局\n成交供应商：星河文化传媒有限公司\n成交金额：27.96万元\n',
    check: (e) => expect([e.isVideoOps, e.serviceType]).toEqual([true, 'video_production']),
  },
  {
    name: 'a side menu\'s heading that the breadcrumb names as a step ("县区采购" over "当前位置：首页 >> 县区采购 >> 星河县") and a menu of places are no title',
    html: '<html><head><meta charset="utf-8"><title>星河市政府采购网</title></head><body><table><tr><td>网站首页 | 工作动态 | 采购公告 | 县区采购 | 下载中心</td></tr></table><table><tr><td class="lefttitle">县区采购</td></tr><tr><td><a href="/1">星河区</a><br><a href="/2">星河县</a><br><a href="/3">星山县</a><br><a href="/4">星海市</a></td></tr></table><table><tr><td>当前位置：<a href="/">首页</a> &gt;&gt; <a href="/9">县区采购</a> &gt;&gt; <a href="/94">星河县</a></td></tr><tr><td><span class="STYLE2">星河县司法局普法系列微视频拍摄制作项目成交公告</span></td></tr><tr><td>发布时间：2018-6-14 10:08:33 点击数：158</td></tr><tr><td><p>一、项目名称：普法系列微视频拍摄制作项目</p><p>二、采购人：星河县司法局</p></td></tr></table></body></html>',
    check: (e) => expect(e.title).toBe('星河县司法局普法系列微视频拍摄制作项目成交公告'),
  },
];

runTrapRows('heldout38 traps', rows);
