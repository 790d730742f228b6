/**
 * The WAF gates of the gdgpo and Zhejiang replays, over real HTTP on 127.0.0.1: a plain client
 * is refused, while real Chromium that opens the home page runs its script, gets the cookie and
 * then reads the JSON API from inside the page (what the browser adapters do).
 */
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gdgpoFixtureIndex } from '../../scrapers/replay/gdgpo.js';
import { startReplay, type Replay } from '../../scrapers/replay/index.js';
import { zhejiangFixtureIndex, zhejiangHandler } from '../../scrapers/replay/zhejiang.js';

let browser: Browser;
let gd: Replay;
let zj: Replay;
beforeAll(async () => {
  browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
  gd = await startReplay({ portal: 'gdgpo', port: 0 });
  zj = await startReplay({ portal: 'guangxi', port: 0, handler: zhejiangHandler });
});
afterAll(async () => {
  await browser?.close();
  await gd?.close();
  await zj?.close();
});

const LIST = '/gpcms/rest/web/v2/info/selectInfoMoreChannel?siteId=cd64e06a-21a7-4620-aebc-0576bab7e07a&channel=fca71be5-fc0c-45db-96af-f513e9abda9d&currPage=1&pageSize=20&noticeType=00102&regionCode=&cityOrArea=&subChannel=false&purchaseManner=';

describe('gdgpo gate', () => {
  it('refuses plain HTTP and serves a browser session that ran the shell', async () => {
    const plain = await fetch(gd.baseUrl + LIST);
    expect(plain.status).toBe(403);
    const page = await browser.newPage();
    try {
      await page.goto(gd.baseUrl + '/');
      await page.waitForSelector('#app li', { timeout: 20_000 });
      const want = gdgpoFixtureIndex().filter((n) => n.noticeType.startsWith('00102'));
      expect(await page.locator('#app li').count()).toBe(Math.min(10, want.length));
      const out = await page.evaluate(async (url) => (await fetch(url)).json(), LIST);
      expect(out.data.total).toBe(want.length);
    } finally {
      await page.close();
    }
  });
});

describe('zhejiang gate', () => {
  it('a browser passes the JS challenge and then calls the category API', async () => {
    const plain = await fetch(zj.baseUrl + '/portal/category', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ pageNo: 1, pageSize: 15, categoryCode: '110-900461' }) });
    expect(await plain.text()).toContain('aliyun_waf_aa');
    const page = await browser.newPage();
    try {
      await page.goto(zj.baseUrl + '/');
      await page.waitForSelector('#app', { timeout: 20_000 });
      const out = await page.evaluate(async () => {
        const r = await fetch('/portal/category', { method: 'POST', headers: { 'content-type': 'application/json;charset=UTF-8' }, body: JSON.stringify({ pageNo: 1, pageSize: 15, categoryCode: '110-900461' }) });
        return r.json();
      });
      expect(out.success).toBe(true);
      expect(out.result.data.total).toBe(zhejiangFixtureIndex().filter((n) => n.categoryCode === '110-900461').length);
    } finally {
      await page.close();
    }
  });
});
