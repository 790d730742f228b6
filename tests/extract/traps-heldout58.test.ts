/**
 * Traps found by the fifty-eighth unseen batch (tests/fixtures/extract/heldout58): purchases from
 * outside the big portals (a buyer's own site, a 交易中心's 限额以下 section, a state firm's
 * platform, 公众号 posts) in short informal notices: the site's header over the notice's own
 * title, no 采购人 line, prices in a sentence, the buyer only in the 落款. One named row each,
 * run through the real extractNotice: each row failed before parser 1.55.0, except those marked
 * (guard), which keep a new rule from overreaching. The names say the general rule, not the
 * fixture; the parties are invented (星河…).
 */
import { expect } from 'vitest';
import { runTrapRows, type TrapRow } from './trap-rows.js';

const rows: TrapRow[] = [
  // titles under a small site's header
  {
    name: 'a firm\'s own site: its name on the first line, menus, then the notice\'s heading opening with the same name: the heading is the title and says the kind',
    text: '星河县城市发展集团有限公司\n首页 / 集团概况 / 新闻中心 / 招标采购 / 联系我们\n\n招标采购 | 中选公示\n\n星河县城市发展集团有限公司2024年度印刷服务定点供应商入围结果公示\n时间：2024-03-05　　作者：综合部　　点击：88\n\n各参选单位：\n现将入围结果公示如下：\n入围单位1：星河彩印有限公司\n入围单位2：星河文印有限公司\n',
    check: (e) => {
      expect([e.title, e.kind]).toEqual(['星河县城市发展集团有限公司2024年度印刷服务定点供应商入围结果公示', 'award']);
      expect(e.lots.map((l) => l.vendor)).toEqual(['星河彩印有限公司', '星河文印有限公司']);
    },
  },
  {
    name: 'a firm\'s generic column heading ("X公司采购信息公告") over its byline and the notice\'s own heading: the notice\'s heading is the title',
    text: '星河县水务有限公司采购信息公告\n发布时间：2023-05-09 09:40:12　　信息来源：星河县水务有限公司\n\n星河县水务有限公司管网巡检车辆租赁服务网上竞价公告\n\n竞价编号：XH-JJ-2023-005\n一、采购单位：星河县水务有限公司\n二、采购预算：人民币12万元\n',
    check: (e) => expect(e.title).toBe('星河县水务有限公司管网巡检车辆租赁服务网上竞价公告'),
  },
  {
    name: 'a 政府信息公开 page: the site\'s name first, its metadata table\'s 标题 field names the notice (spaced "标    题："): that field is the title',
    text: '星河县人民政府\n网站首页 新闻中心 政府信息公开 政务服务 政民互动\n您所在的位置：首页 > 政府信息公开 > 镇（街道）信息公开\n\n索 引 号：014325-7/2025-00318    主题分类：其他\n发布机构：星河县东湖街道办事处    成文日期：2025-05-06\n标    题：东湖街道社区运动会网络直播服务竞价结果公示\n发布日期：2025-05-06\n\n星河县东湖街道办事处\n东湖街道社区运动会网络直播服务竞价结果公示\n\n各竞价单位：\n    现将结果公示如下：\n    成交单位：星河视界文化传媒有限公司\n    成交价：19,800元（壹万玖仟捌佰元整）。\n',
    check: (e) => {
      expect([e.title, e.kind]).toEqual(['东湖街道社区运动会网络直播服务竞价结果公示', 'award']);
      expect(e.lots.map((l) => [l.vendor, l.amountYuan])).toEqual([['星河视界文化传媒有限公司', 19800]]);
    },
  },
  {
    name: '(guard) a body\'s name over a list of other notices that open with the same name: no entry of the list is taken for the title',
    text: '星河县文化旅游投资有限公司\n最新公告\n星河县文化旅游投资有限公司景区保洁服务询价结果公示\n星河县文化旅游投资有限公司宣传片拍摄比选公告\n\n关于景区导览牌制作安装项目的询价公告\n发布时间：2024-06-01\n一、采购单位：星河县文化旅游投资有限公司\n',
    check: (e) => expect(e.title).toMatch(/关于景区导览牌制作安装项目的询价公告$/),
  },
  // goods priced by the measure, a winner named by what it supplies
  {
    name: 'a price per bag or barrel ("大米135元/袋，菜籽油258元/桶") is a unit price, never the award: the total stated after it is, and "确定X为本学期…供货单位" names the winner',
    text: '星河县第一中学2024年春季学期食堂大米、食用油采购比价结果公示\n更新时间：2024-3-2\n一、参加比价单位及报价\n1．星河粮油经营部：大米138元/袋，菜籽油265元/桶，合计报价252600元；\n2．星河宝丰粮油贸易有限公司：大米135元/袋，菜籽油258元/桶，合计报价246960元。\n二、比价结果\n经现场比价，确定星河宝丰粮油贸易有限公司为本学期大米、食用油供货单位。\n中标价：大米135元/袋，菜籽油258元/桶，本学期合同暂定金额￥246,960.00元（贰拾肆万陆仟玖佰陆拾元整），按实结算。\n',
    check: (e) => expect(e.lots.map((l) => [l.vendor, l.amountYuan, l.amountForm])).toEqual([['星河宝丰粮油贸易有限公司', 246960, 'total']]),
  },
  {
    name: 'a winner priced only per ton ("中标价：860元/吨") has a unit price and no total',
    text: '星河县第二中学供暖用煤采购询价结果公示\n发布时间：2024-10-08\n成交供应商：星河煤炭经销有限公司\n中标价：860元/吨\n',
    check: (e) => expect(e.lots.map((l) => [l.vendor, l.amountYuan, l.amountForm, l.unitPriceYuan])).toEqual([['星河煤炭经销有限公司', null, 'unit_price', 860]]),
  },
  {
    name: '(guard) a total stated first keeps its place over a unit price stated after it, for a winner named in prose',
    text: '星河县第三中学食堂食用油采购比价结果公示\n发布时间：2024-03-02\n经比价，确定星河金穗粮油有限公司为本学期食用油供货单位。\n中标价：合计报价人民币30,960元（菜籽油258元/桶）。\n',
    check: (e) => expect(e.lots.map((l) => [l.vendor, l.amountYuan])).toEqual([['星河金穗粮油有限公司', 30960]]),
  },
  {
    name: '(guard) "确定…为…服务单位" names no winner unless what stands there reads as an organisation',
    text: '星河县东湖街道保洁服务直接采购结果公示\n发布时间：2024-03-02\n经研究，确定上一年度的承接单位继续为辖区保洁服务单位，价格与上年度持平。\n',
    check: (e) => expect(e.lots.map((l) => l.vendor)).toEqual([]),
  },
  // prices in a sentence or under a short result's winner
  {
    name: 'a prose winner\'s price glued to its label in the same sentence ("…为成交单位，成交价叁万陆仟捌佰元整（36800元）") is its award',
    text: '星河县第二中学校园宣传片拍摄制作询价结果公示\n发布时间：2019-11-08\n共三家单位参加报价：星河金镜头影视有限公司报价38,500元；星河印象广告有限公司报价36,800元。\n经询价小组比较，确定星河印象广告有限公司为成交单位，成交价叁万陆仟捌佰元整（36800元）。\n',
    check: (e) => expect(e.lots.map((l) => [l.vendor, l.amountYuan])).toEqual([['星河印象广告有限公司', 36800]]),
  },
  {
    name: 'a short result\'s "采购金额：" on the line under its winner ("承接单位：X / 采购金额：39600元（每月9900元…）") is the winner\'s price',
    text: '东湖社区关于辖区保洁服务直接采购结果的公示\n项目名称：东湖社区2022年9月—12月辖区保洁服务\n承接单位：星河鑫洁物业管理有限公司\n采购金额：39600元（每月9900元，4个月合计）\n公示期：2022年8月30日至9月5日\n星河县东湖街道东湖社区居民委员会\n2022年8月30日\n',
    check: (e) => expect(e.lots.map((l) => [l.vendor, l.amountYuan])).toEqual([['星河鑫洁物业管理有限公司', 39600]]),
  },
  {
    name: '(guard) a framework\'s "年度预估采购金额" inside a line, under its holders, prices none of them',
    text: '星河县文旅集团短视频制作框架入围结果公示\n发布时间：2024-04-02\n入围单位1：星河光影传媒有限公司\n入围单位2：星河映像文化有限公司\n本项目年度预估采购金额：约30万元（仅为预估）。\n',
    check: (e) => expect(e.lots.map((l) => [l.vendor, l.amountYuan])).toEqual([['星河光影传媒有限公司', null], ['星河映像文化有限公司', null]]),
  },
  {
    name: '(guard) a "采购金额：" line above the winner (the purchase restated) is not the winner\'s price: its own 成交金额 is',
    text: '星河县东湖街道办公桌椅采购结果公示\n发布时间：2024-05-10\n采购金额：50000元\n成交单位：星河家具有限公司\n成交金额：46800元\n',
    check: (e) => expect(e.lots.map((l) => [l.vendor, l.amountYuan])).toEqual([['星河家具有限公司', 46800]]),
  },
  // buyers with no 采购人 line: a 比选人 line, a 落款 dated by month and day, a village placed by its site
  {
    name: 'a 比选人 line names the buyer in full ("2.比选人：平利县星河镇周家村村民委员会"), over the village\'s short name in the prose, and places it at its county',
    text: '平利县星河镇人民政府\n星河镇周家村村史馆布展项目比选公告\n发布时间：2026-03-17\n    周家村村民委员会决定对周家村村史馆布展项目进行公开比选，现将有关事项公告如下：\n    一、项目概况\n    1.项目名称：星河镇周家村村史馆布展项目\n    2.比选人：平利县星河镇周家村村民委员会\n    3.项目预算：28.6万元\n    比选结果公示后7日内与比选人签订合同。\n',
    check: (e) => expect([e.buyer, e.county]).toEqual(['平利县星河镇周家村村民委员会', '平利县']),
  },
  {
    name: 'a 落款 dated by month and day alone ("5月6日") still signs the notice: the line above it is the buyer, and the date stays unknown',
    text: '周家村2017年通组道路硬化项目比选结果公示\n    周家村村民委员会于5月4日上午对周家村通组道路硬化项目进行比选，现将比选结果公示如下：\n    确定星河建筑工程有限公司为中选单位，中选价287,450.00元。\n\n                    星河镇周家村村民委员会\n                          5月6日\n',
    check: (e) => expect([e.buyer, e.publishedAt]).toEqual(['星河镇周家村村民委员会', null]),
  },
  {
    name: 'a township\'s village committee that the notice never places is placed where the site\'s footer places its township ("版权所有：平利县星河镇人民政府")',
    text: '周家村2017年通组道路硬化项目比选结果公示\n    周家村村民委员会于5月4日上午对周家村通组道路硬化项目进行比选，现将比选结果公示如下：\n    确定星河建筑工程有限公司为中选单位，中选价287,450.00元。\n\n                    星河镇周家村村民委员会\n                          5月6日\n\n上一篇：星河镇召开春季植树造林工作推进会\n版权所有：平利县星河镇人民政府  陕ICP备05003217号\n',
    check: (e) => expect([e.buyer, e.county, e.divisionCode]).toEqual(['星河镇周家村村民委员会', '平利县', '610926']),
  },
  {
    name: '(guard) a footer that names a county but not the buyer\'s township places no county',
    text: '周家村2017年通组道路硬化项目比选结果公示\n    确定星河建筑工程有限公司为中选单位，中选价287,450.00元。\n\n                    星河镇周家村村民委员会\n                          5月6日\n\n版权所有：平利县人民政府  陕ICP备05003217号\n',
    check: (e) => expect(e.county).toBeNull(),
  },
  {
    name: '(guard) "比选人联系电话：" and "与比选人签订合同" are no buyer labels: the 采购单位 line is',
    text: '星河县文化馆演出服装采购比选公告\n发布时间：2024-05-06\n采购单位：星河县文化馆\n比选人联系电话：0916-7621019\n中选人应在7日内与比选人签订合同。\n',
    check: (e) => expect(e.buyer).toBe('星河县文化馆'),
  },
  // a WeChat post's date
  {
    name: 'a WeChat post whose byline names its author and its account before the date ("X学校 X教育 2026年2月24日 17:05 湖南"), its 落款 dated "2月24日": the post\'s date',
    text: '星河街道中心学校2026年春季学生健康体检服务询价公告\n\n平利县星河街道中心学校 星河教育 2026年2月24日 17:05 陕西\n\n各有关单位：\n为做好我校学生健康体检工作，决定对学生健康体检服务进行询价采购。\n一、项目名称\n星河街道中心学校2026年春季学生健康体检服务\n\n平利县星河街道中心学校\n2月24日\n',
    check: (e) => expect([e.publishedAt, e.buyer]).toEqual(['2026-02-24', '平利县星河街道中心学校']),
  },
  {
    name: '(guard) a post that states its own 发布时间 keeps it over its byline\'s date',
    text: '星河街道中心学校校服采购询价公告\n\n平利县星河街道中心学校 星河教育 2026年2月24日 17:05 陕西\n发布时间：2026-02-20\n\n各有关单位：\n决定对学生校服进行询价采购。\n',
    check: (e) => expect(e.publishedAt).toBe('2026-02-20'),
  },
  // the shapes a town's short result takes, beyond this batch's own
  {
    name: 'a short result\'s one sentence "经比选，确定由X以28,600元承接本项目" names the winner and its price',
    text: '星河镇文化站舞台音响租赁比选结果公示\n发布时间：2024-06-03\n    经比选，确定由星河声光科技有限公司以28,600元承接本项目。\n星河镇人民政府\n2024年6月3日\n',
    check: (e) => expect(e.lots.map((l) => [l.vendor, l.amountYuan])).toEqual([['星河声光科技有限公司', 28600]]),
  },
  {
    name: 'a winner named before the reason it won ("经竞价，X报价最低，确定为成交供应商，成交金额…") is read',
    text: '星河小学食堂食材采购竞价结果公示\n    经竞价，星河农副产品配送有限公司报价最低，确定为成交供应商，成交金额人民币叁万贰仟元整（¥32,000.00）。\n星河小学\n2023年9月1日\n',
    check: (e) => expect(e.lots.map((l) => [l.vendor, l.amountYuan])).toEqual([['星河农副产品配送有限公司', 32000]]),
  },
  {
    name: '(guard) a bidder whose price was lowest but who was not chosen ("X报价最低，但资格审查未通过") is no winner',
    text: '星河小学食堂食材采购竞价结果公示\n    经竞价，星河农副产品配送有限公司报价最低，但资格审查未通过，本次竞价失败。\n星河小学\n2023年9月1日\n',
    check: (e) => expect(e.lots.map((l) => l.vendor)).toEqual([]),
  },
  {
    name: 'holders listed under a sentence that says they follow ("经遴选，以下单位入围：") are one lot each, priced by their rates',
    text: '星河县交通投资集团有限公司2024年度车辆维修定点服务单位入围结果公示\n发布日期：2024-02-01\n经遴选，以下单位入围：\n1.星河汽修有限公司（工时费折扣率85%）\n2.星河汽车服务有限公司（工时费折扣率88%）\n',
    check: (e) => expect(e.lots.map((l) => [l.vendor, l.amountYuan, l.amountForm])).toEqual([['星河汽修有限公司', null, 'rate'], ['星河汽车服务有限公司', null, 'rate']]),
  },
  {
    name: '(guard) "以下单位未入围：" lists no holders',
    text: '星河县交通投资集团有限公司2024年度车辆维修定点服务单位入围结果公示\n发布日期：2024-02-01\n经遴选，以下单位未入围：\n1.星河车辆维修有限公司（资格审查未通过）\n',
    check: (e) => expect(e.lots.map((l) => l.vendor)).toEqual([]),
  },
  {
    name: 'a school\'s result titled by its procedure\'s result alone ("…教辅资料采购比价结果") is an award: its winner is read',
    text: '星河县第三小学\n2024年秋季学期教辅资料采购比价结果\n  我校于2024年8月20日组织比价，参加单位3家，现将结果公布如下：\n  经比价，确定星河书店有限公司为供货单位，按每套86元结算。\n星河县第三小学\n2024年8月21日\n',
    check: (e) => {
      expect(e.kind).toBe('award');
      expect(e.lots.map((l) => l.vendor)).toEqual(['星河书店有限公司']);
    },
  },
  {
    name: '(guard) a prequalification\'s result ("…比选资格预审结果") awards nothing',
    text: '星河县文化馆演出服装采购比选资格预审结果\n发布时间：2024-05-06\n经资格预审，以下申请人通过资格预审：星河服饰有限公司、星河演艺用品有限公司。\n',
    check: (e) => expect([e.kind, e.lots.length]).toEqual(['other', 0]),
  },
  // a town's buyer named by the page, not a line
  {
    name: 'a buyer read from the title as a bare township ("星河镇2024年…") is the township\'s government the page\'s header names on a line of its own',
    text: '星河镇人民政府\n首页 | 政务公开 | 镇村动态 | 便民服务\n星河镇2024年机关食堂食材配送服务询价结果公示\n发布时间：2024-07-02  来源：党政办\n    经询价小组评审，星河鲜农配送有限公司报价最低，确定为成交供应商，成交金额：45,600元。\n',
    check: (e) => expect(e.buyer).toBe('星河镇人民政府'),
  },
  {
    name: 'a 政府信息公开 page\'s 发布机构 is the buyer when no line, sentence or 落款 names one',
    text: '索 引 号：11431234-5/2023-00012\n发布机构：平利县星河镇人民政府\n标    题：星河镇农村环境整治项目询价结果公示\n发布日期：2023-04-11\n\n星河镇农村环境整治项目询价结果公示\n成交单位：星河环境工程有限公司\n成交金额：¥86,500.00\n',
    check: (e) => expect([e.buyer, e.county]).toEqual(['平利县星河镇人民政府', '平利县']),
  },
  {
    name: '(guard) a 发布机构 that is a trading centre is no buyer, and a 采购人 line outranks the 发布机构',
    text: '发布机构：星河县公共资源交易中心\n星河县第一中学课桌椅采购询价结果公示\n采购人：星河县第一中学\n成交单位：星河家具有限公司\n成交金额：¥86,500.00\n',
    check: (e) => expect(e.buyer).toBe('星河县第一中学'),
  },
];

runTrapRows('heldout58 traps', rows);
