/**
 * Traps found by the fourteenth unseen batch (tests/fixtures/extract/heldout14): damaged and
 * degraded text as archives hold it — letter-spaced PDF text, page footers inside a table,
 * wrapped units and names, OCR confusions in figures and dates, illegible digits, a notice held
 * in a textarea / noscript / iframe srcdoc, a truncated table, a placeless abbreviated buyer and
 * a joint buyer on a continuation line. One named row each, run through the real extractNotice:
 * each row failed before parser 1.15.0, except those marked (guard), which keep a new rule from
 * overreaching. The names say the general rule, not the fixture; the parties are invented (星河…).
 */
import { expect } from 'vitest';
import { despaceLines, joinSpacedFigures, repairOcr } from '../../scrapers/extract/damaged-text.js';
import { extractNotice } from '../../scrapers/extract/index.js';
import { award, runTrapRows, type TrapRow } from './trap-rows.js';

const spaced = (s: string) => [...s].join(' ');
const lot0 = (e: { lots: Array<{ vendor: string | null; amountYuan: number | null }> }) => [e.lots[0]?.vendor ?? null, e.lots[0]?.amountYuan ?? null];

const rows: TrapRow[] = [
  // PDF and scan text
  {
    name: 'letter-spaced PDF lines ("成 交 金 额 ： ¥ 2 8 6 , 0 0 0 . 0 0 元") are read as the words and figures they spell',
    text: [spaced('星河县融媒体中心短视频制作服务项目成交结果公告'), '', spaced('采购人：星河县融媒体中心'), '', spaced('成交供应商：星河光影文化传媒有限公司'), '', spaced('成交金额：¥286,000.00元'), '', spaced('发布日期：2025年8月12日')].join('\n'),
    check: (e) => {
      expect([e.kind, e.buyer, e.publishedAt]).toEqual(['award', '星河县融媒体中心', '2025-08-12']);
      expect(lot0(e)).toEqual(['星河光影文化传媒有限公司', 286000]);
    },
  },
  {
    name: '(guard) a line of a few real words is not letter-spaced text: "名称 地址 电话 传真" keeps its spaces',
    check: () => expect(despaceLines('名称 地址 电话 传真\n甲 乙')).toBe('名称 地址 电话 传真\n甲 乙'),
  },
  {
    name: 'a page footer and the title repeated at the top of the next page inside a result table leave both rows one table',
    text: '星河县委宣传部新媒体运营服务项目\n中标结果公告\n\n发布日期：2025-07-04\n序号     包号    标的名称            中标供应商                      中标金额（元）\n1        1       账号运营            星河光影文化传媒有限公司        368,000.00\n\n星河县公共资源交易中心                          第 1 页 共 2 页\n星河县委宣传部新媒体运营服务项目中标结果公告\n\n2        2       短视频拍摄制作      星河云帆影视制作有限公司        198,500.00\n\n采购人：中共星河县委宣传部\n',
    check: (e) => expect(e.lots.map((l) => [l.vendor, l.amountYuan])).toEqual([['星河光影文化传媒有限公司', 368000], ['星河云帆影视制作有限公司', 198500]]),
  },
  {
    name: 'a byline spread across a PDF header line ("星河县公共资源交易中心      2025 年 7 月 4 日") dates the notice',
    text: '星河县短视频制作服务项目中标结果公告\n\n星河县公共资源交易中心                                     2025 年 7 月 4 日\n\n采购人：星河县融媒体中心\n中标供应商：星河光影文化传媒有限公司\n中标金额：12万元',
    check: (e) => expect(e.publishedAt).toBe('2025-07-04'),
  },
  {
    name: 'a contract amount whose 万元 wrapped onto the next line ("35.8\\n万元") is 358000, never 35.8 yuan',
    text: award('星河县文旅宣传片拍摄制作项目合同公告', '采购人（甲方）：星河县文化和旅游局\n供应商（乙方）：星河光影文化传媒有限公司\n合同金额：35.8\n万元\n'),
    check: (e) => expect(lot0(e)).toEqual(['星河光影文化传媒有限公司', 358000]),
  },
  {
    name: 'a labelled name cut before its organisation word ("名 称：星河县融媒\\n体中心") is joined back',
    text: award('星河县短视频制作服务项目成交公告', '成交供应商：星河光影文化传媒有限公司\n成交金额：12万元\n1.采购人信息\n名 称：星河县融媒\n体中心\n地 址：星河县人民路1号\n2.采购代理机构信息\n名 称：星河招标代理有\n限公司\n'),
    check: (e) => expect([e.buyer, e.agency]).toEqual(['星河县融媒体中心', '星河招标代理有限公司']),
  },
  {
    name: 'a title whose last character wrapped ("…结果公\\n告") is read whole',
    text: '星河县融媒体中心短视频制作服务项目中标（成交）结果公\n告\n发布时间：2025-09-03\n采购人：星河县融媒体中心\n中标供应商：星河光影文化传媒有限公司\n中标金额：12万元',
    check: (e) => expect(e.title).toBe('星河县融媒体中心短视频制作服务项目中标（成交）结果公告'),
  },
  // OCR confusions
  {
    name: 'OCR letters in a figure (¥98,5OO.OO, l56,OOO.OO) are the digits they stand for',
    text: award('星河县短视频拍摄服务成交结果公告', '采购人：星河县文化和旅游局\n成交供应商：星河光影文化传媒有限公司\n成交金额：¥98,5OO.OO元\n'),
    check: (e) => expect(lot0(e)).toEqual(['星河光影文化传媒有限公司', 98500]),
  },
  {
    name: 'OCR dates (2O25年O8月1O日, 2O25年1l月3日) read as dates',
    text: '星河县宣传片拍摄制作项目成交公告\n采购人：星河县文化和旅游局\n成交供应商：星河光影文化传媒有限公司\n成交金额：¥156,000.00\n\n星河招标咨询有限公司\n2O25年1l月3日',
    check: (e) => expect(e.publishedAt).toBe('2025-11-03'),
  },
  {
    name: '兀 for 元 after a numeral, Y for ¥ before a figure and 方元 after a digit read as 元, ¥ and 万元',
    check: () => {
      expect(repairOcr('贰拾肆万捌仟兀整（Y248,000.00）')).toBe('贰拾肆万捌仟元整（¥248,000.00）');
      expect(repairOcr('总报价18.6方元')).toBe('总报价18.6万元');
    },
  },
  {
    name: 'a thousands comma read as 、 ("¥158、000.00元") is a comma in a figure',
    text: award('星河县短视频拍摄制作服务项目成交公告', '采购人：星河县融媒体中心\n成交供应商：星河光影文化传媒有限公司\n成交金额：¥158、000.00元\n'),
    check: (e) => expect(lot0(e)).toEqual(['星河光影文化传媒有限公司', 158000]),
  },
  {
    name: '(guard) OCR repairs read the figure but show the text as written: title "O2O", amountText "¥98,5OO.OO元"',
    text: '星河县O2O平台短视频运营服务项目成交公告\n发布日期：2O25-06-01\n采购人：星河县融媒体中心\n成交供应商：星河光影文化传媒有限公司\n成交金额：¥98,5OO.OO元\n',
    check: (e) => {
      expect([e.title, e.publishedAt, e.lots[0]?.amountYuan, e.lots[0]?.amountText]).toEqual(['星河县O2O平台短视频运营服务项目成交公告', '2025-06-01', 98500, '¥98,5OO.OO元']);
      expect(e.text.slice(e.lots[0]!.amountStart!, e.lots[0]!.amountEnd!)).toBe('¥98,5OO.OO元');
    },
  },
  {
    name: 'a figure with an illegible digit ("¥■8,■00.00元") gives no amount (null, never 8)',
    text: award('星河县普法短视频制作服务项目成交公告', '采购人：星河县司法局\n成交供应商：星河光影文化传媒有限公司\n成交金额：¥■8,■00.00元\n'),
    check: (e) => expect(lot0(e)).toEqual(['星河光影文化传媒有限公司', null]),
  },
  {
    name: '(guard) OCR repair leaves Latin words, codes after letters and list numbers alone',
    check: () => {
      expect(repairOcr('ISO9001 COVID-19 IOS 1、2、3 Win10')).toBe('ISO9001 COVID-19 IOS 1、2、3 Win10');
      expect(repairOcr('■ 1、项目概况')).toBe('■ 1、项目概况');
    },
  },
  // containers and truncation
  {
    name: 'a notice held in a hidden textarea under a generic page is read from the textarea',
    html: '<html><head><title>公告详情</title></head><body><div>首页 &gt; 结果公告</div><textarea style="display:none">&lt;h2&gt;星河县融媒体中心短视频制作服务项目成交结果公告&lt;/h2&gt;&lt;p&gt;发布时间：2025年10月18日&lt;/p&gt;&lt;p&gt;采购人：星河县融媒体中心&lt;/p&gt;&lt;p&gt;成交供应商：星河光影文化传媒有限公司&lt;/p&gt;&lt;p&gt;成交金额：176,000.00元&lt;/p&gt;&lt;p&gt;服务内容：短视频拍摄制作不少于60条，服务期一年，采购代理机构：星河招标代理有限公司&lt;/p&gt;</textarea></body></html>',
    check: (e) => {
      expect([e.kind, e.title, e.buyer]).toEqual(['award', '星河县融媒体中心短视频制作服务项目成交结果公告', '星河县融媒体中心']);
      expect(lot0(e)).toEqual(['星河光影文化传媒有限公司', 176000]);
    },
  },
  {
    name: 'a notice held only in a noscript fallback under a JavaScript shell is read',
    html: '<html><head><title>政府采购网</title></head><body><div id="app"></div><noscript><h1>星河县文旅宣传片拍摄制作项目中标公告</h1><p>发布日期：2025-04-09</p><p>采购人：星河县文化和旅游局</p><p>中标供应商：星河光影文化传媒有限公司</p><p>中标金额：49.8万元</p><p>服务内容：文旅宣传片一部（10分钟）及短视频版本三部，采购代理机构：星河招标代理有限公司</p></noscript><p>请启用 JavaScript 以查看公告内容。</p></body></html>',
    check: (e) => {
      expect([e.kind, e.buyer, e.isVideoOps]).toEqual(['award', '星河县文化和旅游局', true]);
      expect(lot0(e)).toEqual(['星河光影文化传媒有限公司', 498000]);
    },
  },
  {
    name: 'a notice held as an escaped document in an iframe srcdoc is read',
    html: '<html><body><div>当前位置：首页</div><iframe srcdoc="&lt;h3&gt;星河县人民政府办公室政务新媒体运营服务项目中标公告&lt;/h3&gt;&lt;p&gt;公告日期：2025年3月14日&lt;/p&gt;&lt;p&gt;采购人：星河县人民政府办公室&lt;/p&gt;&lt;p&gt;中标供应商：星河光影文化传媒有限公司&lt;/p&gt;&lt;p&gt;中标金额：￥216,000.00元&lt;/p&gt;&lt;p&gt;服务内容：抖音号、视频号运营，原创短视频每月不少于10条&lt;/p&gt;"></iframe></body></html>',
    check: (e) => {
      expect([e.kind, e.publishedAt, e.buyer]).toEqual(['award', '2025-03-14', '星河县人民政府办公室']);
      expect(lot0(e)).toEqual(['星河光影文化传媒有限公司', 216000]);
    },
  },
  {
    name: '(guard) a page with its own notice text is not replaced by a noscript tip',
    html: `<html><body><noscript>${'请开启浏览器的JavaScript功能以获得更好的浏览体验，本站部分功能需要脚本支持才能正常使用。'.repeat(3)}</noscript><h1>星河县短视频制作服务项目成交公告</h1><p>发布日期：2025-06-01</p><p>采购人：星河县融媒体中心</p><p>成交供应商：星河光影文化传媒有限公司</p><p>成交金额：12万元</p>${'<p>服务内容：短视频拍摄制作，每月不少于十条，服务期一年，成品交付采购人审核后在其账号发布。</p>'.repeat(8)}</body></html>`,
    check: (e) => expect([e.buyer, e.lots[0]?.amountYuan]).toEqual(['星河县融媒体中心', 120000]),
  },
  {
    name: 'a truncated markdown table whose last row lost its amount cell keeps the vendor, amount null',
    text: award('星河县融媒体中心直播服务采购项目中标公告', '采购人：星河县融媒体中心\n中标信息\n| 序号 | 中标供应商 | 中标金额（元） |\n| 1 | 星河光影文化传媒有限公司 |\n'),
    check: (e) => expect(e.lots.map((l) => [l.vendor, l.amountYuan])).toEqual([['星河光影文化传媒有限公司', null]]),
  },
  {
    name: 'a lot row naming its service in the next cell ("包1 | 短视频制作 | X公司 | 265,000.00") decides the service of the money awarded',
    html: '<html><body><h1>星河县融媒体中心短视频制作及账号运营服务项目中标公告</h1><p>发布日期：2025-05-27</p><p>采购人：星河县融媒体中心</p><table><tr><td>包号</td><td>服务名称</td><td>中标供应商</td><td>中标金额（元）</td></tr><tr><td>包1</td><td>短视频制作</td><td>星河光影文化传媒有限公司</td><td>265,000.00</td></tr><tr><td>包2</td><td>账号运营</td><td>星河云帆</td></tr></table></body></html>',
    check: (e) => expect([e.lots.length, e.serviceType]).toEqual([1, 'video_production']),
  },
  // buyers and scope
  {
    name: 'a placeless abbreviated buyer ("采购人：县委网信办") is the full name the signature spells out, located there',
    text: award('县委网信办网络正能量短视频制作服务项目成交结果公告', '采购人：县委网信办\n成交供应商：星河光影文化传媒有限公司\n成交金额：￥92,000.00\n联系人：赵先生\n\n中共陇县县委网络安全和信息化委员会办公室\n2025年8月19日'),
    check: (e) => expect([e.buyer, e.county, e.divisionCode]).toEqual(['中共陇县县委网络安全和信息化委员会办公室', '陇县', '610327']),
  },
  {
    name: 'a placeless buyer ("名称：区融媒体中心") completed by a signature that ends with it',
    text: award('区融媒体中心视频号代运营服务采购项目中标公告', '中标供应商：星河光影文化传媒有限公司\n中标金额：￥168,800.00\n1.采购人信息\n名称：区融媒体中心\n联系方式：0771-4721234\n\n南宁市邕宁区融媒体中心\n2025年5月12日'),
    check: (e) => expect([e.buyer, e.divisionCode]).toEqual(['南宁市邕宁区融媒体中心', '450109']),
  },
  {
    name: '(guard) a buyer with its place is never replaced by a signature naming another unit',
    text: award('星河县短视频制作服务项目成交公告', '采购人：星河县融媒体中心\n成交供应商：星河光影文化传媒有限公司\n成交金额：12万元\n\n星河县公共资源交易中心\n2025年6月1日'),
    check: (e) => expect(e.buyer).toBe('星河县融媒体中心'),
  },
  {
    name: 'a second joint buyer on an indented line under the first (no ；/、) is a buyer too',
    text: award('星河县文旅宣传短视频及直播服务项目中标公告', '三、采购人：星河县文化体育和旅游局\n            星河县融媒体中心\n四、采购代理机构：星河招标代理有限公司\n中标供应商：星河光影文化传媒有限公司\n中标金额：￥198,000.00元'),
    check: (e) => expect(e.buyer).toBe('星河县文化体育和旅游局；星河县融媒体中心'),
  },
  {
    name: 'a generic title whose one scope line is "购买服务内容：抖音号运营" is account operation',
    text: award('星河县2025年度政府购买服务项目承接主体确定公告', '购买主体：星河县文化和旅游发展委员会\n购买服务内容：抖音号运营\n承接主体名称：星河光影文化传媒有限公司\n购买服务金额：人民币壹拾贰万元整（¥120,000.00）'),
    check: (e) => expect([e.kind, e.isVideoOps, e.serviceType]).toEqual(['award', true, 'account_operation']),
  },
  {
    name: '(guard) a generic title whose scope line names surveillance is no video operation',
    text: award('星河县2025年度服务类采购项目成交结果公告', '采购人：星河县公安局\n采购内容：视频监控运维\n成交供应商：星河安防科技有限公司\n成交金额：￥46,800.00元'),
    check: (e) => expect(e.isVideoOps).toBe(false),
  },
  // part 2 (z32–z40): the rules above in other shapes
  {
    name: 'text spaced with ideographic spaces (U+3000) between every character is read as words',
    text: ['星河县融媒体中心新媒体运营服务合同公告', '甲方（采购人）：星河县融媒体中心', '乙方（供应商）：星河光影文化传媒有限公司', '合同金额：人民币叁拾贰万元整（￥320,000.00）', '公告日期：2025年7月29日'].map((l) => [...l].join('\u3000')).join('\n\n'),
    check: (e) => {
      expect([e.kind, e.buyer, e.publishedAt]).toEqual(['contract', '星河县融媒体中心', '2025-07-29']);
      expect(lot0(e)).toEqual(['星河光影文化传媒有限公司', 320000]);
    },
  },
  {
    name: 'an uppercase amount with an illegible character ("贰拾■万元整") is no amount (null, never 20)',
    text: award('星河县融媒体中心直播服务项目成交公告', '采购人：星河县融媒体中心\n成交供应商：星河光影文化传媒有限公司\n成交金额：人民币贰拾■万元整（¥2■0,000.00）\n'),
    check: (e) => expect(lot0(e)).toEqual(['星河光影文化传媒有限公司', null]),
  },
  {
    name: 'a figure cut inside a digit group ("中标金额：¥356,0" at the end of the file) is no amount (null, never 356)',
    text: award('星河县融媒体中心短视频制作服务项目中标公告', '采购人：星河县融媒体中心\n中标供应商：星河光影文化传媒有限公司\n中标金额：¥356,0'),
    check: (e) => expect(lot0(e)).toEqual(['星河光影文化传媒有限公司', null]),
  },
  {
    name: 'a notice held in a client-side template (<script type="text/html">) is read',
    html: '<html><head><title>公共资源交易平台</title></head><body><div id="d"></div><script type="text/html" id="tpl"><h2>星河市融媒体中心抖音号运营服务项目成交结果公告</h2><p>发布时间：2025-06-26</p><p>成交供应商：星河光影文化传媒有限公司</p><p>成交金额：￥158,000.00元</p><p>服务内容：抖音号日常运营，每月短视频不少于12条，服务期一年</p><p>采购人：星河市融媒体中心</p></script><script>render()</script></body></html>',
    check: (e) => {
      expect([e.kind, e.buyer]).toEqual(['award', '星河市融媒体中心']);
      expect(lot0(e)).toEqual(['星河光影文化传媒有限公司', 158000]);
    },
  },
  {
    name: 'a placeless town government ("采购人：镇人民政府") is the 落款\'s full name, placed at its county',
    text: award('镇人民政府乡村振兴宣传短视频拍摄制作服务成交公告', '采购人：镇人民政府\n成交供应商：星河光影文化传媒有限公司\n成交金额：￥38,600.00元\n\n筠连县巡司镇人民政府\n2025年9月23日'),
    check: (e) => expect([e.buyer, e.divisionCode]).toEqual(['筠连县巡司镇人民政府', '511527']),
  },
  {
    name: 'two buyers joined by 和 on one line ("中共X县委宣传部和X县融媒体中心") are two buyers',
    text: award('星河县政务新媒体运营服务联合采购项目中标公告', '采购人：中共星河县委宣传部和星河县融媒体中心\n中标供应商：星河光影文化传媒有限公司\n中标金额：¥226,000.00'),
    check: (e) => expect(e.buyer).toBe('中共星河县委宣传部；星河县融媒体中心'),
  },
  {
    name: '(guard) a name with 和 inside it (文化和旅游局, 人力资源和社会保障局) stays one buyer',
    text: award('星河县文旅短视频制作服务项目成交公告', '采购人：星河县文化和旅游局\n成交供应商：星河光影文化传媒有限公司\n成交金额：¥26,000.00'),
    check: (e) => expect(e.buyer).toBe('星河县文化和旅游局'),
  },
  {
    name: 'a full-width space inside a vendor\'s name ("星河小河淌水\u3000文化传媒有限公司") is no part of the name',
    text: award('星河县新媒体账号运营服务采购项目成交公告', '采购人：星河县融媒体中心\n成交供应商：星河小河淌水\u3000文化传媒有限公司\n成交金额：250\u00a0000.00元\n'),
    check: (e) => expect(lot0(e)).toEqual(['星河小河淌水文化传媒有限公司', 250000]),
  },
  {
    name: '(guard) two buyers separated by one space stay two buyers, not one name',
    text: award('星河县政务短视频拍摄制作服务联合采购项目成交结果公告', '采购人：中共星河县委宣传部 星河县融媒体中心\n成交供应商：星河光影文化传媒有限公司\n成交金额：¥265,000.00'),
    check: (e) => expect(e.buyer).toBe('中共星河县委宣传部；星河县融媒体中心'),
  },
  // figures damaged in other ways, found probing the rules above
  {
    name: 'damaged figures read as the amount a reader sees: spaced digits, a period for a thousands comma, O after a comma, a space before a comma',
    check: () => {
      expect(['2 8 6 0 0 0 元', '¥286.000.00元', '286,OOO元', '¥286 ,000.00元'].map((v) => extract(`成交金额：${v}`))).toEqual([286000, 286000, 286000, 286000]);
    },
  },
  {
    name: 'a money figure with broken digit groups ("¥2,86,000.00") gives no amount (null, never 2)',
    check: () => expect(extract('成交金额：¥2,86,000.00')).toBeNull(),
  },
  {
    name: '(guard) well-formed figures and spaced small numbers are left as they are',
    check: () => {
      expect(joinSpacedFigures('第 1 2 包；2025 年 7 月 4 日；286 000元')).toBe('第 1 2 包；2025 年 7 月 4 日；286 000元');
      expect(extract('成交金额：¥1,286,000.00元')).toBe(1286000);
    },
  },
  {
    name: 'bare page numbers between two table rows ("第 1 页", "1 / 2", "Page 1 of 2", a form feed) leave both rows one table',
    check: () => {
      const head = '星河县融媒体中心短视频制作服务项目中标结果公告\n发布日期：2025-07-04\n采购人：星河县融媒体中心\n三、中标信息\n序号     中标供应商                      中标金额（元）\n1        星河光影文化传媒有限公司        368,000.00\n';
      const tail = '2        星河云帆影视制作有限公司        198,500.00\n\n四、服务内容：短视频制作\n';
      for (const b of ['\n第 1 页\n', '\n1 / 2\n', '\nPage 1 of 2\n', '\f']) expect(extractNotice({ text: head + b + tail }).lots.length, JSON.stringify(b)).toBe(2);
    },
  },
  {
    name: 'a name and a figure cut by a page break ("X文化传" | footer | "媒有限公司", "¥12" | footer | "0,000.00元") are read whole',
    check: () => {
      expect(lotsOf('成交供应商：星河光影文化传\n\n第 1 页 共 2 页\n\n媒有限公司\n成交金额：12万元')).toEqual([['星河光影文化传媒有限公司', 120000]]);
      expect(lotsOf('成交供应商：星河光影文化传媒有限公司\n成交金额：¥12\n\n第 1 页 共 2 页\n\n0,000.00元')).toEqual([['星河光影文化传媒有限公司', 120000]]);
    },
  },
  {
    name: '(guard) a sentence citing a page ("详见招标文件第 3 页") is no page footer',
    text: award('星河县短视频制作服务项目成交公告', '采购人：星河县融媒体中心\n成交供应商：星河光影文化传媒有限公司\n成交金额：12万元\n服务要求详见招标文件第 3 页'),
    check: (e) => expect(e.text).toContain('详见招标文件第 3 页'),
  },
];

/** The lots (vendor, amount) of a minimal award whose body after the buyer is `body`. */
function lotsOf(body: string): Array<[string | null, number | null]> {
  return extractNotice({ text: award('星河县短视频制作服务项目成交公告', `采购人：星河县融媒体中心\n${body}`) }).lots.map((l) => [l.vendor, l.amountYuan]);
}

/** The one lot's amount of a minimal award whose amount line is `line`. */
function extract(line: string): number | null {
  const e = extractNotice({ text: award('星河县短视频制作服务项目成交公告', `采购人：星河县融媒体中心\n成交供应商：星河光影文化传媒有限公司\n${line}\n`) });
  return e.lots[0]?.amountYuan ?? null;
}

runTrapRows('heldout14 traps: damaged and degraded text', rows);
