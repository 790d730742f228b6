/**
 * What `procwatch extract` and the scraper make of bytes that are not UTF-8 or GBK text: a notice
 * saved by Windows Notepad as "Unicode" (UTF-16, with or without its byte-order mark) reads as
 * the same notice; a PDF, a Word file, an archive or random bytes get an error line (the CLI) or
 * a page flagged broken (the scraper), never a garbage title on an empty notice.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { readFetchedPage } from '../../scrapers/run/read-page.js';
import { binaryFormat, utf16Order } from '../../scrapers/extract/sniff-binary.js';
import { mulberry32 } from '../../scrapers/replay/mulberry32.js';

const run = promisify(execFile);
const repoRoot = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const cli = join(repoRoot, 'bin', 'procwatch.js');
const notice = join(repoRoot, 'tests', 'fixtures', 'extract', 'heldout25', 'r02-geermu-chengshi-xuanchuanpian-chengjiao.txt');

const utf16be = (s: string) => Buffer.from(s, 'utf16le').swap16();
const randomBytes = (n: number) => {
  const next = mulberry32(7);
  return Buffer.from(Array.from({ length: n }, () => Math.floor(next() * 256)));
};

describe('procwatch extract on input that is not UTF-8 or GBK text', () => {
  it('reads UTF-16 (either byte order, with or without a byte-order mark) as the same notice', async () => {
    const text = readFileSync(notice, 'utf8');
    const dir = mkdtempSync(join(tmpdir(), 'pw-utf16-'));
    const files = {
      'a-utf8.txt': Buffer.from(text),
      'b-le-bom.txt': Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]),
      'c-be-bom.txt': Buffer.concat([Buffer.from([0xfe, 0xff]), utf16be(text)]),
      'd-le.txt': Buffer.from(text, 'utf16le'),
      'e-be.txt': utf16be(text),
    };
    for (const [name, bytes] of Object.entries(files)) writeFileSync(join(dir, name), bytes);
    const { stdout } = await run(process.execPath, [cli, 'extract', dir]);
    const rows = stdout.trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(rows.map((r) => r.file)).toEqual(Object.keys(files));
    const { file: _f, ...first } = rows[0];
    expect(first.buyer).toBe('格尔木市文体旅游广电局');
    for (const { file: _g, ...r } of rows.slice(1)) expect(r).toEqual(first);
  });

  it('gives a PDF, a Word file, an archive and random bytes an error line, and goes on', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pw-binary-'));
    writeFileSync(join(dir, 'a.txt'), Buffer.concat([Buffer.from('%PDF-1.7\n'), randomBytes(3000)]));
    writeFileSync(join(dir, 'b.txt'), Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), randomBytes(3000)]));
    writeFileSync(join(dir, 'c.html'), Buffer.concat([Buffer.from('PK\u0003\u0004'), randomBytes(3000)]));
    writeFileSync(join(dir, 'd.txt'), randomBytes(5000));
    writeFileSync(join(dir, 'e.txt'), readFileSync(notice));
    const { stdout } = await run(process.execPath, [cli, 'extract', dir]);
    const rows = stdout.trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(rows.map((r) => [r.file, r.error ?? null])).toEqual([
      ['a.txt', 'not a text notice: a PDF file (give the notice as .html or .txt)'],
      ['b.txt', 'not a text notice: an old Office file (.doc/.xls) (give the notice as .html or .txt)'],
      ['c.html', 'not a text notice: a ZIP archive (or .docx/.xlsx) (give the notice as .html or .txt)'],
      ['d.txt', 'not a text notice: binary data (control characters) (give the notice as .html or .txt)'],
      ['e.txt', null],
    ]);
    expect(rows[4].buyer).toBe('格尔木市文体旅游广电局');
  });
});

describe('sniffing bytes', () => {
  it('tells UTF-16 by its mark or its NUL bytes, and text from binary data', () => {
    const zh = '采购人：某某县融媒体中心\r\n中标金额：12.5万元\r\n';
    expect(utf16Order(Buffer.from(zh, 'utf16le'))).toBe('utf-16le');
    expect(utf16Order(utf16be(zh))).toBe('utf-16be');
    expect(utf16Order(Buffer.from(zh))).toBeNull();
    expect(utf16Order(randomBytes(4096))).toBeNull();
    expect(binaryFormat(Buffer.from(zh))).toBeNull();
    expect(binaryFormat(Buffer.from(zh, 'utf16le'))).toBeNull();
    // a page with one stray NUL is still a page; many NULs are not
    expect(binaryFormat(Buffer.from(`<html><body>${'公告正文'.repeat(300)}\u0000</body></html>`))).toBeNull();
    expect(binaryFormat(Buffer.concat([Buffer.from('abc'), Buffer.alloc(200), Buffer.from('x'.repeat(1000))]))).toBe('binary data (NUL bytes)');
    expect(binaryFormat(randomBytes(4096))).toMatch(/^binary data/);
  });

  it('a fetched detail page that is a PDF is flagged broken, with the reason, not read as a notice', () => {
    const r = readFetchedPage({ sourceId: 'ccgp', url: 'http://127.0.0.1/x.htm', bytes: Buffer.concat([Buffer.from('%PDF-1.4\n'), randomBytes(2000)]), contentType: 'text/html', hints: null });
    expect(r).toEqual({ status: 'broken', reason: 'a PDF file, not a page' });
  });
});
