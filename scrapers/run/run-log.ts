/**
 * How a run talks: one JSON object per line on stdout when not on a terminal (cron, systemd,
 * tests), a one-line progress bar on stderr when it is. Warnings print on both.
 * @module
 */

export interface RunEvent {
  event: string;
  [k: string]: unknown;
}

export type RunLogger = (e: RunEvent) => void;

/** Counters shown by the progress bar. */
export interface Progress {
  lists: number;
  listed: number;
  queued: number;
  fetched: number;
  newCount: number;
  failed: number;
  blocked: number;
}

const LOUD = new Set(['blocked', 'drift', 'failed', 'portal_changed', 'run_end', 'run_start']);

/** A logger writing JSON lines (non-TTY) or a progress bar (TTY). `progress` is read at each event. */
export function consoleLogger(source: string, progress: () => Progress, tty = Boolean(process.stderr.isTTY)): RunLogger {
  if (!tty) return (e) => process.stdout.write(`${JSON.stringify({ ts: new Date().toISOString(), source, ...e })}\n`);
  let last = 0;
  return (e) => {
    const p = progress();
    if (LOUD.has(e.event) && e.event !== 'run_start') {
      process.stderr.write(`\r\x1b[K${source}: ${e.event} ${JSON.stringify({ ...e, event: undefined })}\n`);
    }
    const now = Date.now();
    if (now - last < 100 && e.event !== 'run_end') return;
    last = now;
    const total = Math.max(1, p.fetched + p.failed + p.queued);
    const width = 24;
    const filled = Math.round(((p.fetched + p.failed) / total) * width);
    const bar = `${'█'.repeat(filled)}${'░'.repeat(width - filled)}`;
    process.stderr.write(
      `\r\x1b[K${source} ${bar} ${p.fetched + p.failed}/${total} pages · lists ${p.lists} · listed ${p.listed} · new ${p.newCount} · failed ${p.failed} · blocked ${p.blocked}`,
    );
    if (e.event === 'run_end') process.stderr.write('\n');
  };
}
