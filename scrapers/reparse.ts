/**
 * Re-extraction: rebuild every notice from the archived raw pages, e.g. after a parser change.
 * Notices keep their ids (they are upserted by source URL), so links into the dashboard stay
 * valid; a notice whose page no longer yields one is removed, so nothing stale survives.
 *
 * Speed (issue 3: 100,000 pages within 10 minutes on 2 cores): the main thread only reads the
 * compressed pages and writes; worker threads decompress, decode, parse and extract
 * (the pool at the end of this module). Results are stored in page order, so the database ends up exactly as the
 * serial path (`workers: 0`, one `ingestRawPage` per page) leaves it. `reparseAll` stays
 * synchronous (the pool is driven with Atomics.wait), so its callers need not change.
 * @module
 */
import { sql } from 'drizzle-orm';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { cpus } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { MessageChannel, receiveMessageOnPort, Worker, type MessagePort } from 'node:worker_threads';
import type { Db } from '../db/index.js';
import type { rawPages } from '../db/schema/index.js';
import { deleteNotice, markRawPage } from '../db/store.js';
import { optimizeSearchIndexes } from '../db/queries/maintain.js';
import { extractNotice } from './extract/index.js';
import type { Extraction } from './extract/types.js';
import { ingestRawPage, readArchivedPage, storeExtraction, type IngestStatus } from './ingest.js';

export interface ReparseReport {
  pages: number;
  byStatus: Partial<Record<IngestStatus, number>>;
  removedNotices: number;
  seconds: number;
  /** pages extracted in worker threads (0 on the serial path) */
  extractedByWorkers?: number;
  /** set when workers were asked for but could not start, so the main thread extracted instead */
  workerFallback?: string;
}

export interface ReparseOptions {
  sourceId?: string | null;
  onProgress?: (done: number, total: number) => void;
  /**
   * Extraction threads. 0 = all in this thread (the serial path). Default: one less than the
   * cores (at least 1), and 0 for archives too small to pay for starting a worker.
   */
  workers?: number;
  /** A page whose extraction takes longer is stored as an error (its worker is replaced). */
  timeoutMs?: number;
}

/** Pages are stored in transactions of this many (savepoints inside, per page). */
const BATCH = 250;
/** Below this many pages a worker's start-up (loading the extractor) costs more than it saves. */
const MIN_PARALLEL_PAGES = 300;

type RawPageRow = typeof rawPages.$inferSelect;

/**
 * Re-extract the newest archived detail page of every URL (optionally of one source).
 * `onProgress` is called after each batch with the pages done and the total.
 */
export function reparseAll(db: Db, opts: ReparseOptions = {}): ReparseReport {
  const started = performance.now();
  const source = opts.sourceId ?? null;
  const ids = db
    .all<{ id: number }>(
      sql`select max(id) as id from raw_pages
          where page_kind = 'detail' and (${source} is null or source_id = ${source})
          group by url order by id`,
    )
    .map((r) => r.id);
  const workers = opts.workers ?? (ids.length < MIN_PARALLEL_PAGES ? 0 : Math.max(1, cpus().length - 1));
  const byStatus: Partial<Record<IngestStatus, number>> = {};
  const count = (s: IngestStatus) => (byStatus[s] = (byStatus[s] ?? 0) + 1);
  let pool: { extractedByWorkers: number; fallbackReason: string | null } = { extractedByWorkers: 0, fallbackReason: null };
  if (workers > 0 && ids.length > 0) pool = reparseParallel(db, ids, workers, opts, count);
  else reparseSerial(db, ids, opts, count);
  const removedNotices = removeStale(db, source);
  // Every notice was written again: merge the search indexes' segments (see optimizeSearchIndexes).
  if (ids.length) optimizeSearchIndexes(db);
  return {
    pages: ids.length,
    byStatus,
    removedNotices,
    seconds: (performance.now() - started) / 1000,
    extractedByWorkers: pool.extractedByWorkers,
    ...(pool.fallbackReason ? { workerFallback: pool.fallbackReason } : {}),
  };
}

/** The reference path: one ingestRawPage per page, in id order. */
function reparseSerial(db: Db, ids: number[], opts: ReparseOptions, count: (s: IngestStatus) => void): void {
  for (let i = 0; i < ids.length; i += BATCH) {
    const batch = ids.slice(i, i + BATCH);
    db.$client.transaction(() => {
      for (const id of batch) count(ingestRawPage(db, id).status);
    })();
    opts.onProgress?.(Math.min(i + BATCH, ids.length), ids.length);
  }
}

/**
 * Workers extract, this thread stores. Each worker has up to DEPTH pages queued (so it keeps
 * working while this thread commits), and results are stored strictly in id order (new notices get their ids, and new parties theirs, in the same
 * order as on the serial path).
 */
function reparseParallel(db: Db, ids: number[], workers: number, opts: ReparseOptions, count: (s: IngestStatus) => void): ReparsePool {
  const c = db.$client;
  const read = c.prepare(
    `select id, source_id as sourceId, run_id as runId, url, page_kind as pageKind, fetched_at as fetchedAt,
       http_status as httpStatus, content_type as contentType, charset, content_hash as contentHash, size, body,
       hints, parse_status as parseStatus, parse_error as parseError, is_sample as isSample
     from raw_pages where id = ?`,
  );
  const rows = new Map<number, RawPageRow>();
  const load = (i: number): WorkerPage | null => {
    const r = read.get(ids[i]) as (Omit<RawPageRow, 'isSample'> & { isSample: number }) | undefined;
    if (!r) return null;
    const row: RawPageRow = { ...r, isSample: r.isSample === 1 };
    rows.set(i, row);
    return { index: i, id: row.id, url: row.url, sourceId: row.sourceId, contentType: row.contentType, body: row.body, hints: row.hints };
  };
  const store = (i: number, res: PageResult | undefined) => {
    const page = rows.get(i);
    rows.delete(i);
    if (!page || !res) {
      // a page that vanished between the listing and now (another process pruned it): as the serial path
      count(ingestRawPage(db, ids[i]).status);
      return;
    }
    if (!res.ok) {
      markRawPage(db, page.id, res.status, res.reason);
      count(res.status);
      return;
    }
    try {
      count(storeExtraction(db, page, res.extraction).status);
    } catch (e) {
      const err = e as Error;
      markRawPage(db, page.id, 'error', `${err.name}: ${err.message}`);
      count('error');
    }
  };
  const pool = new ReparsePool(workers, opts.timeoutMs);
  try {
    let stored = 0;
    pool.run(ids.length, load, (ready) => {
      // `ready` are the next results in order; one transaction per call (at most FLUSH pages)
      c.transaction(() => {
        for (const [i, res] of ready) store(i, res);
      })();
      const before = Math.floor(stored / BATCH);
      stored += ready.length;
      if (Math.floor(stored / BATCH) > before || stored === ids.length) opts.onProgress?.(stored, ids.length);
    });
  } finally {
    pool.close();
  }
  return pool;
}

/** A notice whose newest page no longer parses (or was never a notice) must not linger. */
function removeStale(db: Db, source: string | null): number {
  const stale = db
    .all<{ id: number }>(
      sql`select n.id from notices n join raw_pages r on r.id = n.raw_page_id
          where r.parse_status not in ('ok', 'superseded') and (${source} is null or n.source_id = ${source})`,
    )
    .map((r) => r.id);
  db.$client.transaction(() => {
    for (const id of stale) deleteNotice(db, id);
  })();
  return stale.length;
}

// ---------------------------------------------------------------------------------------------
// The worker side: one page's bytes in, its extraction (or why there is none) out.

/** What the main thread hands a worker: a raw page as archived (body still gzipped). */
export interface WorkerPage {
  index: number;
  id: number;
  url: string;
  sourceId: string;
  contentType: string | null;
  body: Buffer;
  hints: string | null;
}

/** A worker's answer for one page: the extraction, or the status and reason to mark it with. */
export type PageResult =
  | { ok: true; extraction: Extraction }
  | { ok: false; status: Exclude<IngestStatus, 'ok' | 'superseded'>; reason: string };

/**
 * Decode, refuse block pages, parse and extract one page with no database at hand: the same
 * steps and the same failure reasons as `ingestRawPage` (tests compare the two paths row by row).
 */
export function extractPage(page: WorkerPage): PageResult {
  const read = readArchivedPage(page);
  if (!('input' in read)) return { ok: false, status: read.status, reason: read.reason };
  try {
    return { ok: true, extraction: extractNotice(read.input) };
  } catch (e) {
    const err = e as Error;
    return { ok: false, status: 'error', reason: `${err.name}: ${err.message}` };
  }
}

/**
 * The body of a reparse worker thread (started by {@link ReparsePool}; not for other callers):
 * answer every page posted on `port`, then bump `signal` so a main thread blocked in
 * Atomics.wait wakes up.
 */
export function serveReparseWorker(port: MessagePort, signal: Int32Array): void {
  const wake = () => {
    Atomics.add(signal, 0, 1);
    Atomics.notify(signal, 0);
  };
  port.on('message', (page: WorkerPage) => {
    port.postMessage({ index: page.index, result: extractPage(page) });
    wake();
  });
  port.postMessage({ ready: true });
  wake();
}

// ---------------------------------------------------------------------------------------------
// The pool, driven synchronously from the main thread.

/** Pages queued per worker: enough to keep it busy while the main thread commits a batch. */
const DEPTH = 160;
/** Results stored per transaction. */
const FLUSH = 100;
/** A worker that has not loaded the extractor by then is given up on (the main thread extracts). */
const START_TIMEOUT_MS = 120_000;
const DEFAULT_TIMEOUT_MS = 30_000;

interface Slot {
  worker: Worker;
  port: MessagePort;
  ready: boolean;
  since: number;
  inflight: WorkerPage[];
}

/**
 * The ESM entry of tsx's register API (the worker registers tsx to load this TypeScript module).
 * Resolved through tsx's package.json: require.resolve would give the CommonJS entry, which
 * cannot be imported from ESM, and import.meta.resolve is missing under some test runners.
 */
function tsxApiUrl(): string {
  const require = createRequire(import.meta.url);
  const pkgPath = require.resolve('tsx/package.json');
  const pkg = JSON.parse(readFileSync(pkgPath, 'utf8')) as { exports?: Record<string, { import?: { default?: string } | string }> };
  const entry = pkg.exports?.['./esm/api']?.import;
  const rel = typeof entry === 'string' ? entry : (entry?.default ?? './dist/esm/api/index.mjs');
  return pathToFileURL(join(dirname(pkgPath), rel)).href;
}

/**
 * Worker threads that run {@link extractPage}, fed and drained without an event loop
 * (receiveMessageOnPort + Atomics.wait), so `reparseAll` stays synchronous. A page that runs
 * past the time limit is reported as an error and its worker replaced; if workers cannot start
 * at all, the main thread extracts the rest itself.
 */
class ReparsePool {
  private readonly signal = new Int32Array(new SharedArrayBuffer(4));
  private slots: Slot[] = [];
  private inThread = false;
  /** pages extracted by workers (the rest, if any, by the main thread) */
  extractedByWorkers = 0;
  /** why the main thread took over extraction, if it did */
  fallbackReason: string | null = null;

  private fallBack(reason: string): void {
    this.inThread = true;
    this.fallbackReason ??= reason;
  }

  constructor(
    size: number,
    private readonly timeoutMs = DEFAULT_TIMEOUT_MS,
  ) {
    for (let i = 0; i < size; i++) this.slots.push(this.spawn());
  }

  private spawn(): Slot {
    const { port1, port2 } = new MessageChannel();
    const code = `
      const { workerData } = require('node:worker_threads');
      (async () => {
        const { register } = await import(workerData.tsx);
        register();
        const m = await import(workerData.module);
        m.serveReparseWorker(workerData.port, workerData.signal);
      })().catch((e) => { workerData.port.postMessage({ failed: String(e && e.stack || e) }); Atomics.add(workerData.signal, 0, 1); Atomics.notify(workerData.signal, 0); });`;
    const worker = new Worker(code, {
      eval: true,
      workerData: { tsx: tsxApiUrl(), module: import.meta.url, port: port2, signal: this.signal },
      transferList: [port2],
    });
    worker.unref();
    // Errors surface as silence on the port (handled by the time limits); keep them from crashing the process.
    worker.on('error', () => undefined);
    return { worker, port: port1, ready: false, since: performance.now(), inflight: [] };
  }

  private replace(slot: Slot): void {
    void slot.worker.terminate();
    slot.port.close();
    const i = this.slots.indexOf(slot);
    if (i >= 0) this.slots[i] = this.spawn();
  }

  /**
   * Extract pages 0..total-1 (`load(i)` reads page i; null when it is gone) and hand their
   * results to `flush` in page order, at most FLUSH at a time.
   */
  run(total: number, load: (i: number) => WorkerPage | null, flush: (ready: [number, PageResult | undefined][]) => void): void {
    const results = new Map<number, PageResult | undefined>();
    const retry: WorkerPage[] = [];
    let next = 0;
    let done = 0;
    const take = (): WorkerPage | null | undefined => {
      if (retry.length) return retry.shift();
      while (next < total) {
        const i = next++;
        const p = load(i);
        if (p) return p;
        results.set(i, undefined);
      }
      return undefined;
    };
    while (done < total) {
      const seen = Atomics.load(this.signal, 0);
      const now = performance.now();
      for (const slot of this.slots) {
        for (let m = receiveMessageOnPort(slot.port); m; m = receiveMessageOnPort(slot.port)) {
          const msg = m.message as { ready?: boolean; failed?: string; index?: number; result?: PageResult };
          if (msg.ready) slot.ready = true;
          else if (msg.failed !== undefined) this.fallBack(`a worker failed to start: ${msg.failed.split('\n')[0]}`);
          else if (msg.index !== undefined) {
            results.set(msg.index, msg.result);
            this.extractedByWorkers++;
            slot.inflight = slot.inflight.filter((p) => p.index !== msg.index);
          }
          slot.since = now;
        }
        if (!slot.ready && now - slot.since > START_TIMEOUT_MS) this.fallBack(`no worker started within ${START_TIMEOUT_MS / 1000} s`);
        if (slot.ready && slot.inflight.length && now - slot.since > this.timeoutMs) {
          const [hung, ...rest] = slot.inflight;
          results.set(hung.index, { ok: false, status: 'error', reason: `ExtractTimeoutError: extraction took longer than ${this.timeoutMs} ms` });
          retry.push(...rest);
          this.replace(slot);
        }
      }
      if (this.inThread) {
        // Workers could not start: take back what they hold and extract here.
        for (const slot of this.slots) retry.push(...slot.inflight.splice(0));
        for (let p = take(); p !== undefined; p = take()) if (p) results.set(p.index, extractPage(p));
      } else {
        for (const slot of this.slots) {
          if (!slot.ready) continue;
          while (slot.inflight.length < DEPTH) {
            const p = take();
            if (!p) break;
            if (!slot.inflight.length) slot.since = now;
            slot.inflight.push(p);
            // oxlint-disable-next-line unicorn/require-post-message-target-origin -- a worker_threads port
            slot.port.postMessage(p);
          }
        }
      }
      const ready: [number, PageResult | undefined][] = [];
      while (ready.length < FLUSH && results.has(done)) {
        ready.push([done, results.get(done)]);
        results.delete(done);
        done++;
      }
      if (ready.length) flush(ready);
      else if (done < total) Atomics.wait(this.signal, 0, seen, 100);
    }
  }

  /** Stop the workers (they are unref'd, so they never hold the process open either way). */
  close(): void {
    for (const s of this.slots) {
      void s.worker.terminate();
      s.port.close();
    }
    this.slots = [];
  }
}
