/**
 * Quantities that make prices comparable: the service period in months, the number of
 * accounts, the platforms named, videos per month; and from them yuan per account-year and
 * per video, only where the notice states what they are computed from.
 * @module
 */
import type { Field } from './fields.js';

const CN_NUM: Record<string, number> = { 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10, 十二: 12, 半: 0.5 };

function num(s: string): number | null {
  if (/^\d+(\.\d+)?$/.test(s)) return Number(s);
  if (s in CN_NUM) return CN_NUM[s];
  if (/^十[一二三四五六七八九]$/.test(s)) return 10 + CN_NUM[s[1]];
  return null;
}

/** Months in a period text: "一年", "12个月", "2021年1月1日至2021年12月31日", "三年". */
export function monthsOf(s: string): number | null {
  const range = /((?:19|20)\d{2})年(\d{1,2})月(?:(\d{1,2})日)?\s*(?:至|到|-|—|~)\s*((?:19|20)\d{2})年(\d{1,2})月(?:(\d{1,2})日)?/.exec(s);
  if (range) {
    // the end day is inclusive: 5月10日至次年5月9日 is 12 months, 1月1日至12月31日 too
    const d1 = range[3] ? Number(range[3]) : 1;
    const d2 = range[6] ? Number(range[6]) : 30;
    const m = Math.round((Number(range[4]) - Number(range[1])) * 12 + (Number(range[5]) - Number(range[2])) + (d2 + 1 - d1) / 30);
    if (m > 0 && m <= 120) return m;
  }
  const ym = /(\d{1,2}|[一二两三四五六七八九十])\s*年\s*(?:零)?(\d{1,2}|[一二两三四五六七八九十]{1,2})\s*个月/.exec(s);
  if (ym) {
    const y = num(ym[1]);
    const m = num(ym[2]);
    if (y != null && m != null) return y * 12 + m;
  }
  const mo = /(\d{1,3}|[一二两三四五六七八九十]{1,3})\s*个月/.exec(s);
  if (mo) return num(mo[1]);
  const yr = /(\d{1,2}|[一二两三四五六七八九十半])\s*(?:个)?(?:年|周年)(?!\d|月|度)/.exec(s);
  if (yr) {
    const n = num(yr[1]);
    if (n != null && n <= 10) return n * 12;
  }
  return null;
}

const PLATFORMS: Array<[string, RegExp]> = [
  ['douyin', /抖音/], ['kuaishou', /快手/], ['wechat_channels', /视频号/], ['wechat', /微信公众号|公众号|微信号|官方微信/],
  ['weibo', /微博/], ['bilibili', /哔哩哔哩|B站|bilibili/i], ['xiaohongshu', /小红书/], ['toutiao', /今日头条|头条号/],
];

export interface Quantities {
  servicePeriodText: string | null;
  serviceMonths: number | null;
  accounts: number | null;
  platforms: string[];
  videosPerMonth: number | null;
  videoCount: number | null;
}

/** Read the quantities of a notice. */
export function findQuantities(lookup: string, fields: Field[]): Quantities {
  let periodText: string | null = null;
  let months: number | null = null;
  for (const f of fields) {
    if (f.role !== 'period') continue;
    const m = monthsOf(f.value.slice(0, 80));
    if (m != null) {
      periodText = f.value.slice(0, 80);
      months = m;
      break;
    }
  }
  if (months == null) {
    const p = /(?:服务期限?|合同期限?|运营期|服务周期)[^\n。]{0,6}?(?:为|:|：)?\s*([^\n。；;]{1,40})/.exec(lookup);
    if (p) {
      const m = monthsOf(p[1]);
      if (m != null) {
        periodText = p[1].trim();
        months = m;
      }
    }
  }
  const sample = lookup.slice(0, 50_000);
  const acc = /(\d{1,3}|[一二两三四五六七八九十]{1,3})\s*个\s*(?:政务)?(?:新媒体|微信公众|抖音|快手|视频号|微博|官方)?(?:账号|公众号|平台账号|新媒体账号)/.exec(sample);
  const vpm =
    /每月(?:不少于|至少|不低于)?\s*(\d{1,4})\s*(?:条|个|部|期)(?:短)?视频/.exec(sample) ??
    /每月[^\n。；;]{0,12}?视频[^\n。；;\d]{0,8}?(\d{1,4})\s*(?:条|个|部|期)/.exec(sample);
  // "共制作30条视频", "全年拍摄剪辑短视频不少于160条" (the count stated, never guessed)
  const vc =
    /(?:共|全年|累计|总计)(?:制作|拍摄|发布)?(?:不少于|至少)?\s*(\d{1,5})\s*(?:条|部|个|期)(?:短)?(?:视频|节目|作品)/.exec(sample) ??
    /(?:共|全年|累计|总计|合计)[^\n。；;\d]{0,8}?(?:视频|节目|宣传片)[^\n。；;\d]{0,6}?(\d{1,5})\s*(?:条|部|期)/.exec(sample);
  return {
    servicePeriodText: periodText,
    serviceMonths: months,
    accounts: acc ? num(acc[1]) : null,
    platforms: PLATFORMS.filter(([, re]) => re.test(sample)).map(([n]) => n),
    videosPerMonth: vpm ? Number(vpm[1]) : null,
    videoCount: vc ? Number(vc[1]) : null,
  };
}
