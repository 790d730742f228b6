/**
 * Traps found by the twenty-seventh unseen batch (tests/fixtures/extract/heldout27): video
 * procurement at the edge of the scope in the words of 2025–2026. One named row each, run
 * through the real extractNotice: each row failed before parser 1.33.0, except those marked
 * (guard), which keep a new rule from overreaching. The names say the general rule, not the
 * fixture; the parties are invented (星河…).
 */
import { expect } from 'vitest';
import { award, runTrapRows, type TrapRow } from './trap-rows.js';

const rows: TrapRow[] = [
  {
    name: 'a 警示教育片 (a safety or integrity warning film) is a film made to be shown: promo_film, like a 专题片',
    text: award('星河县应急管理局安全生产警示教育片拍摄制作项目成交公告', '采购人：星河县应急管理局\n成交供应商：星河影视传媒有限公司\n成交金额：128,000.00元\n服务内容：拍摄制作警示教育片1部（20分钟），配套短视频5条。'),
    check: (e) => expect([e.isVideoOps, e.serviceType]).toEqual([true, 'promo_film']),
  },
  {
    name: '(guard) a 党员电化教育片 series of clips stays video_production',
    text: award('星河县委组织部党员教育电化教育片及党建动画制作项目成交公告', '采购人：星河县委组织部\n成交供应商：星河影视传媒有限公司\n成交金额：98,000.00元\n服务范围：拍摄、制作党员教育微视频10部、二维动画短片6部。'),
    check: (e) => expect([e.isVideoOps, e.serviceType]).toEqual([true, 'video_production']),
  },
  {
    name: '达人探店 (influencers\' visit videos) is video made for the buyer: video_production, though the videos are posted on its account',
    text: award('星河县文化旅游局“星河古镇”达人探店及网红推广服务项目中标公告', '采购人：星河县文化旅游局\n中标供应商：星河印象文化传媒有限公司\n中标金额：216,000.00元\n服务内容：邀请达人探店拍摄短视频，在“星河文旅”抖音号发布并负责账号运营推广。'),
    check: (e) => expect([e.isVideoOps, e.serviceType]).toEqual([true, 'video_production']),
  },
  {
    name: 'a 慢直播 whose vendor runs the live room on the buyer\'s accounts ("抖音号…负责直播间运营") is live streaming, not account operation',
    text: '星河县文化旅游体育局2026年5月至6月政府采购意向\n发布时间：2026-04-16\n现将星河县文化旅游体育局2026年5月至6月采购意向公开如下：\n序号\t采购项目名称\t采购需求概况\t预算金额（万元）\t预计采购时间\n1\t星河景区四季慢直播服务项目\t在景区点位开展24小时慢直播，由服务商在“星河文旅”抖音号、视频号持续推流并负责直播间运营，服务期12个月。\t42.5\t2026年5月\n',
    check: (e) => expect([e.kind, e.isVideoOps, e.serviceType]).toEqual(['intention', true, 'live_streaming']),
  },
  {
    name: 'running a 网络视听作品 contest (征集活动承办) is other_video; the agency\'s fee (中标服务费) after a 直播 line prices no service',
    text: award('星河县委宣传部“星河故事”网络视听作品征集活动承办服务项目中标公告', '采购人：中共星河县委宣传部\n中标供应商：星河齐风文化传媒有限公司\n中标金额：24.6万元\n服务范围：面向社会征集短视频、微纪录片作品，承办方负责活动策划、评审组织\n征集类别：微纪录片（5—15分钟）\n奖金及作品收购费用15万元\n颁奖典礼同步进行网络直播\n代理服务收费标准及金额：中标服务费3,170.00元，由中标人支付。'),
    check: (e) => expect([e.isVideoOps, e.serviceType]).toEqual([true, 'other_video']),
  },
  {
    name: 'a website and APP upkeep call with a video-on-demand module is out of scope, though its buyer is a "政务服务和数字化建设管理局"',
    text: '星河县政务服务和数字化建设管理局政府门户网站及“星河通”APP运维服务项目公开招标公告\n发布时间：2026-03-05\n项目名称：政府门户网站及“星河通”APP运维服务项目\n预算金额：680,000.00元\n采购需求：\n1.门户网站服务器、数据库运维；\n2.“星河通”APP功能维护、版本迭代；\n3.网站“视频星河”栏目及APP视频点播模块的存储扩容、转码；视频内容由县融媒体中心提供，本项目不含视频拍摄制作及新媒体账号运营；\n4.政务新媒体（微信公众号、视频号、抖音号）与门户网站的数据接口维护。\n采购人：星河县政务服务和数字化建设管理局',
    check: (e) => expect([e.isVideoOps, e.serviceType]).toEqual([false, null]),
  },
  {
    name: 'a lot\'s 名称 in a sentence after "…版权归采购人所有；" is no buyer: the role word inside a sentence heads no contact block',
    text: award('星河市文化和广电旅游体育局“星河山下”文旅微短剧拍摄制作及推广短视频项目中标（成交）结果公告', '二、项目名称：文旅微短剧拍摄制作及推广短视频项目\n三、中标（成交）信息\n包1（文旅微短剧拍摄制作）：\n供应商名称：星河衢影文化传媒有限公司\n中标（成交）金额：¥586,000.00\n包2（推广短视频制作）：\n供应商名称：星河拾光影视文化有限公司\n中标（成交）金额：¥148,500.00\n四、主要标的信息\n包1：服务类 名称：文旅微短剧 服务范围：拍摄制作竖屏微短剧1部，版权归采购人所有；服务时间：合同签订后150日内。\n包2：服务类 名称：推广短视频 服务范围：制作推广短视频30条，在采购人抖音号发布。\n五、凡对本次公告内容提出询问，请按以下方式联系。\n1.采购人信息\n名称：星河市文化和广电旅游体育局\n地址：星河市鹿溪南路135号\n2.采购代理机构信息\n名称：星河江城项目管理有限公司'),
    check: (e) => expect([e.buyer, e.agency]).toEqual(['星河市文化和广电旅游体育局', '星河江城项目管理有限公司']),
  },
  {
    name: 'a site\'s menu spaced out with no bars ("网站首页\u3000交易信息\u3000政府采购…") is chrome: the portal\'s name above it is no title',
    text: '星河市公共资源交易中心\n网站首页\u3000交易信息\u3000政府采购\u3000信息公开\u3000办事指南\n您现在的位置：首页 >> 政府采购 >> 采购公告\n\n星河县融媒体中心AI数字人主播及AIGC短视频生产服务项目竞争性磋商公告\n\n【发布时间：2026年04月09日】【信息来源：星河县分中心】\n\n项目概况\n项目名称：星河县融媒体中心AI数字人主播及AIGC短视频生产服务项目\n预算金额：56.00万元\n采购人：星河县融媒体中心',
    check: (e) => expect([e.title, e.kind]).toEqual(['星河县融媒体中心AI数字人主播及AIGC短视频生产服务项目竞争性磋商公告', 'tender']),
  },
  {
    name: 'lots labelled 包组01/包组02 are lots: each 包组\'s budget ("包组01预算金额：29万元；包组02预算金额：12万元") sums to the notice\'s',
    text: award('星河县文化广电旅游体育局新媒体账号代运营及文旅直播服务项目结果公告', '三、采购结果\n包组01：新媒体账号代运营\n中标供应商名称：星河星火网络科技有限公司\n中标金额：¥286,000.00\n包组02：文旅直播服务\n中标供应商名称：星河云播互动文化传媒有限公司\n中标金额：单价：2,980.00元/场（按实际场次结算）\n八、其他补充事宜：包组01预算金额：29万元；包组02预算金额：12万元。\n1.采购人信息\n名称：星河县文化广电旅游体育局'),
    check: (e) => {
      expect(e.budgetYuan).toBe(410000);
      expect(e.lots.map((l) => [l.lot, l.amountYuan])).toEqual([['01', 286000], ['02', null]]);
    },
  },
];

runTrapRows('heldout27 traps', rows);
