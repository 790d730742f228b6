/**
 * Traps found by the thirty-second unseen batch (tests/fixtures/extract/heldout32): results with
 * hard lots and prices. One named row each, run through the real extractNotice: each row failed
 * before parser 1.37.0, except those marked (guard), which keep a new rule from overreaching. The
 * names say the general rule, not the fixture; the parties are invented (星河…).
 */
import { expect } from 'vitest';
import { award, runTrapRows, type TrapRow } from './trap-rows.js';

const lotsOf = (e: { lots: Array<{ vendor: string | null; amountYuan: number | null }> }) => e.lots.map((l) => [l.vendor, l.amountYuan]);

const rows: TrapRow[] = [
  {
    name: 'a results table run onto one line with no row numbers (header, then coded rows) is one lot per row, never the header taken for a vendor',
    text: award(
      '星河县教育局2024年学校物业服务项目中标公告',
      '采购人：星河县教育局\n四、中标结果：\n标段编号 标段名称 中标供应商 中标金额（元） XH-01 第一标段（城区小学） 星河物业服务有限公司 1,286,000.00 XH-02 第二标段（城区初中） 星河环境服务有限公司 942,500.00 XH-03 第三标段（高中） 星河物业服务有限公司 868,000.00\n五、采购预算：合计314万元。',
    ),
    check: (e) =>
      expect(lotsOf(e)).toEqual([
        ['星河物业服务有限公司', 1286000],
        ['星河环境服务有限公司', 942500],
        ['星河物业服务有限公司', 868000],
      ]),
  },
  {
    name: 'a run-on table after its label on the same line ("中标结果：包号 …") is cut the same way',
    text: award(
      '星河县融媒体中心短视频制作项目中标公告',
      '采购人：星河县融媒体中心\n中标结果：包号 中标供应商 中标金额（元） A1 星河影视传媒有限公司 268,000.00 A2 星河印象文化传媒有限公司 96,500.00',
    ),
    check: (e) =>
      expect(lotsOf(e)).toEqual([
        ['星河影视传媒有限公司', 268000],
        ['星河印象文化传媒有限公司', 96500],
      ]),
  },
  {
    name: 'a first year\'s fee named by its service (第一年维保费 …（¥235,000.00）) before a stated 总价 for the whole term: the 总价 is the award',
    text: award(
      '星河县医院CT设备维保服务单一来源采购成交公告',
      '采购人：星河县医院\n成交供应商：星河医疗科技有限公司\n成交价格：第一年维保费人民币贰拾叁万伍仟元整（¥235,000.00），服务期三年，总价￥705,000.00。',
    ),
    check: (e) => expect(lotsOf(e)).toEqual([['星河医疗科技有限公司', 705000]]),
  },
  {
    name: '(guard) a fee dated by its year ("2024年度服务费：¥300,000.00") with no total after it stays the award',
    text: award('星河县融媒体中心新媒体运营服务项目成交公告', '采购人：星河县融媒体中心\n成交供应商：星河印象文化传媒有限公司\n成交金额：2024年度服务费：¥300,000.00\n服务期：一年'),
    check: (e) => expect(lotsOf(e)).toEqual([['星河印象文化传媒有限公司', 300000]]),
  },
  {
    name: 'an itemised table (数量, 单价, 小计) whose sum stands on a "合计：X元" line under it, not as a row: the 合计 is the award',
    text: award(
      '星河县2019年中小学课桌椅采购项目成交公告',
      '一、采购人：星河县教育局\n五、成交供应商：星河教学设备有限公司\n六、成交明细\n序号\t货物名称\t数量\t单价（元）\t小计（元）\n1\t单人课桌椅\t1200套\t268.00\t321,600.00\n2\t教师办公桌椅\t80套\t560.00\t44,800.00\n合计：366,400.00元（大写：叁拾陆万陆仟肆佰元整）\n七、采购预算：40万元',
    ),
    check: (e) => expect(lotsOf(e)).toEqual([['星河教学设备有限公司', 366400]]),
  },
  {
    name: 'framework holders listed one a line under "入围结果：", each priced by a 折扣率: one lot each, amount null, form rate',
    text: award(
      '星河县机关事务服务中心公务用车维修保养服务定点采购入围结果公告',
      '采购人：星河县机关事务服务中心\n采购方式：框架协议采购\n入围结果：\n1. 星河县顺通汽车修理厂\u3000\u3000工时费折扣率：85%\u3000配件价格折扣率：90%\n2. 星河汽车服务有限公司\u3000\u3000工时费折扣率：88%\u3000配件价格折扣率：92%\n服务期：2025年1月至2026年12月。',
    ),
    check: (e) =>
      expect(e.lots.map((l) => [l.lot, l.vendor, l.amountYuan, l.amountForm])).toEqual([
        [null, '星河县顺通汽车修理厂', null, 'rate'],
        [null, '星河汽车服务有限公司', null, 'rate'],
      ]),
  },
];

runTrapRows('heldout32 traps', rows);
