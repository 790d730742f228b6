/**
 * `procwatch extract [--json] FILE...`: extract fields from announcement files, one JSON line
 * per file in the order given (a directory stands for its notice files, by name; "-" for
 * standard input). A bad or missing file yields a line with "error" and the rest go on; only
 * misuse exits non-zero.
 * @module
 */
import { readdir, readFile, stat } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
import { decodeBytes } from '../extract/decode.js';
import { binaryFormat } from '../extract/sniff-binary.js';
import { extractNotice, isJsonWithoutNotice, toContractRecord } from '../extract/index.js';
import { parseFlags, stdoutClosed, UsageError } from './args.js';

export const help = `Usage: procwatch extract [--json | --summary] FILE...

Extract kind, buyer, agency, lots (vendor, amount with its text), budget, date, locality and
the video-operations verdict from announcement files (.html, .htm, .txt, .json; UTF-8, GBK,
GB18030 or UTF-16). A PDF, Word file, image or other binary file gets an error line.

A directory stands for the .html, .htm, .txt and .json files in it (not its subdirectories), in
name order; "-" reads one notice from standard input (its "file" is "-"). A .json file (or input)
is a portal API's detail response saved as is: the notice is its content string, and the title,
date, parties and region beside it are used where the notice itself does not state them.

Output is one JSON object per file, one per line (the extract contract), with or without --json.

Options:
  --json        one JSON object per file, one per line (the default; kept for scripts that pass it)
  --summary     a readable summary per file instead of JSON
  -h, --help    show this help

Examples:
  procwatch extract --json notice.html
  procwatch extract --json ../shared/corpus/*.txt > predictions.jsonl
  procwatch extract --json ../shared/corpus > predictions.jsonl
  curl -s http://127.0.0.1:8080/notice.htm | procwatch extract --json -
  procwatch extract --summary notice.txt     # a readable summary
`;

/** Files larger than this are refused with an error line (a notice is never this big). */
const MAX_FILE_BYTES = 20 * 1024 * 1024;

// .json: a portal API's detail response saved as is (the extractor reads its content string)
const NOTICE_EXT = ['.html', '.htm', '.txt', '.shtml', '.xhtml', '.json'];

/** One notice's bytes to its contract record; `ext` '' sniffs HTML from the text. */
export function extractBytes(name: string, bytes: Buffer, ext: string): Record<string, unknown> {
  // A PDF or a Word file read as GB18030 would be a garbage title on an empty notice: say what it is.
  const binary = binaryFormat(bytes);
  if (binary) return { file: name, error: `not a text notice: ${binary} (give the notice as .html or .txt)` };
  const { text } = decodeBytes(bytes, null);
  // JSON that holds no notice (a list response, a config file) is no notice: say so
  if (isJsonWithoutNotice(text)) return { file: name, error: 'JSON without a notice in it (no content, summary or similar text field)' };
  const isHtml = (ext !== '.txt' && ext !== '' && ext !== '.json') || /^\s*<(?:!doctype|html|head|body|div|table|p|h\d)\b/i.test(text.slice(0, 400));
  const e = extractNotice(isHtml ? { html: text } : { text });
  return toContractRecord(name, e);
}

async function extractFile(file: string): Promise<Record<string, unknown>> {
  const name = basename(file);
  try {
    const st = await stat(file);
    if (st.isDirectory()) return { file: name, error: 'a directory with no .html, .htm, .txt or .json files' };
    if (!st.isFile()) return { file: name, error: 'not a regular file' };
    if (st.size > MAX_FILE_BYTES) return { file: name, error: `file too large (${st.size} bytes)` };
    const ext = extname(file).toLowerCase();
    if (![...NOTICE_EXT, ''].includes(ext)) return { file: name, error: `unsupported file type "${ext}" (use .html, .htm, .txt or .json)` };
    // without an extension the text decides whether it is HTML, as for standard input
    return extractBytes(name, await readFile(file), ext === '' ? '' : ext);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    return { file: name, error: code === 'ENOENT' ? 'no such file' : (err as Error).message.split('\n')[0] };
  }
}

async function readStdin(): Promise<Record<string, unknown>> {
  const chunks: Buffer[] = [];
  let size = 0;
  try {
    for await (const chunk of process.stdin) {
      size += (chunk as Buffer).length;
      if (size > MAX_FILE_BYTES) return { file: '-', error: `input too large (over ${MAX_FILE_BYTES} bytes)` };
      chunks.push(chunk as Buffer);
    }
    return extractBytes('-', Buffer.concat(chunks), '');
  } catch (err) {
    return { file: '-', error: (err as Error).message.split('\n')[0] };
  }
}

/** The arguments as a list of notices to read: a directory's notice files in name order. */
async function expand(arg: string): Promise<string[]> {
  if (arg === '-') return [arg];
  const st = await stat(arg).catch(() => null);
  if (!st?.isDirectory()) return [arg];
  const names = (await readdir(arg)).filter((f) => NOTICE_EXT.includes(extname(f).toLowerCase())).toSorted();
  return names.length ? names.map((f) => join(arg, f)) : [arg];
}

function summary(r: Record<string, unknown>): string {
  if (r.error) return `${r.file}: error: ${r.error}\n`;
  const lots = (r.lots as Array<{ lot: string | null; vendor: string | null; amountYuan: number | null; amountText: string | null }>) ?? [];
  const lines = [
    `${r.file}: ${r.kind}  ${r.title ?? '(no title)'}`,
    `  buyer: ${r.buyer ?? '-'}   agency: ${r.agency ?? '-'}`,
    `  place: ${[r.province, r.city, r.county].filter(Boolean).join(' / ') || '-'} ${r.divisionCode ?? ''}`,
    `  published: ${r.publishedAt ?? '-'}   budget: ${r.budgetYuan ?? '-'}`,
    `  video ops: ${r.isVideoOps ? `yes (${r.serviceType})` : 'no'}`,
    ...lots.map((l) => `  lot ${l.lot ?? '-'}: ${l.vendor ?? '(vendor unknown)'}  ${l.amountYuan ?? '-'} yuan  [${l.amountText ?? ''}]`),
  ];
  return `${lines.join('\n')}\n`;
}

/**
 * Run the command. JSON lines are the default (the contract's `procwatch extract [--json] FILE...`
 * prints JSON either way); --summary asks for the readable form.
 */
export async function run(argv: string[]): Promise<number> {
  const { values, positionals } = parseFlags(argv, { json: { type: 'boolean' }, summary: { type: 'boolean' } }, true);
  if (!positionals.length) throw new UsageError('no files given; "-" reads standard input (procwatch extract --help)');
  if (values.json && values.summary) throw new UsageError('--json and --summary exclude each other');
  if (positionals.filter((p) => p === '-').length > 1) throw new UsageError('"-" (standard input) may be given once');
  const closed = stdoutClosed();
  for (const arg of positionals) {
    for (const file of await expand(arg)) {
      if (closed()) return 0;
      const r = file === '-' ? await readStdin() : await extractFile(file);
      process.stdout.write(values.summary ? summary(r) : `${JSON.stringify(r)}\n`);
    }
  }
  return 0;
}
