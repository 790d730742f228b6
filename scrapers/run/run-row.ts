/**
 * The `scrape_runs` row of a run: created at start, counters bumped in the same transactions
 * as the work they count (so a killed run's row tells the truth), closed with a status.
 * @module
 */
import { readFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { and, eq, sql } from 'drizzle-orm';
import type { Db } from '../../db/index.js';
import { rawPages, scrapeRuns } from '../../db/schema/index.js';
import { stmt } from './frontier.js';

export type RunStatus = 'running' | 'ok' | 'partial' | 'blocked' | 'failed' | 'aborted';
export type Counter = 'listed' | 'fetched' | 'newCount' | 'changed' | 'skipped' | 'failed' | 'blocked';

/** Where a run runs: kept in its params so a later run can tell a live run from a killed one. */
export interface RunOwner {
  pid: number;
  host: string;
}

/** This process, as the owner of the runs it starts. */
export function thisProcess(): RunOwner {
  return { pid: process.pid, host: hostname() };
}

/** A second run of a source while its first is still running: refused, the first is left alone. */
export class RunBusyError extends Error {
  override name = 'RunBusyError';
}

/**
 * Whether `owner` is a process alive on this host other than this one (a scrape in another
 * process). A run killed with -9 or by a reboot leaves no live process; a pid reused since by
 * an unrelated program is told apart by its command line where /proc shows it.
 */
function isLiveElsewhere(owner: Partial<RunOwner> | undefined): boolean {
  if (!owner?.pid || owner.host !== hostname() || owner.pid === process.pid) return false;
  try {
    process.kill(owner.pid, 0);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'EPERM') return false;
  }
  try {
    return readFileSync(`/proc/${owner.pid}/cmdline`, 'utf8').includes('procwatch');
  } catch {
    return true; // no /proc: the pid is alive, so assume it is the run
  }
}

/**
 * Mark runs of `sourceId` still `running` whose process is gone (killed) as aborted; returns how
 * many. A run of the source still running in a live process makes this throw {@link RunBusyError}:
 * two runs of one source would take each other's queue and both fail. Call inside the write
 * transaction that starts the new run, so two runs starting at once cannot both pass.
 */
export function abortStaleRuns(db: Db, sourceId: string): number {
  const running = db
    .select({ id: scrapeRuns.id, params: scrapeRuns.params, startedAt: scrapeRuns.startedAt })
    .from(scrapeRuns)
    .where(and(eq(scrapeRuns.sourceId, sourceId), eq(scrapeRuns.status, 'running')))
    .all();
  for (const r of running) {
    let owner: Partial<RunOwner> | undefined;
    try {
      owner = (JSON.parse(r.params ?? '{}') as { owner?: Partial<RunOwner> }).owner;
    } catch {
      owner = undefined;
    }
    if (isLiveElsewhere(owner))
      throw new RunBusyError(`${sourceId} is already being scraped into this database by run ${r.id} (pid ${owner!.pid}, started ${r.startedAt}); not starting a second run`);
  }
  return db
    .update(scrapeRuns)
    .set({ status: 'aborted', endedAt: new Date().toISOString(), error: 'killed before it finished; its pending URLs were resumed by a later run' })
    .where(and(eq(scrapeRuns.sourceId, sourceId), eq(scrapeRuns.status, 'running')))
    .run().changes;
}

/** Insert the run row and return its id. */
export function startRun(db: Db, sourceId: string, mode: string, params: unknown): number {
  return db
    .insert(scrapeRuns)
    .values({ sourceId, mode, params: JSON.stringify(params), startedAt: new Date().toISOString(), status: 'running' })
    .returning({ id: scrapeRuns.id })
    .get().id;
}

const COLUMNS: Record<Counter, string> = {
  listed: 'listed', fetched: 'fetched', newCount: 'new_count', changed: 'changed', skipped: 'skipped', failed: 'failed', blocked: 'blocked',
};

/** Add to the run's counters (call inside the transaction that did the work). */
export function bump(db: Db, runId: number, add: Partial<Record<Counter, number>>): void {
  const cols = (Object.entries(add) as [Counter, number][]).filter(([, v]) => v);
  if (!cols.length) return;
  const sqlText = `update scrape_runs set ${cols.map(([k]) => `${COLUMNS[k]} = ${COLUMNS[k]} + ?`).join(', ')} where id = ?`;
  stmt(db, sqlText).run(...cols.map(([, v]) => v), runId);
}

/** Close the run with its status, error and report. */
export function finishRun(db: Db, runId: number, status: RunStatus, error: string | null, report: unknown): void {
  db.update(scrapeRuns)
    .set({ status, error: error?.slice(0, 2000) ?? null, report: JSON.stringify(report), endedAt: new Date().toISOString() })
    .where(eq(scrapeRuns.id, runId))
    .run();
}

/** The run row as stored. */
export function runRow(db: Db, runId: number) {
  return db.select().from(scrapeRuns).where(eq(scrapeRuns.id, runId)).get();
}

/**
 * Extraction rate of a source's detail pages before this run (ok / ok+broken), or null when the
 * history is too short to compare against.
 */
export function historicRate(db: Db, sourceId: string, runId: number, minPages = 10): number | null {
  const r = db
    .select({
      ok: sql<number>`sum(case when ${rawPages.parseStatus} in ('ok','superseded') then 1 else 0 end)`,
      broken: sql<number>`sum(case when ${rawPages.parseStatus} = 'broken' then 1 else 0 end)`,
    })
    .from(rawPages)
    .where(and(eq(rawPages.sourceId, sourceId), eq(rawPages.pageKind, 'detail'), sql`coalesce(${rawPages.runId}, -1) <> ${runId}`))
    .get();
  const ok = r?.ok ?? 0;
  const broken = r?.broken ?? 0;
  return ok + broken >= minPages ? ok / (ok + broken) : null;
}
