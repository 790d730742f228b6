/**
 * Traps found by the twenty-first unseen batch (tests/fixtures/extract/heldout21): what follows an
 * award (contracts, 补充协议, corrections of results, acceptance, suspensions, complaints). One
 * named row each, run through the real extractNotice: each row failed before parser 1.22.0,
 * except those marked (guard), which keep the new rule from overreaching. The names say the
 * general rule, not the fixture; the parties are invented (星河…).
 */
import { expect } from 'vitest';
import { kindFromTitle } from '../../scrapers/extract/kind.js';
import { runTrapRows, type TrapRow } from './trap-rows.js';

const rows: TrapRow[] = [
  {
    name: 'a 暂停公告 (suspended after a 质疑) and its 恢复公告 change an earlier notice: corrections, not failures',
    check: () => {
      expect(kindFromTitle('星河县人民医院医疗废物收集转运服务项目暂停公告')).toBe('correction');
      expect(kindFromTitle('关于星河县融媒体中心短视频制作服务项目暂停采购活动的公告')).toBe('correction');
      expect(kindFromTitle('星河县自然资源局地籍调查服务项目恢复公告')).toBe('correction');
    },
  },
  {
    name: '(guard) a 中止公告, a 终止公告 and a 撤销公告 still award nothing (failure)',
    check: () => {
      expect(kindFromTitle('星河县融媒体中心短视频制作服务项目中止公告')).toBe('failure');
      expect(kindFromTitle('星河县融媒体中心短视频制作服务项目终止公告')).toBe('failure');
      expect(kindFromTitle('关于星河县融媒体中心短视频制作服务项目中标结果的撤销公告')).toBe('failure');
    },
  },
  {
    name: 'numbered respondents of a complaint decision ("被投诉人1：X学校 / 被投诉人2：Y招标有限公司"): the first is the buyer, the agent\'s trade names the agency, never the finance bureau deciding',
    text: [
      '星河县财政局政府采购投诉处理决定书',
      '星财采诉〔2025〕3号',
      '投诉人：星河佳园物业服务有限公司',
      '被投诉人1：星河县第三中学',
      '被投诉人2：星河金桥招标有限公司',
      '相关供应商：星河宏泰物业管理有限公司',
      '投诉人就“星河县第三中学物业管理服务项目”的中标结果（中标金额：人民币916,800.00元）提起投诉。',
      '处理决定：驳回投诉。',
      '星河县财政局',
      '2025年8月12日',
    ].join('\n'),
    check: (e) => {
      expect(e.kind).toBe('other');
      expect(e.buyer).toBe('星河县第三中学');
      expect(e.agency).toBe('星河金桥招标有限公司');
      expect(e.lots).toEqual([]);
    },
  },
  {
    name: 'numbered respondents that are two public bodies are both the buyer, joined by "；" (no agent\'s trade in either name)',
    text: [
      '星河县财政局政府采购投诉处理决定书',
      '被投诉人1：星河县第一中学',
      '被投诉人2：星河县第二中学',
      '投诉人就“星河县中学食堂食材配送项目”的中标结果提起投诉。',
      '2025年8月12日',
    ].join('\n'),
    check: (e) => {
      expect(e.buyer).toBe('星河县第一中学；星河县第二中学');
      expect(e.agency).toBeNull();
    },
  },
  {
    name: 'a contract table "供应商名称 | 合同金额（万元）" names the signed vendor and price: one lot, in yuan by the header\'s unit',
    text: [
      '星河县委宣传部新媒体账号运营服务项目合同公告',
      '发布日期：2025年11月21日',
      '采购人：中共星河县委宣传部',
      '合同信息：',
      '合同编号 | 供应商名称 | 合同金额（万元） | 签订日期 | 履约期限',
      'XH-2025-017 | 星河雪城新媒体文化传播有限公司 | 43.8 | 2025-11-17 | 12个月',
    ].join('\n'),
    check: (e) => {
      expect(e.kind).toBe('contract');
      expect(e.lots.map((l) => [l.vendor, l.amountYuan, l.amountForm])).toEqual([['星河雪城新媒体文化传播有限公司', 438000, 'total']]);
    },
  },
  {
    name: '(guard) the same table in an acceptance notice awards nothing: no lot',
    text: [
      '星河县委宣传部新媒体账号运营服务项目验收结果公告',
      '发布日期：2025年12月21日',
      '采购人：中共星河县委宣传部',
      '合同编号 | 供应商名称 | 合同金额（万元） | 验收日期 | 验收结论',
      'XH-2025-017 | 星河雪城新媒体文化传播有限公司 | 43.8 | 2025-12-17 | 合格',
    ].join('\n'),
    check: (e) => {
      expect(e.kind).toBe('acceptance');
      expect(e.lots).toEqual([]);
    },
  },
  {
    name: '(guard) a bidders\' table "投标供应商名称 | 投标报价" is no contract row, whatever the notice',
    text: [
      '星河县委宣传部新媒体账号运营服务项目合同公告',
      '发布日期：2025年11月21日',
      '采购人：中共星河县委宣传部',
      '序号 | 投标供应商名称 | 投标报价（万元）',
      '1 | 星河甲文化传媒有限公司 | 43.8',
      '2 | 星河乙文化传媒有限公司 | 44.6',
    ].join('\n'),
    check: (e) => expect(e.lots.map((l) => l.vendor)).not.toContain('星河乙文化传媒有限公司'),
  },
];

runTrapRows('heldout21 traps', rows);
