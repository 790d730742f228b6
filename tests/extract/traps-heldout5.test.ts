/**
 * Traps found by the fifth unseen batch (tests/fixtures/extract/heldout5), one named row each,
 * run through the real extractNotice: each row failed before parser 1.6.0, except those marked
 * (guard), which keep a new rule from overreaching. The names say the general rule, not the
 * fixture; the parties are invented (星河…) and the places other than the fixtures'.
 */
import { expect } from 'vitest';
import { dropNoiseLines } from '../../scrapers/extract/page-noise.js';
import { award, runTrapRows, type TrapRow } from './trap-rows.js';

const page = (chrome: string, body: string, after = '') =>
  `<html><head><meta charset="utf-8"><title>星河市政府采购网</title></head><body>${chrome}<div class="article">${body}</div>${after}</body></html>`;

const rows: TrapRow[] = [
  // page noise
  {
    name: 'a side list BEFORE the notice ("相关公告" with 采购人/代理机构/中标金额 of other projects) gives neither buyer, agency nor place',
    html: page(
      '<aside class="col-left"><div>相关公告</div><ul><li><a href="#">平川县融媒体中心宣传片项目结果公告</a><p>2025-06-02 | 采购人：平川县融媒体中心 | 代理机构：平川招标有限公司 | 中标金额：45.8万元</p></li></ul></aside>',
      '<h1>星河县文体旅游局城市宣传片拍摄项目结果公告</h1><p>发布时间：2025-06-05</p><p>中标供应商：星河影视传媒有限公司</p><p>中标金额：376000.00元</p><p>1.采购人信息</p><p>名称：星河县文体旅游局</p><p>2.采购代理机构信息</p><p>名称：星河建设工程咨询有限公司</p>'),
    check: (e) => {
      expect(e.buyer).toBe('星河县文体旅游局');
      expect(e.agency).toBe('星河建设工程咨询有限公司');
      expect(e.lots.map((l) => l.vendor)).toEqual(['星河影视传媒有限公司']);
    },
  },
  {
    name: 'a left menu listing "采购意向 | 采购公告" does not make an award page an intention',
    html: page('<div class="left-menu"><h4>栏目导航</h4><ul><li>采购意向</li><li>采购公告</li><li>结果公告</li></ul></div>',
      '<div class="art-title">星河县文旅局新媒体运营服务项目中标公告</div><p>发布时间：2025年10月14日</p><table><tr><td>中标供应商名称</td><td>星河文化传媒有限公司</td></tr><tr><td>中标金额（元）</td><td>528,600.00</td></tr></table>'),
    check: (e) => {
      expect(e.kind).toBe('award');
      expect(e.lots[0]).toMatchObject({ vendor: '星河文化传媒有限公司', amountYuan: 528600 });
    },
  },
  {
    name: '(guard) a 推荐阅读 side list of promo-film and short-video projects does not make a CCTV maintenance notice video ops',
    text: award('星河县公安局视频监控系统运维服务项目中标公告',
      '中标供应商：星河天网科技有限公司\n中标金额：1,168,000.00元\n推荐阅读\n· 星河县融媒体中心短视频账号运营服务项目中标公告\n· 星河市城市宣传片拍摄制作项目成交公告\n· 星河区政务直播服务项目成交结果公示'),
    check: (e) => expect(e.isVideoOps).toBe(false),
  },
  {
    name: 'a 最新结果公告 list after an intention does not decide its service type',
    text: '星河区融媒体中心2026年1至6月政府采购意向\n发布时间：2025-12-30\n序号 | 采购项目名称 | 采购需求概况 | 预算金额（万元） | 预计采购时间\n1 | “星河发布”短视频账号运营服务 | 抖音号、视频号日常运营 | 48 | 2026年3月\n最新结果公告\n星河经开区城市宣传片采购项目结果公告 中标金额：58万元 2025-12-28\n星河县纪录片拍摄项目结果公告 成交金额：22.6万元 2025-12-29',
    check: (e) => expect(e.serviceType).toBe('account_operation'),
  },
  {
    name: '"上一篇/下一篇" lines, share buttons and the operator\'s footer lines are dropped; the notice\'s own lines stay',
    check: () => {
      const out = dropNoiseLines('星河项目成交公告\n成交金额：176000元\n上一篇：星河医院维保服务成交公告（成交金额：89.6万元）\n下一篇：星河县短视频项目成交公告\n分享到：微信 微博\n主办：星河市财政局 地址：星河市迎春路\n星ICP备05011号');
      expect(out).toBe('星河项目成交公告\n成交金额：176000元');
    },
  },
  {
    name: '(guard) a title right after a side list heading stays: it is followed by its own date line',
    check: () => {
      const out = dropNoiseLines('最新公告\n· 平川县宣传片项目中标公告 2025-11-20\n星河县短视频制作服务项目成交公告\n发布时间：2025-11-12\n成交金额：29.65万元');
      expect(out).toBe('星河县短视频制作服务项目成交公告\n发布时间：2025-11-12\n成交金额：29.65万元');
    },
  },
  {
    name: '(guard) a numbered block after a bare "相关信息" line is the notice\'s own, not a side list',
    text: award('星河县短视频制作服务项目成交公告', '成交供应商：星河文化传媒有限公司\n成交金额：12万元\n相关信息\n1.采购人信息\n名称：星河县融媒体中心\n2.采购代理机构信息\n名称：星河招标咨询有限公司'),
    check: (e) => {
      expect(e.buyer).toBe('星河县融媒体中心');
      expect(e.agency).toBe('星河招标咨询有限公司');
    },
  },
  {
    name: 'a list table with no heading (another notice\'s title, its winner and amount, a date) makes no lot',
    html: '<html><body><h1>星河县融媒体中心短视频制作服务项目成交公告</h1><p>发布时间：2025-11-12</p><p>成交供应商：星河文化传媒有限公司</p><p>成交金额：29.65万元</p><p>采购人：星河县融媒体中心</p><p>地址：星河县人民路一号，联系人：王先生，联系电话：0000-1234567，传真：0000-1234568，邮编：000000，项目联系人：李女士，电话：0000-7654321</p><table class="list"><tr><td><a>平川县宣传片项目中标公告</a></td><td>中标供应商：平川影视有限公司</td><td>中标金额：52万元</td><td>2025-11-20</td></tr></table></body></html>',
    check: (e) => expect(e.lots.map((l) => l.vendor)).toEqual(['星河文化传媒有限公司']),
  },
  {
    name: '(guard) a scraper CSV\'s record under its "标题 | …" header stays (its title and date are the notice\'s)',
    check: () => {
      const csv = '标题 | 发布时间 | 采购人\n星河县短视频制作服务项目中标公告 | 2025-01-02 | 星河县融媒体中心';
      expect(dropNoiseLines(csv)).toBe(csv);
    },
  },
  // titles
  {
    name: 'a portal\'s name with its menu ("X政府采购网 首页 | 采购公告 | …") is no title',
    text: '星河省政府采购网\u3000首页 | 采购公告 | 结果公告 | 监督检查\n星河省广播电视局短视频创作服务项目中标（成交）结果公告\n发布时间：2025-09-26\n中标供应商：星河光影文化传媒有限公司\n中标金额：62.8万元',
    check: (e) => expect(e.title).toBe('星河省广播电视局短视频创作服务项目中标（成交）结果公告'),
  },
  {
    name: 'a header line with today\'s date ("X网 2025年11月26日 星期三") and an 电子卖场 name are not part of the title',
    text: '星河市政府采购电子卖场\n星河市政府采购网  2025年11月26日 星期三\n星河县融媒体中心短视频拍摄制作服务项目成交结果公告\n发布时间：2025/11/03\n成交供应商：星河文化传媒有限公司\n成交金额：269000元',
    check: (e) => expect(e.title).toBe('星河县融媒体中心短视频拍摄制作服务项目成交结果公告'),
  },
  // (found by probing the new rules after the batch)
  {
    name: 'a page with no heading whose text opens with "一、项目编号" takes its <title>, without the site\'s name after it',
    html: '<html><head><title>星河县卫生健康委员会健康科普短视频制作服务项目成交公告_星河县人民政府</title></head><body><div class="con"><p>一、项目编号：XH-1</p><p>供应商名称：星河文化传媒有限公司</p><p>成交金额：149,600.00元</p></div></body></html>',
    check: (e) => expect(e.title).toBe('星河县卫生健康委员会健康科普短视频制作服务项目成交公告'),
  },
  {
    name: '"【上一篇】X" and "« 下一篇 X" lines are dropped like "上一篇：X"',
    check: () => expect(dropNoiseLines('X项目成交公告\n成交金额：12万元\n【上一篇】Y项目成交公告（成交金额：50万元）\n« 下一篇 Z项目中标公告')).toBe('X项目成交公告\n成交金额：12万元'),
  },
  // buyers
  {
    name: 'two buyers in a 采购人信息 table of one row each are both the buyer, joined by "；"',
    html: page('', '<h1>星河市政务短视频联合采购项目成交结果公告</h1><p>发布时间：2025-09-23</p><p>供应商名称：星河文化传媒有限公司</p><p>成交金额：318000元</p><p>1.采购人信息</p><table><tr><td>序号</td><td>采购人名称</td><td>地址</td><td>联系人</td></tr><tr><td>1</td><td>中共星河市委宣传部</td><td>星河市宁阳路</td><td>王先生</td></tr><tr><td>2</td><td>星河市融媒体中心</td><td>星河市津河路</td><td>陈女士</td></tr></table>'),
    check: (e) => expect(e.buyer).toBe('中共星河市委宣传部；星河市融媒体中心'),
  },
  {
    name: 'numbered buyers ("采购人1：X" … "采购人2：Y") are both the buyer, joined by "；"',
    text: award('星河县新媒体矩阵运营联合采购项目中标公告', '中标供应商名称：星河数字文化传媒有限公司\n中标金额：468,000.00元\n1.采购人信息\n采购人1：星河县文化广电旅游局\n地址：星河县天佑东路\n采购人2：星河县融媒体中心\n地址：星河县文博路'),
    check: (e) => expect(e.buyer).toBe('星河县文化广电旅游局；星河县融媒体中心'),
  },
  {
    name: 'buyers numbered in brackets ("采购人（一）：X" … "采购人（二）：Y") are both the buyer',
    text: award('星河县政务新媒体联合运营服务项目成交公告', '成交供应商：星河文化传媒有限公司\n成交金额：34.5万元\n采购人（一）：中共星河县委宣传部\n地址：星河县楚天路\n采购人（二）：星河县融媒体中心\n地址：星河县西瀼坡'),
    check: (e) => expect(e.buyer).toBe('中共星河县委宣传部；星河县融媒体中心'),
  },
  {
    name: 'a "征集人信息" contact block names the buyer of a framework agreement',
    text: award('星河区短视频拍摄制作服务框架协议采购项目入围结果公告', '入围供应商：星河影视传媒有限公司、星河文化传播有限公司\n六、联系方式\n1.征集人信息\n名称：星河区财政局\n地址：星河区麒麟东路'),
    check: (e) => expect(e.buyer).toBe('星河区财政局'),
  },
  {
    name: '(guard) an intention table listing several projects and their budgets does not join their buyers',
    text: '星河县2026年政府采购意向公开\n发布时间：2025-12-30\n序号 | 采购单位 | 采购项目名称 | 预算金额（万元）\n1 | 星河县融媒体中心 | 短视频运营服务 | 48\n2 | 星河县文化和旅游局 | 宣传片拍摄 | 30',
    check: (e) => expect(e.buyer).toBe('星河县融媒体中心'),
  },
  // vendors and lots
  {
    name: 'a vendor\'s size note ("X有限公司（小微企业）") is not part of its name',
    text: award('星河县城市形象宣传片拍摄制作项目中标（成交）结果公告', '供应商名称：星河明珠影视传媒有限公司（小微企业）\n中标（成交）金额：叁拾捌万伍仟元（385000元）'),
    check: (e) => expect(e.lots[0]).toMatchObject({ vendor: '星河明珠影视传媒有限公司', amountYuan: 385000 }),
  },
  {
    name: 'framework holders in a price table (入围供应商名称 | 报价（元/条） | 折扣率) are one lot each at a unit price',
    text: award('星河区短视频拍摄制作服务框架协议采购项目入围结果公告', '序号 | 入围供应商名称 | 报价（元/条） | 折扣率\n1 | 星河影视传媒有限公司 | 2,650.00 | 88%\n2 | 星河文化传播有限公司 | 2,800.00 | 92%\n征集人：星河区财政局'),
    check: (e) => {
      expect(e.lots.map((l) => l.vendor)).toEqual(['星河影视传媒有限公司', '星河文化传播有限公司']);
      expect(e.lots[0]).toMatchObject({ amountYuan: null, amountForm: 'unit_price', unitPriceYuan: 2650 });
    },
  },
  {
    name: 'holders in a table under an 入围 section ("入围供应商名单如下：" over 供应商名称 | 入围单价（元/分钟）) are one lot each',
    text: award('星河市政务宣传视频制作服务框架协议采购项目入围结果公告', '三、入围结果\n经评审，入围供应商名单如下：\n序号 | 供应商名称 | 入围单价（元/分钟） | 备注\n1 | 星河古城文化传媒有限公司 | 1,200.00 | 小微企业\n2 | 星河影视制作有限公司 | 1,150.00 |\n四、征集人：星河市财政局'),
    check: (e) => expect(e.lots.map((l) => [l.vendor, l.amountYuan])).toEqual([['星河古城文化传媒有限公司', null], ['星河影视制作有限公司', null]]),
  },
  // amounts
  {
    name: 'the final offer (最终报价) of a negotiation is the award, not the first offer nor the 评审价 after the small-business deduction',
    text: award('星河县文旅宣传片拍摄制作项目成交公告', '四、磋商结果\n排名 | 供应商名称 | 报价（元） | 最终报价（元） | 评审价（元）\n1 | 星河光影文化传播有限公司 | 298,000.00 | 286,000.00 | 257,400.00\n2 | 星河影视传媒有限公司 | 305,000.00 | 279,000.00 | 279,000.00\n确定排名第一的星河光影文化传播有限公司为成交供应商。'),
    check: (e) => expect(e.lots.map((l) => [l.vendor, l.amountYuan])).toEqual([['星河光影文化传播有限公司', 286000]]),
  },
  {
    name: 'the unit in a caption row three rows above a two-row header, and the final offer column',
    html: page('', '<h3>星河市司法局普法短视频制作服务项目成交结果公示</h3><p>发布时间：2025-09-05</p><table><tr><td colspan="4">成交结果（单位：万元）</td></tr><tr><td rowspan="2">序号</td><td rowspan="2">成交供应商</td><td colspan="2">报价</td></tr><tr><td>首次报价</td><td>最终报价</td></tr><tr><td>1</td><td>星河文化传媒有限公司</td><td>58.00</td><td>55.80</td></tr></table>'),
    check: (e) => expect(e.lots[0]).toMatchObject({ vendor: '星河文化传媒有限公司', amountYuan: 558000 }),
  },
  {
    name: 'a space after a thousands separator ("1,286, 500.00 元") stays one number',
    text: award('星河市文旅新媒体账号运营服务项目中标结果公告', '中标供应商名称：星河数字文化传媒有限公司\n中标金额：人民币 1,286, 500.00 元'),
    check: (e) => expect(e.lots[0].amountYuan).toBe(1286500),
  },
  {
    name: '(guard) "85, 100" without a tight thousands group stays two numbers',
    text: award('星河县短视频制作服务项目成交公告', '成交供应商：星河文化传媒有限公司\n得分：85, 100\n成交金额：128000元'),
    check: (e) => expect(e.lots[0].amountYuan).toBe(128000),
  },
  {
    name: 'an uppercase budget that ends its sentence is not displaced by a year in the next ("壹拾伍万元整。磋商工作已于2025年…")',
    text: award('星河县农业品牌专题片拍摄制作项目成交公告', '本项目采用竞争性磋商方式，采购预算：人民币壹拾伍万元整。磋商工作已于2025年6月26日结束，确定星河光影文化传播有限公司为成交供应商，成交金额为人民币壹拾贰万捌仟元整。'),
    check: (e) => {
      expect(e.budgetYuan).toBe(150000);
      expect(e.lots[0].amountYuan).toBe(128000);
    },
  },
  {
    name: 'an award equal to the yearly fee that the scope states for a multi-year term ("服务期三年，每年服务费X元") is a unit price',
    text: award('星河市融媒体中心政务新媒体账号运营服务项目（2025-2028年）中标（成交）结果公告',
      '序号 | 中标（成交）金额(元) | 中标供应商名称\n1 | 报价:286000(元) | 星河文化传媒有限公司\n四、主要标的信息\n服务范围：抖音号、视频号运营；服务时间：服务期三年，每年服务费286000元，合同一年一签'),
    check: (e) => expect(e.lots[0]).toMatchObject({ amountYuan: null, amountForm: 'unit_price', unitPriceYuan: 286000, unitPriceUnit: '年' }),
  },
  {
    name: '(guard) a yearly fee with a stated three-year total leaves the award the total',
    text: award('星河市短视频账号运营服务项目中标公告', '中标供应商：星河文化传媒有限公司\n中标金额：858000元\n服务期三年，每年服务费286000元，合同总价858000元'),
    check: (e) => expect(e.lots[0]).toMatchObject({ amountYuan: 858000, amountForm: 'total' }),
  },
  // scope and service
  {
    name: 'printing publicity material that carries 抖音号/视频号 QR codes is not video ops',
    text: award('星河市文体广电旅游局文旅宣传物料设计印刷项目成交公告', '成交供应商：星河印务有限公司\n成交金额：86,400.00元\n服务内容：宣传折页、海报的设计与印刷，须印制“星河文旅”抖音号、视频号二维码及短视频扫码观看入口。'),
    check: (e) => expect(e.isVideoOps).toBe(false),
  },
  {
    name: 'training cadres to make short videos is a training service, not video ops',
    text: award('中共星河县委组织部基层干部新媒体短视频创作能力提升培训服务项目中标公告', '中标供应商：星河教育咨询有限公司\n中标金额：198,000.00元\n课程包括短视频脚本策划、手机拍摄与剪辑、直播基础。'),
    check: (e) => expect(e.isVideoOps).toBe(false),
  },
  {
    name: '"短视频直播运营" runs short videos and live streams both: account operation',
    text: award('星河市融媒体中心短视频直播运营服务采购项目成交公告', '成交供应商：星河云端文化传媒有限公司\n成交金额：392,000.00元\n采购内容：短视频直播运营服务（具体内容详见磋商文件）'),
    check: (e) => expect(e.serviceType).toBe('account_operation'),
  },
  {
    name: '"新媒体宣传及短视频拍摄": the new-media publicity named first is account operation',
    text: award('星河市文体广电旅游局新媒体宣传及短视频拍摄服务项目中标公告', '中标供应商：星河河谷文化传媒有限公司\n中标金额：528,600.00元\n服务范围：详见招标文件'),
    check: (e) => expect(e.serviceType).toBe('account_operation'),
  },
  {
    name: '(guard) "新媒体宣传短视频制作" only says what the videos are for: video production',
    text: award('星河市城投集团新媒体宣传短视频制作服务比选结果公示', '确定第一名星河明珠文化传媒有限公司为成交人，成交价：人民币168,000.00元。\n服务内容：宣传短视频40条。'),
    check: (e) => expect(e.serviceType).toBe('video_production'),
  },
];

runTrapRows('traps from the fifth unseen batch', rows);
