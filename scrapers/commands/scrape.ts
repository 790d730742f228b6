/**
 * `procwatch scrape`: one run of one source into the database (see scrapers/run.ts).
 * @module
 */
import { existsSync } from 'node:fs';
import { openDb, resolveDbPath } from '../../db/index.js';
import { exitCodeFor, runScrape } from '../run.js';
import { forgetOwed, owedLine, owedStatus } from '../run/owed.js';
import { sourceById, SOURCES } from '../sources/index.js';
import { UsageError, dateFlag, intFlag, numberFlag, parseFlags } from './args.js';

export const help = `procwatch scrape: scrape one portal into the database

Usage: procwatch scrape --source SLUG [options]

Options:
  --source SLUG        ${SOURCES.map((s) => s.id).join(' | ')} (required)
  --base-url URL       fetch from here instead of the real portal (a replay), e.g. http://127.0.0.1:8123
  --db FILE            database file (default: $PROCWATCH_DB or data/procwatch.db)
  --mode lists|search  lists: the portal's channel lists, newest first (nightly; default);
                       search: keyword search (ccgp bxsearch, gdgpo) for backfills
  --since YYYY-MM-DD   backfill: notices published on or after this day
  --until YYYY-MM-DD   backfill: notices published on or before this day
  --max-pages N        at most N pages per list or keyword (default: no limit; nightly runs
                       stop at the first page holding notices already in the database)
  --rate N             requests per second per host (default: the source's pacing, 1 for ccgp;
                       0 = no limit, for replays)
  --concurrency N      requests in flight overall (default 4)
  --keywords a,b       search keywords (default: the video-operations set 短视频,抖音,快手,…)
  --no-robots          do not read robots.txt (never against a real portal)
  --max-owed N         owed URLs (failed in earlier runs) to retry first in this run, oldest
                       first (default 100; the rest stay owed for later runs)
  --forget-owed        give up on every URL the source owes, instead of scraping: their rows
                       are dropped and a 'forget-owed' run lists them (procwatch runs --owed
                       shows them first). Add --before YYYY-MM-DD to drop only those owed
                       since before that day.

Nothing that failed is dropped on its own: a list page or notice that could not be fetched
stays owed, every later run retries it before its own lists (and walks a list past known
notices until the gap it left is closed), and the run ends 'partial' (exit 4) while anything
is owed. Runs warn loudly once a URL is owed for more than 7 days. A killed run leaves its
unfinished URLs queued; the next run resumes them first. While a run of a source is going, a
second run of the same source on the same database refuses to start (one line, exit 1); runs
of different sources share a database and take turns writing.
Output: a progress bar on a terminal, else one JSON object per line per event.
Exit codes: 0 ok, 1 failed, 2 usage, 3 blocked by the portal (source stopped), 4 partial
(some pages failed or are still owed, or the layout drifted), 130/143 stopped by Ctrl-C/SIGTERM
(the pages read are kept, the run is recorded 'aborted', the next run resumes the rest).

Examples:
  procwatch scrape --source ccgp
  procwatch scrape --source ccgp --mode search --since 2026-10-01 --until 2026-10-31 --keywords 短视频,抖音
  procwatch scrape --source ccgp --base-url http://127.0.0.1:8123 --rate 0 --db /tmp/t.db
  procwatch runs --owed --source ccgp && procwatch scrape --source ccgp --forget-owed --before 2026-10-01
`;

export async function run(argv: string[]): Promise<number> {
  const { values } = parseFlags(argv, {
    source: { type: 'string' },
    'base-url': { type: 'string' },
    db: { type: 'string' },
    mode: { type: 'string' },
    since: { type: 'string' },
    until: { type: 'string' },
    'max-pages': { type: 'string' },
    rate: { type: 'string' },
    concurrency: { type: 'string' },
    keywords: { type: 'string' },
    'no-robots': { type: 'boolean' },
    'max-owed': { type: 'string' },
    'forget-owed': { type: 'boolean' },
    before: { type: 'string' },
  });
  if (!values.source) throw new UsageError('--source is required (one of: ' + SOURCES.map((s) => s.id).join(', ') + ')');
  let source;
  try {
    source = sourceById(values.source);
  } catch (e) {
    throw new UsageError((e as Error).message);
  }
  if (values['forget-owed']) return forget(source, values);
  if (values.before) throw new UsageError('--before only goes with --forget-owed');
  const mode = values.mode ?? 'lists';
  if (mode !== 'lists' && mode !== 'search') throw new UsageError(`--mode must be lists or search, got "${mode}"`);
  if (!source.modes.includes(mode)) throw new UsageError(`source ${source.id} has no ${mode} mode`);
  const baseUrl = values['base-url'] ?? null;
  if (baseUrl && !/^https?:\/\/[^/]+/.test(baseUrl)) throw new UsageError(`--base-url must be an http(s) URL, got "${baseUrl}"`);
  const since = dateFlag(values.since, 'since');
  const until = dateFlag(values.until, 'until');
  if (since && until && since > until) throw new UsageError('--since is after --until');
  const maxPages = values['max-pages'] === undefined ? null : intFlag(values['max-pages'], 'max-pages', 0);
  const keywords = values.keywords?.split(/[,，]/).map((k) => k.trim()).filter(Boolean);
  const db = openDb(resolveDbPath(values.db));
  // SIGTERM (systemd stopping the unit) or Ctrl-C: finish the fetches in flight, commit, record
  // the run as aborted and exit 128+signal; a second signal exits at once (the queue survives).
  const stop = new AbortController();
  const onSignal = (sig: NodeJS.Signals) => {
    if (stop.signal.aborted) process.exit(128 + (sig === 'SIGINT' ? 2 : 15));
    process.stderr.write(`procwatch scrape: ${sig}: finishing the pages in flight, then stopping (again to stop at once)\n`);
    stop.abort(sig);
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  try {
    const summary = await runScrape(db, {
      signal: stop.signal,
      source,
      baseUrl,
      mode,
      since,
      until,
      maxPages,
      rate: values.rate === undefined ? undefined : numberFlag(values.rate, 'rate', 1),
      concurrency: values.concurrency === undefined ? undefined : Math.max(1, intFlag(values.concurrency, 'concurrency', 4)),
      keywords,
      robots: !values['no-robots'],
      maxOwed: values['max-owed'] === undefined ? undefined : intFlag(values['max-owed'], 'max-owed', 100),
      blockBackoffMs: envNumber('PROCWATCH_BLOCK_BACKOFF_MS'),
      backoffMs: envNumber('PROCWATCH_BACKOFF_MS'),
      // Tuning knobs for tests and benchmarks: pages per write transaction, and the longest wait.
      batchPages: envNumber('PROCWATCH_BATCH_PAGES'),
      batchMs: envNumber('PROCWATCH_BATCH_MS'),
    });
    if (process.stderr.isTTY)
      process.stderr.write(
        `run ${summary.runId} ${summary.status}: listed ${summary.listed}, fetched ${summary.fetched}, new ${summary.newCount}, changed ${summary.changed}, skipped ${summary.skipped}, failed ${summary.failed}, blocked ${summary.blocked}, ${owedLine(summary.owed)} in ${(summary.durationMs / 1000).toFixed(1)} s${summary.error ? ` (${summary.error})` : ''}\n`,
      );
    if (stop.signal.aborted) return 128 + (stop.signal.reason === 'SIGINT' ? 2 : 15);
    return exitCodeFor(summary.status);
  } finally {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
    db.$client.close();
  }
}

function envNumber(name: string): number | undefined {
  const v = process.env[name];
  if (v === undefined || v === '') return undefined;
  const n = Number(v);
  if (!Number.isFinite(n) || n < 0) throw new UsageError(`${name} must be a non-negative number, got "${v}"`);
  return n;
}

/** `--forget-owed`: the operator gives up on owed URLs; says loudly what was dropped. */
function forget(source: { id: string; name: string; baseUrl: string }, values: { db?: string; before?: string }): number {
  const before = dateFlag(values.before, 'before');
  const path = resolveDbPath(values.db);
  if (!existsSync(path)) throw new UsageError(`no database at ${path} (nothing can be owed there)`);
  const db = openDb(path);
  try {
    const { runId, urls } = forgetOwed(db, source, { before });
    const left = owedStatus(db, source.id);
    const lists = urls.filter((u) => u.pageKind === 'list').length;
    process.stderr.write(
      urls.length
        ? `WARNING: gave up on ${urls.length} owed URL(s) of ${source.id} (${lists} list page(s), ${urls.length - lists} detail page(s)); ` +
            `notices only they led to will not be scraped. Recorded as run ${runId} (procwatch runs --json lists them). Still owed: ${owedLine(left)}.\n`
        : `${source.id} owed nothing${before ? ` since before ${before}` : ''}; nothing forgotten (still owed: ${owedLine(left)}).\n`,
    );
    for (const u of urls) process.stdout.write(`${JSON.stringify({ event: 'forgotten', source: source.id, ...u })}\n`);
    return 0;
  } finally {
    db.$client.close();
  }
}
