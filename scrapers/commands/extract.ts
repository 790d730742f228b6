/**
 * `procwatch extract [--json] FILE...`: extract fields from announcement files, one JSON line
 * per file in the order given. A bad or missing file yields a line with "error" and the rest
 * go on; only misuse exits non-zero.
 * @module
 */
import { readFile, stat } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import { decodeBytes } from '../extract/decode.js';
import { extractNotice, toContractRecord } from '../extract/index.js';
import { parseFlags, UsageError } from './args.js';

export const help = `Usage: procwatch extract [--json] FILE...

Extract kind, buyer, agency, lots (vendor, amount with its text), budget, date, locality and
the video-operations verdict from announcement files (.html, .htm, .txt; UTF-8, GBK or GB18030).

Options:
  --json        one JSON object per file, one per line (the extract contract)
  -h, --help    show this help

Examples:
  procwatch extract --json notice.html
  procwatch extract --json ../shared/corpus/*.txt > predictions.jsonl
  procwatch extract notice.txt          # a readable summary
`;

/** Files larger than this are refused with an error line (a notice is never this big). */
const MAX_FILE_BYTES = 20 * 1024 * 1024;

async function extractFile(file: string): Promise<Record<string, unknown>> {
  const name = basename(file);
  try {
    const st = await stat(file);
    if (!st.isFile()) return { file: name, error: 'not a regular file' };
    if (st.size > MAX_FILE_BYTES) return { file: name, error: `file too large (${st.size} bytes)` };
    const ext = extname(file).toLowerCase();
    if (!['.html', '.htm', '.txt', '.shtml', '.xhtml', ''].includes(ext)) return { file: name, error: `unsupported file type "${ext}" (use .html, .htm or .txt)` };
    const bytes = await readFile(file);
    const { text } = decodeBytes(bytes, null);
    const isHtml = ext !== '.txt' || /^\s*<(?:!doctype|html|head|body|div|table|p|h\d)\b/i.test(text.slice(0, 400));
    const e = extractNotice(isHtml ? { html: text } : { text });
    return toContractRecord(name, e);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    return { file: name, error: code === 'ENOENT' ? 'no such file' : (err as Error).message.split('\n')[0] };
  }
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

export async function run(argv: string[]): Promise<number> {
  const { values, positionals } = parseFlags(argv, { json: { type: 'boolean' } }, true);
  if (!positionals.length) throw new UsageError('no files given (procwatch extract --help)');
  for (const file of positionals) {
    const r = await extractFile(file);
    process.stdout.write(values.json ? `${JSON.stringify(r)}\n` : summary(r));
  }
  return 0;
}
