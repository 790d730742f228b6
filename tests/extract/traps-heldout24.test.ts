/**
 * Traps found by the twenty-fourth unseen batch (tests/fixtures/extract/heldout24): procurement
 * outside the government portals, second pass (报业/出版/广电, SOEs and their branches, a bank, an
 * insurer, a railway station, 群团 bodies). One named row each, run through the real
 * extractNotice: each row failed before parser 1.29.0, except those marked (guard), which keep a
 * new rule from overreaching. The names say the general rule, not the fixture; the parties are
 * invented (星河…) wherever the rule does not turn on a real place.
 */
import { expect } from 'vitest';
import { branchPlace, nationalGroupUnitPlace } from '../../scrapers/extract/buyer-place.js';
import { placeFrom } from '../../scrapers/extract/locality.js';
import { award, runTrapRows, type TrapRow } from './trap-rows.js';

const vendors = (e: { lots: { lot: string | null; vendor: string | null; amountYuan: number | null }[] }) => e.lots.map((l) => [l.lot, l.vendor, l.amountYuan]);

const page = (side: string, h2: string, body: string) =>
  `<html><head><title>信息公开_星河音像出版社有限公司</title></head><body><div class="left"><h3>${side}</h3><ul><li><a href="/a">机构设置</a></li><li><a href="/b">招标采购</a></li></ul></div>`
  + `<div class="main"><h2>${h2}</h2><div class="content">${body}</div></div></body></html>`;

const rows: TrapRow[] = [
  {
    name: 'a side menu\'s heading (信息公开目录) is no title: the notice\'s own heading after it is, and the notice is read (kind, lot)',
    html: page('信息公开目录', '星河音像出版社有限公司图书直播营销服务比选结果公示',
      '<p>一、比选人：星河音像出版社有限公司</p><p>二、中选单位：星河互娱文化传媒有限公司</p><p>三、中选金额：人民币壹拾贰万捌仟元整（¥128000.00）</p><p>星河音像出版社有限公司<br>2025年5月19日</p>'),
    check: (e) => {
      expect([e.title, e.kind]).toEqual(['星河音像出版社有限公司图书直播营销服务比选结果公示', 'award']);
      expect(vendors(e)).toEqual([[null, '星河互娱文化传媒有限公司', 128000]]);
    },
  },
  {
    name: 'the same page as text: its menu bar, its side menu\'s heading and its 信息公开 table\'s 名称 row are no title',
    text: '星河音像出版社有限公司 | 关于我们 | 图书音像 | 信息公开 | 联系我们\n当前位置：首页 > 信息公开 > 招标采购\n信息公开目录\n机构设置\n财务信息\n招标采购\n索引号：\tXH-2025-00031\n名\u3000\u3000称：\t星河音像出版社有限公司图书直播营销服务比选结果公示\n星河音像出版社有限公司图书直播营销服务比选结果公示\n一、比选人：星河音像出版社有限公司\n二、中选单位：星河互娱文化传媒有限公司\n三、中选金额：¥128000.00\n星河音像出版社有限公司\n2025年5月19日',
    check: (e) => expect([e.title, e.kind]).toEqual(['星河音像出版社有限公司图书直播营销服务比选结果公示', 'award']),
  },
  {
    name: '(guard) a scraper CSV\'s header row (标题 | …) is no menu bar: its record\'s first cell is the title',
    text: '标题 | 采购人 | 中标供应商 | 中标金额 | 发布日期\n星河县融媒体中心短视频制作服务中标公告 | 星河县融媒体中心 | 星河影视传媒有限公司 | 58000 | 2025-06-01',
    check: (e) => expect(e.title).toBe('星河县融媒体中心短视频制作服务中标公告'),
  },
  {
    name: '(guard) a section heading that names a notice is still the title (栏目导航 only when it is the whole heading)',
    html: page('最新公告', '星河音像出版社有限公司宣传片拍摄服务比选结果公示', '<p>比选人：星河音像出版社有限公司</p><p>中选单位：星河影视传媒有限公司</p><p>中选金额：58,000.00元</p>'),
    check: (e) => expect(e.title).toBe('星河音像出版社有限公司宣传片拍摄服务比选结果公示'),
  },
  {
    name: 'a city\'s district by its short name right after the province ("河南中原…") places nothing below the province',
    check: () => {
      expect(placeFrom('河南中原音像出版社有限公司')?.code).toBe('410000');
      // (guard) a county-level city straight after its province still places (浙江义乌…), and a
      // municipality's district has no city between (重庆武隆…)
      expect(placeFrom('浙江义乌星河传媒有限公司')?.code).toBe('330782');
      expect(placeFrom('重庆武隆星河旅游有限公司')?.code).toBe('500156');
      // (guard) the district written in full after its city stays
      expect(placeFrom('河南省郑州市中原区星河中学')?.code).toBe('410102');
    },
  },
  {
    name: 'a "发布时间：… 来源：…" line above the title is no title: the notice under it is read (kind, lot)',
    text: '发布时间：2025-06-09\u3000\u3000来源：星河县妇联\n星河县妇女联合会主题微视频拍摄制作服务询价结果公告\n一、询价单位：星河县妇女联合会\n二、成交供应商：星河文化传媒有限公司\n三、成交金额：￥39,500.00元\n星河县妇女联合会\n2025年6月9日',
    check: (e) => {
      expect([e.title, e.kind]).toEqual(['星河县妇女联合会主题微视频拍摄制作服务询价结果公告', 'award']);
      expect(vendors(e)).toEqual([[null, '星河文化传媒有限公司', 39500]]);
    },
  },
  {
    name: '"受委托单位X的委托": the role word is no part of the buyer\'s name',
    text: '星河区文化馆短视频拍摄制作服务比选结果公告\n\n星河工程咨询有限公司受委托单位星河市星河区文化馆的委托，对短视频拍摄制作服务进行比选，现将比选结果公告如下：\n中选单位：星河影像文化传播有限公司\n中选金额：9.36万元\n星河工程咨询有限公司\n2025年7月22日',
    check: (e) => expect(e.buyer).toBe('星河市星河区文化馆'),
  },
  {
    name: 'a national group\'s regional unit (中国铁路X局集团…站) is placed where its name says, not left unplaced',
    check: () => {
      expect(nationalGroupUnitPlace('中国铁路南昌局集团有限公司星河站')?.code).toBe('360100');
      expect(nationalGroupUnitPlace('中国星河通信集团浙江有限公司')?.code).toBe('330000');
      expect(nationalGroupUnitPlace('中国星河财产保险股份有限公司江门市分公司')?.code).toBe('440700');
      // (guard) a place word inside the group's own name is no unit's place (东方航空 is not 东方市)
      expect(nationalGroupUnitPlace('中国东方航空股份有限公司')).toBeNull();
      expect(nationalGroupUnitPlace('星河铁路南昌站')).toBeNull();
    },
  },
  {
    name: 'a railway station buying on its own is placed at its 局集团\'s city (end to end)',
    text: award('中国铁路南昌局集团有限公司星河站春运宣传视频拍摄服务采购结果公示', '采购人：中国铁路南昌局集团有限公司星河站\n成交供应商：星河视界文化传媒有限公司\n成交金额：87,600.00元'),
    check: (e) => expect([e.province, e.city, e.divisionCode]).toEqual(['江西省', '南昌市', '360100']),
  },
  {
    name: 'a provincial company\'s branch named for a city (X燃气集团有限公司宝鸡分公司) is placed at that city',
    text: award('陕西星河燃气集团有限公司宝鸡分公司短视频代运营服务谈判采购结果公示', '采购人：陕西星河燃气集团有限公司宝鸡分公司\n成交供应商：星河新媒体科技有限公司\n成交金额：128,000元'),
    check: (e) => expect([e.city, e.divisionCode]).toEqual(['宝鸡市', '610300']),
  },
  {
    name: '(guard) a provincial branch stays at its province; a branch word naming no place changes nothing',
    check: () => {
      const gd = placeFrom('广东省')!;
      expect(branchPlace('中国星河财产保险股份有限公司广东省分公司', gd)?.code).toBe('440000');
      expect(branchPlace('广东星河集团有限公司营业部', gd)?.code).toBe('440000');
      expect(branchPlace('广东星河集团有限公司星河分公司', gd)?.code).toBe('440000');
    },
  },
  {
    name: 'with no buyer in the text, the company whose own 阳光采购平台 the page is (its <title>) is the buyer',
    html: '<html><head><title>结果公告 - 星河水务集团有限公司阳光采购平台</title></head><body><h2>节水宣传短视频制作服务询价结果公告</h2><p>发布时间：2025-06-18</p><p>经比较，确定成交供应商为星河映像传媒有限公司，成交金额82,000.00元。</p></body></html>',
    check: (e) => expect(e.buyer).toBe('星河水务集团有限公司'),
  },
  {
    name: 'the platform\'s owner may be any body, a hospital as well as a company (X医院阳光采购平台)',
    html: '<html><head><title>结果公告 - 星河市第一人民医院阳光采购平台</title></head><body><h2>院史宣传短视频制作服务询价结果公告</h2><p>发布时间：2025-06-18</p><p>经比较，确定成交供应商为星河映像传媒有限公司，成交金额82,000.00元。</p></body></html>',
    check: (e) => expect(e.buyer).toBe('星河市第一人民医院'),
  },
  {
    name: '(guard) an agency\'s or a public portal\'s <title> names no buyer',
    html: '<html><head><title>结果公告 - 星河招标代理有限公司采购平台</title></head><body><h2>节水宣传短视频制作服务询价结果公告</h2><p>发布时间：2025-06-18</p><p>经比较，确定成交供应商为星河映像传媒有限公司，成交金额82,000.00元。</p></body></html>',
    check: (e) => expect(e.buyer).toBeNull(),
  },
  {
    name: 'a framework agreement\'s holders in two 标段 tables: every holder of both, each labelled with its 标段, no amount',
    text: award('星河港口集团有限公司宣传片及短视频制作服务框架协议采购入围结果公示', '招标人：星河港口集团有限公司\n入围结果如下：\n标段一：宣传片制作\n序号 | 入围供应商 | 入围单价（元/分钟）\n1 | 星河影视文化传播有限公司 | 9,800.00\n2 | 星河光影传媒有限公司 | 10,500.00\n标段二：短视频制作\n序号 | 入围供应商 | 折扣率\n1 | 星河新媒体科技有限公司 | 88%\n2 | 星河视频制作有限公司 | 90%\n协议期限：三年。'),
    check: (e) => expect(vendors(e)).toEqual([
      ['标段一', '星河影视文化传播有限公司', null], ['标段一', '星河光影传媒有限公司', null],
      ['标段二', '星河新媒体科技有限公司', null], ['标段二', '星河视频制作有限公司', null],
    ]),
  },
  {
    name: 'a 中选 table that ranks a runner-up (第二名, priced "—") awards the first-ranked only',
    text: award('星河银行股份有限公司星河分行宣传短视频制作服务采购中选结果公示', '采购人：星河银行股份有限公司星河分行\n中选结果：\n中选供应商 | 中选金额 | 排名\n星河山水文化传媒有限公司 | ¥ 96,000.00 | 第一名\n星河影像科技有限公司 | — | 第二名'),
    check: (e) => expect(vendors(e)).toEqual([[null, '星河山水文化传媒有限公司', 96000]]),
  },
  {
    name: 'a prose winner ("确定成交供应商为X") whose brand has a hyphen between Latin letters keeps its whole name',
    text: award('节水宣传短视频制作服务询价结果公告', '采购人：星河水务集团有限公司\n评审说明：按有效报价最低原则，确定成交供应商为星河K-Star影视有限公司，成交金额82,000.00元。'),
    check: (e) => expect(vendors(e)).toEqual([[null, '星河K-Star影视有限公司', 82000]]),
  },
];

runTrapRows('heldout24 traps (procurement outside the portals, second pass)', rows);
