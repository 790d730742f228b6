/**
 * Is a procurement about video operations (running a government's new-media accounts,
 * producing its videos, live streams, promotional films) or not? Most "视频" procurements are
 * surveillance, conferencing and equipment: those words count against. The title decides
 * first; the body only when the title says nothing either way. Every verdict names the
 * words that decided it.
 * @module
 */
import { mainRequirementItem } from './main-item.js';
import { dominantService, serviceByMoney, serviceFromTitle } from './service-type.js';
import type { ServiceType, TitleClassification } from './types.js';

interface Term {
  re: RegExp;
  w: number;
  type?: ServiceType;
}

const FOR: Term[] = [
  { re: /短视频|抖音|快手|视频号|哔哩哔哩|B站|小红书|今日头条|头条号/g, w: 3, type: 'account_operation' },
  { re: /新媒体|融媒体|全媒体|自媒体|政务号|官方账号|官微|账号|矩阵号/g, w: 2, type: 'account_operation' },
  { re: /微信公众号|公众号|微信号|微博|服务号|订阅号|官方微信/g, w: 2, type: 'account_operation' },
  { re: /代运营|运营服务|运维服务|运营|运维|推文|内容生产|内容制作/g, w: 1, type: 'account_operation' },
  { re: /宣传片|专题片|纪录片|微电影|形象片|电视片|宣传短片|警示教育片|警示片|MV|动画片/g, w: 3, type: 'promo_film' },
  { re: /直播/g, w: 3, type: 'live_streaming' },
  { re: /视频(?:拍摄|制作|录制|剪辑|策划|采编|内容|服务|宣传)|拍摄(?:制作|录制|服务)?|摄制|录制|剪辑|节目(?:联合|合作|共同)?(?:制作|录制|摄制)|(?:栏目|专栏)(?:联合|合作|共同|外包|委托)?(?:制作|包装|摄制)|影视制作|课程(?:拍摄|录制|制作)|微课|慕课|拍摄与制作|探店|网络视听|视听(?:内容|节目|作品)|微动画|MG动画|科普动画|动画(?:制作|短片|视频)|动漫(?:短片|制作|作品|视频)|短片(?:制作|拍摄)|数字人(?:播报|主播|视频)/g, w: 3, type: 'video_production' },
  { re: /宣传(?:服务|推广|策划)|新闻(?:宣传|信息中心|中心)|视频/g, w: 1 },
];

const AGAINST: RegExp =
  /视频监控|监控|安防|雪亮|天网|视频会议|会议系统|会商|视频终端|视频存储|存储|摄像机|摄像头|录像机|显示屏|LED|大屏|拼接屏|门禁|视频分析|视频数据|数据共享|感知|设备|硬件|软件|系统建设|平台建设|服务器|机房|播出系统|播控|高清播出|改造|安装|布展|施工|工程|采购及安装|灯光|音响|空调|网络线路|线路租用|广告投放|广告位|户外广告|投放|物业|保洁|食堂|印刷|导播台|导播系统|切换台|推流器|编码器|购置/g;

/** A verdict with its evidence. */
export interface VideoVerdict {
  isVideoOps: boolean;
  serviceType: ServiceType | null;
  score: number;
  matchedFor: string[];
  matchedAgainst: string[];
}

function collect(s: string, cap: number) {
  const forHits: string[] = [];
  const types = new Map<ServiceType, number>();
  let pos = 0;
  for (const t of FOR) {
    t.re.lastIndex = 0;
    let n = 0;
    for (const m of s.matchAll(t.re)) {
      if (n++ >= cap) break;
      pos += t.w;
      forHits.push(m[0]);
      if (t.type) types.set(t.type, (types.get(t.type) ?? 0) + t.w);
    }
  }
  AGAINST.lastIndex = 0;
  const against: string[] = [];
  let n = 0;
  for (const m of s.matchAll(AGAINST)) {
    if (n++ >= cap) break;
    against.push(m[0]);
  }
  return { pos, forHits, against, types };
}

function typeOf(types: Map<ServiceType, number>, s: string): ServiceType | null {
  if (/直播/.test(s)) return 'live_streaming';
  if (/宣传片|专题片|纪录片|微电影|形象片|电视片|警示教育片|警示片/.test(s)) return 'promo_film';
  if (/运营|运维|代运营|托管|账号|矩阵/.test(s)) return 'account_operation';
  if (/制作|拍摄|摄制|录制|剪辑|节目|课程|创作|摄影|摄像|航拍|播报|动漫|短片/.test(s)) return 'video_production';
  // "文旅短视频宣传服务", "短视频内容生产": short videos with no word of running an account are made, not run
  if (/短视频|微视频/.test(s) && !/抖音号|快手号|视频号|公众号|微信号|微博|新媒体|融媒体|政务号|平台/.test(s)) return 'video_production';
  if (/短视频|抖音|快手|视频号|新媒体|融媒体|公众号|微信号|微博|政务号/.test(s)) return 'account_operation';
  if (types.get('video_production')) return 'video_production';
  if (types.get('account_operation')) return 'account_operation';
  return types.size ? 'other_video' : null;
}

// words that make a title in scope by themselves (the strong signals) (a 网络达人 campaign: the
// influencers' own short videos, made for the buyer); “X发布” is how government
// new-media accounts are named (“赫山发布”, “成都发布”); animated clips (微动画, MG动画, 科普动画,
// 动漫短片) and a 数字人's 播报 are videos made for the buyer though their titles never say 视频,
// and so are a 网信办's 网络文化作品 (short videos, animations, H5 pages made for its publicity)
export const STRONG =
  /[“"][\u4e00-\u9fff]{2,10}发布[”"]|短视频|微视频|抖音|快手|视频号|哔哩哔哩|B站|小红书|头条号|今日头条|新媒体|融媒体|公众号|服务号|订阅号|微信号|微博|政务号|官方账号|官微|账号运营|代运营|宣传片|专题片|纪录片|微电影|形象片|宣传视频|视频宣传|直播|视频(?:拍摄|制作|录制|剪辑|策划|采编|内容)|拍摄|摄制|录制|摄录|摄影摄像|摄像服务|达人探店|探店(?:视频|短视频|直播|推广)|网络达人(?!直播|带货)|达人(?:宣传)?推广|航拍(?!测)|节目(?:联合|合作|共同)?(?:制作|录制)|(?:栏目|专栏)(?:联合|合作|共同|外包|委托)?(?:制作|包装|摄制)|课程(?:拍摄|录制|制作)|微课|宣传动画|动画片|微动画|MG动画|科普动画|动画(?:制作|短片|视频)|动漫(?:短片|制作|作品|视频)|短片(?:制作|拍摄)|数字人(?:播报|主播|视频)|网络视听|视听(?:内容|节目|作品)|网络文化作品(?:制作|创作)/;
// equipment and systems that take a title out of scope even when it says 视频/融媒体
// (also streaming systems (庭审直播系统, 课堂直播系统), cameras, drones, edit workstations, studio builds and refits, vehicles, software platforms and media
// placement: goods and works, not the service)
// (printing publicity material that carries account QR codes, and training people to make videos: not the service either)
// (nor are: staff hired through a 劳务派遣 firm for the buyer to direct, a 实训 course, a platform's
// IT upkeep, survey flights (巡查, 测绘, 正射影像, 实景三维), a 720° still-panorama tour, and translating or
// subtitling a film the buyer already has)
// (nor a licence to footage or courses that exist already: "正版视频及图片素材库授权使用")
// (nor airtime bought for a film the buyer supplies (播出时段, 播出服务, 刊播), nor the upkeep (运维, not 运营) of
// a website and whatever the same words name beside it ("门户网站及政务新媒体平台运维"): placement
// and IT; a named account's "“X发布”新媒体平台运维" with no website stays the account's running, and so
// does an account named as such beside the website, not its platform: "门户网站及政务微博日常维护" posts
// on the 微博 as the corpus's "微信公众号、局机关门户网站委托" runs its account)
// (nor a studio's kit bought for its own streams: "演播室直播导播系统购置", a 切换台, a 推流器: goods)
export const STRONG_AGAINST = /播出时段|(?<!制作|摄制|拍摄)(?:播出|播放)(?:服务|费)|时段(?:购买|采购)|广告时段|刊播|(?:网站|门户)(?![^，,。；;\s]{0,10}?(?:微博|公众号|微信号|抖音号?|快手号?|视频号|头条号|账号)(?!平台|系统|后台|网站)[^，,。；;\s]{0,6}?(?:运维|维护))[^，,。；;\s]{0,12}?(?:运维|维护)|(?:系统|客户端|APP)(?:运维|维护)|素材库|授权使用|使用授权|印刷|印制|培训|实训|劳务派遣|人员派遣|劳务外包|平台技术服务|巡查|测绘|正射影像|实景三维|三维建模|倾斜摄影|全景漫游|VR漫游|全景(?:图片|照片|导览)|翻译|译制|字幕|直播系统|录播|投放|无人机|单反|相机|工作站|采编播|非线性编辑|执法记录仪|建设|广告投放|投放广告|广告位|视频监控|监控|视频会议|会议系统|会商|视频终端|视频存储|摄像机|摄像头|摄像设备|显示屏|LED|大屏|门禁|视频分析|视频数据|设备|硬件|软件|系统建设|平台建设|播出系统|播控|高清播出|安装|布展|灯光|工程|服务器|机房|改造|装修|采访车|车辆|云平台|平台(?:采购|租赁|开发)|生成平台|终端|智慧屏|触摸屏|一体机|导播台|导播系统|切换台|推流器|编码器|购置/;

// in a title only (a body may list a 舆情监测 project beside the video one): monitoring accounts or
// public opinion ("政务新媒体内容安全监测服务"), or reviewing what others publish ("视听节目内容审核"),
// is not running them
// (nor print and physical publicity material, though 新媒体/宣传 words stand beside it: "新媒体宣传物料制作",
// "旅游宣传册及折页印刷", banners, standees, leaflets and bags carrying the accounts' QR codes: goods; only
// where a title or a lot's item names it: a body's one 横幅 row or failed 画册 lot does not outweigh its films)
// (the real thing named beside it keeps its own verdict: "旅游宣传片及宣传画册制作" makes a film)
const PRINT_MATERIAL = '^(?![\\s\\S]*?(?:宣传片|专题片|纪录片|微电影|短视频|微视频|视频(?:拍摄|制作)|直播))[\\s\\S]*?(?:宣传册|折页|展板|物料|宣传单|手提袋|帆布包|喷绘|横幅|易拉宝|画册|道旗|引导旗)';
const PRINT_MATERIAL_RE = new RegExp(PRINT_MATERIAL);
const TITLE_AGAINST = new RegExp(`监测|审核|${PRINT_MATERIAL}`);

// "星河县融媒体中心办公电脑采购": a media centre buys computers, audits and cleaning too; the
// word in its name says who buys, not what (the service words after it decide)
const MEDIA_CENTRE_NAME = /(?:融媒体|新媒体|全媒体)(?=(?:发展|传播|服务|运营|指挥)?中心)/g;

// "中共延安市委党校（延安干部培训学院）…短视频课程拍摄制作": a training school's name says who
// buys, not that training is bought
const TRAINING_SCHOOL_NAME = /培训(?=学院|学校|基地|中心[)）])/g;

function withoutMediaCentreNames(t: string): string {
  return t.replace(MEDIA_CENTRE_NAME, '').replace(TRAINING_SCHOOL_NAME, '');
}

// generic service words: a media centre's "2025年宣传服务项目" or "“X发布”运营服务" may well be
// its video operations; the title cannot say, the body can
const GENERIC_SERVICE = /服务|运营|运维|宣传|内容|推广|发布|采编/;
const ANY_AGAINST = new RegExp(AGAINST.source);

// a title with words against it is still in scope when it names the work done (运营, 制作, 拍摄)
// and no goods, no other trade (training, staffing, surveying, a panorama tour) beside it
const KEPT_WORK = /运营|运维|代运营|制作|拍摄/;
const NOT_KEPT = new RegExp(`${PRINT_MATERIAL}|` + /(?:网站|门户)(?![^，,。；;\s]{0,10}?(?:微博|公众号|微信号|抖音号?|快手号?|视频号|头条号|账号)(?!平台|系统|后台|网站)[^，,。；;\s]{0,6}?(?:运维|维护))[^，,。；;\s]{0,12}?(?:运维|维护)|(?:系统|客户端|APP)(?:运维|维护)|播出时段|设备|监控|软件|硬件|系统|无人机|相机|单反|工作站|执法记录仪|培训|实训|派遣|劳务|漫游|测绘|实景三维|三维建模|印刷|印制/.source);

/** "宣传片多语种翻译及字幕制作": translation and subtitles with nothing shot or edited, a language service. */
function languageOnly(t: string): boolean {
  // ("短视频制作及翻译" makes videos: only the subtitles' own 制作 is no making)
  return /翻译|译制|字幕/.test(t) && !/拍摄|摄制|剪辑|运营|直播|制作/.test(t.replace(/字幕(?:制作|翻译)?/g, ''));
}

// a programme for the radio only ("《建湖交通之声》广播节目制作播出") is sound, and a 图片直播 (a live
// photo gallery) is stills: neither makes video unless the title names video work besides
const OTHER_MEDIUM = /(?<!电视|视频)广播(?:节目|栏目|专题|剧)|(?:图片|照片)直播/g;
const VIDEO_WORD = /视频|电视|影视|影像|摄像|宣传片|专题片|纪录片|微电影|动画|直播|录像|微课|慕课/;

/** Whether a title names only a medium that is not video (radio, live photos). */
function otherMediumOnly(t: string): boolean {
  OTHER_MEDIUM.lastIndex = 0;
  return OTHER_MEDIUM.test(t) && !VIDEO_WORD.test(t.replace(OTHER_MEDIUM, ''));
}

/** A title's verdict, and whether only a media centre's name spoke for it. */
function judgeTitle(title: string): { c: TitleClassification; nameOnly: boolean } {
  const raw = (title ?? '').slice(0, 500);
  const t = withoutMediaCentreNames(raw);
  const { pos, forHits, against, types } = collect(t, 20);
  const strong = STRONG.test(t);
  const strongAgainst = STRONG_AGAINST.test(t) || TITLE_AGAINST.test(t) || otherMediumOnly(t);
  let score = Math.min(1, pos / 6);
  if (strongAgainst) score = Math.max(0, score - 0.5);
  let isVideoOps = strong && !strongAgainst ? true : strong && strongAgainst ? KEPT_WORK.test(t) && !NOT_KEPT.test(t) && !languageOnly(t) && !otherMediumOnly(t) : false;
  // recall first: a media centre buying an unnamed service is kept for the body to decide
  const nameOnly = !isVideoOps && !strong && !strongAgainst && t !== raw && GENERIC_SERVICE.test(t) && !ANY_AGAINST.test(t);
  if (nameOnly) isVideoOps = true;
  if (isVideoOps) score = nameOnly ? 0.5 : Math.max(score, 0.6);
  else score = Math.min(score, 0.4);
  return {
    c: {
      title,
      isVideoOps,
      serviceType: isVideoOps ? serviceFromTitle(t) ?? typeOf(types, t) ?? (nameOnly ? 'account_operation' : 'other_video') : null,
      score: Math.round(score * 100) / 100,
      matched: [...new Set([...forHits, ...against.map((a) => `-${a}`)])],
    },
    nameOnly,
  };
}

// "融媒体服务项目": a media centre's services in general, no service named (新媒体 or an
// account's name would say the accounts are run)
const GENERIC_MEDIA = /融媒体|全媒体/;
const NAMES_ACCOUNTS = /新媒体|账号|矩阵|抖音|快手|视频号|公众号|微信|微博|政务号|头条|短视频|微视频/;

/**
 * The service of a notice whose title names only 融媒体 services: the first one its body names
 * ("第一标段（短视频策划拍摄制作服务）"), read like a title; null when the title names one.
 */
function genericTitleService(head: string, body: string): ServiceType | null {
  const t = withoutMediaCentreNames(head);
  if (!GENERIC_MEDIA.test(t) || NAMES_ACCOUNTS.test(t) || serviceFromTitle(t)) return null;
  return serviceFromTitle(withoutMediaCentreNames(body.slice(0, 3000)).replace(/[\u4e00-\u9fff（）()]{2,30}?(?:有限责任公司|有限公司)/g, ' '));
}

/** Classify a title alone (recall first: a wrong rejection is a contract never fetched). */
export function classifyTitle(title: string): TitleClassification {
  const { c } = judgeTitle(title);
  if (c.isVideoOps) return c;
  // "采编设备采购及短视频内容制作服务": goods and, coordinated with them, a video service of its
  // own: kept (at half certainty) for the notice's lots to decide, as extract does
  const part = videoPartOfMixed(title ?? '');
  return part ? { ...c, isVideoOps: true, serviceType: serviceFromTitle(part) ?? 'other_video', score: 0.5 } : c;
}

/** The coordinated part of a title that names a video service and nothing against it, beside a part that names goods or works. */
function videoPartOfMixed(title: string): string | null {
  const parts = withoutMediaCentreNames(title.slice(0, 500)).split(/及|和|与|暨|、|以及/);
  if (parts.length < 2 || !parts.some((p) => STRONG_AGAINST.test(p))) return null;
  return parts.find((p) => STRONG.test(p) && !STRONG_AGAINST.test(p) && !ANY_AGAINST.test(p) && !TITLE_AGAINST.test(p)) ?? null;
}

/**
 * Classify a whole notice: the title (and project name) first; when they carry no signal
 * either way, the body decides with a stricter bar.
 */
export function classifyNotice(title: string | null, projectName: string | null, body: string): VideoVerdict {
  const head = [title, projectName].filter(Boolean).join(' ');
  const { c: t, nameOnly } = judgeTitle(head);
  const headAgainst = STRONG_AGAINST.test(withoutMediaCentreNames(head)) || TITLE_AGAINST.test(head) || otherMediumOnly(withoutMediaCentreNames(head));
  // "文旅宣传服务及设备采购": a service bought beside equipment; the body's lots decide
  const mixed = !t.isVideoOps && headAgainst && mixedTitle(head) ? mixedVerdict(head, body) : null;
  if (mixed) return mixed;
  // a title kept only for its buyer's name (a 融媒体中心's "宣传服务") leaves the verdict to the body
  if (head && ((t.isVideoOps && !nameOnly) || headAgainst)) {
    // a title whose only video word is 融媒体/全媒体 ("融媒体宣传服务") names no service: the first
    // item the body lists ("服务内容：（1）拍摄制作宣传短视频120条…") says which one is bought
    const item = t.isVideoOps && !STRONG.test(withoutMediaCentreNames(head).replace(GENERIC_MEDIA_ALL, '')) ? mainVideoItem(body) : null;
    return {
      isVideoOps: t.isVideoOps,
      // several services named: the one the body pays most for, else the one the title names first
      serviceType: t.isVideoOps ? (item ? itemService(item) : null) ?? dominantService(head, body) ?? genericTitleService(head, body) ?? t.serviceType : null,
      score: t.score,
      matchedFor: t.matched.filter((m) => !m.startsWith('-')),
      matchedAgainst: t.matched.filter((m) => m.startsWith('-')).map((m) => m.slice(1)),
    };
  }
  // the buyer's name ("…融媒体中心") repeats through the body: it says who buys, not what; an
  // address ("建设北路18号") says where, and the parties' names say who
  const sample = withoutOversightStreams(withoutNegated(withoutPlacementUse(withoutPartiesAndAddresses(withoutMediaCentreNames(body.slice(0, 20_000))))));
  const { pos, forHits, against, types } = collect(sample, 50);
  // a generic title's one labelled scope line ("购买服务内容：抖音号运营") names what is bought: it counts twice
  const strongHits = (sample.match(new RegExp(STRONG.source, 'g')) ?? []).length + (scopeNamesService(sample) ? 1 : 0);
  const againstHits = (sample.match(new RegExp(STRONG_AGAINST.source, 'g')) ?? []).length;
  // a short notice may name its video lots only twice ("一包（文旅宣传片）… 二包（短视频运营）"):
  // two strong words are enough when nothing at all speaks against
  const byWords = (strongHits >= 3 && strongHits > againstHits * 1.5) || (strongHits >= 2 && againstHits === 0 && against.length === 0);
  // a title that names no service ("旅游形象宣传服务项目") whose first listed item is a film, short
  // videos, an account's running or a live stream buys that, whatever else the body mentions
  const item = byWords ? null : mainVideoItem(body);
  const isVideoOps = byWords || !!item;
  const score = Math.max(0, Math.min(1, (pos - against.length) / 20));
  return {
    isVideoOps,
    // a body that runs the buyer's named accounts ("负责“X发布”视频号、抖音号的日常运营") is account
    // operation, whatever videos and live streams the running includes
    // (not where lots split the services: a failed lot's 账号运营 says nothing of what was bought)
    serviceType: item ? itemService(item) : isVideoOps ? serviceByMoney(sample) ?? (RUNS_ACCOUNTS.test(sample) && !HAS_LOTS.test(sample) ? 'account_operation' : null) ?? typeOf(types, sample) ?? 'other_video' : null,
    score: Math.round((isVideoOps ? Math.max(score, 0.5) : Math.min(score, 0.4)) * 100) / 100,
    matchedFor: [...new Set(forHits)].slice(0, 20),
    matchedAgainst: [...new Set(against)].slice(0, 20),
  };
}

const GENERIC_MEDIA_ALL = /融媒体|全媒体/g;

/** The notice's first requirement item when it names a video service and nothing against it; null otherwise. */
function mainVideoItem(body: string): string | null {
  const raw = mainRequirementItem(body);
  if (!raw) return null;
  const item = withoutNegated(withoutMediaCentreNames(raw)).replace(COMPANY_NAME, ' ');
  // a film's own subtitles ("中英双语字幕") are part of making it, not a language service
  const made = /拍摄|摄制|剪辑|制作/.test(item) ? item.replace(/(?:中英)?(?:双语|多语种)?字幕/g, ' ') : item;
  if (!STRONG.test(made) || STRONG_AGAINST.test(made) || ANY_AGAINST.test(made) || TITLE_AGAINST.test(made) || otherMediumOnly(made)) return null;
  // the item must name the work done: "购买电视剧3部、纪录片2部的播映权" buys rights to films that exist
  return ITEM_WORK.test(made) && !RIGHTS.test(made) ? made : null;
}

const ITEM_WORK = /拍摄|摄制|制作|剪辑|录制|创作|运营|直播/;
const RIGHTS = /版权|播映权|播放权|传播权|授权/;
// the acts of making, dropped so that what is made decides ("拍摄制作…宣传片1部" is a film)
const MAKING_ACTS = /拍摄|摄制|制作|剪辑|航拍|策划|录制|后期/g;

/** The service of a main requirement item: the first one it names once the acts of making are set aside, else video making. */
function itemService(item: string): ServiceType {
  return serviceFromTitle(item.replace(MAKING_ACTS, ' ')) ?? 'video_production';
}

// the line that says what is bought, under its own label, short and on its own
const SCOPE_LINE = /(?:^|\n)\s*(?:[一二三四五六七八九十\d]{1,2}[、.．])?\s*(?:购买服务内容|采购内容|服务内容|采购标的|项目内容|服务事项)\s*[:：]\s*([^\n。；;]{2,30})\s*(?:\n|$)/;

/** Whether the notice's scope line names a video service and nothing against it. */
function scopeNamesService(sample: string): boolean {
  const m = SCOPE_LINE.exec(sample);
  return !!m && STRONG.test(m[1]) && !STRONG_AGAINST.test(m[1]);
}

const ACCOUNTS = '(?:账号|抖音号|快手号|视频号|公众号|微博|头条号|政务号|新媒体矩阵)';
// ("抖音号…负责直播间运营": what is run is the live room, a live-streaming service)
const RUNS_ACCOUNTS = new RegExp(`${ACCOUNTS}[^。；;\\n]{0,10}?(?:日常)?(?<!直播间|直播)(?:代运营|运营|托管)|(?:代运营|运营|托管)[^。；;\\n]{0,6}?${ACCOUNTS}`);
const HAS_LOTS = /第?[一二三四五六七八九十\d]{1,2}\s*(?:包|标段|分标)|(?:合同包|采购包|包|标段)\s*[\dA-Z一二三四五六七八九十]/;
const ADDRESS_VALUE = /(?:地\s*址|住所)\s*[:：][^\n|]{0,60}/g;
const COMPANY_NAME = /[\u4e00-\u9fff（）()]{2,30}?(?:有限责任公司|有限公司)/g;

// "宣传片…用于央视、高铁站投放": where the made film will be shown says what it is for, not that
// the buyer pays for placement (a placement notice buys 投放 itself, with no 用于 before it)
const PLACEMENT_USE = /用于[^。；;\n]{0,30}?投放/g;

function withoutPlacementUse(s: string): string {
  return s.replace(PLACEMENT_USE, '用于');
}

// "本合同为已有素材的使用授权，不含拍摄制作服务", "不含课程录制与视频制作": a clause that says what is
// NOT bought names the work only to exclude it
const NEGATED = /(?:不含|不包含|不包括|不涉及|不承担|不负责)[^。；;，,\n]{0,40}/g;

// "选定过程将通过学校视频号进行直播，接受家长监督", "开标全程网络直播，供社会监督": a process streamed
// live so that others can watch over it is how the buying is shown, not a live stream bought
const OVERSIGHT_STREAM = /(?:过程|全程|现场)[^。；;\n]{0,30}?直播[^。\n]{0,20}?监督|直播[^。；;\n]{0,6}?(?:接受|供|方便|便于)[^。；;\n]{0,10}?监督/g;

/** The body with every clause that streams a process for oversight cut out. */
export function withoutOversightStreams(s: string): string {
  // (cheap guard: most bodies never say both words)
  return s.includes('直播') && s.includes('监督') ? s.replace(OVERSIGHT_STREAM, ' ') : s;
}

/** The body with every clause that excludes a service cut out. */
export function withoutNegated(s: string): string {
  return s.replace(NEGATED, ' ');
}

function withoutPartiesAndAddresses(s: string): string {
  return s.replace(ADDRESS_VALUE, ' ').replace(COMPANY_NAME, ' ');
}

/**
 * A title that buys a service and, coordinated with it, goods ("文旅宣传服务及设备采购项目"): one
 * part names a service and nothing against, another part is what takes the title out of scope.
 */
function mixedTitle(head: string): boolean {
  const parts = withoutMediaCentreNames(head).split(/及|和|与|暨|、|以及/);
  if (parts.length < 2) return false;
  // ("政务服务和数字化建设管理局": 政务服务 names the buyer's remit, not a service it buys)
  // ("“洮南发布”融媒体客户端": an account's quoted name says whose app, not that a service is bought)
  return parts.some((p) => GENERIC_SERVICE.test(p.replace(/政务服务|[“"][^”"]{1,12}[”"]/g, '')) && !ANY_AGAINST.test(p) && !STRONG_AGAINST.test(p) && !PRINT_MATERIAL_RE.test(p))
    && parts.some((p) => STRONG_AGAINST.test(p));
}

/**
 * The verdict of a mixed procurement: video operations when its body (the title's own words left
 * out) names video services at least twice and more often than goods or works.
 */
function mixedVerdict(head: string, body: string): VideoVerdict | null {
  let sample = withoutNegated(withoutMediaCentreNames(body.slice(0, 20_000)));
  for (const h of head.split(' ').filter((x) => x.length >= 6)) sample = sample.split(withoutMediaCentreNames(h)).join(' ');
  // the parties' names ("X工程管理有限公司", "X影视有限公司") say who, not what is bought
  sample = sample.replace(/[\u4e00-\u9fff（）()]{2,30}?(?:有限责任公司|有限公司)/g, ' ');
  const strongHits = (sample.match(new RegExp(STRONG.source, 'g')) ?? []).length;
  const againstHits = (sample.match(new RegExp(STRONG_AGAINST.source, 'g')) ?? []).length;
  if (strongHits < 2 || strongHits <= againstHits) return null;
  const { pos, forHits, against, types } = collect(sample, 50);
  return {
    isVideoOps: true,
    serviceType: serviceByMoney(sample) ?? typeOf(types, sample) ?? 'other_video',
    score: Math.round(Math.max(0.5, Math.min(1, (pos - against.length) / 20)) * 100) / 100,
    matchedFor: [...new Set(forHits)].slice(0, 20),
    matchedAgainst: [...new Set(against)].slice(0, 20),
  };
}
