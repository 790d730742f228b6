/**
 * Traps found by the fourth unseen batch (tests/fixtures/extract/heldout4), one named row each,
 * run through the real extractNotice: each row failed before parser 1.5.0, except those marked
 * (guard), which keep a new rule from overreaching. The names say the general rule, not the
 * fixture; the parties are invented (星河…) and the places other than the fixtures'.
 */
import { expect } from 'vitest';
import { dominantService } from '../../scrapers/extract/service-type.js';
import { award, runTrapRows, type TrapRow } from './trap-rows.js';

const rows: TrapRow[] = [
  // buyers
  {
    name: 'two buyers of a 联合采购 joined by "、" are both the buyer, as written, without the "（联合采购）" tag',
    text: award('星河县政务短视频制作服务联合采购项目成交公告',
      '成交供应商：星河文化传媒有限公司\n成交金额：236000元\n1.采购人信息\n名称：中共星河县委宣传部、星河县融媒体中心（联合采购）\n地址：星河县人民路'),
    check: (e) => expect(e.buyer).toBe('中共星河县委宣传部、星河县融媒体中心'),
  },
  {
    name: 'two buyers after 采购人： joined by "；" are both the buyer, the separator kept',
    text: award('星河县短视频运营服务项目中标公告', '二、采购人：中共星河县委宣传部；星河县文化和旅游局\n中标供应商：星河文化传媒有限公司\n中标金额：21.6万元'),
    check: (e) => expect(e.buyer).toBe('中共星河县委宣传部；星河县文化和旅游局'),
  },
  {
    name: '(guard) an agency listed after the buyer ("采购人：X局；代理机构：Y公司") is not a second buyer',
    text: award('星河县短视频制作服务项目中标公告', '采购人：星河县文化和旅游局；代理机构：星河招标咨询有限公司\n中标供应商：星河文化传媒有限公司\n中标金额：21.6万元'),
    check: (e) => expect(e.buyer).toBe('星河县文化和旅游局'),
  },
  {
    name: 'a buyer followed by its address in brackets ("X局（地址：…）") loses the bracket the next label cut open',
    text: award('星河市商务局电商直播服务采购项目成交公告', '成交供应商：星河直播电子商务有限公司\n成交金额：¥186,500.00元\n采购人：星河市商务局（地址：星河市陵城路）'),
    check: (e) => expect(e.buyer).toBe('星河市商务局'),
  },
  {
    name: 'the 征集人 of a framework agreement is its buyer when no 采购人 is named',
    text: award('星河市短视频制作服务框架协议采购入围结果公告', '三、征集人：星河市财政局\n入围供应商：星河文化传媒有限公司（入围单价：1800元/条）'),
    check: (e) => expect(e.buyer).toBe('星河市财政局'),
  },
  // framework holders
  {
    name: 'framework holders each followed by "（入围单价：…）" are each a vendor, without the open bracket',
    text: award('星河区视频制作服务框架协议采购入围公告',
      '征集人：星河区财政局\n采购包1（短视频拍摄制作）：\n入围供应商：星河影视传媒有限公司（入围单价：2200元/条）\n入围供应商：银河数字科技有限公司（入围单价：2050元/条）'),
    check: (e) => {
      expect(e.lots.map((l) => l.vendor)).toEqual(['星河影视传媒有限公司', '银河数字科技有限公司']);
      expect(e.lots.every((l) => l.amountYuan === null)).toBe(true);
    },
  },
  {
    name: 'framework holders listed one a numbered line under "入围供应商（排名不分先后）：" are each a vendor with no amount',
    text: award('星河市宣传片及短视频制作服务框架协议采购项目入围结果公告',
      '征集人：星河市财政局\n四、入围结果\n入围供应商（排名不分先后）：\n1. 星河文化传媒有限公司\u3000\u3000入围价格：短视频制作1800元/条\n2. 银河影视制作有限公司\u3000\u3000入围价格：短视频制作1650元/条\n3. 北斗数字科技有限公司\u3000\u3000入围价格：短视频制作1920元/条\n五、协议期限：一年'),
    check: (e) => {
      expect(e.lots.map((l) => l.vendor)).toEqual(['星河文化传媒有限公司', '银河影视制作有限公司', '北斗数字科技有限公司']);
      expect(e.lots.every((l) => l.amountYuan === null)).toBe(true);
    },
  },
  // amounts
  {
    name: 'an award given only as its parts ("其中账号运营服务费96000，短视频拍摄制作费144000") is their sum, and the larger part decides the service',
    text: award('星河区委宣传部新媒体运营及短视频制作服务项目成交结果公告',
      '成交供应商：星河视界文化传媒有限公司\n成交金额（单位：元）：其中新媒体账号运营服务费96000，短视频拍摄制作费144000。\n采购人：中共星河区委宣传部'),
    check: (e) => {
      expect(e.lots[0].amountYuan).toBe(240000);
      expect(e.serviceType).toBe('video_production');
    },
  },
  {
    name: '(guard) "其中" before a single figure is that figure, not a sum',
    text: award('星河区短视频制作服务项目成交结果公告', '成交供应商：星河视界文化传媒有限公司\n成交金额：其中含税金额198000元'),
    check: (e) => expect(e.lots[0].amountYuan).toBe(198000),
  },
  {
    name: 'a yearly fee alone for a three-year term ("中标金额：年服务费36万元", 服务期限：三年) is a unit price, not the award',
    text: award('星河区融媒体中心政务新媒体账号代运营服务项目中标公告',
      '中标供应商：星河文化传媒有限公司\n中标金额：年服务费36万元\n服务期限：三年，合同一年一签\n采购人：星河区融媒体中心'),
    check: (e) => {
      expect(e.lots[0].amountYuan).toBeNull();
      expect(e.lots[0].amountForm).toBe('unit_price');
      expect(e.lots[0].unitPriceYuan).toBe(360000);
    },
  },
  {
    name: '(guard) a yearly fee for a one-year term is the award',
    text: award('星河区融媒体中心政务新媒体账号代运营服务项目中标公告',
      '中标供应商：星河文化传媒有限公司\n中标金额：年服务费36万元\n服务期限：一年\n采购人：星河区融媒体中心'),
    check: (e) => expect(e.lots[0].amountYuan).toBe(360000),
  },
  {
    name: '(guard) a yearly fee followed by the multi-year total is the total',
    text: award('星河区融媒体中心政务新媒体账号代运营服务项目中标公告',
      '中标供应商：星河文化传媒有限公司\n中标金额：年服务费28.8万元，三年合计86.4万元\n服务期限：三年\n采购人：星河区融媒体中心'),
    check: (e) => expect(e.lots[0].amountYuan).toBe(864000),
  },
  // titles
  {
    name: 'a title in a plain div after a "您现在的位置：首页 / … / …" breadcrumb is the title, not the breadcrumb',
    html: '<div>欢迎访问 首页 采购公告</div><div>您现在的位置：首页 / 采购公告 / 区级公告 / 成交公告</div><div>星河区城市管理局普法短视频制作项目成交公告</div><div>发布日期：2025-09-09</div><p>采购人名称：星河区城市管理局</p>',
    check: (e) => expect(e.title).toBe('星河区城市管理局普法短视频制作项目成交公告'),
  },
  {
    name: 'a portal\'s name, its menu and "打印本页 关闭窗口" above a text\'s title are chrome, not a title wrapped over lines',
    text: '星河市政府采购网\n首页 | 采购公告 | 结果公告\n当前位置：首页 > 结果公告 > 县区\n打印本页 关闭窗口\n星河县融媒体中心短视频制作服务项目中标公告\n发布时间：2025-06-30\n采购人：星河县融媒体中心',
    check: (e) => expect(e.title).toBe('星河县融媒体中心短视频制作服务项目中标公告'),
  },
  // service type
  {
    name: 'lots priced in a result table and named by service in 主要标的 ("1包 短视频…；2包 纪录片…"): the larger lot decides',
    html: '<h2>星河市文化广电和旅游局短视频及纪录片拍摄项目成交结果公告</h2><table><tr><td>包号</td><td>成交供应商</td><td>成交金额（万元）</td></tr><tr><td>1</td><td>星河影视文化有限公司</td><td>18.6</td></tr><tr><td>2</td><td>银河纪实传媒有限公司</td><td>46.8</td></tr></table><p>三、主要标的：1包 文化短视频30条；2包 文化纪录片（3集）。</p><p>采购人名称：星河市文化广电和旅游局</p>',
    check: (e) => expect(e.serviceType).toBe('promo_film'),
  },
  {
    name: 'short videos made 配套 (as an accessory) to live broadcasts do not make "短视频直播服务" production',
    check: () => {
      expect(dominantService('星河县融媒体中心短视频直播服务采购项目中标公告', '主要标的信息：重大活动网络直播12场，配套短视频剪辑。')).toBe('live_streaming');
      // (guard) without 配套 the service the title names first stays
      expect(dominantService('星河县融媒体中心短视频直播服务采购项目中标公告', '主要标的信息：重大活动网络直播12场及短视频剪辑。')).toBe('video_production');
    },
  },
];

runTrapRows('traps of the fourth unseen batch', rows);
