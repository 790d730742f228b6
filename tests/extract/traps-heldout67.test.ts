/**
 * Traps found by the sixty-seventh and sixty-eighth unseen batches (tests/fixtures/extract/heldout67,
 * heldout68): small video-operations buys as their buyers publish them (公众号 posts with ▍
 * headings, village payment notices, framework calls) and a fresh measure (PDF text, WeChat
 * reposts, saved pages). One named row each, run through the real extractNotice: each row failed
 * before parser 1.59.0, except those marked (guard), which keep a new rule from overreaching. The
 * names say the general rule, not the fixture; the parties are invented (星河…).
 */
import { expect } from 'vitest';
import { runTrapRows, type TrapRow } from './trap-rows.js';

const rows: TrapRow[] = [
  {
    name: 'a WeChat post\'s heading under a block mark ("▍采购人") with the value on the next line is the buyer as written, not the masthead\'s short name',
    text: '星河中学\n2020年09月07日 18:05 河北\n\n星河中学校庆宣传片拍摄制作询价公告\n\n为迎接校庆，我校拟拍摄制作校庆宣传片，现面向社会公开询价。\n\n▍项目名称\n星河中学校庆宣传片拍摄制作\n\n▍采购人\n星河县星河中学\n\n▍预算\n本项目预算6.5万元。\n\n星河中学\n2020年9月7日\n',
    check: (e) => expect([e.buyer, e.budgetYuan]).toEqual(['星河县星河中学', 65000]),
  },
  {
    name: '(guard) a block-marked sentence that mentions the buyer inside it ("● 采购人应当…") is no buyer label',
    text: '星河县文化馆宣传片拍摄项目询价公告\n发布时间：2024-03-02\n采购人：星河县文化馆\n● 采购人应当在成交结果公告后五日内与成交供应商签订合同\n预算金额：5万元\n',
    check: (e) => expect(e.buyer).toBe('星河县文化馆'),
  },
  {
    name: 'a village committee named without its township is placed through the township the page files it under ("X镇 > Y村"), where a saved page\'s name writes that township after its county',
    text: '==> 泗水县云岭镇 村务公开 保存 <==\n\n村务公开 > 云岭镇 > 石桥村\n石桥村关于支付宣传短视频拍摄制作费用的公示\n\n广大村民：\n我村委托星河影视传媒有限公司拍摄制作乡村旅游宣传短视频，已验收合格，现按合同支付费用。\n收款单位：星河影视传媒有限公司\n支付金额：18,500.00元\n\n石桥村村民委员会\n8月12日\n',
    check: (e) => expect([e.title, e.buyer, e.county, e.divisionCode]).toEqual(['石桥村关于支付宣传短视频拍摄制作费用的公示', '石桥村村民委员会', '泗水县', '370831']),
  },
  {
    name: '(guard) a village whose township the text never places after a county stays unplaced below what else places it',
    text: '村务公开 > 云岭镇 > 石桥村\n石桥村关于支付宣传短视频拍摄制作费用的公示\n\n我村委托星河影视传媒有限公司拍摄制作乡村旅游宣传短视频，现按合同支付费用。\n收款单位：星河影视传媒有限公司\n\n石桥村村民委员会\n8月12日\n',
    check: (e) => expect([e.buyer, e.county]).toEqual(['石桥村村民委员会', null]),
  },
];

runTrapRows('heldout67 traps', rows);
