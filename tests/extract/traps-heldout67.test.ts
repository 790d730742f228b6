/**
 * Traps found by the sixty-seventh and sixty-eighth unseen batches (tests/fixtures/extract/heldout67,
 * heldout68): small video-operations buys as their buyers publish them (公众号 posts with ▍
 * headings, village payment notices, framework calls) and a fresh measure (PDF text, WeChat
 * reposts, saved pages). One named row each, run through the real extractNotice: each row failed
 * before parser 1.59.0, except those marked (guard), which keep a new rule from overreaching. The
 * names say the general rule, not the fixture; the parties are invented (星河…).
 */
import { expect } from 'vitest';
import { runTrapRows, type TrapRow } from './trap-rows.js';

const rows: TrapRow[] = [
  {
    name: 'a WeChat post\'s heading under a block mark ("▍采购人") with the value on the next line is the buyer as written, not the masthead\'s short name',
    text: '星河中学\n2020年09月07日 18:05 河北\n\n星河中学校庆宣传片拍摄制作询价公告\n\n为迎接校庆，我校拟拍摄制作校庆宣传片，现面向社会公开询价。\n\n▍项目名称\n星河中学校庆宣传片拍摄制作\n\n▍采购人\n星河县星河中学\n\n▍预算\n本项目预算6.5万元。\n\n星河中学\n2020年9月7日\n',
    check: (e) => expect([e.buyer, e.budgetYuan]).toEqual(['星河县星河中学', 65000]),
  },
  {
    name: '(guard) a block-marked sentence that mentions the buyer inside it ("● 采购人应当…") is no buyer label',
    text: '星河县文化馆宣传片拍摄项目询价公告\n发布时间：2024-03-02\n采购人：星河县文化馆\n● 采购人应当在成交结果公告后五日内与成交供应商签订合同\n预算金额：5万元\n',
    check: (e) => expect(e.buyer).toBe('星河县文化馆'),
  },
  {
    name: 'a village committee named without its township is placed through the township the page files it under ("X镇 > Y村"), where a saved page\'s name writes that township after its county',
    text: '==> 泗水县云岭镇 村务公开 保存 <==\n\n村务公开 > 云岭镇 > 石桥村\n石桥村关于支付宣传短视频拍摄制作费用的公示\n\n广大村民：\n我村委托星河影视传媒有限公司拍摄制作乡村旅游宣传短视频，已验收合格，现按合同支付费用。\n收款单位：星河影视传媒有限公司\n支付金额：18,500.00元\n\n石桥村村民委员会\n8月12日\n',
    check: (e) => expect([e.title, e.buyer, e.county, e.divisionCode]).toEqual(['石桥村关于支付宣传短视频拍摄制作费用的公示', '石桥村村民委员会', '泗水县', '370831']),
  },
  {
    name: '(guard) a village whose township the text never places after a county stays unplaced below what else places it',
    text: '村务公开 > 云岭镇 > 石桥村\n石桥村关于支付宣传短视频拍摄制作费用的公示\n\n我村委托星河影视传媒有限公司拍摄制作乡村旅游宣传短视频，现按合同支付费用。\n收款单位：星河影视传媒有限公司\n\n石桥村村民委员会\n8月12日\n',
    check: (e) => expect([e.buyer, e.county]).toEqual(['石桥村村民委员会', null]),
  },
  {
    name: 'a 信息公开 table\'s 成文日期 yields to its 发布日期 when the 落款 bears the 发布日期 (the written date was a contract\'s signing)',
    text: '索 引 号：1114/2026-00021　　主题分类：财政\n发布机构：星河县星河镇人民政府　　　　　　成文日期：2026-01-20\n标　　题：星河镇宣传片拍摄服务合同公示\n发布日期：2026-01-22\n\n星河镇宣传片拍摄服务合同公示\n\n一、合同名称：星河镇宣传片拍摄服务合同\n二、采购人（甲方）：星河县星河镇人民政府\n三、供应商（乙方）：星河影视传媒有限公司\n四、合同金额：人民币47,400.00元\n五、合同签订日期：2026年1月20日\n\n星河县星河镇人民政府\n2026年1月22日\n',
    check: (e) => expect(e.publishedAt).toBe('2026-01-22'),
  },
  {
    name: '(guard) a 成文日期 the 落款 bears too stays the date though a later 发布日期 follows it',
    text: '索 引 号：1114/2026-00021　　主题分类：财政\n发文机关：星河县文化旅游局　　　　　　成文日期：2025-10-11\n标　　题：星河县宣传片拍摄项目成交公告\n发布日期：2025-10-13\n\n星河县宣传片拍摄项目成交公告\n\n采购人：星河县文化旅游局\n成交供应商：星河影视传媒有限公司\n成交金额：98,000.00元\n\n星河县文化旅游局\n2025年10月11日\n',
    check: (e) => expect(e.publishedAt).toBe('2025-10-11'),
  },
  {
    name: 'a WeChat post that republishes another site\'s notice ("本文转载自…，以原网站发布为准") is dated by the notice\'s 落款, not the post',
    text: '星河县农业农村局短视频拍摄制作项目成交公告\n\n原创 星河招采圈 星河招采圈 2022-09-08 18:05 发表于宁夏\n\n▲ 本文转载自星河省政府采购网，以原网站发布为准\n\n星河县农业农村局短视频拍摄制作项目成交公告\n\n一、成交信息\n供应商名称：星河映像文化传媒有限公司\n成交金额：17.6万元\n二、采购人信息\n名 称：星河县农业农村局\n\n星河项目管理有限公司\n2022年9月7日\n\n- END -\n',
    check: (e) => expect(e.publishedAt).toBe('2022-09-07'),
  },
  {
    name: '(guard) a school\'s own post (no repost note) is dated by the post, whatever its 落款 says',
    text: '星河中学\n\n星河中学校庆宣传片拍摄制作询价公告\n\n原创 星河中学 星河中学 2020-09-08 18:05 河北\n\n▍采购人\n星河县星河中学\n\n▍预算\n本项目预算6.5万元。\n\n星河中学\n2020年9月7日\n',
    check: (e) => expect(e.publishedAt).toBe('2020-09-08'),
  },
  {
    name: 'the buying company\'s name opening the title ("X国有资本投资运营有限公司…助农直播服务") lends its trade word (运营) to no service: the live streams are bought',
    text: '星河县国有资本投资运营有限公司“星河好物”农特产品助农直播服务项目竞争性比选结果公示\n发布日期：2021-10-25\n一、比选人：星河县国有资本投资运营有限公司\n二、服务内容：在抖音、快手平台开展助农带货直播20场，每场直播前发布预热短视频不少于2条。\n三、成交人：星河电商科技有限公司，成交价：人民币53,600元（单价2,680元/场×20场）。\n',
    check: (e) => expect([e.isVideoOps, e.serviceType]).toEqual([true, 'live_streaming']),
  },
  {
    name: '(guard) a company buying the running of its accounts is still account operation once its name is set aside',
    text: '星河文旅集团有限公司抖音号、视频号代运营服务项目成交公告\n发布日期：2024-04-02\n采购人：星河文旅集团有限公司\n成交供应商：星河融创文化传媒有限公司\n成交金额：96,000.00元\n',
    check: (e) => expect([e.isVideoOps, e.serviceType]).toEqual([true, 'account_operation']),
  },
  {
    name: 'a 网络达人 campaign (influencers post short videos on their own accounts for the buyer) is video production, though its body names accounts',
    text: '星河县文化和旅游局2024年网络达人宣传推广服务比选公告\n发布日期：2024年05月13日\n1.项目名称：星河县文化和旅游局2024年网络达人宣传推广服务\n2.比选人：星河县文化和旅游局\n3.项目预算：￥230,000.00\n4.服务内容：邀请旅游、美食类网络达人（抖音、小红书、快手粉丝量10万以上）不少于15名到星河开展探店、打卡，每名达人在其本人账号发布原创短视频不少于2条；达人视频素材授权比选人在政务新媒体账号二次使用。\n',
    check: (e) => expect([e.isVideoOps, e.serviceType]).toEqual([true, 'video_production']),
  },
  {
    name: '(guard) influencers selling live ("网络达人直播带货") stay a live stream',
    text: '星河县商务局2024年网络达人直播带货服务项目成交公告\n发布日期：2024-06-02\n采购人：星河县商务局\n成交供应商：星河电商科技有限公司\n成交金额：120,000.00元\n',
    check: (e) => expect([e.isVideoOps, e.serviceType]).toEqual([true, 'live_streaming']),
  },
  {
    name: 'a PDF headline whose closing word wrapped onto a line of its own ("…采购项目合同" / "公告") is one title',
    text: '星河县商务局 2021 年电商助农直播服务采购项目合同\n公告\n\n一、合同编号：XH-HT-2021-009\n二、合同名称：星河县商务局 2021 年电商助农直播服务采购项目合同\n采购人（甲方）：星河县商务局\n供应商（乙方）：星河电子商务有限公司\n合同金额：198,000.00 元\n八、合同公告日期：2021 年 06 月 07 日\n',
    check: (e) => expect(e.title).toBe('星河县商务局 2021 年电商助农直播服务采购项目合同公告'),
  },
  {
    name: '(guard) a menu\'s entries one a line ("通知" / "公告") are not joined into a headline',
    text: '星河县人民政府\n通知\n公告\n星河县文化旅游局宣传片拍摄项目中标公告\n发布时间：2024-01-02\n中标供应商：星河影视传媒有限公司\n中标金额：98,000.00元\n采购人：星河县文化旅游局\n',
    check: (e) => expect(e.title).toBe('星河县文化旅游局宣传片拍摄项目中标公告'),
  },
  {
    name: 'a saved page\'s side menu of places one a line ("县区采购" / "林口县" / "穆棱市" …) before the heading is chrome: the heading is the title',
    html: '<html><head><title>星河市政府采购网--星河县民政局敬老院设施采购项目中标公告</title></head><body><table><tr><td><img src="logo.gif" alt="星河市政府采购网" /></td></tr><tr><td><a href="index.asp">首页</a> | <a href="l1">采购公告</a> | <a href="l4">县区采购</a></td></tr></table><table><tr><td valign="top"><table><tr><td>县区采购</td></tr><tr><td><a href="a">林口县</a></td></tr><tr><td><a href="b">穆棱市</a></td></tr><tr><td><a href="c">东宁市</a></td></tr><tr><td><a href="d">杜尔伯特蒙古族自治县</a></td></tr></table></td><td valign="top"><table><tr><td>您现在的位置：<a href="index.asp">首页</a> &gt; <a href="l4">县区采购</a> &gt; 林口县 &gt; 正文</td></tr><tr><td align="center" class="title">星河县民政局敬老院设施采购项目中标公告</td></tr><tr><td align="center">发布时间：2013-9-16 14:25:37&nbsp;&nbsp;点击数：168</td></tr><tr><td><p>一、采购人：星河县民政局</p><p>二、中标供应商：星河商贸有限公司</p><p>三、中标金额：人民币玖拾叁万陆仟捌佰元整</p></td></tr></table></td></tr></table></body></html>',
    check: (e) => expect(e.title).toBe('星河县民政局敬老院设施采购项目中标公告'),
  },
  {
    name: 'a tender document\'s text (project name over "招 标 文 件", then "第一章 招标公告") is titled by the project\'s name and the chapter\'s notice word',
    text: '星河县 2015 年草原围栏建设项目（第一批）\n\n招 标 文 件\n\n项目编号：XH-GL2015-021\n\n采 购 人：星河县农牧局\n代理机构：星河招标代理有限公司\n\n二〇一五年五月\n\n第一章 招标公告\n\n星河招标代理有限公司受星河县农牧局委托，就星河县 2015 年草原围栏建设项目（第一批）进行国内公开招标。\n一、预算金额：人民币贰佰壹拾陆万元整（¥2,160,000.00）\n',
    check: (e) => expect(e.title).toBe('星河县 2015 年草原围栏建设项目（第一批）招标公告'),
  },
  {
    name: '(guard) a document cover with no chapter that is the call keeps the project\'s name as its title',
    text: '星河县 2015 年草原围栏建设项目（第一批）\n\n招 标 文 件\n\n项目编号：XH-GL2015-021\n\n采 购 人：星河县农牧局\n\n第一章 投标人须知\n\n一、预算金额：人民币贰佰壹拾陆万元整（¥2,160,000.00）\n',
    check: (e) => expect(e.title).toBe('星河县 2015 年草原围栏建设项目（第一批）'),
  },
];

runTrapRows('heldout67 traps', rows);
