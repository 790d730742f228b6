import { existsSync } from 'node:fs';
import { openDb, resolveDbPath } from '../../db/index.js';
import { archiveStats } from '../../db/stats.js';
import { rebuildRollups, rollupDrift } from '../../db/queries/rollups.js';
import { parseFlags, UsageError } from './args.js';

export const help = `procwatch stats [--db FILE] [--json] [--check [--repair]]

Counts what the database holds: archived pages, notices, lots, scrape runs, and pages that
failed to parse (broken layout, block pages, errors).

Options:
  --db FILE   the database (default: $PROCWATCH_DB or data/procwatch.db)
  --json      print { pages, notices, lots, runs, failedPages, ... } as JSON
  --check     also recount the dashboard's trigger-kept totals (per region, party and notice
              counts) from scratch and compare; exit 1 if any differs (a full scan: minutes at
              a million notices)
  --repair    with --check: rebuild the totals that differ from the recount

Examples:
  procwatch stats
  procwatch stats --db /srv/procwatch.db --json
  procwatch stats --check
`;

export async function run(argv: string[]): Promise<number> {
  const { values } = parseFlags(argv, { db: { type: 'string' }, json: { type: 'boolean' }, check: { type: 'boolean' }, repair: { type: 'boolean' } });
  if (values.repair && !values.check) throw new UsageError('--repair needs --check');
  const path = resolveDbPath(values.db);
  if (!existsSync(path)) throw new UsageError(`no database at ${path} (run a scrape or procwatch demo first)`);
  const db = openDb(path);
  try {
    const s = archiveStats(db);
    const drift = values.check ? rollupDrift(db) : null;
    if (drift?.length && values.repair) rebuildRollups(db);
    if (values.json) {
      process.stdout.write(`${JSON.stringify(drift ? { ...s, drift, repaired: Boolean(drift.length && values.repair) } : s)}\n`);
    } else {
      process.stdout.write(
        [
          `database      ${path}`,
          `pages         ${s.pages}  (${Object.entries(s.pagesByStatus).map(([k, n]) => `${k} ${n}`).join(', ') || 'none'})`,
          `notices       ${s.notices}  (video ops ${s.videoOpsNotices}; sample data ${s.sampleNotices})`,
          `lots          ${s.lots}`,
          `runs          ${s.runs}`,
          `failed pages  ${s.failedPages}`,
          ...(drift === null ? [] : drift.length ? [`totals        DIFFER from a recount${values.repair ? ' (rebuilt now)' : ' (run with --repair to rebuild)'}:`, ...drift.map((d) => `  ${d}`)] : ['totals        match a recount from scratch']),
          '',
        ].join('\n'),
      );
    }
    return drift?.length && !values.repair ? 1 : 0;
  } finally {
    db.$client.close();
  }
}
