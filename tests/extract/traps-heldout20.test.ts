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
  {
    name: 'the national template\'s deadline heading with its date on the next line ("四、提交投标文件截止时间、开标时间和地点\\n2025年04月02日 09点30分") is the tender deadline',
    text: tender('星河县政务新媒体账号代运营服务项目公开招标公告', ['预算金额：98万元', '四、提交投标文件截止时间、开标时间和地点', '2025年04月02日 09点30分（北京时间）', '地点：星河县公共资源交易中心']),
    check: (e) => expect(e.tenderDeadline).toBe('2025-04-02'),
  },
  {
    name: 'a deadline label joined to another ("响应文件提交截止时间及谈判时间：2025年08月26日9时30分") and a sentence ("递交…截止时间为…") are the tender deadline',
    text: tender('星河县食堂食材配送服务项目竞争性谈判公告', ['预算金额：36万元', '七、响应文件提交截止时间及谈判时间：2025年08月26日9时30分']),
    check: (e) => expect(e.tenderDeadline).toBe('2025-08-26'),
  },
  {
    name: 'the template\'s opening sentence ("并于2025年3月20日9时30分（北京时间）前递交投标文件") is the tender deadline',
    text: tender('星河县短视频制作服务项目公开招标公告', ['星河县短视频制作服务项目的潜在投标人应在星河政府采购网获取招标文件，并于2025年3月20日9时30分（北京时间）前递交投标文件。', '预算金额：30万元']),
    check: (e) => expect(e.tenderDeadline).toBe('2025-03-20'),
  },
  {
    name: 'a 获取 or 质疑 deadline ("磋商文件获取截止时间：") is not the submission deadline',
    text: tender('星河县宣传片拍摄制作项目竞争性磋商公告', ['预算金额：45万元', '磋商文件获取截止时间：2025年04月15日', '质疑提交截止日期：2025年04月18日']),
    check: (e) => expect(e.tenderDeadline).toBeNull(),
  },
  {
    name: '(guard) a correction\'s 更正前 deadline heading is not read as its deadline (only a labelled field counts outside a tender)',
    text: ['星河县宣传片拍摄制作项目更正公告', '更正日期：2025-06-05', '采购人：星河县文化旅游局', '一、更正事项：递交响应文件截止时间', '2025年06月10日 09时30分', '更正为2025年06月17日 09时30分'].join('\n'),
    check: (e) => {
      expect(e.kind).toBe('correction');
      expect(e.tenderDeadline).toBeNull();
    },
  },
  {
    name: 'a 最高限价 column beside the budget column is the ceiling: the single row\'s, or one project\'s lots summed',
    text: tender('星河县宣传片拍摄制作项目竞争性磋商公告', [
      '包号 | 包名称 | 预算金额（万元） | 最高限价（万元）',
      '1 | 宣传片拍摄制作 | 30 | 29',
      '2 | 短视频拍摄制作 | 20 | 19.5',
      '合计 |  | 50 | 48.5',
    ]),
    check: (e) => {
      expect(e.budgetYuan).toBe(500000);
      expect(e.ceilingYuan).toBe(485000);
    },
  },
  {
    name: '(guard) a 最高单价 column is no ceiling of the project',
    text: tender('星河县LED显示屏采购竞采公告', ['采购预算：128000元', '序号 | 品名 | 数量 | 最高单价（元）', '1 | 户外LED显示屏 | 2 | 48000']),
    check: (e) => expect(e.ceilingYuan).toBeNull(),
  },
  {
    name: 'a 比选 named only in its title ("…物业管理服务比选公告", 比选人, no 采购方式 field) has 比选 as its method',
    text: ['星河县人民医院2025年度物业管理服务比选公告', '发布时间：2025-07-14', '比选人：星河县人民医院', '比选预算（最高限价）：126万元'].join('\n'),
    check: (e) => expect(e.procurementMethod).toBe('比选'),
  },
  {
    name: '(guard) a stated method wins over 比选 in the title',
    text: ['星河县融媒体中心短视频制作服务比选公告', '发布时间：2025-07-14', '采购人：星河县融媒体中心', '采购方式：竞争性磋商'].join('\n'),
    check: (e) => expect(e.procurementMethod).toBe('竞争性磋商'),
  },
];

runTrapRows('heldout20 traps (parser 1.21.0)', rows);
