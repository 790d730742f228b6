/**
 * Fetchers by name: a source says `fetcher: 'http' | 'browser'` and the run asks here.
 * @module
 */
import { BrowserPool, browserTransport } from './browser.js';
import { createFetcher, resolveFetcherOptions } from './fetcher.js';
import { httpTransport } from './http.js';
import type { Fetcher, FetcherOptions } from './types.js';

export * from './types.js';
export { BrowserPool } from './browser.js';
export { createFetcher } from './fetcher.js';

export type FetcherKind = 'http' | 'browser';

/**
 * A polite, retrying fetcher of the given kind. The browser kind needs the run's `pool` (one
 * Chromium per run) and the portal home page to open first.
 */
export function fetcherFor(kind: FetcherKind, options: FetcherOptions, browser?: { pool: BrowserPool; warmUrl: string }): Fetcher {
  if (kind === 'http') return createFetcher(httpTransport, options);
  if (!browser) throw new Error('the browser fetcher needs a BrowserPool and a home page URL');
  const o = resolveFetcherOptions(options);
  const b = browserTransport(browser.pool, browser.warmUrl, o.userAgent);
  return createFetcher(b.transport, options, b.close);
}
