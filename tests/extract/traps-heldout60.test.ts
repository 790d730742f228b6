/**
 * Traps found by the sixtieth unseen batch (tests/fixtures/extract/heldout60: purchases outside
 * the big portals, township and 街道 channels, 村务公开 pages, a state firm's platform) and by
 * heldout61 y18. One named row each, run through the real extractNotice: each row failed before
 * parser 1.56.0, except those marked (guard), which keep a new rule from overreaching. The names
 * say the general rule, not the fixture; the parties are invented (星河…), the places real.
 */
import { expect } from 'vitest';
import { runTrapRows, type TrapRow } from './trap-rows.js';

const rows: TrapRow[] = [
  {
    name: 'a village under a township whose three-character name opens with a district\'s short name ("太平庄乡…村") is not in that district',
    text: '星河村冬季取暖用煤询价公告\n发布时间：2019-10-08\n经村民代表会议讨论，村部取暖用煤采用询价方式采购，现邀请供应商报价。\n联系人：于会计\n\n太平庄乡星河村村民委员会\n2019年10月8日',
    check: (e) => expect(e.county).not.toBe('太平区'),
  },
  {
    name: '(guard) a county\'s short name before its own township\'s name ("宾川鸡足山镇") still places the county',
    text: '宾川鸡足山镇星河村道路保洁服务询价公告\n发布时间：2024-10-11\n采购人：宾川鸡足山镇星河村村民委员会\n采购预算：4.5万元',
    check: (e) => expect(e.county).toBe('宾川县'),
  },
  {
    name: '(guard) a province\'s short name before a county\'s whose second character is 乡 ("浙江桐乡经济开发区") still places the county',
    text: '开发区招商宣传片拍摄项目询价公告\n发布时间：2025-11-04\n采购人：浙江桐乡经济开发区管理委员会\n采购预算：65万元',
    check: (e) => expect(e.county).toBe('桐乡市'),
  },
  {
    name: 'a 拟直接采购 proposal\'s "拟采购单位：X公司" is the firm it means to buy from, not the buyer: the 落款 is',
    text: '星河镇网络直播服务拟直接采购公示\n发布日期：2025-06-03\n我镇拟采用网络直播方式宣传推介，经镇采购领导小组研究，拟直接采购以下单位提供服务，现予公示：\n一、项目名称：星河镇网络直播服务\n二、拟采购单位：星河山水文化传媒有限公司\n三、拟采购金额：人民币肆万贰仟元整（42000元）\n公示期内如有异议，请书面反映。\n\n阳朔县星河镇人民政府\n2025年6月3日',
    check: (e) => {
      expect(e.buyer).toBe('阳朔县星河镇人民政府');
      expect(e.lots).toEqual([]);
    },
  },
];

runTrapRows('heldout60 traps', rows);
