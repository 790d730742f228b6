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
  {
    name: 'a payment disclosure ("…费用支付公示") is no call for bids though it restates the quotes once compared, and awards nothing in itself',
    text: '星河县第一中学校校庆宣传片拍摄制作费用支付公示\n发布时间：2018-11-06\n　　现将我校校庆宣传片拍摄制作费用支付情况公示如下：\n　　采购人：星河县第一中学校\n　　承制单位：星河影像文化传播有限公司\n　　确定方式：三家询价，确定最低报价单位\n　　成交金额：¥28,000.00\n　　支付情况：经验收合格后，一次性支付全部款项28,000.00元。\n　　其他报价单位：星河明东广告有限公司（¥31,500.00）',
    check: (e) => {
      expect(e.kind).toBe('other');
      expect(e.lots).toEqual([]);
    },
  },
  {
    name: 'a village\'s 财务收支公开 (支出明细) is a spending list, no call; its committee signs on a line of its own with no date under it, and is the buyer',
    text: '星河镇星光村村务公开栏\n\n星光村10月份村级财务收支公开（专项资金支出明细）\n公开日期：11月8日\n\n序号 | 摘要 | 收款单位 | 金额（元）\n1 | 村集体农产品网络直播带货服务费（抖音直播8场） | 星河优品电子商务有限公司 | 16,000.00\n2 | 宣传横幅制作 | 星河县鑫源广告部 | 450.00\n\n说明：第1项采取比价方式确定服务单位（另两家报价17,500元、18,000元）。\n村务监督委员会：兰XX（签字）\n星河县星河镇星光村村民委员会\n\n本公开内容已经镇农村经济经营管理站审核  公开时间：7天',
    check: (e) => {
      expect([e.kind, e.buyer]).toEqual(['other', '星河县星河镇星光村村民委员会']);
      expect(e.lots).toEqual([]);
    },
  },
  {
    name: '(guard) a village\'s table of purchases made ("…采购情况公开", a 承接（供货）单位 per row) stays an award with a lot per row',
    text: '星河镇星光村2020年第三季度小额工程及物资采购情况公开\n时间：2020-10-12\n　　现将我村第三季度小额工程及物资采购支出情况公开如下：\n序号　事项名称　采购方式　承接（供货）单位　金额（元）\n1　村部视频监控维修　三家询价　星河鑫安电子科技有限公司　4860.00\n2　垃圾收集箱12个　三家询价　星河绿源环卫设备有限公司　10440.00\n合计　　　15300.00\n星河镇星光村村民委员会\n2020年10月12日',
    check: (e) => expect(e.kind).toBe('award'),
  },
  {
    name: 'a "…项目直接采购的公示" naming the unit it means to engage (拟选定) is a single-source publicity, not a call',
    text: '星河县文化和旅游局关于城市形象宣传片拍摄制作项目直接采购的公示\n发布日期：2021-08-23\n　　本项目采用直接采购方式。现将有关情况公示如下：\n　　一、采购人：星河县文化和旅游局\n　　二、拟选定服务单位：星河映画影视文化有限公司\n　　三、采购金额：人民币玖万陆仟元整（￥96,000.00）\n　　四、选定理由：报价合理。\n　　五、公示期：2021年8月23日至2021年8月27日。',
    check: (e) => {
      expect(e.kind).toBe('single_source');
      expect(e.lots).toEqual([]);
    },
  },
  {
    name: 'a 直接采购结果 names its winner by "确定服务单位：X" opening a line, with the 采购金额 it settled',
    text: '星河县文体广电和旅游局开幕式网络直播服务直接采购结果公示\n发布时间：2020-12-18\n　　一、采购单位：星河县文体广电和旅游局\n　　二、采购方式：直接采购，经局务会研究已确定服务单位\n　　三、服务内容：开幕式多机位网络直播。\n　　四、确定服务单位：星河北极光影视传媒有限公司\n　　五、采购金额：人民币叁万贰仟伍佰元（¥32,500.00）\n　　六、公示期：2020年12月18日至12月22日',
    check: (e) => {
      expect(e.kind).toBe('award');
      expect(e.lots.map((l) => [l.vendor, l.amountYuan])).toEqual([['星河北极光影视传媒有限公司', 32500]]);
    },
  },
  {
    name: '(guard) a 直接采购 result\'s prose "已确定服务单位" with no colon names no vendor',
    text: '星河县文体广电和旅游局直播服务直接采购结果公示\n发布时间：2020-12-18\n　　一、采购单位：星河县文体广电和旅游局\n　　二、采购方式：直接采购，经局务会研究已确定服务单位\n　　三、采购金额：¥32,500.00',
    check: (e) => expect(e.lots.every((l) => l.vendor !== '服务单位' && !/经局务会/.test(l.vendor ?? ''))).toBe(true),
  },
  {
    name: 'a framework\'s holders in a space-parted table whose price columns name only their items, under a heading "入围供应商及单价（单位：元/条）": each row a holder, no total',
    text: '星河县融媒体中心2024年度作品外包制作框架协议供应商入围结果公示\n【发布日期】2024-01-30\n　　现将入围结果公示如下：\n　　一、入围供应商及单价（单位：元/条）\n　　序号　供应商名称　　　　　　　短视频（3分钟以内）　　专题片（5-10分钟）\n　　1　　星河太行映像文化传媒有限公司　　1,600　　6,800\n　　2　　星河析城影视制作有限公司　　1,550　　7,200\n　　二、未入围供应商：星河凤城网络科技有限公司\n\n星河县融媒体中心\n2024年1月30日',
    check: (e) => expect(e.lots.map((l) => [l.vendor, l.amountYuan])).toEqual([['星河太行映像文化传媒有限公司', null], ['星河析城影视制作有限公司', null]]),
  },
  {
    name: '(guard) a space-parted list under a 单价 heading without a 序号 and 供应商名称 header is no table',
    text: '星河县融媒体中心短视频制作单价公示\n发布日期：2024-01-30\n一、服务单价（单位：元/条）\n短视频 专题片 宣传片\n1600 6800 9000\n采购人：星河县融媒体中心',
    check: (e) => expect(e.lots).toEqual([]),
  },
];

runTrapRows('traps-heldout72', rows);
