/**
 * Extraction off the main thread, with a time limit: a few worker threads each run
 * `extractNotice` on one page at a time; a page that takes longer than the limit gets its
 * worker terminated (and replaced) and is reported as an error, so one pathological notice
 * cannot hang a nightly run, and fetching goes on while pages are extracted.
 * @module
 */
import { Worker } from 'node:worker_threads';
import { extractNotice } from '../extract/index.js';
import type { ExtractInput, Extraction } from '../extract/types.js';

/** Extraction ran past its time limit. */
export class ExtractTimeoutError extends Error {
  override name = 'ExtractTimeoutError';
}

interface Job {
  input: ExtractInput;
  timeoutMs: number;
  resolve: (x: Extraction) => void;
  reject: (e: Error) => void;
}

interface Slot {
  worker: Worker;
  ready: Promise<void>;
  busy: boolean;
}

const WORKER_URL = new URL('./extract-worker.mjs', import.meta.url);

export class ExtractPool {
  private slots: Slot[] = [];
  private queue: Job[] = [];
  private seq = 0;
  private closed = false;
  private inThread = false;

  constructor(
    private readonly size = 2,
    private readonly timeoutMs = 30_000,
    private readonly workerUrl: URL = WORKER_URL,
  ) {}

  private spawn(): Slot {
    const worker = new Worker(this.workerUrl);
    worker.unref();
    const ready = new Promise<void>((resolve, reject) => {
      const onMsg = (m: { ready?: boolean }) => {
        if (m.ready) {
          worker.off('message', onMsg);
          resolve();
        }
      };
      worker.on('message', onMsg);
      worker.once('error', reject);
    });
    ready.catch(() => undefined);
    return { worker, ready, busy: false };
  }

  /** Extract `input` in a worker; rejects with ExtractTimeoutError past the limit. */
  extract(input: ExtractInput, timeoutMs = this.timeoutMs): Promise<Extraction> {
    if (this.closed) return Promise.reject(new Error('extract pool closed'));
    // Workers could not start here (no tsx, a sandbox): extract in this thread, without a time limit.
    if (this.inThread) return Promise.resolve().then(() => extractNotice(input));
    return new Promise((resolve, reject) => {
      this.queue.push({ input, timeoutMs, resolve, reject });
      this.pump();
    });
  }

  private pump(): void {
    if (this.inThread) {
      for (const j of this.queue.splice(0)) extractInThread(j);
      return;
    }
    while (this.queue.length) {
      let slot = this.slots.find((s) => !s.busy);
      if (!slot && this.slots.length < this.size) {
        slot = this.spawn();
        this.slots.push(slot);
      }
      if (!slot) return;
      this.run(slot, this.queue.shift()!);
    }
  }

  private run(slot: Slot, job: Job): void {
    slot.busy = true;
    const id = ++this.seq;
    let timer: NodeJS.Timeout | undefined;
    const finish = (replace: boolean) => {
      clearTimeout(timer);
      slot.worker.off('message', onMsg);
      slot.worker.off('error', onErr);
      if (replace) {
        void slot.worker.terminate();
        const i = this.slots.indexOf(slot);
        if (i >= 0) this.slots.splice(i, 1);
      } else slot.busy = false;
      this.pump();
    };
    const onMsg = (m: { id?: number; result?: Extraction; error?: string }) => {
      if (m.id !== id) return;
      finish(false);
      if (m.error !== undefined) job.reject(new Error(m.error));
      else job.resolve(m.result!);
    };
    const onErr = (e: Error) => {
      finish(true);
      job.reject(e);
    };
    slot.worker.on('message', onMsg);
    slot.ready.then(
      () => {
        // Errors before start-up are the ready promise's; after it, this job's.
        slot.worker.once('error', onErr);
        timer = setTimeout(() => {
          finish(true);
          job.reject(new ExtractTimeoutError(`extraction took longer than ${job.timeoutMs} ms`));
        }, job.timeoutMs);
        // oxlint-disable-next-line unicorn/require-post-message-target-origin -- a worker_threads port
        slot.worker.postMessage({ id, input: job.input });
      },
      () => {
        // The worker never started: no worker will, so extract in this thread from now on.
        this.inThread = true;
        finish(true);
        extractInThread(job);
      },
    );
  }

  /** Stop every worker; pending jobs are rejected. */
  async close(): Promise<void> {
    this.closed = true;
    for (const j of this.queue.splice(0)) j.reject(new Error('extract pool closed'));
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
    this.slots = [];
  }
}

function extractInThread(job: Job): void {
  try {
    job.resolve(extractNotice(job.input));
  } catch (e) {
    job.reject(e as Error);
  }
}

let shared: ExtractPool | null = null;

/**
 * The process-wide pool runs share (one worker: the main thread, busy with SQLite, is the bottleneck), so worker start-up (loading the extractor) is paid once per
 * process, not once per run. Its workers are unref'd: they never keep the process alive.
 */
export function sharedExtractPool(): ExtractPool {
  shared ??= new ExtractPool(1);
  return shared;
}
