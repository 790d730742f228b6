/**
 * Per-host politeness: at most `perHost` requests at a time to one host, request starts spaced
 * by 1/rate seconds (or the robots.txt Crawl-delay, whichever is longer), and a host-wide pause
 * when the host answers Retry-After.
 * @module
 */
import PQueue from 'p-queue';

interface HostState {
  queue: PQueue;
  nextStart: number;
  pausedUntil: number;
  minIntervalMs: number;
}

export class HostGate {
  private hosts = new Map<string, HostState>();
  private readonly intervalMs: number;

  /** `rate` requests per second per host (0 = unlimited, and then no per-host cap either). */
  constructor(
    rate: number,
    private readonly perHost: number,
  ) {
    this.intervalMs = rate > 0 ? 1000 / rate : 0;
  }

  private state(host: string): HostState {
    let s = this.hosts.get(host);
    if (!s) {
      const concurrency = this.intervalMs > 0 ? Math.max(1, this.perHost) : Number.POSITIVE_INFINITY;
      s = { queue: new PQueue({ concurrency }), nextStart: 0, pausedUntil: 0, minIntervalMs: this.intervalMs };
      this.hosts.set(host, s);
    }
    return s;
  }

  /** Space requests to `host` by at least `ms` (robots.txt Crawl-delay); never shortens the rate. */
  setMinInterval(host: string, ms: number): void {
    const s = this.state(host);
    s.minIntervalMs = Math.max(s.minIntervalMs, ms);
  }

  /** Hold every request to `host` until `ms` from now (Retry-After). */
  pause(host: string, ms: number): void {
    const s = this.state(host);
    s.pausedUntil = Math.max(s.pausedUntil, Date.now() + ms);
  }

  /** Run `fn` when `host` allows it. */
  run<T>(host: string, fn: () => Promise<T>): Promise<T> {
    const s = this.state(host);
    return s.queue.add(async () => {
      for (;;) {
        const wait = Math.max(s.nextStart, s.pausedUntil) - Date.now();
        if (wait <= 0) break;
        await sleep(wait);
      }
      s.nextStart = Date.now() + s.minIntervalMs;
      return fn();
    }) as Promise<T>;
  }
}

/** Resolve after `ms` milliseconds. */
export function sleep(ms: number): Promise<void> {
  return new Promise((r) => setTimeout(r, ms));
}
