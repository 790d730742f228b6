/**
 * How a run ends: layout drift against the source's history, what the source still owes (with
 * a loud warning past the warning age), the status and its one-line reason, the closed
 * `scrape_runs` row and the summary.
 * @module
 */
import type { Db } from '../../db/index.js';
import { owedLine, owedStatus, staleWarning } from './owed.js';
import type { RunLogger } from './run-log.js';
import { finishRun, historicRate, runRow, type RunStatus } from './run-row.js';
import type { RunReport, RunSummary } from './types.js';

export interface RunEnd {
  sourceId: string;
  runId: number;
  startedMs: number;
  report: RunReport;
  /** an error that stopped the run (a failed commit, a bug) */
  fatal: Error | null;
  /** the portal blocked the source, and why the run stopped */
  blocked: { stopped: boolean; reason: string | null };
  /** what stopped the run before it finished (e.g. "SIGTERM"), or null */
  stopped?: string | null;
  /** the last fetch failure's reason (ECONNREFUSED, a timeout, an HTTP status), or null */
  lastFailure?: string | null;
  /** list pages the run read */
  listsRead: number;
  warnDays: number;
  log: RunLogger;
}

/** Decide the run's status, close its row and return its summary. */
export function endRun(db: Db, e: RunEnd): RunSummary {
  const { report, fatal, log } = e;
  const row = runRow(db, e.runId)!;
  // Layout drift: this run's extraction rate against the source's history.
  const thisRunPages = row.fetched - report.unchanged;
  if (thisRunPages >= 5) {
    const rate = 1 - report.brokenPages / thisRunPages;
    const before = historicRate(db, e.sourceId, e.runId);
    if (before !== null && before - rate >= 0.3)
      report.drift.push(`extraction rate fell to ${(rate * 100).toFixed(0)}% from ${(before * 100).toFixed(0)}% in earlier runs: the portal's layout has probably changed`);
  }
  for (const d of report.drift) log({ event: 'drift', message: d });
  const owed = owedStatus(db, e.sourceId, new Date(), e.warnDays);
  report.owed = owed;
  const stale = staleWarning(e.sourceId, owed);
  if (stale) {
    report.warnings.push(stale);
    log({ event: 'owed_stale', message: stale, owed: owedLine(owed) });
  }
  let status: RunStatus;
  let error: string | null = fatal ? `${fatal.name}: ${fatal.message}` : e.blocked.reason;
  if (fatal) status = 'failed';
  else if (e.stopped) {
    // Stopped on request: what it read is committed, the rest stays queued for the next run.
    status = 'aborted';
    error = `stopped by ${e.stopped} before it finished`;
  }
  else if (e.blocked.stopped) status = 'blocked';
  else if (row.fetched === 0 && row.failed > 0 && e.listsRead === 0) {
    status = 'failed';
    // Say why in the run's one line (a dead host, a wrong --base-url), not only per URL.
    error = `nothing could be fetched: ${row.failed} page(s) failed${e.lastFailure ? `, the last with ${e.lastFailure}` : ''}`;
  }
  // Anything still owed means the archive is not complete yet: never a plain ok.
  else if (row.failed > 0 || report.drift.length || owed.count) status = 'partial';
  else status = 'ok';
  if (!error && status === 'partial') error = report.drift[0] ?? (row.failed > 0 ? `${row.failed} page(s) failed` : null);
  if (owed.count) error = `${error ? `${error}; ` : ''}${owedLine(owed)}, retried first by the next run`;
  finishRun(db, e.runId, status, error, report);
  const summary: RunSummary = {
    runId: e.runId, status, listed: row.listed, fetched: row.fetched, newCount: row.newCount, changed: row.changed, skipped: row.skipped,
    failed: row.failed, blocked: row.blocked, durationMs: Date.now() - e.startedMs, error, owed, report,
  };
  log({ event: 'run_end', ...summary, report: undefined, owed: owed.count ? owedLine(owed) : undefined });
  return summary;
}
