/**
 * Traps found by the sixty-sixth unseen batch (tests/fixtures/extract/heldout66): purchases outside the big
 * portals by a fourth author (a village's 村务公开 spending table, 街道 and village calls, scored 比选 and
 * 评审 results in prose, 入围 lists priced per unit). One named row each, run through the real
 * extractNotice: each row failed before parser 1.59.0, except those marked (guard), which keep a new
 * rule from overreaching. The names say the general rule, not the fixture; the parties are invented
 * (星河…).
 */
import { expect } from 'vitest';
import { runTrapRows, type TrapRow } from './trap-rows.js';

const lotsOf = (e: { lots: { vendor: string | null; amountYuan: number | null }[] }) => e.lots.map((l) => [l.vendor, l.amountYuan]);

const rows: TrapRow[] = [
  {
    name: 'a winner chosen for why it won ("确定报价最低的X为成交供应商") is named without the reason',
    text: '星河县第一小学电子班牌采购询价结果公示\n更新时间：2016-11-08\n　　我校对电子班牌采购项目进行了询价。星河智能科技有限公司报价103680元，星河教育装备有限公司报价106900元。经询价小组评议，确定报价最低的星河智能科技有限公司为成交供应商，成交价103680元。\n星河县第一小学\n2016年11月8日',
    check: (e) => expect(lotsOf(e)).toEqual([['星河智能科技有限公司', 103680]]),
  },
  {
    name: 'a scored choice ranking its winner first ("X综合得分第一，确定为本项目服务单位，服务费用176000元") names the winner and its fee',
    text: '星河镇供暖锅炉运行维护服务比选结果公示\n发布时间：2025-09-26\n　　比选结果：星河热力工程服务有限公司综合得分第一，确定为本项目服务单位，服务费用176000元（含司炉人员工资）。\n　　本项目预算18万元。\n星河县星河镇人民政府\n2025年9月26日',
    check: (e) => expect(lotsOf(e)).toEqual([['星河热力工程服务有限公司', 176000]]),
  },
  {
    name: '(guard) a fee rate in the winner\'s sentence ("服务费率5%") is no total',
    text: '星河镇物业服务比选结果公示\n发布时间：2025-09-26\n　　比选结果：星河物业服务有限公司综合得分第一，确定为本项目服务单位，服务费率5%。\n星河县星河镇人民政府\n2025年9月26日',
    check: (e) => {
      expect(e.lots.map((l) => l.vendor)).toEqual(['星河物业服务有限公司']);
      expect(e.lots[0].amountYuan).toBeNull();
    },
  },
  {
    name: 'two 包 awarded in prose, one sentence each ("确定X为第一包成交单位，成交金额…"), are two lots labelled as written',
    text: '星河社区关于消防器材采购项目评审结果的公示\n星河社区 2026年03月24日 16:20 辽宁\n01 第一包：消防器材\n参与报价单位及报价：\n星河消防设备有限公司 23,600元\n星河五金建材商店 24,100元\n评审结果：确定星河消防设备有限公司为第一包成交单位，成交金额23,600元。\n02 第二包：充电棚\n参与报价单位及报价：\n星河新能源科技有限公司 41,800元\n评审结果：确定星河新能源科技有限公司为第二包成交单位，成交金额41,800元。\n星河县星河镇星河社区居民委员会\n2026年3月24日',
    check: (e) => expect(e.lots.map((l) => [l.lot, l.vendor, l.amountYuan])).toEqual([['第一包', '星河消防设备有限公司', 23600], ['第二包', '星河新能源科技有限公司', 41800]]),
  },
  {
    name: 'a village\'s 村务公开 of its purchases made ("…采购情况公开", one row per purchase under "承接（供货）单位 | 金额") is an award titled by its heading: one lot per row, the 序号 no label',
    text: '星河县星河镇人民政府\n网站首页 | 镇情概况 | 村务公开\n您现在的位置：网站首页 >> 村务公开 >> 星河村\n\n星河镇星河村2020年第三季度小额工程及物资采购情况公开\n时间：2020-10-12　来源：星河村　点击：61\n\n　　现将我村2020年第三季度小额工程及物资采购支出情况公开如下。\n\n序号　事项名称　采购方式　承接（供货）单位　金额（元）　支付日期\n1　村部视频监控维修　三家询价　星河电子科技有限公司　4860.00　2020.7.16\n2　垃圾收集箱12个　三家询价　星河环卫设备有限公司　10440.00　2020.8.3\n合计　　　　15300.00\n\n星河镇星河村村民委员会\n2020年10月12日',
    check: (e) => {
      expect([e.title, e.kind]).toEqual(['星河镇星河村2020年第三季度小额工程及物资采购情况公开', 'award']);
      expect(e.lots.map((l) => [l.lot, l.vendor, l.amountYuan])).toEqual([[null, '星河电子科技有限公司', 4860], [null, '星河环卫设备有限公司', 10440]]);
    },
  },
  {
    name: '(guard) a 村务公开 heading of other business ("…财务收支公开") is no purchase result',
    text: '星河县星河镇人民政府\n星河镇星河村2020年第二季度财务收支公开\n时间：2020-07-12\n　　现将我村第二季度财务收支情况公开如下。\n序号　收支项目　金额（元）　备注\n1　上级转移支付　52000.00　无\n星河镇星河村村民委员会',
    check: (e) => {
      expect(e.kind).not.toBe('award');
      expect(e.lots).toEqual([]);
    },
  },
  {
    name: 'a self-run 遴选\'s "遴选单位：" line names the buyer, and places it (a 街道 of a district)',
    text: '北京市密云区人民政府\n星河街道政务新媒体运营服务遴选公告\n发布日期：2020-03-27　　来源：星河街道办事处\n　　一、项目基本情况\n　　1.项目名称：星河街道政务新媒体运营服务\n　　2.遴选单位：北京市密云区人民政府星河街道办事处\n　　3.本项目预算金额：人民币19.6万元。\n',
    check: (e) => expect([e.buyer, e.county]).toEqual(['北京市密云区人民政府星河街道办事处', '密云区']),
  },
  {
    name: 'a village works 比选 names its buyer as 发包人 and its budget as 项目预算资金',
    text: '安图县人民政府\n星河村村部维修工程比选公告\n信息来源：星河镇　　发布日期：2017-05-15\n　　一、工程概况\n　　1.工程名称：星河村村部维修工程\n　　2.发包人：安图县星河镇星河村村民委员会\n　　3.项目预算资金：9.6万元\n　　4.计划工期：30日历天\n',
    check: (e) => expect([e.buyer, e.budgetYuan, e.county]).toEqual(['安图县星河镇星河村村民委员会', 96000, '安图县']),
  },
  {
    name: '(guard) a 遴选单位 named in a sentence ("遴选单位须具备…") is no buyer line: the 采购人 line is',
    text: '星河县文化旅游局宣传片遴选公告\n发布日期：2020-03-27\n采购人：星河县文化旅游局\n　　参加遴选单位须具备独立法人资格。\n预算金额：20万元\n',
    check: (e) => expect(e.buyer).toBe('星河县文化旅游局'),
  },
  {
    name: 'a 左翼/右翼 county or banner written short ("喀左县", "科左中旗") is placed at its full name',
    text: '喀左县星河镇人民政府\n星河镇星河村办公用品采购询价公告\n时间：2020-10-12\n采购人：星河镇星河村村民委员会\n预算金额：3万元\n地址：辽宁省朝阳市喀左县星河镇\n',
    check: (e) => expect([e.county, e.divisionCode]).toEqual(['喀喇沁左翼蒙古族自治县', '211324']),
  },
  {
    name: '(guard) the short form of a banner with a 前/中/后 part needs its 旗 ("科左中旗"); without it no banner is read',
    text: '星河县文化旅游局宣传片采购询价公告\n时间：2020-10-12\n采购人：星河县文化旅游局\n　　本项目拍摄地为科左中学周边。\n预算金额：3万元\n',
    check: (e) => expect(e.county).not.toBe('科尔沁左翼中旗'),
  },
  {
    name: 'a township unit\'s page on its county department\'s own site (the letterhead "X县卫生健康委员会" on the first line) is placed at that county',
    text: '拜城县卫生健康委员会\n首页  机构概况  政务公开  基层卫生\n当前位置：首页 >> 基层卫生 >> 乡镇卫生院公示\n\n星河乡卫生院采暖季燃煤采购竞价结果公示\n发布时间：2022-09-28　　发布单位：星河乡卫生院\n　　竞价结果：星河煤炭运销有限公司为成交单位，合计成交金额254800元。\n\n星河乡卫生院\n2022年9月28日\n',
    check: (e) => expect([e.buyer, e.county]).toEqual(['星河乡卫生院', '拜城县']),
  },
  {
    name: '(guard) a prefecture department\'s letterhead ("阿克苏地区卫生健康委员会") places a township unit at no county',
    text: '阿克苏地区卫生健康委员会\n首页  机构概况  政务公开\n\n星河乡卫生院采暖季燃煤采购竞价结果公示\n发布时间：2022-09-28　　发布单位：星河乡卫生院\n　　竞价结果：星河煤炭运销有限公司为成交单位，合计成交金额254800元。\n\n星河乡卫生院\n2022年9月28日\n',
    check: (e) => expect(e.county).toBeNull(),
  },
  {
    name: 'a hospital\'s own site whose 落款 is the office that posted it ("X医院总务科", the text speaking as 我院) is bought for by the hospital (heldout63\'s rule for a school\'s 总务处 holds for a hospital)',
    text: '星河县人民医院\n网站首页  医院概况  院务公开\n\n健康科普短视频拍摄制作服务询价结果公示\n来源：总务科　　发布时间：2021-09-03\n　　我院对健康科普短视频拍摄制作服务进行院内询价，确定星河影视文化传媒有限公司为成交单位，成交价39800元。\n\n星河县人民医院总务科\n2021.9.3\n',
    check: (e) => expect(e.buyer).toBe('星河县人民医院'),
  },
  {
    name: '(guard) a 落款 office under a masthead that is not its institution\'s name stays as signed',
    text: '星河县卫生健康局\n网站首页  通知公告\n\n健康科普短视频拍摄制作服务询价结果公示\n发布时间：2021-09-03\n　　经询价，确定星河影视文化传媒有限公司为成交单位，成交价39800元。\n\n星河县人民医院总务科\n2021.9.3\n',
    check: (e) => expect(e.buyer).not.toBe('星河县卫生健康局'),
  },
  {
    name: 'a media centre\'s studio kit ("演播室直播导播系统购置": a 导播台, a 推流器) is goods, not a live-streaming service',
    text: '星河县融媒体中心演播室直播导播系统购置合同公示\n发布日期：2023年07月05日\n采购人（甲方）：星河县融媒体中心\n供应商（乙方）：星河广电设备工程有限公司\n序号 | 名称 | 数量 | 金额（元）\n1 | 4K高清视频切换导播台 | 1台 | 68,000.00\n2 | 网络直播编码推流器 | 2台 | 15,000.00\n合同总金额：人民币捌万叁仟元整（¥83,000.00）\n',
    check: (e) => expect([e.isVideoOps, e.serviceType]).toEqual([false, null]),
  },
  {
    name: '(guard) live streams bought as a service ("助农直播带货服务") stay live streaming',
    text: '星河县供销社助农直播带货服务竞争性磋商公告\n发布日期：2025年09月02日\n采购单位：星河县供销合作社联合社\n　　服务内容：在抖音、快手开展助农带货直播40场，含主播、场控及设备。\n项目预算：24万元\n',
    check: (e) => expect([e.isVideoOps, e.serviceType]).toEqual([true, 'live_streaming']),
  },
  {
    name: 'a site\'s own name as its first line ("X融媒体中心") is not extended by a side list\'s entry that opens with it: the body\'s heading is the title and says the kind',
    text: '星河县融媒体中心\n星河新闻 | 视听星河 | 政务公开 | 通知公告 | 关于我们\n\n通知公告\n\n星河县融媒体中心新媒体编辑制作设备采购项目询价公告\n\n2024-04-22 15:08　　星河县融媒体中心\n\n星河县融媒体中心新媒体编辑制作设备采购项目询价公告\n\n　　星河县融媒体中心拟对新媒体编辑制作设备采购项目进行询价，现邀请合格供应商参加报价。\n　　1．采购人：星河县融媒体中心\n　　2．采购预算：人民币壹拾柒万陆仟元整（¥176,000.00）。\n\n星河县融媒体中心\n2024年4月22日\n\n推荐阅读\n【视频】星河：黑猪产业助农增收\n星河县融媒体中心2024年短视频拍摄剪辑外包服务遴选结果公示\n星河县融媒体中心演播室灯光改造询价结果公示\n\n\n关于我们 | 广告服务 | 新闻热线：0898-67812345\nCopyright © 星河县融媒体中心 版权所有\n',
    check: (e) => expect([e.title, e.kind]).toEqual(['星河县融媒体中心新媒体编辑制作设备采购项目询价公告', 'tender']),
  },
  {
    name: '(guard) a project\'s name read as the title ("X项目") is still completed by the heading below that adds its kind',
    text: '星河县融媒体中心短视频制作项目\n项目编号：XH-2024-01\n星河县融媒体中心短视频制作项目竞争性磋商公告\n采购人：星河县融媒体中心\n预算金额：20万元\n',
    check: (e) => expect(e.title).toBe('星河县融媒体中心短视频制作项目竞争性磋商公告'),
  },
  {
    name: 'an 入围 table priced per item ("单条报价（元/条，时长≤60秒）") whose result column says 入围 or 未入围: the admitted holders only, one lot each at a unit price, no amount',
    text: '星河县城市资产经营有限公司 阳光采购平台\n星河县城市资产经营有限公司宣传短视频拍摄制作服务框架采购入围结果公示\n公示时间：2024-02-27\n采购单位：星河县城市资产经营有限公司\n二、入围结果\n序号 | 供应商名称 | 单条报价（元/条，时长≤60秒） | 综合得分 | 结果\n1 | 星河海韵文化传媒有限公司 | 1,200.00 | 92.40 | 入围\n2 | 星河鹤鸣影视制作有限公司 | 1,150.00 | 89.75 | 入围\n3 | 星河视界云文化科技有限公司 | 1,350.00 | 80.35 | 未入围\n',
    check: (e) => {
      expect(lotsOf(e)).toEqual([['星河海韵文化传媒有限公司', null], ['星河鹤鸣影视制作有限公司', null]]);
      expect(e.lots.map((l) => l.amountForm)).toEqual(['unit_price', 'unit_price']);
    },
  },
  {
    name: '(guard) a result table whose result column says 中标 or 未中标 still awards its 中标 row at its amount',
    text: '星河县文化旅游局宣传片拍摄项目中标公告\n发布时间：2024-02-27\n采购人：星河县文化旅游局\n二、评审结果\n序号 | 供应商名称 | 投标报价（元） | 综合得分 | 结果\n1 | 星河影视传媒有限公司 | 186,000.00 | 92.40 | 中标\n2 | 星河光影文化有限公司 | 179,000.00 | 85.10 | 未中标\n',
    check: (e) => expect(lotsOf(e)).toEqual([['星河影视传媒有限公司', 186000]]),
  },
  {
    name: 'a box-drawn 入围 table headed by what each column prices per unit ("横版（元/分钟）") under "入围供应商及入围单价：": one lot per holder, no amount',
    text: '星河文旅发展有限公司\n星河景区宣传短视频拍摄制作服务框架协议入围结果公示\n【信息时间：2017-08-24】\n　　四、入围供应商及入围单价：\n　　┌───┬──────────┬──────┬──────┐\n　　│排名│供应商名称　　　　│横版（元/分钟）│竖版（元/分钟）│\n　　├───┼──────────┼──────┼──────┤\n　　│１　│星河光影文化传播有限公司│２１８０　│１５２０　│\n　　├───┼──────────┼──────┼──────┤\n　　│２　│星河山水影视制作有限公司│２２６０　│１６００　│\n　　└───┴──────────┴──────┴──────┘\n　　六、采购单位：星河文旅发展有限公司\n',
    check: (e) => expect(lotsOf(e)).toEqual([['星河光影文化传播有限公司', null], ['星河山水影视制作有限公司', null]]),
  },
  {
    name: 'holders ranked one a line under a numbered section heading with no colon ("二、入围单位及入围报价" / "第一名：X公司，工时单价：80元/工时，优惠率：12%；"): one lot each, no amount',
    text: '星河国有资本投资运营有限公司 阳光采购信息平台\n星河国投集团公务车辆定点维修保养服务入围结果公告\n发布日期：2024/05/13\n二、入围单位及入围报价\n　　第一名：星河金达汽车修理有限公司，工时单价：80元/工时，配件价格清单优惠率：12%；\n　　第二名：星河鑫顺达汽车服务有限公司，工时单价：85元/工时，配件价格清单优惠率：10%。\n\n　　未入围单位：星河晋运汽车销售服务有限公司（综合得分第四）。\n采购单位：星河国有资本投资运营有限公司\n',
    check: (e) => expect(lotsOf(e)).toEqual([['星河金达汽车修理有限公司', null], ['星河鑫顺达汽车服务有限公司', null]]),
  },
  {
    name: '(guard) a numbered section on the holders\' duties ("三、入围单位责任" over "1.入围单位应…") lists no holders',
    text: '星河国投集团公务车辆定点维修保养服务入围公告\n发布日期：2024/05/13\n入围供应商：星河金达汽车修理有限公司\n三、入围单位责任\n1.入围单位应在公示结束后5个工作日内签订协议，按派单提供服务；\n2.入围单位不得转包。\n',
    check: (e) => expect(e.lots.map((l) => l.vendor)).toEqual(['星河金达汽车修理有限公司']),
  },
];

runTrapRows('heldout66 traps', rows);
