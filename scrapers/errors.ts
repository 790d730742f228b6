/**
 * Scrape errors that carry their own retry policy, after crawlee's errors.ts: the run reads
 * `policy` instead of guessing from messages.
 *   retry   - transient: try again after exponential backoff (network, timeouts, 429, 5xx)
 *   backoff - the portal is refusing us: pause, then stop the whole source for this run
 *   never   - retrying cannot help; archive what we have and flag it
 * @module
 */

export type RetryPolicy = 'retry' | 'backoff' | 'never';

/** Base class: every scrape failure says how the run should react to it. */
export abstract class ScrapeError extends Error {
  abstract readonly policy: RetryPolicy;
  constructor(
    message: string,
    readonly url: string | null = null,
  ) {
    super(message);
  }
}

/** Network error, timeout, truncated body, 429 or 5xx: transient, so it is retried. */
export class FetchError extends ScrapeError {
  override name = 'FetchError';
  readonly policy = 'retry' as const;
  constructor(
    message: string,
    url: string | null,
    readonly status: number | null = null,
    /** how long the server asked us to wait (Retry-After), in ms */
    readonly retryAfterMs: number | null = null,
  ) {
    super(message, url);
  }
}

/**
 * A block, captcha or "频繁访问" page, or a WAF 403: hammering on makes it worse, so the run
 * backs off once and then stops the source. The page is kept so it can be archived as evidence.
 */
export class BlockedError extends ScrapeError {
  override name = 'BlockedError';
  readonly policy = 'backoff' as const;
  constructor(
    message: string,
    url: string | null,
    readonly status: number,
    /** the block page as received (archived with pageKind 'block') */
    readonly body: Buffer | null = null,
    readonly contentType: string | null = null,
  ) {
    super(message, url);
  }
}

/** A page whose structure we do not understand (missing container): never retried, archived and flagged broken. */
export class ParseError extends ScrapeError {
  override name = 'ParseError';
  readonly policy = 'never' as const;
}

/** The portal changed its layout or API shape as a whole (a list page without its list): never retried. */
export class PortalChangedError extends ParseError {
  override name = 'PortalChangedError';
}

/** robots.txt forbids the URL: asking again will not change the answer. */
export class RobotsDisallowedError extends ScrapeError {
  override name = 'RobotsDisallowedError';
  readonly policy = 'never' as const;
}

/** The body exceeded the size cap: the same URL will be as large next time. */
export class BodyTooLargeError extends ScrapeError {
  override name = 'BodyTooLargeError';
  readonly policy = 'never' as const;
}

/** A 4xx other than 403/429 (404 past the last list page, 410): retrying cannot help. */
export class HttpStatusError extends ScrapeError {
  override name = 'HttpStatusError';
  readonly policy = 'never' as const;
  constructor(
    message: string,
    url: string | null,
    readonly status: number,
  ) {
    super(message, url);
  }
}

/** The policy for any thrown value; unknown errors are treated as transient network failures. */
export function policyOf(e: unknown): RetryPolicy {
  return e instanceof ScrapeError ? e.policy : 'retry';
}
