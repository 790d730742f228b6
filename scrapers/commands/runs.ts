/**
 * `procwatch runs`: the scrape runs, newest first, with their counts and how they ended.
 * @module
 */
import { desc, eq } from 'drizzle-orm';
import { openDb, resolveDbPath } from '../../db/index.js';
import { scrapeRuns } from '../../db/schema/index.js';
import { intFlag, parseFlags } from './args.js';

export const help = `procwatch runs: list scrape runs and how they ended

Usage: procwatch runs [--db FILE] [--source SLUG] [--limit N] [--json]

Options:
  --db FILE       database file (default: $PROCWATCH_DB or data/procwatch.db)
  --source SLUG   only this source's runs
  --limit N       at most N runs (default 20)
  --json          one JSON object per run, per line (with the run's report)

Examples:
  procwatch runs
  procwatch runs --source ccgp --limit 5 --json
`;

export async function run(argv: string[]): Promise<number> {
  const { values } = parseFlags(argv, {
    db: { type: 'string' },
    source: { type: 'string' },
    limit: { type: 'string' },
    json: { type: 'boolean' },
  });
  const db = openDb(resolveDbPath(values.db));
  try {
    const q = db.select().from(scrapeRuns);
    const rows = (values.source ? q.where(eq(scrapeRuns.sourceId, values.source)) : q)
      .orderBy(desc(scrapeRuns.id))
      .limit(intFlag(values.limit, 'limit', 20))
      .all();
    if (values.json) {
      for (const r of rows) {
        const durationMs = r.endedAt ? Date.parse(r.endedAt) - Date.parse(r.startedAt) : null;
        process.stdout.write(`${JSON.stringify({ ...r, params: r.params ? JSON.parse(r.params) : null, report: r.report ? JSON.parse(r.report) : null, durationMs })}\n`);
      }
      return 0;
    }
    if (!rows.length) {
      process.stdout.write('no scrape runs yet (procwatch scrape --source ccgp)\n');
      return 0;
    }
    const head = ['run', 'source', 'mode', 'started', 'secs', 'status', 'listed', 'fetched', 'new', 'changed', 'skipped', 'failed', 'blocked'];
    const lines = rows.map((r) => [
      String(r.id), r.sourceId, r.mode, r.startedAt.slice(0, 19).replace('T', ' '),
      r.endedAt ? ((Date.parse(r.endedAt) - Date.parse(r.startedAt)) / 1000).toFixed(1) : '-',
      r.status, String(r.listed), String(r.fetched), String(r.newCount), String(r.changed), String(r.skipped), String(r.failed), String(r.blocked),
    ]);
    const widths = head.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i].length)));
    const fmt = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i])).join('  ').trimEnd();
    process.stdout.write(`${fmt(head)}\n${lines.map(fmt).join('\n')}\n`);
    for (const r of rows) if (r.error && r.status !== 'ok') process.stdout.write(`  run ${r.id}: ${r.error}\n`);
    return 0;
  } finally {
    db.$client.close();
  }
}
