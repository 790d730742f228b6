/**
 * Traps found by the seventy-third to seventy-fifth unseen batches (tests/fixtures/extract/heldout73,
 * heldout74, heldout75): a PDF converter's page marker over a generic heading, a place-and-kind
 * heading over the 项目名称, … One named row each, run through the real extractNotice: each row failed
 * before parser 1.62.0, except those marked (guard), which keep a new rule from overreaching. The
 * names say the general rule, not the fixture; the parties are invented (星河…).
 */
import { expect } from 'vitest';
import { runTrapRows, type TrapRow } from './trap-rows.js';

const rows: TrapRow[] = [
  {
    name: 'a text converter\'s page marker ("--- 第 1 页 ---") is no part of the heading under it',
    text: '--- 第 1 页 ---\n星河县融媒体中心短视频制作服务项目成交结果公告\n采购人：星河县融媒体中心\n公告日期：2024年3月5日\n成交供应商：星河影视传媒有限公司\n成交金额：98,000.00元\n--- 第 2 页 ---\n联系人：张先生',
    check: (e) => {
      expect(e.title).toBe('星河县融媒体中心短视频制作服务项目成交结果公告');
      expect(e.lots.map((l) => [l.vendor, l.amountYuan])).toEqual([['星河影视传媒有限公司', 98000]]);
    },
  },
  {
    name: 'a heading of only a place and the kind words ("星河县政府采购中标（成交）结果公告") over a "项目名称：X" line: the project\'s name is the title',
    text: '星河县政府采购中标（成交）结果公告\n项目名称：星河县融媒体中心2024年度政务新媒体账号运营服务项目\n项目编号：XHCG-2024-CS-003\n采购人：星河县融媒体中心\n公告日期：2024年4月21日\n成交供应商：星河文化传媒有限公司\n成交金额：246,000.00元',
    check: (e) => expect(e.title).toBe('星河县融媒体中心2024年度政务新媒体账号运营服务项目'),
  },
  {
    name: '(guard) a heading that names its project ("星河县X项目中标公告") stays the title over its 项目名称 line',
    text: '星河县融媒体中心政务新媒体账号运营服务项目中标公告\n项目名称：星河县融媒体中心政务新媒体账号运营服务项目\n采购人：星河县融媒体中心\n公告日期：2024年4月21日\n中标供应商：星河文化传媒有限公司\n中标金额：246,000.00元',
    check: (e) => expect(e.title).toBe('星河县融媒体中心政务新媒体账号运营服务项目中标公告'),
  },
];

runTrapRows('traps found by heldout73–75', rows);
