/**
 * Traps found by the sixty-ninth and seventieth unseen batches (tests/fixtures/extract/heldout69, heldout70):
 * purchases outside the big portals by a fifth author, whose words for the same things differ from the
 * fourth's (选定 for 确定, 施工单位, a candidate confirmed as winner, a monthly rate beside its sum). One
 * named row each, run through the real extractNotice: each row failed before parser 1.60.0, except those
 * marked (guard), which keep a new rule from overreaching. The names say the general rule, not the
 * fixture; the parties are invented (星河…).
 */
import { expect } from 'vitest';
import { runTrapRows, type TrapRow } from './trap-rows.js';

const lotsOf = (e: { lots: { vendor: string | null; amountYuan: number | null }[] }) => e.lots.map((l) => [l.vendor, l.amountYuan]);

const rows: TrapRow[] = [
  {
    name: 'a works choice in prose ("选定X为施工单位，合同价27,860元") names the builder and its contract price',
    text: '星河小区门禁改造项目比价结果公示\n2025年06月11日\n各位居民：\n　　经比价小组评议，选定星河安防工程有限公司为施工单位，合同价27,860元（贰万柒仟捌佰陆拾元整），工期15天。\n星河居民委员会\n2025年6月11日',
    check: (e) => expect(lotsOf(e)).toEqual([['星河安防工程有限公司', 27860]]),
  },
  {
    name: 'a ranked candidate confirmed as winner in the same sentence ("推荐X为第一中选候选人并确定为中选单位，中选价为…") is the winner at its price',
    text: '星河城投公司保安服务比选结果公示\n发布时间：2019/12/16\n采购单位：星河县城市建设投资有限公司\n比选结果：经比选小组评审，推荐星河物业服务有限公司为第一中选候选人并确定为中选单位，中选价为人民币贰拾陆万叁仟伍佰元整（263,500.00元）。\n',
    check: (e) => expect(lotsOf(e)).toEqual([['星河物业服务有限公司', 263500]]),
  },
  {
    name: '(guard) a first candidate only recommended ("推荐X为第一中标候选人", no 确定为) is read by the candidate rules, not as confirmed in prose',
    text: '星河县文化馆舞台灯光采购评审结果\n发布时间：2019/12/16\n采购人：星河县文化馆\n评审结果：推荐星河舞台设备有限公司为第一中标候选人，报价263,500.00元。\n',
    check: (e) => expect(e.lots.every((l) => l.vendor !== '星河舞台设备有限公司' || l.amountYuan === 263500 || l.amountYuan === null)).toBe(true),
  },
  {
    name: 'a service chosen at a monthly rate with its period\'s sum beside it ("每月9800元，三个月合计29400元") is awarded the sum',
    text: '星河镇公厕保洁服务比价结果公示\n发布时间：2017-08-03\n　　经比价小组评议，选定星河保洁服务部为服务单位，每月9800元，三个月合计29400元（贰万玖仟肆佰元整），耗材费用包含在内。\n星河镇人民政府\n2017年8月3日',
    check: (e) => expect(lotsOf(e)).toEqual([['星河保洁服务部', 29400]]),
  },
  {
    name: '(guard) a count summed after the winner ("全年共计52期") is no price',
    text: '星河县残联手语节目单一来源采购公示\n发布时间：2022-01-04\n　　经研究，拟委托星河广播电视台制作手语新闻节目，每期50分钟，全年共计52期。\n',
    check: (e) => expect(e.lots.map((l) => l.amountYuan)).not.toContain(52),
  },
  {
    name: 'an aggregator\'s login note after a name ("X局（*登录后查看联系人）") is its paywall, no part of the buyer',
    text: '某某招标网 首页>招标公告>中标结果\n\n星河县文化旅游局宣传短视频拍摄制作服务成交结果公告\n发布时间：2025-08-21\n采购单位：星河县文化旅游局（*登录后查看联系人）\n中标单位：星河文化传媒有限公司\n中标金额：23.7万元\n',
    check: (e) => expect(e.buyer).toBe('星河县文化旅游局'),
  },
  {
    name: '(guard) a bracket that belongs to the name ("星河县人民医院（星河县中医院）") stays',
    text: '星河县人民医院（星河县中医院）宣传片采购成交公告\n发布时间：2025-08-21\n采购单位：星河县人民医院（星河县中医院）\n成交供应商：星河文化传媒有限公司\n成交金额：23.7万元\n',
    check: (e) => expect(e.buyer).toBe('星河县人民医院（星河县中医院）'),
  },
  {
    name: 'a township named bare as the actor in prose ("星河乡对…开展现场竞价。竞价于…进行") is its government the 落款 signs',
    text: '星河县人民政府网\n首页 >> 乡镇信息 >> 星河乡\n\n星河乡牧民帐篷采购竞价结果公示\n发布时间：2016-06-14　　来源：星河乡人民政府\n\n    根据乡党委会议研究决定，为保障我乡牧民生产生活需要，星河乡对牧民帐篷采购项目开展现场竞价。竞价于2016年6月11日在乡政府会议室进行，由乡纪委现场监督。现将竞价结果公示如下：\n    竞价结果：确定星河户外用品有限公司为供货单位，成交金额为人民币228,800元。\n\n星河乡人民政府\n二〇一六年六月十二日\n',
    check: (e) => expect(e.buyer).toBe('星河乡人民政府'),
  },
];

runTrapRows('heldout69 and heldout70 traps', rows);
