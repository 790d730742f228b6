/**
 * Scope decided by money or by lots where the title cannot decide: a placement-heavy bundle
 * ("信息流推广及账号代运营", the advertising priced apart and larger) is advertising, and an
 * equipment project with a video lot ("采编设备采购及短视频内容制作服务", 包2 短视频) is video
 * operations through that lot. Pure: text in, verdict out.
 * @module
 */
import { keyOf, LOT_SERVICE, serviceFromTitle } from './service-type.js';
import type { ServiceType } from './types.js';
import { STRONG, STRONG_AGAINST } from './video-classifier.js';

// buying reach rather than running or making: ads in feeds, boosts, placement
const PLACEMENT = /投放|信息流|广告费|推广费|DOU\+|流量(?:购买|推广)/i;
const VIDEO_WORK = /代运营|运营|运维|托管|短视频|视频|拍摄|制作|剪辑|直播|宣传片|专题片/;
// a priced part: a fee or amount word, then a figure in 元 or 万元 ("信息流广告投放费用640,000.00元")
const PRICED = /(?:费用?|金额|报价|价格)\s*(?:为|[:：])?\s*(?:人民币)?\s*[¥￥]?\s*(\d[\d,]*(?:\.\d+)?)\s*(万元|元)/;

function pricedYuan(clause: string): number {
  const m = PRICED.exec(clause);
  if (!m) return 0;
  const v = Number(m[1].replace(/,/g, ''));
  return Number.isFinite(v) ? (m[2] === '万元' ? v * 10_000 : v) : 0;
}

/**
 * Whether the body prices placement and video work apart ("信息流广告投放费用640,000.00元；账号代运营
 * 服务费120,000.00元") and the placement takes more: the money buys advertising, not operation
 * (as 舆情监测 beside videos, heldout8). Null-safe: no priced parts on either side, false.
 */
export function placementOutweighs(body: string): boolean {
  const sample = body.slice(0, 20_000);
  // most notices price nothing apart: one search rules them out
  if (!PLACEMENT.test(sample)) return false;
  let placement = 0;
  let video = 0;
  let n = 0;
  for (const clause of sample.split(/[；;。\n]/)) {
    if (++n > 2000) break;
    if (clause.length > 200) continue;
    const isPlacement = PLACEMENT.test(clause);
    const isVideo = VIDEO_WORK.test(clause.replace(/[\u4e00-\u9fff（）()]{2,30}?(?:有限责任公司|有限公司)/g, ' '));
    if (isPlacement === isVideo) continue;
    const y = pricedYuan(clause);
    if (isPlacement) placement += y;
    else video += y;
  }
  return placement > 0 && video > 0 && placement > video;
}

/**
 * The service of an awarded lot whose own name is a video service with nothing against it
 * ("包2：全年策划拍摄制作文旅短视频不少于60条" beside "包1：货物类，4K摄像机…"), for a notice whose
 * title was judged out of scope; the lot with the most money when several are. Null when no
 * awarded lot is one.
 */
export function videoLotService(body: string, lots: ReadonlyArray<{ lot: string | null; vendor: string | null; amountYuan: number | null }>): ServiceType | null {
  const awarded = lots.filter((l) => l.lot && l.vendor);
  if (awarded.length < 2) return null;
  const sample = body.slice(0, 20_000);
  const names = new Map<string, string>();
  for (const re of LOT_SERVICE) {
    for (const m of sample.matchAll(re)) {
      const k = keyOf(m[1]);
      if (!names.has(k)) names.set(k, m[2]);
      if (names.size > 50) break;
    }
  }
  let best: { type: ServiceType; y: number } | null = null;
  for (const l of awarded) {
    const name = names.get(keyOf(l.lot!));
    if (!name || !STRONG.test(name) || STRONG_AGAINST.test(name)) continue;
    const y = l.amountYuan ?? 0;
    if (!best || y > best.y) best = { type: serviceFromTitle(name) ?? 'other_video', y };
  }
  return best?.type ?? null;
}
