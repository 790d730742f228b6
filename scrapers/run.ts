/**
 * One scrape run of one source, as issue 4 asks: the durable frontier (`pending_urls`) so a
 * run killed at any point resumes with nothing lost or stored twice; every page archived before
 * extraction, in the same transaction as its extraction and its frontier row; incremental
 * nightly runs that stop paging at known notices; `--since/--until` backfills; corrections
 * of known projects fetched again; block pages archived, then a back-off, then the source
 * stopped; layout drift reported against the source's history; a `scrape_runs` row with counts.
 * @module
 */
import { inTransaction, type Db } from '../db/index.js';
import { ensureSource, markRawPage, saveRawPage } from '../db/store.js';
import { BlockedError, HttpStatusError, ParseError, RobotsDisallowedError, policyOf } from './errors.js';
import { classifyTitle } from './extract/index.js';
import { BrowserPool, fetcherFor, type FetchEvent, type Fetcher, type FetchResponse } from './fetch/index.js';
import { sleep } from './fetch/host-gate.js';
import { prepareIngest, storeExtraction, type IngestResult } from './ingest.js';
import { ExtractPool, sharedExtractPool } from './run/extract-pool.js';
import { bumpAttempts, done, enqueue, knownDetail, lastHints, pageStatus, pendingCount, projectSiblings, takePending, type PendingRow } from './run/frontier.js';
import { consoleLogger, type Progress, type RunLogger } from './run/run-log.js';
import { abortStaleRuns, bump, finishRun, historicRate, runRow, startRun, type RunStatus } from './run/run-row.js';
import { CCGP_VIDEO_KEYWORDS } from './sources/ccgp.js';
import { rebase, type ListRequest, type ScrapeMode, type Source } from './sources/types.js';

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
  /** a frontier row is dropped after this many failed runs; default 3 */
  maxAttempts?: number;
  keywords?: string[];
  robots?: boolean;
  log?: RunLogger;
  /** one Chromium shared by several runs (the caller closes it); default: the run opens and closes its own */
  browser?: BrowserPool;
  now?: Date;
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
  resumed: number;
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
  report: RunReport;
}

/** Exit code for a finished run: 0 ok, 1 failed, 3 blocked, 4 partial (some pages failed or layout drift). */
export function exitCodeFor(status: RunStatus): number {
  return status === 'ok' ? 0 : status === 'blocked' ? 3 : status === 'partial' ? 4 : 1;
}

/** Whether a list item's detail page is worth fetching, by title: the extractor's classifier, leaning to recall. */
function passesClassifier(title: string): boolean {
  const c = classifyTitle(title);
  return c.isVideoOps || c.score > 0;
}

function isSamplePage(body: Buffer): boolean {
  return body.subarray(0, 8192).includes('procwatch-sample');
}

/** Run one scrape of `opts.source` into `db`. Never throws for page-level trouble; see the summary. */
export async function runScrape(db: Db, opts: RunOptions): Promise<RunSummary> {
  const source = opts.source;
  const started = Date.now();
  const now = opts.now ?? new Date();
  const mode: ScrapeMode = opts.mode ?? 'lists';
  if (!source.modes.includes(mode)) throw new Error(`source ${source.id} has no ${mode} mode (it has: ${source.modes.join(', ')})`);
  const since = opts.since ?? null;
  const until = opts.until ?? null;
  const maxAttempts = opts.maxAttempts ?? 3;
  const keywords = opts.keywords?.length ? opts.keywords : CCGP_VIDEO_KEYWORDS;
  const classify = source.classifyTitles && mode === 'lists';
  const progress: Progress = { lists: 0, listed: 0, queued: 0, fetched: 0, newCount: 0, failed: 0, blocked: 0 };
  const log = opts.log ?? consoleLogger(source.id, () => progress);
  const report: RunReport = {
    decision: classify
      ? 'channel-list items get a detail fetch only when classifyTitle(title) says video ops or scores above 0; the rest are counted as skipped'
      : 'every search or list hit gets a detail fetch (the query already selected it)',
    skippedByClassifier: 0, skippedOutOfWindow: 0, known: 0, duplicates: 0, unchanged: 0, refetched: 0,
    robotsDisallowed: 0, retries: 0, brokenPages: 0, lists: {}, drift: [], resumed: 0,
  };

  ensureSource(db, { id: source.id, name: source.name, baseUrl: source.baseUrl });
  const aborted = abortStaleRuns(db, source.id);
  const resumed = pendingCount(db, source.id);
  report.resumed = resumed;
  const runMode = resumed ? 'resume' : since || until ? 'backfill' : 'nightly';
  const params = { mode, since, until, maxPages: opts.maxPages ?? null, rate: opts.rate ?? source.pacing.rate, baseUrl: opts.baseUrl ?? null, keywords: mode === 'search' ? keywords : undefined };
  const runId = startRun(db, source.id, runMode, params);
  log({ event: 'run_start', runId, runMode, ...params, resumedPending: resumed, abortedRuns: aborted });

  if (!resumed) {
    inTransaction(db, () => {
      for (const req of source.startRequests({ mode, since, until, keywords, now })) enqueue(db, source.id, runId, req.url, 'list', { request: req });
    });
  }

  const ownPool = source.fetcher === 'browser' && !opts.browser ? new BrowserPool() : null;
  const browserPool = opts.browser ?? ownPool;
  const onEvent = (e: FetchEvent) => {
    if (e.event === 'retry') report.retries++;
    log({ ...e });
  };
  const fetcher: Fetcher = fetcherFor(
    source.fetcher,
    { rate: opts.rate ?? source.pacing.rate, retries: opts.retries ?? source.pacing.retries, backoffMs: opts.backoffMs, timeoutMs: opts.timeoutMs, concurrency: opts.concurrency, robots: opts.robots, onEvent },
    browserPool ? { pool: browserPool, warmUrl: rebase(`${source.baseUrl}${source.warmPath ?? '/'}`, opts.baseUrl) } : undefined,
  );

  const pool = opts.extractWorkers ? new ExtractPool(opts.extractWorkers) : sharedExtractPool();
  const ownExtractPool = opts.extractWorkers ? pool : null;
  const extractTimeoutMs = opts.extractTimeoutMs ?? 30_000;
  // Pages fetched by this run: a correction does not send us back to a page we just read.
  const fetchedThisRun = new Set<string>();
  // Frontier rows that failed in this run: kept for the next run, not retried again now.
  const deferred = new Set<number>();
  let stopReason: string | null = null;
  let blockedStop = false;
  let backoffUntil = 0;
  let backedOff = false;
  const blockBackoffMs = opts.blockBackoffMs ?? 60_000;

  function onBlocked(row: PendingRow, e: BlockedError) {
    inTransaction(db, () => {
      if (e.body) {
        const stored = saveRawPage(db, { sourceId: source.id, runId, url: row.url, pageKind: 'block', httpStatus: e.status, contentType: e.contentType, body: e.body });
        markRawPage(db, stored.id, 'blocked', e.message);
      }
      bump(db, runId, { blocked: 1 });
    });
    progress.blocked++;
    if (!backedOff) {
      backedOff = true;
      backoffUntil = Date.now() + blockBackoffMs;
      log({ event: 'blocked', url: row.url, reason: e.message, action: `backing off ${Math.round(blockBackoffMs / 1000)} s, then one more try` });
    } else if (Date.now() >= backoffUntil) {
      blockedStop = true;
      stopReason = `blocked by the portal (${e.message}) again after backing off; source stopped, ${pendingCount(db, source.id)} URLs stay queued for the next run`;
      log({ event: 'blocked', url: row.url, reason: e.message, action: 'stopping the source' });
    }
  }

  function onFailed(row: PendingRow, e: unknown) {
    const err = e as Error;
    const never = policyOf(e) === 'never';
    let gaveUp = never;
    inTransaction(db, () => {
      if (!never) gaveUp = bumpAttempts(db, row.id) >= maxAttempts;
    // Retries within the run already happened in the fetcher; the row waits for the next run.
    if (!gaveUp) deferred.add(row.id);
      if (gaveUp) done(db, row.id);
      bump(db, runId, { failed: 1 });
    });
    progress.failed++;
    log({ event: 'failed', url: row.url, kind: row.pageKind, reason: `${err.name}: ${err.message}`, willRetryNextRun: !gaveUp });
  }

  async function handleList(row: PendingRow, req: ListRequest) {
    let res: FetchResponse;
    try {
      res = await fetcher.fetch({ url: rebase(req.url, opts.baseUrl), method: req.method, body: req.body, headers: req.headers });
    } catch (e) {
      if (e instanceof HttpStatusError && e.status === 404 && req.page > 1) {
        // ccgp's static lists end with a 404 past the last page: the list is simply over.
        done(db, row.id);
        return;
      }
      if (e instanceof RobotsDisallowedError) {
        report.robotsDisallowed++;
        inTransaction(db, () => (done(db, row.id), bump(db, runId, { skipped: 1 })));
        log({ event: 'robots', url: req.url, reason: e.message });
        return;
      }
      if (e instanceof BlockedError) return onBlocked(row, e);
      return onFailed(row, e);
    }
    progress.lists++;
    report.lists[req.label] = (report.lists[req.label] ?? 0) + 1;
    inTransaction(db, () => {
      const stored = saveRawPage(db, { sourceId: source.id, runId, url: req.url, pageKind: 'list', httpStatus: res.status, contentType: res.contentType, charset: res.charset, body: res.body, hints: { request: req }, isSample: isSamplePage(res.body) });
      let page;
      try {
        page = source.parseList(res.text, req);
      } catch (e) {
        if (!(e instanceof ParseError)) throw e;
        markRawPage(db, stored.id, 'broken', e.message);
        report.drift.push(`list ${req.label} page ${req.page}: ${e.message} (archived as raw page ${stored.id})`);
        done(db, row.id);
        bump(db, runId, { failed: 1 });
        progress.failed++;
        log({ event: 'portal_changed', url: req.url, reason: e.message, rawPageId: stored.id });
        return;
      }
      markRawPage(db, stored.id, 'ok', null);
      let sawKnown = false;
      let allOlder = page.items.length > 0;
      let skipped = 0;
      for (const item of page.items) {
        const day = item.publishedAt;
        if (day && since && day >= since) allOlder = false;
        if (!day || !since) allOlder = false;
        if (day && ((since && day < since) || (until && day > until))) {
          report.skippedOutOfWindow++;
          skipped++;
          continue;
        }
        const known = knownDetail(db, item.url);
        if (known) {
          sawKnown = true;
          const relisted = (known.title && item.title && known.title !== item.title) || (known.publishedAt && day && known.publishedAt !== day);
          if (!relisted) {
            report.known++;
            continue;
          }
          if (enqueue(db, source.id, runId, item.url, 'detail', { hints: item.hints, refetch: 'the list shows a changed title or date' })) report.refetched++;
          continue;
        }
        if (classify && !passesClassifier(item.title)) {
          report.skippedByClassifier++;
          skipped++;
          continue;
        }
        if (!enqueue(db, source.id, runId, item.url, 'detail', { hints: item.hints })) report.duplicates++;
      }
      let next = page.next;
      if (next && opts.maxPages && req.page >= opts.maxPages) next = null;
      // Nightly: the lists are newest first, so a page holding known notices means we have caught up.
      if (next && sawKnown && !since && mode === 'lists') next = null;
      if (next && allOlder) next = null;
      if (next) enqueue(db, source.id, runId, next.url, 'list', { request: next });
      done(db, row.id);
      bump(db, runId, { listed: page.items.length, skipped });
      progress.listed += page.items.length;
      log({ event: 'list', url: req.url, label: req.label, page: req.page, items: page.items.length, skipped, next: next ? next.page : null });
    });
  }

  /** Drop the frontier row and count the outcome (call inside the transaction that stored it). */
  function settleDetail(row: PendingRow, ing: IngestResult, changedBytes: boolean) {
    const ok = ing.status === 'ok' || ing.status === 'superseded';
    done(db, row.id);
    bump(db, runId, { fetched: 1, newCount: ok && ing.isNew ? 1 : 0, changed: ok && !ing.isNew && changedBytes ? 1 : 0, failed: ok ? 0 : 1 });
    if (ok && ing.kind === 'correction' && ing.projectCode) {
      for (const url of projectSiblings(db, source.id, ing.projectCode, row.url))
        if (!fetchedThisRun.has(url) && enqueue(db, source.id, runId, url, 'detail', { hints: lastHints(db, url), refetch: `correction ${row.url} of project ${ing.projectCode}` })) report.refetched++;
    }
  }

  async function handleDetail(row: PendingRow) {
    const dreq = source.detailRequest(row.url);
    let res: FetchResponse;
    try {
      res = await fetcher.fetch({ ...dreq, url: rebase(dreq.url, opts.baseUrl) });
    } catch (e) {
      if (e instanceof RobotsDisallowedError) {
        report.robotsDisallowed++;
        inTransaction(db, () => (done(db, row.id), bump(db, runId, { skipped: 1 })));
        log({ event: 'robots', url: row.url, reason: e.message });
        return;
      }
      if (e instanceof BlockedError) return onBlocked(row, e);
      return onFailed(row, e);
    }
    const sample = isSamplePage(res.body);
    fetchedThisRun.add(row.url);
    // 1. Archive the page (the frontier row stays until its extraction is stored).
    const stored = inTransaction(db, () => {
      const st = saveRawPage(db, { sourceId: source.id, runId, url: row.url, pageKind: 'detail', httpStatus: res.status, contentType: res.contentType, charset: res.charset, body: res.body, hints: row.payload.hints ?? {}, isSample: sample });
      // Same bytes as an archived page that was already extracted: nothing changed.
      const unchanged = !st.isNew && pageStatus(db, st.id) !== 'pending';
      if (unchanged) {
        done(db, row.id);
        bump(db, runId, { fetched: 1 });
      }
      return { ...st, unchanged };
    });
    progress.fetched++;
    if (stored.unchanged) {
      report.unchanged++;
      log({ event: 'detail', url: row.url, rawPageId: stored.id, status: 'unchanged' });
      return;
    }
    // 2. Extract off the main thread, with a time limit.
    const prep = prepareIngest(db, stored.id);
    let ing: IngestResult;
    if ('input' in prep) {
      try {
        const x = await pool.extract(prep.input, extractTimeoutMs);
        // 3. Store the notice, count it and drop the frontier row: one transaction.
        ing = inTransaction(db, () => {
          const r = storeExtraction(db, prep.page, x);
          settleDetail(row, r, stored.changed);
          return r;
        });
      } catch (e) {
        const err = e as Error;
        markRawPage(db, stored.id, 'error', `${err.name}: ${err.message}`);
        ing = { status: 'error', noticeId: null, isNew: false, kind: null, projectCode: null, isVideoOps: false, reason: `${err.name}: ${err.message}` };
        inTransaction(db, () => settleDetail(row, ing, stored.changed));
      }
    } else {
      ing = prep;
      inTransaction(db, () => settleDetail(row, ing, stored.changed));
    }
    const ok = ing.status === 'ok' || ing.status === 'superseded';
    if (ok) {
      if (ing.isNew) progress.newCount++;
    } else {
      progress.failed++;
      if (ing.status === 'broken') report.brokenPages++;
    }
    log({ event: 'detail', url: row.url, rawPageId: stored.id, status: ing.status, noticeId: ing.noticeId, kind: ing.kind, isNew: ing.isNew, reason: ing.reason });
  }

  const inFlight = new Map<number, Promise<void>>();
  const maxInFlight = Math.max(2, (opts.concurrency ?? 4) * 2);
  let fatal: Error | null = null;
  let turns = 0;
  // A scrape writes each page once and reads little back, so it gains nothing from openDb's
  // 64 MB page cache (sized for the dashboard's aggregates); 16 MB keeps the run's peak RSS
  // down on a large database. The connection's own setting comes back when the run ends.
  const cacheSize = db.$client.pragma('cache_size', { simple: true }) as number;
  db.$client.pragma('cache_size = -16384');
  try {
    for (;;) {
      if (blockedStop || fatal) break;
      const wait = backoffUntil - Date.now();
      if (wait > 0 && inFlight.size === 0) {
        await sleep(wait);
        continue;
      }
      let taken = 0;
      if (wait <= 0 && inFlight.size < maxInFlight) {
        const rows = takePending(db, source.id, [...inFlight.keys(), ...deferred], maxInFlight - inFlight.size);
        taken = rows.length;
        for (const row of rows) {
          const task = (row.pageKind === 'list' && row.payload.request ? handleList(row, row.payload.request) : handleDetail(row))
            .catch((e: unknown) => {
              fatal ??= e as Error;
            })
            .finally(() => inFlight.delete(row.id));
          inFlight.set(row.id, task);
        }
      }
      // Nothing in flight and nothing left to take (deferred rows wait for the next run): done.
      if (inFlight.size === 0) {
        if (taken === 0) break;
        continue;
      }
      if (turns++ % 25 === 0) progress.queued = Math.max(0, pendingCount(db, source.id) - deferred.size - inFlight.size);
      await Promise.race(inFlight.values());
    }
    await Promise.allSettled(inFlight.values());
  } finally {
    await fetcher.close().catch(() => undefined);
    await ownPool?.close().catch(() => undefined);
    await ownExtractPool?.close().catch(() => undefined);
    db.$client.pragma(`cache_size = ${Number(cacheSize)}`);
  }

  const row = runRow(db, runId)!;
  // Layout drift: this run's extraction rate against the source's history.
  const thisRunPages = row.fetched - report.unchanged;
  if (thisRunPages >= 5) {
    const rate = 1 - report.brokenPages / thisRunPages;
    const before = historicRate(db, source.id, runId);
    if (before !== null && before - rate >= 0.3)
      report.drift.push(`extraction rate fell to ${(rate * 100).toFixed(0)}% from ${(before * 100).toFixed(0)}% in earlier runs: the portal's layout has probably changed`);
  }
  for (const d of report.drift) log({ event: 'drift', message: d });
  let status: RunStatus;
  let error: string | null = fatal ? `${(fatal as Error).name}: ${(fatal as Error).message}` : stopReason;
  if (fatal) status = 'failed';
  else if (blockedStop) status = 'blocked';
  else if (row.fetched === 0 && row.failed > 0 && progress.lists === 0) status = 'failed';
  else if (row.failed > 0 || report.drift.length) status = 'partial';
  else status = 'ok';
  if (!error && status === 'partial') error = report.drift[0] ?? `${row.failed} page(s) failed`;
  finishRun(db, runId, status, error, report);
  const summary: RunSummary = {
    runId, status, listed: row.listed, fetched: row.fetched, newCount: row.newCount, changed: row.changed, skipped: row.skipped,
    failed: row.failed, blocked: row.blocked, durationMs: Date.now() - started, error, report,
  };
  progress.queued = 0;
  log({ event: 'run_end', ...summary, report: undefined });
  return summary;
}
