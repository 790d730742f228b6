/**
 * `procwatch replay`: serve a recorded portal on 127.0.0.1 until interrupted.
 * @module
 */
import { REPLAY_PORTALS, startReplay, type ReplayPortal } from '../replay/index.js';
import { UsageError, intFlag, parseFlags } from './args.js';

export const help = `procwatch replay: serve the recorded portal pages on 127.0.0.1

Usage: procwatch replay [--portal ${REPLAY_PORTALS.join('|')}] [--port P]

Options:
  --portal NAME   which portal to replay (default ccgp)
  --port P        port to listen on (default 0: any free port)

Prints the base URL, then serves until Ctrl-C. Scrape it with --base-url and --rate 0.

Examples:
  procwatch replay --port 8123
  procwatch scrape --source ccgp --base-url http://127.0.0.1:8123 --rate 0
  procwatch replay --portal guangxi
`;

export async function run(argv: string[]): Promise<number> {
  const { values } = parseFlags(argv, { portal: { type: 'string' }, port: { type: 'string' } });
  const portal = (values.portal ?? 'ccgp') as ReplayPortal;
  if (!REPLAY_PORTALS.includes(portal)) throw new UsageError(`--portal must be one of ${REPLAY_PORTALS.join(', ')}, got "${values.portal}"`);
  const port = intFlag(values.port, 'port', 0);
  if (port > 65535) throw new UsageError(`--port must be at most 65535, got ${port}`);
  const replay = await startReplay({ portal, port });
  process.stdout.write(`replay ${portal}: ${replay.baseUrl}\n`);
  await new Promise<void>((resolve) => {
    process.once('SIGINT', resolve);
    process.once('SIGTERM', resolve);
  });
  await replay.close();
  return 0;
}
