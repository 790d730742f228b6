/**
 * `procwatch classify [FILE]`: classify titles (one per line; standard input without a file)
 * as video operations or not, one JSON line each.
 * @module
 */
import { createReadStream } from 'node:fs';
import { access } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import { classifyTitle } from '../extract/index.js';
import { parseFlags, stdoutClosed, UsageError } from './args.js';

export const help = `Usage: procwatch classify [FILE | -]

Read titles one per line (from FILE, or standard input when no FILE or "-" is given) and print one JSON line each:
{ "title", "isVideoOps", "serviceType", "score", "matched" }. The classifier leans to recall:
a title it wrongly rejects is a contract never fetched. Words prefixed "-" in "matched"
counted against.

Examples:
  procwatch classify titles.txt
  echo "某县融媒体中心短视频制作服务项目中标公告" | procwatch classify
`;

export async function run(argv: string[]): Promise<number> {
  const { positionals } = parseFlags(argv, {}, true);
  if (positionals.length > 1) throw new UsageError('give at most one file (or none for standard input)');
  // "-" is standard input, as for procwatch extract
  const file = positionals[0] === '-' ? undefined : positionals[0];
  if (file) {
    try {
      await access(file);
    } catch {
      throw new UsageError(`cannot read ${file}`);
    }
  }
  const input = file ? createReadStream(file, { encoding: 'utf8' }) : process.stdin;
  const rl = createInterface({ input, crlfDelay: Infinity });
  const closed = stdoutClosed();
  for await (const line of rl) {
    if (closed()) break;
    const title = line.replace(/^\ufeff/, '').trim();
    if (!title) continue;
    process.stdout.write(`${JSON.stringify(classifyTitle(title.slice(0, 1000)))}\n`);
  }
  return 0;
}
