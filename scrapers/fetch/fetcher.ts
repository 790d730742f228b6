/**
 * The polite, retrying fetcher: wraps a transport (HTTP or Chromium) with robots.txt, per-host
 * pacing, a global concurrency limit, exponential backoff with full jitter on transient
 * failures, Retry-After, block-page recognition and charset decoding. Every source gets the
 * same behaviour whatever its transport.
 * @module
 */
import PQueue from 'p-queue';
import { detectBlockPage } from '../block-page.js';
import { BlockedError, FetchError, HttpStatusError, RobotsDisallowedError, policyOf } from '../errors.js';
import { decodeBytes } from '../extract/decode.js';
import { HostGate, sleep } from './host-gate.js';
import { ALLOW_ALL, parseRobots, robotsAllows, type RobotsRules } from './robots.js';
import {
  DEFAULT_USER_AGENT,
  type FetchRequest,
  type FetchResponse,
  type Fetcher,
  type FetcherOptions,
  type RawResponse,
  type Transport,
} from './types.js';

/** Options with every default filled in. */
export type ResolvedFetcherOptions = Required<Omit<FetcherOptions, 'onEvent'>> & Pick<FetcherOptions, 'onEvent'>;

/** Fill in the defaults: 1 req/s and 1 at a time per host, 4 overall, 30 s timeout, 3 retries. */
export function resolveFetcherOptions(o: FetcherOptions = {}): ResolvedFetcherOptions {
  return {
    rate: o.rate ?? 1,
    perHost: o.perHost ?? 1,
    concurrency: o.concurrency ?? 4,
    timeoutMs: o.timeoutMs ?? 30_000,
    retries: o.retries ?? 3,
    backoffMs: o.backoffMs ?? 1_000,
    maxWaitMs: o.maxWaitMs ?? 120_000,
    maxBodyBytes: o.maxBodyBytes ?? 8 * 1024 * 1024,
    userAgent: o.userAgent ?? DEFAULT_USER_AGENT,
    robots: o.robots ?? true,
    onEvent: o.onEvent,
  };
}

/** Parse a Retry-After header (seconds or an HTTP date) into milliseconds. */
export function retryAfterMs(value: string | undefined, now = Date.now()): number | null {
  if (!value) return null;
  if (/^\d+$/.test(value.trim())) return Number(value.trim()) * 1000;
  const t = Date.parse(value);
  return Number.isNaN(t) ? null : Math.max(0, t - now);
}

/** Exponential backoff with full jitter: uniform in [base·2^attempt / 2, base·2^attempt], capped. */
export function backoffDelay(attempt: number, baseMs: number, maxMs: number): number {
  const ceiling = Math.min(maxMs, baseMs * 2 ** attempt);
  return Math.round(ceiling / 2 + Math.random() * (ceiling / 2));
}

/**
 * Turn a raw response into a decoded one, or throw the error its status or content calls for:
 * 429/5xx retry, 403 and block pages block, other 4xx never retry.
 */
export function classifyResponse(raw: RawResponse): FetchResponse {
  const { status, url } = raw;
  if (status === 429 || status >= 500)
    throw new FetchError(`HTTP ${status}`, url, status, retryAfterMs(raw.headers['retry-after']));
  if (status === 403) throw new BlockedError('HTTP 403 (firewall refused the client)', url, status, raw.body, raw.contentType);
  if (status >= 400) throw new HttpStatusError(`HTTP ${status}`, url, status);
  const { text, charset } = decodeBytes(raw.body, raw.contentType);
  const marker = detectBlockPage(text);
  if (marker) throw new BlockedError(`block page ("${marker}")`, url, status, raw.body, raw.contentType);
  return { ...raw, text, charset };
}

/** Build a polite, retrying fetcher over `transport`; `onClose` releases what the transport holds. */
export function createFetcher(transport: Transport, options: FetcherOptions = {}, onClose?: () => Promise<void>): Fetcher {
  const o = resolveFetcherOptions(options);
  const gate = new HostGate(o.rate, o.perHost);
  const global = new PQueue({ concurrency: Math.max(1, o.concurrency) });
  const robots = new Map<string, Promise<RobotsRules>>();
  const topts = { timeoutMs: o.timeoutMs, maxBodyBytes: o.maxBodyBytes, userAgent: o.userAgent };

  const once = (req: FetchRequest, host: string) =>
    gate.run(host, () => global.add(() => transport(req, topts)) as Promise<RawResponse>);

  async function withRetries(req: FetchRequest, host: string): Promise<FetchResponse> {
    for (let attempt = 0; ; attempt++) {
      try {
        return classifyResponse(await once(req, host));
      } catch (e) {
        if (policyOf(e) !== 'retry' || attempt >= o.retries) throw e;
        const asked = e instanceof FetchError ? e.retryAfterMs : null;
        if (asked !== null && asked > o.maxWaitMs)
          throw new BlockedError(`Retry-After of ${Math.round(asked / 1000)} s exceeds the ${o.maxWaitMs / 1000} s limit`, req.url, 429);
        const waitMs = asked ?? backoffDelay(attempt, o.backoffMs, o.maxWaitMs);
        // Retry-After speaks for the whole host; a backoff only for this request.
        if (asked !== null) gate.pause(host, waitMs);
        o.onEvent?.({ event: 'retry', url: req.url, attempt: attempt + 1, waitMs, reason: (e as Error).message });
        if (asked === null) await sleep(waitMs);
      }
    }
  }

  function rulesFor(url: URL): Promise<RobotsRules> {
    let p = robots.get(url.origin);
    if (!p) {
      p = withRetries({ url: `${url.origin}/robots.txt` }, url.host).then(
        (res) => parseRobots(res.text),
        (e: unknown) => {
          // RFC 9309: an unreachable robots.txt (4xx) means no restrictions.
          o.onEvent?.({ event: 'robots', url: `${url.origin}/robots.txt`, reason: `unavailable, allowing all: ${(e as Error).message}` });
          return ALLOW_ALL;
        },
      );
      p = p.then((rules) => {
        if (rules.crawlDelay) gate.setMinInterval(url.host, rules.crawlDelay * 1000);
        return rules;
      });
      robots.set(url.origin, p);
    }
    return p;
  }

  return {
    async fetch(req) {
      const url = new URL(req.url);
      if (o.robots) {
        const rules = await rulesFor(url);
        if (!robotsAllows(rules, url.pathname + url.search))
          throw new RobotsDisallowedError(`robots.txt disallows ${url.pathname}`, req.url);
      }
      return withRetries(req, url.host);
    },
    async close() {
      await global.onIdle();
      await onClose?.();
    },
  };
}
