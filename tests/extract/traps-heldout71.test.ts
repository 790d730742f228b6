/**
 * Traps found by the seventy-first unseen batch (tests/fixtures/extract/heldout71): purchases from
 * outside the big portals by a sixth author. One named row each, run through the real
 * extractNotice: each row failed before parser 1.61.0, except those marked (guard), which keep a
 * new rule from overreaching. The names say the general rule, not the fixture; the parties are
 * invented (星河…), the counties real (a county is only placed if it exists).
 */
import { expect } from 'vitest';
import { runTrapRows, type TrapRow } from './trap-rows.js';

const rows: TrapRow[] = [
  {
    name: "a county portal's letterhead that leads a breadcrumb (\"X县人民政府网 > 乡镇动态 > Y镇\") places a village's page in that county",
    text: '丹寨县人民政府网 > 乡镇动态 > 兴仁镇\n\n兴仁镇星河村宣传视频拍摄服务比选公告\n发布时间：2026-03-10\n星河村村民委员会拟对本村宣传视频拍摄服务开展比选，现邀请有意向的单位参加。\n项目预算：80000元\n星河村村民委员会\n2026年3月10日',
    check: (e) => expect([e.county, e.divisionCode]).toEqual(['丹寨县', '522636']),
  },
  {
    name: "a county portal's letterhead naming its sub-site after a wide gap (\"X市人民政府　Y管理区\") places a community's page in that county",
    text: '乳山市人民政府　星河管理区\n首页　|　政务公开　|　社区动态\n\n星河社区办公家具采购结果公示\n2018年11月05日　来源：星河社区\n经比较，星河家具有限公司报价最低，确定为供货单位，成交金额40860元。\n星河社区居民委员会\n2018年11月5日',
    check: (e) => expect([e.county, e.divisionCode]).toEqual(['乳山市', '371083']),
  },
  {
    name: '(guard) a breadcrumb led by a site that is no county government places nothing below the city',
    text: '星河新闻网 > 乡镇动态 > 兴仁镇\n\n兴仁镇星河村宣传视频拍摄服务比选公告\n发布时间：2026-03-10\n星河村村民委员会拟对本村宣传视频拍摄服务开展比选。\n项目预算：80000元\n星河村村民委员会',
    check: (e) => expect(e.county).toBeNull(),
  },
];

runTrapRows('heldout71 traps', rows);
