/**
 * Traps found by the forty-third unseen batch (tests/fixtures/extract/heldout43, a researcher's
 * folder in every shape): lots labelled by a letter before 包 and won at a rate, a PDF extract's
 * layout table with wrapped lot cells, an investment estimate and a usage estimate beside a call,
 * per-包 budgets stated in a closing clause, dates from a scraper's dict header. One named row
 * each, run through the real extractNotice: each row failed before parser 1.43.0, except those
 * marked (guard), which keep a new rule from overreaching. The names say the general rule, not
 * the fixture; the parties are invented (星河…).
 */
import { expect } from 'vitest';
import { runTrapRows, type TrapRow } from './trap-rows.js';

const rows: TrapRow[] = [
  {
    name: 'lots labelled by a letter before 包 and won at a rate ("A包：X公司，中标价：下浮率8.5%") are two winners, no amount, their label as written',
    text: '星河县第一中学食材定点采购中标公告\n发布时间：2014-08-19\n五、中标情况：\nA包：星河粮油购销有限公司，中标价：下浮率8.5%（按市场每月公布价格下浮结算）\nB包：星河肉食品有限公司，中标价：下浮率6%（按批发市场每周均价下浮结算）\n采购人：星河县第一中学\n',
    check: (e) =>
      expect(e.lots.map((l) => [l.lot, l.vendor, l.amountYuan, l.amountForm])).toEqual([
        ['A包', '星河粮油购销有限公司', null, 'rate'],
        ['B包', '星河肉食品有限公司', null, 'rate'],
      ]),
  },
  {
    name: '(guard) a Latin word before 包 ("VIP包：") labels no lot',
    text: '星河县第一中学食材定点采购中标公告\n发布时间：2014-08-19\n中标供应商：星河粮油购销有限公司\n中标金额：86,000.00元\nVIP包：星河礼品有限公司，价格：另行约定\n采购人：星河县第一中学\n',
    check: (e) => expect(e.lots.map((l) => [l.vendor, l.amountYuan])).toEqual([['星河粮油购销有限公司', 86000]]),
  },
  {
    name: 'a PDF layout table\'s wrapped cells go to the column they stand under: a lot cell\'s bracketed words and a term\'s tail do not end the vendor\'s name',
    text: '星河县第四中学家具采购项目中标公告\n发布日期：2015年7月16日\n二、中标情况\n\n  包号      中标单位名称                     中标金额（元）       交货期\n  第一包    星河家具制造有限公司               428,600.00          签订合同后\n  （学生                                                            30日内\n  宿舍家具）\n  第二包    星河东盛办公设备有限公司           283,150.00          签订合同后\n  （食堂                                                            20日内\n  桌椅）\n\n三、联系方式\n采购人：星河县第四中学\n',
    check: (e) =>
      expect(e.lots.map((l) => [l.lot, l.vendor, l.amountYuan])).toEqual([
        ['第一包', '星河家具制造有限公司', 428600],
        ['第二包', '星河东盛办公设备有限公司', 283150],
      ]),
  },
  {
    name: 'a wrapped vendor name\'s tail standing under the name\'s column joins the name, not the lot cell before it',
    text: '星河县第四中学家具采购项目中标公告\n发布日期：2015年7月16日\n二、中标情况\n\n  包号      中标单位名称              中标金额（元）\n  第一包    星河家具制造有              428,600.00\n            限公司\n\n三、联系方式\n采购人：星河县第四中学\n',
    check: (e) => expect(e.lots.map((l) => [l.vendor, l.amountYuan])).toEqual([['星河家具制造有限公司', 428600]]),
  },
  {
    name: 'in a result, the date of the call it ends ("招标公告日期：…", "采购公告日期：…") is not the notice\'s date: its signature date is',
    text: '星河县第四中学家具采购项目中标公告\n一、项目概况\n采购项目名称：星河县第四中学家具采购项目\n招标公告日期：2015年6月23日\n开标日期：2015年7月14日\n二、中标情况\n中标供应商：星河家具制造有限公司\n中标金额：428,600.00元\n采购人：星河县第四中学\n                                                  星河县政府采购中心\n                                                    2015年7月16日\n',
    check: (e) => expect(e.publishedAt).toBe('2015-07-16'),
  },
  {
    name: '(guard) an aggregator\'s "公告类型：招标公告   发布日期：…" header keeps its 发布日期',
    text: '星河县卫生健康局老年人健康体检服务采购（XH2016-C027）\n所属地区：广西-桂林-星河县   公告类型：招标公告   发布日期：2016-04-11\n预算金额：******（会员可见）\n采购单位：星河县卫生健康局\n',
    check: (e) => expect(e.publishedAt).toBe('2016-04-11'),
  },
  {
    name: 'a sender\'s letterhead, a blank line, then a full title naming its own place and buyer: the letterhead is no part of the title',
    text: '星河县政府采购中心\n\n星河县第四中学家具采购项目中标公告\n（星采公字〔2015〕第087号）\n\n星河县政府采购中心受星河县第四中学的委托，现将中标结果公告如下：\n中标供应商：星河家具制造有限公司\n',
    check: (e) => expect(e.title).toBe('星河县第四中学家具采购项目中标公告'),
  },
  {
    name: '(guard) a company\'s name over a title that names no one ("企业形象宣传片…结果公示") stays part of the title',
    text: '星河城市建设投资（集团）有限公司\n\n企业形象宣传片拍摄制作项目直接采购结果公示\n\n本公司企业形象宣传片拍摄制作项目，现将结果公示如下：\n',
    check: (e) => expect(e.title).toBe('星河城市建设投资（集团）有限公司企业形象宣传片拍摄制作项目直接采购结果公示'),
  },
  {
    name: 'a PDF page\'s running header with a document number after a wide gap ("X中标公告      星采公〔2013〕32号") is no title: the heading below it, wrapped over two lines, is',
    text: '星河县政府采购中标公告                                        星采公〔2013〕32号\n\n        星河县财政局2013—2014年度财政投资评审项目中介机构\n                        选聘项目中标公告\n\n    星河招标代理有限公司受星河县财政局委托，现将中标结果公告如下：\n',
    check: (e) => expect(e.title).toBe('星河县财政局2013—2014年度财政投资评审项目中介机构选聘项目中标公告'),
  },
  {
    name: 'a scraper item printed as a dict on the first line, then "---- content ----": its pub_date dates the notice, its crawl_time does not',
    text: "{'url': 'http://example.invalid/cggg?id=1', 'crawl_time': '2022-08-04 10:02:51', 'region': '星河市-星河旗', 'pub_date': '2022-08-03', 'title': '星河旗人民法院视频会议系统升级改造项目公开招标公告'}\n---- content ----\n星河旗人民法院视频会议系统升级改造项目公开招标公告\n一、项目基本情况\n预算金额：1,286,000.00元\n获取招标文件时间：2022年08月04日至2022年08月10日\n采购人：星河旗人民法院\n",
    check: (e) => expect([e.title, e.publishedAt, e.budgetYuan]).toEqual(['星河旗人民法院视频会议系统升级改造项目公开招标公告', '2022-08-03', 1286000]),
  },
  {
    name: '(guard) a text opening with a brace that holds no fields ("{附件}") is read as it stands',
    text: '{附件}\n星河县人民政府办公室宣传资料印刷服务项目成交公告\n发布时间：2024-05-21\n成交供应商：星河彩印有限责任公司\n成交金额：¥237,500.00\n',
    check: (e) => expect(e.publishedAt).toBe('2024-05-21'),
  },
  {
    name: 'a repost\'s heading led by its column and a bar ("招标公告 | X公开招标公告") is titled by what follows the bar',
    text: '招标公告 | 星河县红色旧址智慧导览项目公开招标公告\n\n星河公共资源交易 2025年06月18日 16:40 福建\n\n星河县红色旧址智慧导览项目公开招标公告\n\n项目概况\n星河县红色旧址智慧导览项目的潜在投标人应在福建省政府采购网获取招标文件。\n一、项目基本情况\n预算金额：2,360,000元\n',
    check: (e) => expect(e.title).toBe('星河县红色旧址智慧导览项目公开招标公告'),
  },
  {
    name: 'an aggregator header titled by the project and its code ("X服务采购（XH2016-C027）") gives way to the body\'s heading with the notice\'s type ("X服务采购竞争性磋商公告")',
    text: '星河县卫生健康局2016年老年人健康体检服务采购（XH2016-C027）\n所属地区：广西-桂林-星河县   公告类型：招标公告   发布日期：2016-04-11\n预算金额：******（会员可见）\n======================================================\n\n星河县卫生健康局2016年老年人健康体检服务采购竞争性磋商公告\n\n星河县政府集中采购中心受星河县卫生健康局委托，对该项目采用竞争性磋商方式进行采购。\n',
    check: (e) => expect(e.title).toBe('星河县卫生健康局2016年老年人健康体检服务采购竞争性磋商公告'),
  },
  {
    name: '(guard) a header title with a code and no typed heading below it stays the title',
    text: '星河县卫生健康局2016年老年人健康体检服务采购（XH2016-C027）\n所属地区：广西-桂林-星河县   公告类型：招标公告   发布日期：2016-04-11\n采购单位：星河县卫生健康局\n',
    check: (e) => expect(e.title).toBe('星河县卫生健康局2016年老年人健康体检服务采购（XH2016-C027）'),
  },
  {
    name: 'per-包 budgets in a closing clause with Chinese numerals glued to the figures ("采购预算：包一150万元，包二64万元") add up to the budget',
    text: '星河县教育体育局录播教室建设项目中标（成交）结果公告\n发布时间：2022-12-09\n一、项目编号：XH-2022-G0365\n三、中标（成交）信息\n中标供应商：星河智慧校园教育科技有限公司\n中标金额：148.56万元\n八、其它补充事宜：本项目采购预算：包一150万元，包二64万元。第一次采购已于2022年11月4日废标。\n1.采购人信息\n名 称：星河县教育体育局\n',
    check: (e) => expect(e.budgetYuan).toBe(2140000),
  },
  {
    name: '(guard) per-包 budgets with digit labels and colons ("包1：30万元；包2：20万元") still add up',
    text: '星河县教育体育局录播教室建设项目招标公告\n发布时间：2022-12-09\n预算金额：包1：30万元；包2：20万元\n采购人：星河县教育体育局\n',
    check: (e) => expect(e.budgetYuan).toBe(500000),
  },
  {
    name: 'a works call\'s estimated investment ("本项目估算投资：人民币486.5万元") is no budget; a masked 预算金额 leaves it unknown',
    text: '星河县农村公路安全生命防护工程招标公告\n发布时间：2018-05-29\n招标单位：星河县交通运输局\n预算金额：登录后查看\n2. 项目概况与招标范围\n2.3 本项目估算投资：人民币486.5万元\n2.7 最高投标限价：人民币4,712,386.52元\n',
    check: (e) => expect(e.budgetYuan).toBeNull(),
  },
  {
    name: '(guard) a planned project\'s 估算金额 is its budget',
    text: '星河市文化广播电视和旅游局拟建项目信息公开（项目储备）\n发布日期：2024-02-19\n项目名称：星河市2024年城市形象宣传片拍摄制作项目\n建设（采购）单位：星河市文化广播电视和旅游局\n项目类别：服务类\n估算金额：120万元\n资金来源：市级财政\n',
    check: (e) => expect(e.budgetYuan).toBe(1200000),
  },
  {
    name: 'a budget field that says there is none ("按实际发生结算，年度费用约45万元，不设预算总额") gives no budget',
    text: '星河县机关事务管理局公务用车定点维修服务采购项目询价公告\n发布时间：2017-03-07\n一、采购项目编号：XH2017-X015\n三、采购项目预算：本项目为定点服务，按实际发生的维修量结算，年度维修费用约45万元，不设预算总额。\n采购人：星河县机关事务管理局\n',
    check: (e) => expect(e.budgetYuan).toBeNull(),
  },
  {
    name: 'a call for 定点 service ("…定点维修服务采购项目询价公告") is a tender, not a 定点 award',
    text: '星河县机关事务管理局公务用车定点维修服务采购项目询价公告\n发布时间：2017-03-07\n星河县政府采购中心受星河县机关事务管理局的委托，就该项目进行询价采购，欢迎具备资格条件的供应商参加报价。\n一、采购项目编号：XH2017-X015\n七、报价文件递交截止时间：2017年3月17日上午9:30\n采购人：星河县机关事务管理局\n',
    check: (e) => expect(e.kind).toBe('tender'),
  },
  {
    name: '(guard) a 定点 notice naming its chosen vendors ("…印刷服务定点供应商公示") stays an award',
    text: '星河县机关事务服务中心2024年度印刷服务定点供应商公示\n发布时间：2024-03-07\n定点供应商：星河彩印有限责任公司\n采购人：星河县机关事务服务中心\n',
    check: (e) => expect(e.kind).toBe('award'),
  },
];

runTrapRows('heldout43 traps', rows);
