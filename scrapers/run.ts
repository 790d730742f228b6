/**
 * One scrape run of one source, as issue 4 asks: the durable frontier (`pending_urls`) so a
 * run killed at any point resumes with nothing lost or stored twice; every detail page archived
 * in the same transaction as its extraction and its frontier row (several pages per transaction,
 * run/write-batch.ts); incremental nightly runs that stop paging at known notices, except
 * where an earlier list page of the walk was never read; `--since/--until` backfills;
 * corrections of known projects fetched again; block pages archived, then a back-off, then the
 * source stopped; layout drift reported against the source's history; a `scrape_runs` row with
 * counts.
 *
 * Order of work: first the frontier left by earlier runs (a killed run's unfinished URLs, then
 * up to `maxOwed` owed URLs that failed before, run/owed.ts), then the source's start requests.
 * Nothing that failed is dropped: it stays owed until it is fetched or an operator forgets it.
 * @module
 */
import { createHash } from 'node:crypto';
import type { Db } from '../db/index.js';
import { writeTransaction } from './run/write-tx.js';
import { ensureSource, markRawPage, saveRawPage } from '../db/store.js';
import { BlockedError, BodyTooLargeError, HttpStatusError, ParseError, RobotsDisallowedError } from './errors.js';
import { BrowserPool, fetcherFor, type FetchEvent, type Fetcher, type FetchResponse } from './fetch/index.js';
import { sleep } from './fetch/host-gate.js';
import type { Extraction } from './extract/types.js';
import { noNotice, readFetchedPage, storeExtraction, type IngestResult, type PageFailure } from './ingest.js';
import { ExtractPool, sharedExtractPool } from './run/extract-pool.js';
import { allPending, archivedCopy, done, enqueue, lastHints, markOwed, pageStatus, pendingCount, projectSiblings, takePending, type PendingRow } from './run/frontier.js';
import { queueListItems } from './run/list-items.js';
import { emptyReport, planLeftover } from './run/run-plan.js';
import { OWED_WARN_DAYS, owedLine, owedStatus } from './run/owed.js';
import { endRun } from './run/run-end.js';
import { consoleLogger, type Progress } from './run/run-log.js';
import { abortStaleRuns, bump, startRun, thisProcess } from './run/run-row.js';
import type { RunOptions, RunSummary } from './run/types.js';
import { WriteBatch } from './run/write-batch.js';
import { CCGP_VIDEO_KEYWORDS } from './sources/ccgp.js';
import { rebase, type ListRequest, type ScrapeMode } from './sources/types.js';

export { exitCodeFor, type RunOptions, type RunReport, type RunSummary } from './run/types.js';

function isSamplePage(body: Buffer): boolean {
  return body.subarray(0, 8192).includes('procwatch-sample');
}

/** Failures fetching again can never cure: the page is gone for good (410) or over the size cap. */
function isPermanent(e: unknown): boolean {
  return e instanceof BodyTooLargeError || (e instanceof HttpStatusError && e.status === 410);
}

/** A list page's identity: POST lists share one URL and differ by body. */
const listKey = (req: ListRequest) => `${req.url}\n${req.body ?? ''}`;

/** Most dropped URLs a run's report lists (the failed counter is always complete). */
const MAX_DROPPED_LISTED = 100;

/** Resolves when `signal` aborts (never without one). */
function whenAborted(signal: AbortSignal | undefined): Promise<void> {
  return new Promise((resolve) => signal?.addEventListener('abort', () => resolve(), { once: true }));
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
  const maxOwed = Math.max(0, opts.maxOwed ?? 100);
  const warnDays = opts.owedWarnDays ?? OWED_WARN_DAYS;
  const keywords = opts.keywords?.length ? opts.keywords : CCGP_VIDEO_KEYWORDS;
  const classify = source.classifyTitles && mode === 'lists';
  const progress: Progress = { lists: 0, listed: 0, queued: 0, fetched: 0, newCount: 0, failed: 0, blocked: 0 };
  const log = opts.log ?? consoleLogger(source.id, () => progress);
  const report = emptyReport(classify);

  ensureSource(db, { id: source.id, name: source.name, baseUrl: source.baseUrl });
  const params = { mode, since, until, maxPages: opts.maxPages ?? null, rate: opts.rate ?? source.pacing.rate, baseUrl: opts.baseUrl ?? null, keywords: mode === 'search' ? keywords : undefined };
  // One transaction holding the write lock: a second run of the source starting meanwhile sees
  // this one as running (and refuses, RunBusyError) instead of taking over its queue.
  const { aborted, deferred, runMode, runId } = writeTransaction(db, () => {
    const stale = abortStaleRuns(db, source.id);
    // Frontier rows that failed in this run, or wait past the owed bound: kept for later runs.
    const leftover = planLeftover(db, source.id, maxOwed, report);
    const how = report.resumed ? 'resume' : since || until ? 'backfill' : 'nightly';
    return { aborted: stale, deferred: leftover, runMode: how, runId: startRun(db, source.id, how, { ...params, owner: thisProcess() }) };
  });
  const owedAtStart = owedStatus(db, source.id, now, warnDays);
  log({ event: 'run_start', runId, runMode, ...params, resumedPending: report.resumed, owed: owedAtStart.count ? owedLine(owedAtStart) : undefined, owedRetried: report.owedRetried, owedWaiting: report.owedWaiting, abortedRuns: aborted });

  let startQueued = false;
  /** The source's own start requests, after the leftover frontier: a list with an open gap is walked in catch-up. */
  function queueStartRequests() {
    startQueued = true;
    writeTransaction(db, () => {
      const gaps = new Map<string, number>();
      for (const r of allPending(db, source.id)) {
        const label = r.payload.request?.label;
        if (label && r.payload.owed) gaps.set(label, Math.min(gaps.get(label) ?? Infinity, r.payload.owed.runId));
      }
      for (const req of source.startRequests({ mode, since, until, keywords, now })) {
        if (listsRead.has(listKey(req))) continue;
        enqueue(db, source.id, runId, req.url, 'list', { request: req, catchUp: gaps.get(req.label), window: { mode, since, until } });
      }
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
  // List pages read by this run: a walk does not read a page again that another walk (the
  // owed retry, or the nightly walk) already read and paged on from.
  const listsRead = new Set<string>();
  // Detail rows whose page waits in the write batch: done, but not yet committed.
  const unsettled = new Set<number>();
  let stopReason: string | null = null;
  let blockedStop = false;
  let backoffUntil = 0;
  let backedOff = false;
  const blockBackoffMs = opts.blockBackoffMs ?? 60_000;
  let fatal: Error | null = null;
  // The last fetch that failed, named in the run's error when nothing could be fetched at all.
  let lastFailure: string | null = null;
  // Rows are taken in id order, and a taken row ends done, deferred or committed with its batch,
  // while new rows get higher ids: the run walks the frontier with a cursor. Only a block page
  // sends it back (the row is tried once more after the back-off).
  let cursor = 0;
  const batch = new WriteBatch(db, { maxItems: opts.batchPages, maxDelayMs: opts.batchMs, onError: (e) => (fatal ??= e) });

  function onBlocked(row: PendingRow, e: BlockedError) {
    cursor = Math.min(cursor, row.id - 1);
    writeTransaction(db, () => {
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
    const reason = `${err.name}: ${err.message}`;
    lastFailure = `${reason} at ${new URL(rebase(row.url, opts.baseUrl)).host}`;
    // Retries within the run already happened in the fetcher. The row stays owed for later
    // runs (never dropped on a count), unless fetching it again can never succeed.
    const permanent = isPermanent(e);
    writeTransaction(db, () => {
      if (permanent) done(db, row.id);
      else markOwed(db, row, runId, reason);
      bump(db, runId, { failed: 1 });
    });
    if (permanent) {
      if (report.dropped.length < MAX_DROPPED_LISTED) report.dropped.push({ url: row.url, reason });
    } else deferred.add(row.id);
    progress.failed++;
    log({ event: 'failed', url: row.url, kind: row.pageKind, reason, owed: !permanent, attempts: row.attempts + (permanent ? 0 : 1) });
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
        writeTransaction(db, () => (done(db, row.id), bump(db, runId, { skipped: 1 })));
        log({ event: 'robots', url: req.url, reason: e.message });
        return;
      }
      if (e instanceof BlockedError) return onBlocked(row, e);
      return onFailed(row, e);
    }
    // Known-notice checks below must see every detail page this run has stored so far.
    batch.flush();
    listsRead.add(listKey(req));
    // Filling a gap (a list page of this walk failed in run `catchUp`): notices archived since
    // then were stored from the pages around the gap and do not mean the walk has caught up.
    // An owed page is itself the gap: it catches up from the run it first failed in.
    const catchUp = row.payload.owed?.runId ?? row.payload.catchUp ?? null;
    // The walk's own plan (a page left by an earlier run keeps its backfill window).
    const w = row.payload.window ?? { mode, since, until };
    progress.lists++;
    report.lists[req.label] = (report.lists[req.label] ?? 0) + 1;
    writeTransaction(db, () => {
      const stored = saveRawPage(db, { sourceId: source.id, runId, url: req.url, pageKind: 'list', httpStatus: res.status, contentType: res.contentType, charset: res.charset, body: res.body, hints: { request: req }, isSample: isSamplePage(res.body) });
      let page;
      try {
        page = source.parseList(res.text, req);
      } catch (e) {
        if (!(e instanceof ParseError)) throw e;
        markRawPage(db, stored.id, 'broken', e.message);
        report.drift.push(`list ${req.label} page ${req.page}: ${e.message} (archived as raw page ${stored.id})`);
        // Owed like a page that failed to load: once the adapter is fixed, the retry walks the
        // list down to what the archive held before it broke, so the broken days leave no gap.
        markOwed(db, row, runId, `${e.name}: ${e.message}`);
        deferred.add(row.id);
        bump(db, runId, { failed: 1 });
        progress.failed++;
        log({ event: 'portal_changed', url: req.url, reason: e.message, rawPageId: stored.id });
        return;
      }
      markRawPage(db, stored.id, 'ok', null);
      const classifyItems = source.classifyTitles && w.mode === 'lists';
      const { sawKnown, allOlder, skipped } = queueListItems(db, page.items, { sourceId: source.id, runId, since: w.since, until: w.until, classify: classifyItems, catchUp, report });
      let next = page.next;
      if (next && opts.maxPages && req.page >= opts.maxPages) next = null;
      // Nightly: the lists are newest first, so a page holding known notices means we have caught up.
      if (next && sawKnown && !w.since && w.mode === 'lists') next = null;
      if (next && allOlder) next = null;
      if (next && listsRead.has(listKey(next))) next = null;
      if (next) enqueue(db, source.id, runId, next.url, 'list', { request: next, catchUp: catchUp ?? undefined, window: w });
      done(db, row.id);
      bump(db, runId, { listed: page.items.length, skipped });
      progress.listed += page.items.length;
      log({ event: 'list', url: req.url, label: req.label, page: req.page, items: page.items.length, skipped, next: next ? next.page : null, catchUp: catchUp ?? undefined });
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
        writeTransaction(db, () => (done(db, row.id), bump(db, runId, { skipped: 1 })));
        log({ event: 'robots', url: row.url, reason: e.message });
        return;
      }
      if (e instanceof BlockedError) return onBlocked(row, e);
      return onFailed(row, e);
    }
    // Only what the archive needs outlives this function (the decoded text would double the batch's memory).
    const { status: httpStatus, contentType, charset, body } = res;
    const sample = isSamplePage(body);
    const hints = row.payload.hints ?? {};
    fetchedThisRun.add(row.url);
    progress.fetched++;
    // Same bytes as an archived page that was already extracted: nothing changed, nothing to extract.
    const copy = archivedCopy(db, row.url, createHash('sha256').update(body).digest('hex'));
    // Otherwise read it (decode, block-page check, the adapter's parseDetail) and extract it in
    // the extraction worker, with a time limit, before it is archived. Reading stays on this
    // thread: handing the worker bytes to decode again cost more than it saved (bench/scrape.ts).
    let outcome: { x: Extraction } | PageFailure | null = null;
    if (!copy || copy.status === 'pending') {
      const read = readFetchedPage({ sourceId: source.id, url: row.url, bytes: body, contentType, hints: JSON.stringify(hints) });
      if ('input' in read) {
        try {
          outcome = { x: await pool.extract(read.input, extractTimeoutMs) };
        } catch (e) {
          const err = e as Error;
          outcome = { status: 'error', reason: `${err.name}: ${err.message}` };
        }
      } else outcome = read;
    }
    // Archive the page, store its notice (or flag it) and drop its frontier row: one unit of
    // the write batch, all in its transaction. Until it commits, the row stays queued.
    let ing: IngestResult | null = null;
    let rawPageId = 0;
    unsettled.add(row.id);
    batch.add(
      () => {
        const st = saveRawPage(db, { sourceId: source.id, runId, url: row.url, pageKind: 'detail', httpStatus, contentType, charset, body, hints, isSample: sample });
        rawPageId = st.id;
        if (!outcome || (!st.isNew && pageStatus(db, st.id) !== 'pending')) {
          done(db, row.id);
          bump(db, runId, { fetched: 1 });
          return;
        }
        if ('x' in outcome) {
          const x = outcome.x;
          try {
            // A savepoint: a notice that cannot be stored rolls back alone, its page stays archived.
            ing = writeTransaction(db, () => {
              const r = storeExtraction(db, { id: st.id, url: row.url, sourceId: source.id, isSample: sample }, x);
              settleDetail(row, r, st.changed);
              return r;
            });
            return;
          } catch (e) {
            const err = e as Error;
            outcome = { status: 'error', reason: `${err.name}: ${err.message}` };
          }
        }
        markRawPage(db, st.id, outcome.status, outcome.reason);
        ing = noNotice(outcome.status, outcome.reason);
        settleDetail(row, ing, st.changed);
      },
      () => {
        unsettled.delete(row.id);
        if (!ing) {
          report.unchanged++;
          log({ event: 'detail', url: row.url, rawPageId, status: 'unchanged' });
          return;
        }
        const r: IngestResult = ing;
        if (r.status === 'ok' || r.status === 'superseded') {
          if (r.isNew) progress.newCount++;
        } else {
          progress.failed++;
          if (r.status === 'broken') report.brokenPages++;
        }
        log({ event: 'detail', url: row.url, rawPageId, status: r.status, noticeId: r.noticeId, kind: r.kind, isNew: r.isNew, reason: r.reason });
      },
    );
  }

  const inFlight = new Map<number, Promise<void>>();
  const maxInFlight = Math.max(2, (opts.concurrency ?? 4) * 2);
  let turns = 0;
  // A scrape writes each page once and reads little back, so it gains nothing from openDb's
  // 64 MB page cache (sized for the dashboard's aggregates); 16 MB keeps the run's peak RSS
  // down on a large database. The connection's own setting comes back when the run ends.
  const cacheSize = db.$client.pragma('cache_size', { simple: true }) as number;
  db.$client.pragma('cache_size = -16384');
  try {
    for (;;) {
      if (blockedStop || fatal || opts.signal?.aborted) break;
      const wait = backoffUntil - Date.now();
      if (wait > 0 && inFlight.size === 0) {
        batch.flush();
        await Promise.race([sleep(wait), whenAborted(opts.signal)]);
        continue;
      }
      let taken = 0;
      if (wait <= 0 && inFlight.size < maxInFlight) {
        const rows = takePending(db, source.id, cursor, (id) => inFlight.has(id) || unsettled.has(id) || deferred.has(id), maxInFlight - inFlight.size);
        if (rows.length) cursor = rows[rows.length - 1].id;
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
      if (inFlight.size === 0) {
        if (taken) continue;
        // Idle: commit what waits (a stored correction may queue its project's other notices),
        // then, once the leftover frontier is done, the source's own start requests.
        if (batch.size) batch.flush();
        else if (!startQueued) queueStartRequests();
        // Nothing in flight, nothing left to take (deferred rows wait for later runs): done.
        else break;
        continue;
      }
      if (turns++ % 25 === 0) progress.queued = Math.max(0, pendingCount(db, source.id) - deferred.size - inFlight.size - unsettled.size);
      await Promise.race(inFlight.values());
    }
    await Promise.allSettled(inFlight.values());
  } catch (e) {
    fatal ??= e as Error;
  } finally {
    try {
      // Pages fully read before the run stopped (blocked, or a fatal error elsewhere) are kept.
      batch.flush();
    } catch (e) {
      fatal ??= e as Error;
      batch.discard();
    }
    await fetcher.close().catch(() => undefined);
    await ownPool?.close().catch(() => undefined);
    await ownExtractPool?.close().catch(() => undefined);
    db.$client.pragma(`cache_size = ${Number(cacheSize)}`);
  }
  report.batches = { commits: batch.commits, pages: batch.written };
  progress.queued = 0;
  const stopped = opts.signal?.aborted ? String(opts.signal.reason ?? 'a signal') : null;
  return endRun(db, { sourceId: source.id, runId, startedMs: started, report, fatal, blocked: { stopped: blockedStop, reason: stopReason }, stopped, lastFailure, listsRead: progress.lists, warnDays, log });
}
