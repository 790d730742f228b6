/**
 * `procwatch scrape`: one run of one source into the database (see scrapers/run.ts).
 * @module
 */
import { openDb, resolveDbPath } from '../../db/index.js';
import { exitCodeFor, runScrape } from '../run.js';
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

A killed run leaves its unfinished URLs queued; the next run of the source resumes them first.
Output: a progress bar on a terminal, else one JSON object per line per event.
Exit codes: 0 ok, 1 failed, 2 usage, 3 blocked by the portal (source stopped), 4 partial
(some pages failed, or the layout drifted).

Examples:
  procwatch scrape --source ccgp
  procwatch scrape --source ccgp --mode search --since 2026-10-01 --until 2026-10-31 --keywords 短视频,抖音
  procwatch scrape --source ccgp --base-url http://127.0.0.1:8123 --rate 0 --db /tmp/t.db
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
  });
  if (!values.source) throw new UsageError('--source is required (one of: ' + SOURCES.map((s) => s.id).join(', ') + ')');
  let source;
  try {
    source = sourceById(values.source);
  } catch (e) {
    throw new UsageError((e as Error).message);
  }
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
  try {
    const summary = await runScrape(db, {
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
      blockBackoffMs: process.env.PROCWATCH_BLOCK_BACKOFF_MS ? Number(process.env.PROCWATCH_BLOCK_BACKOFF_MS) : undefined,
      backoffMs: process.env.PROCWATCH_BACKOFF_MS ? Number(process.env.PROCWATCH_BACKOFF_MS) : undefined,
    });
    if (process.stderr.isTTY)
      process.stderr.write(
        `run ${summary.runId} ${summary.status}: listed ${summary.listed}, fetched ${summary.fetched}, new ${summary.newCount}, changed ${summary.changed}, skipped ${summary.skipped}, failed ${summary.failed}, blocked ${summary.blocked} in ${(summary.durationMs / 1000).toFixed(1)} s${summary.error ? ` (${summary.error})` : ''}\n`,
      );
    return exitCodeFor(summary.status);
  } finally {
    db.$client.close();
  }
}
