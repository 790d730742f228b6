/**
 * Traps found by the thirty-first unseen batch (tests/fixtures/extract/heldout31): calls and other
 * pre-award notices. One named row each, run through the real extractNotice: each row failed
 * before parser 1.37.0, except those marked (guard), which keep a new rule from overreaching. The
 * names say the general rule, not the fixture; the parties are invented (星河…).
 */
import { expect } from 'vitest';
import { runTrapRows, type TrapRow } from './trap-rows.js';

const call = (title: string, body: string) => `${title}\n发布日期：2026-02-03\n${body}`;

const rows: TrapRow[] = [
  {
    name: 'a side list\'s heading with its first entry on the same line ("相关公告：X短视频拍摄制作服务项目招标公告（date）") names another project: no scope',
    text: call(
      '星河县星河镇人民政府2026年度镇级道路养护项目招标公告',
      '项目名称：星河镇镇级道路养护项目\n预算金额（元）：3560000.00元\n采购需求：对镇域内镇级道路及桥梁进行日常养护及小修，服务期两年。\n1.采购人信息\n名称：星河县星河镇人民政府\n附件信息：道路养护招标文件.pdf\n相关公告：星河县融媒体中心2026年度“星河发布”短视频拍摄制作服务项目招标公告（2026-01-29）\n本网站所载信息由采购人、采购代理机构发布。',
    ),
    check: (e) => expect([e.kind, e.isVideoOps, e.serviceType, e.budgetYuan]).toEqual(['tender', false, null, 3560000]),
  },
  {
    name: '(guard) a 相关信息： line that is the notice\'s own text, not another notice\'s title, is kept',
    text: call(
      '星河县融媒体中心短视频拍摄制作服务项目竞争性磋商公告',
      '采购人：星河县融媒体中心\n预算金额：48万元\n相关信息：拍摄制作短视频60条，在“星河发布”抖音号发布\n',
    ),
    check: (e) => expect([e.isVideoOps, e.serviceType]).toEqual([true, 'video_production']),
  },
  {
    name: 'a call whose opening is put off ("…项目延期开标的公告") is a correction; a budget restated in brackets after its label ("预算金额（人民币伍拾贰万捌仟元整）…不变") is kept',
    text: call(
      '关于星河县人民医院电梯维保服务项目延期开标的公告',
      '星河县人民医院电梯维保服务项目已于2021年02月24日发布招标公告，现将该项目延期开标，具体事项如下：\n一、投标文件递交截止时间及开标时间：由原定的2021年03月16日09:30延期至2021年03月26日09:30。\n三、本项目预算金额（人民币伍拾贰万捌仟元整）、采购需求、评标办法等其他内容不变。\n采购人：星河县人民医院',
    ),
    check: (e) => expect([e.kind, e.budgetYuan, e.lots]).toEqual(['correction', 528000, []]),
  },
  {
    name: '(guard) a column\'s unit in brackets after 预算金额 ("预算金额（元）：…") is read as the labelled field, not as a bracketed figure',
    text: call('星河县档案馆档案数字化服务项目询价公告', '采购人：星河县档案馆\n预算金额（元）：96000.00\n'),
    check: (e) => expect([e.kind, e.budgetYuan]).toEqual(['tender', 96000]),
  },
  {
    name: 'a document copy\'s cover (the project\'s name, then "采购需求" or "招标文件" alone on its line): the title is the project\'s name',
    text: '星河县融媒体中心“星河发布”政务新媒体运营服务项目\n采购需求\n一、项目概况\n（一）项目名称：星河县融媒体中心“星河发布”政务新媒体运营服务项目\n（二）本项目预算金额为人民币叁拾陆万元整（¥360,000.00）。\n',
    check: (e) => expect(e.title).toBe('星河县融媒体中心“星河发布”政务新媒体运营服务项目'),
  },
  {
    name: '(guard) a title wrapped over two lines whose second line is a notice\'s type ("…项目" / "采购需求公示") keeps both',
    text: '星河县融媒体中心“星河发布”政务新媒体运营服务项目\n采购需求公示\n发布时间：2026-02-03\n采购人：星河县融媒体中心\n',
    check: (e) => expect(e.title).toBe('星河县融媒体中心“星河发布”政务新媒体运营服务项目采购需求公示'),
  },
  {
    name: 'a portal\'s region code in brackets before the title ("[350703]X更正公告") is no part of the title',
    text: '星河省政府采购网\n当前位置：首页 > 更正公告 > 星河县\n[350703]星河县人民法院物业管理服务项目更正公告\n发布时间：2019-09-30 16:42\n星河县人民法院物业管理服务项目（项目编号：[350703]XH2019006）现对该项目作如下更正：\n采购人：星河县人民法院\n',
    check: (e) => expect([e.title, e.kind]).toEqual(['星河县人民法院物业管理服务项目更正公告', 'correction']),
  },
];

runTrapRows('heldout31 traps', rows);
