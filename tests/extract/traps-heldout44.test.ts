/**
 * Traps found by the forty-fourth unseen batch (tests/fixtures/extract/heldout44, video-operations
 * notices): a monthly fee beside its written 总价 in one result cell, a framework's 入围 holders at
 * unit prices, a contest, side lists naming other services, log and Markdown title prefixes. One
 * named row each, run through the real extractNotice: each row failed before parser 1.43.0, except
 * those marked (guard), which keep a new rule from overreaching. The names say the general rule,
 * not the fixture; the parties are invented (星河…).
 */
import { expect } from 'vitest';
import { runTrapRows, type TrapRow } from './trap-rows.js';

const rows: TrapRow[] = [
  {
    name: 'a monthly fee with its period inside the unit\'s brackets ("28,500.00(元/月)，总价:342,000.00(元)") is a unit price: the written total is the lot',
    text: '星河县委宣传部政务新媒体账号代运营服务项目结果公告\n发布时间：2026-02-10\n三、采购结果\n合同包1(政务新媒体账号代运营服务):\n供应商名称 | 供应商地址 | 中标（成交）金额\n星河数字传媒有限公司 | 星河市星河路98号 | 服务费报价:28,500.00(元/月)，总价:342,000.00(元)\n八、其它补充事宜\n合同包1预算金额：350,000.00元。\n1.采购人信息\n名 称：中共星河县委宣传部\n',
    check: (e) => expect(e.lots.map((l) => [l.vendor, l.amountYuan])).toEqual([['星河数字传媒有限公司', 342000]]),
  },
  {
    name: 'a monthly fee in brackets with no total written ("12,000.00(元/月)") is a unit price, never the lot\'s total',
    text: '星河县委宣传部政务新媒体账号代运营服务项目结果公告\n发布时间：2026-02-10\n三、采购结果\n供应商名称 | 供应商地址 | 中标（成交）金额\n星河数字传媒有限公司 | 星河市星河路98号 | 12,000.00(元/月)\n1.采购人信息\n名 称：中共星河县委宣传部\n',
    check: (e) => expect(e.lots.map((l) => [l.vendor, l.amountYuan])).toEqual([['星河数字传媒有限公司', null]]),
  },
  {
    name: 'a framework\'s 入围 holders in a table are the winners; a bidder named after "未入围供应商：" is none, and the holders\' 序号 labels no lot',
    text: '星河县融媒体中心短视频制作服务框架协议采购成交公告\n发布时间：2021-09-08\n二、成交结果\n本项目确定3家入围供应商，按实际完成条数结算。\n序号 | 入围供应商名称 | 供应商地址 | 成交单价（元/条） | 综合得分\n1 | 星河视界文化传媒有限公司 | 星河市星河路1号 | 1850 | 91.60\n2 | 星河蓝鲸影像科技有限公司 | 星河市星河路2号 | 1900 | 88.35\n3 | 星河金石广告策划有限公司 | 星河市星河路3号 | 1780 | 86.90\n未入围供应商：星河青禾文化传播有限公司（综合得分71.20，未进入前三名）。\n采购人：星河县融媒体中心\n',
    check: (e) =>
      expect(e.lots.map((l) => [l.lot, l.vendor, l.amountYuan])).toEqual([
        [null, '星河视界文化传媒有限公司', null],
        [null, '星河蓝鲸影像科技有限公司', null],
        [null, '星河金石广告策划有限公司', null],
      ]),
  },
  {
    name: '(guard) holders listed per 包 keep the 包号 column as their lot label',
    text: '星河县融媒体中心短视频制作服务框架协议采购成交公告\n发布时间：2021-09-08\n二、成交结果\n序号 | 包号 | 入围供应商名称 | 成交单价（元/条）\n1 | 包1 | 星河视界文化传媒有限公司 | 1850\n2 | 包2 | 星河蓝鲸影像科技有限公司 | 1900\n采购人：星河县融媒体中心\n',
    check: (e) => expect(e.lots.map((l) => [l.lot, l.vendor])).toEqual([['包1', '星河视界文化传媒有限公司'], ['包2', '星河蓝鲸影像科技有限公司']]),
  },
  {
    name: 'a crawler log with bracketed timestamps ("[2019-08-27 06:41:12] INFO  title=… pub=…") around the text: its title= and pub= fields are the title and date, its timestamps the crawl\'s',
    text: '[2019-08-27 06:41:12] INFO  spider=shanxi_ccgp page=17 item=9 status=200\n[2019-08-27 06:41:12] INFO  title=星河镇人民政府丰收节网络直播服务项目成交结果公告\n[2019-08-27 06:41:12] INFO  pub=2019-08-26 area=星河市 type=结果公告\n[2019-08-27 06:41:13] DEBUG text begins >>>\n星河镇人民政府丰收节网络直播服务项目成交结果公告\n成交供应商：星河视听传媒有限公司\n成交价：壹拾柒万叁仟陆佰元整（173600.00元）\n采购人：星河镇人民政府\n<<< text ends\n[2019-08-27 06:41:13] INFO  attachments=0 related=2\n',
    check: (e) => {
      expect([e.title, e.publishedAt]).toEqual(['星河镇人民政府丰收节网络直播服务项目成交结果公告', '2019-08-26']);
      expect(e.lots.map((l) => [l.vendor, l.amountYuan])).toEqual([['星河视听传媒有限公司', 173600]]);
    },
  },
  {
    name: '(guard) one bracketed timestamp line over a notice is no log: the notice reads as before',
    text: '[2019-08-27 06:41:12] INFO  saved\n星河镇人民政府丰收节网络直播服务项目成交结果公告\n发布时间：2019-08-26\n成交供应商：星河视听传媒有限公司\n成交价：173600.00元\n',
    check: (e) => expect(e.publishedAt).toBe('2019-08-26'),
  },
  {
    name: 'a Markdown heading\'s marks ("## X成交公告") under front matter are no part of the title',
    text: '---\nlayout: notice\nsource: 江苏政府采购网\nsaved: 2017-06-02\n---\n\n## 星河高级中学校园文化宣传片拍摄制作项目成交公告\n\n> 发布日期：2017年05月26日\n\n星河招投标咨询有限公司受星河高级中学委托，现将成交结果公告如下：\n',
    check: (e) => expect(e.title).toBe('星河高级中学校园文化宣传片拍摄制作项目成交公告'),
  },
  {
    name: 'a list copy\'s region tag in square brackets ("[星河县]X单一来源采购公示") is no part of the title',
    text: '福建省政府采购网\n首页 > 采购公告 > 单一来源公示\n[星河县]星河县文化和旅游局系列纪录片拍摄制作服务单一来源采购公示\n发布时间：2021-10-15 16:02　　采购人：星河县文化和旅游局\n\n一、项目信息\n采购人：星河县文化和旅游局\n',
    check: (e) => expect(e.title).toBe('星河县文化和旅游局系列纪录片拍摄制作服务单一来源采购公示'),
  },
  {
    name: 'a contest whose name says 创作 ("短视频创作大赛承办服务") is run, not made: other_video',
    text: '星河市文化旅游体育局“星河山”短视频创作大赛承办服务项目成交公告\n发布时间：2020-09-03\n二、项目名称：星河市文化旅游体育局“星河山”短视频创作大赛承办服务项目\n三、中标（成交）信息\n供应商名称：星河徽视文化传媒有限公司\n中标（成交）金额：279600.00元\n四、主要标的信息\n服务范围：大赛整体策划、线上征集平台搭建与运营、作品初审、专家评审组织、颁奖典礼暨优秀作品展映\n1.采购人信息\n名 称：星河市文化旅游体育局\n',
    check: (e) => expect([e.isVideoOps, e.serviceType]).toEqual([true, 'other_video']),
  },
  {
    name: '(guard) filming and editing a contest\'s winning entries ("短视频大赛获奖作品拍摄制作服务") is video production',
    text: '星河市文化旅游体育局短视频大赛获奖作品拍摄制作服务项目成交公告\n发布时间：2020-09-03\n三、中标（成交）信息\n供应商名称：星河徽视文化传媒有限公司\n中标（成交）金额：79600.00元\n1.采购人信息\n名 称：星河市文化旅游体育局\n',
    check: (e) => expect([e.isVideoOps, e.serviceType]).toEqual([true, 'video_production']),
  },
  {
    name: 'an intention page\'s "相关意向" side list (another buyer\'s 新媒体账号运营) says nothing of this intention\'s service: its own row does',
    text: '新疆政府采购网\n首页 > 采购意向 > 县区级\n星河县文化体育广播电视和旅游局2023年6月政府采购意向\n发布时间：2023-05-10 12:31:08\n\n序号\t采购项目名称\t采购需求概况\t预算金额（万元）\t预计采购时间\n1\t星河县文旅宣传片及系列短视频拍摄制作服务\t拍摄制作星河县文旅形象宣传片1部，景点系列短视频30条，用于“星河文旅”抖音号、视频号投放\t68\t2023年6月\n\n星河县文化体育广播电视和旅游局\n2023年05月10日\n\n相关意向\n· 星河县公安局2023年城区视频监控扩容项目采购意向　2023-05-09\n· 星河县融媒体中心2023年新媒体账号运营服务采购意向　2023-05-08\n\n主办单位：新疆维吾尔自治区财政厅\n',
    check: (e) => expect([e.kind, e.isVideoOps, e.serviceType]).toEqual(['intention', true, 'promo_film']),
  },
  {
    name: '(guard) an intention whose own row runs accounts stays account operation',
    text: '星河县融媒体中心2023年6月政府采购意向\n发布时间：2023-05-10 12:31:08\n\n序号\t采购项目名称\t采购需求概况\t预算金额（万元）\t预计采购时间\n1\t星河县融媒体中心新媒体账号运营服务\t“星河发布”抖音号、视频号日常运营\t30\t2023年6月\n\n相关意向\n· 星河县文旅局2023年文旅宣传片拍摄项目采购意向　2023-05-08\n',
    check: (e) => expect([e.kind, e.isVideoOps, e.serviceType]).toEqual(['intention', true, 'account_operation']),
  },
  {
    name: 'the losing bidders\' quotes ("其他供应商报价：X 176,000.00元；Y影视制作中心 169,000.00元") price no service: a live stream with short videos stays live streaming',
    text: '星河镇人民政府丰收节网络直播及短视频宣传服务项目成交结果公告\n发布时间：2019-08-26\n五、成交结果：\n成交供应商：星河视听传媒有限公司\n成交价：壹拾柒万叁仟陆佰元整（173600.00元）\n主要服务内容：丰收节开幕式等活动网络直播5场（每场不少于2小时），推流至“星河发布”快手号；制作活动宣传短视频20条及产业专题片1部（5分钟）。\n六、谈判小组成员：甲、乙、丙\n七、其他供应商报价：星河融创文化传媒有限公司 176,000.00元；星河百灵影视制作中心 169,000.00元（服务方案不满足要求）。\n采购人：星河镇人民政府\n',
    check: (e) => expect([e.isVideoOps, e.serviceType]).toEqual([true, 'live_streaming']),
  },
  {
    name: '(guard) services priced one by one in the winner\'s award still weigh ("其中直播服务费60000元，宣传片拍摄制作费144000元")',
    text: '星河镇人民政府网络直播及宣传片服务项目成交结果公告\n发布时间：2019-08-26\n成交供应商：星河视听传媒有限公司\n成交价：204000.00元\n其中直播服务费60000元，宣传片拍摄制作费144000元。\n七、其他供应商报价：星河融创文化传媒有限公司 210,000.00元。\n采购人：星河镇人民政府\n',
    check: (e) => expect([e.isVideoOps, e.serviceType]).toEqual([true, 'promo_film']),
  },
];

runTrapRows('heldout44 traps', rows);
