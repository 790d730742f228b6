/**
 * Traps found while adding the Hubei and Jiangsu adapters (session 4), and on the demo's contract
 * pages (session 5), one named row each, run through the real extractNotice. The parties are invented.
 */
import { expect } from 'vitest';
import { award, runTrapRows, type TrapRow } from './trap-rows.js';

const rows: TrapRow[] = [
  {
    name: 'a vendor whose name starts with a place beginning 无 (无锡, 无为) is a vendor, not "无" (none)',
    text: award('无锡市某局短视频制作项目成交结果公告', '供应商名称：无锡太湖影视文化有限公司\n中标（成交）金额：186000元\n'),
    check: (e) => {
      expect(e.lots.map((l) => l.vendor)).toEqual(['无锡太湖影视文化有限公司']);
      expect(e.lots[0].amountYuan).toBe(186000);
    },
  },
  {
    name: '(guard) a vendor field that says 无 alone is still no vendor',
    text: award('某县融媒体中心短视频运营项目废标公告', '中标供应商：无\n废标理由：有效供应商不足三家\n'),
    check: (e) => expect(e.lots.every((l) => l.vendor === null)).toBe(true),
  },
  {
    name: 'the national template heading 评审专家（单一来源采购人员）名单 does not make the method 单一来源',
    text: award(
      '某市文化广电旅游局政务新媒体运营服务项目中标（成交）结果公告',
      '一、项目编号：JSZC-320000-2025-001\n二、中标（成交）信息\n供应商名称：某某文化传媒有限公司\n中标（成交）金额：480000元\n五、评审专家（单一来源采购人员）名单：张三、李四、王五\n',
    ),
    check: (e) => expect(e.procurementMethod).toBeNull(),
  },
  {
    name: '(guard) a notice that states 单一来源 as its method keeps it',
    text: award('某县融媒体中心短视频运营服务单一来源采购公示', '采购方式：单一来源\n拟定供应商：某某文化传媒有限公司\n五、评审专家（单一来源采购人员）名单：张三\n'),
    check: (e) => expect(e.procurementMethod).toBe('单一来源'),
  },
  {
    name: 'the evidence of a date written 年月日 ends with its 日 (it stopped at the day\'s digits)',
    text: '某市气象局科普短视频制作项目成交公告\n 2024年11月26日 15:00 来源：中国政府采购网\n供应商名称：某某影视有限公司\n成交金额：398000元\n',
    check: (e) => {
      expect(e.publishedAt).toBe('2024-11-26');
      expect(e.evidence.publishedAt.text).toBe('2024年11月26日');
    },
  },
  {
    name: '(guard) a date written with dashes keeps its exact span',
    text: award('某县融媒体中心短视频运营项目成交公告', '供应商名称：某某传媒有限公司\n成交金额：186000元\n'),
    check: (e) => expect(e.evidence.publishedAt.text).toBe('2025-06-01'),
  },
];

runTrapRows('traps found by the Hubei and Jiangsu portals, and on the demo pages', rows);
