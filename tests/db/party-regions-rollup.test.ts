/**
 * spend_party_regions (migration 0020: counted video-ops lots, fen and notices per region × role ×
 * party, behind the region pages' top vendors and buyers) kept right by its triggers through a
 * new award, a correction that supersedes it, a re-extraction of the same page that names the
 * consortium's members in another order, a rebuild and a deletion; and a hand-made drift is
 * what `procwatch stats --check` (rollupDrift) reports and `--repair` (rebuildRollups) fixes.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { inTransaction, type Db } from '../../db/index.js';
import { rebuildDerived } from '../../db/queries/maintain.js';
import { rebuildRollups, rollupDrift, topRegionParties } from '../../db/queries/rollups.js';
import { deleteNotice } from '../../db/store.js';
import { ensureCcgp, storeNotice } from '../helpers/notice.js';
import { buildNotice, type Spec } from '../helpers/seed.js';
import { tempDb, type TempDb } from '../helpers/temp-db.js';

const XH: Spec['division'] = ['浙江省', '杭州市', '西湖区', '330106'];
const HZ: Spec['division'] = ['浙江省', '杭州市', null, '330100'];
const BUYER = '杭州市西湖区融媒体中心';
const V1 = '杭州云帆数字科技有限公司';
const V2 = '杭州星辰传媒有限公司';

let t: TempDb | undefined;
afterEach(() => t?.cleanup());

/** Save a notice as a scrape (or a reparse of the same page) would; lots as [vendors, yuan]. */
function save(db: Db, n: number, spec: Omit<Spec, 'key' | 'lots'>, lots: [string[], number][]): number {
  const { input, html } = buildNotice({ ...spec, key: `n${n}`, lots: lots.map(([vs, amount]) => ({ vendor: vs.join('；'), amount, text: `${amount}元` })) }, false);
  input.lots.forEach((l, i) => (l.vendors = lots[i][0]));
  return inTransaction(db, () => storeNotice(db, `http://www.ccgp.gov.cn/t_${n}.htm`, input, html));
}

const party = (db: Db, name: string, role: string) => db.$client.prepare('SELECT party_id FROM party_names WHERE name = ? AND role = ?').pluck().get(name, role) as number;

/** The kept rows, as [region, role, party name, lots, yuan, notices], in key order. */
function kept(db: Db): [string, string, string, number, number, number][] {
  return (
    db.$client
      .prepare(
        `SELECT t.region_code AS r, t.role, p.name, t.lots, t.fen / 100.0 AS yuan, t.notices FROM spend_party_regions t JOIN parties p ON p.id = t.party_id ORDER BY t.region_code, t.role, p.name`,
      )
      .all() as { r: string; role: string; name: string; lots: number; yuan: number; notices: number }[]
  ).map((x) => [x.r, x.role, x.name, x.lots, x.yuan, x.notices]);
}

/** The same rows for each of the lot's three levels. */
const atAll = (codes: string[], role: string, name: string, lots: number, yuan: number, notices: number) => codes.map((r) => [r, role, name, lots, yuan, notices] as const);

describe('spend_party_regions', () => {
  it('is kept right through insert, supersede, reparse, rebuild and delete', () => {
    t = tempDb('pw-partyreg-');
    const db = t.db;
    ensureCcgp(db);
    const award = { kind: 'award', title: '杭州市西湖区融媒体中心短视频运营服务项目中标公告', buyer: BUYER, code: 'XHRM-1', date: '2024-03-01', division: XH, service: 'account_operation' } as const;
    const all3 = ['330000', '330100', '330106'];

    // Insert: a consortium lot (V1 first) and V2's own lot on one notice.
    const a = save(db, 1, award, [[[V1, V2], 100000], [[V2], 50000]]);
    // A second notice of the same buyer, booked at the city's own level.
    save(db, 2, { ...award, code: 'XHRM-2', title: '杭州市西湖区融媒体中心宣传片制作项目中标公告', date: '2024-04-01', division: HZ }, [[[V2], 20000]]);
    expect(rollupDrift(db)).toEqual([]);
    expect(kept(db)).toEqual([
      ['330000', 'buyer', BUYER, 3, 170000, 2],
      ['330000', 'vendor', V1, 1, 100000, 1], // name order: 云 before 星
      ['330000', 'vendor', V2, 2, 70000, 2],
      ['330100', 'buyer', BUYER, 3, 170000, 2],
      ['330100', 'vendor', V1, 1, 100000, 1],
      ['330100', 'vendor', V2, 2, 70000, 2],
      ['330106', 'buyer', BUYER, 2, 150000, 1],
      ['330106', 'vendor', V1, 1, 100000, 1],
      ['330106', 'vendor', V2, 1, 50000, 1],
    ]);
    expect(topRegionParties(db, '330106', 'vendor', 10).map((p) => [p.id, p.yuan, p.lots, p.notices])).toEqual([
      [party(db, V1, 'vendor'), 100000, 1, 1],
      [party(db, V2, 'vendor'), 50000, 1, 1],
    ]);

    // Supersede: a correction of the first project restates both lots; the award's stop counting.
    const c = save(db, 3, { ...award, kind: 'correction', title: '杭州市西湖区融媒体中心短视频运营服务项目更正公告', date: '2024-03-20' }, [[[V1, V2], 120000], [[V2], 50000]]);
    expect(rollupDrift(db)).toEqual([]);
    const reasons = db.$client.prepare('SELECT notice_id, reason FROM spend_facts ORDER BY lot_id').all();
    expect(reasons).toEqual([
      { notice_id: a, reason: 'superseded' },
      { notice_id: a, reason: 'superseded' },
      { notice_id: a + 1, reason: null },
      { notice_id: c, reason: null },
      { notice_id: c, reason: null },
    ]);
    const county = () => kept(db).filter((r) => r[0] === '330106');
    expect(county()).toEqual([...atAll(['330106'], 'buyer', BUYER, 2, 170000, 1), ['330106', 'vendor', V1, 1, 120000, 1], ['330106', 'vendor', V2, 1, 50000, 1]]); // name order: 云 before 星
    expect(kept(db).find((r) => r[0] === '330000' && r[1] === 'buyer')).toEqual(['330000', 'buyer', BUYER, 3, 190000, 2]);

    // Reparse: the same page extracted again names the consortium V2 first: V1 leaves every level.
    save(db, 3, { ...award, kind: 'correction', title: '杭州市西湖区融媒体中心短视频运营服务项目更正公告', date: '2024-03-20' }, [[[V2, V1], 120000], [[V2], 50000]]);
    expect(rollupDrift(db)).toEqual([]);
    expect(kept(db).filter((r) => r[2] === V1)).toEqual([]);
    expect(kept(db).filter((r) => r[1] === 'vendor')).toEqual([
      ['330000', 'vendor', V2, 3, 190000, 2],
      ['330100', 'vendor', V2, 3, 190000, 2],
      ['330106', 'vendor', V2, 2, 170000, 1],
    ]);
    const before = kept(db);
    rebuildDerived(db, { bigrams: false });
    expect(kept(db)).toEqual(before);
    expect(rollupDrift(db)).toEqual([]);

    // Delete the correction: the award counts again, with V1 first on its consortium lot.
    inTransaction(db, () => deleteNotice(db, c));
    expect(rollupDrift(db)).toEqual([]);
    expect(county()).toEqual([...atAll(['330106'], 'buyer', BUYER, 2, 150000, 1), ['330106', 'vendor', V1, 1, 100000, 1], ['330106', 'vendor', V2, 1, 50000, 1]]);
    expect(kept(db).filter((r) => r[2] === V1)).toEqual([...atAll(all3, 'vendor', V1, 1, 100000, 1)]);
  });

  it('a drifted row is what stats --check reports, and --repair restores it', () => {
    t = tempDb('pw-partyreg-');
    const db = t.db;
    ensureCcgp(db);
    save(db, 1, { kind: 'award', title: '杭州市西湖区融媒体中心短视频运营服务项目中标公告', buyer: BUYER, code: 'XHRM-1', date: '2024-03-01', division: XH, service: 'account_operation' }, [[[V1], 100000]]);
    const good = kept(db);
    db.$client.exec("UPDATE spend_party_regions SET fen = fen + 1 WHERE region_code = '330100' AND role = 'vendor'");
    db.$client.exec("DELETE FROM spend_party_regions WHERE region_code = '330106' AND role = 'buyer'");
    const drift = rollupDrift(db);
    expect(drift.filter((d) => d.startsWith('spend_party_regions has'))).toHaveLength(1);
    expect(drift.filter((d) => d.startsWith('spend_party_regions lacks'))).toHaveLength(2);
    rebuildRollups(db);
    expect(rollupDrift(db)).toEqual([]);
    expect(kept(db)).toEqual(good);
  });
});
