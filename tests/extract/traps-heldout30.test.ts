/**
 * Traps found by the thirtieth unseen batch (tests/fixtures/extract/heldout30): notices at the
 * scope's edges that mention 视频, 直播 or 短视频 yet buy no video work, and three reading slips.
 * One named row each, run through the real extractNotice: each row failed before parser 1.36.0,
 * except those marked (guard), which keep a new rule from overreaching. The names say the general
 * rule, not the fixture; the parties are invented (星河…).
 */
import { expect } from 'vitest';
import { award, runTrapRows, type TrapRow } from './trap-rows.js';

const tender = (title: string, body: string) => `${title}\n发布日期：2025-03-06\n${body}`;

const rows: TrapRow[] = [
  {
    name: 'a programme for the radio only ("广播节目制作播出") is sound, not video: out of scope',
    text: award('星河县交通运输局2025年《星河交通之声》广播节目制作播出服务项目成交结果公告', '采购人：星河县交通运输局\n服务内容：每周5期广播节目录制、FM调频播出及音频公益广告制作。\n供应商名称：星河县融媒体中心\n成交金额：¥186,000.00元'),
    check: (e) => expect([e.isVideoOps, e.serviceType]).toEqual([false, null]),
  },
  {
    name: '(guard) a 广播电视 programme whose TV version is made stays video_production',
    text: award('中共星河县委政法委员会《平安星河》广播电视专题节目制作服务项目中标结果公告', '采购人：中共星河县委政法委员会\n供应商名称：星河影视传媒有限公司\n中标（成交）金额：246,800.00元'),
    check: (e) => expect([e.isVideoOps, e.serviceType]).toEqual([true, 'video_production']),
  },
  {
    name: 'event photography with a 图片直播 (a live photo gallery) is stills, not live streaming: out of scope',
    text: award('星河县体育局2025山地户外运动公开赛摄影及图片直播服务采购结果公告', '采购人：星河县体育局\n服务内容：赛事摄影、图片直播云相册，不含视频拍摄。\n供应商名称：星河影像工作室有限公司\n成交金额：48,000.00元'),
    check: (e) => expect([e.isVideoOps, e.serviceType]).toEqual([false, null]),
  },
  {
    name: '(guard) a title that streams video beside its 图片直播 stays live_streaming',
    text: award('星河县体育局2025马拉松赛事视频直播及图片直播服务采购结果公告', '采购人：星河县体育局\n供应商名称：星河影像工作室有限公司\n成交金额：98,000.00元'),
    check: (e) => expect([e.isVideoOps, e.serviceType]).toEqual([true, 'live_streaming']),
  },
  {
    name: 'an account\'s quoted name on an app build ("“星河发布”融媒体客户端及内容管理平台建设") names whose app, no service: out',
    text: award('星河市融媒体中心“星河发布”融媒体客户端及内容管理平台建设项目中标公告', '采购人：星河市融媒体中心\n建设内容：客户端APP开发、内容管理系统、短视频及直播模块、新媒体矩阵账号管理、稿件运维后台。\n直播推流模块支持短视频发布与直播回看。\n中标供应商：星河软件科技有限公司\n中标金额：¥1,280,000.00元'),
    check: (e) => expect([e.isVideoOps, e.serviceType]).toEqual([false, null]),
  },
  {
    name: 'a licence to a stock footage library ("正版视频及图片素材库授权使用") buys no video work: out of scope',
    text: award('星河县融媒体中心2025年度正版视频及图片素材库授权使用采购项目合同公告', '采购人（甲方）：星河县融媒体中心\n供应商（乙方）：星河图像技术有限公司\n主要标的名称：素材库年度授权，授权采购人在新闻报道、短视频制作及新媒体发布中使用乙方素材，不含拍摄制作服务。\n合同金额：59,800.00元'),
    check: (e) => expect([e.isVideoOps, e.serviceType]).toEqual([false, null]),
  },
  {
    name: 'a clause that excludes a service ("不含课程录制、短视频制作与直播服务") does not count for it',
    text: award('中共星河县委组织部干部网络学院课程资源采购项目成交公告', '采购人：中共星河县委组织部\n服务内容：开通干部学习账号3200个，提供专题课程6000学时；本项目为已有课程的使用权，不含课程录制、短视频制作与直播服务。\n供应商名称：星河网络学院有限公司\n成交金额：256,000.00元'),
    check: (e) => expect([e.isVideoOps, e.serviceType]).toEqual([false, null]),
  },
  {
    name: '(guard) a body that makes videos and excludes only the accounts\' running stays video work',
    text: award('星河县文化旅游局2025年宣传服务项目成交公告', '采购人：星河县文化旅游局\n服务内容：短视频拍摄制作30条、宣传片1部、节会直播2场，不含账号运营。\n供应商名称：星河文化传媒有限公司\n成交金额：320,000.00元'),
    check: (e) => expect(e.isVideoOps).toBe(true),
  },
  {
    name: 'a contest the government holds itself ("关于举办…短视频征集大赛的公告") is no procurement: kind other, no buyer, out',
    text: `关于举办“我眼中的星河”短视频征集大赛的公告\n发布时间：2024-07-02  来源：中共星河县委宣传部\n主办单位：中共星河县委宣传部\n作品上传至抖音、视频号，一等奖1名，奖金5000元。\n相关文章\n· 星河县文旅局宣传片拍摄制作服务项目成交公告（成交金额：42.8万元）`,
    check: (e) => expect([e.kind, e.buyer, e.isVideoOps, e.lots]).toEqual(['other', null, false, []]),
  },
  {
    name: '(guard) a firm hired to run a 短视频征集 ("征集活动承办服务项目竞争性磋商公告") stays a tender in scope',
    text: tender('星河县委宣传部“最美瞬间”短视频征集活动承办服务项目竞争性磋商公告', '采购人：中共星河县委宣传部\n服务内容：短视频征集活动方案策划、宣传推广、组织评审、颁奖活动。\n预算金额：180,000.00元'),
    check: (e) => expect([e.kind, e.isVideoOps, e.serviceType]).toEqual(['tender', true, 'other_video']),
  },
  {
    name: 'a side list\'s entry dated after its full title ("X招标公告（2025-03-04）") is not joined to the notice\'s title below it',
    text: `星河省政府采购网\n【最新公告】\n星河县教育体育局中小学视频监控系统升级改造项目招标公告（2025-03-04）\n\n星河县教育体育局2025年中小学优质微课资源录制服务项目竞争性磋商公告\n发布时间：2025-03-06\n项目概况\n采购人：星河县教育体育局\n预算金额：¥420,000.00`,
    check: (e) => expect([e.title, e.isVideoOps]).toEqual(['星河县教育体育局2025年中小学优质微课资源录制服务项目竞争性磋商公告', true]),
  },
  {
    name: 'a per-lot budget list ends with its sentence ("包1 36万元，包2 13万元。评审排名第二…包1…（报价…）"): 490000',
    text: award('星河县职业高级中学慕课录制服务项目中标结果公告', '采购人：星河县职业高级中学\n本项目预算金额：包1 36万元，包2 13万元。评审排名第二的供应商：包1 星河慕学教育科技有限公司（报价358,800.00元）；包2 星河弦山文化传媒有限公司（报价129,000.00元）。'),
    check: (e) => expect(e.budgetYuan).toBe(490000),
  },
  {
    name: 'a total budget before its lots\' shares ("59.4万元（第一包21.84万元，第二包19.62万元，第三包17.94万元）") is the total',
    text: award('星河旗文化旅游体育局农村公益电影放映服务项目中标结果公告', '采购人：星河旗文化旅游体育局\n本项目预算金额：59.4万元（第一包21.84万元，第二包19.62万元，第三包17.94万元）。'),
    check: (e) => expect(e.budgetYuan).toBe(594000),
  },
];

runTrapRows('heldout30 traps', rows);
