/**
 * What a run starts from: the empty report it fills, and the leftover frontier earlier runs
 * left (a killed or blocked run's unfinished rows are resumed in full; rows that failed before
 * are owed and retried first, oldest first, at most `maxOwed` of them).
 * @module
 */
import type { Db } from '../../db/index.js';
import { allPending } from './frontier.js';
import type { RunReport } from './types.js';

/** The report a run fills in as it goes; `classify`: channel-list titles decide what is fetched. */
export function emptyReport(classify: boolean): RunReport {
  return {
    decision: classify
      ? 'channel-list items get a detail fetch only when classifyTitle(title) says video ops or scores above 0; the rest are counted as skipped'
      : 'every search or list hit gets a detail fetch (the query already selected it)',
    skippedByClassifier: 0, skippedOutOfWindow: 0, known: 0, duplicates: 0, unchanged: 0, refetched: 0,
    robotsDisallowed: 0, retries: 0, brokenPages: 0, lists: {}, drift: [], resumed: 0,
    owedRetried: 0, owedWaiting: 0, dropped: [], owed: null, warnings: [], batches: { commits: 0, pages: 0 },
  };
}

/**
 * Count what earlier runs left into `report` (resumed, owedRetried, owedWaiting) and return the
 * frontier rows this run leaves alone: owed rows past the `maxOwed` bound wait for later runs.
 */
export function planLeftover(db: Db, sourceId: string, maxOwed: number, report: RunReport): Set<number> {
  const leftover = allPending(db, sourceId);
  const owedRows = leftover.filter((r) => r.attempts > 0);
  report.resumed = leftover.length - owedRows.length;
  report.owedRetried = Math.min(owedRows.length, maxOwed);
  report.owedWaiting = owedRows.length - report.owedRetried;
  return new Set<number>(owedRows.slice(maxOwed).map((r) => r.id));
}
