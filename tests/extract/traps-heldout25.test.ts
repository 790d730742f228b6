/**
 * Traps found by the twenty-fifth unseen batch (tests/fixtures/extract/heldout25): the corpus's
 * mix as page text a scraper saved (site name, menu, breadcrumb, side lists, footers). One named
 * row each, run through the real extractNotice: each row failed before parser 1.32.0, except
 * those marked (guard), which keep a new rule from overreaching. The names say the general rule,
 * not the fixture; the parties are invented (星河…).
 */
import { expect } from 'vitest';
import { bylineTitleSpan } from '../../scrapers/extract/flat-byline-title.js';
import { runTrapRows, type TrapRow } from './trap-rows.js';

const page = (head: string, title: string, body: string) =>
  `${head}\n首页 | 采购公告 | 结果公告 | 政策法规\n当前位置：首页 > 政府采购 > 结果公告\n${title}\n发布时间：2025-10-28    来源：星河县公共资源交易中心\n${body}`;

// a page's text with its line breaks lost: name, menu, breadcrumb, a side list, the title, a tag, the byline, the body
const flatPage = (side: string, title: string, tag: string) => [
  '星河省政府采购网', '首页  政府采购公告  采购意向  政策法规  联系我们', '您现在的位置：首页 > 政府采购公告 > 结果公告', side ? `相关公告 ${side}` : '',
  title, tag, '发布日期：2025-09-05    信息来源：星河招标代理有限公司    阅读：206',
  '一、项目编号：XH-2025-031', '二、项目名称：宣传片拍摄制作项目', '三、中标（成交）信息', '供应商名称：星河昆仑影像文化传播有限公司',
  '供应商地址：星河县昆仑路8号', '中标（成交）金额：38.6万元', '四、主要标的信息', '服务内容：拍摄制作宣传片一部', '五、采购人：星河县文体旅游广电局',
].filter(Boolean).join(' ');

const rows: TrapRow[] = [
  {
    name: 'a site\'s column tag naming a government level before the title (【区县】, 【市级】) is no part of it',
    text: page('星河省公共资源交易平台', '【区县】星河县商务局直播带货服务项目中标（成交）结果公告', '一、采购人：星河县商务局\n二、中标供应商：星河直播电子商务有限公司\n三、中标金额：¥198,000.00'),
    check: (e) => expect(e.title).toBe('星河县商务局直播带货服务项目中标（成交）结果公告'),
  },
  {
    name: 'the same tag on a text\'s first line (no chrome above it) goes too',
    text: '【市级】星河市文化和旅游局宣传片拍摄服务成交公告\n发布日期：2025-06-01\n成交供应商：星河影视传媒有限公司\n成交金额：58,000.00元',
    check: (e) => expect(e.title).toBe('星河市文化和旅游局宣传片拍摄服务成交公告'),
  },
  {
    name: '(guard) a bracketed phrase that is no site tag or level stays in the title',
    text: '【星河故事】短视频拍摄制作服务成交公告\n发布日期：2025-06-01\n采购人：星河县融媒体中心\n成交供应商：星河影视传媒有限公司\n成交金额：58,000.00元',
    check: (e) => expect(e.title).toBe('【星河故事】短视频拍摄制作服务成交公告'),
  },
  {
    name: 'a portal\'s name with its system in brackets ("X政府采购网（政采云）") is chrome: the notice\'s own heading is the title',
    text: '星河政府采购网（政采云）\n首页 | 采购公告 | 网上超市 | 政策法规\n当前位置：首页 > 网上超市 > 结果公示\n星河县人民政府办公室关于宣传折页印刷的网上超市采购项目\n\n\n星河县人民政府办公室关于宣传折页印刷的网上超市采购项目（项目编号:1961538000021774210）采购已经结束，现将采购结果公示如下：\n 一、项目信息\n 采购计划金额（元）:20000\n 二、采购单位信息\n 采购单位名称:星河县人民政府办公室\n 三、成交信息\n 总成交金额（元）:18650\n',
    check: (e) => expect(e.title).toBe('星河县人民政府办公室关于宣传折页印刷的网上超市采购项目'),
  },
  {
    name: 'a correction quoting the original notice\'s field (原公告“预算金额：52万元”更正为“预算金额：48万元”) carries the new budget',
    text: '星河县民政局食堂委托运营服务项目更正公告\n发布时间：2026-05-11\n二、更正信息\n1.原公告“预算金额：52万元”更正为“预算金额：48万元”，最高限价相应由52万元更正为47.8万元；\n1.采购人信息\n名 称：星河县民政局',
    check: (e) => expect([e.kind, e.budgetYuan]).toEqual(['correction', 480000]),
  },
  {
    name: '(guard) a correction that quotes only the original budget keeps it, as before',
    text: '星河县民政局食堂委托运营服务项目更正公告\n发布时间：2026-05-11\n更正内容：原公告“预算金额：52万元”中的服务期限更正为两年。\n采购人：星河县民政局',
    check: (e) => expect(e.budgetYuan).toBe(520000),
  },
  {
    name: 'an aggregator\'s 为您推荐 entries (name, region, date, 中标金额) price other projects: they decide no service type',
    text: '星河标讯\n当前位置：星河标讯 > 星河 > 中标成交\n星河县融媒体中心“星河印象”短视频制作服务项目成交公告\n发布时间：2025-11-18\n成交供应商：星河鹰视文化传媒有限公司\n成交金额：28.6万元\n名称：短视频制作服务；服务内容：拍摄、剪辑短视频不少于60条。\n代理服务费：本项目代理服务费由成交供应商支付，金额4290元。\n为您推荐\n星河市卫生健康委员会救护车采购项目  星河  2025-11-14  中标金额：96.8万元\n星河市文化局非遗纪录片拍摄项目  星河  2025-11-10  中标金额：42万元\n星河县融媒体中心直播设备采购  星河  2025-11-06  中标金额：18.35万元',
    check: (e) => {
      expect([e.isVideoOps, e.serviceType]).toEqual([true, 'video_production']);
      expect(e.lots.map((l) => l.amountYuan)).toEqual([286000]);
    },
  },
  {
    name: 'a page saved as text and flattened (name, menu, breadcrumb, side list, title, byline on one line): the title is the word before the byline, and the notice is read',
    text: flatPage('· 星河县教育局校园安防视频监控维保项目中标公告  2025-09-03 · 星河县卫生健康局救护车采购项目中标公告  2025-08-22',
      '星河县文体旅游广电局“星河之城·昆仑”城市旅游宣传片拍摄制作项目成交结果公告', ''),
    check: (e) => {
      expect([e.title, e.kind]).toEqual(['星河县文体旅游广电局“星河之城·昆仑”城市旅游宣传片拍摄制作项目成交结果公告', 'award']);
      expect(e.lots.map((l) => [l.vendor, l.amountYuan])).toEqual([['星河昆仑影像文化传播有限公司', 386000]]);
    },
  },
  {
    name: 'the same with an aggregator\'s kind tag between the title and the byline ("X成交公告 成交 发布时间：…")',
    text: flatPage('', '星河县融媒体中心“星河印象”短视频制作服务项目成交公告', '成交'),
    check: (e) => {
      expect([e.title, e.kind]).toEqual(['星河县融媒体中心“星河印象”短视频制作服务项目成交公告', 'award']);
      expect(e.lots.map((l) => [l.vendor, l.amountYuan])).toEqual([['星河昆仑影像文化传播有限公司', 386000]]);
    },
  },
  {
    name: '(guard) a side list\'s entry over a bare date is no title: only a byline label with its date marks one',
    check: () => {
      expect(bylineTitleSpan('星河政府采购网 首页 采购公告 相关公告 · 星河县救护车采购项目中标公告 2025-08-22 一、项目编号：XH-1 二、项目名称：X')).toBeNull();
      // a menu word before the byline ends as no title of ten words
      expect(bylineTitleSpan('星河政府采购网 首页 结果公告 发布时间：2025-08-22 一、项目编号：XH-1')).toBeNull();
    },
  },
  {
    name: 'a copy that joined the title\'s line to the breadcrumb\'s ("当前位置：首页 > 采购公告 > 终止公告 X终止公告"): the title is read',
    text: '星河省政府采购网 首页  采购公告  结果公告\n当前位置：首页 > 采购公告 > 终止公告 > 市县 星河县文体广电旅游局“星河苗年”文化旅游宣传片拍摄制作项目终止公告\n发布时间：2025-10-09 17:22:35   浏览次数：152\n一、项目基本情况 原公告的采购项目编号：XH-2025-CS-014\n二、项目终止的原因\n提交响应文件的供应商不足3家，本项目予以终止。',
    check: (e) => expect([e.title, e.kind]).toEqual(['星河县文体广电旅游局“星河苗年”文化旅游宣传片拍摄制作项目终止公告', 'failure']),
  },
  {
    name: '(guard) a breadcrumb whose last step is a short title with a space in it stays whole',
    text: '当前位置：首页 > 政府采购 > 星河县宣传片项目 中标公告\n星河县宣传片项目中标公告\n发布时间：2025-10-09\n中标供应商：星河影视传媒有限公司\n中标金额：58,000.00元',
    check: (e) => expect([e.title, e.kind]).toEqual(['星河县宣传片项目中标公告', 'award']),
  },
  {
    name: 'a flattened page\'s bulleted side list before the title ("最新公告 · X公告 2026-03-18 · Y中标公告 2026-03-16 中标价：…"): no entry is the title',
    text: ['星河市公共资源交易平台', '首页 | 交易信息 | 政府采购 | 工程建设 | 政策法规', '当前位置：首页 > 交易信息 > 政府采购 > 成交结果', '最新公告',
      '· 星河市融媒体中心2026年短视频拍摄制作服务项目竞争性磋商公告  2026-03-18', '· 星河市新荣区交通运输局农村公路养护项目中标公告  2026-03-16  中标价：¥2,316,800.00',
      '星河市云冈区交通运输局2026年城区道路维修工程成交结果公告', '发布日期：2026-03-19    来源：星河市公共资源交易中心',
      '一、项目编号：XH-GC-2026-0011', '二、项目名称：城区道路维修工程', '三、成交信息', '成交供应商名称：星河路桥建设工程有限公司', '成交金额：¥1,482,536.27',
      '四、采购人：星河市云冈区交通运输局'].join(' '),
    check: (e) => expect([e.title, e.kind]).toEqual(['星河市云冈区交通运输局2026年城区道路维修工程成交结果公告', 'award']),
  },
];

runTrapRows('heldout25 traps', rows);
