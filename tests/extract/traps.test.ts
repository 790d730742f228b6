/**
 * Every amount, party and locality trap named in the extractor issue and the corpus README,
 * one named row each, run through the real extractNotice.
 */
import { describe, expect, it } from 'vitest';
import { extractNotice } from '../../scrapers/extract/index.js';
import type { Extraction } from '../../scrapers/extract/types.js';

const award = (body: string, title = '星河单位短视频运营服务项目中标公告') => `${title}\n${body}`;

interface Row {
  name: string;
  text?: string;
  html?: string;
  check: (e: Extraction) => void;
}

const firstLot = (e: Extraction) => {
  expect(e.lots.length).toBeGreaterThan(0);
  return e.lots[0];
};

const rows: Row[] = [
  {
    name: 'digits "1348000 元" beside uppercase 壹佰叁拾肆万捌仟元整',
    text: award('成交供应商名称：杭州星河传媒有限公司\n成交金额：1348000 元（大写：壹佰叁拾肆万捌仟元整）'),
    check: (e) => {
      expect(firstLot(e).amountYuan).toBe(1348000);
      expect(e.warnings.join()).not.toMatch(/disagree/);
    },
  },
  {
    name: 'uppercase only, digits masked "******"',
    text: award('中标供应商：星河文化传播有限公司\n中标金额：******元（大写：贰拾肆万捌仟元整）'),
    check: (e) => expect(firstLot(e).amountYuan).toBe(248000),
  },
  {
    name: 'yen with thousands separators "¥650,000.00"',
    text: award('中标供应商：星河影视有限公司\n中标金额：¥650,000.00'),
    check: (e) => {
      expect(firstLot(e).amountYuan).toBe(650000);
      expect(firstLot(e).amountText).toBe('¥650,000.00');
    },
  },
  {
    name: 'digits then uppercase in brackets "122000.00(壹拾贰万贰仟元整)"',
    text: award('成交供应商：星河网络科技有限公司\n成交金额：122000.00(壹拾贰万贰仟元整)'),
    check: (e) => expect(firstLot(e).amountYuan).toBe(122000),
  },
  {
    name: 'uppercase then yen digits "人民币伍拾玖万伍仟元整（￥595,000.00）"',
    text: award('中标供应商名称：星河规划院中标供应商地址：南宁市中新路2号中标金额：人民币伍拾玖万伍仟元整（￥595,000.00）'),
    check: (e) => {
      expect(firstLot(e).vendor).toBe('星河规划院');
      expect(firstLot(e).amountYuan).toBe(595000);
    },
  },
  {
    name: '"180 万元(人民币)" with a space before the unit',
    text: award('中标供应商：星河传媒有限公司\n中标金额：180 万元(人民币)'),
    check: (e) => expect(firstLot(e).amountYuan).toBe(1800000),
  },
  {
    name: 'budget "34万元以内"',
    text: '某法院微信公众号运营服务项目采购需求\n项目预算金额为34万元以内。',
    check: (e) => expect(e.budgetYuan).toBe(340000),
  },
  {
    name: 'budget "47.8万元" glued to its label',
    text: '星河节目制作项目单一来源公示\n预算金额47.8万元',
    check: (e) => expect(e.budgetYuan).toBe(478000),
  },
  {
    name: 'full-width digits and comma "２５０，０００元"',
    text: award('中标供应商：星河文化有限公司\n中标金额：２５０，０００元'),
    check: (e) => {
      expect(firstLot(e).amountYuan).toBe(250000);
      expect(e.text.slice(firstLot(e).amountStart!, firstLot(e).amountEnd!)).toBe(firstLot(e).amountText);
    },
  },
  {
    name: 'unit only in a column header "预算金额(万元) | 235"',
    text: '某项目招标公告\n项目编号 | ABC-1\n预算金额(万元) | 235\n',
    check: (e) => expect(e.budgetYuan).toBe(2350000),
  },
  {
    name: 'unit only in the result table header "中标金额(万元)"',
    html: '<h2>某馆云服务项目中标公告</h2><table><tr><td>序号</td><td>中标供应商名称</td><td>中标供应商联系地址</td><td>中标金额(万元)</td></tr><tr><td>1</td><td>北京星河科技有限公司</td><td>北京市海淀区</td><td>517.9175</td></tr></table>',
    check: (e) => {
      expect(firstLot(e).vendor).toBe('北京星河科技有限公司');
      expect(firstLot(e).amountYuan).toBe(5179175);
    },
  },
  {
    name: 'header says 元 but the value says 万元: "预算总金额(元): 3479.43万元"',
    text: '某单一来源公示\n拟采购的货物或服务的预算总金额(元): 3479.43万元',
    check: (e) => expect(e.budgetYuan).toBe(34794300),
  },
  {
    name: 'summary box disagrees with the body: the body wins, with a warning',
    text: award('总中标金额 | ￥668.790000 万元（人民币）\n五、中标（成交）信息\n供应商名称：深圳市星河电器有限公司\n中标（成交）金额：6687920.0元'),
    check: (e) => {
      expect(firstLot(e).amountYuan).toBe(6687920);
      expect(e.lots).toHaveLength(1);
      expect(e.warnings.join()).toMatch(/summary total/);
    },
  },
  {
    name: 'a bare "1267500" with no unit beside an agency fee of 22600',
    text: award('中标供应商：星河传媒有限公司\n中标金额：1267500\n代理服务费：22600'),
    check: (e) => {
      expect(firstLot(e).amountYuan).toBe(1267500);
      expect(e.lots).toHaveLength(1);
    },
  },
  {
    name: 'glued table cell "见附件1500000" is not taken; the labelled total is',
    text: award('中标(成交)供应商(全称):  星河传媒集团有限公司  (乙方)\n序号标的名称政府采购品目型号规格数量单位数量总价(元)\n1融媒体新闻中心 新闻服务见附件1500000\n 合计金额小写:500000元\n 合计金额大写:伍拾万元整', '某局融媒体中心合同公告'),
    check: (e) => {
      expect(e.kind).toBe('contract');
      expect(firstLot(e).vendor).toBe('星河传媒集团有限公司');
      expect(firstLot(e).amountYuan).toBe(500000);
    },
  },
  {
    name: 'per-year price "30万元/年" is a unit price, not a total',
    text: award('中标供应商：星河传媒有限公司\n中标金额：30万元/年，服务期限两年'),
    check: (e) => {
      expect(firstLot(e).amountForm).toBe('unit_price');
      expect(firstLot(e).amountYuan).toBeNull();
      expect(firstLot(e).unitPriceYuan).toBe(300000);
      expect(e.serviceMonths).toBe(24);
    },
  },
  {
    name: 'rate "下浮率：5%" is kept as a rate, never yuan',
    text: award('中标供应商：星河广告有限公司\n中标金额（可填写下浮率、折扣率或费率）：下浮率5%'),
    check: (e) => {
      expect(firstLot(e).amountForm).toBe('rate');
      expect(firstLot(e).rateValue).toBe(5);
      expect(firstLot(e).amountYuan).toBeNull();
    },
  },
  {
    name: 'template label mentions rates but the value is money: decide by the value',
    text: award('中标供应商：星河建设有限公司\n中标（成交）金额（可填写下浮率、折扣率或费率）：2837.861389万元'),
    check: (e) => expect(firstLot(e).amountYuan).toBeCloseTo(28378613.89, 1),
  },
  {
    name: 'decoys: pixels "400万", 注册资金200万元, document fee 每包500.00元',
    text: '某电视台设备招标公告\n摄像机有效像素400万\n投标人注册资金200万元及以上\n招标文件每包500.00元\n',
    check: (e) => {
      expect(e.budgetYuan).toBeNull();
      expect(e.lots).toEqual([]);
    },
  },
  {
    name: 'masked budget "******.61元" gives null, not 0.61',
    text: '某县监控平台采购需求\n项目预算价:******.61元',
    check: (e) => expect(e.budgetYuan).toBeNull(),
  },
  {
    name: 'lowest losing quote is not the award (bid list before the winner)',
    text: award('三、投标供应商名称及报价：\n包组 | 投标供应商 | 报价（元）\nA | 杭州星河家电有限公司 | 3895599.0\nA | 深圳市星河空调有限公司 | 6687920.0\n五、中标（成交）信息\n供应商名称：深圳市星河空调有限公司\n中标（成交）金额：6687920.0元'),
    check: (e) => {
      expect(e.lots).toHaveLength(1);
      expect(firstLot(e).vendor).toBe('深圳市星河空调有限公司');
      expect(firstLot(e).amountYuan).toBe(6687920);
    },
  },
  {
    name: 'multi-lot result table with a different vendor per lot',
    text: award('1.中标结果：\n序号 | 中标（成交）金额(元) | 中标供应商名称 | 中标供应商地址\n1 | 最终报价:688000.00(元) | 广西星河通讯设备有限公司 | 南宁市\n2 | 最终报价:699700(元) | 广西星河社会救助服务中心 | 南宁市\n六、代理服务收费金额（元）：30815'),
    check: (e) => {
      expect(e.lots.map((l) => [l.vendor, l.amountYuan])).toEqual([
        ['广西星河通讯设备有限公司', 688000],
        ['广西星河社会救助服务中心', 699700],
      ]);
    },
  },
  {
    name: 'consortium: members joined with "；"',
    text: award('中标供应商：甲某传媒有限公司、乙某影视文化有限公司（联合体）\n中标金额：90万元'),
    check: (e) => {
      expect(firstLot(e).vendors).toEqual(['甲某传媒有限公司', '乙某影视文化有限公司']);
      expect(firstLot(e).vendor).toBe('甲某传媒有限公司；乙某影视文化有限公司');
    },
  },
  {
    name: 'an award title without any result gives no lot (never invent a vendor)',
    text: '某处公厕改造工程竞争性磋商成交结果公告\n一、项目名称：某处公厕改造工程\n预 算：393.46万元\n四、评审情况',
    check: (e) => {
      expect(e.kind).toBe('award');
      expect(e.lots).toEqual([]);
      expect(e.budgetYuan).toBe(3934600);
    },
  },
  {
    name: 'buyer and agency are never swapped',
    text: '某项目中标公告\n受杭州市西湖区司法局委托，浙江星河招标代理有限公司对该项目进行公开招标。\n1.采购人信息\n名 称：杭州市西湖区司法局\n2.采购代理机构信息\n名 称：浙江星河招标代理有限公司',
    check: (e) => {
      expect(e.buyer).toBe('杭州市西湖区司法局');
      expect(e.agency).toBe('浙江星河招标代理有限公司');
      expect([e.province, e.city, e.county, e.divisionCode]).toEqual(['浙江省', '杭州市', '西湖区', '330106']);
    },
  },
  {
    name: 'masked buyer "******教育局" gives null',
    text: '某平台升级改造采购需求\n采 购 人:******教育局',
    check: (e) => expect(e.buyer).toBeNull(),
  },
  {
    name: 'ambiguous 朝阳区 resolved by a 长春市 context',
    text: '某项目招标公告\n采购人：长春市朝阳区融媒体中心',
    check: (e) => expect([e.province, e.city, e.county]).toEqual(['吉林省', '长春市', '朝阳区']),
  },
  {
    name: 'ambiguous 龙华区 alone stays at no certain level; with 深圳市 it resolves',
    text: '某项目中标公告\n行政区域 | 龙华区\n采购单位 | 深圳市龙华科技实验学校',
    check: (e) => expect([e.province, e.city, e.county]).toEqual(['广东省', '深圳市', '龙华区']),
  },
  {
    name: 'municipality: city repeats the province',
    text: '某项目招标公告\n采购人：北京市海淀区融媒体中心',
    check: (e) => expect([e.province, e.city, e.county]).toEqual(['北京市', '北京市', '海淀区']),
  },
  {
    name: 'central unit reported as 中央',
    text: '某系统运维服务中标公告\n采购人名称：国家税务总局\n行政区域 | 北京市',
    check: (e) => expect([e.province, e.city, e.county]).toEqual(['中央', null, null]),
  },
  {
    name: 'traditional mirror with inline pinyin inside an uppercase amount',
    text: '2025年某區政務(wù)服務(wù)采購政府采購合同 采購人(甲方): 長(cháng)沙市芙蓉區數據局 供應商(乙方):******有限公司 合計金額大寫(xiě):貳佰叁拾貳萬(wàn)柒仟陸佰肆拾元整',
    check: (e) => {
      expect(e.buyer).toBe('长沙市芙蓉区数据局');
      expect(firstLot(e).amountYuan).toBe(2327640);
      expect(firstLot(e).vendor).toBeNull();
    },
  },
  {
    name: 'sample pages are flagged by their meta tag',
    html: '<html><head><meta name="procwatch-sample" content="replay"><title>x</title></head><body><h1>某县短视频运营项目中标公告</h1></body></html>',
    check: (e) => {
      expect(e.isSample).toBe(true);
      expect(e.title).toBe('某县短视频运营项目中标公告');
    },
  },
  {
    name: '视频监控 is not video operations; 抖音账号运营 is',
    text: '某区空气监测站视频监控运维服务项目竞采公告\n',
    check: (e) => expect(e.isVideoOps).toBe(false),
  },
  {
    name: 'account operation with quantities gives yuan per account-year',
    text: '某县融媒体中心抖音号代运营服务项目成交公告\n成交供应商：星河网络科技有限公司\n成交金额：24万元\n服务期限：一年\n负责3个抖音账号的日常运营，每月不少于20条短视频。',
    check: (e) => {
      expect(e.isVideoOps).toBe(true);
      expect(e.serviceType).toBe('account_operation');
      expect(e.accounts).toBe(3);
      expect(e.videosPerMonth).toBe(20);
      expect(e.yuanPerAccountYear).toBe(80000);
      expect(e.yuanPerVideo).toBe(1000);
    },
  },
  {
    name: 'unit in a separate field "121.5 价格单位： 万元"',
    text: award('中标（成交）供应商名称： 武汉市星河科技有限公司 中标（成交）价格： 121.5 价格单位： 万元 价格币种： 人民币', '中标（成交）结果公告'),
    check: (e) => expect(firstLot(e).amountYuan).toBe(1215000),
  },
  {
    name: 'glued bid row "…有限公司…755号1354755.8中标"',
    text: award('四、中标人供货明细标段中标候选人名称中标候选人地址中标金额状态报价明细一湖南星河检测技术有限公司湖南省长沙市学士路755号1354755.8中标详见开标一览表'),
    check: (e) => {
      expect(firstLot(e).vendor).toBe('湖南星河检测技术有限公司');
      expect(firstLot(e).amountYuan).toBe(1354755.8);
    },
  },
  {
    name: 'prose award: "经评审，确定X为成交供应商，成交金额为人民币贰拾肆万捌仟元整"',
    text: '杭州市西湖区司法局政务新媒体运营服务成交公告\n经评审，确定杭州星河传媒有限公司为成交供应商，成交金额为人民币贰拾肆万捌仟元整。',
    check: (e) => {
      expect(firstLot(e).vendor).toBe('杭州星河传媒有限公司');
      expect(firstLot(e).amountYuan).toBe(248000);
      expect(e.buyer).toBe('杭州市西湖区司法局');
    },
  },
  {
    name: 'prose award: "由X中标，中标金额：36.5万元"',
    text: '某县融媒体中心短视频制作项目结果公告\n本项目由浙江蓝海文化传播有限公司中标，中标金额：36.5万元。',
    check: (e) => expect([firstLot(e).vendor, firstLot(e).amountYuan]).toEqual(['浙江蓝海文化传播有限公司', 365000]),
  },
  {
    name: 'an event name in a title is not a buyer',
    text: '第八届进博会新闻中心布展运营\n一、项目信息\n采购人: ******办公室',
    check: (e) => expect(e.buyer).toBeNull(),
  },
  {
    name: 'agency fee in uppercase is never the award',
    text: award('1.中标结果：\n序号 | 供应商名称 | 供应商地址 | 中标（成交）金额 | 评审报价\n1 | 江苏新煦光电科技有限公司 | 高邮市 | 总价形式报价:569800.00(元) | -\n六、代理服务收费标准及金额：\n1.代理服务费为包干价人民币捌仟贰佰元整。\n2.代理服务收费金额（元）：8200'),
    check: (e) => {
      expect(e.lots).toHaveLength(1);
      expect(firstLot(e).amountYuan).toBe(569800);
    },
  },
  {
    name: 'single-source notice: the proposed vendor and price are not an award',
    text: '同心县融媒体中心抖音号运营服务单一来源采购公示\n一、采购人、采购项目名称、内容\n采购人：同心县融媒体中心\n拟采购金额：36万元\n二、拟定的唯一供应商名称、地址\n吴忠黄河视讯文化传媒有限公司，吴忠市利通区\n三、采用单一来源采购方式的原因及相关说明',
    check: (e) => {
      expect(e.kind).toBe('single_source');
      expect(e.lots).toEqual([]);
      expect(e.proposed.map((l) => [l.vendor, l.amountYuan])).toEqual([['吴忠黄河视讯文化传媒有限公司', 360000]]);
    },
  },
  {
    name: 'an investment figure in a 预算总金额 column is not the budget',
    text: '标题 | 采购项目名称 | 预算总金额 | 采购单位\n关于公开选取测绘机构的公告 | 某街区测量项目 | 投资额（¥248,550,500.00元） | 中山市坦洲镇城市更新和建设服务中心\n',
    check: (e) => {
      expect(e.budgetYuan).toBeNull();
      expect(e.buyer).toBe('中山市坦洲镇城市更新和建设服务中心');
    },
  },
  {
    name: 'intention list of several projects: no notice budget, the video row named in a warning',
    text: '某区新闻办公室2023年政府采购意向公开\n序号 | 采购项目名称 | 采购需求概况 | 预算金额（万元） | 预计采购时间\n1 | 政务新媒体运营服务 | 微信、抖音账号运营 | 180 | 2023年4月\n2 | 区政府网站运维服务 | 网站内容维护 | 45 | 2023年5月\n',
    check: (e) => {
      expect(e.kind).toBe('intention');
      expect(e.budgetYuan).toBeNull();
      expect(e.warnings.join()).toMatch(/video-operations one: 1800000 yuan/);
    },
  },
  {
    name: 'intention list of one project: its budget, unit from the header',
    text: '某区新闻办公室2023年政府采购意向公开\n序号 | 采购项目名称 | 采购需求概况 | 预算金额（万元） | 预计采购时间\n1 | 政务新媒体运营服务 | 微信、抖音账号运营 | 180 | 2023年4月\n',
    check: (e) => expect(e.budgetYuan).toBe(1800000),
  },
  {
    name: 'ambiguous 朝阳区 with no context stays unplaced and says so',
    text: '某项目招标公告\n采购人：朝阳区融媒体中心',
    check: (e) => {
      expect(e.county).toBeNull();
      expect(e.localityAmbiguous).toBe(true);
      expect(e.warnings.join()).toMatch(/北京市朝阳区 or 吉林省长春市朝阳区|吉林省长春市朝阳区 or 北京市朝阳区/);
    },
  },
  {
    name: 'a single-source result notice is an award',
    text: '某县融媒体中心短视频运营服务单一来源采购成交结果公告\n成交供应商：星河传媒有限公司\n成交金额：30万元',
    check: (e) => {
      expect(e.kind).toBe('award');
      expect(firstLot(e).amountYuan).toBe(300000);
    },
  },
  {
    name: 'a rate inside a result table cell ("中标下浮系数：0.92") is never yuan',
    html: '<div class="procwatch-sample">【样例数据·非真实公告】</div><p>三、中标（成交）信息</p><p>1.中标结果：</p><table><tr><td>序号</td><td>中标（成交）金额(元)</td><td>中标供应商名称</td><td>中标供应商地址</td></tr><tr><td>1</td><td>中标下浮系数：0.92</td><td>玉林陶瓷之都文化传媒有限公司</td><td>玉林市</td></tr></table>',
    check: (e) => {
      expect(firstLot(e).amountForm).toBe('rate');
      expect(firstLot(e).amountYuan).toBeNull();
      expect(firstLot(e).rateValue).toBe(0.92);
      expect(e.isSample).toBe(true);
    },
  },
  {
    name: 'an HTML fragment takes the list title from its hints, not its first line',
    html: '<div class="procwatch-sample">【样例数据·非真实公告】</div><p>一、项目编号：HYXC-2026-0303</p><p>采购人：中共惠州市惠阳区委宣传部</p>',
    check: (e) => {
      expect(e.title).toBe('惠州市惠阳区委宣传部2026年短视频制作服务项目公开招标公告');
      expect(e.kind).toBe('tender');
      expect([e.city, e.county]).toEqual(['惠州市', '惠阳区']);
    },
  },
  {
    name: 'prose award: "确定中标人为：X，中标价：人民币叁拾陆万元整（¥360000元）"',
    text: '东阳市人民政府办公室政务微信公众号运营服务项目中标公告\n经评标委员会评审，确定中标人为：金华蓝海传媒有限公司，中标价：人民币叁拾陆万元整（¥360000元）。\n采购人：东阳市人民政府办公室\n2019年3月8日',
    check: (e) => {
      expect([firstLot(e).vendor, firstLot(e).amountYuan]).toEqual(['金华蓝海传媒有限公司', 360000]);
      expect(e.publishedAt).toBe('2019-03-08');
      expect([e.city, e.county]).toEqual(['金华市', '东阳市']);
    },
  },
  {
    name: 'a contract signing date is not the publication date',
    text: '合同公告\n甲方：中共成都市武侯区委宣传部\n乙方：四川天府影视文化传播有限公司\n合同金额：¥1,280,000.00\n合同签订日期：2024-05-06',
    check: (e) => {
      expect(e.kind).toBe('contract');
      expect(e.publishedAt).toBeNull();
      expect(e.contractDate).toBe('2024-05-06');
      expect([firstLot(e).vendor, firstLot(e).amountYuan]).toEqual(['四川天府影视文化传播有限公司', 1280000]);
    },
  },
  {
    name: 'the rate hint after the colon "：（可填写下浮率、折扣率或费率）：29.8万元" is still money',
    text: award('供应商名称：大理苍洱视觉文化传播有限公司     供应商地址：大理市满江街道     中标（成交）金额：（可填写下浮率、折扣率或费率）：29.8万元 四、主要标的信息'),
    check: (e) => expect([firstLot(e).amountForm, firstLot(e).amountYuan]).toEqual(['total', 298000]),
  },
  {
    name: 'per-lot budgets with no project budget sum up',
    text: '某区融媒体中心宣传片及短视频制作项目公开招标公告\n包1：宣传片制作\n预算金额：60万元\n包2：短视频制作\n预算金额：40万元\n',
    check: (e) => {
      expect(e.budgetYuan).toBe(1000000);
      expect(e.evidence.budgetYuan.text).toBe(e.text.slice(e.evidence.budgetYuan.start, e.evidence.budgetYuan.end));
    },
  },
  {
    name: 'a project budget stated first wins over the lots\' budgets',
    text: '某项目公开招标公告\n项目预算：100万元\n包1：预算金额：60万元\n包2：预算金额：40万元\n',
    check: (e) => expect(e.budgetYuan).toBe(1000000),
  },
];

describe('extractor traps', () => {
  it.each(rows)('$name', (row) => {
    const hints = { title: '惠州市惠阳区委宣传部2026年短视频制作服务项目公开招标公告' };
    const e = extractNotice(row.html !== undefined ? { html: row.html, hints: row.name.includes('hints') ? hints : undefined } : { text: row.text });
    row.check(e);
    for (const l of e.lots) if (l.amountText) expect(e.text.slice(l.amountStart!, l.amountEnd!)).toBe(l.amountText);
  });
});
