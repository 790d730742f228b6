import { existsSync } from 'node:fs';
import { resolveDbPath } from '../../db/index.js';
import { startServer } from '../../server/index.js';
import { intFlag, parseFlags, UsageError } from './args.js';

export const help = `procwatch serve [--db FILE] [--port P] [--host H]

Serves the dashboard over an existing database until interrupted (Ctrl-C). Prints
"dashboard: http://HOST:PORT" once it answers.

Options:
  --db FILE   the database (default: $PROCWATCH_DB or data/procwatch.db)
  --port P    the port (default 8080; 0 picks a free one)
  --host H    the address to listen on (default 127.0.0.1)

Examples:
  procwatch serve
  procwatch serve --db /srv/procwatch.db --port 3000
`;

/** Resolve when the process is asked to stop (Ctrl-C, kill). */
export function untilInterrupted(): Promise<void> {
  return new Promise((resolve) => {
    process.once('SIGINT', () => resolve());
    process.once('SIGTERM', () => resolve());
  });
}

export async function run(argv: string[]): Promise<number> {
  const { values } = parseFlags(argv, { db: { type: 'string' }, port: { type: 'string' }, host: { type: 'string' } });
  const dbPath = resolveDbPath(values.db);
  if (!existsSync(dbPath)) throw new UsageError(`no database at ${dbPath} (run a scrape or procwatch demo first)`);
  const port = intFlag(values.port, 'port', 8080);
  const server = await startServer({ dbPath, port, host: values.host ?? '127.0.0.1' });
  process.stdout.write(`dashboard: ${server.url}\n`);
  await untilInterrupted();
  await server.close();
  return 0;
}
