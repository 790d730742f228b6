import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { readFileSync } from 'node:fs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { openDb } from '../../db/index.js';
import { SEED_EXPECTED } from '../helpers/seed.js';
import { hasChromium, launchBrowser, openPage, paintedPixels, screenshot } from '../helpers/browser.js';
import { seededServer } from '../helpers/served.js';

describe.skipIf(!hasChromium)('dashboard in Chromium', () => {
  let browser: Browser;
  let context: BrowserContext;
  let server: Awaited<ReturnType<typeof seededServer>>;
  const problems: string[] = [];

  const open = (path: string): Promise<Page> => openPage(context, server.url, path, problems, { dialogs: true });

  beforeAll(async () => {
    [browser, server] = await Promise.all([launchBrowser(), seededServer()]);
    context = await browser.newContext({ acceptDownloads: true, viewport: { width: 1280, height: 900 } });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('overview: numbers match the database, the province chart is drawn, the banner shows', async () => {
    const page = await open('/');
    expect(await page.textContent('#sample-banner')).toContain('sample data');
    expect(Number(await page.getAttribute('#total-yuan', 'data-yuan'))).toBe(SEED_EXPECTED.videoSpendYuan);
    const db = openDb(server.dbPath, { readonly: true });
    const n = (db.$client.prepare('SELECT count(DISTINCT notice_id) AS n FROM spend_facts WHERE counted = 1 AND is_video_ops = 1').get() as { n: number }).n;
    db.$client.close();
    expect(await page.locator('#contracts tbody tr').count()).toBe(n);
    expect(await page.getAttribute('#chart-province', 'data-drawn')).toBe('1');
    expect(await paintedPixels(page, '#chart-province')).toBeGreaterThan(2000);
    expect(await paintedPixels(page, '#chart-year')).toBeGreaterThan(1000);
    await screenshot(page, 'overview');
    await page.close();
  });

  it('search: a two-character query, then a filter, change the results; the state is in the URL', async () => {
    const page = await open('/search');
    const all = Number(await page.getAttribute('#total', 'data-total'));
    await page.fill('input[name=q]', '抖音');
    await Promise.all([page.waitForURL(/q=/), page.click('#search-submit')]);
    expect(new URL(page.url()).searchParams.get('q')).toBe('抖音');
    expect(Number(await page.getAttribute('#total', 'data-total'))).toBe(2);
    await page.fill('input[name=q]', '');
    await page.selectOption('#f-province', '440000');
    await Promise.all([page.waitForURL(/region=440000/), page.click('#search-submit')]);
    // The address bar holds the search's short link, not every empty field of the form.
    expect(new URL(page.url()).search).toBe('?region=440000');
    const gd = Number(await page.getAttribute('#total', 'data-total'));
    expect(gd).toBeGreaterThan(0);
    expect(gd).toBeLessThan(all);
    const places = await page.locator('#results tbody tr td:nth-child(7)').allTextContents();
    expect(places.every((p) => p.includes('广东省'))).toBe(true);
    // The city select appears once a province is chosen (drill-down in the filter).
    expect(await page.locator('#f-city option').count()).toBeGreaterThan(1);
    await screenshot(page, 'search');
    await page.close();
  });

  it('downloads: CSV and OCDS hold exactly the filtered rows', async () => {
    const page = await open('/search?video=1&region=330000');
    const total = Number(await page.getAttribute('#total', 'data-total'));
    const [csvDl] = await Promise.all([page.waitForEvent('download'), page.click('#dl-csv')]);
    const csv = readFileSync((await csvDl.path())!);
    expect([...csv.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = csv.toString('utf8').trim().split('\r\n');
    expect(lines.length - 1).toBe(total);
    const ids = await page.locator('#results tbody tr').evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-id')));
    for (const id of ids) expect(lines.some((l) => l.startsWith(`${id},`))).toBe(true);
    const [ocdsDl] = await Promise.all([page.waitForEvent('download'), page.click('#dl-ocds')]);
    const pkg = JSON.parse(readFileSync((await ocdsDl.path())!, 'utf8'));
    expect(pkg.version).toBe('1.1');
    expect(pkg.releases).toHaveLength(total);
    await page.close();
  });

  it('contract: evidence highlighted, project history, hostile notice inert, archive as plain text', async () => {
    const page = await open(`/contracts/${server.ids.xhAward}`);
    expect(await page.locator('mark[data-field="buyer"]').first().textContent()).toBe('杭州市西湖区司法局');
    expect(await page.locator('#project li').count()).toBe(4);
    await screenshot(page, 'contract');
    const raw = await page.request.get(server.url + (await page.getAttribute('#raw-link', 'href'))!);
    expect(raw.headers()['content-type']).toMatch(/^text\/plain/);
    const evil = await open(`/contracts/${server.ids.hostile}`);
    expect(await evil.textContent('#notice-title')).toContain('<script>alert("pw")</script>');
    expect(await evil.title()).not.toBe('live');
    await screenshot(evil, 'contract-hostile');
    await page.close();
    await evil.close();
  });

  it('regions: drill down province → city → county by clicking, charts drawn', async () => {
    const page = await open('/regions');
    await Promise.all([page.waitForURL(/\/regions\/330000$/), page.click('#regions a:text("浙江省")')]);
    expect(Number(await page.getAttribute('#region-total', 'data-yuan'))).toBe(SEED_EXPECTED.provinceSpend['330000']);
    expect(await paintedPixels(page, '#chart-year')).toBeGreaterThan(1000);
    expect(await paintedPixels(page, '#chart-siblings')).toBeGreaterThan(1000);
    await screenshot(page, 'region-province');
    await Promise.all([page.waitForURL(/\/regions\/330100$/), page.click('#children a:text("杭州市")')]);
    await Promise.all([page.waitForURL(/\/regions\/330106$/), page.click('#children a:text("西湖区")')]);
    expect(await page.locator('#crumbs a').allTextContents()).toEqual(['全国 All', '浙江省', '杭州市', '西湖区']);
    expect(await page.locator('#siblings tr.current').count()).toBe(1);
    expect(await paintedPixels(page, '#chart-month')).toBeGreaterThan(500);
    await screenshot(page, 'region-county');
    await page.close();
  });

  it('vendor and buyer profiles load with grouped names and totals', async () => {
    const page = await open(`/contracts/${server.ids.scMulti}`);
    await Promise.all([page.waitForURL(/\/vendors\/\d+$/), page.locator('#lots a[href^="/vendors/"]').first().click()]);
    expect(await page.locator('#names li').count()).toBeGreaterThanOrEqual(3);
    expect(Number(await page.getAttribute('#party-total', 'data-yuan'))).toBe(248000 + 120000 + 600000);
    expect(await paintedPixels(page, '#chart-year')).toBeGreaterThan(500);
    await screenshot(page, 'vendor');
    await Promise.all([page.waitForURL(/\/buyers\/\d+$/), page.locator('#contracts a[href^="/buyers/"]').first().click()]);
    expect(await page.textContent('#party-name')).toContain('采购人');
    await screenshot(page, 'buyer');
    await page.close();
  });

  it('compare: box + strip plot drawn, outlier linked to its notice', async () => {
    const page = await open('/compare');
    expect(await paintedPixels(page, '#chart-compare')).toBeGreaterThan(2000);
    const outlier = page.locator(`#outliers li[data-notice="${server.ids.xhOutlier}"] a`);
    expect(await outlier.count()).toBe(1);
    await screenshot(page, 'compare');
    await Promise.all([page.waitForURL(new RegExp(`/contracts/${server.ids.xhOutlier}$`)), outlier.click()]);
    await page.close();
  });

  it('fits a phone screen and logged no errors (CSP, scripts) on any page', async () => {
    const phone = await browser.newContext({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true });
    const page = await phone.newPage();
    for (const path of ['/', '/search']) {
      await page.goto(server.url + path);
      // isMobile widens the layout viewport to fit overflowing content: compare with the device width.
      const width = await page.evaluate(() => Math.max(document.documentElement.scrollWidth, window.innerWidth));
      expect(width, path).toBeLessThanOrEqual(390);
    }
    await screenshot(page, 'search-phone');
    await phone.close();
    expect(problems).toEqual([]);
  });
});
