/**
 * The Chromium transport, for portals whose firewall turns scripted clients away (gdgpo): one
 * Debian Chromium per run, one context per source with images, fonts and media blocked. The
 * context first opens the portal's home page so the SPA's own JavaScript sets its cookies;
 * then each request is a fetch() made from inside that page (same origin, same cookies), or a
 * navigation when the rendered DOM is wanted (`render: true`).
 * @module
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { FetchError } from '../errors.js';
import type { FetchRequest, RawResponse, Transport, TransportOptions } from './types.js';

/** Where Debian puts Chromium; CHROMIUM_PATH overrides. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

const BLOCKED_TYPES = new Set(['image', 'font', 'media']);

/** One browser per run, shared by every source that needs it; launched on first use. */
export class BrowserPool {
  private browser: Promise<Browser> | null = null;

  launch(): Promise<Browser> {
    // playwright-core is loaded on first launch, not at import: it costs ~80 MB of RSS, and the
    // scraper imports this module for every run though only browser sources launch Chromium.
    this.browser ??= import('playwright-core').then(({ chromium }) =>
      chromium.launch({
        executablePath: CHROMIUM_PATH,
        headless: true,
        args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
      }),
    );
    return this.browser;
  }

  async close(): Promise<void> {
    if (!this.browser) return;
    const b = await this.browser.catch(() => null);
    this.browser = null;
    await b?.close();
  }
}

/**
 * A transport that runs requests in a Chromium context of its own. `warmUrl` (the portal's
 * home page) is opened once before the first request. Returns the transport and its closer.
 */
export function browserTransport(pool: BrowserPool, warmUrl: string, userAgent: string): { transport: Transport; close: () => Promise<void> } {
  let ready: Promise<{ context: BrowserContext; page: Page }> | null = null;

  async function open(opts: TransportOptions) {
    const browser = await pool.launch();
    const base = await browser.newContext({ locale: 'zh-CN' });
    const probe = await base.newPage();
    const chromeUa = await probe.evaluate(() => navigator.userAgent);
    await base.close();
    // A real browser's UA with procwatch and its contact appended: honest, and what the SPA expects.
    const context = await browser.newContext({ locale: 'zh-CN', userAgent: `${chromeUa.replace('HeadlessChrome', 'Chrome')} ${userAgent}` });
    await context.route('**/*', (route) =>
      BLOCKED_TYPES.has(route.request().resourceType()) ? route.abort() : route.continue(),
    );
    const page = await context.newPage();
    page.setDefaultTimeout(opts.timeoutMs);
    const res = await page.goto(warmUrl, { waitUntil: 'load', timeout: opts.timeoutMs });
    if (!res) throw new FetchError('no response from the home page', warmUrl);
    // The SPA sets its session cookie from script; give it a moment, bounded.
    for (let i = 0; i < 50 && (await context.cookies()).length === 0; i++) await page.waitForTimeout(100);
    return { context, page };
  }

  const transport: Transport = async (req: FetchRequest, opts: TransportOptions): Promise<RawResponse> => {
    ready ??= open(opts);
    let session;
    try {
      session = await ready;
    } catch (e) {
      ready = null; // let the next attempt try again
      throw new FetchError(`browser could not open ${warmUrl}: ${(e as Error).message.split('\n')[0]}`, req.url);
    }
    return req.render ? navigate(session.context, req, opts) : inPageFetch(session.page, req, opts);
  };

  return {
    transport,
    async close() {
      const s = await ready?.catch(() => null);
      await s?.context.close().catch(() => undefined);
    },
  };
}

async function inPageFetch(page: Page, req: FetchRequest, opts: TransportOptions): Promise<RawResponse> {
  const r = await page
    .evaluate(
      async ({ url, method, body, headers, timeoutMs, cap }) => {
        const ctl = new AbortController();
        const timer = setTimeout(() => ctl.abort(), timeoutMs);
        try {
          const res = await fetch(url, { method, body, headers, credentials: 'include', signal: ctl.signal });
          const buf = new Uint8Array(await res.arrayBuffer());
          if (buf.length > cap) return { error: `body exceeds the ${cap}-byte cap` };
          let bin = '';
          for (let i = 0; i < buf.length; i += 0x8000) bin += String.fromCharCode(...buf.subarray(i, i + 0x8000));
          const hs: [string, string][] = [];
          res.headers.forEach((v, k) => hs.push([k, v]));
          return { status: res.status, headers: hs, b64: btoa(bin) };
        } catch (e) {
          return { error: ctl.signal.aborted ? `timed out after ${timeoutMs} ms` : String(e) };
        } finally {
          clearTimeout(timer);
        }
      },
      { url: req.url, method: req.method ?? 'GET', body: req.body, headers: req.headers ?? {}, timeoutMs: opts.timeoutMs, cap: opts.maxBodyBytes },
    )
    .catch((e: Error) => ({ error: e.message.split('\n')[0] }));
  if ('error' in r) throw new FetchError(String(r.error), req.url);
  const headers = Object.fromEntries(r.headers);
  return { url: req.url, status: r.status, headers, contentType: headers['content-type'] ?? null, body: Buffer.from(r.b64, 'base64') };
}

async function navigate(context: BrowserContext, req: FetchRequest, opts: TransportOptions): Promise<RawResponse> {
  const page = await context.newPage();
  try {
    const res = await page.goto(req.url, { waitUntil: 'domcontentloaded', timeout: opts.timeoutMs });
    if (!res) throw new FetchError('no response', req.url);
    const html = await page.content();
    return { url: req.url, status: res.status(), headers: await res.allHeaders(), contentType: 'text/html; charset=utf-8', body: Buffer.from(html, 'utf8') };
  } catch (e) {
    if (e instanceof FetchError) throw e;
    throw new FetchError((e as Error).message.split('\n')[0], req.url);
  } finally {
    await page.close().catch(() => undefined);
  }
}
