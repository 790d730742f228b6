/**
 * One signature for every way of fetching a page (plain HTTP or inside Chromium), so a source
 * adapter picks a fetcher by name and the run never cares which one it got.
 * @module
 */

/** What to fetch. `url` is the address actually requested (replay or real portal). */
export interface FetchRequest {
  url: string;
  method?: 'GET' | 'POST';
  /** request body (POST JSON APIs) */
  body?: string;
  headers?: Record<string, string>;
  /** browser fetcher only: navigate and return the rendered DOM instead of calling fetch() in the page */
  render?: boolean;
}

/** A response as it came off the wire (before charset decoding). */
export interface RawResponse {
  url: string;
  status: number;
  headers: Record<string, string>;
  contentType: string | null;
  body: Buffer;
}

/** A successful, decoded response (status 2xx, not a block page). */
export interface FetchResponse extends RawResponse {
  text: string;
  charset: string;
}

/** Does one request once; the polite, retrying layer in fetcher.ts wraps it. */
export type Transport = (req: FetchRequest, opts: TransportOptions) => Promise<RawResponse>;

export interface TransportOptions {
  timeoutMs: number;
  maxBodyBytes: number;
  userAgent: string;
}

/** Events the fetcher reports (retries, waits) so the run can log them. */
export interface FetchEvent {
  event: 'retry' | 'robots' | 'wait';
  url: string;
  attempt?: number;
  waitMs?: number;
  reason?: string;
}

export interface FetcherOptions {
  /** requests per second per host; 0 = no limit (replay, benchmarks). Default 1. */
  rate?: number;
  /** simultaneous requests per host when rate > 0. Default 1. */
  perHost?: number;
  /** simultaneous requests overall. Default 4. */
  concurrency?: number;
  /** per attempt, covering headers and body. Default 30 s. */
  timeoutMs?: number;
  /** retries after the first attempt for transient failures. Default 3. */
  retries?: number;
  /** first backoff; doubles per attempt, with full jitter. Default 1 s. */
  backoffMs?: number;
  /** no single wait (backoff or Retry-After) longer than this; a longer Retry-After counts as a block. Default 120 s. */
  maxWaitMs?: number;
  /** body size cap. Default 8 MB. */
  maxBodyBytes?: number;
  userAgent?: string;
  /** obey robots.txt. Default true. */
  robots?: boolean;
  onEvent?: (e: FetchEvent) => void;
}

/** The polite, retrying fetcher a run uses. */
export interface Fetcher {
  fetch(req: FetchRequest): Promise<FetchResponse>;
  close(): Promise<void>;
}

/** Names procwatch and where to complain, as polite crawlers do. */
export const DEFAULT_USER_AGENT =
  'procwatch/0.1 (+https://github.com/procwatch/procwatch; public-interest procurement watchdog)';
