/**
 * Traps found by the seventy-second unseen batch (tests/fixtures/extract/heldout72): small
 * video-operations buys as their buyers publish them (a portal's banner over the notice's heading,
 * 框架 入围/中选 results, payment and spending disclosures). One named row each, run through the
 * real extractNotice: each row failed before parser 1.61.0, except those marked (guard), which keep
 * a new rule from overreaching. The names say the general rule, not the fixture; the parties are
 * invented (星河…).
 */
import { expect } from 'vitest';
import { runTrapRows, type TrapRow } from './trap-rows.js';

const rows: TrapRow[] = [
  {
    name: 'a portal\'s banner with its access links ("X门户网站 | 无障碍浏览 | 长者模式") is no title: the notice\'s heading under the menus is',
    text: '星河县人民政府门户网站 | 无障碍浏览 | 长者模式\n首页 走进星河 政务公开 政务服务\n星河县人民政府\n首页 > 政务公开 > 通知公告\n星河县文化和旅游局短视频拍摄服务成交公告\n时间：2023-06-20　来源：县文化和旅游局\n　　现就本次采购的成交结果公告如下：\n一、采购人名称：星河县文化和旅游局\n二、成交供应商：星河影像传媒有限公司\n三、成交金额：38,000.00元',
    check: (e) => expect([e.title, e.kind]).toEqual(['星河县文化和旅游局短视频拍摄服务成交公告', 'award']),
  },
  {
    name: 'a body\'s name with its site\'s label after a space or a dash ("X融媒体中心 — 公告", "X有限公司 阳光采购平台") is no title: the 结果公示 heading under it is, and its kind',
    text: '登录 | 注册 | 供应商入库\n星河文旅集团有限公司 阳光采购平台\n首页 | 采购公告 | 结果公示\n结果公示\n\n星河文旅集团景区短视频服务框架协议采购中选结果公示\n公示日期：03-14\n\n采购单位：星河文旅集团有限公司\n中选结果（按综合得分排序）：\n第一中选人：星河映画文化传媒有限公司，短视频单价 980元/条\n第二中选人：星河山影视文化有限公司，短视频单价 1,020元/条\n公示期：3个工作日',
    check: (e) => {
      expect([e.title, e.kind]).toEqual(['星河文旅集团景区短视频服务框架协议采购中选结果公示', 'award']);
      expect(e.lots.map((l) => [l.vendor, l.amountYuan])).toEqual([['星河映画文化传媒有限公司', null], ['星河山影视文化有限公司', null]]);
    },
  },
  {
    name: 'a town\'s header over a village\'s 村级小额采购事项公开: the village\'s heading is the title, and its 公开单位 the buyer',
    text: '星河县星河镇人民政府\n首页 > 村务公开 > 星光村\n星河镇星光村2026年一季度村级小额采购事项公开\n发布时间：2026-04-08  公开单位：星河镇星光村村民委员会\n\n　　现将本村2026年一季度小额采购事项公开如下：\n　　1.宣传展板制作，供应单位：星河县鑫彩广告部，金额3,860元。',
    check: (e) => expect([e.title, e.buyer]).toEqual(['星河镇星光村2026年一季度村级小额采购事项公开', '星河镇星光村村民委员会']),
  },
  {
    name: '(guard) a body\'s name alone over a heading that ends as no notice keeps the name\'s own heading rules (no line below is taken for a title)',
    text: '星河县融媒体中心 — 公告\n网站首页 > 融媒动态\n星河县融媒体中心关于招聘劳务派遣记者的说明\n　　我中心因工作需要，现招聘记者2名。',
    check: (e) => expect(e.title).not.toBe('星河县融媒体中心关于招聘劳务派遣记者的说明'),
  },
];

runTrapRows('traps-heldout72', rows);
