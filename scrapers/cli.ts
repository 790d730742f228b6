/**
 * The `procwatch` command line: parses the command name and dispatches to one module per
 * command under scrapers/commands/. Every failure is one line on stderr and a non-zero exit.
 * @module
 */
import { UsageError, type CommandModule } from './commands/args.js';

const commands: Record<string, { summary: string; load: () => Promise<CommandModule> }> = {
  demo: { summary: 'replay the portals on loopback, scrape, extract, and serve the dashboard', load: () => import('./commands/demo.js') },
  replay: { summary: 'serve the recorded portal pages on 127.0.0.1', load: () => import('./commands/replay.js') },
  scrape: { summary: 'scrape a portal into the database', load: () => import('./commands/scrape.js') },
  runs: { summary: 'list scrape runs and how they ended', load: () => import('./commands/runs.js') },
  extract: { summary: 'extract fields from announcement files (JSON lines)', load: () => import('./commands/extract.js') },
  classify: { summary: 'classify titles as video operations or not (JSON lines)', load: () => import('./commands/classify.js') },
  reparse: { summary: 'rebuild every notice from the archived raw pages', load: () => import('./commands/reparse.js') },
  serve: { summary: 'serve the dashboard over a database', load: () => import('./commands/serve.js') },
  stats: { summary: 'count pages, notices, lots, runs and failed pages', load: () => import('./commands/stats.js') },
};

export const usage = `procwatch: track what local governments pay for outsourced video operations

Usage: procwatch <command> [options]    (procwatch <command> --help for its options)

Commands:
${Object.entries(commands)
  .map(([name, c]) => `  ${name.padEnd(9)} ${c.summary}`)
  .join('\n')}

Examples:
  procwatch demo                         # offline demo on replayed sample data
  procwatch scrape --source ccgp --since 2026-11-01
  procwatch extract --json notice.html
  procwatch serve --db data/procwatch.db --port 8080
`;

/** Run the CLI with `argv` (without node and script); resolves to the exit code. */
export async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    process.stdout.write(usage);
    return name ? 0 : 2;
  }
  const entry = commands[name];
  if (!entry) {
    process.stderr.write(`procwatch: unknown command "${name}" (see procwatch --help)\n`);
    return 2;
  }
  try {
    const mod = await entry.load();
    if (rest.includes('--help') || rest.includes('-h')) {
      process.stdout.write(mod.help.endsWith('\n') ? mod.help : `${mod.help}\n`);
      return 0;
    }
    return await mod.run(rest);
  } catch (e) {
    const err = e as Error;
    process.stderr.write(`procwatch ${name}: ${err.message.split('\n')[0]}\n`);
    if (process.env.PROCWATCH_DEBUG) process.stderr.write(`${err.stack}\n`);
    return err instanceof UsageError ? 2 : 1;
  }
}
