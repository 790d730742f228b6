/**
 * Shared argv handling for the `procwatch` commands: util.parseArgs (strict, so a mistyped
 * flag is an error, not ignored) plus a UsageError that the dispatcher prints as one line.
 * @module
 */
import { parseArgs, type ParseArgsConfig } from 'node:util';

/** A command was misused: printed as one line, exit code 2. */
export class UsageError extends Error {
  override name = 'UsageError';
}

/** What every command module exports; the dispatcher in scrapers/cli.ts loads them lazily. */
export interface CommandModule {
  /** usage text with examples, printed by `--help` */
  help: string;
  /** run with the arguments after the command name; resolves to the exit code */
  run(argv: string[]): Promise<number>;
}

type Options = NonNullable<ParseArgsConfig['options']>;

/** Parse `argv` against `options`; unknown flags and missing values become UsageErrors. */
export function parseFlags<O extends Options>(argv: string[], options: O, allowPositionals = false) {
  try {
    return parseArgs({ args: argv, options, allowPositionals, strict: true });
  } catch (e) {
    throw new UsageError((e as Error).message);
  }
}

/** A non-negative integer flag, or `fallback` when absent. */
export function intFlag(value: string | undefined, name: string, fallback: number): number {
  if (value === undefined) return fallback;
  if (!/^\d+$/.test(value)) throw new UsageError(`--${name} must be a non-negative integer, got "${value}"`);
  return Number(value);
}

/** A non-negative number flag (decimals allowed), or `fallback` when absent. */
export function numberFlag(value: string | undefined, name: string, fallback: number): number {
  if (value === undefined) return fallback;
  if (!/^\d+(\.\d+)?$/.test(value)) throw new UsageError(`--${name} must be a non-negative number, got "${value}"`);
  return Number(value);
}

/** A YYYY-MM-DD flag, checked to be a real date. */
export function dateFlag(value: string | undefined, name: string): string | null {
  if (value === undefined) return null;
  const d = new Date(`${value}T00:00:00Z`);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== value)
    throw new UsageError(`--${name} must be a date YYYY-MM-DD, got "${value}"`);
  return value;
}

/**
 * Watch standard output for a reader that stopped early ("| head -1" closes the pipe): the
 * returned function says whether it has, so a command stops quietly instead of dying on EPIPE
 * with a stack trace. Any other output error is thrown.
 */
export function stdoutClosed(): () => boolean {
  let closed = false;
  process.stdout.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code !== 'EPIPE') throw err;
    closed = true;
  });
  return () => closed;
}
