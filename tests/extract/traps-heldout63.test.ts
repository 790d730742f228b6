/**
 * Traps found by the sixty-third and sixty-fourth unseen batches (tests/fixtures/extract/heldout63,
 * heldout64): small purchases outside the big portals (township, 街道, 社区, village and school
 * pages) and a WeChat repost. One named row each, run through the real extractNotice: each row
 * failed before parser 1.57.0, except those marked (guard), which keep a new rule from
 * overreaching. The names say the general rule, not the fixture; the parties are invented (星河…).
 */
import { expect } from 'vitest';
import { runTrapRows, type TrapRow } from './trap-rows.js';

const lots = (e: { lots: { vendor: string | null; amountYuan: number | null }[] }) => e.lots.map((l) => [l.vendor, l.amountYuan]);

const rows: TrapRow[] = [
  {
    name: 'a lowest quote with a short condition before the choice ("X报价最低且满足服务要求，确定为成交单位") names the winner',
    text: '星河镇政务新媒体运营服务询价结果公示\n发布日期：2023-07-14\n二、报价情况\n星河云视文化传媒有限公司    报价：48600元\n星河森源广告有限公司    报价：52000元\n三、询价结果\n经询价小组比较，星河云视文化传媒有限公司报价最低且满足服务要求，确定为成交单位，成交金额：肆万捌仟陆佰元整（¥48,600.00）。\n星河镇人民政府\n2023年7月14日',
    check: (e) => expect(lots(e)).toEqual([['星河云视文化传媒有限公司', 48600]]),
  },
  {
    name: 'a shop (商行) with the lowest quote, its condition set off by commas, chosen as 供货单位, is the winner',
    text: '星河社区办公家具采购比价结果公示\n发布日期：2016-11-03\n比价单位及报价：\n星河明辉家具商行：41,860元\n星河福源办公设备有限公司：43,200元\n比价结果：星河明辉家具商行报价最低，且产品符合要求，确定为供货单位，成交金额41860元。\n星河市星河社区居民委员会\n2016年11月3日',
    check: (e) => expect(lots(e)).toEqual([['星河明辉家具商行', 41860]]),
  },
  {
    name: '(guard) a lowest quote that was NOT chosen ("X报价最低，但资质不全，不予确定") names no winner from that sentence',
    text: '星河镇办公用品采购询价结果公示\n发布日期：2023-07-14\n星河文具商行报价最低，但资质不全，不予采纳。\n星河镇人民政府\n2023年7月14日',
    check: (e) => expect(e.lots.map((l) => l.vendor)).not.toContain('星河文具商行'),
  },
];

runTrapRows('heldout63 traps', rows);
