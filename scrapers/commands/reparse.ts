import { existsSync } from 'node:fs';
import { openDb, resolveDbPath } from '../../db/index.js';
import { reparseAll } from '../reparse.js';
import { PARSER_VERSION } from '../extract/index.js';
import { parseFlags, UsageError } from './args.js';

export const help = `procwatch reparse [--db FILE] [--source SLUG] [--json]

Rebuilds every notice, lot and party link from the archived raw pages with the current
extractor (parser version ${PARSER_VERSION}). Run it after a parser change: the dashboard
shows the new values at once. Nothing is fetched.

Options:
  --db FILE      the database (default: $PROCWATCH_DB or data/procwatch.db)
  --source SLUG  only the pages of one source (ccgp, gdgpo, guangxi …)
  --json         print the report as one JSON line

Examples:
  procwatch reparse
  procwatch reparse --db /srv/procwatch.db --source ccgp
`;

export async function run(argv: string[]): Promise<number> {
  const { values } = parseFlags(argv, { db: { type: 'string' }, source: { type: 'string' }, json: { type: 'boolean' } });
  const path = resolveDbPath(values.db);
  if (!existsSync(path)) throw new UsageError(`no database at ${path}`);
  const db = openDb(path);
  try {
    const tty = process.stderr.isTTY && !values.json;
    const report = reparseAll(db, {
      sourceId: values.source ?? null,
      onProgress: tty ? (done, total) => process.stderr.write(`\rreparse ${done}/${total}`) : undefined,
    });
    if (tty) process.stderr.write('\n');
    if (values.json) process.stdout.write(`${JSON.stringify({ parserVersion: PARSER_VERSION, ...report })}\n`);
    else {
      const statuses = Object.entries(report.byStatus).map(([k, n]) => `${k} ${n}`).join(', ');
      process.stdout.write(
        `reparsed ${report.pages} pages in ${report.seconds.toFixed(1)} s with parser ${PARSER_VERSION}: ${statuses || 'nothing to do'}` +
          `${report.removedNotices ? `; removed ${report.removedNotices} notices whose page no longer parses` : ''}\n`,
      );
    }
    const failed = (report.byStatus.error ?? 0) + (report.byStatus.broken ?? 0);
    return failed && failed === report.pages ? 1 : 0;
  } finally {
    db.$client.close();
  }
}
