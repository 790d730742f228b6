/**
 * The project code a contract notice is filed under. A contract writes its own 合同编号 beside the
 * 项目编号 of the procurement it closes; the project's code is what ties it to its call and award
 * (filed under its own number, the contract counted the award a second time: the demo's 湄潭县
 * award and contract both counted). Found by reading the demo dashboard, not by a batch. One named
 * row each, run through the real extractNotice: each row failed before parser 1.51.0's follow-up,
 * except those marked (guard). Parties invented (星河…).
 */
import { expect } from 'vitest';
import { runTrapRows, type TrapRow } from './trap-rows.js';

const contract = (codes: string, title = '星河县融媒体中心短视频制作服务合同公告') =>
  `${title}\n${codes}\n合同名称：星河县融媒体中心短视频制作服务合同\n采购人（甲方）：星河县融媒体中心\n供应商（乙方）：星河影像传媒有限公司\n合同金额：298000元\n合同公告日期：2024-05-06\n`;

const rows: TrapRow[] = [
  {
    name: 'a contract listing its 合同编号 before the 项目编号 is filed under the project code',
    text: contract('一、合同编号：XHHT-2024-0506\n二、项目编号：XHZC-2024-0312'),
    check: (e) => expect(e.projectCode).toBe('XHZC-2024-0312'),
  },
  {
    name: '(guard) a contract that writes only its 合同编号 is filed under it',
    text: contract('一、合同编号：XHHT-2024-0506'),
    check: (e) => expect(e.projectCode).toBe('XHHT-2024-0506'),
  },
  {
    name: '(guard) a code marked as the earlier project\'s ("（原项目）") is not this contract\'s project',
    text: contract('一、合同编号：XHHT-2025-019\n三、项目编号：XHZC-2024-0233（原项目）'),
    check: (e) => expect(e.projectCode).toBe('XHHT-2025-019'),
  },
  {
    name: '(guard) a renewal (续签) keeps its own contract number: this year\'s money is not last year\'s award restated',
    text: contract('一、合同编号：XHHT-2025-019\n三、项目编号：XHZC-2024-0233', '星河县融媒体中心短视频制作服务续签合同公告'),
    check: (e) => expect(e.projectCode).toBe('XHHT-2025-019'),
  },
];

runTrapRows('project code of a contract notice', rows);
