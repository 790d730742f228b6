/**
 * Layout in Chromium, on a 390 px phone (deviceScaleFactor 2) and a 1280 px desktop: for every
 * page kind the document never scrolls sideways, every table fits or scrolls inside its own box,
 * the sample-data banner is in view and readable, every form control has a name, headings do not
 * skip a level, and on the phone every navigation link and control is a 40 px tap target and the
 * notice lists show their amounts without sideways scrolling. The seed gains one notice with
 * very long names (an unbroken Latin vendor name, a long buyer name and title), the kind of
 * scraped text that pushes a layout apart. Screenshots go to test-results/screenshots/layout-*.
 */
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import type { Spec } from '../helpers/seed.js';
import { hasChromium, launchBrowser, screenshot } from '../helpers/browser.js';
import { seededServer } from '../helpers/served.js';

/** A notice whose names are as long as scraped names get, and one of them unbroken. */
const LONG: Spec = {
  key: 'longNames',
  kind: 'award',
  title: `中共杭州市西湖区委宣传部（区融媒体中心、区新闻网络信息中心）2024年度政务新媒体矩阵抖音快手视频号微信公众号账号代运营及短视频拍摄制作服务项目（第二次）中标结果公告`,
  buyer: '中共杭州市西湖区委宣传部（杭州市西湖区融媒体中心、杭州市西湖区新闻网络信息中心、杭州市西湖区广播电视台）',
  code: 'XHXC-2024-LONG-0000000000000000000000001',
  date: '2024-09-20',
  division: ['浙江省', '杭州市', '西湖区', '330106'],
  service: 'account_operation',
  method: '公开招标',
  lots: [{ vendor: `HangzhouXihuNewMediaCultureCommunicationAndDigitalTechnologyDevelopmentCoLtd${'X'.repeat(60)}有限公司`, amount: 386000, text: '38.6万元' }],
};

/** Five more provinces, so the province chart holds more bars than a phone can stand side by side. */
const MORE_PROVINCES: Spec[] = (
  [
    ['北京市', '北京市', '东城区', '110101'],
    ['上海市', '上海市', '黄浦区', '310101'],
    ['江苏省', '南京市', '玄武区', '320102'],
    ['福建省', '福州市', '鼓楼区', '350102'],
    ['湖南省', '长沙市', '芙蓉区', '430102'],
  ] as const
).map(([province, city, county, code], i) => ({
  key: `province${i}`,
  kind: 'award',
  title: `${city}${county}融媒体中心短视频运营服务项目成交公告`,
  buyer: `${city}${county}融媒体中心`,
  code: `MP-${code}`,
  date: `2024-0${i + 1}-15`,
  division: [province, city, county, code],
  service: 'account_operation',
  method: '竞争性磋商',
  lots: [{ vendor: `${city}光影传媒有限公司`, amount: 100000 + i * 50000, text: `${10 + i * 5}万元` }],
}));

const PHONE: BrowserContextOptions = { viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true };
const DESKTOP: BrowserContextOptions = { viewport: { width: 1280, height: 800 } };

/** What one page reports about its own layout (computed in the page). */
interface Report {
  scrollWidth: number;
  clientWidth: number;
  innerWidth: number;
  banner: { text: string; top: number; bottom: number; visible: boolean; contrast: number } | null;
  /** tables that neither fit the viewport nor sit in a box that scrolls sideways */
  loose: string[];
  unnamed: string[];
  h1: number;
  skipped: string[];
  /** phone tap targets under 40 px (navigation, controls, pagination, filter chips, breadcrumbs, summaries) */
  small: string[];
  /** canvases wider than their box or the viewport */
  wideCharts: string[];
  /** text under WCAG AA contrast against the background it sits on (4.5:1, 3:1 for large text) */
  lowContrast: string[];
}

/**
 * Runs in the page: every check reads the live layout, nothing is assumed from the markup.
 * Playwright sends the function's source to the page, so its helpers must live inside it.
 */
/* oxlint-disable unicorn/consistent-function-scoping */
function inspect(): Report {
  const vw = document.documentElement.clientWidth;
  const nameOf = (el: Element) => `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${el.className && typeof el.className === 'string' ? `.${el.className.split(' ')[0]}` : ''}`;
  const scrollsSideways = (el: Element) => ['auto', 'scroll'].includes(getComputedStyle(el).overflowX);
  const inView = (r: DOMRect) => r.left >= -1 && r.right <= vw + 1;

  const loose = Array.from(document.querySelectorAll('table'))
    .filter((t) => {
      if (inView(t.getBoundingClientRect())) return false;
      for (let a = t.parentElement; a && a !== document.body; a = a.parentElement) if (scrollsSideways(a)) return !inView(a.getBoundingClientRect());
      return true;
    })
    .map(nameOf);

  const named = (el: HTMLElement) => {
    const labels = Array.from((el as HTMLInputElement).labels ?? []).some((l) => (l.textContent ?? '').trim().length > 1);
    const aria = (el.getAttribute('aria-label') ?? '').trim() || (el.getAttribute('aria-labelledby') ?? '').split(/\s+/).some((id) => (document.getElementById(id)?.textContent ?? '').trim());
    const own = el.tagName === 'BUTTON' && (el.textContent ?? '').trim().length > 1;
    return labels || Boolean(aria) || own;
  };
  const unnamed = Array.from(document.querySelectorAll<HTMLElement>('input:not([type=hidden]), select, textarea, button'))
    .filter((el) => !named(el))
    .map((el) => el.outerHTML.slice(0, 80));

  const levels = Array.from(document.querySelectorAll('main h1, main h2, main h3, main h4, main h5, main h6')).map((h) => Number(h.tagName[1]));
  const skipped = levels.flatMap((l, i) => (i > 0 && l > levels[i - 1] + 1 ? [`h${levels[i - 1]} → h${l}`] : []));

  const phone = vw <= 640;
  const targets = phone
    ? Array.from(document.querySelectorAll<HTMLElement>('header a, main input:not([type=hidden]), main select, main button, #pagination a, #active-filters a, #crumbs a, .jump a, summary'))
    : [];
  const small = targets
    .map((el) => (el instanceof HTMLInputElement && el.type === 'checkbox' && el.labels?.[0] ? el.labels[0] : el))
    .filter((el) => {
      const r = el.getBoundingClientRect();
      return r.width > 0 && (r.height < 40 || r.width < 40);
    })
    .map((el) => `${nameOf(el)} “${(el.textContent ?? '').trim().slice(0, 12)}” ${Math.round(el.getBoundingClientRect().width)}×${Math.round(el.getBoundingClientRect().height)}`);

  const wideCharts = Array.from(document.querySelectorAll('canvas'))
    .filter((c) => {
      const r = c.getBoundingClientRect();
      const box = c.parentElement!.getBoundingClientRect();
      return r.width > box.width + 1 || !inView(r);
    })
    .map(nameOf);

  const rgba = (c: string) => (c.match(/[\d.]+/g) ?? []).map(Number);
  const luminance = (c: string) => {
    const [r8, g8, b8] = rgba(c).slice(0, 3).map((v) => v / 255).map((v) => (v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4));
    return 0.2126 * r8 + 0.7152 * g8 + 0.0722 * b8;
  };
  const ratio = (a: string, b: string) => {
    const [hi, lo] = [luminance(a), luminance(b)].toSorted((x, y) => y - x);
    return (hi + 0.05) / (lo + 0.05);
  };
  /** The first opaque background behind an element (the page is white). */
  const backdrop = (el: Element) => {
    for (let a: Element | null = el; a; a = a.parentElement) {
      const bg = getComputedStyle(a).backgroundColor;
      const [, , , alpha = 1] = rgba(bg);
      if (bg !== 'transparent' && alpha >= 0.99) return bg;
    }
    return 'rgb(255, 255, 255)';
  };
  const lowContrast = Array.from(document.querySelectorAll('body *'))
    .filter((el) => Array.from(el.childNodes).some((n) => n.nodeType === Node.TEXT_NODE && (n.textContent ?? '').trim()))
    .filter((el) => {
      const s = getComputedStyle(el);
      const r = el.getBoundingClientRect();
      if (r.width === 0 || s.visibility !== 'visible' || el.closest('script, .skip, thead[style], canvas')) return false;
      const large = parseFloat(s.fontSize) >= 24 || (parseFloat(s.fontSize) >= 18.6 && Number(s.fontWeight) >= 700);
      return ratio(s.color, backdrop(el)) < (large ? 3 : 4.5);
    })
    .slice(0, 5)
    .map((el) => `${nameOf(el)} “${(el.textContent ?? '').trim().slice(0, 12)}” ${ratio(getComputedStyle(el).color, backdrop(el)).toFixed(2)}`);

  let banner: Report['banner'] = null;
  const b = document.getElementById('sample-banner');
  if (b) {
    const r = b.getBoundingClientRect();
    const s = getComputedStyle(b);
    banner = { text: b.textContent ?? '', top: r.top, bottom: r.bottom, visible: s.visibility === 'visible' && s.display !== 'none' && r.height > 0 && r.width >= vw - 1, contrast: ratio(s.color, backdrop(b)) };
  }

  return {
    scrollWidth: document.documentElement.scrollWidth,
    clientWidth: vw,
    innerWidth: window.innerWidth,
    banner,
    loose,
    unnamed,
    h1: document.querySelectorAll('h1').length,
    skipped,
    small,
    wideCharts,
    lowContrast,
  };
}
/* oxlint-enable unicorn/consistent-function-scoping */

/** Every page kind, checked at both widths (paths are resolved once the seed's ids are known). */
const PAGE_KINDS = [
  'overview', 'search', 'search-query', 'search-empty', 'contract', 'contract-long', 'contract-hostile', 'region-index',
  'region-province', 'region-county', 'vendor', 'vendor-long', 'buyer-long', 'compare', 'not-found', 'bad-request',
] as const;
type PageKind = (typeof PAGE_KINDS)[number];

describe.skipIf(!hasChromium)('layout on a phone and a desktop, in Chromium', () => {
  let browser: Browser;
  let url = '';
  let ids: Record<string, number> = {};
  let close: (() => Promise<void>) | null = null;
  let where = {} as Record<PageKind, [path: string, status: number]>;
  const problems: string[] = [];

  beforeAll(async () => {
    const [b, server] = await Promise.all([launchBrowser(), seededServer({ extra: [LONG, ...MORE_PROVINCES] })]);
    browser = b;
    url = server.url;
    ids = server.ids;
    close = server.close;
    const api = async (path: string) => (await fetch(url + path)).json();
    const vendorId = (await api(`/api/contracts/${ids.scMulti}`)).lots[0].vendors[0].partyId;
    const longVendorId = (await api(`/api/contracts/${ids.longNames}`)).lots[0].vendors[0].partyId;
    const buyerId = (await api(`/api/contracts/${ids.longNames}`)).notice.buyerPartyId;
    where = {
      overview: ['/', 200],
      search: ['/search', 200],
      'search-query': [`/search?q=${encodeURIComponent('抖音')}&region=330000`, 200],
      'search-empty': [`/search?q=${encodeURIComponent('抖音')}&region=330106&kind=contract`, 200],
      contract: [`/contracts/${ids.scMulti}`, 200],
      'contract-long': [`/contracts/${ids.longNames}`, 200],
      'contract-hostile': [`/contracts/${ids.hostile}`, 200],
      'region-index': ['/regions', 200],
      'region-province': ['/regions/330000', 200],
      'region-county': ['/regions/330106', 200],
      vendor: [`/vendors/${vendorId}`, 200],
      'vendor-long': [`/vendors/${longVendorId}`, 200],
      'buyer-long': [`/buyers/${buyerId}`, 200],
      compare: ['/compare', 200],
      'not-found': ['/no/such/page', 404],
      'bad-request': ['/compare?metric=bogus', 400],
    };
  });
  afterAll(async () => {
    await browser?.close();
    await close?.();
  });

  for (const [tag, options] of [['phone', PHONE], ['desktop', DESKTOP]] as const) {
    const { width, height } = options.viewport!;
    describe(`at ${width} px: no sideways scroll, tables fit or scroll in their own box, the banner in view, every control named${tag === 'phone' ? ', 40 px tap targets' : ''}`, () => {
      let ctx: BrowserContext;
      let page: Page;
      beforeAll(async () => {
        ctx = await browser.newContext(options);
        page = await ctx.newPage();
        page.on('pageerror', (e) => problems.push(`${tag}: ${e.message}`));
        page.on('console', (m) => {
          // An error page's own status shows up as a failed resource load: that one is expected.
          if (m.type() === 'error' && !/Failed to load resource: .* (404|400)/.test(m.text())) problems.push(`${tag} ${page.url()}: ${m.text()}`);
        });
      });
      afterAll(async () => {
        await ctx?.close();
      });

      it.each(PAGE_KINDS)('%s', async (name) => {
        const [path, status] = where[name];
        const res = await page.goto(url + path);
        expect(res?.status(), path).toBe(status);
        await page.waitForLoadState('load');
        const r = await page.evaluate(inspect);
        const at = `${tag} ${name} (${path})`;
        // isMobile widens the layout viewport to fit overflowing content: the width must stay the device's.
        expect(r.innerWidth, `${at}: zoomed out to fit`).toBe(width);
        expect(r.scrollWidth, `${at}: the page scrolls sideways`).toBeLessThanOrEqual(r.clientWidth + 1);
        expect(r.loose, `${at}: tables wider than the screen with no scroller`).toEqual([]);
        expect(r.banner, `${at}: no sample banner`).not.toBeNull();
        expect(r.banner!.text, at).toContain('sample data');
        expect(r.banner!.visible, `${at}: banner hidden`).toBe(true);
        expect(r.banner!.top, `${at}: banner not at the top`).toBeGreaterThanOrEqual(0);
        expect(r.banner!.bottom, `${at}: banner taller than the first screen allows`).toBeLessThan(height / 4);
        expect(r.banner!.contrast, `${at}: banner contrast`).toBeGreaterThanOrEqual(4.5);
        expect(r.unnamed, `${at}: controls without an accessible name`).toEqual([]);
        expect(r.h1, `${at}: one h1`).toBe(1);
        expect(r.skipped, `${at}: heading levels skipped`).toEqual([]);
        expect(r.small, `${at}: tap targets under 40 px`).toEqual([]);
        expect(r.wideCharts, `${at}: charts wider than their box`).toEqual([]);
        expect(r.lowContrast, `${at}: text under AA contrast`).toEqual([]);
        await screenshot(page, `layout-${tag}-${name}`);
      });
    });
  }

  it('on a phone, a notice list shows each amount and both parties without sideways scrolling', async () => {
    const ctx = await browser.newContext(PHONE);
    const page = await ctx.newPage();
    for (const [path, table] of [['/search', '#results'], ['/', '#contracts']] as const) {
      await page.goto(url + path);
      const rows = await page.$$eval(`${table} tbody tr`, (trs) => {
        const vw = document.documentElement.clientWidth;
        return trs.map((tr) => {
          const cells = Array.from(tr.querySelectorAll('td'));
          return { id: tr.getAttribute('data-id'), outside: cells.filter((td) => td.getBoundingClientRect().right > vw + 1).length, amount: tr.querySelector('td.num')!.getBoundingClientRect().right };
        });
      });
      expect(rows.length, path).toBeGreaterThan(5);
      for (const row of rows) {
        expect(row.outside, `${path} notice ${row.id}: cells off screen`).toBe(0);
        expect(row.amount, `${path} notice ${row.id}: amount off screen`).toBeLessThanOrEqual(390);
      }
      // Who bought and who won are named by role, since the column headings are out of sight.
      const buyerLabel = await page.$eval(`${table} tbody tr:first-child td:nth-child(${table === '#results' ? 4 : 3})`, (td) => getComputedStyle(td, '::before').content);
      expect(buyerLabel, path).toContain('采购人');
    }
    // A keyboard reaches the cards' links and shows where it is (a phone with a keyboard, or a
    // narrow window): Tab until focus enters the results, at most 60 presses.
    await page.goto(`${url}/search`);
    let focus = { inResults: false, outline: 'none', width: 0, right: 0 };
    for (let i = 0; i < 60 && !focus.inResults; i++) {
      await page.keyboard.press('Tab');
      focus = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement;
        const st = getComputedStyle(el);
        return { inResults: Boolean(el.closest('#results tbody')), outline: st.outlineStyle, width: parseFloat(st.outlineWidth), right: el.getBoundingClientRect().right };
      });
    }
    expect(focus.inResults, 'Tab reaches the first result').toBe(true);
    expect(focus.outline).not.toBe('none');
    expect(focus.width).toBeGreaterThanOrEqual(2);
    expect(focus.right).toBeLessThanOrEqual(390);
    // The long vendor's contract list (a party page) reads the same way, its counterpart named.
    const longBuyer = (await (await fetch(`${url}/api/contracts/${ids.longNames}`)).json()).notice.buyerPartyId;
    await page.goto(`${url}/buyers/${longBuyer}`);
    expect(await page.$eval('#contracts tbody tr td:nth-child(3)', (td) => getComputedStyle(td, '::before').content)).toContain('供应商');
    await ctx.close();
  });

  it('on a phone, a search opens with a link past its form to the results; a desktop, whose form leaves room, has none', async () => {
    const path = `/search?q=${encodeURIComponent('抖音')}&region=330000`;
    for (const [options, shown] of [[PHONE, true], [DESKTOP, false]] as const) {
      const ctx = await browser.newContext(options);
      const page = await ctx.newPage();
      await page.goto(url + path);
      expect(await page.isVisible('#jump-results'), `visible at ${options.viewport!.width} px`).toBe(shown);
      if (shown) {
        const total = await page.getAttribute('#total', 'data-total');
        expect(await page.textContent('#jump-results')).toContain(`(${total})`);
        // The results start below the first screen; the link brings their summary to the top.
        expect(await page.$eval('#summary', (el) => el.getBoundingClientRect().top)).toBeGreaterThan(844);
        await page.click('#jump-results');
        await page.waitForFunction(() => Math.abs(document.querySelector('#summary')!.getBoundingClientRect().top) < 5);
        expect(await page.evaluate(() => document.activeElement?.id)).toBe('summary');
      }
      await ctx.close();
    }
    // No query and no filter: nothing to jump to.
    const ctx = await browser.newContext(PHONE);
    const page = await ctx.newPage();
    await page.goto(`${url}/search`);
    expect(await page.$('#jump-results')).toBeNull();
    await ctx.close();
  });

  it('charts follow the window from desktop to phone width, and crowded bars lie down on a phone', async () => {
    const ctx = await browser.newContext(DESKTOP);
    const page = await ctx.newPage();
    await page.goto(`${url}/regions/330000`);
    expect(await page.getAttribute('#chart-siblings', 'data-drawn')).toBe('1');
    await page.setViewportSize({ width: 390, height: 844 });
    // chart.js resizes on its ResizeObserver: wait for the canvas to follow, within a bounded time.
    await page.waitForFunction(() => Array.from(document.querySelectorAll('canvas')).every((c) => c.getBoundingClientRect().right <= document.documentElement.clientWidth + 1), null, { timeout: 5_000 });
    expect((await page.evaluate(inspect)).wideCharts).toEqual([]);
    await ctx.close();

    // Eight provinces stand side by side on a desktop; on a phone the bars lie down, one row each.
    for (const [options, expected] of [[DESKTOP, 'x'], [PHONE, 'y']] as const) {
      const c = await browser.newContext(options);
      const p = await c.newPage();
      await p.goto(`${url}/regions`);
      const chart = await p.$eval('#chart-regions', (el) => {
        const ch = (el as unknown as { pwChart: { options: { indexAxis: string }; data: { labels: string[] } } }).pwChart;
        return { axis: ch.options.indexAxis, bars: ch.data.labels.length, height: el.getBoundingClientRect().height };
      });
      expect(chart.bars).toBeGreaterThanOrEqual(8);
      expect(chart.axis, `${options.viewport!.width} px`).toBe(expected);
      if (expected === 'y') expect(chart.height, 'a row of at least 20 px per bar').toBeGreaterThanOrEqual(chart.bars * 20);
      await screenshot(p, `layout-${expected === 'y' ? 'phone' : 'desktop'}-region-index-chart`);
      await c.close();
    }
    expect(problems).toEqual([]);
  });
});
