/**
 * A province page's top vendors and buyers in Chromium: both lists show, with names, amounts,
 * shares and notice counts, the page and both tables fit a 390 px phone (no sideways scroll of the
 * page or inside the tables), and clicking a vendor's amount lands on a search whose total is the
 * row's notice count.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { hasChromium, launchBrowser, openPage, screenshot } from '../helpers/browser.js';
import { seededServer } from '../helpers/served.js';

describe.skipIf(!hasChromium)("a region page's top vendors and buyers, in Chromium", () => {
  let browser: Browser;
  let desktop: BrowserContext;
  let phone: BrowserContext;
  let server: Awaited<ReturnType<typeof seededServer>>;
  const problems: string[] = [];

  const open = (ctx: BrowserContext, path: string): Promise<Page> => openPage(ctx, server.url, path, problems, { consoleErrors: false });

  beforeAll(async () => {
    [browser, server] = await Promise.all([launchBrowser(), seededServer()]);
    desktop = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    phone = await browser.newContext({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('shows both lists on a province page and they fit a 390 px phone', async () => {
    const page = await open(phone, '/regions/330000');
    for (const id of ['region-vendors', 'region-buyers']) {
      const table = page.locator(`#${id}`);
      await table.scrollIntoViewIfNeeded();
      expect(await table.isVisible(), id).toBe(true);
      const rows = await table.locator('tbody tr').evaluateAll((trs) =>
        trs.map((tr) => {
          const cells = Array.from(tr.querySelectorAll('td'));
          return {
            name: cells[0]?.textContent ?? '',
            amount: cells[1]?.textContent ?? '',
            share: cells[2]?.textContent ?? '',
            notices: cells[4]?.textContent ?? '',
            nameLeft: cells[0].getBoundingClientRect().left,
            right: Math.max(...cells.map((c) => c.getBoundingClientRect().right)),
          };
        }),
      );
      expect(rows.length, id).toBeGreaterThan(1);
      for (const r of rows) {
        expect(r.name.length).toBeGreaterThan(0);
        expect(r.amount).toMatch(/元/);
        expect(r.share).toMatch(/%$/);
        expect(r.notices).toMatch(/^\d+$/);
        // every column on screen: nothing hides behind a sideways scroll
        expect(r.nameLeft).toBeGreaterThanOrEqual(0);
        expect(r.right, `${id} ${r.name}: a column off screen`).toBeLessThanOrEqual(390);
      }
      const wrap = await table.evaluate((el) => ({ scroll: el.parentElement!.scrollWidth, client: el.parentElement!.clientWidth }));
      expect(wrap.scroll, `${id} scrolls sideways in its box`).toBeLessThanOrEqual(wrap.client + 1);
    }
    const m = await page.evaluate(() => ({ scrollWidth: document.documentElement.scrollWidth, innerWidth: window.innerWidth }));
    expect(m.scrollWidth, 'the page scrolls sideways').toBeLessThanOrEqual(m.innerWidth + 1);
    expect(await page.locator('#parties-note').textContent()).toContain('first-named vendor');
    await page.locator('#region-parties').scrollIntoViewIfNeeded();
    await screenshot(page, 'region-parties-phone');
    await page.close();
    expect(problems).toEqual([]);
  });

  it("a vendor's amount opens the search listing its notices there, as many as the row says", async () => {
    const page = await open(desktop, '/regions/330000');
    const first = page.locator('#region-vendors tbody tr').first();
    const notices = Number(await first.locator('td').nth(4).locator('a.count').getAttribute('data-n'));
    const name = (await first.locator('td').first().textContent())!;
    await Promise.all([page.waitForURL(/\/search\?/), first.locator('a.amount').click()]);
    const url = new URL(page.url());
    expect(url.searchParams.get('region')).toBe('330000');
    expect(url.searchParams.get('lead')).toBe('1');
    expect(Number(await page.getAttribute('#total', 'data-total'))).toBe(notices);
    expect(await page.locator('#active-filters').textContent()).toContain(name);
    await screenshot(page, 'region-parties-vendor-search');
    await page.close();
    expect(problems).toEqual([]);
  });
});
