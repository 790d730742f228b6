import { describe, it, expect, beforeEach, afterEach } from 'vitest';
import { sql } from 'drizzle-orm';
import type { Db } from '../../db/index.js';
import { ensureSource, saveRawPage, saveNotice, rawPageBody } from '../../db/store.js';
import { partyKey } from '../../db/party-key.js';
import { bigrams } from '../../db/queries/maintain.js';
import { searchNotices } from '../../db/queries/search.js';
import { parseSearchFilters } from '../../db/queries/search-filters.js';
import { awardedLot, noticeInput, type NoticeInput } from '../helpers/notice.js';
import { tempDb, type TempDb } from '../helpers/temp-db.js';

function notice(over: Partial<NoticeInput> = {}): NoticeInput {
  return noticeInput({
    parserVersion: 'test', title: '某县融媒体中心短视频运营服务项目中标公告', projectCode: 'X-1', procurementMethod: null, buyer: '某县融媒体中心',
    agency: '某招标代理有限公司', publishedAt: '2026-01-02', budgetYuan: 300000,
    lots: [awardedLot(250000, { vendor: '甲传媒有限公司', amountText: '25万元', amountStart: 10, amountEnd: 14 })],
    videoMatched: { for: ['短视频'], against: [] }, text: '某县融媒体中心短视频运营服务项目中标公告 抖音账号', isSample: true, ...over,
  });
}

/** The notices a search for 抖音 with filters finds; dense: 0 treats 抖音 as common, so the filters join the bigram MATCH (one notice would be checked row by row). */
const found = (d: Db, q: Record<string, string>) => searchNotices(d, parseSearchFilters({ q: '抖音', ...q }), { dense: 0 }).items.map((i) => i.id);

/** The notices a search for 抖音 finds within `region`. */
const inRegion = (d: Db, region: string) => searchNotices(d, parseSearchFilters({ q: '抖音', region })).items.map((i) => i.id);

describe('openDb and the store', () => {
  let t: TempDb;
  let db: Db;
  beforeEach(() => {
    t = tempDb('pw-db-');
    db = t.db;
    ensureSource(db, { id: 'ccgp', name: '中国政府采购网', baseUrl: 'http://127.0.0.1:1' });
  });
  afterEach(() => t.cleanup());

  it('applies migrations with WAL on', () => {
    expect(db.$client.pragma('journal_mode', { simple: true })).toBe('wal');
    const tables = db.all<{ name: string }>(sql`select name from sqlite_master where type in ('table')`).map((r) => r.name);
    expect(tables).toEqual(expect.arrayContaining(['notices', 'lots', 'raw_pages', 'parties', 'scrape_runs', 'notices_fts']));
  });

  it('archives a page once per content and replaces a notice in place', () => {
    const body = Buffer.from('<html>页面</html>');
    const a = saveRawPage(db, { sourceId: 'ccgp', url: 'http://x/1.htm', pageKind: 'detail', httpStatus: 200, body });
    const b = saveRawPage(db, { sourceId: 'ccgp', url: 'http://x/1.htm', pageKind: 'detail', httpStatus: 200, body });
    expect(b).toEqual({ id: a.id, isNew: false, changed: false });
    const c = saveRawPage(db, { sourceId: 'ccgp', url: 'http://x/1.htm', pageKind: 'detail', httpStatus: 200, body: Buffer.from('x') });
    expect(c.isNew && c.changed).toBe(true);
    const row = db.all<{ body: Buffer }>(sql`select body from raw_pages where id = ${a.id}`)[0];
    expect(rawPageBody(row.body).toString()).toBe('<html>页面</html>');

    const where = { sourceId: 'ccgp', sourceUrl: 'http://x/1.htm', rawPageId: a.id };
    const id1 = saveNotice(db, where, notice());
    const id2 = saveNotice(db, { ...where, rawPageId: c.id }, notice({ lots: [] }));
    expect(id2).toBe(id1);
    expect(db.all(sql`select * from lots`)).toHaveLength(0);
    expect(db.all(sql`select rowid from notices_fts where notices_fts match '短视频'`)).toHaveLength(1);
  });

  it('finishes the upgrade migration 0013 asked for: bigram rows written without places gain them on the next open', () => {
    const page = saveRawPage(db, { sourceId: 'ccgp', url: 'http://x/2.htm', pageKind: 'detail', httpStatus: 200, body: Buffer.from('x') });
    const id = saveNotice(db, { sourceId: 'ccgp', sourceUrl: 'http://x/2.htm', rawPageId: page.id }, notice());
    expect(inRegion(db, '330000')).toEqual([id]);
    expect(inRegion(db, '330106')).toEqual([id]);
    expect(inRegion(db, '330100')).toEqual([id]);
    expect(inRegion(db, '110000')).toEqual([]);
    // A database from before 0013: its bigram row has no place, and the upgrade is pending.
    db.$client.prepare('DELETE FROM notices_bigram WHERE rowid = ?').run(id);
    db.$client.prepare('INSERT INTO notices_bigram(rowid, grams) VALUES (?, ?)').run(id, bigrams('某县融媒体中心短视频运营服务项目中标公告 抖音账号'));
    db.$client.prepare(`INSERT INTO upgrades_pending (name) VALUES ('bigram_place')`).run();
    expect(inRegion(db, '330000')).toEqual([]);
    db.$client.close();
    db = t.reopen();
    expect(db.$client.prepare('SELECT count(*) FROM upgrades_pending').pluck().get()).toBe(0);
    expect(inRegion(db, '330000')).toEqual([id]);
    expect(inRegion(db, '330106')).toEqual([id]);
  });

  it('finishes the upgrade migration 0017 asked for: bigram rows written without facet words gain them on the next open', () => {
    const page = saveRawPage(db, { sourceId: 'ccgp', url: 'http://x/3.htm', pageKind: 'detail', httpStatus: 200, body: Buffer.from('x') });
    const id = saveNotice(db, { sourceId: 'ccgp', sourceUrl: 'http://x/3.htm', rawPageId: page.id }, notice({ procurementMethod: '公开招标' }));
    const filters: Record<string, string>[] = [{ kind: 'award' }, { method: '公开招标' }, { service: 'account_operation' }, { from: '2026-01-01', to: '2026-01-31' }, { min: '200000' }];
    for (const f of filters) expect(found(db, f), JSON.stringify(f)).toEqual([id]);
    expect(found(db, { kind: 'tender' })).toEqual([]);
    // A database from before 0017: the bigram row has its place but no facets, and the upgrade is pending.
    db.$client.prepare('DELETE FROM notices_bigram WHERE rowid = ?').run(id);
    db.$client.prepare('INSERT INTO notices_bigram(rowid, grams) VALUES (?, ?)').run(id, bigrams('某县融媒体中心短视频运营服务项目中标公告 抖音账号'));
    db.$client.prepare(`INSERT INTO upgrades_pending (name) VALUES ('bigram_facets')`).run();
    expect(found(db, { kind: 'award' })).toEqual([]);
    db.$client.close();
    db = t.reopen();
    expect(db.$client.prepare('SELECT count(*) FROM upgrades_pending').pluck().get()).toBe(0);
    for (const f of filters) expect(found(db, f), JSON.stringify(f)).toEqual([id]);
    expect(found(db, { kind: 'tender' })).toEqual([]);
  });

  it('groups party spellings under one key', () => {
    expect(partyKey('甲传媒（杭州）有限责任公司 ')).toBe(partyKey('甲传媒(杭州)有限公司'));
  });
});
