/**
 * `procwatch extract` against extract-contract.md, through the real CLI: the keys and their
 * types on every line, a directory standing for its notice files, "-" for standard input,
 * error lines that do not stop the run, and exit codes (non-zero only for misuse).
 */
import { execFile } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const run = promisify(execFile);
const repoRoot = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const fixtures = join(repoRoot, 'tests', 'fixtures', 'extract', 'heldout2');
const cli = join(repoRoot, 'bin', 'procwatch.js');

const KINDS = ['intention', 'tender', 'single_source', 'award', 'contract', 'correction', 'failure', 'acceptance', 'other'];
const FORMS = ['total', 'rate', 'unit_price', 'none'];
const SERVICE = ['account_operation', 'video_production', 'promo_film', 'live_streaming', 'other_video', null];

function checkRecord(r: Record<string, unknown>) {
  expect(typeof r.file).toBe('string');
  expect(KINDS).toContain(r.kind);
  for (const k of ['title', 'buyer', 'agency', 'publishedAt', 'province', 'city', 'county', 'divisionCode']) {
    expect(k in r, k).toBe(true);
    expect(r[k] === null || typeof r[k] === 'string', k).toBe(true);
  }
  expect(r.budgetYuan === null || typeof r.budgetYuan === 'number').toBe(true);
  if (r.publishedAt) expect(r.publishedAt).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  if (r.divisionCode) expect(r.divisionCode).toMatch(/^\d{6}$/);
  expect(typeof r.isVideoOps).toBe('boolean');
  expect(SERVICE).toContain(r.serviceType);
  expect(Array.isArray(r.lots)).toBe(true);
  for (const l of r.lots as Array<Record<string, unknown>>) {
    for (const k of ['lot', 'vendor', 'amountText']) expect(l[k] === null || typeof l[k] === 'string', k).toBe(true);
    expect(l.amountYuan === null || typeof l.amountYuan === 'number').toBe(true);
    expect(FORMS).toContain(l.amountForm);
    // a rate or a unit price is never reported as yuan
    if (l.amountForm !== 'total') expect(l.amountYuan).toBeNull();
  }
}

const lines = (s: string) => s.trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);

describe('procwatch extract, the contract', () => {
  it('a directory stands for its notice files in name order, each line as the contract says', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pw-cli-'));
    const names = [...readdirSync(fixtures).filter((f) => /\.(txt|html)$/.test(f)).toSorted().slice(0, 6), 'c19-zcy-api-response.json'];
    for (const n of names) copyFileSync(join(fixtures, n), join(dir, n));
    writeFileSync(join(dir, 'notes.md'), 'not a notice');
    mkdirSync(join(dir, 'sub'));
    const byDir = await run(process.execPath, [cli, 'extract', '--json', dir], { maxBuffer: 16 << 20 });
    const byFiles = await run(process.execPath, [cli, 'extract', '--json', ...names.map((n) => join(dir, n))], { maxBuffer: 16 << 20 });
    const rows = lines(byDir.stdout);
    expect(rows.map((r) => r.file)).toEqual(names);
    expect(byDir.stdout).toBe(byFiles.stdout);
    rows.forEach(checkRecord);
  });

  it('"-" reads one notice from standard input (GBK too), its file "-"', async () => {
    const child = execFile(process.execPath, [cli, 'extract', '--json', '-']);
    let out = '';
    child.stdout!.on('data', (d) => (out += d));
    child.stdin!.end(readFileSync(join(fixtures, 'b29-gbk-beijing-tongzhou.html')));
    const code = await new Promise((r) => child.on('close', r));
    expect(code).toBe(0);
    const [r] = lines(out);
    checkRecord(r);
    expect(r.file).toBe('-');
    expect(r.buyer).toBe('北京市通州区融媒体中心');
    expect((r.lots as Array<{ amountYuan: number }>)[0].amountYuan).toBe(624500);
  });

  it('bad arguments give error lines and the run goes on with exit 0; misuse exits 2', async () => {
    const empty = mkdtempSync(join(tmpdir(), 'pw-cli-empty-'));
    const good = join(fixtures, 'b16-date-dots.txt');
    const list = join(empty, 'list.json');
    writeFileSync(list, JSON.stringify({ ttlpage: 1, data: [{ title: '某项目招标公告', url: 'http://127.0.0.1/x' }] }));
    const { stdout } = await run(process.execPath, [cli, 'extract', '--json', join(empty, 'missing.txt'), list, join(empty, 'sub-none'), good]);
    const rows = lines(stdout);
    expect(rows.map((r) => r.file)).toEqual(['missing.txt', 'list.json', 'sub-none', 'b16-date-dots.txt']);
    expect(rows[0].error).toBe('no such file');
    expect(rows[1].error).toMatch(/JSON without a notice/);
    expect(rows[2].error).toBe('no such file');
    checkRecord(rows[3]);
    const emptyDir = mkdtempSync(join(tmpdir(), 'pw-cli-none-'));
    const dirRun = await run(process.execPath, [cli, 'extract', '--json', emptyDir]);
    expect(lines(dirRun.stdout)[0].error).toMatch(/directory/);
    for (const argv of [['extract', '--json'], ['extract', '--json', '-', '-'], ['extract', '--bogus', good], ['extract', '--json', '--summary', good]]) {
      const bad = await run(process.execPath, [cli, ...argv]).catch((e) => e);
      expect(bad.code, argv.join(' ')).toBe(2);
    }
  });

  it('prints JSON lines without --json too (the contract\'s [--json] is optional); --summary is the readable form', async () => {
    const files = ['b16-date-dots.txt', 'b29-gbk-beijing-tongzhou.html'].map((n) => join(fixtures, n));
    const plain = await run(process.execPath, [cli, 'extract', ...files]);
    const json = await run(process.execPath, [cli, 'extract', '--json', ...files]);
    expect(plain.stdout).toBe(json.stdout);
    lines(plain.stdout).forEach(checkRecord);
    const readable = await run(process.execPath, [cli, 'extract', '--summary', files[1]]);
    expect(readable.stdout).toMatch(/^b29-gbk-beijing-tongzhou\.html: award/);
    expect(readable.stdout).toMatch(/buyer: 北京市通州区融媒体中心/);
  });

  it('a reader that closes the pipe early ends the run quietly (exit 0, no stack trace)', async () => {
    const child = execFile(process.execPath, [cli, 'extract', fixtures]);
    let err = '';
    child.stderr!.on('data', (d) => (err += d));
    // read the first line only, then close the pipe as "| head -1" does
    child.stdout!.once('data', () => child.stdout!.destroy());
    const code = await new Promise((r) => child.on('close', r));
    expect(err).not.toMatch(/EPIPE|Error/);
    expect(code).toBe(0);
  });
});
