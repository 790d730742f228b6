/**
 * Traps found by the fifty-third unseen batch (tests/fixtures/extract/heldout53): a crawler's
 * export under "#" notes with its header row written as a comment, a bulleted
 * side list running into the notice's title, a portal's search bar. One named row each, run
 * through the real extractNotice: each row failed before parser 1.50.0, except those marked
 * (guard), which keep a new rule from overreaching. The names say the general rule, not the
 * fixture; the parties are invented (星河…).
 */
import { expect } from 'vitest';
import { runTrapRows, type TrapRow } from './trap-rows.js';

const rows: TrapRow[] = [
  {
    name: 'an export whose header row is a "# 字段：" comment under a crawl note: the record is the notice, the crawl date is not its date',
    text: '# 抓取记录  来源：星河省政府采购网  采集日期：2023-06-30\n# 字段：公告标题 | 区划 | 采购方式 | 发布时间 | 正文\n星河县文化馆短视频制作服务项目结果公告 | 星河市星河县 | 竞争性磋商 | 2023-06-26 09:10 | \n项目名称：星河县文化馆短视频制作服务项目\n采购人：星河县文化馆\n中标（成交）供应商：星河光影文化传媒有限公司\n中标（成交）金额：128,000.00元',
    check: (e) => {
      expect([e.title, e.publishedAt]).toEqual(['星河县文化馆短视频制作服务项目结果公告', '2023-06-26']);
      expect(e.lots.map((l) => [l.vendor, l.amountYuan])).toEqual([['星河光影文化传媒有限公司', 128000]]);
    },
  },
  {
    name: '(guard) a Markdown notice opening with a "# " heading is no export: its heading stays the title',
    text: '# 星河县融媒体中心新媒体运营服务项目中标公告\n发布时间：2023-03-02\n中标供应商：星河云帆文化传媒有限公司\n中标金额：256,000.00元\n采购人：星河县融媒体中心',
    check: (e) => {
      expect([e.title, e.publishedAt]).toEqual(['星河县融媒体中心新媒体运营服务项目中标公告', '2023-03-02']);
      expect(e.lots.map((l) => [l.vendor, l.amountYuan])).toEqual([['星河云帆文化传媒有限公司', 256000]]);
    },
  },
  {
    name: 'a bulleted side list ends at its first unbulleted line: the notice title under it and its "来源：… 发布时间：…" line are no more items',
    text: '网站首页　采购公告　结果公告\n热门信息\n· 关于规范政府采购意向公开工作的通知\n· 政府采购供应商质疑投诉须知\n· 电子卖场操作指南\n星河县文化旅游局宣传片制作项目中标公告\n来源：星河省政府采购网  发布时间：2021-09-14\n一、项目编号：XH-2021-088\n二、中标供应商：星河光影文化传媒有限公司\n三、中标金额：186,000.00元\n采购人：星河县文化旅游局',
    check: (e) => {
      expect([e.title, e.publishedAt]).toEqual(['星河县文化旅游局宣传片制作项目中标公告', '2021-09-14']);
      expect(e.lots.map((l) => [l.vendor, l.amountYuan])).toEqual([['星河光影文化传媒有限公司', 186000]]);
    },
  },
  {
    name: '(guard) a bulleted side list whose items carry their dates on lines of their own is dropped whole',
    text: '星河县融媒体中心短视频制作项目成交公告\n发布时间：2022-04-11\n成交供应商：星河云帆文化传媒有限公司\n成交金额：96,000.00元\n采购人：星河县融媒体中心\n相关公告\n· 星河县教育局宣传片拍摄项目中标公告\n2022-03-02\n· 星河县卫健局新媒体运营服务项目成交公告\n2022-02-18',
    check: (e) => {
      expect([e.title, e.publishedAt]).toEqual(['星河县融媒体中心短视频制作项目成交公告', '2022-04-11']);
      expect(e.lots.map((l) => [l.vendor, l.amountYuan])).toEqual([['星河云帆文化传媒有限公司', 96000]]);
    },
  },
  {
    name: 'a portal search bar ("请输入关键字 [搜索] 高级检索") is page chrome, never the title',
    text: '网站首页　新闻动态　政策法规　采购公告　结果公告　合同公告　下载中心\n请输入关键字 [搜索]　高级检索\n星河县公安局政务新媒体运营服务项目成交结果公告\n星河省政府采购网　　2023-07-05　　浏览：88\n一、成交供应商：星河融创文化传媒有限公司\n二、成交金额：240,000.00元\n采购人：星河县公安局',
    check: (e) => expect([e.title, e.publishedAt]).toEqual(['星河县公安局政务新媒体运营服务项目成交结果公告', '2023-07-05']),
  },
  {
    name: '(guard) a notice line that mentions searching ("检索服务") stays',
    text: '星河县档案馆档案检索服务项目中标公告\n发布时间：2023-02-09\n中标供应商：星河数据科技有限公司\n中标金额：150,000.00元\n采购人：星河县档案馆',
    check: (e) => {
      expect([e.title, e.publishedAt]).toEqual(['星河县档案馆档案检索服务项目中标公告', '2023-02-09']);
      expect(e.lots.map((l) => [l.vendor, l.amountYuan])).toEqual([['星河数据科技有限公司', 150000]]);
    },
  },
];

runTrapRows('heldout53 traps', rows);
