/**
 * Traps found by the sixteenth unseen batch (tests/fixtures/extract/heldout16): the EDGE of the
 * scope, where a title says 新媒体, 直播, 短视频 or 宣传片 and the money buys something else, or says
 * 设备 and a lot buys videos. One named row each, run through the real extractNotice: each row
 * failed before parser 1.17.0, except those marked (guard), which keep a new rule from
 * overreaching. The names say the general rule, not the fixture; the parties are invented (星河…).
 */
import { expect } from 'vitest';
import { classifyTitle } from '../../scrapers/extract/index.js';
import { award, runTrapRows, type TrapRow } from './trap-rows.js';

const scope = (e: { isVideoOps: boolean; serviceType: string | null }) => [e.isVideoOps, e.serviceType];

const rows: TrapRow[] = [
  {
    name: '劳务派遣 of new-media posts (the buyer directs the staff, the vendor pays them) is a staffing service, not video ops',
    text: award('星河县融媒体中心新媒体运营岗位劳务派遣服务项目成交公告', '采购人：星河县融媒体中心\n成交供应商：星河人力资源服务有限公司\n成交金额：¥326,000.00\n服务内容：派遣短视频剪辑、新媒体编辑人员4名，由采购人安排工作任务和考核，报价含工资、社保及管理费'),
    check: (e) => expect(scope(e)).toEqual([false, null]),
  },
  {
    name: '(guard) an outsourced team that RUNS the accounts against video quotas (服务外包) stays account_operation',
    text: award('星河县融媒体中心新媒体运营服务外包项目中标公告', '采购人：星河县融媒体中心\n中标供应商：星河网络科技有限公司\n中标金额：¥296,000.00\n服务内容：负责抖音号、视频号日常运营，每月原创短视频不少于20条，按月考核'),
    check: (e) => expect(scope(e)).toEqual([true, 'account_operation']),
  },
  {
    name: 'a 实训 course in making short videos is training, not video ops (as 培训)',
    text: award('星河县融媒体中心采编人员短视频创作实训服务项目成交公告', '采购人：星河县融媒体中心\n成交供应商：星河融媒教育科技有限公司\n成交金额：¥68,000.00\n服务内容：为采编人员开展短视频拍摄剪辑实训6期'),
    check: (e) => expect(scope(e)).toEqual([false, null]),
  },
  {
    name: 'a live-streaming platform\'s 平台技术服务 (cloud, CDN, upkeep) is IT, not a live-streaming service',
    text: award('星河县融媒体中心智慧融媒直播平台技术服务项目中标公告', '采购人：星河县融媒体中心\n中标供应商：星河云视信息技术有限公司\n中标金额：¥312,000.00\n服务内容：直播平台云资源、CDN带宽、推流转码及系统运维，不含直播内容策划与拍摄'),
    check: (e) => expect(scope(e)).toEqual([false, null]),
  },
  {
    name: 'survey flights (无人机航拍巡查, 实景三维建模) are surveying, though they say 航拍 and 视频',
    text: award('星河县自然资源局无人机航拍巡查及实景三维建模服务项目成交公告', '采购人：星河县自然资源局\n成交供应商：星河正图测绘科技有限公司\n成交金额：¥238,000.00\n服务内容：季度无人机航拍巡查，制作正射影像图及实景三维模型，提交航拍视频资料'),
    check: (e) => expect(scope(e)).toEqual([false, null]),
  },
  {
    name: 'a VR 全景漫游 made from 720° still panoramas is photography and a web tour, not video ops',
    text: award('星河县文化和旅游局智慧旅游VR全景漫游拍摄制作项目成交公告', '采购人：星河县文化和旅游局\n成交供应商：星河数字科技有限公司\n成交金额：¥86,000.00\n服务内容：拍摄720°全景图片300个点位，制作VR全景漫游H5'),
    check: (e) => expect(scope(e)).toEqual([false, null]),
  },
  {
    name: '(guard) a VR 全景宣传片 is still a film: promo_film',
    text: award('星河县文化和旅游局文旅VR全景宣传片拍摄项目中标公告', '采购人：星河县文化和旅游局\n中标供应商：星河影视文化传媒有限公司\n中标金额：¥186,000.00'),
    check: (e) => expect(scope(e)).toEqual([true, 'promo_film']),
  },
  {
    name: 'translating and subtitling a finished 宣传片 (nothing shot or edited) is a language service, not video ops',
    text: award('星河市外事办公室城市形象宣传片多语种翻译及字幕制作服务项目成交公告', '采购人：星河市外事办公室\n成交供应商：星河译联翻译有限公司\n成交金额：¥32,600.00\n服务内容：将成片解说词翻译为5个语种并制作外文字幕，不含拍摄剪辑'),
    check: (e) => expect(scope(e)).toEqual([false, null]),
  },
  {
    name: '(guard) a 宣传片 shot and edited with a foreign-language version (拍摄制作及英文翻译) stays promo_film',
    text: award('星河市城市形象宣传片拍摄制作及英文翻译服务项目中标公告', '采购人：星河市委宣传部\n中标供应商：星河影视文化传媒有限公司\n中标金额：¥268,000.00'),
    check: (e) => expect(scope(e)).toEqual([true, 'promo_film']),
  },
  {
    name: '(guard) short videos made and translated (短视频制作及多语种翻译) stay video_production',
    text: award('星河市委宣传部国际传播短视频制作及多语种翻译服务项目中标公告', '采购人：星河市委宣传部\n中标供应商：星河影视文化传媒有限公司\n中标金额：¥198,000.00'),
    check: (e) => expect(scope(e)).toEqual([true, 'video_production']),
  },
  {
    name: 'feed ads priced apart and larger than the 代运营 beside them: the money buys advertising, not video ops',
    text: award('星河市商务局城市形象信息流推广及账号代运营服务项目中标结果公告', '采购人：星河市商务局\n中标供应商：星河星图广告有限公司\n中标金额：¥560,000.00\n分项报价：信息流广告投放费用460,000.00元；账号代运营服务费100,000.00元。'),
    check: (e) => expect(scope(e)).toEqual([false, null]),
  },
  {
    name: '(guard) 代运营 priced larger than the 广告投放 beside it stays account_operation',
    text: award('星河县文旅抖音号代运营及广告投放服务项目中标公告', '采购人：星河县文化和旅游局\n中标供应商：星河数字传媒有限公司\n中标金额：¥600,000.00\n其中：抖音号代运营服务费420,000.00元；广告投放费用180,000.00元。'),
    check: (e) => expect(scope(e)).toEqual([true, 'account_operation']),
  },
  {
    name: '(guard) a capped DOU+ budget inside an operation price, with no priced operation part, leaves the operation in scope',
    text: award('星河县文旅局抖音号代运营及DOU+推广服务项目成交公告', '采购人：星河县文化和旅游局\n成交供应商：星河数字传媒有限公司\n成交金额：¥325,000.00\n服务内容：抖音号全年代运营，每月短视频不少于15条；DOU+推广费用不超过5万元，包含在成交金额内'),
    check: (e) => expect(scope(e)).toEqual([true, 'account_operation']),
  },
  {
    name: 'an equipment project with an awarded video lot (包2 短视频制作) is video ops through that lot, typed by it',
    html: '<html><head><meta charset="utf-8"><title>公告</title></head><body><h1>星河县融媒体中心采编设备采购及短视频内容制作服务项目中标公告</h1><p>发布时间：2025-05-27</p><p>采购人：星河县融媒体中心</p>'
      + '<table><tr><th>包号</th><th>包名称</th><th>供应商名称</th><th>中标金额（万元）</th></tr><tr><td>1</td><td>采编设备</td><td>星河视讯设备有限公司</td><td>43.5</td></tr><tr><td>2</td><td>短视频内容制作服务</td><td>星河青城影像文化传媒有限公司</td><td>26.8</td></tr></table>'
      + '<p>包1：货物类，4K摄像机4台、非线性编辑工作站3套；包2：全年策划拍摄制作文旅短视频不少于60条</p></body></html>',
    check: (e) => {
      expect(scope(e)).toEqual([true, 'video_production']);
      expect(e.lots.map((l) => l.amountYuan)).toEqual([435000, 268000]);
    },
  },
  {
    name: 'classifyTitle keeps a goods-and-video title ("采编设备采购及短视频内容制作服务") for its lots to decide, so a lists run fetches it',
    check: () => {
      expect(classifyTitle('星河县融媒体中心采编设备采购及短视频内容制作服务项目中标公告')).toMatchObject({ isVideoOps: true, serviceType: 'video_production', score: 0.5 });
      // (guard) goods on both sides, or video words beside goods in the same part, stay out
      expect(classifyTitle('星河县融媒体中心非线性编辑工作站及单反相机采购').isVideoOps).toBe(false);
      expect(classifyTitle('星河县短视频拍摄用无人机及配件采购').isVideoOps).toBe(false);
      expect(classifyTitle('星河县城市形象宣传片多语种翻译及字幕制作服务项目').isVideoOps).toBe(false);
    },
  },
  {
    name: '(guard) an equipment project whose lots are all goods stays out of scope',
    html: '<html><head><meta charset="utf-8"><title>公告</title></head><body><h1>星河县融媒体中心采编设备及演播室灯光采购项目中标公告</h1><p>发布时间：2025-05-27</p><p>采购人：星河县融媒体中心</p>'
      + '<table><tr><th>包号</th><th>包名称</th><th>供应商名称</th><th>中标金额（万元）</th></tr><tr><td>1</td><td>采编设备</td><td>星河视讯设备有限公司</td><td>43.5</td></tr><tr><td>2</td><td>演播室灯光</td><td>星河灯光音响有限公司</td><td>16.2</td></tr></table>'
      + '<p>包1：4K摄像机4台、非线性编辑工作站3套；包2：演播室LED灯光一套</p></body></html>',
    check: (e) => expect(scope(e)).toEqual([false, null]),
  },
];

runTrapRows('heldout16 traps (edge of the scope)', rows);
