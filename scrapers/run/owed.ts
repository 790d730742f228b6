/**
 * What a source still owes: frontier rows (`pending_urls`) a run could not finish. A list page
 * or detail URL that failed is never dropped on its own: it stays owed, every run retries it
 * first, and runs, `procwatch runs` and the exit code say how many URLs are owed and since when,
 * until the page is fetched or an operator gives up with `procwatch scrape --forget-owed`. That
 * give-up is recorded as a `forget-owed` run listing every URL it dropped.
 * @module
 */
import type { Db } from '../../db/index.js';
import { writeTransaction } from './write-tx.js';
import { ensureSource } from '../../db/store.js';
import { allPending, done, owedSince, type PendingRow } from './frontier.js';
import { finishRun, startRun } from './run-row.js';

/** Default age past which owed URLs raise a warning on every run. */
export const OWED_WARN_DAYS = 7;

/** One owed URL as runs and `procwatch runs --owed` show it. */
export interface OwedUrl {
  url: string;
  pageKind: 'list' | 'detail';
  /** the list this page belongs to (list rows) */
  label: string | null;
  /** first failure (or, for a killed run's unfinished work, when it was queued) */
  since: string;
  attempts: number;
  lastError: string | null;
}

/** The owed URLs of a source, summed up. */
export interface OwedStatus {
  count: number;
  lists: number;
  details: number;
  /** the oldest `since`, or null when nothing is owed */
  since: string | null;
  /** how many are owed for longer than the warning age */
  stale: number;
  warnDays: number;
}

function toOwed(r: PendingRow): OwedUrl {
  return {
    url: r.url,
    pageKind: r.pageKind,
    label: r.payload.request?.label ?? null,
    since: owedSince(r),
    attempts: r.attempts,
    lastError: r.payload.owed?.lastError ?? (r.attempts ? null : 'not fetched yet (the run that queued it did not finish)'),
  };
}

/** Every owed URL of a source, oldest first. */
export function owedUrls(db: Db, sourceId: string): OwedUrl[] {
  return allPending(db, sourceId).map(toOwed);
}

/** Counts and the oldest date of what `sourceId` owes now. */
export function owedStatus(db: Db, sourceId: string, now = new Date(), warnDays = OWED_WARN_DAYS): OwedStatus {
  const rows = owedUrls(db, sourceId);
  const cutoff = now.getTime() - warnDays * 86_400_000;
  let since: string | null = null;
  for (const r of rows) if (since === null || r.since < since) since = r.since;
  return {
    count: rows.length,
    lists: rows.filter((r) => r.pageKind === 'list').length,
    details: rows.filter((r) => r.pageKind === 'detail').length,
    since,
    stale: rows.filter((r) => Date.parse(r.since) < cutoff).length,
    warnDays,
  };
}

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** One line for logs and summaries: "3 URLs owed since 2026-11-20 02:31 (1 list page, 2 detail pages)". */
export function owedLine(s: OwedStatus): string {
  if (!s.count) return 'nothing owed';
  const when = s.since ? s.since.slice(0, 16).replace('T', ' ') : '?';
  return `${plural(s.count, 'URL')} owed since ${when} UTC (${plural(s.lists, 'list page')}, ${plural(s.details, 'detail page')})`;
}

/** The warning a run raises while URLs are owed for longer than the warning age. */
export function staleWarning(sourceId: string, s: OwedStatus): string | null {
  if (!s.stale) return null;
  return (
    `${plural(s.stale, 'URL')} owed for more than ${s.warnDays} days: every run retries them; if the portal removed them for good, ` +
    `\`procwatch scrape --source ${sourceId} --forget-owed\` gives up on them (see \`procwatch runs --owed\`)`
  );
}

/** What {@link forgetOwed} dropped, and the run row that records it. */
export interface Forgotten {
  /** the forget-owed run, or null when nothing was owed */
  runId: number | null;
  urls: OwedUrl[];
}

/** Most URLs a forget-owed run lists in its report (the count is always complete). */
const MAX_LISTED = 2000;

/**
 * Give up on owed URLs of a source: all of them, or those owed since before `before`
 * (YYYY-MM-DD). Drops their frontier rows and records a `forget-owed` run whose report lists
 * them, in one transaction, so giving up is explicit and leaves a trace.
 */
export function forgetOwed(db: Db, source: { id: string; name: string; baseUrl: string }, opts: { before?: string | null; now?: Date } = {}): Forgotten {
  ensureSource(db, source);
  return writeTransaction(db, () => {
    const rows = allPending(db, source.id).filter((r) => !opts.before || owedSince(r) < opts.before);
    if (!rows.length) return { runId: null, urls: [] };
    const runId = startRun(db, source.id, 'forget-owed', { before: opts.before ?? null });
    for (const r of rows) done(db, r.id);
    const urls = rows.map(toOwed);
    const left = allPending(db, source.id).length;
    finishRun(
      db,
      runId,
      'ok',
      `an operator gave up on ${plural(urls.length, 'owed URL')}; notices only they led to are not in the archive`,
      { forgotten: urls.length, urls: urls.slice(0, MAX_LISTED), before: opts.before ?? null, stillOwed: left },
    );
    return { runId, urls };
  });
}
