/**
 * Browser-test plumbing: one Debian Chromium per test file (playwright-core, no downloads), canvas
 * pixel counting and screenshots under test-results/screenshots/. The dashboard they open is
 * served by seededServer (./served.ts).
 * @module
 */
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const hasChromium = existsSync(CHROMIUM);
export const SCREENSHOTS = join(process.cwd(), 'test-results', 'screenshots');

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, headless: true, args: ['--no-sandbox', '--disable-gpu'] });
}

/**
 * Open `base + path` in a new page of `ctx` and expect it to answer `status` (200 unless said).
 * What a status and a screenshot do not show is written to `problems`, under the path: the
 * page's uncaught script errors, its console errors (unless `consoleErrors` is false) and,
 * with `dialogs`, any alert() a hostile notice's text managed to run (dismissed).
 */
export async function openPage(
  ctx: BrowserContext,
  base: string,
  path: string,
  problems: string[],
  opts: { status?: number; consoleErrors?: boolean; dialogs?: boolean } = {},
): Promise<Page> {
  const page = await ctx.newPage();
  page.on('pageerror', (e) => problems.push(`${path}: ${e.message}`));
  if (opts.consoleErrors ?? true) {
    page.on('console', (m) => {
      if (m.type() === 'error') problems.push(`${path}: ${m.text()}`);
    });
  }
  if (opts.dialogs) {
    page.on('dialog', (d) => {
      problems.push(`${path}: dialog ${d.message()}`);
      void d.dismiss();
    });
  }
  const res = await page.goto(base + path);
  expect(res?.status(), path).toBe(opts.status ?? 200);
  return page;
}

/** How many pixels of the canvas are painted (non-transparent): > 0 means the chart was drawn. */
export function paintedPixels(page: Page, selector: string): Promise<number> {
  return page.$eval(selector, (el) => {
    const c = el as HTMLCanvasElement;
    const data = c.getContext('2d')!.getImageData(0, 0, c.width, c.height).data;
    let n = 0;
    for (let i = 3; i < data.length; i += 4) if (data[i] > 0) n++;
    return n;
  });
}

/**
 * Save a full-page screenshot as a test artifact, once the page has loaded. Chromium under load
 * sometimes refuses a capture ("Unable to capture screenshot") while a just-navigated page
 * settles, so a refused capture is tried again, three times at most.
 */
export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.waitForLoadState('load');
  for (let attempt = 1; ; attempt++) {
    try {
      await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: true });
      return;
    } catch (e) {
      if (attempt >= 3 || !/Unable to capture screenshot/.test((e as Error).message)) throw e;
      await page.waitForTimeout(250 * attempt);
    }
  }
}
