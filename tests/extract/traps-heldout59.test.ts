/**
 * Traps found by the fifty-ninth unseen batch (tests/fixtures/extract/heldout59): video-operations
 * notices as aggregators and mirrors show them (相关推荐 lists of other projects with their
 * amounts, AI summaries, login walls). One named row each, run through the real extractNotice:
 * each row failed before parser 1.54.0, except those marked (guard), which keep a new rule from
 * overreaching. The names say the general rule, not the fixture; the parties are invented (星河…).
 */
import { expect } from 'vitest';
import { runTrapRows, type TrapRow } from './trap-rows.js';

const SHORT_VIDEO_AWARD =
  '星河县文化和旅游局文旅宣传短视频拍摄制作服务项目成交公告\n发布时间：2024-06-03\n一、项目名称：星河县文化和旅游局文旅宣传短视频拍摄制作服务项目\n二、成交信息\n成交供应商：星河视界传媒有限公司\n成交金额：228,000.00元\n三、主要标的信息\n服务名称：文旅宣传短视频拍摄制作，竖版短视频60条\n四、其它补充事宜\n本项目预算金额：240,000.00元\n五、联系方式\n采购人：星河县文化和旅游局\n';

const rows: TrapRow[] = [
  {
    name: 'an aggregator\'s list of other projects under "为您推荐" (name, status, "31.5万", date) is no part of the notice: its promo films and account jobs do not decide the service',
    text: `${SHORT_VIDEO_AWARD}为您推荐\n星河市融媒体中心新媒体矩阵账号代运营服务采购项目　　中标　　31.5万　　2024-05-30\n星河市文化和旅游局杜鹃花节直播推广服务项目　　成交　　9.86万　　2024-04-19\n星河市中医药文化宣传片拍摄项目　　招标　　预算45万　　2024-05-05\n`,
    check: (e) => {
      expect([e.isVideoOps, e.serviceType]).toEqual([true, 'video_production']);
      expect(e.lots.map((l) => [l.vendor, l.amountYuan])).toEqual([['星河视界传媒有限公司', 228000]]);
    },
  },
  {
    name: 'a list headed "推荐商机", "附近商机" or "相关项目推荐" with amounts in 万 and no 元 ("¥16.80万") is a side list too',
    text: '星河县公安局政务新媒体运营及短视频制作服务项目成交结果公告\n发布日期：2022-05-19\n一、项目名称：星河县公安局政务新媒体运营及短视频制作服务项目\n二、成交信息\n成交供应商：星河视听文化传媒有限公司\n成交结果：成交下浮率12%\n三、主要标的信息\n服务内容：“星河公安”公众号、抖音号运营，每月原创短视频不少于15条\n四、其他补充事宜：本项目预算金额：28.00万元。\n五、联系方式\n采购人：星河县公安局\n推荐商机\n星河市融媒体中心短视频拍摄制作服务项目  成交  ¥16.80万\n星河市文体广电和旅游局冰雪旅游宣传片拍摄项目  中标  ¥38.50万\n',
    check: (e) => expect([e.isVideoOps, e.serviceType]).toEqual([true, 'account_operation']),
  },
  {
    name: '(guard) a side list above the notice ends at its own title: the title, winner and amount that follow are read',
    text: `相关项目推荐：\n星河市融媒体中心新媒体运营服务项目　　成交金额：21.5万元\n星河市公安局视频监控运维项目　　中标金额：88.6万元\n\n${SHORT_VIDEO_AWARD}`,
    check: (e) => {
      expect(e.title).toBe('星河县文化和旅游局文旅宣传短视频拍摄制作服务项目成交公告');
      expect(e.lots.map((l) => [l.vendor, l.amountYuan])).toEqual([['星河视界传媒有限公司', 228000]]);
      expect(e.serviceType).toBe('video_production');
    },
  },
  {
    name: 'an aggregator\'s profile of the winner ("近一年中标 3 次　累计中标金额 52.6万元") sums its past awards: the notice\'s own 成交金额 is the award',
    text: '星河县商务局农特产品直播带货服务项目成交结果公告\n发布日期：2023-05-26\n成交供应商画像：星河山货优选电子商务有限公司　近一年中标 3 次　累计中标金额 52.6万元　【查看企业详情】\n———— 原文 ————\n星河县商务局农特产品直播带货服务项目成交结果公告\n一、项目名称：星河县商务局农特产品直播带货服务项目\n二、成交信息\n成交供应商：星河山货优选电子商务有限公司\n成交金额：人民币壹拾玖万捌仟伍佰元整（¥198,500.00）\n三、采购人：星河县商务局\n',
    check: (e) => expect(e.lots.map((l) => [l.vendor, l.amountYuan])).toEqual([['星河山货优选电子商务有限公司', 198500]]),
  },
  {
    name: '(guard) a 中标金额 field that opens its line after another word ("项目中标金额：52.6万元") is still the award',
    text: '星河县商务局直播带货服务项目中标公告\n发布日期：2023-05-26\n中标供应商：星河山货优选电子商务有限公司\n项目中标金额：52.6万元\n采购人：星河县商务局\n',
    check: (e) => expect(e.lots.map((l) => [l.vendor, l.amountYuan])).toEqual([['星河山货优选电子商务有限公司', 526000]]),
  },
  {
    name: 'a portal\'s list of the same project\'s other notices under "本项目相关公告：" ("1.X询价公告（…）", "2.X成交公告（…）") gives neither the title nor the kind of a 合同公告 (nor does the footer\'s "信息来源：" below them make one its title)',
    text: '星河省政府采购网\n当前位置：首页 > 合同公告 > 市县合同公告\n星河县市场监督管理局政务新媒体代运营服务合同公告\n【信息时间：2020-11-06】\n一、合同编号：XH-HT-2020-031\n二、合同名称：星河县市场监督管理局政务新媒体代运营服务合同\n三、合同主体\n采购人（甲方）：星河县市场监督管理局\n供应商（乙方）：星河橘乡网络科技有限公司\n四、合同主要信息\n主要标的名称：政务新媒体代运营服务\n合同金额：96,000.00元\n五、合同签订日期：2020-10-30\n\n本项目相关公告：\n1.星河县市场监督管理局政务新媒体代运营服务项目询价公告（2020-10-12）\n2.星河县市场监督管理局政务新媒体代运营服务项目成交公告（2020-10-23）\n\n上一篇：星河县教育体育局校园食堂设备采购合同公告\n\n信息来源：星河县财政局政府采购管理办公室\n主办单位：星河省财政厅\n',
    check: (e) => expect([e.title, e.kind]).toEqual(['星河县市场监督管理局政务新媒体代运营服务合同公告', 'contract']),
  },
  {
    name: '(guard) a notice\'s own clause naming its earlier notice ("本项目相关公告已于2020-10-12发布") is no list heading: the text after it stays',
    text: '星河县市场监督管理局政务新媒体代运营服务项目成交公告\n发布时间：2020-10-23\n本项目相关公告已于2020-10-12在星河省政府采购网发布。\n成交供应商：星河橘乡网络科技有限公司\n成交金额：96,000.00元\n采购人：星河县市场监督管理局\n',
    check: (e) => expect(e.lots.map((l) => [l.vendor, l.amountYuan])).toEqual([['星河橘乡网络科技有限公司', 96000]]),
  },
  {
    name: 'a correction quoting the original field after 原为 ("原为“预算金额：68.00万元…”，现更正为“预算金额：65.00万元…”") has the corrected budget',
    text: '星河县文化广电和旅游局城市形象宣传片拍摄制作项目更正公告\n2023年04月11日 17:05 来源：星河省政府采购网\n一、项目基本情况\n原公告的采购项目名称：星河县文化广电和旅游局城市形象宣传片拍摄制作项目\n二、更正信息\n更正内容：\n1.预算金额：原为“预算金额：68.00万元（人民币）；最高限价：68.00万元（人民币）”，现更正为“预算金额：65.00万元（人民币）；最高限价：65.00万元（人民币）”。\n更正日期：2023年04月11日\n三、采购人信息\n名　称：星河县文化广电和旅游局\n',
    check: (e) => expect([e.kind, e.budgetYuan]).toEqual(['correction', 650000]),
  },
  {
    name: 'a budget labelled "采购项目预算金额（元）：" (the longest label, read whole) is the budget',
    text: '星河县人民政府办公室政务新媒体代运营服务采购项目招标公告\n发布时间：2019-11-08\n星河招标代理有限公司受星河县人民政府办公室的委托，对星河县人民政府办公室政务新媒体代运营服务采购项目进行公开招标采购。\n一、采购项目编号：XH2019-0237\n二、采购项目名称：星河县人民政府办公室政务新媒体代运营服务采购项目\n三、采购项目预算金额（元）：人民币贰拾叁万伍仟元整（¥235,000.00）\n四、最高限价（元）：¥235,000.00\n',
    check: (e) => expect(e.budgetYuan).toBe(235000),
  },
  {
    name: '(guard) a project\'s name ending 采购项目, spaced from its own "预算金额(元)：" label, keeps its whole name',
    text: '星河县公安局机房精密空调采购项目结果公告\n一、项目名称　　采购项目名称： 星河县公安局机房精密空调采购项目 　　预算金额： 878800.00元\n二、成交供应商名称：星河暖通设备科技有限公司\n成交金额(元)：770000\n采购人：星河县公安局\n',
    check: (e) => expect(e.projectName).toContain('星河县公安局机房精密空调采购项目'),
  },
  {
    name: 'an info bar\'s spans, each a whole field ("<span>采购人：X局</span><span>区县：Y区</span>"), are parted: the next field\'s label does not run into the buyer',
    html: '<html><body><h1>星河市星河区城市管理局生活垃圾转运车辆采购结果公告</h1><div class="notice-info"><span>发布时间：2020-11-17</span><span>采购人：星河市星河区城市管理局</span><span>区县：星河区</span></div><p>一、项目基本情况</p><p>采购项目名称：星河区生活垃圾转运车辆采购</p><p>预算金额：195.00万元</p><p>成交供应商：星河专用汽车有限公司</p><p>成交金额：187.45万元</p></body></html>',
    check: (e) => expect(e.buyer).toBe('星河市星河区城市管理局'),
  },
  {
    name: '(guard) a figure split over spans ("<span>201</span><span>7</span>", "<span>预算金额：</span><span>19</span><span>5万元</span>") stays whole',
    html: '<html><body><h1>星河县文化旅游局宣传片拍摄项目中标公告</h1><p>发布时间：<span>201</span><span>7</span>-06-01</p><p>采购人：星河县文化旅游局</p><p><span>预算金额：</span><span>19</span><span>5万元</span></p><p>中标供应商：星河影视传媒有限公司</p><p>中标金额：<span>18</span><span>6,000.00元</span></p></body></html>',
    check: (e) => {
      expect([e.publishedAt, e.budgetYuan]).toEqual(['2017-06-01', 1950000]);
      expect(e.lots.map((l) => [l.vendor, l.amountYuan])).toEqual([['星河影视传媒有限公司', 186000]]);
    },
  },
  {
    name: 'a budget labelled "预算总价：315万元（其中一标段198万元，二标段117万元）" is the project\'s budget',
    text: '星河市住房和城乡建设局城区道路路灯节能改造项目中标公告\n发布日期：2013-09-24\n一、项目名称：星河市住房和城乡建设局城区道路路灯节能改造项目\n二、预算总价：315万元（其中一标段198万元，二标段117万元）\n三、中标情况：\n一标段\n中标单位：星河光电科技有限公司\n中标价：¥1,893,600.00元\n二标段\n中标单位：星河照明工程有限公司\n中标价：¥1,116,080.00元\n四、采购人：星河市住房和城乡建设局\n',
    check: (e) => expect(e.budgetYuan).toBe(3150000),
  },
  {
    name: 'a county named on an older notice placed at a city it has left since (枞阳县 of 安庆市 until 2015, now of 铜陵市) is the county as it was listed then',
    text: '枞阳县公安局城区治安视频监控建设项目招标公告\n所属地区：安徽 - 安庆      信息类型：招标公告      发布时间：2014-05-08\n\n枞阳县公安局城区治安视频监控建设项目招标公告\n枞阳县政府采购中心受枞阳县公安局的委托，就枞阳县公安局城区治安视频监控建设项目进行公开招标。\n一、项目名称：枞阳县公安局城区治安视频监控建设项目\n二、项目预算：人民币386万元\n三、采购人：枞阳县公安局\n地址：星河路98号\n',
    check: (e) => {
      expect([e.province, e.city, e.county, e.divisionCode]).toEqual(['安徽省', '安庆市', '枞阳县', '340823']);
      expect(e.placeToday).toEqual({ province: '安徽省', city: '铜陵市', county: '枞阳县', divisionCode: '340722' });
    },
  },
  {
    name: '(guard) the same county on a notice after its move stays where it is today (铜陵市 枞阳县)',
    text: '枞阳县公安局城区治安视频监控建设项目招标公告\n所属地区：安徽 - 铜陵      发布时间：2021-05-08\n\n枞阳县公安局城区治安视频监控建设项目招标公告\n一、项目名称：枞阳县公安局城区治安视频监控建设项目\n二、项目预算：人民币386万元\n三、采购人：枞阳县公安局\n',
    check: (e) => expect([e.city, e.county, e.divisionCode]).toEqual(['铜陵市', '枞阳县', '340722']),
  },
  {
    name: 'an aggregator\'s header over its own copy ("采购单位：X局　　代理机构：Y公司", X opening the body\'s title) keeps its agency when a login wall cuts the body\'s contact block',
    text: '星河标讯\n首页 / 招标公告 / 星河 / 中标成交\n星河县文化和旅游局文旅宣传短视频拍摄制作服务项目中标（成交）结果公告\n星河 星河县　｜　成交　｜　2022-09-14\n基本信息\n采购单位：星河县文化和旅游局　　　　　　代理机构：星河大别山项目管理有限公司\n预算金额：24万元　　　　　　　　　　　　成交金额：22.8万元\n公告正文\n星河县文化和旅游局文旅宣传短视频拍摄制作服务项目中标（成交）结果公告\n一、项目编号：XH-2022-087\n二、中标（成交）信息\n供应商名称：星河楚韵传媒有限公司\n中标（成交）金额：228,000.00元\n三、采购人信息\n名　称：星河县文化和旅游局\n剩余内容仅对会员开放\n',
    check: (e) => {
      expect([e.buyer, e.agency]).toEqual(['星河县文化和旅游局', '星河大别山项目管理有限公司']);
      expect(e.lots.map((l) => [l.vendor, l.amountYuan])).toEqual([['星河楚韵传媒有限公司', 228000]]);
    },
  },
  {
    name: '(guard) another notice\'s entry above the body ("采购单位：Y市局　　代理机构：Z公司", Y not opening the title) gives no agency',
    text: '星河标讯\n相似项目\n星河市公安局视频监控运维项目\n采购单位：星河市公安局　　　　代理机构：星河远方招标有限公司\n\n星河县文化和旅游局文旅宣传短视频拍摄制作服务项目中标（成交）结果公告\n发布时间：2022-09-14\n一、项目编号：XH-2022-087\n二、中标（成交）信息\n供应商名称：星河楚韵传媒有限公司\n中标（成交）金额：228,000.00元\n三、采购人信息\n名　称：星河县文化和旅游局\n',
    check: (e) => expect(e.agency).toBeNull(),
  },
];

runTrapRows('heldout59 traps', rows);
