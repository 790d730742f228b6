/**
 * Several pages' writes in one SQLite transaction. A scrape's main thread spent most of its
 * time committing: each page's commit rewrites the same FTS, spend-fact and index pages into the
 * WAL. Collecting up to `maxItems` pages or `maxDelayMs` (whichever comes first) and committing
 * them together writes those pages once per batch.
 *
 * Every unit keeps the guarantees a per-page commit gave: its archived page, its extraction and
 * its frontier row are written inside the same transaction, so a kill before the commit leaves
 * the frontier row (the URL is fetched again by the next run) and nothing half-written. A unit
 * that throws is rolled back to its own savepoint (see {@link WriteBatch.add}) without taking
 * the other units of the batch with it.
 * @module
 */
import type { Db } from '../../db/index.js';
import { writeTransaction } from './write-tx.js';

export interface WriteBatchOptions {
  /** commit when this many units wait; default 25 */
  maxItems?: number;
  /** commit at most this long after the first waiting unit arrived; default 200 ms */
  maxDelayMs?: number;
  /** a commit started by the timer failed (the units' frontier rows stay queued) */
  onError: (e: Error) => void;
}

interface Unit {
  write: () => void;
  after?: () => void;
}

/** Units of database work committed together; see the module comment. */
export class WriteBatch {
  private units: Unit[] = [];
  private timer: NodeJS.Timeout | null = null;
  private readonly maxItems: number;
  private readonly maxDelayMs: number;
  /** how many transactions the batch committed (for the run's report) */
  commits = 0;
  /** how many units they held */
  written = 0;

  constructor(
    private readonly db: Db,
    private readonly opts: WriteBatchOptions,
  ) {
    this.maxItems = Math.max(1, opts.maxItems ?? 25);
    this.maxDelayMs = Math.max(0, opts.maxDelayMs ?? 200);
  }

  /** Units waiting for the next commit. */
  get size(): number {
    return this.units.length;
  }

  /**
   * Queue `write` (synchronous database work) for the next commit; `after` runs once it is
   * committed (counters, logs). `write` runs inside the batch's transaction: wrap work that may
   * throw in its own `writeTransaction` (a savepoint) so the batch survives it.
   */
  add(write: () => void, after?: () => void): void {
    this.units.push({ write, after });
    if (this.units.length >= this.maxItems) this.flushOrReport();
    else if (!this.timer) {
      this.timer = setTimeout(() => this.flushOrReport(), this.maxDelayMs);
      // A waiting batch never keeps the process alive on its own; the run flushes before it ends.
      this.timer.unref();
    }
  }

  /** Commit every waiting unit now, in one transaction; throws when the transaction fails. */
  flush(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    const units = this.units;
    if (!units.length) return;
    this.units = [];
    writeTransaction(this.db, () => {
      for (const u of units) u.write();
    });
    this.commits++;
    this.written += units.length;
    for (const u of units) u.after?.();
  }

  /** Drop the waiting units without writing them (their frontier rows stay queued). */
  discard(): number {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    const n = this.units.length;
    this.units = [];
    return n;
  }

  private flushOrReport(): void {
    try {
      this.flush();
    } catch (e) {
      this.opts.onError(e as Error);
    }
  }
}
