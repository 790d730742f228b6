/**
 * Which video service a notice mostly pays for, when it names several ("账号运营及短视频拍摄、
 * 直播", "宣传片及系列短视频", "短视频及直播"): the dominant paid service decides. In order:
 *  1. money: when the body prices two or more services separately (分项报价, per-item budgets,
 *     lots named by service), the service with the most money wins;
 *  2. a title that runs named accounts ("抖音号、视频号代运营", "短视频制作及账号运营服务") or
 *     runs something and makes nothing ("短视频运营服务") is account operation;
 *  3. otherwise the service the title names first: Chinese puts the main object of a
 *     coordinated phrase ("宣传片及系列短视频", "短视频及直播") first.
 * Returns null when the words give no answer (the caller falls back to its own rule). Pure.
 * @module
 */
import { findNumbers, toYuan } from './numbers.js';
import type { ServiceType } from './types.js';

const LIVE = /直播/g;
// ("安全生产警示教育片": a film made to be shown, like a 宣传片; a 党员"电化教育片" is a series of clips)
const PROMO = /宣传片|专题片|纪录片|微电影|形象片|电视片|宣传短片|警示教育片|警示片/g;
const OPS = /代运营|运营|运维|托管/g;
const ACCOUNT_WORD = /账号|矩阵/g;
// the object of the service: short videos, video content, animation, footage (not 融媒体/新媒体,
// which qualify a service rather than name one)
// ("新媒体内容生产": content made for the accounts, not the accounts run)
// ("达人探店": influencers' visit videos, made for the buyer)
// ("网络达人宣传推广": influencers make and post videos for the buyer on their own accounts: made
// videos, not the buyer's accounts run; "达人直播带货" stays a live stream)
const PRODUCTION = /短视频|微视频|探店|达人(?!直播|带货)|视频(?:拍摄|制作|录制|剪辑|内容)|拍摄|摄制|录制|剪辑|航拍|动画|动漫|短片|播报|节目|栏目|课程|微课|制作|内容生产/g;
const PRODUCTION_ACT = /拍摄|制作|摄制|剪辑|录制|创作/;
const ACCOUNT_OBJECT = /账号|矩阵|抖音号|快手号|视频号|公众号|微信号|服务号|订阅号|微博|头条号|政务号|平台/;
const OPS_ONE = /代运营|运营|运维|托管/;
const SHORT_VIDEO = /短视频|微视频/g;
const VIDEO_CONTEST = /(?:短视频|微视频|视频|视听|微电影|影像)(?:作品)?(?:创作)?(?:征集|大赛|比赛|评选)/;
const VIDEO_CONTESTS = new RegExp(VIDEO_CONTEST.source, 'g');
// "新媒体宣传及短视频拍摄": publicity on the new-media accounts, named first as a service of its own, is
// running them ("新媒体宣传短视频制作" only says what the videos are for)
const NEW_MEDIA_PUBLICITY = /(?:新媒体|融媒体)(?:平台)?宣传(?=及|和|与|、|暨|服务|$)/g;
const ANY_SERVICE = new RegExp([LIVE, PROMO, OPS, ACCOUNT_WORD, PRODUCTION].map((r) => r.source).join('|'));
// a vendor's name may carry a service word ("东山岭直播科技有限公司"): not a service
const COMPANY = /[\u4e00-\u9fff（）()]{2,30}?(?:有限责任公司|股份有限公司|有限公司)/g;

function earliest(re: RegExp, s: string): number {
  re.lastIndex = 0;
  const m = re.exec(s);
  return m ? m.index : Number.POSITIVE_INFINITY;
}

/** The services a clause names, narrowed to one where one contains the other. */
function clauseServices(c: string): Set<ServiceType> {
  const s = new Set<ServiceType>();
  const has = (re: RegExp) => {
    re.lastIndex = 0;
    return re.test(c);
  };
  if (has(LIVE)) s.add('live_streaming');
  if (has(PROMO)) s.add('promo_film');
  if (has(OPS) || has(ACCOUNT_WORD)) s.add('account_operation');
  if (has(PRODUCTION)) s.add('video_production');
  // "宣传片拍摄制作", "直播…多机位拍摄": the making belongs to the film or the stream
  if (s.has('promo_film') || s.has('live_streaming')) s.delete('video_production');
  return s;
}

/** How many services a text names at all (no narrowing). */
function namedServices(c: string): number {
  let n = 0;
  for (const re of [LIVE, PROMO, PRODUCTION]) {
    re.lastIndex = 0;
    if (re.test(c)) n++;
  }
  OPS.lastIndex = 0;
  ACCOUNT_WORD.lastIndex = 0;
  if (OPS.test(c) || ACCOUNT_WORD.test(c)) n++;
  return n;
}

/**
 * The largest amount of money in a clause: units stated, a yuan-like figure with decimals, or in
 * a table row any decimal figure at face value (a column in 万元: the rows of one table compare
 * among themselves).
 */
function clauseMoney(c: string): number {
  let best = 0;
  const row = c.includes('|');
  for (const h of findNumbers(c)) {
    if (h.percent || h.perUnit) continue;
    let y = 0;
    const digits = c.slice(h.start, h.end);
    if (h.unit) y = toYuan(h.value, h.unit);
    else if (/\.\d{2}$/.test(digits) && h.value >= 1000) y = h.value;
    else if (row && /\.\d+$/.test(digits)) y = h.value;
    // "短视频拍摄制作费144000" under a "（单位：元）" label: a fee word names the figure as money
    else if (h.value >= 1000 && /费(?:用)?\s*(?:为|[:：])?\s*$/.test(c.slice(Math.max(0, h.start - 4), h.start))) y = h.value;
    if (y > best && y < 1e10) best = y;
  }
  return best;
}

/** Money per service when the body prices services separately; the winner when there is one. */
export function serviceByMoney(body: string): ServiceType | null {
  let sample = body.slice(0, 20_000);
  // the losing bidders' quotes ("其他供应商报价：X 176,000.00元；Y影视制作中心 169,000.00元") price
  // what the winner does, not one service: they would be added to the service named just before
  if (/其他|未中标|未成交/.test(sample)) sample = sample.replace(OTHER_QUOTES_LINE, '');
  // most notices name one service or none: nothing to weigh
  if (namedServices(sample) < 2) return null;
  const sums = new Map<ServiceType, number>();
  // a lot's heading names its service ("包1：短视频制作") and its amount follows a few lines on
  let pending: ServiceType | null = null;
  let pendingLeft = 0;
  let n = 0;
  for (const raw of sample.split(/[；;。\n]/)) {
    if (++n > 2000) break;
    // a notice title in the text (an aggregator's "相关推荐" list) prices another project
    if (raw.length > 300 || /公告|公示/.test(raw)) {
      pending = null;
      continue;
    }
    // a total row ("合计 | … | 33.6") sums the services above it: it is none of them
    if (/^\s*\|?\s*(?:合计|总计|小计|总价|合计金额)/.test(raw)) {
      pending = null;
      continue;
    }
    if (!pending && !ANY_SERVICE.test(raw)) continue;
    // the agency's fee ("中标服务费3,170.00元", "代理服务费") is paid for the procurement itself
    // a clause saying where money is paid ("保证金…从供应商基本账户转入以下账户：户名…开户行…账号：
    // 0601…") prices no service: its "账号" is a bank account, not a media one
    if (AGENCY_FEE.test(raw) || PAYMENT_CLAUSE.test(raw)) {
      pending = null;
      continue;
    }
    // the project's own name or call ("项目名称：…内容生产服务项目", "…项目的潜在投标人") names no lot:
    // the budget on the next line is the whole project's
    if (PROJECT_LINE.test(raw)) {
      pending = null;
      continue;
    }
    const named = raw.includes('公司') ? raw.replace(COMPANY, '') : raw;
    // "本合同不含账号运营及付费推广": a service the notice excludes is none of its own
    const c = named.includes('不') ? named.replace(EXCLUDED, '') : named;
    const services = clauseServices(c);
    if (services.size > 1) {
      // "其中账号运营服务费96000，短视频拍摄制作费144000": parts priced one by one in one sentence
      const parts = c.split(/[，,、]/).map((p) => ({ s: clauseServices(p), y: clauseMoney(p) })).filter((p) => p.y > 0);
      if (parts.length >= 2 && parts.every((p) => p.s.size === 1)) {
        for (const p of parts) {
          const svc = [...p.s][0];
          sums.set(svc, (sums.get(svc) ?? 0) + p.y);
        }
        pending = null;
        continue;
      }
    }
    if (services.size > 1) pending = null;
    if (services.size > 1 || (services.size === 0 && !pending)) continue;
    const y = clauseMoney(c);
    if (services.size === 0 && !(y && pendingLeft-- > 0)) continue;
    const svc: ServiceType = services.size === 1 ? [...services][0] : pending!;
    if (!y) {
      pending = svc;
      pendingLeft = 3;
      continue;
    }
    pending = null;
    sums.set(svc, (sums.get(svc) ?? 0) + y);
  }
  if (sums.size < 2) return serviceBySideways(sample) ?? serviceByLots(sample);
  const ranked = [...sums].toSorted((a, b) => b[1] - a[1]);
  return ranked[0][1] > ranked[1][1] ? ranked[0][0] : null;
}

const EXCLUDED = /(?:不含|不包含|不包括|不涉及|不负责)[^，,。；;]{0,24}/g;
// ("其他报价情况：X公司报价225,000元": the bidder word may be left out)
const OTHER_QUOTES_LINE = /^[^\n]*(?:其他(?:供应商|投标人|投标单位|响应供应商|参与供应商)?(?:的)?(?:投标|响应)?报价|未(?:中标|成交)(?:供应商|单位|人)(?:及其)?(?:报价)?)[^\n]*$/gm;

const PAYMENT_CLAUSE = /开户(?:银)?行|户名|银行账号|(?:基本|银行)账户/;
const AGENCY_FEE = /代理服务费|代理费|代理服务收费|(?:中标|成交|招标)服务费/;

// (and the whole project's budget, "本项目预算金额：160,000.00元", "项目总预算": it prices every
// service the scope line above it lists, not the last one named there)
const PROJECT_LINE = /项目名称|采购项目名称|潜在(?:投标人|供应商)|项目概况|(?:本项目|项目总|本次采购)(?:的)?(?:采购)?预算/;

const LOT_KEY = '([0-9一二三四五六七八九十A-Za-z]{1,3})';
// "1包 汝瓷文化短视频30条", "A包（短视频制作）", "合同包2 重大活动直播20场", "第二标段：…"
export const LOT_SERVICE = [
  new RegExp(`(?:^|[\\n；;。，,：:])\\s*(?:第)?${LOT_KEY}\\s*号?(?:包|标段|标项|分标)\\s*[:：（(]?\\s*([^\\n；;。|]{2,60})`, 'g'),
  // (or the next cell of its row: "包1 | 短视频制作 | X公司 | 265,000.00")
  new RegExp(`(?:合同包|采购包|标项|包|标段)\\s*${LOT_KEY}\\s*(?:\\|\\s*)?[:：（(]?\\s*([^\\n；;。|]{2,60})`, 'g'),
];
// a result row whose first cell is the lot: "1 | X公司 | 18.6", "合同包1 | X公司 | 312000.00"
const LOT_ROW = new RegExp(`(?:^|\\n)\\s*(?:第)?(?:合同包|采购包|标项|包|标段)?\\s*${LOT_KEY}\\s*号?(?:包|标段)?\\s*\\|([^\\n]*)`, 'g');

/**
 * Lots priced in a result table and named by service elsewhere ("1 | X公司 | 18.6" … "1包
 * 短视频30条；2包 纪录片"): the service of the lot with the most money wins.
 */
function serviceByLots(sample: string): ServiceType | null {
  // most notices have no lots at all: one search rules them out
  if (!/包|标段|标项/.test(sample)) return null;
  const service = new Map<string, ServiceType>();
  for (const re of LOT_SERVICE) {
    for (const m of sample.matchAll(re)) {
      const s = clauseServices(m[2].replace(COMPANY, ''));
      if (s.size === 1 && !service.has(m[1])) service.set(m[1], [...s][0]);
      if (service.size > 50) break;
    }
  }
  if (service.size < 2) return null;
  const sums = new Map<ServiceType, number>();
  const seen = new Set<string>();
  for (const m of sample.matchAll(LOT_ROW)) {
    const svc = service.get(m[1]);
    if (!svc || seen.has(m[1])) continue;
    const y = clauseMoney(`|${m[2].replace(COMPANY, '')}`);
    if (!y) continue;
    seen.add(m[1]);
    sums.set(svc, (sums.get(svc) ?? 0) + y);
    if (seen.size > 50) break;
  }
  if (sums.size < 2) return null;
  const ranked = [...sums].toSorted((a, b) => b[1] - a[1]);
  return ranked[0][1] > ranked[1][1] ? ranked[0][0] : null;
}

const CN_DIGIT: Record<string, string> = { 一: '1', 二: '2', 三: '3', 四: '4', 五: '5', 六: '6', 七: '7', 八: '8', 九: '9', 十: '10' };
export const keyOf = (label: string) => label.replace(/^第|包|标段|标项|分标|合同包|采购包|号/g, '').replace(/[一二三四五六七八九十]/g, (c) => CN_DIGIT[c] ?? c);

/**
 * The service the awarded lots put the most money on, when the body names each lot's service
 * ("四、主要标的信息：包1 新媒体账号运营；包2 短视频制作") and the lots were priced in fields or prose
 * rather than a result table; when only lots of one service were awarded, that service. Null
 * when the lots name fewer than two services or the money does not say.
 */
export function serviceOfAwardedLots(body: string, lots: ReadonlyArray<{ lot: string | null; vendor?: string | null; amountYuan: number | null; amountForm?: string }>): ServiceType | null {
  const priced = lots.filter((l) => l.lot && l.amountYuan);
  if (!priced.length) return null;
  // a lot won with no amount to be read (masked "**万元", cut by a login wall): the money is not
  // all known, so it cannot weigh the services; the title decides
  if (lots.some((l) => l.lot && l.vendor && l.amountYuan == null && l.amountForm === 'none')) return null;
  const sample = body.slice(0, 20_000);
  const service = new Map<string, ServiceType>();
  for (const re of LOT_SERVICE) {
    for (const m of sample.matchAll(re)) {
      const s = clauseServices(m[2].replace(COMPANY, ''));
      const k = keyOf(m[1]);
      if (s.size === 1 && !service.has(k)) service.set(k, [...s][0]);
      if (service.size > 50) break;
    }
  }
  // a notice whose lots all do one service has nothing to weigh
  if (new Set(service.values()).size < 2) return null;
  const sums = new Map<ServiceType, number>();
  for (const l of priced) {
    const svc = service.get(keyOf(l.lot!));
    if (svc) sums.set(svc, (sums.get(svc) ?? 0) + l.amountYuan!);
  }
  // one lot awarded of several services ("第一包：宣传片" won, "第二包：账号运营" 废标): the awarded one's
  if (sums.size === 1 && priced.every((l) => service.has(keyOf(l.lot!)))) return [...sums.keys()][0];
  if (sums.size < 2) return null;
  const ranked = [...sums].toSorted((a, b) => b[1] - a[1]);
  return ranked[0][1] > ranked[1][1] ? ranked[0][0] : null;
}

/** The service a title (with its project name) names as its main one, or null. */
export function serviceFromTitle(head: string): ServiceType | null {
  // an account name in quotes ("“卡若发布”") says nothing about the service, nor does the buying
  // company's name opening the title ("X国有资本投资运营有限公司…助农直播服务": its 运营 is its trade)
  const h = head.replace(/[“"《][^”"》]{1,20}[”"》]/g, ' ').replace(LEADING_COMPANY, '$1 ');
  // a contest for videos ("城市形象短视频征集活动承办服务"): the entrants make them, the vendor runs
  // the contest; video work, but none of the named services
  // (the contest's own name may say 创作: "短视频创作大赛承办服务" names the entrants' work, not the
  // vendor's: only words outside the contest's own name count as making)
  if (VIDEO_CONTEST.test(h) && !PRODUCTION_ACT.test(h.replace(VIDEO_CONTESTS, '')) && !OPS_ONE.test(h)) return 'other_video';
  // running named accounts ("短视频制作及账号运营", "抖音号代运营"), or running with no making named
  // ("短视频运营服务"): the accounts are what is bought, the videos their content
  // ("直播电商运营", "直播间运营": what is run is the live stream)
  // ("短视频直播运营": short videos and live streams both run, an operation of the channels)
  const runsLive = earliest(LIVE, h) < earliest(OPS, h) && !(earliest(SHORT_VIDEO, h) < earliest(LIVE, h));
  if (OPS_ONE.test(h) && (ACCOUNT_OBJECT.test(h) || !PRODUCTION_ACT.test(h)) && !runsLive) return 'account_operation';
  const at: Array<[ServiceType, number]> = [
    ['live_streaming', earliest(LIVE, h)],
    ['promo_film', earliest(PROMO, h)],
    ['account_operation', Math.min(earliest(OPS, h), earliest(ACCOUNT_WORD, h), earliest(NEW_MEDIA_PUBLICITY, h))],
    ['video_production', earliest(PRODUCTION, h)],
  ];
  const first = at.filter(([, p]) => Number.isFinite(p)).toSorted((a, b) => a[1] - b[1])[0];
  return first ? first[0] : null;
}

// a company's name opening a title or a project name (no brackets or quotes inside)
const LEADING_COMPANY = /(^|\n|\s)[\u4e00-\u9fff]{2,24}?(?:有限责任公司|股份有限公司|有限公司)/g;

/** The dominant service of a video-operation notice, or null when the words do not say. */
export function dominantService(rawHead: string, body: string): ServiceType | null {
  const head = rawHead.replace(LEADING_COMPANY, '$1 ');
  // a title that names the running of accounts and no other service ("政务新媒体账号运营服务合同"),
  // bought whole (no lots): the videos and live streams its body prices as parts of the running
  // ("账号日常运营（分项价格12万元）… 短视频策划拍摄剪辑（分项价格13.6万元）") are the accounts'
  // content, not services bought beside it, whatever each part costs (a title naming two services,
  // "新媒体运营及短视频制作", or lots split by service, are still weighed by money)
  if (namedServices(head) === 1 && ACCOUNT_OBJECT.test(head) && !ONE_LOT_OF_SEVERAL.test(body.slice(0, 20_000)) && serviceFromTitle(head) === 'account_operation') return 'account_operation';
  // a title that names a film and nothing else ("城市形象宣传片拍摄制作项目"), bought whole: the
  // shooting, aerial shots and short cuts its body mentions ("完成四季拍摄", "另剪辑30秒版本") are
  // the film's making, not a second service whose money could outweigh it
  if (filmOnly(head) && !ONE_LOT_OF_SEVERAL.test(body.slice(0, 20_000))) return 'promo_film';
  const byMoney = serviceByMoney(body);
  if (byMoney) return byMoney;
  const first = serviceFromTitle(head);
  // "直播12场，配套短视频剪辑": what comes 配套 (as an accessory) is not the main service, even
  // when the title names it first ("短视频直播服务")
  if (first === 'video_production' && SECONDARY_PRODUCTION.test(body.slice(0, 20_000))) {
    PRODUCTION.lastIndex = 0;
    const rest = serviceFromTitle(head.replace(PRODUCTION, ' '));
    if (rest && rest !== 'account_operation') return rest;
  }
  return first;
}

// a film with the acts of its own making beside it ("宣传片拍摄制作", "拍摄城市形象片", "宣传片策划、拍摄及
// 制作"): acts written apart from the film ("党课录制及…电视片制作") make something else
const FILM_ACT = '(?:拍摄|摄制|录制|剪辑|制作|创作|航拍|策划|后期)';
const FILM_MAKING = new RegExp(`(?:${FILM_ACT}(?:及|和|与|、)?)*(?:${PROMO.source})(?:(?:及|和|与|、)?${FILM_ACT})*`, 'g');

/** True when a title names a film (宣传片, 形象片, 纪录片…) as its only service; its own making may be named. */
function filmOnly(head: string): boolean {
  if (!matches(PROMO, head) || matches(LIVE, head) || matches(OPS, head) || matches(ACCOUNT_WORD, head)) return false;
  return !matches(PRODUCTION, head.replace(FILM_MAKING, ' '));
}

function matches(re: RegExp, s: string): boolean {
  re.lastIndex = 0;
  return re.test(s);
}

// a lot of several ("第2包", "包1", "标段二", "合同包1")
const ONE_LOT_OF_SEVERAL = /第?[一二三四五六七八九十\d]{1,2}\s*(?:包|标段|分标|标项)|(?:合同包|采购包|包|标段|标项)\s*[\dA-Z一二三四五六七八九十]/;

const SECONDARY_PRODUCTION = /(?:配套|附带|辅以|并配合)(?:的|提供)?\s*(?:短视频|微视频|视频)?(?:拍摄|制作|剪辑|切条|切片)/;

const NAME_ROW = /^\s*(?:包名称|标项名称|标段名称|分包名称|服务名称|采购内容|项目名称)\s*\|/;
const AMOUNT_ROW = /^\s*(?:中标|成交|中选)?(?:\(成交\)|（成交）)?(?:金额|价格|价|总价|报价)(?:[(（][^()（）|]{1,8}[)）])?\s*\|/;

/**
 * A result table on its side ("包名称 | 短视频制作 | 宣传片拍摄 | LED显示屏" over "中标金额（元） |
 * 236,000.00 | 158,000.00 | 412,600.00"): the video service of the column with the most money.
 */
function serviceBySideways(sample: string): ServiceType | null {
  const lines = sample.split('\n');
  const n = lines.findIndex((l) => NAME_ROW.test(l));
  if (n < 0) return null;
  const a = lines.slice(n + 1, n + 6).find((l) => AMOUNT_ROW.test(l));
  if (!a) return null;
  const names = lines[n].split('|').slice(1);
  const amounts = a.split('|').slice(1);
  if (names.length < 2 || names.length !== amounts.length) return null;
  let best: { svc: ServiceType; y: number } | null = null;
  for (let i = 0; i < names.length; i++) {
    const s = clauseServices(names[i]);
    const y = Number(amounts[i].replace(/[,，\s]/g, ''));
    if (s.size !== 1 || !Number.isFinite(y)) continue;
    if (!best || y > best.y) best = { svc: [...s][0], y };
  }
  return best?.svc ?? null;
}
