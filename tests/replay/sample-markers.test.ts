/** Every HTML page any replay serves says it is sample data, in the head and visibly. */
import * as cheerio from 'cheerio';
import { expect, it } from 'vitest';
import { ccgpBlockPage, ccgpCaptchaPage, ccgpHandler, ccgpLoadingPage } from '../../scrapers/replay/ccgp.js';
import { zcyWafChallenge } from '../../scrapers/replay/fixture-zcy-handler.js';
import { gdgpoHandler, gdgpoWafPage } from '../../scrapers/replay/gdgpo.js';
import type { ReplayHandler } from '../../scrapers/replay/types.js';
import { zhejiangHandler } from '../../scrapers/replay/zhejiang.js';

const body = (h: ReplayHandler, path: string, query = ''): string =>
  String(h({ method: 'GET', path, query: new URLSearchParams(query), body: '', headers: {} }, { baseUrl: 'http://127.0.0.1:1' })!.body);

it('lists, search, block, captcha, loading, shells, WAF and challenge pages carry both markers', () => {
  const pages = [
    body(ccgpHandler, '/cggg/dfgg/zbgg/index.htm'),
    body(ccgpHandler, '/cggg/dfgg/zbgg/index_1.htm'),
    body(ccgpHandler, '/bxsearch', 'kw=短视频'),
    body(ccgpHandler, '/bxsearch', 'kw=没有这个词'),
    ccgpBlockPage('127.0.0.1'),
    ccgpCaptchaPage(),
    ccgpLoadingPage(),
    body(gdgpoHandler, '/'),
    gdgpoWafPage(),
    body(zhejiangHandler, '/'),
    zcyWafChallenge({ name: 'a', value: 'b' }),
  ];
  for (const html of pages) {
    const $ = cheerio.load(html);
    expect($('meta[name=procwatch-sample]').attr('content')).toBe('replayed sample page, not a real announcement');
    expect($('body').text()).toContain('【样例数据·非真实公告】');
  }
});
