/**
 * Traps of print and physical publicity material (heldout77): brochures, leaflets, display boards,
 * banners, bags and backdrops bought as goods are no video operations, though the title says 新媒体 or
 * 宣传 and the body mentions a 宣传片 or a 直播 beside them. One named row each, run through the real
 * extractNotice: each row failed before the rule, except those marked (guard), which keep it from
 * overreaching (the real thing, a film, short videos or a live stream, named beside the material).
 * The parties are invented (星河…).
 */
import { expect } from 'vitest';
import { runTrapRows, type TrapRow } from './trap-rows.js';

const rows: TrapRow[] = [
  {
    name: 'printing brochures and leaflets ("宣传册及折页印刷") is goods, though the brochure carries a QR code to a 宣传片 the buyer supplies',
    text: '星河县文化旅游局星河旅游宣传册及折页印刷项目成交公告\n发布时间：2024-05-06\n一、采购人：星河县文化旅游局\n二、采购内容：旅游宣传册10,000册；景点导览折页30,000份。宣传册内附旅游宣传片二维码（宣传片由采购人提供）。\n三、成交供应商：星河彩色印务有限公司\n四、成交金额：人民币136,900.00元\n',
    check: (e) => expect([e.isVideoOps, e.serviceType]).toEqual([false, null]),
  },
  {
    name: '"新媒体宣传物料制作" (bags with the accounts\' QR codes, leaflets, backdrops for live-stream spots the staff run) is goods, not new-media work',
    text: '星河县文化旅游局2024年新媒体宣传物料制作采购询价公告\n发布时间：2024-08-20\n一、采购人：星河县文化旅游局\n二、采购预算：58,000.00元\n三、采购内容：（一）手提袋5,000个（印微信公众号及抖音号二维码）；（二）三折页宣传单30,000份；（三）景区网络直播点背景喷绘布6组（直播活动由我局工作人员自行开展，本项目仅采购背景物料）。\n四、报价截止时间：2024年8月27日12时00分\n',
    check: (e) => expect([e.isVideoOps, e.serviceType]).toEqual([false, null]),
  },
  {
    name: '(guard) a film named beside a brochure in the title ("宣传片及宣传画册制作") keeps its film',
    text: '星河县文化旅游局旅游宣传片及宣传画册制作项目中标公告\n发布时间：2024-05-06\n采购人：星河县文化旅游局\n中标供应商：星河影视文化传播有限公司\n中标金额：415,000.00元\n服务内容：旅游宣传片1部（10分钟、3分钟各一版）的拍摄制作。\n',
    check: (e) => expect([e.isVideoOps, e.serviceType]).toEqual([true, 'promo_film']),
  },
  {
    name: '(guard) short videos and a live stream under a 新媒体 title stay video work though the body buys a backdrop (物料) too',
    text: '星河县文化旅游局新媒体短视频制作及直播服务采购询价公告\n发布时间：2024-08-20\n采购人：星河县文化旅游局\n采购预算：98,000.00元\n服务内容：拍摄制作短视频30条，开展网络直播4场（含直播间背景物料）。\n',
    check: (e) => expect(e.isVideoOps).toBe(true),
  },
];

runTrapRows('print-material traps', rows);
