/**
 * Traps of web pages saved as text (the htmlAsTxt rewrite of metamorphic.test.ts, and most real
 * notices we are given): the page's chrome (a portal's name, a menu one item a line, a
 * breadcrumb, a side list of other notices) stays in the text. One named row per rule, run
 * through the real extractNotice; each failed before parser 1.31.0, except those marked
 * (guard), which keep a rule from overreaching. The parties are invented (星河…).
 */
import { expect } from 'vitest';
import { extractNotice } from '../../scrapers/extract/index.js';
import { runTrapRows, type TrapRow } from './trap-rows.js';

const TITLE = '星河县融媒体中心2025年短视频拍摄制作服务项目成交结果公告';

/** The notice's body under its title: a numbered award with its winner and amount. */
const BODY = [
  '一、项目编号：XH2025-031',
  '二、项目名称：星河县融媒体中心2025年短视频拍摄制作服务项目',
  '三、成交信息',
  '供应商名称：星河映像文化传媒有限公司',
  '成交金额：人民币318,000.00元',
  '四、联系方式',
  '采购人：星河县融媒体中心',
  '地址：星河县文化路2号',
];

const vendorsAndAmounts = (text: string) => extractNotice({ text }).lots.map((l) => [l.vendor, l.amountYuan]);

const rows: TrapRow[] = [
  {
    name: 'a menu one item a line ("首页" / "采购公告" / "结果公告") and a breadcrumb over the title: the line over the byline is the title',
    text: ['首页', '采购公告', '结果公告', '政策法规', '您现在的位置：首页 > 结果公告 > 正文', TITLE, '发布时间：2025-09-23 16:42 来源：星河县公共资源交易中心', ...BODY].join('\n'),
    check: (e) => {
      expect(e.title).toBe(TITLE);
      expect(e.kind).toBe('award');
      expect(e.lots.map((l) => [l.vendor, l.amountYuan])).toEqual([['星河映像文化传媒有限公司', 318000]]);
    },
  },
  {
    name: 'a portal\'s name, its channel\'s list of other notices\' titles, then the title over "发布者：": the title',
    text: ['星河大学采购与招标管理中心', '成交公告', '星河大学实验室设备采购成交公告', '星河大学图书馆数据库续订成交公告', TITLE, '发布者：采购与招标管理中心\u3000发布时间：2025年03月19日\u3000浏览次数：402', ...BODY].join('\n'),
    check: (e) => expect([e.title, e.kind]).toEqual([TITLE, 'award']),
  },
  {
    name: 'a government site\'s name and side menu over a title whose body opens with an indented paragraph: the title',
    text: ['星河县人民政府', '首页政务公开政务服务互动交流', '机构职能', '采购信息', TITLE, '\u3000\u3000为加强政务新媒体建设，我中心对短视频拍摄制作服务进行了比价采购。', ...BODY].join('\n'),
    check: (e) => expect([e.title, e.kind]).toEqual([TITLE, 'award']),
  },
  {
    name: 'a menu bar with its hotline over a tagged title ("【成交】X") and a region before the byline: the title, its tag dropped',
    text: ['星河招标网 | 全国招标信息 | 客服热线：400-000-0000 | 会员登录', `【成交】${TITLE}`, '星河 星河县\u3000发布时间：2025-06-03\u3000信息来源：星河省政府采购网', ...BODY].join('\n'),
    check: (e) => expect([e.title, e.kind]).toEqual([TITLE, 'award']),
  },
  {
    name: 'a project timeline ("项目进度" / "2025-04-02 招标公告") over the title: the title, and the award is read',
    text: ['星河招标网 | 首页 | 招标信息 | 中标信息 | 项目追踪', '项目进度', '2025-04-02 招标公告', '2025-05-10 中标公告', TITLE, '发布时间：2025-05-10', ...BODY].join('\n'),
    check: (e) => {
      expect([e.title, e.kind]).toEqual([TITLE, 'award']);
      expect(e.lots.map((l) => l.vendor)).toEqual(['星河映像文化传媒有限公司']);
    },
  },
  {
    name: 'a side list of other projects above the title, each with its buyer and amount ("采购单位：…"): not the notice\'s parties',
    text: ['附近招标', '星河县教育局校园视频监控系统升级改造项目', '采购单位：星河县教育局', '中标金额：128万元', '星河市源城区宣传片拍摄项目', '中标单位：星河市东江影视有限公司',
      `【成交】${TITLE}`, '星河 星河县\u3000发布时间：2025-08-06\u3000信息来源：星河省政府采购网', ...BODY].join('\n'),
    check: (e) => {
      expect(e.buyer).toBe('星河县融媒体中心');
      expect(e.lots.map((l) => [l.vendor, l.amountYuan])).toEqual([['星河映像文化传媒有限公司', 318000]]);
    },
  },
  {
    name: 'a side list after the body, each line another notice\'s title with its winner or buyer ("X中标公告 中标供应商：Y"): not the notice\'s',
    text: ['星河县人民政府门户网站 首页政务公开办事服务', TITLE, '来源：星河县融媒体中心\u3000发布时间：2025-05-22', ...BODY,
      '星河县文旅局新媒体运营服务项目中标公告 中标供应商：星河漳河源传媒有限公司 中标金额：312,000.00元', '星河区委宣传部宣传片拍摄制作项目成交公告 采购人：星河市星河区委宣传部'].join('\n'),
    check: (e) => {
      expect(e.buyer).toBe('星河县融媒体中心');
      expect(e.lots.map((l) => l.vendor)).toEqual(['星河映像文化传媒有限公司']);
    },
  },
  {
    name: '(guard) a flattened record whose first line is its title with its parties ("X成交公告 采购人：Y") keeps them',
    text: [`${TITLE} 采购人：星河县融媒体中心 成交供应商：星河映像文化传媒有限公司 成交金额：318,000.00元`, '联系人：王女士'].join('\n'),
    check: (e) => expect([e.buyer, e.lots[0]?.vendor]).toEqual(['星河县融媒体中心', '星河映像文化传媒有限公司']),
  },
  {
    name: 'a result table written one cell per line with no blank line after it, under a section heading, closed by the next section: its row is read',
    text: [TITLE, '发布时间：2025年10月11日', '一、项目编号：XH2025-028', '三、中标信息', '中标人名称', '中标价（元）', '工期', '项目经理',
      '星河猛洞河文化传媒有限公司', '1286400.35', '90日历天', '彭志远', '四、主要内容：短视频拍摄制作。', '五、联系方式', '采购人：星河县融媒体中心'].join('\n'),
    check: (e) => expect(e.lots.map((l) => [l.vendor, l.amountYuan])).toEqual([['星河猛洞河文化传媒有限公司', 1286400.35]]),
  },
  {
    name: 'a one-cell-a-line table with a 统一社会信用代码 column and two rows back to back: both rows',
    text: [TITLE, '发布时间：2025-07-03', '三、成交信息', '序号', '供应商名称', '统一社会信用代码', '成交金额（元）',
      '1', '星河映像文化传媒工作室（个体工商户）', '92360735MA3PL7XK2B', '58,000.00',
      '2', '星河云影文化传媒有限公司', '91360735MA3PL7XK3C', '42,000.00', '四、主要标的信息', '采购人：星河县融媒体中心'].join('\n'),
    check: (e) => expect(e.lots.map((l) => [l.vendor, l.amountYuan])).toEqual([['星河映像文化传媒工作室（个体工商户）', 58000], ['星河云影文化传媒有限公司', 42000]]),
  },
  {
    name: '(guard) short lines under header-like words with no number where the header says 金额 are no table row',
    text: [TITLE, '发布时间：2025-07-03', '三、成交信息', '供应商名称', '成交金额', '备注', '详见附件', '另行通知', '无', '四、其他', '采购人：星河县融媒体中心'].join('\n'),
    check: (e) => expect(e.lots.every((l) => l.vendor !== '详见附件' && l.vendor !== '另行通知')).toBe(true),
  },
  {
    name: 'a tab-separated result row whose cell held a line break (a consortium\'s lead and member): one row, the cell\'s halves joined',
    text: [TITLE, '发布时间：2025-06-01', '三、中标（成交）信息', '合同包\t供应商名称\t供应商地址\t中标（成交）金额', '1\t联合体牵头人：星河映像文化传媒有限公司',
      '联合体成员：星河云顶数字科技有限公司\t星河县五四路158号；星河县城峰路21号\t568,000.00元', '四、主要标的信息', '采购人：星河县融媒体中心'].join('\n'),
    check: (e) => expect(e.lots.map((l) => [l.vendor, l.amountYuan])).toEqual([['星河映像文化传媒有限公司；星河云顶数字科技有限公司', 568000]]),
  },
  {
    name: '(guard) two complete tab-separated rows stay two rows',
    text: [TITLE, '发布时间：2025-06-01', '包号\t供应商名称\t中标金额', '包1\t星河映像文化传媒有限公司\t318,000.00元', '包2\t星河云影文化传媒有限公司\t120,000.00元', '采购人：星河县融媒体中心'].join('\n'),
    check: (e) => expect(e.lots.map((l) => [l.lot, l.vendor, l.amountYuan])).toEqual([['包1', '星河映像文化传媒有限公司', 318000], ['包2', '星河云影文化传媒有限公司', 120000]]),
  },
  {
    name: 'a text whose masthead is a body\'s own platform ("X集团有限公司 阳光采购平台") and names no buyer: the owner, as the page\'s <title> gives it',
    text: ['星河市水务集团有限公司 阳光采购平台', '首页采购公告结果公告', '节水宣传系列短视频制作服务询价结果公告', '发布时间：2025-06-18',
      '项目名称：节水宣传系列短视频制作服务', '成交供应商：星河映像文化传媒有限公司', '成交金额：48,000.00元'].join('\n'),
    check: (e) => expect(e.buyer).toBe('星河市水务集团有限公司'),
  },
  {
    name: '(guard) a public portal\'s masthead ("星河省政府采购平台", "星河市公共资源交易平台") names no buyer',
    check: () => {
      for (const head of ['星河省政府采购平台', '星河市公共资源交易平台', '星河招标代理有限公司电子采购平台']) {
        const text = [head, '节水宣传系列短视频制作服务询价结果公告', '发布时间：2025-06-18', '成交供应商：星河映像文化传媒有限公司', '成交金额：48,000.00元'].join('\n');
        expect(extractNotice({ text }).buyer, head).toBeNull();
      }
    },
  },
  {
    name: 'HTML markup saved as text (a textarea\'s content in a .txt): read as the page, its table\'s row paired',
    text: ['星河省政府采购网 > 采购公告 > 结果公告', `<h2>${TITLE}</h2>`, '<p>发布时间：2025年10月18日</p>', '<p>三、成交信息</p>',
      '<table border="1"><tr><td>供应商名称</td><td>供应商地址</td><td>成交金额（元）</td></tr>',
      '<tr><td>星河映像文化传媒有限公司</td><td>星河县宁波路18号</td><td>176,000.00</td></tr></table>', '<p>1.采购人信息\u3000名称：星河县融媒体中心</p>'].join('\n'),
    check: (e) => {
      expect(e.title).toBe(TITLE);
      expect(e.lots.map((l) => [l.vendor, l.amountYuan])).toEqual([['星河映像文化传媒有限公司', 176000]]);
    },
  },
  {
    name: '(guard) a text that only mentions a tag or two ("换行用<br>") stays text',
    text: [TITLE, '发布时间：2025-06-01', '备注：正文换行用<br>标记，表格用<table>。', ...BODY].join('\n'),
    check: (e) => expect([e.title, e.lots[0]?.vendor]).toEqual([TITLE, '星河映像文化传媒有限公司']),
  },
  {
    name: '(guard) a list of other notices above the title, each title over its date: the list\'s first title is not the notice\'s',
    text: ['最新公告', '星河县教育局校园安防设备采购公开招标公告', '2025-05-28', '星河县人民医院医疗设备采购意向公告', '2025-05-20',
      TITLE, '发布时间：2025-06-01', ...BODY].join('\n'),
    check: (e) => expect([e.title, e.kind]).toEqual([TITLE, 'award']),
  },
  {
    name: '(guard) a title wrapped over two lines ("星河县融媒体中心" / "…成交结果公告") over its byline stays whole',
    text: ['星河县融媒体中心', '2025年短视频拍摄制作服务项目成交结果公告', '发布时间：2025-06-01', ...BODY].join('\n'),
    check: (e) => expect(e.title).toBe(TITLE),
  },
  {
    name: '(guard) a text that opens with its title reads as before, and one with no byline under any line keeps its first line',
    check: () => {
      expect(extractNotice({ text: [TITLE, '发布时间：2025-06-01', ...BODY].join('\n') }).title).toBe(TITLE);
      expect(extractNotice({ text: [TITLE, ...BODY].join('\n') }).title).toBe(TITLE);
      expect(vendorsAndAmounts([TITLE, ...BODY].join('\n'))).toEqual([['星河映像文化传媒有限公司', 318000]]);
    },
  },
];

runTrapRows('page text traps: a web page saved as text reads as the page', rows);
