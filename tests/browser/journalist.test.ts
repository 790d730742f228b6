/**
 * The dashboard as a journalist meets it in Chromium: every page fits a phone, every form
 * control has a label, every headline total leads to the search listing the notices behind it,
 * pagination keeps the filters, an empty search says how to widen it, evidence spans are tagged
 * and reachable, keyboard focus is visible, and the price chart names its axes.
 */
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { openDb } from '../../db/index.js';
import { hasChromium, launchBrowser, openPage, screenshot } from '../helpers/browser.js';
import { seededServer } from '../helpers/served.js';

const PHONE = { width: 390, height: 844 };

/** Every notice id a search page lists (the seed is small: one page of 20 holds them all). */
async function listedIds(page: Page): Promise<number[]> {
  expect(await page.locator('#total').getAttribute('data-exact')).toBe('1');
  const total = Number(await page.getAttribute('#total', 'data-total'));
  const ids = (await page.locator('#results tbody tr').evaluateAll((trs) => trs.map((tr) => Number(tr.getAttribute('data-id'))))).toSorted((a, b) => a - b);
  expect(ids.length, 'the whole result fits one page in the seed').toBe(total);
  return ids;
}

describe.skipIf(!hasChromium)('the dashboard for journalists, in Chromium', () => {
  let browser: Browser;
  let desktop: BrowserContext;
  let phone: BrowserContext;
  let server: Awaited<ReturnType<typeof seededServer>>;
  const problems: string[] = [];

  /** Counted notice ids straight from the database, for a WHERE over spend_facts (alias f). */
  function countedNotices(where: string, ...params: unknown[]): number[] {
    const db = openDb(server.dbPath, { readonly: true });
    try {
      const rows = db.$client.prepare(`SELECT DISTINCT f.notice_id AS id FROM spend_facts f WHERE f.counted = 1 AND f.is_video_ops = 1 AND ${where}`).all(...params) as { id: number }[];
      return rows.map((r) => r.id).toSorted((a, b) => a - b);
    } finally {
      db.$client.close();
    }
  }

  const open = (ctx: BrowserContext, path: string, status = 200): Promise<Page> => openPage(ctx, server.url, path, problems, { status });

  /**
   * Open `path` on the desktop, click the count link `link` and wait for the search it leads to
   * (`url`): that page, whose total must be the link's count, and the count (data-n).
   */
  async function followCount(path: string, link: string, url: RegExp): Promise<{ page: Page; n: number }> {
    const page = await open(desktop, path);
    const a = page.locator(link);
    const n = Number(await a.getAttribute('data-n'));
    await Promise.all([page.waitForURL(url), a.click()]);
    expect(Number(await page.getAttribute('#total', 'data-total'))).toBe(n);
    return { page, n };
  }

  beforeAll(async () => {
    [browser, server] = await Promise.all([launchBrowser(), seededServer()]);
    desktop = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    phone = await browser.newContext({ viewport: PHONE, deviceScaleFactor: 1, isMobile: true, hasTouch: true });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('every page fits a 390 px phone, is zh-CN, shows the sample banner and labels every control', async () => {
    const vendorId = (await (await fetch(`${server.url}/api/contracts/${server.ids.scMulti}`)).json()).lots[0].vendors[0].partyId;
    const buyerId = (await (await fetch(`${server.url}/api/contracts/${server.ids.xhAward}`)).json()).notice.buyerPartyId;
    const pages: [string, number][] = [
      ['/', 200], ['/search', 200], ['/search?region=330106&video=1', 200], [`/search?q=${encodeURIComponent('没有这个词xyz')}`, 200],
      [`/contracts/${server.ids.scMulti}`, 200], [`/contracts/${server.ids.xhAward}`, 200], ['/regions', 200], ['/regions/330000', 200],
      ['/regions/330106', 200], ['/regions/330203', 200], [`/vendors/${vendorId}`, 200], [`/buyers/${buyerId}`, 200], ['/compare', 200], ['/compare?metric=video&year=2023', 200],
      ['/no/such/page', 404],
    ];
    const page = await phone.newPage();
    page.on('pageerror', (e) => problems.push(e.message));
    for (const [path, status] of pages) {
      const res = await page.goto(server.url + path);
      expect(res?.status(), path).toBe(status);
      const m = await page.evaluate(() => ({
        scrollWidth: document.documentElement.scrollWidth,
        innerWidth: window.innerWidth,
        lang: document.documentElement.lang,
        banner: document.getElementById('sample-banner')?.textContent ?? '',
        unlabelled: Array.from(document.querySelectorAll('input:not([type=hidden]), select, textarea'))
          .filter((el) => {
            const labels = (el as HTMLInputElement).labels;
            const named = Array.from(labels ?? []).some((l) => (l.textContent ?? '').trim().length > 1) || (el.getAttribute('aria-label') ?? '').trim();
            return !named;
          })
          .map((el) => el.outerHTML.slice(0, 80)),
      }));
      // isMobile widens the layout viewport to fit overflowing content, so compare with the device width too.
      expect(m.scrollWidth, `${path} overflows sideways`).toBeLessThanOrEqual(PHONE.width);
      expect(m.innerWidth, `${path} zoomed out to fit`).toBe(PHONE.width);
      expect(m.lang, path).toBe('zh-CN');
      expect(m.banner, path).toContain('sample data');
      expect(m.unlabelled, path).toEqual([]);
      if (path === '/search' || path === '/compare') expect(await page.getAttribute('header nav a[aria-current="page"]', 'href')).toBe(path);
      if (path === '/regions/330203') {
        // Only a rate was awarded there: the page says so, and its zeros link nowhere.
        expect(await page.textContent('#no-spending')).toContain('没有找到');
        expect(await page.locator('#region-total a, #region-lots a').count()).toBe(0);
      }
      if (path === '/' || path === '/compare' || path.startsWith('/contracts/')) await screenshot(page, `phone${path.replace(/[^a-z0-9]+/gi, '-').replace(/-$/, '')}`);
    }
    await page.close();
  });

  it('the overview, region and vendor totals lead to the notices behind them, and say what they count', async () => {
    // Overview: the national total → a search listing every counted notice.
    const home = await open(desktop, '/');
    const units = await home.locator('.stat-label').allTextContents();
    expect(units.join('|')).toMatch(/元.*\|.*包 lots.*\|.*条公告 notices/);
    expect(await home.getAttribute('#total-yuan a', 'title')).toMatch(/^[\d,.]+ 元/);
    await Promise.all([home.waitForURL(/\/search\?/), home.click('#total-yuan a')]);
    // counted=1 lists exactly the notices whose lots the total counts: no more, no fewer.
    const all = await listedIds(home);
    expect(all).toEqual(countedNotices('1'));
    expect(all).not.toContain(server.ids.cctv);
    await home.close();

    // A province's total, then the province row of the per-year table.
    const zj = await open(desktop, '/regions/330000');
    await Promise.all([zj.waitForURL(/region=330000/), zj.click('#region-total a')]);
    const zjIds = await listedIds(zj);
    expect(zjIds.length).toBeGreaterThan(0);
    expect(zjIds).toEqual(countedNotices("f.province_code = '330000'"));
    const places = await zj.locator('#results tbody tr td:nth-child(7)').allTextContents();
    expect(places.every((p) => p.includes('浙江省'))).toBe(true);
    await zj.close();

    // A county among its siblings: the amount cell links to that county's notices.
    const xh = await open(desktop, '/regions/330100');
    await Promise.all([xh.waitForURL(/region=330106/), xh.click('#children tr[data-code="330106"] a.amount')]);
    expect(await listedIds(xh)).toEqual(countedNotices("f.county_code = '330106'"));
    await xh.close();

    // A vendor's total → exactly the notices behind it (by its party id: all its spellings, no other party).
    const contract = await open(desktop, `/contracts/${server.ids.scMulti}`);
    await Promise.all([contract.waitForURL(/\/vendors\/\d+$/), contract.locator('#lots a[href^="/vendors/"]').first().click()]);
    const vendorId = Number(new URL(contract.url()).pathname.split('/').pop());
    await Promise.all([contract.waitForURL(/vendor_id=/), contract.click('#party-total a')]);
    const vCounted = countedNotices('f.lot_id IN (SELECT lot_id FROM lot_vendors WHERE party_id = ?)', vendorId);
    expect(vCounted.length).toBe(3);
    expect(await listedIds(contract)).toEqual(vCounted);
    // The filter says which party it is, by name.
    expect(await contract.locator('#active-filters li[data-filter="vendor_id"]').textContent()).toContain('杭州星辰传媒');
    await contract.close();
  });

  it('search: pagination keeps every filter, an empty result says how to widen it', async () => {
    const page = await open(desktop, '/search?region=330000&video=1&per=2&sort=date_asc');
    const total = Number(await page.getAttribute('#total', 'data-total'));
    expect(total).toBeGreaterThan(2);
    const first = await page.locator('#results tbody tr').evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-id')));
    await Promise.all([page.waitForURL(/page=2/), page.click('#pagination a[rel=next]')]);
    const url = new URL(page.url());
    expect(Object.fromEntries(url.searchParams)).toMatchObject({ region: '330000', video: '1', per: '2', sort: 'date_asc', page: '2' });
    expect(await page.inputValue('#f-province')).toBe('330000');
    expect(await page.isChecked('#f-video')).toBe(true);
    const second = await page.locator('#results tbody tr').evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-id')));
    expect(second.some((id) => first.includes(id))).toBe(false);
    // Submitting the form from page 2 keeps the filters too (and the page size).
    await Promise.all([page.waitForURL((u) => !u.searchParams.has('page')), page.click('#search-submit')]);
    const submitted = new URL(page.url()).searchParams;
    expect(submitted.getAll('region').filter(Boolean)).toEqual(['330000']);
    expect([submitted.get('video'), submitted.get('per'), submitted.get('sort')]).toEqual(['1', '2', 'date_asc']);
    expect(Number(await page.getAttribute('#total', 'data-total'))).toBe(total);

    await page.goto(`${server.url}/search?q=${encodeURIComponent('抖音')}&region=330106&kind=contract`);
    expect(await page.textContent('#no-results')).toContain('没有找到');
    expect(await page.locator('#results').count()).toBe(0);
    expect(await page.locator('#active-filters li').count()).toBe(3);
    const widen = page.locator('#widen li[data-filter="kind"] a');
    await Promise.all([page.waitForURL((u) => !u.searchParams.has('kind')), widen.click()]);
    expect(new URL(page.url()).searchParams.get('q')).toBe('抖音');
    expect(Number(await page.getAttribute('#total', 'data-total'))).toBeGreaterThan(0);
    await screenshot(page, 'search-widened');
    await page.close();
  });

  it('search: a pasted query with punctuation finds its words, -word excludes, and an empty result has no pager', async () => {
    const page = await open(desktop, '/search');
    // Typed into the form as a researcher pastes it: the same total as the bare word.
    await page.fill('#f-q', '抖音');
    await Promise.all([page.waitForURL(/q=/), page.click('#search-submit')]);
    const bare = Number(await page.getAttribute('#total', 'data-total'));
    expect(bare).toBeGreaterThan(1);
    await page.fill('#f-q', '“抖音”，');
    await Promise.all([page.waitForURL((u) => u.searchParams.get('q') === '“抖音”，'), page.click('#search-submit')]);
    expect(Number(await page.getAttribute('#total', 'data-total'))).toBe(bare);
    expect(await page.isVisible('#pagination')).toBe(true);
    // The help under the form says how to exclude; 抖音 -快手 leaves out the notice naming both, and marks only 抖音.
    expect(await page.textContent('#query-help')).toContain('抖音 -快手');
    await page.fill('#f-q', '抖音 -快手');
    await Promise.all([page.waitForURL((u) => u.searchParams.get('q') === '抖音 -快手'), page.click('#search-submit')]);
    const ids = await page.locator('#results tbody tr').evaluateAll((trs) => trs.map((tr) => Number(tr.getAttribute('data-id'))));
    expect(ids).not.toContain(server.ids.xhOutlier);
    expect(ids.length).toBe(Number(await page.getAttribute('#total', 'data-total')));
    expect(ids.length).toBeLessThan(bare);
    expect(await page.textContent('#excluded-note')).toContain('快手');
    expect(new Set(await page.locator('#results mark').allTextContents())).toEqual(new Set(['抖音']));
    // Nothing to search for: said so, no table, no pager.
    await page.fill('#f-q', '？？');
    await Promise.all([page.waitForURL((u) => u.searchParams.get('q') === '？？'), page.click('#search-submit')]);
    expect(await page.textContent('#query-note')).toContain('no searchable characters');
    expect(await page.locator('#pagination').count()).toBe(0);
    expect(await page.locator('#results').count()).toBe(0);
    await screenshot(page, 'search-no-searchable');
    await page.close();
  });

  it('contract: every evidence span is tagged with its field and the 出处 links jump to it', async () => {
    const page = await open(desktop, `/contracts/${server.ids.scMulti}`);
    const marks = page.locator('#source-text mark');
    expect(await marks.count()).toBeGreaterThanOrEqual(3);
    const tag = await page.$eval('mark[data-field="buyer"]', (el) => getComputedStyle(el, '::before').content);
    expect(tag).toContain('采购人');
    const before = await page.$eval('mark[data-field="buyer"]', (el) => getComputedStyle(el).backgroundColor);
    await page.click('#fields tr[data-field="buyer"] a.ev-link');
    expect(new URL(page.url()).hash).toBe('#ev-buyer');
    const after = await page.$eval('mark[data-field="buyer"]', (el) => getComputedStyle(el).backgroundColor);
    expect(after).not.toBe(before);
    // Each lot's amount links to its own span.
    const lotLinks = await page.locator('#lots a.ev-link').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    for (const href of lotLinks) expect(await page.locator(`[id="${href!.slice(1)}"]`).count(), href!).toBe(1);
    // Amounts are 万元 with the exact yuan in the title.
    const lotAmount = page.locator('#lots tr').nth(1).locator('.amount');
    expect(await lotAmount.textContent()).toBe('12万元');
    expect(await lotAmount.getAttribute('title')).toBe('120,000 元');
    await screenshot(page, 'contract-evidence');
    await page.close();
  });

  it('keyboard: the skip link comes first and focus is always visible', async () => {
    const page = await open(desktop, '/search');
    await page.keyboard.press('Tab');
    const skip = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement;
      const s = getComputedStyle(el);
      return { cls: el.className, top: el.getBoundingClientRect().top, outline: s.outlineStyle, width: parseFloat(s.outlineWidth) };
    });
    expect(skip.cls).toBe('skip');
    expect(skip.top).toBeGreaterThanOrEqual(0);
    expect(skip.outline).not.toBe('none');
    for (let i = 0; i < 6; i++) {
      await page.keyboard.press('Tab');
      const f = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement;
        const s = getComputedStyle(el);
        return { tag: el.tagName, outline: s.outlineStyle, width: parseFloat(s.outlineWidth) };
      });
      expect(f.outline, `${f.tag} #${i}`).not.toBe('none');
      expect(f.width, `${f.tag} #${i}`).toBeGreaterThanOrEqual(2);
    }
    await page.close();
  });

  it('compare: the axes name the service types and the unit, a dot opens its notice', async () => {
    const page = await open(desktop, '/compare');
    const axes = await page.$eval('#chart-compare', (el) => {
      const chart = (el as unknown as { pwChart: { scales: Record<string, { ticks: { label: string | string[] }[] }> } }).pwChart;
      return { x: chart.scales.x.ticks.map((t) => [t.label].flat().join(' / ')), y: chart.scales.y.ticks.map((t) => String(t.label)).filter(Boolean) };
    });
    // Each service type in Chinese, and on a desktop in English beneath.
    expect(axes.x).toEqual(expect.arrayContaining(['账号运营 / account operation', '短视频制作 / video production']));
    const onPhone = await open(phone, '/compare');
    const phoneX = await onPhone.$eval('#chart-compare', (el) =>
      (el as unknown as { pwChart: { scales: Record<string, { ticks: { label: string | string[] }[] }> } }).pwChart.scales.x.ticks.map((t) => [t.label].flat().join(' / ')),
    );
    expect(phoneX).toEqual(expect.arrayContaining(['账号运营', '短视频制作']));
    await onPhone.close();
    expect(axes.y.length).toBeGreaterThan(1);
    expect(axes.y.every((l) => /^[\d,.]+(万|亿)?元$/.test(l))).toBe(true);
    // Click the dot of the outlier: it opens that notice.
    const target = `/contracts/${server.ids.xhOutlier}`;
    const at = await page.$eval(
      '#chart-compare',
      (el, href) => {
        type Pw = { data: { datasets: { data: { link: string | null }[] }[] }; getDatasetMeta(i: number): { data: { x: number; y: number }[] } };
        const chart = (el as unknown as { pwChart: Pw }).pwChart;
        const i = chart.data.datasets[0].data.findIndex((d) => d.link === href);
        const p = chart.getDatasetMeta(0).data[i];
        return { x: p.x, y: p.y };
      },
      target,
    );
    await Promise.all([page.waitForURL((u) => u.pathname === target), page.click('#chart-compare', { position: at })]);
    await page.close();
    expect(problems).toEqual([]);
  });

  it('compare: prices within one decade (per account-year) still get a value axis with several labels', async () => {
    const page = await open(desktop, '/compare?metric=account_year');
    const { labels, lo, hi } = await page.$eval('#chart-compare', (el) => {
      const chart = (el as unknown as { pwChart: { scales: { y: { ticks: { label: string | string[] }[] } } } }).pwChart;
      const spec = JSON.parse(document.getElementById('chart-compare-data')!.textContent!) as { boxes: { min: number; max: number }[] };
      return { labels: chart.scales.y.ticks.map((t) => String(t.label)).filter(Boolean), lo: Math.min(...spec.boxes.map((b) => b.min)), hi: Math.max(...spec.boxes.map((b) => b.max)) };
    });
    expect(hi / lo, 'the seed\'s per-account-year prices lie within one decade').toBeLessThan(10);
    expect(labels.length, labels.join(' ')).toBeGreaterThanOrEqual(3);
    expect(labels.every((l) => /^[\d,.]+(万|亿)?元$/.test(l))).toBe(true);
    await screenshot(page, 'compare-account-year');
    await page.close();
    expect(problems).toEqual([]);
  });

  it('the 中央/未知, 市本级 and data-freshness rows lead to searches with their totals, and the form shows those filters on a phone', async () => {
    const db = openDb(server.dbPath, { readonly: true });
    const bySource = db.$client.prepare("SELECT id FROM notices WHERE source_id = 'ccgp' ORDER BY id").pluck().all() as number[];
    db.$client.close();
    // The overview's 中央/未知 row: one counted lot per notice in the seed, so the row's lots are the search's total.
    const home = await followCount('/', '#top-provinces tr[data-code=""] a.count', /region=none/);
    expect(await listedIds(home.page)).toEqual(countedNotices('f.province_code IS NULL'));
    expect(await home.page.isChecked('#f-no-region')).toBe(true);
    await home.page.close();
    // 杭州's 市本级 row: the city's own spending, none of its districts'.
    const hz = await followCount('/regions/330100', '#children tr[data-code=""] a.count', /level=own/);
    expect(await listedIds(hz.page)).toEqual(countedNotices("f.city_code = '330100' AND f.county_code IS NULL"));
    expect(await hz.page.isChecked('#f-level')).toBe(true);
    await hz.page.close();
    // The data-freshness table's notices per source.
    const fresh = await followCount('/', '#freshness tr[data-source="ccgp"] a.count', /source=ccgp/);
    expect(fresh.n).toBe(bySource.length);
    await fresh.page.close();
    // On a 390 px phone the form with the new controls fits, each control labelled, and ticking the box searches.
    const page = await open(phone, '/search?region=330100&level=own&source=ccgp');
    const m = await page.evaluate(() => ({
      scrollWidth: document.documentElement.scrollWidth,
      boxes: ['f-level', 'f-source'].map((id) => {
        const r = document.getElementById(id)!.getBoundingClientRect();
        return r.right <= window.innerWidth && r.width > 0;
      }),
    }));
    expect(m.scrollWidth).toBeLessThanOrEqual(PHONE.width);
    expect(m.boxes).toEqual([true, true]);
    await screenshot(page, 'phone-search-own-level');
    const plain = await open(phone, '/search');
    await plain.check('#f-no-region');
    await Promise.all([plain.waitForURL(/region=none/), plain.click('#search-submit')]);
    expect(new URL(plain.url()).search).toBe('?region=none');
    expect(Number(await plain.getAttribute('#total', 'data-total'))).toBeGreaterThan(0);
    await plain.close();
    await page.close();
    expect(problems).toEqual([]);
  });
});
