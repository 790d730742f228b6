/**
 * Replay helpers for tests: start a portal's replay on 127.0.0.1 and close it afterwards, plus
 * scrape options tuned for tests (politeness off, short backoffs, quiet log).
 * @module
 */
import { startReplay, type Faults, type Replay, type ReplayPortal } from '../../scrapers/replay/index.js';
import type { RunOptions } from '../../scrapers/run.js';
import type { RunEvent } from '../../scrapers/run/run-log.js';

export type { Replay } from '../../scrapers/replay/index.js';

/** Start the replay of `portal` on any free loopback port. */
export function replay(portal: ReplayPortal, faults?: Faults): Promise<Replay> {
  return startReplay({ portal, port: 0, faults });
}

/** Run options for tests: no rate limit, millisecond backoffs, short timeouts, events collected. */
export function testRunOptions(base: Replay, extra: Partial<RunOptions> = {}): Omit<RunOptions, 'source'> & { events: RunEvent[] } {
  const events: RunEvent[] = [];
  return {
    baseUrl: base.baseUrl,
    rate: 0,
    retries: 3,
    backoffMs: 5,
    timeoutMs: 5_000,
    blockBackoffMs: 50,
    concurrency: 4,
    log: (e) => events.push(e),
    events,
    ...extra,
  };
}
