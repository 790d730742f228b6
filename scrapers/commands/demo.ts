import { existsSync } from 'node:fs';
import { openDb, resolveDbPath, type Db } from '../../db/index.js';
import { archiveStats } from '../../db/stats.js';
import { startServer } from '../../server/index.js';
import { startReplay, type ReplayPortal } from '../replay/server.js';
import { runScrape } from '../run.js';
import type { RunLogger } from '../run/run-log.js';
import { sourceById } from '../sources/index.js';
import { intFlag, parseFlags, UsageError } from './args.js';
import { untilInterrupted } from './serve.js';

export const help = `procwatch demo [--db FILE] [--port P] [--no-serve]

The whole pipeline offline: starts replays of the portals on 127.0.0.1 (recorded pages shaped
like the real ones, labelled as sample data), scrapes them with the real adapters (every page
archived), extracts the notices into SQLite, and serves the dashboard. Prints
"dashboard: http://127.0.0.1:PORT" once the page answers; Ctrl-C stops it.
Running it again re-scrapes incrementally: the counts stay the same.

Options:
  --db FILE    the database (default: $PROCWATCH_DB or data/procwatch.db); a database that
               already holds real (non-sample) notices is refused, so demo data never mixes in
  --port P     the dashboard's port (default 8080; 0 picks a free one)
  --no-serve   scrape and report, then exit (no dashboard)

Examples:
  procwatch demo
  procwatch demo --db /tmp/demo.db --port 0
`;

/** The replayed notices are dated 2021–2026; the demo's keyword backfill starts before them. */
const DEMO_SINCE = '2020-01-01';

/** Refuse to write replayed sample data into a database of real notices. */
function assertDemoSafe(db: Db, path: string): void {
  const real = db.$client.prepare('select count(*) as n from notices where is_sample = 0').get() as { n: number };
  if (real.n > 0) throw new UsageError(`${path} holds ${real.n} real notices; give the demo its own --db FILE`);
}

/** The demo prints one summary line per run; of the run's events only the warnings show. */
function warningsOnly(portal: string): RunLogger {
  return (e) => {
    if (['blocked', 'drift', 'failed', 'portal_changed'].includes(e.event)) process.stderr.write(`${portal}: ${JSON.stringify(e)}\n`);
  };
}

/**
 * Sources the demo replays: ccgp, Guangxi, Hubei and Jiangsu over HTTP; Guangdong only where
 * Chromium is installed. The Hubei and Jiangsu replays each hold one broken detail page, so
 * their runs end partial, the page archived and flagged: what a real broken page does.
 */
function demoPortals(): ReplayPortal[] {
  const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  const http: ReplayPortal[] = ['ccgp', 'guangxi', 'hubei', 'jiangsu'];
  return existsSync(chromium) ? [...http, 'gdgpo'] : http;
}

export async function run(argv: string[]): Promise<number> {
  const { values } = parseFlags(argv, { db: { type: 'string' }, port: { type: 'string' }, 'no-serve': { type: 'boolean' } });
  const dbPath = resolveDbPath(values.db);
  const port = intFlag(values.port, 'port', 8080);
  const db = openDb(dbPath);
  const replays: { close(): Promise<void> }[] = [];
  let failed = false;
  try {
    assertDemoSafe(db, dbPath);
    for (const portal of demoPortals()) {
      const replay = await startReplay({ portal, port: 0 });
      replays.push(replay);
      process.stdout.write(`replay ${portal}: ${replay.baseUrl}\n`);
      const source = sourceById(portal);
      for (const mode of source.modes) {
        // The search backfill covers the replay's whole span (2020 on), not the default last week.
        const since = mode === 'search' ? DEMO_SINCE : null;
        const s = await runScrape(db, { source, baseUrl: replay.baseUrl, mode, since, rate: 0, robots: true, blockBackoffMs: 1000, log: warningsOnly(portal) });
        process.stdout.write(
          `scraped ${portal} (${mode}): ${s.status}, listed ${s.listed}, fetched ${s.fetched}, new ${s.newCount}, ` +
            `skipped ${s.skipped}, failed ${s.failed}${s.failed ? ' (unreadable pages are archived and flagged, never dropped: procwatch runs lists them)' : ''}\n`,
        );
        if (s.status === 'failed') failed = true;
      }
    }
    const st = archiveStats(db);
    process.stdout.write(
      `database ${dbPath}: ${st.pages} pages, ${st.notices} notices (${st.videoOpsNotices} video ops), ${st.lots} lots, ` +
        `${st.failedPages} failed pages — replayed SAMPLE data, not real announcements\n`,
    );
  } finally {
    db.$client.close();
    await Promise.all(replays.map((r) => r.close()));
  }
  if (values['no-serve']) return failed ? 1 : 0;

  const server = await startServer({ dbPath, port, host: '127.0.0.1' });
  const res = await fetch(server.url);
  if (!res.ok) throw new Error(`the dashboard answered ${res.status} at ${server.url}`);
  process.stdout.write(`dashboard: ${server.url}\n`);
  await untilInterrupted();
  await server.close();
  return failed ? 1 : 0;
}
