/**
 * Traps found by the fifty-third unseen batch (tests/fixtures/extract/heldout53): a crawler's
 * export under "#" notes with its header row written as a comment. One named row each, run
 * through the real extractNotice: each row failed before parser 1.50.0, except those marked
 * (guard), which keep a new rule from overreaching. The names say the general rule, not the
 * fixture; the parties are invented (星河…).
 */
import { expect } from 'vitest';
import { runTrapRows, type TrapRow } from './trap-rows.js';

const rows: TrapRow[] = [
  {
    name: 'an export whose header row is a "# 字段：" comment under a crawl note: the record is the notice, the crawl date is not its date',
    text: '# 抓取记录  来源：星河省政府采购网  采集日期：2023-06-30\n# 字段：公告标题 | 区划 | 采购方式 | 发布时间 | 正文\n星河县文化馆短视频制作服务项目结果公告 | 星河市星河县 | 竞争性磋商 | 2023-06-26 09:10 | \n项目名称：星河县文化馆短视频制作服务项目\n采购人：星河县文化馆\n中标（成交）供应商：星河光影文化传媒有限公司\n中标（成交）金额：128,000.00元',
    check: (e) => {
      expect([e.title, e.publishedAt]).toEqual(['星河县文化馆短视频制作服务项目结果公告', '2023-06-26']);
      expect(e.lots.map((l) => [l.vendor, l.amountYuan])).toEqual([['星河光影文化传媒有限公司', 128000]]);
    },
  },
  {
    name: '(guard) a Markdown notice opening with a "# " heading is no export: its heading stays the title',
    text: '# 星河县融媒体中心新媒体运营服务项目中标公告\n发布时间：2023-03-02\n中标供应商：星河云帆文化传媒有限公司\n中标金额：256,000.00元\n采购人：星河县融媒体中心',
    check: (e) => {
      expect([e.title, e.publishedAt]).toEqual(['星河县融媒体中心新媒体运营服务项目中标公告', '2023-03-02']);
      expect(e.lots.map((l) => [l.vendor, l.amountYuan])).toEqual([['星河云帆文化传媒有限公司', 256000]]);
    },
  },
];

runTrapRows('heldout53 traps', rows);
