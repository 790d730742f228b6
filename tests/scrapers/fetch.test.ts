/**
 * The polite, retrying HTTP fetcher against a loopback replay with injected faults: what it
 * retries, what it gives up on, how it paces, what it decodes.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BlockedError, BodyTooLargeError, FetchError, HttpStatusError, RobotsDisallowedError } from '../../scrapers/errors.js';
import { createFetcher } from '../../scrapers/fetch/fetcher.js';
import { httpTransport } from '../../scrapers/fetch/http.js';
import type { FetcherOptions } from '../../scrapers/fetch/types.js';
import { startReplay, type Replay, type ReplayHandler } from '../../scrapers/replay/index.js';

const PAGE = '<!DOCTYPE html><html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><title>成交公告</title></head><body><div class="vF_detail_content">短视频制作服务项目成交金额：24.8万元</div></body></html>';
const seenAgents: string[] = [];

const handler: ReplayHandler = (req) => {
  seenAgents.push(String(req.headers['user-agent'] ?? ''));
  if (req.path === '/big') return { status: 200, headers: { 'content-type': 'text/html; charset=utf-8' }, body: 'x'.repeat(300_000) };
  if (req.path.startsWith('/page')) return { status: 200, headers: { 'content-type': 'text/html; charset=utf-8' }, body: PAGE };
  return null;
};

let server: Replay;
const fast: FetcherOptions = { rate: 0, retries: 3, backoffMs: 5, timeoutMs: 1_000 };

beforeAll(async () => {
  server = await startReplay({ portal: 'ccgp', handler });
});
afterAll(() => server.close());

function statuses(path: string): number[] {
  return server.requests.filter((r) => r.path === path).map((r) => r.status);
}

describe('http fetcher', () => {
  it('retries a 429 after the Retry-After it was given, then succeeds', async () => {
    server.setFaults({ match: '/page429', rateLimit: { count: 1, retryAfterSec: 1 } });
    const f = createFetcher(httpTransport, fast);
    const t0 = Date.now();
    const res = await f.fetch({ url: `${server.baseUrl}/page429` });
    expect(Date.now() - t0).toBeGreaterThanOrEqual(950);
    expect(res.text).toContain('24.8万元');
    expect(statuses('/page429')).toEqual([429, 200]);
  });

  it('treats a Retry-After beyond its limit as a block, without waiting', async () => {
    server.setFaults({ match: '/pageLong', rateLimit: { count: 5, retryAfterSec: 3600 } });
    const f = createFetcher(httpTransport, { ...fast, maxWaitMs: 5_000 });
    await expect(f.fetch({ url: `${server.baseUrl}/pageLong` })).rejects.toBeInstanceOf(BlockedError);
    expect(statuses('/pageLong')).toEqual([429]);
  });

  it('rides out a burst of 503s with backoff, and gives up when the burst outlasts its retries', async () => {
    server.setFaults({ match: '/page503', unavailable: { count: 2 } });
    const f = createFetcher(httpTransport, fast);
    expect((await f.fetch({ url: `${server.baseUrl}/page503` })).status).toBe(200);
    expect(statuses('/page503')).toEqual([503, 503, 200]);
    server.setFaults({ match: '/page503b', unavailable: { count: 10 } });
    const err = await f.fetch({ url: `${server.baseUrl}/page503b` }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(FetchError);
    expect((err as FetchError).status).toBe(503);
    expect(statuses('/page503b')).toEqual([503, 503, 503, 503]);
  });

  it('times out a stalled response and retries it', async () => {
    server.setFaults({ match: '/pageStall', stall: { count: 1 } });
    const f = createFetcher(httpTransport, { ...fast, timeoutMs: 300 });
    const res = await f.fetch({ url: `${server.baseUrl}/pageStall` });
    expect(res.text).toBe(PAGE);
    expect(statuses('/pageStall')).toHaveLength(2);
  });

  it('waits for a slow response within its timeout', async () => {
    server.setFaults({ match: '/pageSlow', slowMs: 200 });
    const f = createFetcher(httpTransport, fast);
    expect((await f.fetch({ url: `${server.baseUrl}/pageSlow` })).text).toBe(PAGE);
    expect(statuses('/pageSlow')).toEqual([200]);
  });

  it('refetches a truncated body instead of keeping half a page', async () => {
    server.setFaults({ match: '/pageCut', truncate: { count: 1 } });
    const f = createFetcher(httpTransport, fast);
    const res = await f.fetch({ url: `${server.baseUrl}/pageCut` });
    expect(res.body.length).toBe(Buffer.byteLength(PAGE));
    expect(statuses('/pageCut')).toHaveLength(2);
  });

  it('decodes a GBK page whose meta says gbk', async () => {
    server.setFaults({ match: '/pageGbk', gbk: true });
    const f = createFetcher(httpTransport, fast);
    const res = await f.fetch({ url: `${server.baseUrl}/pageGbk` });
    expect(res.charset).toBe('gb18030');
    expect(res.text).toContain('短视频制作服务项目成交金额：24.8万元');
    expect(res.body.includes(Buffer.from('短视频', 'utf8'))).toBe(false);
  });

  it('recognises the 频繁访问 and captcha pages as blocks, keeping the page', async () => {
    const f = createFetcher(httpTransport, fast);
    server.setFaults({ match: '/pageBlock', blockAfter: 0 });
    const e1 = await f.fetch({ url: `${server.baseUrl}/pageBlock` }).catch((e: unknown) => e);
    expect(e1).toBeInstanceOf(BlockedError);
    expect((e1 as BlockedError).body?.toString()).toContain('频繁访问');
    server.setFaults({ match: '/pageCaptcha', blockAfter: 0, blockKind: 'captcha' });
    await expect(f.fetch({ url: `${server.baseUrl}/pageCaptcha` })).rejects.toBeInstanceOf(BlockedError);
    server.setFaults({ match: '/pageWaf', blockAfter: 0, blockKind: 'waf403' });
    await expect(f.fetch({ url: `${server.baseUrl}/pageWaf` })).rejects.toBeInstanceOf(BlockedError);
    // blocks are never hammered: one request each
    expect(statuses('/pageBlock')).toHaveLength(1);
  });

  it('does not retry a 404', async () => {
    server.setFaults({});
    const f = createFetcher(httpTransport, fast);
    await expect(f.fetch({ url: `${server.baseUrl}/missing` })).rejects.toBeInstanceOf(HttpStatusError);
    expect(statuses('/missing')).toEqual([404]);
  });

  it('caps the body size', async () => {
    server.setFaults({});
    const f = createFetcher(httpTransport, { ...fast, maxBodyBytes: 100_000 });
    await expect(f.fetch({ url: `${server.baseUrl}/big` })).rejects.toBeInstanceOf(BodyTooLargeError);
  });

  it('obeys robots.txt and never requests a disallowed path', async () => {
    server.setFaults({ robots: 'User-agent: *\nDisallow: /page-private\n\nUser-agent: procwatch\nDisallow: /pageNo\nAllow: /pageNo/ok\n' });
    const f = createFetcher(httpTransport, fast);
    await expect(f.fetch({ url: `${server.baseUrl}/pageNo/x` })).rejects.toBeInstanceOf(RobotsDisallowedError);
    expect((await f.fetch({ url: `${server.baseUrl}/pageNo/ok` })).status).toBe(200);
    // our own group applies, not '*'
    expect((await f.fetch({ url: `${server.baseUrl}/page-private` })).status).toBe(200);
    expect(statuses('/pageNo/x')).toEqual([]);
  });

  it('paces one host at the configured rate, one request at a time, and names itself', async () => {
    server.setFaults({ slowMs: 30 });
    const f = createFetcher(httpTransport, { ...fast, rate: 10, robots: false });
    const t0 = Date.now();
    const starts: number[] = [];
    await Promise.all(
      [1, 2, 3, 4].map(async (i) => {
        const res = await f.fetch({ url: `${server.baseUrl}/pagePace${i}` });
        starts.push(Date.now() - t0);
        return res;
      }),
    );
    // 4 requests at 10/s: the last cannot start before 300 ms
    expect(Math.max(...starts)).toBeGreaterThanOrEqual(290);
    expect(seenAgents[seenAgents.length - 1]).toMatch(/procwatch\/[\d.]+ \(\+https?:\/\/\S+/);
  });
});
