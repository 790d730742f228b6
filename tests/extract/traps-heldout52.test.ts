/**
 * Traps found by the fifty-second and fifty-third unseen batches (tests/fixtures/extract/heldout52,
 * heldout53): lots that each state a budget under a bare numeral's label ("一标段预算金额"), vendors
 * listed by lot under a blank vendor label with each lot's amount on its own line, a comma-separated
 * sheet row under Chinese column names; titles: a contract's kind-only heading over its 合同名称, a
 * byline led by its date and time, a menu with Latin items, a portal's name over a full title. One
 * named row each, run through the real extractNotice: each row failed before parser 1.51.0, except
 * those marked (guard), which keep a new rule from overreaching. The names say the general rule,
 * not the fixture; the parties are invented (星河…).
 */
import { expect } from 'vitest';
import { runTrapRows, type TrapRow } from './trap-rows.js';

const rows: TrapRow[] = [
  {
    name: 'lots that each state a budget after a bare numeral\'s label ("一标段预算金额：70万元；二标段预算金额：32万元") make a budget that is their sum',
    text: '星河县卫生健康局村卫生室设备采购项目中标公告\n发布时间：2019-11-28\n采购人：星河县卫生健康局\n中标供应商：星河医疗器械有限公司\n中标金额：684,900.00元\n八、其它补充事宜\n一标段预算金额：70万元；二标段预算金额：32万元。\n',
    check: (e) => expect(e.budgetYuan).toBe(1020000),
  },
  {
    name: '(guard) "同一标段" inside a sentence is no lot label: the project\'s budget after it stays the budget',
    text: '星河县卫生健康局村卫生室设备采购项目招标公告\n发布时间：2019-11-28\n采购人：星河县卫生健康局\n供应商不得同时投同一标段预算金额：70万元。\n',
    check: (e) => expect(e.budgetYuan).toBe(700000),
  },
  {
    name: 'a blank vendor label over "标项1：X公司，地址…" lines: one lot per line, each with the amount of the later line that opens with its label',
    text: '星河县融媒体中心新媒体运营服务采购合同公告\n发布时间：2023-02-14\n一、合同名称：星河县融媒体中心新媒体运营服务采购合同\n五、合同主体\n采购人（甲方）：星河县融媒体中心\n供应商（乙方）：\n标项1：星河文化传媒有限公司，地址：星河县要津路52号，联系方式：0578-8012266\n标项2：星河鹿鸣网络科技有限公司，地址：星河市文二西路738号，联系方式：0571-88057613\n六、合同主要信息\n标项2：主要标的名称：微信公众号运营服务；主要标的数量：1项；主要标的单价：226500元；合同金额：226500元\n标项1：主要标的名称：抖音号运营服务；主要标的数量：1项；主要标的单价：318000元；合同金额：318000元\n七、合同签订日期：2023-02-10\n',
    check: (e) => expect(e.lots.map((l) => [l.lot, l.vendor, l.amountYuan])).toEqual([['1', '星河文化传媒有限公司', 318000], ['2', '星河鹿鸣网络科技有限公司', 226500]]),
  },
  {
    name: '(guard) amounts on numbered lines that are no lot labels ("1.", "（2）") never pair with the lots listed under a blank vendor label',
    text: '星河县融媒体中心新媒体运营服务采购合同公告\n发布时间：2023-02-14\n采购人（甲方）：星河县融媒体中心\n供应商（乙方）：\n标项1：星河文化传媒有限公司，地址：星河县要津路52号\n标项2：星河鹿鸣网络科技有限公司，地址：星河市文二西路738号\n六、合同主要信息\n1.主要标的名称：抖音号运营服务；合同金额：318000元\n（2）主要标的名称：微信公众号运营服务；合同金额：226500元\n',
    check: (e) => expect(e.lots.map((l) => [l.lot, l.vendor, l.amountYuan])).toEqual([['1', '星河文化传媒有限公司', null], ['2', '星河鹿鸣网络科技有限公司', null]]),
  },
  {
    name: '(guard) a single lot line under a blank vendor label stays as the fields read it',
    text: '星河县融媒体中心新媒体运营服务采购合同公告\n发布时间：2023-02-14\n采购人（甲方）：星河县融媒体中心\n供应商（乙方）：\n星河文化传媒有限公司\n合同金额：318000元\n',
    check: (e) => expect(e.lots.map((l) => l.amountYuan)).toEqual([318000]),
  },
  {
    name: 'a comma-separated sheet row under Chinese column names with an English key ("id,标题,…,公告日期,项目内容,原文链接") is the notice it stands for: title and date from its cells',
    text: 'id,标题,公告类型,地区,采购人,代理机构,预算金额,公告日期,项目内容,原文链接\n20180627113,星河县城市管理局垃圾桶采购项目询价公告,询价公告,星河县,星河县城市管理局,星河招标代理有限公司,835000,2018-06-27,"星河县城市管理局垃圾桶采购项目询价公告 项目编号：XH2018-0627 一、采购内容：垃圾桶3200只。 二、采购预算：人民币83.5万元。 六、报价保证金：1万元。",http://example.invalid/113.html\n',
    check: (e) => expect([e.title, e.publishedAt, e.buyer, e.agency, e.budgetYuan]).toEqual(['星河县城市管理局垃圾桶采购项目询价公告', '2018-06-27', '星河县城市管理局', '星河招标代理有限公司', 835000]),
  },
  {
    name: '(guard) a Chinese comma header with no title column ("包号,中标人,中标金额,交货期") is no sheet record: its rows stay a table',
    text: '包号,中标人,中标金额,交货期\n1,星河影视传媒有限公司,98000元,30日\n星河县文化旅游局宣传片拍摄项目中标公告\n发布时间：2024-01-02\n采购人：星河县文化旅游局\n',
    check: (e) => expect(e.title).toBe('星河县文化旅游局宣传片拍摄项目中标公告'),
  },
  {
    name: '(guard) a Chinese comma sheet of several rows as wide as its header is a list, not one notice\'s record',
    text: '序号,项目名称,采购单位,预算金额,采购时间\n1,星河县宣传片拍摄项目,星河县文化旅游局,98000,2024年3月\n2,星河县办公家具采购项目,星河县财政局,120000,2024年5月\n',
    check: (e) => expect(e.title).not.toBe('星河县宣传片拍摄项目'),
  },
  {
    name: 'a contract notice\'s kind-only heading ("政府采购合同公告") gives way to its own 合同名称 line',
    text: '政府采购合同公告\n\n一、合同编号：XH-HT-2023-011\n二、合同名称：星河县卫生健康局健康科普短视频制作服务合同\n三、项目编号：XH2023-0027\n四、项目名称：星河县卫生健康局健康科普短视频制作服务\n采购人（甲方）：星河县卫生健康局\n供应商（乙方）：星河视界文化传媒有限公司\n合同金额：168000元\n八、合同公告日期：2023-05-22\n',
    check: (e) => expect(e.title).toBe('星河县卫生健康局健康科普短视频制作服务合同'),
  },
  {
    name: '(guard) a kind-only heading that is no contract\'s ("中标公告") does not take a 合同名称 line for its title',
    text: '中标公告\n\n一、合同名称：星河县卫生健康局健康科普短视频制作服务合同\n采购人：星河县卫生健康局\n中标供应商：星河视界文化传媒有限公司\n中标金额：168000元\n发布时间：2023-05-22\n',
    check: (e) => expect(e.title).not.toBe('星河县卫生健康局健康科普短视频制作服务合同'),
  },
  {
    name: 'a title over a byline that opens with its date and time ("2024年03月11日 16:05 来源：…") is the title, not the portal\'s " | " menu above it',
    text: '交易公告 | 交易结果 | 政策法规 | 办事指南 | 专家库 | CA办理\n位置：交易信息 > 政府采购 > 县区信息\n友情链接：中国政府采购网 | 省政府采购网 | 信用中国\n首页 > 采购公告 > 县区公告\n星河县融媒体中心新媒体平台运营服务项目公开招标公告\n2024年03月11日 16:05 来源：星河县公共资源交易中心 【打印】\n采购单位：星河县融媒体中心\n预算金额：50万元\n',
    check: (e) => expect(e.title).toBe('星河县融媒体中心新媒体平台运营服务项目公开招标公告'),
  },
  {
    name: 'a menu bar whose items open with Latin letters ("CA办理", "APP下载") is no title',
    text: '交易公告 | 交易结果 | 政策法规 | CA办理 | APP下载\n星河县融媒体中心新媒体平台运营服务项目公开招标公告\n采购单位：星河县融媒体中心\n预算金额：50万元\n',
    check: (e) => expect(e.title).toBe('星河县融媒体中心新媒体平台运营服务项目公开招标公告'),
  },
  {
    name: 'a portal\'s or aggregator\'s name alone on the first line ("星河省政府采购", "星河标讯") is not run onto the full title below that names its place',
    text: '星河省政府采购\n星河县教育局2018年课桌椅采购项目中标公告\n星河招标咨询有限公司受星河县教育局的委托，就星河县教育局2018年课桌椅采购项目采用公开招标方式进行采购，现将中标结果公告如下：\n一、项目名称：星河县教育局2018年课桌椅采购项目\n',
    check: (e) => expect(e.title).toBe('星河县教育局2018年课桌椅采购项目中标公告'),
  },
  {
    name: '(guard) a name wrapped over two lines ("星河县政府采购" / "中心关于…的中标公告") stays one title',
    text: '星河县政府采购\n中心关于星河县宣传片拍摄项目的中标公告\n一、项目名称：星河县宣传片拍摄项目\n中标供应商：星河影视传媒有限公司\n',
    check: (e) => expect(e.title).toBe('星河县政府采购中心关于星河县宣传片拍摄项目的中标公告'),
  },
];

runTrapRows('heldout52 traps', rows);
