/**
 * Scope decided by money or by lots where the title cannot decide: a placement-heavy bundle
 * ("信息流推广及账号代运营", the advertising priced apart and larger) is advertising, and an
 * equipment project with a video lot ("采编设备采购及短视频内容制作服务", 包2 短视频) is video
 * operations through that lot. Pure: text in, verdict out.
 * @module
 */
import { parseDigits, toYuan } from './numbers.js';
import { keyOf, LOT_SERVICE, serviceFromTitle } from './service-type.js';
import type { ServiceType } from './types.js';
import { STRONG, STRONG_AGAINST } from './video-classifier.js';

// buying reach rather than running or making: ads in feeds, boosts, placement
const PLACEMENT = /投放|信息流|广告费|推广费|DOU\+|流量(?:购买|推广)/i;
const VIDEO_WORK = /代运营|运营|运维|托管|短视频|视频|拍摄|制作|剪辑|直播|宣传片|专题片/;
// a priced part: a fee or amount word, then a figure in 元 or 万元 ("信息流广告投放费用640,000.00元")
const PRICED = /(?:费用?|金额|报价|价格)\s*(?:为|[:：])?\s*(?:人民币)?\s*[¥￥]?\s*(\d[\d,]*(?:\.\d+)?)\s*(万元|元)/;

/** Yuan from a matched figure and its unit (元 when none), 0 when it is no number. */
function figureYuan(digits: string, unit: string | undefined): number {
  const v = parseDigits(digits);
  return v === null ? 0 : toYuan(v, unit === '万元' ? 'wan' : 'yuan');
}

function pricedYuan(clause: string): number {
  const m = PRICED.exec(clause);
  return m ? figureYuan(m[1], m[2]) : 0;
}

const ROW_FIGURE = /\|\s*[¥￥]?\s*(\d[\d,]*(?:\.\d+)?)\s*(万元|元)?\s*\|?\s*$/;

function rowFigure(clause: string): number {
  const m = clause.includes('|') ? ROW_FIGURE.exec(clause) : null;
  return m ? figureYuan(m[1], m[2]) : 0;
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
  // a price table's rows ("2 | 信息流广告投放 | 1项 | 480,000.00") carry their figure in the last
  // cell, the unit in the header: compared only with each other
  let rowPlacement = 0;
  let rowVideo = 0;
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
    const r = y ? 0 : rowFigure(clause);
    if (isPlacement) rowPlacement += r;
    else rowVideo += r;
  }
  if (placement > 0 && video > 0) return placement > video;
  return rowPlacement > 0 && rowVideo > 0 && rowPlacement > rowVideo;
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
  tableLotNames(sample, names);
  let best: { type: ServiceType; y: number } | null = null;
  for (const l of awarded) {
    const name = names.get(keyOf(l.lot!));
    if (!name || !STRONG.test(name) || STRONG_AGAINST.test(name)) continue;
    const y = l.amountYuan ?? 0;
    if (!best || y > best.y) best = { type: serviceFromTitle(name) ?? 'other_video', y };
  }
  return best?.type ?? null;
}

// a result table whose first column is the lot and whose second names its service
// ("包号 | 服务内容 | 中标供应商 | 中标金额" over "1 | 街道形象宣传片拍摄制作 | X公司 | 38万元")
const LOT_TABLE_HEAD = /(?:^|\n)[ \t]*(?:包号|包|标包|分包|标段|标段号|标项|合同包)[ \t]*\|[ \t]*(?:服务内容|服务名称|采购内容|标的名称|包名称|标段名称|项目名称|采购项目|服务项目)[ \t]*\|[^\n]*/g;
const LOT_CELL_ROW = /^[ \t]*([0-9]{1,2}|[一二三四五六七八九十]{1,3})[ \t]*\|[ \t]*([^\n|]{2,60}?)[ \t]*\|/;

/** Add each lot's service cell of a lot-first result table to `names` (lot key → name). */
function tableLotNames(sample: string, names: Map<string, string>): void {
  let tables = 0;
  for (const h of sample.matchAll(LOT_TABLE_HEAD)) {
    if (++tables > 10) break;
    const rows = sample.slice(h.index + h[0].length + 1).split('\n', 50);
    for (const row of rows) {
      const m = LOT_CELL_ROW.exec(row);
      if (!m) break;
      const k = keyOf(m[1]);
      if (!names.has(k)) names.set(k, m[2]);
    }
  }
}
