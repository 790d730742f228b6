/**
 * Traps found by the twentieth unseen batch (tests/fixtures/extract/heldout20): tenders and the
 * other pre-award notices (intentions, corrections, a termination, a single-source publicity).
 * One named row each, run through the real extractNotice: each row failed before parser 1.21.0,
 * except those marked (guard), which keep the new rule from overreaching. The names say the
 * general rule, not the fixture; the parties are invented (星河…).
 */
import { expect } from 'vitest';
import { runTrapRows, type TrapRow } from './trap-rows.js';

/** A tender: its title, a publication date, the buyer, then `lines`. */
const tender = (title: string, lines: string[]) => [title, '发布时间：2025-04-08', '采购人：星河县文化旅游局', ...lines].join('\n');

const rows: TrapRow[] = [
  {
    name: 'a one-project table\'s 合计 row is no second project: the budget is the project\'s ("合计 |  |  | 45.00" under 预算金额（万元）)',
    text: tender('星河县城市形象宣传片拍摄制作项目竞争性磋商公告', [
      '序号 | 标的名称 | 数量 | 预算金额（万元） | 最高限价（万元） | 服务期限',
      '1 | 城市形象宣传片 | 1项 | 45.00 | 44.50 | 合同签订后120日内交付',
      '合计 |  |  | 45.00 | 44.50 |',
      '磋商保证金：人民币捌仟元整。',
    ]),
    check: (e) => expect(e.budgetYuan).toBe(450000),
  },
  {
    name: 'a lots table\'s 合计 row is not added to the lots: the budget is the sum of the lots once ("合计 | | 70")',
    text: tender('星河县全媒体宣传服务项目公开招标公告', [
      '包号 | 包名称 | 预算金额（万元）',
      '1 | 短视频制作 | 30',
      '2 | 直播服务 | 18',
      '3 | 账号运营 | 22',
      '合计 |  | 70',
    ]),
    check: (e) => expect(e.budgetYuan).toBe(700000),
  },
  {
    name: 'several projects and their 合计 row: still no single notice budget, and the 合计 is not counted as a project',
    text: ['星河县2025年政府采购意向公开', '发布时间：2025-03-01', '采购单位：星河县财政局', [
      '序号 | 采购项目名称 | 采购需求概况 | 预算金额（万元） | 预计采购时间',
      '1 | 政务新媒体账号代运营 | 抖音、视频号运营 | 28 | 2025年4月',
      '2 | 办公楼物业管理 | 保洁、安保 | 60 | 2025年5月',
      '合计 |  |  | 88 |',
    ].join('\n')].join('\n'),
    check: (e) => {
      expect(e.budgetYuan).toBeNull();
      expect(e.warnings.join(' ')).toMatch(/^2 projects with their own budgets/);
    },
  },
  {
    name: 'a lot\'s ceiling on a line its label opens ("包1：<a long description>，预算金额：…，最高限价：29.50万元") is that lot\'s: the ceiling is the lots\' sum',
    text: tender('星河县全媒体宣传服务项目公开招标公告', [
      '预算金额：70万元',
      '包1：星河文旅及重大主题短视频拍摄制作，全年不少于120条，预算金额：30.00万元，最高限价：29.50万元，投标保证金：6000元；',
      '包2：重大活动及节会网络直播服务，全年不少于15场，预算金额：18.00万元，最高限价：18.00万元，投标保证金：3600元；',
      '包3：“星河发布”政务新媒体矩阵（微信公众号、视频号、抖音号）代运营，服务期一年，预算金额：22.00万元，最高限价：21.80万元。',
    ]),
    check: (e) => {
      expect(e.budgetYuan).toBe(700000);
      expect(e.ceilingYuan).toBe(693000);
    },
  },
  {
    name: '(guard) an unlabelled ceiling line after the lots\' lines is the project\'s own',
    text: tender('星河县宣传片拍摄制作项目公开招标公告', ['预算金额：50万元', '最高限价：48万元', '包1：宣传片拍摄', '投标保证金：5000元']),
    check: (e) => expect(e.ceilingYuan).toBe(480000),
  },
  {
    name: 'a single-source notice\'s "二、拟定供应商信息\\n名称：X" names the proposed vendor (not a lot: nothing is awarded)',
    text: ['星河市文化馆系列专题片摄制项目单一来源采购公示', '发布时间：2025-07-30', '采购人：星河市文化馆',
      '拟采购的货物或服务的预算金额：168万元', '采用单一来源采购方式的原因及说明：续作，需与前作保持一致。',
      '二、拟定供应商信息', '名称：星河纪录文化有限公司', '地址：星河市东区1号', '拟成交价格：165万元',
      '三、公示期限', '2025年07月30日至2025年08月06日'].join('\n'),
    check: (e) => {
      expect(e.kind).toBe('single_source');
      expect(e.lots).toEqual([]);
      expect(e.proposed[0]?.vendor).toBe('星河纪录文化有限公司');
      expect(e.proposed[0]?.amountYuan).toBe(1650000);
    },
  },
];

runTrapRows('heldout20 traps (parser 1.21.0)', rows);
