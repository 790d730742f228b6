/**
 * Regression gates on the shared hand-labelled corpus (../shared/corpus): the real
 * `procwatch extract --json` over every file, scored by the shared scorer with the issue's
 * minimums; and `procwatch classify` on the titles alone (recall >= 0.95 at precision >= 0.85).
 */
import { execFile } from 'node:child_process';
import { readFileSync, writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, extractJson, noticeFiles, run, scoreGates } from '../helpers/score-gates.js';
import { sharedDir } from '../helpers/shared-dir.js';

const corpus = join(sharedDir(), 'corpus');

const GATES = {
  buyer: 0.97, vendor: 0.95, amount: 0.95, lotPrecision: 0.95, budget: 0.95,
  province: 0.97, city: 0.95, county: 0.9, kind: 0.95, videoF1: 0.95,
};

interface Label {
  file: string;
  title: string | null;
  is_video_ops: boolean;
}

describe('shared corpus', () => {
  const files = noticeFiles(corpus);
  const labels: Label[] = readFileSync(join(corpus, 'labels.jsonl'), 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l));

  // One extraction of the corpus, read by the gate and the evidence checks alike.
  let extracted: Promise<string> | undefined;
  const extraction = () => (extracted ??= extractJson(files));

  it('procwatch extract --json meets every gate', async () => {
    expect(files.length).toBeGreaterThanOrEqual(40);
    const stdout = await extraction();
    const lines = stdout.trim().split('\n');
    expect(lines).toHaveLength(files.length);
    for (const l of lines) {
      const r = JSON.parse(l);
      expect(r.error, `${r.file}: ${r.error}`).toBeUndefined();
    }
    const { code, report } = await scoreGates(stdout, join(corpus, 'labels.jsonl'), GATES);
    // the scorer exits 1 when a gate is missed; its report says which
    expect(code, report).toBe(0);
    expect(report).toMatch(/score: \d+ files, 0 without prediction/);
  });

  it('procwatch classify on the titles alone: recall >= 0.95 at precision >= 0.85', async () => {
    // the labelled title, or the file's first line where the label has none
    const titles = labels.map((l) => l.title ?? readFileSync(join(corpus, l.file), 'utf8').split('\n')[0].trim());
    const dir = mkdtempSync(join(tmpdir(), 'pw-classify-'));
    const file = join(dir, 'titles.txt');
    writeFileSync(file, `${titles.join('\n')}\n`);
    const { stdout } = await run(process.execPath, [cli, 'classify', file]);
    const out = stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(out).toHaveLength(titles.length);
    let tp = 0;
    let fp = 0;
    let fn = 0;
    out.forEach((o, i) => {
      expect(o.title).toBe(titles[i]);
      if (o.isVideoOps && labels[i].is_video_ops) tp++;
      else if (o.isVideoOps) fp++;
      else if (labels[i].is_video_ops) fn++;
    });
    expect(tp / (tp + fn)).toBeGreaterThanOrEqual(0.95);
    expect(tp / (tp + fp)).toBeGreaterThanOrEqual(0.85);
  });

  it('every amount the CLI reports points at its own text', async () => {
    for (const line of (await extraction()).trim().split('\n')) {
      const r = JSON.parse(line);
      for (const [key, ev] of Object.entries(r.evidence as Record<string, { text: string }>)) {
        expect(ev.text.length, `${r.file} ${key}`).toBeGreaterThan(0);
      }
      for (const lot of r.lots) if (lot.amountYuan != null) expect(lot.amountText).toBeTruthy();
    }
  });
});

describe('procwatch extract and classify commands', () => {
  it('a missing or bad file yields an error line and the rest go on', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pw-extract-bad-'));
    const bin = join(dir, 'x.pdf');
    writeFileSync(bin, Buffer.from([0x25, 0x50, 0x44, 0x46]));
    const { stdout } = await run(process.execPath, [cli, 'extract', '--json', join(dir, 'missing.txt'), bin, files0()]);
    const lines = stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines.map((l) => l.file)).toEqual(['missing.txt', 'x.pdf', '002.txt']);
    expect(lines[0].error).toMatch(/no such file/);
    expect(lines[1].error).toMatch(/unsupported/);
    expect(lines[2].buyer).toBe('长沙市司法局');
  });

  it('reads GBK files', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pw-extract-gbk-'));
    const file = join(dir, 'gbk.txt');
    const text = '某县融媒体中心短视频制作服务项目成交公告\n采购人：杭州市西湖区司法局\n成交供应商：杭州星河传媒有限公司\n成交金额：24.8万元\n';
    const { default: iconv } = await import('iconv-lite');
    writeFileSync(file, iconv.encode(text, 'gbk'));
    const { stdout } = await run(process.execPath, [cli, 'extract', '--json', file]);
    const r = JSON.parse(stdout);
    expect(r.buyer).toBe('杭州市西湖区司法局');
    expect(r.lots[0].amountYuan).toBe(248000);
    expect(r.isVideoOps).toBe(true);
  });

  it('misuse exits non-zero; classify reads standard input', async () => {
    const bad = await run(process.execPath, [cli, 'extract', '--json']).catch((e) => e);
    expect(bad.code).toBe(2);
    const child = execFile(process.execPath, [cli, 'classify']);
    let out = '';
    child.stdout!.on('data', (d) => (out += d));
    child.stdin!.end('某区视频监控系统采购项目\n某县政务抖音号代运营服务项目\n');
    await new Promise((r) => child.on('close', r));
    const rows = out.trim().split('\n').map((l) => JSON.parse(l));
    expect(rows.map((r) => r.isVideoOps)).toEqual([false, true]);
    expect(rows[1].serviceType).toBe('account_operation');
    // "-" names standard input, as for extract
    const dash = execFile(process.execPath, [cli, 'classify', '-']);
    let dashOut = '';
    dash.stdout!.on('data', (d) => (dashOut += d));
    dash.stdin!.end('某县政务抖音号代运营服务项目\n');
    expect(await new Promise((r) => dash.on('close', r))).toBe(0);
    expect(JSON.parse(dashOut.trim()).isVideoOps).toBe(true);
  });
});

function files0(): string {
  return join(corpus, '002.txt');
}
