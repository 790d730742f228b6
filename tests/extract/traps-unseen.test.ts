/**
 * Traps found by the second unseen batch (tests/fixtures/extract/heldout2), one named row each,
 * run through the real extractNotice: each row failed before parser 1.3.0. The names say the
 * general rule, not the fixture: no row depends on a portal's or a party's name.
 */
import { describe, expect, it } from 'vitest';
import { htmlToText } from '../../scrapers/extract/html-text.js';
import { classifyTitle, extractNotice } from '../../scrapers/extract/index.js';
import type { Extraction } from '../../scrapers/extract/types.js';

interface Row {
  name: string;
  text?: string;
  html?: string;
  check: (e: Extraction) => void;
}

const title = '星河县融媒体中心短视频制作服务项目成交结果公告';
const lotsOf = (e: Extraction) => e.lots.map((l) => [l.vendor, l.amountYuan]);

const rows: Row[] = [
  {
    name: 'a header split over two rows (rowspan/colspan) with a credit-code column: the amount column is not the code',
    html: `<h2>${title}</h2><table>
<tr><th rowspan="2">序号</th><th colspan="2">成交供应商</th><th rowspan="2">成交金额（万元）</th><th rowspan="2">服务期限</th></tr>
<tr><th>名称</th><th>统一社会信用代码</th></tr>
<tr><td>1</td><td>星河视界文化传媒有限公司</td><td>91430121MA4T8K2X3L</td><td>38.6</td><td>12个月</td></tr></table>`,
    check: (e) => expect(lotsOf(e)).toEqual([['星河视界文化传媒有限公司', 386000]]),
  },
  {
    name: 'a group header over name | address | amount, the unit on the second row after <br>',
    html: `<h2>${title}</h2><table border="1">
<tr><td rowspan="2">包号</td><td colspan="3">中标（成交）供应商信息</td></tr>
<tr><td>名称</td><td>地址</td><td>中标（成交）金额<br>（万元）</td></tr>
<tr><td>1</td><td>星河影视传媒有限公司</td><td>某市滨江中路99号</td><td>27.36</td></tr></table>`,
    check: (e) => expect(lotsOf(e)).toEqual([['星河影视传媒有限公司', 273600]]),
  },
  {
    name: 'a consortium in one table cell, comma-separated with role brackets',
    html: `<h2>${title}</h2><table><tr><th>序号</th><th>中标（成交）金额(元)</th><th>中标供应商名称</th></tr>
<tr><td>1</td><td>总价：1168000.00（元）</td><td>星河文化传媒有限公司（联合体牵头人），银河视听科技有限公司（联合体成员）</td></tr></table>`,
    check: (e) => {
      expect(lotsOf(e)).toEqual([['星河文化传媒有限公司；银河视听科技有限公司', 1168000]]);
      expect(e.lots[0].vendors).toEqual(['星河文化传媒有限公司', '银河视听科技有限公司']);
    },
  },
  {
    name: 'budget, ceiling and award columns side by side: the award column is the one that says 中标',
    html: `<h2>${title}</h2><p>三、采购结果</p><table><tr><td>合同包</td><td>供应商名称</td><td>预算金额(元)</td><td>最高限价(元)</td><td>中标（成交）金额(元)</td></tr>
<tr><td>1</td><td>星河文化传播有限公司</td><td>600000</td><td>600000</td><td>576800</td></tr></table>`,
    check: (e) => expect(lotsOf(e)).toEqual([['星河文化传播有限公司', 576800]]),
  },
  {
    name: 'a table whose only amount column is the budget gives the winner no amount',
    html: `<h2>${title}</h2><table><tr><td>序号</td><td>成交供应商</td><td>预算金额(元)</td></tr><tr><td>1</td><td>星河文化传播有限公司</td><td>600000</td></tr></table>`,
    check: (e) => expect(lotsOf(e)).toEqual([['星河文化传播有限公司', null]]),
  },
  {
    name: '框架协议 入围供应商1/2/3 with unit prices only: three holders, no amounts',
    text: '星河区短视频制作服务框架协议采购入围结果公告\n入围供应商1：星河映画文化传媒有限公司\n入围供应商2：银河视界影视制作有限公司\n入围供应商3：星光数字科技有限公司\n短视频（3分钟以内）入围单价：3800元/条',
    check: (e) => expect(lotsOf(e)).toEqual([['星河映画文化传媒有限公司', null], ['银河视界影视制作有限公司', null], ['星光数字科技有限公司', null]]),
  },
  {
    name: '"确定第一名X为成交人": the rank is not part of the vendor name',
    text: `${title}\n比选结果：\n第一名：星河明珠文化传媒有限公司，报价：人民币168,000.00元\n第二名：银河影视制作有限公司，报价：人民币172,500.00元\n确定第一名星河明珠文化传媒有限公司为成交人，成交价：人民币168,000.00元。`,
    check: (e) => expect(lotsOf(e)).toEqual([['星河明珠文化传媒有限公司', 168000]]),
  },
  {
    name: '"确定排名第一的X为中标人" after a ranking table',
    text: `${title}\n排名 | 投标人名称 | 投标报价（元） | 综合得分\n1 | 星河影视文化传媒有限公司 | 318,000.00 | 92.40\n2 | 银河传媒有限公司 | 326,500.00 | 87.15\n确定排名第一的星河影视文化传媒有限公司为中标人，中标价318,000.00元。`,
    check: (e) => expect(lotsOf(e)).toEqual([['星河影视文化传媒有限公司', 318000]]),
  },
  {
    name: 'two lots in prose: "第二包（…）：中标供应商为X，中标金额为19.6万元"',
    text: `${title}\n三、中标信息\n第一包（新媒体账号运营）：中标供应商为星河流域文化传媒有限公司，中标金额为28.8万元；\n第二包（重大活动网络直播）：中标供应商为银河数字科技有限公司，中标金额为19.6万元。`,
    check: (e) => {
      expect(lotsOf(e)).toEqual([['星河流域文化传媒有限公司', 288000], ['银河数字科技有限公司', 196000]]);
      expect(e.lots.map((l) => l.lot)).toEqual(['一', '二']);
    },
  },
  {
    name: 'a space as thousands separator after the currency: "人民币 268 000.00 元"',
    text: `${title}\n成交供应商：星河影像文化传播有限公司\n成交金额：人民币 268 000.00 元（大写：贰拾陆万捌仟元整）`,
    check: (e) => {
      expect(lotsOf(e)).toEqual([['星河影像文化传播有限公司', 268000]]);
      expect(e.warnings.join()).not.toMatch(/disagree/);
    },
  },
  {
    name: 'spaced digits without a currency or colon before them stay separate numbers',
    text: `${title}\n成交供应商：星河影像文化传播有限公司\n成交金额：268000元\n数量 1 100 200.00`,
    check: (e) => expect(lotsOf(e)).toEqual([['星河影像文化传播有限公司', 268000]]),
  },
  {
    name: 'one budget label listing each lot: "预算金额：包1：30万元；包2：20万元" is their sum',
    text: '星河区融媒体中心网络视听节目制作服务项目废标公告\n三、废标原因：包1、包2有效投标人均不足三家。\n六、预算金额：包1：30万元；包2：20万元',
    check: (e) => {
      expect(e.budgetYuan).toBe(500000);
      expect(e.lots).toEqual([]);
    },
  },
  {
    name: 'a city bureau\'s branch named after one of its districts places the buyer there: "X市公安局Y分局"',
    text: '某市公安局交通安全宣传短视频制作服务项目成交公告\n采购人：徐州市公安局铜山分局\n成交供应商：星河光影文化传媒有限公司\n成交金额：￥186,000.00',
    check: (e) => {
      expect([e.province, e.city, e.county]).toEqual(['江苏省', '徐州市', '铜山区']);
      expect(e.divisionCode).toBe('320312');
    },
  },
  {
    name: 'a branch name that is no district of the city leaves the city level',
    text: '某市公安局宣传短视频制作服务项目成交公告\n采购人：徐州市公安局高新技术产业开发区分局\n成交供应商：星河光影文化传媒有限公司\n成交金额：￥186,000.00',
    check: (e) => expect([e.province, e.city, e.county]).toEqual(['江苏省', '徐州市', null]),
  },
  {
    name: '"短视频创作服务" is video production, not account operation',
    text: '西秀区委网信办2026年网络正能量短视频创作服务项目成交公告\n成交供应商：星河影视文化有限公司\n成交金额：96000元',
    check: (e) => {
      expect(e.isVideoOps).toBe(true);
      expect(e.serviceType).toBe('video_production');
    },
  },
  {
    name: 'a result label whose value is the winner: "中标结果：X公司，中标价：38.6万元"',
    text: `${title}\n中标结果：星河甲文化传媒有限公司，中标价：38.6万元`,
    check: (e) => expect(lotsOf(e)).toEqual([['星河甲文化传媒有限公司', 386000]]),
  },
  {
    name: 'the amount right after the name in the same value: "成交信息：X公司    386000元"',
    text: `${title}\n成交信息：星河甲文化传媒有限公司    386000元`,
    check: (e) => expect(lotsOf(e)).toEqual([['星河甲文化传媒有限公司', 386000]]),
  },
  {
    name: 'a number after the name without a unit is not taken for the amount',
    text: `${title}\n成交信息：星河甲文化传媒有限公司  0731 8401 8877`,
    check: (e) => expect(lotsOf(e)).toEqual([['星河甲文化传媒有限公司', null]]),
  },
  {
    name: 'a two-column result table "中标供应商 | 中标金额"',
    text: `${title}\n中标供应商 | 中标金额\n星河甲文化传媒有限公司 | 38.6万`,
    check: (e) => expect(lotsOf(e)).toEqual([['星河甲文化传媒有限公司', 386000]]),
  },
  {
    name: 'lots labelled 包件一 / 包件二',
    text: `${title}\n包件一：中标供应商：星河甲文化传媒有限公司，中标金额：200000元\n包件二：中标供应商：星河乙影视制作有限公司，中标金额：100000元`,
    check: (e) => {
      expect(lotsOf(e)).toEqual([['星河甲文化传媒有限公司', 200000], ['星河乙影视制作有限公司', 100000]]);
      expect(e.lots.map((l) => l.lot)).toEqual(['一', '二']);
    },
  },
  {
    name: 'a label in brackets: "【发布时间】2025/06/09 10:21"',
    text: `${title}\n【发布时间】2025/06/09 10:21\n成交供应商：星河甲文化传媒有限公司\n成交金额：386000元`,
    check: (e) => expect(e.publishedAt).toBe('2025-06-09'),
  },
  {
    name: 'a signature date in numerals: "二〇二五年十二月三日"',
    text: `${title}\n成交供应商：星河甲文化传媒有限公司\n成交金额：386000元\n星河县融媒体中心\n二〇二五年十二月三日`,
    check: (e) => expect(e.publishedAt).toBe('2025-12-03'),
  },
  {
    name: 'a 结果公告 whose every lot failed is a failure with no lots',
    text: '星河县融媒体中心短视频制作服务项目采购结果公告\n1.中标结果：\n序号 | 中标（成交）金额(元) | 中标供应商名称 | 中标供应商地址\n/ | / | / | /\n2.废标结果：\n序号 | 标项名称 | 废标理由 | 其他事项\n1 | 短视频制作 | 有效供应商不足三家 | 无',
    check: (e) => {
      expect(e.kind).toBe('failure');
      expect(e.lots).toEqual([]);
    },
  },
  {
    name: 'a video-operations verdict always names a service type: "摄影摄像服务" is video production',
    text: '星河区摄影摄像服务采购项目成交公告\n成交供应商：星河甲文化传媒有限公司\n成交金额：86000元',
    check: (e) => {
      expect(e.isVideoOps).toBe(true);
      expect(e.serviceType).toBe('video_production');
    },
  },
  {
    name: 'monitoring new-media accounts ("内容安全监测") is not running them',
    text: '星河区政务新媒体内容安全监测服务项目成交公告\n成交供应商：星河网络科技有限公司\n成交金额：86000元',
    check: (e) => expect(e.isVideoOps).toBe(false),
  },
  {
    name: 'a 舆情监测 row in an intention list does not outvote the video project beside it',
    text: '2024年7至9月星河区委宣传部政府采购意向\n序号 | 采购项目名称 | 采购需求概况 | 预算金额（元） | 预计采购时间\n1 | 星河区政务新媒体运营服务 | 区级政务抖音号、视频号运营一年 | 380000 | 2024年8月\n2 | 网络舆情监测服务 | 全网舆情监测 | 150000 | 2024年9月',
    check: (e) => expect(e.isVideoOps).toBe(true),
  },
  {
    name: 'an enumerator before the vendor: "中标（成交）供应商名称：1.X公司"',
    text: `${title}\n中标（成交）供应商名称：1.星河甲文化传媒有限公司\n中标金额：198000元`,
    check: (e) => expect(lotsOf(e)).toEqual([['星河甲文化传媒有限公司', 198000]]),
  },
  {
    name: 'a lot cell spanning two winners\' rows gives both rows their lot',
    html: `<h2>${title}</h2><table><tr><th>包号</th><th>中标供应商</th><th>中标金额（元）</th></tr><tr><td rowspan="2">1</td><td>星河甲文化传媒有限公司</td><td>100000</td></tr><tr><td>星河乙影视制作有限公司</td><td>90000</td></tr></table>`,
    check: (e) => {
      expect(lotsOf(e)).toEqual([['星河甲文化传媒有限公司', 100000], ['星河乙影视制作有限公司', 90000]]);
      expect(e.lots.map((l) => l.lot)).toEqual(['1', '1']);
    },
  },
  {
    name: 'a vendor and its amount spanning two item rows are one lot, not two',
    html: `<h2>${title}</h2><table><tr><th>包号</th><th>中标供应商</th><th>服务内容</th><th>中标金额（元）</th></tr><tr><td rowspan="2">1</td><td rowspan="2">星河甲文化传媒有限公司</td><td>账号运营</td><td rowspan="2">100000</td></tr><tr><td>短视频制作</td></tr></table>`,
    check: (e) => expect(lotsOf(e)).toEqual([['星河甲文化传媒有限公司', 100000]]),
  },
  {
    name: 'the winner\'s own quote right after its name: "中标人：X\\n投标报价：198000元"',
    text: `${title}\n中标人：星河甲文化传媒有限公司\n投标报价：198000元\n第二名：星河乙影视制作有限公司 投标报价：205000元`,
    check: (e) => expect(lotsOf(e)).toEqual([['星河甲文化传媒有限公司', 198000]]),
  },
  {
    name: 'a candidate\'s quote after another bidder is named is not the winner\'s amount',
    text: `${title}\n中标供应商：星河甲文化传媒有限公司\n中标候选人：星河乙影视制作有限公司\n投标报价：205000元`,
    check: (e) => expect(lotsOf(e)).toEqual([['星河甲文化传媒有限公司', null]]),
  },
  {
    name: 'the buyer as a bracketed role in the opening sentence: "受X（采购人）委托，Y（采购代理机构）…"',
    text: '星河区新媒体矩阵运营服务项目成交结果公告\n受南昌市新建区融媒体中心（采购人）委托，江西星河招标咨询有限公司（采购代理机构）对“新媒体矩阵运营服务项目”进行竞争性磋商，现将成交结果公告如下：\n一、成交供应商：星河梦山文化传媒有限公司\n二、成交金额：人民币贰拾玖万捌仟元整（¥298,000.00）',
    check: (e) => {
      expect(e.buyer).toBe('南昌市新建区融媒体中心');
      expect(lotsOf(e)).toEqual([['星河梦山文化传媒有限公司', 298000]]);
    },
  },
  {
    name: 'lots inline in one sentence: "中标结果：第1包：X公司，中标金额：216000元；第2包：Y公司，中标金额：174000元。"',
    text: `${title}\n中标结果：第1包：星河冰城映像文化传媒有限公司，中标金额：216000元；第2包：星河太阳岛影视制作有限公司，中标金额：174000元。`,
    check: (e) => {
      expect(lotsOf(e)).toEqual([['星河冰城映像文化传媒有限公司', 216000], ['星河太阳岛影视制作有限公司', 174000]]);
      expect(e.lots.map((l) => l.lot)).toEqual(['1', '2']);
    },
  },
  {
    name: 'a joint label "成交供应商名称、地址及成交金额：X，地址：…，成交金额：…"',
    text: `${title}\n成交供应商名称、地址及成交金额：星河滇池明珠文化传媒有限公司，地址：某市彩云南路1号，成交金额：286000.00元`,
    check: (e) => expect(lotsOf(e)).toEqual([['星河滇池明珠文化传媒有限公司', 286000]]),
  },
  {
    name: 'labels closing their line, values on the next ("<p>供应商名称：</p><p>X</p>")',
    html: `<h2>${title}</h2><p>供应商名称：</p><p><span>星河汉口里文化传媒有限公司</span></p><p>中标（成交）金额：</p><p><span>29.6 (万元)</span></p><p>收费金额：</p><p><span>0.4440 (万元)</span></p>`,
    check: (e) => expect(lotsOf(e)).toEqual([['星河汉口里文化传媒有限公司', 296000]]),
  },
  {
    name: 'an empty "采购计划金额（元）:" followed by another "label: value" line takes nothing from it',
    text: '星河乡订书机网上超市采购项目成交公告\n采购计划金额（元）: \n项目所在行政区划编码:650107\n成交供应商：星河文具有限公司\n成交金额：120元',
    check: (e) => expect(e.budgetYuan).toBeNull(),
  },
  {
    name: 'prose with an uppercase price: "X以人民币叁拾万零伍仟元整成交"',
    text: `${title}\n公示日期：2025年3月12日\n经评审小组评审，星河几江影视文化传媒有限公司以人民币叁拾万零伍仟元整成交。`,
    check: (e) => {
      expect(lotsOf(e)).toEqual([['星河几江影视文化传媒有限公司', 305000]]);
      expect(e.publishedAt).toBe('2025-03-12');
    },
  },
  {
    name: 'bidders listed with "供应商名称" under a 投标…报价 heading are not lots',
    text: `${title}\n二、投标供应商名称及报价：\n供应商名称：星河珠峰影视文化有限公司  报价：326000元\n供应商名称：星河雅鲁藏布传媒有限公司  报价：318000元\n三、中标（成交）信息：\n供应商名称：星河雅鲁藏布传媒有限公司\n中标（成交）金额：318000元`,
    check: (e) => expect(lotsOf(e)).toEqual([['星河雅鲁藏布传媒有限公司', 318000]]),
  },
  {
    name: 'lot labels written number first: "01包：" / "1包（…）"',
    text: `${title}\n01包：\n供应商名称：星河海河视界文化传媒有限公司\n中标（成交）金额：42.800000（万元）\n02包：\n供应商名称：星河津门影视制作有限公司\n中标（成交）金额：31.500000（万元）`,
    check: (e) => {
      expect(lotsOf(e)).toEqual([['星河海河视界文化传媒有限公司', 428000], ['星河津门影视制作有限公司', 315000]]);
      expect(e.lots.map((l) => l.lot)).toEqual(['01', '02']);
    },
  },
  {
    name: 'a number ending a table row is no lot label for the "包1：" on the next line',
    text: '某项目中标公告\n包号 | 项目内容 | 预算金额（万元）\n1 | 账号运营 | 46\n2 | 直播 | 20\n包1：中标供应商：温州甲传媒有限公司，中标金额：448000元',
    check: (e) => expect(e.lots.map((l) => l.lot)).toEqual(['1']),
  },
  {
    name: 'a region field with separated levels: "所属地区：四川省-成都市-温江区", "湖南省/长沙市/芙蓉区"',
    text: `${title}\n所属地区：四川省-成都市-温江区\n采购人：区融媒体中心\n中标供应商：星河甲文化传媒有限公司\n中标金额：198000元`,
    check: (e) => {
      expect([e.province, e.city, e.county]).toEqual(['四川省', '成都市', '温江区']);
      const f = extractNotice({ text: `${title}\n行政区域：湖南省/长沙市/芙蓉区\n中标供应商：星河甲文化传媒有限公司\n中标金额：198000元` });
      expect([f.province, f.city, f.county]).toEqual(['湖南省', '长沙市', '芙蓉区']);
    },
  },
  {
    name: 'a vendor name wrapped onto the next line ("…文化传" / "媒有限公司")',
    text: `${title}\n成交供应商：湖南星城视界文化传\n媒有限公司\n成交金额：¥236,000.00`,
    check: (e) => expect(lotsOf(e)).toEqual([['湖南星城视界文化传媒有限公司', 236000]]),
  },
  {
    name: 'a flattened one-line notice: the next section\'s number is not part of the buyer ("X中心 五、采购代理机构：…")',
    text: '开福区融媒体中心新媒体运营服务项目中标公告 三、中标信息 中标供应商：湖南湘江北岸文化传媒有限公司 中标价：人民币312000元 四、采购人：长沙市开福区融媒体中心 五、采购代理机构：湖南开源招标有限公司',
    check: (e) => {
      expect(e.buyer).toBe('长沙市开福区融媒体中心');
      expect(e.agency).toBe('湖南开源招标有限公司');
      expect(lotsOf(e)).toEqual([['湖南湘江北岸文化传媒有限公司', 312000]]);
    },
  },
  {
    name: 'a label cell ending in a colon, the value in the next cell: "中标供应商： | X"',
    html: `<h2>${title}</h2><table><tr><td>中标供应商：</td><td>湖南苏仙岭文化传媒有限公司</td></tr><tr><td>中标金额（元）：</td><td>268,800.00</td></tr></table>`,
    check: (e) => expect(lotsOf(e)).toEqual([['湖南苏仙岭文化传媒有限公司', 268800]]),
  },
  {
    name: 'a vendor set in 【】, and an aggregator\'s 【…登录后可浏览】 mask that is no name',
    text: `${title}\n成交供应商：【湖南石峰山影视文化有限公司】\n成交金额：RMB198,000.00\n采购业主 【正式会员登录后可浏览】`,
    check: (e) => {
      expect(lotsOf(e)).toEqual([['湖南石峰山影视文化有限公司', 198000]]);
      expect(e.buyer ?? '').not.toMatch(/登录/);
    },
  },
  {
    name: 'a site name in 【】 before the heading is not part of the title',
    html: '<h1>【湖南省政府采购网】衡阳市雁峰区融媒体中心抖音号运营服务成交公告</h1><p>成交供应商：湖南回雁峰文化传媒有限公司（盖章）</p><p>成交金额：158000元</p>',
    check: (e) => {
      expect(e.title).toBe('衡阳市雁峰区融媒体中心抖音号运营服务成交公告');
      expect(lotsOf(e)).toEqual([['湖南回雁峰文化传媒有限公司', 158000]]);
    },
  },
];

describe('traps from the second unseen batch', () => {
  it.each(rows)('$name', (row) => {
    const e = extractNotice(row.html !== undefined ? { html: row.html } : { text: row.text });
    row.check(e);
    for (const l of e.lots) if (l.amountText) expect(e.text.slice(l.amountStart!, l.amountEnd!)).toBe(l.amountText);
  });
});

describe('titles that say 融媒体/短视频 but buy goods or works', () => {
  it.each([
    '星河县融媒体中心演播室改造项目',
    '星河区融媒体中心新闻采访车采购',
    '星河区AI短视频生成平台采购项目',
    '星河县融媒体中心云平台租赁服务',
    '星河区政务新媒体内容安全监测服务项目',
  ])('%s is not video operations', (t) => expect(classifyTitle(t).isVideoOps).toBe(false));
  it.each([
    ['星河县政务新媒体账号托管服务', 'account_operation'],
    ['星河区文化馆非遗纪录片拍摄', 'promo_film'],
    ['星河区摄影摄像服务采购项目', 'video_production'],
    ['星河县融媒体中心新媒体平台运营服务', 'account_operation'],
    ['星河市文化和旅游局文旅短视频宣传推广服务项目', 'video_production'],
    ['星河区政务短视频账号运营服务', 'account_operation'],
  ])('%s is video operations (%s)', (t, type) => {
    const c = classifyTitle(t);
    expect(c.isVideoOps).toBe(true);
    expect(c.serviceType).toBe(type);
  });
});

describe('HTML tables read as rows', () => {
  it('a <p> or <br> inside a cell keeps the row on one line', () => {
    const { text } = htmlToText('<table><tr><td>品目</td><td><p>服务</p><p>其他服务</p></td></tr><tr><td>金额</td><td>1<br>2</td></tr></table>');
    expect(text.split('\n').map((l) => l.trim()).filter(Boolean)).toEqual(['品目 | 服务 其他服务', '金额 | 1 2']);
  });
  it('a layout cell holding a whole notice keeps its paragraphs on their own lines', () => {
    const paras = ['星河县融媒体中心短视频制作服务项目中标公告', '发布时间：2024-07-30', '二、采购人：星河县融媒体中心', '三、中标供应商：星河甲文化传媒有限公司', '四、中标金额：198000元', '五、代理机构：星河招标有限公司', '六、公告期限：自本公告发布之日起1个工作日。', '七、其他补充事宜：本项目服务期一年，每月制作短视频不少于20条，含抖音号、视频号日常运营。', '联系人：张先生', '联系电话：0731-88888888'];
    const html = `<table><tr><td>首页 &gt; 信息公开</td></tr><tr><td>${paras.map((p) => `<p>${p}</p>`).join('')}</td></tr></table>`;
    const lines = htmlToText(html).text.split('\n').map((l) => l.trim()).filter(Boolean);
    expect(lines).toEqual(['首页 > 信息公开', ...paras]);
    const e = extractNotice({ html });
    expect([e.title, e.publishedAt, e.buyer, e.agency]).toEqual([paras[0], '2024-07-30', '星河县融媒体中心', '星河招标有限公司']);
    expect(e.lots.map((l) => [l.vendor, l.amountYuan])).toEqual([['星河甲文化传媒有限公司', 198000]]);
  });
  it('a key-value table with colspan values is not repeated', () => {
    const { text } = htmlToText('<table><tr><td colspan="4">公告信息：</td></tr><tr><td>采购单位</td><td colspan="3">星河县融媒体中心</td></tr></table>');
    expect(text).not.toMatch(/融媒体中心 \| 星河/);
    expect(text).toContain('采购单位 | 星河县融媒体中心');
  });
  it('spanning header cells repeat so the rows below line up', () => {
    const { text } = htmlToText('<table><tr><th rowspan="2">序号</th><th colspan="2">供应商</th></tr><tr><th>名称</th><th>地址</th></tr><tr><td>1</td><td>甲公司</td><td>乙路</td></tr></table>');
    expect(text.split('\n').filter((l) => l.trim())).toEqual(['序号 | 供应商 | 供应商', '序号 | 名称 | 地址', '1 | 甲公司 | 乙路']);
  });
});
