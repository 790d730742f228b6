/**
 * A correction that changes an award's amount (更正公告 with 更正前/更正后 中标金额) is applied when
 * the project is counted: the award's lot counts at the corrected amount in spend_facts, every
 * region rollup and the national total, `stats --check` agrees, and so after `procwatch reparse`.
 * One that names another winner (中标供应商 更正前 A 更正后 B) moves the lot to B: spend_facts'
 * vendor, the party rollups; a name of the same party key keeps it A's.
 * Real SQLite in a temp dir; the award and its correction are the demo's replayed 平江县 pages
 * (the winner's variants rewrite the correction's 更正 table), archived and ingested as a scrape
 * does. Then decideProject's matching rules, one by one.
 */
import { spawnSync } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../db/index.js';
import { deleteNotice, ensureSource, saveRawPage } from '../../db/store.js';
import { decideProject, lotLabelKey, projectDecision, rebuildDerived, type CorrectionItemRow } from '../../db/queries/maintain.js';
import { partyTotals, regionTotalYuan, rollupDrift, topRegionParties } from '../../db/queries/rollups.js';
import { ingestRawPage } from '../../scrapers/ingest.js';
import { reparseAll } from '../../scrapers/reparse.js';
import { ccgpDetailHtml, ccgpFixtureIndex } from '../../scrapers/replay/ccgp.js';
import { tempDb, type TempDb } from '../helpers/temp-db.js';

const WWW = 'https://www.ccgp.gov.cn';
const index = ccgpFixtureIndex();
const award = index.find((e) => e.projectCode === 'PJCG-2023-0417' && e.kind === 'award')!;
const correction = index.find((e) => e.projectCode === 'PJCG-2023-0417' && e.kind === 'correction')!;

let t: TempDb;
let db: Db;
const ids: Record<string, number> = {};

/** Archive and ingest a replayed page (its HTML, or `html` in its place: a variant served at the same URL). */
function store(name: string, path: string, html = ccgpDetailHtml(path)!, into = db) {
  const page = saveRawPage(into, { sourceId: 'ccgp', url: WWW + path, pageKind: 'detail', httpStatus: 200, body: Buffer.from(html), isSample: true });
  const r = ingestRawPage(into, page.id);
  expect(r.status).toBe('ok');
  ids[name] = r.noticeId!;
}

/** The replayed correction with its 更正 table's rows replaced by `rows` (更正项, 更正前内容, 更正后内容). */
function correctionWith(rows: [string, string, string][]): string {
  const html = ccgpDetailHtml(correction.path)!;
  const row = '<tr><td>1</td><td>中标（成交）金额</td><td>486000.00元</td><td>468000.00元</td></tr>';
  expect(html).toContain(row);
  return html.replace(row, rows.map(([what, before, after], i) => `<tr><td>${i + 1}</td><td>${what}</td><td>${before}</td><td>${after}</td></tr>`).join(''));
}

const awardFact = () => db.$client.prepare('SELECT counted, reason, amount_yuan AS amountYuan FROM spend_facts WHERE notice_id = ?').all(ids.award);
/** the counted yuan of 平江县, 岳阳市, 湖南省 and the nation, and the national party total */
const totals = () => ({ county: regionTotalYuan(db, '430626'), city: regionTotalYuan(db, '430600'), province: regionTotalYuan(db, '430000'), nation: regionTotalYuan(db, ''), all: partyTotals(db, 'all', 0).yuan });
const each = (yuan: number) => ({ county: yuan, city: yuan, province: yuan, nation: yuan, all: yuan });

beforeAll(() => {
  t = tempDb('pw-corr-award-');
  db = t.db;
  ensureSource(db, { id: 'ccgp', name: 'ccgp', baseUrl: WWW });
});
afterAll(() => t.cleanup());

describe('the 平江县 award corrected from 486,000 to 468,000 元', () => {
  it('counts 486,000 until the correction arrives', () => {
    store('award', award.path);
    expect(awardFact()).toEqual([{ counted: 1, reason: null, amountYuan: 486000 }]);
    expect(totals()).toEqual(each(486000));
  });

  it('counts 468,000 once it is stored: spend_facts, the region rollups and the national total; the kept totals agree', () => {
    store('correction', correction.path);
    const items = db.$client.prepare('SELECT label, amount_before AS b, amount_after AS a, amount_text AS t FROM correction_items WHERE notice_id = ?').all(ids.correction);
    expect(items).toEqual([{ label: null, b: 486000, a: 468000, t: '468000.00元' }]);
    expect(awardFact()).toEqual([{ counted: 1, reason: null, amountYuan: 468000 }]);
    expect(totals()).toEqual(each(468000));
    expect(rollupDrift(db)).toEqual([]);
    const key = (db.$client.prepare('SELECT project_key AS k FROM notices WHERE id = ?').get(ids.award) as { k: string }).k;
    expect(projectDecision(db, key).items).toMatchObject([{ noticeId: ids.correction, outcome: 'applied', fromYuan: 486000, toYuan: 468000 }]);
  });

  it('stays so after procwatch reparse, and procwatch stats --check is clean', () => {
    db.$client.exec('DELETE FROM correction_items');
    const r = reparseAll(db, { workers: 1 });
    expect(r.byStatus.ok).toBe(2);
    expect(db.$client.prepare('SELECT count(*) AS n FROM correction_items').get()).toEqual({ n: 1 });
    expect(awardFact()).toEqual([{ counted: 1, reason: null, amountYuan: 468000 }]);
    expect(totals()).toEqual(each(468000));
    expect(rollupDrift(db)).toEqual([]);
    db.$client.pragma('wal_checkpoint(TRUNCATE)');
    const cli = spawnSync(process.execPath, ['bin/procwatch.js', 'stats', '--check', '--db', t.path], { encoding: 'utf8' });
    expect(cli.status, cli.stdout + cli.stderr).toBe(0);
  }, 60_000);

  it('deleting the correction brings back 486,000', () => {
    deleteNotice(db, ids.correction);
    expect(awardFact()).toEqual([{ counted: 1, reason: null, amountYuan: 486000 }]);
    expect(totals()).toEqual(each(486000));
    expect(rollupDrift(db)).toEqual([]);
  });
});

/** The 平江县 award's winner (A), another firm (B), and A's name as written with 有限责任公司 (the same party key). */
const A = '岳阳市星火文化传媒有限公司';
const B = '岳阳市云帆数字传媒有限公司';
const A2 = '岳阳市星火文化传媒有限责任公司';

describe('a correction naming another winner for the 平江县 award (486,000 元 to A)', () => {
  let t2: TempDb;
  let d: Db;
  const partyOf = (name: string) => (d.$client.prepare('SELECT id FROM parties WHERE name_key = (SELECT name_key FROM parties p JOIN party_names n ON n.party_id = p.id WHERE n.name = ?)').pluck().get(name) as number | undefined) ?? null;
  const fact = () => d.$client.prepare('SELECT counted, amount_yuan AS amountYuan, vendor_party_id AS vendor, vendor_corrected_by AS movedBy FROM spend_facts WHERE notice_id = ?').get(ids.award2);
  /** each party's counted yuan nationally (spend_party_totals) and at the top of 平江县's vendors (spend_party_regions) */
  const vendorRollups = (name: string) => {
    const id = partyOf(name);
    return { national: id === null ? 0 : partyTotals(d, 'vendor', id).yuan, county: topRegionParties(d, '430626', 'vendor', 10).find((r) => r.id === id)?.yuan ?? 0 };
  };
  const stored = (name: string, html?: string) => store(name, name === 'award2' ? award.path : correction.path, html, d);
  beforeAll(() => {
    t2 = tempDb('pw-corr-winner-');
    d = t2.db;
    ensureSource(d, { id: 'ccgp', name: 'ccgp', baseUrl: WWW });
  });
  afterAll(() => t2.cleanup());

  it('the award counts for A', () => {
    stored('award2');
    expect(fact()).toEqual({ counted: 1, amountYuan: 486000, vendor: partyOf(A), movedBy: null });
    expect(vendorRollups(A)).toEqual({ national: 486000, county: 486000 });
  });

  it('A → B, the amount unchanged: the lot counts for B at 486,000, the party rollups move, the kept totals agree', () => {
    stored('corr2', correctionWith([['中标（成交）供应商', A, B]]));
    expect(d.$client.prepare('SELECT vendor_before AS b, vendor_after AS a, amount_after AS amount, vendor_after_party_id AS party FROM correction_items WHERE notice_id = ?').all(ids.corr2)).toEqual([{ b: A, a: B, amount: null, party: partyOf(B) }]);
    expect(partyOf(B)).not.toBe(partyOf(A));
    expect(fact()).toEqual({ counted: 1, amountYuan: 486000, vendor: partyOf(B), movedBy: ids.corr2 });
    expect(vendorRollups(A)).toEqual({ national: 0, county: 0 });
    expect(vendorRollups(B)).toEqual({ national: 486000, county: 486000 });
    expect(regionTotalYuan(d, '430626')).toBe(486000);
    expect(rollupDrift(d)).toEqual([]);
    const key = (d.$client.prepare('SELECT project_key AS k FROM notices WHERE id = ?').get(ids.award2) as { k: string }).k;
    expect(projectDecision(d, key).items).toMatchObject([{ outcome: 'applied', fromYuan: 486000, toYuan: null, fromVendorPartyId: partyOf(A), toVendorPartyId: partyOf(B) }]);
  });

  it('stays so after procwatch reparse, and procwatch stats --check is clean', () => {
    d.$client.exec('DELETE FROM correction_items');
    expect(reparseAll(d, { workers: 1 }).byStatus.ok).toBe(2);
    expect(fact()).toEqual({ counted: 1, amountYuan: 486000, vendor: partyOf(B), movedBy: ids.corr2 });
    expect(vendorRollups(B)).toEqual({ national: 486000, county: 486000 });
    expect(rollupDrift(d)).toEqual([]);
    d.$client.pragma('wal_checkpoint(TRUNCATE)');
    const cli = spawnSync(process.execPath, ['bin/procwatch.js', 'stats', '--check', '--db', t2.path], { encoding: 'utf8' });
    expect(cli.status, cli.stdout + cli.stderr).toBe(0);
  }, 60_000);

  it('A → B at a new amount: B at 468,000', () => {
    stored('corr2', correctionWith([['中标（成交）供应商', A, B], ['中标（成交）金额', '486000.00元', '468000.00元']]));
    expect(fact()).toEqual({ counted: 1, amountYuan: 468000, vendor: partyOf(B), movedBy: ids.corr2 });
    expect(vendorRollups(A)).toEqual({ national: 0, county: 0 });
    expect(vendorRollups(B)).toEqual({ national: 468000, county: 468000 });
    expect(rollupDrift(d)).toEqual([]);
  });

  it('A → A written with 有限责任公司 (the same party key) stays A\'s, at the corrected amount', () => {
    stored('corr2', correctionWith([['中标（成交）供应商', A, A2], ['中标（成交）金额', '486000.00元', '468000.00元']]));
    expect(partyOf(A2)).toBe(partyOf(A));
    expect(fact()).toEqual({ counted: 1, amountYuan: 468000, vendor: partyOf(A), movedBy: null });
    expect(vendorRollups(A)).toEqual({ national: 468000, county: 468000 });
    expect(vendorRollups(B)).toEqual({ national: 0, county: 0 });
    expect(rollupDrift(d)).toEqual([]);
  });

  it('deleting the correction gives the lot back to A at 486,000', () => {
    stored('corr2', correctionWith([['中标（成交）供应商', A, B], ['中标（成交）金额', '486000.00元', '470000.00元']]));
    expect(fact()).toMatchObject({ vendor: partyOf(B), amountYuan: 470000 });
    deleteNotice(d, ids.corr2);
    expect(fact()).toEqual({ counted: 1, amountYuan: 486000, vendor: partyOf(A), movedBy: null });
    expect(rollupDrift(d)).toEqual([]);
  });

  it('a database from before migration 0022 (items without their winner\'s party) is moved on its first writable open', () => {
    stored('corr2', correctionWith([['中标（成交）供应商', A, B], ['中标（成交）金额', '486000.00元', '480000.00元']]));
    // as 0021 left it: the items unresolved, the lot counted for A as the flagged item left it
    d.$client.exec(`UPDATE correction_items SET vendor_after_party_id = NULL`);
    rebuildDerived(d);
    expect(fact()).toEqual({ counted: 1, amountYuan: 486000, vendor: partyOf(A), movedBy: null });
    d.$client.exec(`INSERT INTO upgrades_pending (name) VALUES ('correction_vendor')`);
    d.$client.close();
    d = t2.reopen();
    expect(d.$client.prepare('SELECT count(*) FROM upgrades_pending').pluck().get()).toBe(0);
    expect(d.$client.prepare('SELECT vendor_after_party_id FROM correction_items WHERE notice_id = ?').pluck().get(ids.corr2)).toBe(partyOf(B));
    expect(fact()).toEqual({ counted: 1, amountYuan: 480000, vendor: partyOf(B), movedBy: ids.corr2 });
    expect(rollupDrift(d)).toEqual([]);
  });
});

const lot = (id: number, noticeId: number, label: string | null, amountYuan: number, vendor = '星河甲传媒有限公司') => ({ id, noticeId, label, vendor, amountYuan, amountForm: 'total', status: 'awarded', vendorPartyId: 1 });

describe('decideProject: which live lot a correction item applies to', () => {
  type N = Parameters<typeof decideProject>[0][number];
  const n = (id: number, kind: string, publishedAt: string) => ({ id, kind, publishedAt }) as unknown as N;
  let seq = 0;
  const item = (noticeId: number, x: Partial<CorrectionItemRow>): CorrectionItemRow => ({ id: ++seq, noticeId, seq: seq, label: null, vendorBefore: null, vendorAfter: null, amountBefore: null, amountAfter: null, ...x });
  const twoLots = [lot(11, 1, '包1', 300000), lot(12, 1, '包2', 200000)];
  const notices = [n(1, 'award', '2025-01-01'), n(2, 'correction', '2025-01-05')];

  it('by lot label (包2 = 第二包)', () => {
    const d = decideProject(notices, twoLots, [item(2, { label: '第二包', amountAfter: 210000 })]);
    expect([...d.amounts]).toEqual([[12, 210000]]);
    expect(d.items[0]).toMatchObject({ outcome: 'applied', lotId: 12, fromYuan: 200000, toYuan: 210000 });
  });
  it('else by the amount before', () => {
    expect([...decideProject(notices, twoLots, [item(2, { amountBefore: 300000, amountAfter: 290000 })]).amounts]).toEqual([[11, 290000]]);
  });
  it('else the only live lot; two corrections in turn, the second from the first\'s figure', () => {
    const d = decideProject([...notices, n(3, 'correction', '2025-01-09')], [lot(11, 1, null, 486000)], [item(2, { amountAfter: 468000 }), item(3, { amountBefore: 468000, amountAfter: 460000 })]);
    expect([...d.amounts]).toEqual([[11, 460000]]);
    expect(d.items.map((x) => x.outcome)).toEqual(['applied', 'applied']);
  });
  it('two lots and nothing to tell them apart: ambiguous or no match, nothing changes', () => {
    expect(decideProject(notices, twoLots, [item(2, { amountAfter: 1 })]).items[0]).toMatchObject({ outcome: 'no_match', lotId: null });
    const same = [lot(11, 1, null, 300000), lot(12, 1, null, 300000)];
    const d = decideProject(notices, same, [item(2, { amountBefore: 300000, amountAfter: 290000 })]);
    expect(d.items[0].outcome).toBe('ambiguous');
    expect(d.amounts.size).toBe(0);
  });
  it('a correction before the award has no live lot to apply to', () => {
    const d = decideProject([n(1, 'award', '2025-01-09'), n(2, 'correction', '2025-01-05')], [lot(11, 1, null, 486000)], [item(2, { amountAfter: 468000 })]);
    expect(d.items[0].outcome).toBe('no_match');
    expect(d.amounts.size).toBe(0);
  });
  it('another winner named after, resolved to a party: the lot moves to it, at the amount after or else as it was', () => {
    const d = decideProject(notices, [lot(11, 1, null, 326000)], [item(2, { vendorBefore: '星河甲传媒有限公司', vendorAfter: '星河乙数字有限公司', vendorAfterPartyId: 2, amountAfter: 338000 })]);
    expect(d.items[0]).toMatchObject({ outcome: 'applied', lotId: 11, fromYuan: 326000, toYuan: 338000, fromVendorPartyId: 1, toVendorPartyId: 2 });
    expect([...d.amounts]).toEqual([[11, 338000]]);
    expect([...d.vendors]).toEqual([[11, { partyId: 2, noticeId: 2 }]]);
    expect(d.reasons.get(11)).toBeNull();
    const same = decideProject(notices, [lot(11, 1, null, 326000)], [item(2, { vendorAfter: '星河乙数字有限公司', vendorAfterPartyId: 2 })]);
    expect(same.items[0]).toMatchObject({ outcome: 'applied', toYuan: null, toVendorPartyId: 2 });
    expect(same.amounts.size).toBe(0);
    expect(same.vendors.get(11)).toEqual({ partyId: 2, noticeId: 2 });
  });
  it('a name of the same party key (full-width brackets, 有限责任公司) is the same vendor; a second correction back to the first gives it back', () => {
    const variant = decideProject(notices, [lot(11, 1, null, 326000)], [item(2, { vendorAfter: '星河甲传媒有限责任公司', vendorAfterPartyId: 1, amountAfter: 330000 })]);
    expect(variant.items[0]).toMatchObject({ outcome: 'applied', toVendorPartyId: null });
    expect(variant.vendors.size).toBe(0);
    // not resolved to a party (an item stored before migration 0022): compared by party key as written
    expect(decideProject(notices, [lot(11, 1, null, 326000)], [item(2, { vendorAfter: '星河甲传媒（有限责任公司）', amountAfter: 330000 })]).items[0].outcome).toBe('applied');
    const back = decideProject([...notices, n(3, 'correction', '2025-01-09')], [lot(11, 1, null, 326000)], [item(2, { vendorAfter: '星河乙数字有限公司', vendorAfterPartyId: 2 }), item(3, { vendorAfter: '星河甲传媒有限公司', vendorAfterPartyId: 1 })]);
    expect(back.items.map((x) => [x.outcome, x.toVendorPartyId])).toEqual([['applied', 2], ['applied', 1]]);
    expect(back.vendors.size).toBe(0);
  });
  it('another winner not resolved to a party, or matching no lot uniquely: nothing changes, flagged', () => {
    const d = decideProject(notices, [lot(11, 1, null, 326000)], [item(2, { vendorBefore: '星河甲传媒有限公司', vendorAfter: '星河乙数字有限公司', amountAfter: 338000 })]);
    expect(d.items[0]).toMatchObject({ outcome: 'vendor_changed', lotId: 11 });
    expect(d.amounts.size).toBe(0);
    expect(d.reasons.get(11)).toBeNull();
    const none = decideProject(notices, twoLots, [item(2, { vendorAfter: '星河乙数字有限公司', vendorAfterPartyId: 2, amountAfter: 1 })]);
    expect(none.items[0]).toMatchObject({ outcome: 'no_match', lotId: null, toVendorPartyId: null });
    expect(none.vendors.size).toBe(0);
  });
  it('an unread new amount changes nothing; a later award restating the result supersedes the corrected lot', () => {
    expect(decideProject(notices, [lot(11, 1, null, 486000)], [item(2, { amountBefore: 486000 })]).items[0].outcome).toBe('nothing_read');
    const d = decideProject([...notices, n(3, 'award', '2025-02-01')], [lot(11, 1, null, 486000), lot(13, 3, null, 470000)], [item(2, { amountAfter: 468000 })]);
    expect(d.reasons.get(11)).toBe('superseded');
    expect(d.reasons.get(13)).toBeNull();
  });
  it('lot labels compare as numbers', () => {
    expect(['包1', '第一包', '1', '一标段', '标项一', '第01包'].map(lotLabelKey)).toEqual(['1', '1', '1', '1', '1', '1']);
    expect(lotLabelKey('A包')).toBe('A');
  });
});
