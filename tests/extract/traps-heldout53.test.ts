/**
 * Traps found by the fifty-third unseen batch (tests/fixtures/extract/heldout53): a crawler's
 * export under "#" notes with its header row written as a comment, a bulleted
 * side list running into the notice's title, a portal's search bar, a bank account in a deposit clause, a side menu above the title, a
 * per-account-year price with its total, a per-session price with its total in a result cell, a budget listed by lots
 * numbered before 包. One named row each, run
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
  {
    name: 'a bank account ("户名…开户行…账号：…") in a deposit clause is no media account: a micro-film call stays a promo film',
    text: '星河县文化旅游局“星河故事”系列微电影拍摄制作项目竞争性磋商公告\n发布时间：2019-05-06\n项目名称：“星河故事”系列微电影拍摄制作项目\n预算金额：人民币叁拾万元整（300000.00元）\n采购需求：拍摄系列微电影3部，另制作网络推广短视频3条，在“星河发布”微信公众号发布。\n本项目的特定资格要求：具有有效的《广播电视节目制作经营许可证》。\n售价：￥300.00元（售后不退）\n磋商保证金：人民币陆仟元整（6000元），须从供应商基本账户转入以下账户：户名：星河县公共资源交易中心，开户行：星河银行星河支行，账号：0601 0020 1000 0001\n采购人：星河县文化旅游局',
    check: (e) => expect(e.serviceType).toBe('promo_film'),
  },
  {
    name: '(guard) lots each with its own deposit are still weighed by their budgets',
    text: '星河县融媒体中心宣传服务项目招标公告\n发布时间：2021-03-02\n包1：星河文旅短视频拍摄制作，全年不少于120条，预算金额：30.00万元，投标保证金：6000元；\n包2：重大活动网络直播服务，全年不少于15场，预算金额：18.00万元，投标保证金：3600元；\n包3：政务新媒体矩阵（微信公众号、抖音号）代运营，预算金额：22.00万元，投标保证金：4400元。\n采购人：星河县融媒体中心',
    check: (e) => expect(e.serviceType).toBe('video_production'),
  },
  {
    name: 'a side menu of bare entries ("  采购公告", "  结果公告" …) above the title does not push its "来源：…  日期：…" line out of the head',
    text: '【政府信息公开】 【政务服务】 【互动交流】\n当前位置：首页 >> 政府采购 >> 采购信息\n信息导航\n  采购意向\n  采购公告\n  更正公告\n  结果公告\n  合同公告\n  终止公告\n星河县委宣传部短视频创作大赛活动服务项目成交公告\n来源：星河市公共资源交易网　　日期：2024-06-03\n一、供应商名称：星河光影文化传媒有限公司\n二、成交金额：26.80（万元）',
    check: (e) => expect(e.publishedAt).toBe('2024-06-03'),
  },
  {
    name: '(guard) short word lines under a title do not make a deadline the publication date',
    text: '星河县文化馆宣传片拍摄项目竞争性磋商公告\n采购人\n星河县文化馆\n代理机构\n星河招标有限公司\n项目概况\n服务内容\n提交响应文件截止时间：2024-07-01 09:30\n预算金额：200000.00元',
    check: (e) => expect(e.publishedAt).toBeNull(),
  },
  {
    name: 'an award given as "单价X元/账号·年，共N个账号，服务期1年，合计Y元" is worth its total, the unit price kept beside it',
    text: '星河县融媒体中心新媒体矩阵代运营服务项目中标公告\n发布时间：2023-08-08\n中标供应商：星河云帆文化传媒有限公司\n中标（成交）金额：单价88000元/账号·年，共3个账号（微信公众号、抖音号、微博），服务期1年，合计264000.00元\n采购人：星河县融媒体中心',
    check: (e) => expect(e.lots.map((l) => [l.vendor, l.amountYuan])).toEqual([['星河云帆文化传媒有限公司', 264000]]),
  },
  {
    name: '(guard) an award that is only a unit price stays a unit price with no total',
    text: '星河县文化馆短视频拍摄服务项目成交公告\n发布时间：2023-08-09\n成交供应商：星河光影文化传媒有限公司\n成交金额：单价：800元/条，服务期1年\n采购人：星河县文化馆',
    check: (e) => expect(e.lots.map((l) => [l.vendor, l.amountYuan, l.unitPriceYuan])).toEqual([['星河光影文化传媒有限公司', null, 800]]),
  },
  {
    name: 'a result cell "报价单价X元/场，服务期内共计N场，总计Y元" is worth its total: "共计N场" counts sessions, no sum',
    text: '星河县融媒体中心短视频制作及直播服务项目中标（成交）结果公告\n发布时间：2025-03-11\n包号\t供应商名称\t供应商地址\t中标（成交）金额\n01\t星河光影文化传媒有限公司\t星河市解放路1号\t325000.00元\n02\t星河云播网络科技有限公司\t星河市友好路2号\t报价单价4200元/场，服务期内共计30场，总计126000.00元\n采购人：星河县融媒体中心',
    check: (e) => expect(e.lots.map((l) => [l.vendor, l.amountYuan])).toEqual([['星河光影文化传媒有限公司', 325000], ['星河云播网络科技有限公司', 126000]]),
  },
  {
    name: '(guard) a unit price followed only by a count ("共计36场") stays a unit price',
    text: '星河县文化馆直播服务项目成交公告\n发布时间：2025-03-12\n成交供应商：星河云播网络科技有限公司\n成交金额：单价5800元/场，服务期内共计36场\n采购人：星河县文化馆',
    check: (e) => expect(e.lots.map((l) => [l.vendor, l.amountYuan, l.unitPriceYuan])).toEqual([['星河云播网络科技有限公司', null, 5800]]),
  },
  {
    name: 'a budget listed by lots numbered before 包 ("01包45万元；02包21.6万元") is their sum',
    text: '星河县融媒体中心短视频制作及直播服务项目招标公告\n发布时间：2025-02-11\n本项目预算金额：01包30万元；02包12.5万元。\n采购人：星河县融媒体中心',
    check: (e) => expect(e.budgetYuan).toBe(425000),
  },
  {
    name: '(guard) a count of packs in a budget value ("共2包，预算金额…") is no lot label',
    text: '星河县融媒体中心宣传品印制项目招标公告\n发布时间：2025-02-12\n预算金额：36万元（共2包，每包18万元）\n采购人：星河县融媒体中心',
    check: (e) => expect(e.budgetYuan).toBe(360000),
  },
];

runTrapRows('heldout53 traps', rows);
