/**
 * Recognising block, captcha and rate-limit pages so they are archived as such and never
 * parsed as notices. Markers come from the scrapers portals.md cites: ccgp's 频繁访问 page
 * (访问过于频繁 / 稍后再试), captcha pages (验证码, 安全验证) and Aliyun's WAF challenge.
 * @module
 */

const STRONG_MARKERS = ['频繁访问', '访问过于频繁', '访问频繁', 'aliyun_waf_aa', '滑动验证'];
const WEAK_MARKERS = ['验证码', '安全验证', '稍后再试', '请求过于频繁', 'captcha'];

/**
 * The marker that makes `text` a block page, or null for a normal page. Strong markers count
 * anywhere in the first 64 KB; weak ones (a notice may mention 验证码 in passing) only in the
 * <title> or on a short page (block pages are small; real notices are not).
 */
export function detectBlockPage(text: string): string | null {
  const head = text.slice(0, 65_536);
  for (const m of STRONG_MARKERS) if (head.includes(m)) return m;
  const title = /<title[^>]*>([^<]*)<\/title>/i.exec(head)?.[1] ?? '';
  const short = text.length < 6_000;
  for (const m of WEAK_MARKERS) if (title.includes(m) || (short && head.toLowerCase().includes(m))) return m;
  return null;
}
