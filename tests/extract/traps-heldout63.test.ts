/**
 * Traps found by the sixty-third and sixty-fourth unseen batches (tests/fixtures/extract/heldout63,
 * heldout64): small purchases outside the big portals (township, 街道, 社区, village and school
 * pages) and a WeChat repost. One named row each, run through the real extractNotice: each row
 * failed before parser 1.58.0, except those marked (guard), which keep a new rule from
 * overreaching. The names say the general rule, not the fixture; the parties are invented (星河…).
 */
import { expect } from 'vitest';
import { runTrapRows, type TrapRow } from './trap-rows.js';

const lots = (e: { lots: { vendor: string | null; amountYuan: number | null }[] }) => e.lots.map((l) => [l.vendor, l.amountYuan]);

const rows: TrapRow[] = [
  {
    name: 'a lowest quote with a short condition before the choice ("X报价最低且满足服务要求，确定为成交单位") names the winner',
    text: '星河镇政务新媒体运营服务询价结果公示\n发布日期：2023-07-14\n二、报价情况\n星河云视文化传媒有限公司    报价：48600元\n星河森源广告有限公司    报价：52000元\n三、询价结果\n经询价小组比较，星河云视文化传媒有限公司报价最低且满足服务要求，确定为成交单位，成交金额：肆万捌仟陆佰元整（¥48,600.00）。\n星河镇人民政府\n2023年7月14日',
    check: (e) => expect(lots(e)).toEqual([['星河云视文化传媒有限公司', 48600]]),
  },
  {
    name: 'a shop (商行) with the lowest quote, its condition set off by commas, chosen as 供货单位, is the winner',
    text: '星河社区办公家具采购比价结果公示\n发布日期：2016-11-03\n比价单位及报价：\n星河明辉家具商行：41,860元\n星河福源办公设备有限公司：43,200元\n比价结果：星河明辉家具商行报价最低，且产品符合要求，确定为供货单位，成交金额41860元。\n星河市星河社区居民委员会\n2016年11月3日',
    check: (e) => expect(lots(e)).toEqual([['星河明辉家具商行', 41860]]),
  },
  {
    name: '(guard) a lowest quote that was NOT chosen ("X报价最低，但资质不全，不予确定") names no winner from that sentence',
    text: '星河镇办公用品采购询价结果公示\n发布日期：2023-07-14\n星河文具商行报价最低，但资质不全，不予采纳。\n星河镇人民政府\n2023年7月14日',
    check: (e) => expect(e.lots.map((l) => l.vendor)).not.toContain('星河文具商行'),
  },
  {
    name: 'a township page on its county\'s own portal (the letterhead "X县人民政府" on the first line) is placed at that county',
    text: '平利县人民政府\n首页 | 政务公开 | 乡镇频道\n当前位置：首页 > 乡镇频道 > 星河镇 > 通知公告\n\n星河镇办公设备采购询价结果公示\n发布日期：2023-07-14    来源：星河镇人民政府\n经询价，确定星河办公设备有限公司为成交单位，成交金额：48600元。\n星河镇人民政府\n2023年7月14日\n',
    check: (e) => expect([e.buyer, e.county, e.divisionCode]).toEqual(['星河镇人民政府', '平利县', '610926']),
  },
  {
    name: '(guard) a city\'s portal letterhead ("安康市人民政府") places a township\'s page at no county',
    text: '安康市人民政府\n当前位置：首页 > 县区动态\n\n星河镇办公设备采购询价结果公示\n发布日期：2023-07-14\n经询价，确定星河办公设备有限公司为成交单位，成交金额：48600元。\n星河镇人民政府\n2023年7月14日\n',
    check: (e) => expect([e.city, e.county]).toEqual(['安康市', null]),
  },
  {
    name: 'a township government is placed where the text writes its township after a county ("报名地点：平利县星河镇…")',
    text: '星河镇助农直播服务比选公告\n2025年03月18日\n为拓宽我镇农特产品销路，星河镇人民政府拟采购助农直播服务，现公开邀请有意向的单位参加比选。\n本项目预算5.8万元。\n报名地点：平利县星河镇人民政府三楼党政办\n星河镇人民政府\n2025年3月18日\n',
    check: (e) => expect([e.buyer, e.county]).toEqual(['星河镇人民政府', '平利县']),
  },
  {
    name: 'a WeChat post\'s title over its 原创 byline heads the body, and its 往期回顾 list of other notices ("▼ 往期回顾 ▼") gives neither title nor kind nor the blanking of its facts',
    text: '星河政府采购\n2020-12-08 09:30\n\n星河县统计局宣传品印刷服务项目成交公告\n\n原创 星河县政府采购中心\n\n星河县政府采购中心受星河县统计局委托，现将成交结果公告如下：\n四、成交信息\n成交供应商名称：星河彩印有限公司\n成交金额：人民币壹拾叁万柒仟伍佰元整（¥137,500.00）\n\n▼ 往期回顾 ▼\n星河县融媒体中心短视频拍摄服务项目成交公告\n星河县公安局城区视频监控扩容项目招标公告\n\n来源：湖北省政府采购网\n阅读 356\n',
    check: (e) => {
      expect([e.title, e.kind]).toEqual(['星河县统计局宣传品印刷服务项目成交公告', 'award']);
      expect(lots(e)).toEqual([['星河彩印有限公司', 137500]]);
    },
  },
  {
    name: '(guard) a sentence that mentions 往期 work stays in the notice',
    text: '星河镇宣传片拍摄项目询价结果公示\n发布日期：2023-07-14\n往期回顾类短视频由供应商另行剪辑，确定星河影视传媒有限公司为成交单位，成交金额：48600元。\n星河镇人民政府\n2023年7月14日\n',
    check: (e) => expect(lots(e)).toEqual([['星河影视传媒有限公司', 48600]]),
  },
  {
    name: 'a budget label glued to lower-case numerals that 元 closes ("项目预算人民币十一万八千元") is the budget',
    text: '星河村太阳能路灯安装项目比选结果公示\n发布时间：2024-06-05\n一、项目概况：安装太阳能路灯42盏，项目预算人民币十一万八千元。\n三、比选结果：确定星河新能源科技有限公司为中选单位，中选价113900元。\n星河村民委员会\n',
    check: (e) => expect(e.budgetYuan).toBe(118000),
  },
  {
    name: 'a budget per year ("预算金额：9.5万元/年") for a service that runs exactly one year is the whole budget',
    text: '星河县中医院新媒体运营服务院内遴选公告\n发布时间：2024-08-06\n一、服务内容：公众号、视频号日常运营\n三、服务期限：2024年9月1日至2025年8月31日\n四、预算金额：9.5万元/年（含税）。\n星河县中医院\n',
    check: (e) => expect(e.budgetYuan).toBe(95000),
  },
  {
    name: '(guard) a budget per year over a three-year term is a rate, not the budget',
    text: '星河县中医院新媒体运营服务院内遴选公告\n发布时间：2024-08-06\n一、服务内容：公众号、视频号日常运营\n三、服务期限：三年\n四、预算金额：9.5万元/年（含税）。\n星河县中医院\n',
    check: (e) => expect(e.budgetYuan).toBeNull(),
  },
  {
    name: 'a direct purchase done in one sentence ("采用直接采购方式，向X采购…，合计金额…") names the firm and its sum',
    text: '星河镇2019年草原防火物资直接采购结果公示\n发布时间：2019-03-27\n因时间紧、金额小，经镇党委会研究，采用直接采购方式，向星河消防器材经销部采购风力灭火机12台、防火服60套、对讲机10部，合计金额贰万陆仟肆佰元（26400元），已于2019年3月25日完成供货验收。\n星河镇人民政府\n2019年3月27日\n',
    check: (e) => expect(lots(e)).toEqual([['星河消防器材经销部', 26400]]),
  },
  {
    name: '(guard) a call that plans a direct purchase ("拟采用直接采购方式") names no winner',
    text: '星河镇办公用品采购公告\n发布时间：2019-03-27\n本项目拟采用直接采购方式，欢迎符合条件的供应商报名，采购预算2万元。\n星河镇人民政府\n2019年3月27日\n',
    check: (e) => expect(e.lots).toEqual([]),
  },
  // after the leftovers (parser 1.59.0)
  {
    name: 'a byline that opens with the publishing office ("发布：校办    日期：2019年10月16日") is dated by its 日期 label',
    text: '星河县第二小学\n首页  学校简介  德育天地  校园公告\n\n校园公告\n\n星河县第二小学食堂设备采购询价结果公示\n\n发布：校办    日期：2019年10月16日    阅读：208\n\n学校于2019年10月12日组织询价，确定星河厨具有限公司为成交供应商，成交金额：58740元。\n公示期为3个工作日，各参与单位如对结果有异议，请在公示期内反映，逾期不予',
    check: (e) => expect([e.publishedAt, e.title]).toEqual(['2019-10-16', '星河县第二小学食堂设备采购询价结果公示']),
  },
  {
    name: '(guard) a byline\'s later deadline label ("发布：校办  报名截止时间：…") does not date the notice',
    text: '星河县第二小学食堂设备采购询价公告\n\n发布：校办    报名截止时间：2019年10月20日\n\n我校拟采购食堂设备一批，欢迎符合条件的供应商报价。\n星河县第二小学\n',
    check: (e) => expect(e.publishedAt).not.toBe('2019-10-20'),
  },
  {
    name: 'a school\'s own site with no buyer line ("我校…") is bought for by the school its masthead names',
    text: '星河县第二小学\n首页  学校简介  德育天地  校园公告\n\n校园公告\n\n食堂设备采购询价结果公示\n\n发布：校办    日期：2019年10月16日\n\n我校对食堂部分设备进行更新，学校于2019年10月12日组织询价，确定星河厨具有限公司为成交供应商，成交金额：58740元。\n',
    check: (e) => expect(e.buyer).toBe('星河县第二小学'),
  },
  {
    name: '(guard) a masthead that names a school does not buy when the text never speaks as the school (no 我校)',
    text: '星河县第二小学\n首页  学校简介  德育天地  校园公告\n\n星河县教育局食堂设备采购询价结果公示\n\n发布：校办    日期：2019年10月16日\n\n县教育局组织询价，确定星河厨具有限公司为成交供应商，成交金额：58740元。\n',
    check: (e) => expect(e.buyer).not.toBe('星河县第二小学'),
  },
  {
    name: 'a school site\'s spaced menu ("学校首页 学校概况 …") and column heading are chrome: the heading over a flush-left paragraph of prose is the title, and the result it states is read',
    text: '星河省星河县第三中学\n学校首页 学校概况 党建园地 德育之窗 教学教研 校园公告\n\n校园公告\n\n关于学校宣传片拍摄制作项目询价结果的公示\n\n为迎接建校六十周年，我校拟拍摄学校形象宣传片一部。学校总务处于2019.4.22组织询价，邀请三家单位报价：星河云图影视有限公司报价29800元，星河红韵广告有限公司报价31500元。经学校采购领导小组审议，确定星河云图影视有限公司为成交单位，成交价29800元。\n\n公示时间：2019年4月24日—4月26日。\n\n星河县第三中学总务处\n2019.4.24\n\n相关文章\n· 星河县第三中学学生公寓床具采购询价公告\n',
    check: (e) => {
      expect([e.title, e.kind]).toEqual(['关于学校宣传片拍摄制作项目询价结果的公示', 'award']);
      expect(lots(e)).toEqual([['星河云图影视有限公司', 29800]]);
    },
  },
  {
    name: '(guard) a side list\'s entry is not the title because a prose line follows the list',
    text: '星河县第三中学食堂食材采购询价公告\n发布时间：2019-04-24\n我校拟采购食堂食材一批，欢迎报价。\n\n相关文章\n星河县第三中学校服采购询价结果公示\n为做好校服征订工作，学校将于近期召开家长会，请各位家长准时参加。\n',
    check: (e) => expect(e.title).toBe('星河县第三中学食堂食材采购询价公告'),
  },
  {
    name: 'a village site\'s 村务公开 column named on its own line is chrome, not the head of the title below it',
    text: '星河县星河镇星河村村务公开\n\n星河村乡村旅游宣传片拍摄项目比选公告\n\n各有关单位：\n\n我村拟拍摄乡村旅游宣传片一部，现面向社会公开比选服务单位，有关事项公告如下：\n一、项目预算：80000元。\n\n星河县星河镇星河村民委员会\n二〇二〇年七月三十一日\n',
    check: (e) => expect(e.title).toBe('星河村乡村旅游宣传片拍摄项目比选公告'),
  },
  {
    name: '(guard) a dated 财务公开 heading ("星河村2023年第二季度财务公开") stays the page\'s title',
    text: '星河村2023年第二季度财务公开\n\n本季度收入合计12万元，支出合计9万元，明细如下。\n',
    check: (e) => expect(e.title).toBe('星河村2023年第二季度财务公开'),
  },
  {
    name: 'a 落款 by an institution\'s general-affairs office ("X总务处") where the text speaks as the institution (我校) names the institution as buyer',
    text: '星河县第三中学学生床具采购询价结果公示\n发布时间：2019-04-24\n我校拟采购学生床具一批，经询价，确定星河家具有限公司为成交单位，成交价29800元。\n\n星河县第三中学总务处\n2019年4月24日\n',
    check: (e) => expect(e.buyer).toBe('星河县第三中学'),
  },
  {
    name: '(guard) a 落款 by a general-affairs office where the text never speaks as the institution keeps the office as written',
    text: '星河县机关事务总务处办公家具采购询价结果公示\n发布时间：2019-04-24\n经询价，确定星河家具有限公司为成交单位，成交价29800元。\n\n星河县机关事务总务处\n2019年4月24日\n',
    check: (e) => expect(e.buyer).toBe('星河县机关事务总务处'),
  },
  {
    name: 'holders listed under their own heading ("入围供应商（排名不分先后）：") below an opening sentence that ends "入围结果公示如下：" are each a lot, at the discount written on their line',
    text: '星河街道办事处2022年度文印服务定点供应商入围结果公示\n发布时间：2022-03-21\n我街道文印服务定点供应商遴选工作已完成，现将入围结果公示如下：\n\n入围供应商（排名不分先后）：\n1、星河印务有限公司  入围折扣：按《文印服务参考价格表》的85%结算\n2、星河广告制作有限公司  入围折扣：按《文印服务参考价格表》的88%结算\n未入围：星河图文快印店（资料不全）\n\n星河街道办事处\n2022年3月21日\n',
    check: (e) => {
      expect(lots(e)).toEqual([['星河印务有限公司', null], ['星河广告制作有限公司', null]]);
      expect(e.lots.map((l) => l.amountForm)).toEqual(['rate', 'rate']);
    },
  },
  {
    name: 'a township government the text places only at its city is placed at the county whose own document it cites ("根据《扎兰屯市2024年…实施方案》")',
    text: '星河镇2024年农村户厕改造化粪池采购竞价公告\n\n星河镇发布 2024年05月06日 08:55 内蒙古\n\n各有关供应商：\n\n根据《扎兰屯市2024年农村牧区户厕改造实施方案》，我镇计划改造户厕218户，现进行竞价采购。\n本次采购预算金额为人民币34.88万元。\n\n星河镇人民政府\n2024年5月6日\n',
    check: (e) => expect([e.county, e.divisionCode]).toEqual(['扎兰屯市', '150783']),
  },
  {
    name: '(guard) documents of two counties cited by a township place it at neither',
    text: '星河镇2024年农村户厕改造化粪池采购竞价公告\n\n星河镇发布 2024年05月06日 08:55 内蒙古\n\n根据《扎兰屯市2024年农村牧区户厕改造实施方案》和《阿荣旗2024年人居环境整治方案》，我镇现进行竞价采购。\n\n星河镇人民政府\n2024年5月6日\n',
    check: (e) => expect(e.county).toBeNull(),
  },
];

runTrapRows('heldout63 traps', rows);
