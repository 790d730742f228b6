/**
 * Traps found by the twenty-second unseen batch (tests/fixtures/extract/heldout22): the EDGE of
 * the scope, second pass. One named row each, run through the real extractNotice: each row failed
 * before parser 1.24.0, except those marked (guard), which keep a new rule from overreaching. The
 * names say the general rule, not the fixture; the parties are invented (星河…).
 */
import { expect } from 'vitest';
import { award, runTrapRows, type TrapRow } from './trap-rows.js';

const scope = (e: { isVideoOps: boolean; serviceType: string | null }) => [e.isVideoOps, e.serviceType];
const vendors = (e: { lots: { vendor: string | null }[] }) => e.lots.map((l) => l.vendor);

const rows: TrapRow[] = [
  {
    name: 'a TV 栏目 made jointly (栏目联合制作) by the station that shoots and airs it is video_production',
    text: award('星河县委宣传部《星河视界》电视栏目联合制作项目成交公告', '采购人：中共星河县委宣传部\n成交供应商：星河广播电视台\n成交金额：¥280,000.00\n服务内容：全年48期、每期15分钟，由成交供应商在综合频道首播和重播'),
    check: (e) => expect(scope(e)).toEqual([true, 'video_production']),
  },
  {
    name: 'airtime bought for a film the buyer supplies (播出时段购买) is placement, not video ops, though the title says 形象片',
    text: award('星河县文化和旅游局城市形象片电视播出时段购买项目中标公告', '采购人：星河县文化和旅游局\n中标供应商：星河广播电视传媒有限公司\n中标金额：¥300,000.00\n服务内容：黄金时段播出城市形象片，播出素材由采购人提供'),
    check: (e) => expect(scope(e)).toEqual([false, null]),
  },
  {
    name: '(guard) a 宣传片 made AND aired (拍摄制作及播出时段) stays promo_film',
    text: award('星河县文化和旅游局城市形象宣传片拍摄制作及播出时段购买项目中标公告', '采购人：星河县文化和旅游局\n中标供应商：星河影视文化有限公司\n中标金额：¥420,000.00\n服务内容：拍摄制作城市形象宣传片1部并在电视台播出'),
    check: (e) => expect(scope(e)).toEqual([true, 'promo_film']),
  },
  {
    name: 'a finished 宣传片 aired on a channel (播出服务, no making named) is airtime, not video ops',
    text: award('星河县文化和旅游局城市宣传片央视播出服务采购项目中标公告', '采购人：星河县文化和旅游局\n中标供应商：星河广告传媒有限公司\n中标金额：¥500,000.00\n服务内容：在央视频道播出城市宣传片（30秒）共200次'),
    check: (e) => expect(scope(e)).toEqual([false, null]),
  },
  {
    name: 'a 电视专栏 made and aired (专栏制作播出服务) is video_production, as 栏目制作 is',
    text: award('星河县农业农村局《乡村星河》电视专栏制作播出服务项目成交公告', '采购人：星河县农业农村局\n成交供应商：星河广播电视台\n成交金额：¥260,000.00\n服务内容：全年24期，每期10分钟，在综合频道播出'),
    check: (e) => expect(scope(e)).toEqual([true, 'video_production']),
  },
  {
    name: 'the upkeep (运维) of a government website beside its new-media platform is IT, not video ops',
    text: award('星河县人民政府办公室政府门户网站及政务新媒体平台运维服务项目成交公告', '采购人：星河县人民政府办公室\n成交供应商：星河信息技术有限公司\n成交金额：¥168,000.00\n服务内容：服务器、数据库运维，网站安全防护及故障处理，不含内容采编'),
    check: (e) => expect(scope(e)).toEqual([false, null]),
  },
  {
    name: '(guard) a named account\'s “X发布”新媒体平台运维 with no website stays account_operation',
    text: award('星河县委宣传部“星河发布”新媒体平台运维服务成交公告', '采购人：中共星河县委宣传部\n成交供应商：星河文化传播有限公司\n成交金额：¥318,000.00\n服务内容：“星河发布”抖音号、视频号日常运营，每月短视频不少于20条'),
    check: (e) => expect(scope(e)).toEqual([true, 'account_operation']),
  },
  {
    name: 'a winner label glued to a verb of duty (成交供应商提供…团队) is the scope\'s prose, no second vendor',
    text: award('星河县农业农村局农特产品助农直播销售服务项目成交公告', '采购人：星河县农业农村局\n成交供应商：星河数字传媒有限公司\n成交金额：260,000.00元\n服务范围：成交供应商提供主播及直播运营团队，开展农特产品专场直播不少于30场；成交供应商负责直播间搭建'),
    check: (e) => {
      expect(vendors(e)).toEqual(['星河数字传媒有限公司']);
      expect(scope(e)).toEqual([true, 'live_streaming']);
    },
  },
];

runTrapRows('heldout22 traps (edge of the scope, second pass)', rows);
