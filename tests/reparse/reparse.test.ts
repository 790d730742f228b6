/**
 * `reparseAll` on an archive filled by scraping the ccgp replay (127.0.0.1) into a temp SQLite
 * file: after a simulated parser change it restores every stored value and the current parser
 * version, keeps notice ids and counts, removes the notice of a page that no longer parses,
 * and the worker-thread path leaves exactly the rows the serial path leaves.
 */
import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDb, type Db } from '../../db/index.js';
import { ensureSource, saveRawPage } from '../../db/store.js';
import { PARSER_VERSION } from '../../scrapers/extract/index.js';
import { reparseAll } from '../../scrapers/reparse.js';
import { runScrape } from '../../scrapers/run.js';
import { ccgp } from '../../scrapers/sources/ccgp.js';
import { replay, testRunOptions, type Replay } from '../helpers/replay-server.js';
import { tableCounts, tempDb, type TempDb } from '../helpers/temp-db.js';

let server: Replay;
let t: TempDb;
/** a scraped archive, copied per test so each starts from the same rows */
let golden: string;

beforeAll(async () => {
  server = await replay('ccgp');
  t = tempDb('procwatch-reparse-');
  const opts = testRunOptions(server);
  await runScrape(t.db, { source: ccgp, ...opts });
  // a search backfill adds the notices the nightly channels do not carry
  await runScrape(t.db, { source: ccgp, mode: 'search', since: '2015-01-01', until: '2026-11-25', keywords: ['短视频', '新媒体', '宣传片'], ...opts });
  t.db.$client.pragma('wal_checkpoint(TRUNCATE)');
  golden = t.path;
}, 60_000);

afterAll(() => {
  server?.close();
  t?.cleanup();
});

let copies = 0;
function copyOfArchive(): Db {
  const path = join(t.dir, `copy-${++copies}.db`);
  copyFileSync(golden, path);
  return openDb(path);
}

function without(row: Record<string, unknown>, key: string): Record<string, unknown> {
  const out = { ...row };
  delete out[key];
  return out;
}

/** lots are rebuilt (new row ids), so they compare by notice and position */
const lotKey = (rows: Record<string, unknown>[]) => rows.map((l) => without(l, 'id'));

/** Every stored fact, minus what legitimately changes on each extraction (extracted_at). */
function snapshot(db: Db) {
  const all = (q: string) => db.$client.prepare(q).all() as Record<string, unknown>[];
  return {
    notices: all('select * from notices order by id').map((n) => without(n, 'extracted_at')),
    lots: all('select * from lots order by id'),
    lotVendors: all('select * from lot_vendors order by lot_id, seq'),
    parties: all('select * from parties order by id'),
    partyNames: all('select * from party_names order by party_id, name, role'),
    spendFacts: all('select * from spend_facts order by lot_id'),
    pages: all('select id, parse_status, parse_error from raw_pages order by id'),
  };
}

/** A parser change, simulated: wrong values and an old parser version on every notice and lot. */
function corrupt(db: Db): void {
  db.$client.exec(`
    update notices set buyer = '旧解析器的采购人', kind = 'other', awarded_yuan = 1, budget_yuan = 2, division_code = null,
      province = null, parser_version = '0.0.1';
    update lots set vendor = '旧解析器的供应商', amount_yuan = 12345, amount_form = 'rate', status = 'failed';
    delete from lot_vendors where rowid % 2 = 0;
    update raw_pages set parse_status = 'pending', parse_error = null where page_kind = 'detail';
  `);
}

describe('procwatch reparse', () => {
  it('restores every value after a parser change, with the current parser version, the same ids and counts', () => {
    const db = copyOfArchive();
    const before = snapshot(db);
    const counts = tableCounts(db);
    expect(before.notices.length).toBeGreaterThan(20);
    expect(before.lots.length).toBeGreaterThan(10);

    corrupt(db);
    expect(db.$client.prepare("select count(*) n from notices where parser_version = '0.0.1'").get()).toEqual({ n: before.notices.length });
    const r = reparseAll(db, { workers: 1 });

    expect(r.pages).toBe(counts.detailPages);
    expect(r.workerFallback).toBeUndefined();
    expect(r.extractedByWorkers).toBe(r.pages);
    expect(r.byStatus.ok).toBe(before.notices.length);
    expect(r.removedNotices).toBe(0);
    expect(tableCounts(db)).toEqual(counts);
    const after = snapshot(db);
    expect(after.notices.map((n) => n.id)).toEqual(before.notices.map((n) => n.id));
    expect(after.notices.every((n) => n.parser_version === PARSER_VERSION)).toBe(true);
    expect(lotKey(after.lots)).toEqual(lotKey(before.lots));
    expect(after.notices).toEqual(before.notices);
    expect(after.parties).toEqual(before.parties);
    expect(after.pages).toEqual(before.pages);
    db.$client.close();
  });

  it('removes the notice of a page that no longer parses, and only that one', () => {
    const db = copyOfArchive();
    const counts = tableCounts(db);
    const victim = db.$client
      .prepare("select n.id, n.raw_page_id as page, n.source_url as url from notices n join lots l on l.notice_id = n.id limit 1")
      .get() as { id: number; page: number; url: string };
    const victimLots = (db.$client.prepare('select count(*) n from lots where notice_id = ?').get(victim.id) as { n: number }).n;
    // the archived page as a later parser sees it: no detail container, so ccgp's parseDetail rejects it
    const html = '<html><head><title>页面</title></head><body><div class="other">已撤下</div></body></html>';
    db.$client.prepare('update raw_pages set body = ? where id = ?').run(gzipSync(Buffer.from(html)), victim.page);

    const r = reparseAll(db, { workers: 1 });
    expect(r.removedNotices).toBe(1);
    expect(r.byStatus.broken).toBe(1);
    expect(db.$client.prepare('select count(*) n from notices where id = ?').get(victim.id)).toEqual({ n: 0 });
    expect(db.$client.prepare('select count(*) n from spend_facts where notice_id = ?').get(victim.id)).toEqual({ n: 0 });
    const page = db.$client.prepare('select parse_status s, parse_error e from raw_pages where id = ?').get(victim.page) as { s: string; e: string };
    expect(page.s).toBe('broken');
    expect(page.e).toMatch(/vF_detail_content/);
    expect(tableCounts(db)).toEqual({ ...counts, notices: counts.notices - 1, lots: counts.lots - victimLots });
    db.$client.close();
  });

  it('the worker-thread path stores exactly what the serial path stores (notices, lots, parties, facts, page statuses)', () => {
    const serial = copyOfArchive();
    const parallel = copyOfArchive();
    for (const db of [serial, parallel]) {
      corrupt(db);
      // pages that fail in each way the serial path knows, so their reasons are compared too
      ensureSource(db, { id: 'nosuch', name: 'a source with no adapter', baseUrl: 'https://nosuch.example' });
      const add = (sourceId: string, url: string, html: string) =>
        saveRawPage(db, { sourceId, url, pageKind: 'detail', httpStatus: 200, contentType: 'text/html; charset=utf-8', body: Buffer.from(html) });
      add('ccgp', 'https://www.ccgp.gov.cn/cggg/dfgg/zbgg/202601/t20260101_90000001.htm', '<html><body>页面结构已变</body></html>');
      add('ccgp', 'https://www.ccgp.gov.cn/cggg/dfgg/zbgg/202601/t20260101_90000002.htm', '<html><title>访问过于频繁</title><body>请稍后再试</body></html>');
      add('nosuch', 'https://nosuch.example/a.htm', '<html><body>x</body></html>');
    }
    const rs = reparseAll(serial, { workers: 0 });
    const rp = reparseAll(parallel, { workers: 2 });
    expect(rs.extractedByWorkers).toBe(0);
    expect(rp.workerFallback).toBeUndefined();
    expect(rp.extractedByWorkers).toBe(rp.pages);
    expect(rp.byStatus).toEqual(rs.byStatus);
    expect(rs.byStatus).toMatchObject({ broken: 1, blocked: 1, error: 1 });
    expect(rp.pages).toBe(rs.pages);
    expect(rp.removedNotices).toBe(rs.removedNotices);
    expect(snapshot(parallel)).toEqual(snapshot(serial));
    serial.$client.close();
    parallel.$client.close();
  });

  it('reports progress up to the total and does nothing on an empty archive', () => {
    const db = copyOfArchive();
    const seen: [number, number][] = [];
    const r = reparseAll(db, { workers: 1, onProgress: (done, total) => seen.push([done, total]) });
    expect(seen.at(-1)).toEqual([r.pages, r.pages]);
    expect(seen.every(([d, n], i) => n === r.pages && (i === 0 || d > seen[i - 1][0]))).toBe(true);
    db.$client.close();

    const empty = openDb(join(t.dir, 'empty.db'));
    expect(reparseAll(empty, { workers: 1 })).toMatchObject({ pages: 0, byStatus: {}, removedNotices: 0 });
    empty.$client.close();
  });
});
