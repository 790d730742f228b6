import { existsSync } from 'node:fs';
import { openDb, resolveDbPath } from '../../db/index.js';
import { archiveStats } from '../../db/stats.js';
import { parseFlags, UsageError } from './args.js';

export const help = `procwatch stats [--db FILE] [--json]

Counts what the database holds: archived pages, notices, lots, scrape runs, and pages that
failed to parse (broken layout, block pages, errors).

Options:
  --db FILE   the database (default: $PROCWATCH_DB or data/procwatch.db)
  --json      print { pages, notices, lots, runs, failedPages, ... } as JSON

Examples:
  procwatch stats
  procwatch stats --db /srv/procwatch.db --json
`;

export async function run(argv: string[]): Promise<number> {
  const { values } = parseFlags(argv, { db: { type: 'string' }, json: { type: 'boolean' } });
  const path = resolveDbPath(values.db);
  if (!existsSync(path)) throw new UsageError(`no database at ${path} (run a scrape or procwatch demo first)`);
  const db = openDb(path);
  try {
    const s = archiveStats(db);
    if (values.json) {
      process.stdout.write(`${JSON.stringify(s)}\n`);
    } else {
      process.stdout.write(
        [
          `database      ${path}`,
          `pages         ${s.pages}  (${Object.entries(s.pagesByStatus).map(([k, n]) => `${k} ${n}`).join(', ') || 'none'})`,
          `notices       ${s.notices}  (video ops ${s.videoOpsNotices}; sample data ${s.sampleNotices})`,
          `lots          ${s.lots}`,
          `runs          ${s.runs}`,
          `failed pages  ${s.failedPages}`,
          '',
        ].join('\n'),
      );
    }
    return 0;
  } finally {
    db.$client.close();
  }
}
