/**
 * The shapes of a scrape run: what it is asked to do, what it reports, how it ended.
 * @module
 */
import type { BrowserPool } from '../fetch/index.js';
import type { ScrapeMode, Source } from '../sources/types.js';
import type { OwedStatus } from './owed.js';
import type { RunLogger } from './run-log.js';
import type { RunStatus } from './run-row.js';

export interface RunOptions {
  source: Source;
  /** fetch from here instead of the real portal (a replay); canonical URLs are stored either way */
  baseUrl?: string | null;
  mode?: ScrapeMode;
  since?: string | null;
  until?: string | null;
  /** pages per list (channel, keyword, category); default unlimited (nightly runs stop at known notices) */
  maxPages?: number | null;
  /** requests per second per host; 0 = no limit; default the source's pacing */
  rate?: number;
  concurrency?: number;
  retries?: number;
  backoffMs?: number;
  timeoutMs?: number;
  /** pause after the first block page before trying once more; default 60 s */
  blockBackoffMs?: number;
  /** extraction time limit per page (the worker is terminated past it); default 30 s */
  extractTimeoutMs?: number;
  /** a private pool of this many extraction workers (default: the process-wide shared pool of 1) */
  extractWorkers?: number;
  /**
   * owed URLs (failed in earlier runs) retried per run, oldest first; the rest wait for later
   * runs and stay owed. Default 100. A killed run's unfinished work is always resumed in full.
   */
  maxOwed?: number;
  /** owed URLs older than this many days raise a warning on every run; default 7 */
  owedWarnDays?: number;
  /** detail pages committed per transaction; default 25 */
  batchPages?: number;
  /** longest a stored page waits for its batch's commit, in ms; default 200 */
  batchMs?: number;
  keywords?: string[];
  robots?: boolean;
  log?: RunLogger;
  /** one Chromium shared by several runs (the caller closes it); default: the run opens and closes its own */
  browser?: BrowserPool;
  now?: Date;
  /**
   * Stop the run (SIGTERM, Ctrl-C): it takes no new URLs, lets the fetches in flight finish,
   * commits what it read and ends `aborted`; the rest stays queued for the next run. The
   * signal's reason (e.g. "SIGTERM") is named in the run's error.
   */
  signal?: AbortSignal;
}

export interface RunReport {
  decision: string;
  skippedByClassifier: number;
  skippedOutOfWindow: number;
  known: number;
  duplicates: number;
  unchanged: number;
  refetched: number;
  robotsDisallowed: number;
  retries: number;
  brokenPages: number;
  lists: Record<string, number>;
  drift: string[];
  /** unfinished rows of a killed (or blocked) run this run picked up */
  resumed: number;
  /** owed rows (failed in earlier runs) this run retried first */
  owedRetried: number;
  /** owed rows left for later runs by the per-run bound (`maxOwed`) */
  owedWaiting: number;
  /** URLs given up because fetching them can never succeed (410 Gone, over the size cap) */
  dropped: { url: string; reason: string }[];
  /** what the source owes when the run ends */
  owed: OwedStatus | null;
  warnings: string[];
  /** transactions the run committed detail pages in, and how many pages they held */
  batches: { commits: number; pages: number };
}

export interface RunSummary {
  runId: number;
  status: RunStatus;
  listed: number;
  fetched: number;
  newCount: number;
  changed: number;
  skipped: number;
  failed: number;
  blocked: number;
  durationMs: number;
  error: string | null;
  /** URLs the source still owes (failed, or never reached) when the run ends */
  owed: OwedStatus;
  report: RunReport;
}

/** Exit code for a finished run: 0 ok, 1 failed, 3 blocked, 4 partial (pages failed or still owed, or layout drift). */
export function exitCodeFor(status: RunStatus): number {
  return status === 'ok' ? 0 : status === 'blocked' ? 3 : status === 'partial' ? 4 : 1;
}
