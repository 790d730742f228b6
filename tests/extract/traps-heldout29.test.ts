/**
 * Traps found by the twenty-ninth unseen batch (tests/fixtures/extract/heldout29): older notices,
 * 2008–2018, in their era's templates. One named row each, run through the real extractNotice:
 * each row failed before parser 1.35.0, except those marked (guard), which keep a new rule from
 * overreaching. The names say the general rule, not the fixture; the parties are invented (星河…).
 */
import { expect } from 'vitest';
import { award, runTrapRows, type TrapRow } from './trap-rows.js';

const tender = (title: string, body: string) => `${title}\n发布日期：2012-03-20\n${body}`;

const rows: TrapRow[] = [
  {
    name: 'a 栏目 made by an outside firm ("栏目外包制作") is video_production, as 栏目制作 is',
    text: tender('星河县广播电视台星河网络电视台《星河山水》栏目外包制作项目招标公告', '采购人：星河县广播电视台\n项目内容：为网络电视台栏目提供策划、拍摄、剪辑、包装服务，全年制作节目52期。\n项目预算：人民币48万元'),
    check: (e) => expect([e.isVideoOps, e.serviceType]).toEqual([true, 'video_production']),
  },
  {
    name: 'a website plus a named account (政务微博) kept up together is the account\'s running: account_operation',
    text: award('星河县人民政府办公室政府门户网站及政务微博日常维护服务询价采购成交公告', '采购人：星河县人民政府办公室\n服务内容：门户网站信息采编更新；“星河发布”政务微博每日信息发布不少于6条、网民留言收集转办。\n成交供应商：星河网络科技有限公司\n成交金额：人民币伍万捌仟捌佰元整（¥58,800.00）'),
    check: (e) => expect([e.isVideoOps, e.serviceType]).toEqual([true, 'account_operation']),
  },
  {
    name: '(guard) a website and its new-media PLATFORM kept up (平台运维) stays IT upkeep, out of scope',
    text: award('星河县人民政府办公室政府门户网站及政务新媒体平台运维服务项目成交公告', '采购人：星河县人民政府办公室\n服务范围：服务器、数据库运维，网站安全防护；不含内容采编\n供应商名称：星河信息技术有限公司\n中标（成交）金额：168,000.00元'),
    check: (e) => expect([e.isVideoOps, e.serviceType]).toEqual([false, null]),
  },
  {
    name: '(guard) an account\'s platform named beside the website ("门户网站及微信公众号平台维护") stays IT upkeep',
    text: award('星河县人民政府办公室门户网站及微信公众号平台维护服务成交公告', '采购人：星河县人民政府办公室\n服务范围：服务器与接口维护\n供应商名称：星河信息技术有限公司\n中标（成交）金额：98,000.00元'),
    check: (e) => expect(e.isVideoOps).toBe(false),
  },
  {
    name: 'an uppercase budget followed by its lots\' shares in digits ("壹佰贰拾万元整（第一包72万元，第二包48万元）") is the uppercase total',
    text: tender('星河县公安局警用车辆采购项目招标公告', '采购人：星河县公安局\n项目预算：人民币壹佰贰拾万元整（第一包72万元，第二包48万元）\n投标保证金：第一包人民币壹万肆仟元整，第二包人民币玖仟陆佰元整'),
    check: (e) => expect(e.budgetYuan).toBe(1200000),
  },
  {
    name: '(guard) an uppercase amount with its own digits in brackets reads once ("伍拾玖万伍仟元整（￥595,000.00）")',
    text: tender('星河县公安局警用车辆采购项目招标公告', '采购人：星河县公安局\n项目预算：人民币伍拾玖万伍仟元整（￥595,000.00）'),
    check: (e) => expect(e.budgetYuan).toBe(595000),
  },
];

runTrapRows('heldout29 traps', rows);
