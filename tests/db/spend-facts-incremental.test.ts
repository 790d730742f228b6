/**
 * The spend facts kept on write (saveNotice/deleteNotice → refreshNotice, which diffs each
 * project's rows and finds its notices by the stored notices.project_key) must equal a rebuild
 * from scratch after any sequence of writes: new notices, re-extractions that move a notice to
 * another project or buyer, corrections, failures, deletions, codes written with stray spaces,
 * full-width characters or lower case.
 */
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import type { Db } from '../../db/index.js';
import { fillProjectKeys, projectKey, rebuildDerived } from '../../db/queries/maintain.js';
import { rollupDrift } from '../../db/queries/rollups.js';
import { deleteNotice } from '../../db/store.js';
import { awardedLot, ensureCcgp, noticeInput, storeNotice, type NoticeInput } from '../helpers/notice.js';
import { tempDb, type TempDb } from '../helpers/temp-db.js';

const temps: TempDb[] = [];
afterAll(() => {
  for (const t of temps) t.cleanup();
});

function freshDb(): Db {
  const t = tempDb('pw-facts-');
  temps.push(t);
  ensureCcgp(t.db);
  return t.db;
}

interface LotSpec {
  amount: number | null;
  form: 'total' | 'rate' | 'unit_price' | 'none';
  status: 'awarded' | 'failed';
}
interface Op {
  url: number;
  del: boolean;
  kind: string;
  code: string | null;
  buyer: string | null;
  date: string;
  lots: LotSpec[];
  perVideo: number | null;
  /** where the notice is located (null: central or unknown) and how it was procured */
  div?: string | null;
  method?: string | null;
}

// The same project written several ways: the stored key must group them as projectKey does.
const CODES = ['ZJ-2024-01', 'zj-2024-01', ' ZJ 2024-01', 'ＺＪ-２０２４-０１', 'ZJ-2024-02', null];
const BUYERS = ['杭州市西湖区司法局', '杭州市上城区融媒体中心', null];

const lotArb: fc.Arbitrary<LotSpec> = fc.record({
  amount: fc.option(fc.integer({ min: 1000, max: 900_000 }), { nil: null }),
  form: fc.constantFrom('total', 'total', 'rate', 'unit_price', 'none'),
  status: fc.constantFrom('awarded', 'awarded', 'failed'),
});
const opArb: fc.Arbitrary<Op> = fc.record({
  url: fc.integer({ min: 0, max: 5 }),
  del: fc.integer({ min: 0, max: 9 }).map((n) => n < 2),
  kind: fc.constantFrom('award', 'contract', 'correction', 'failure', 'tender'),
  code: fc.constantFrom(...CODES),
  buyer: fc.constantFrom(...BUYERS),
  date: fc.constantFrom('2024-03-01', '2024-03-02', '2024-04-10', ''),
  lots: fc.array(lotArb, { maxLength: 3 }),
  perVideo: fc.option(fc.integer({ min: 100, max: 5000 }), { nil: null }),
  div: fc.constantFrom('330106', '330100', '330000', '440305', null),
  method: fc.constantFrom('公开招标', '竞争性磋商', null),
});

function input(op: Op): NoticeInput {
  return noticeInput({
    kind: op.kind, title: `公告 ${op.url}`, projectCode: op.code, procurementMethod: null, buyer: op.buyer, publishedAt: op.date || null,
    lots: op.lots.map((l, i) =>
      awardedLot(l.form === 'total' ? l.amount : null, { lot: `包${i + 1}`, vendor: `供应商${(i + op.url) % 3}有限公司`, amountForm: l.form, rateValue: l.form === 'rate' ? 5 : null, status: l.status }),
    ),
    yuanPerVideo: op.perVideo, ...place(op.div === undefined ? '330106' : op.div), serviceType: 'account_ops', text: `项目编号：${op.code ?? ''} 抖音 运营`,
  });
}

const PLACES: Record<string, { province: string; city: string | null; county: string | null }> = {
  '330106': { province: '浙江省', city: '杭州市', county: '西湖区' },
  '330100': { province: '浙江省', city: '杭州市', county: null },
  '330000': { province: '浙江省', city: null, county: null },
  '440305': { province: '广东省', city: '深圳市', county: '南山区' },
};
function place(div: string | null) {
  return div ? { ...PLACES[div], divisionCode: div } : { province: null, city: null, county: null, divisionCode: null };
}

function apply(db: Db, op: Op, seq: number): void {
  const url = `http://www.ccgp.gov.cn/t_${op.url}.htm`;
  db.$client.transaction(() => {
    if (op.del) {
      const row = db.$client.prepare('SELECT id FROM notices WHERE source_url = ?').get(url) as { id: number } | undefined;
      if (row) deleteNotice(db, row.id);
      return;
    }
    storeNotice(db, url, input(op), `${seq}`);
  })();
}

const facts = (db: Db) => db.$client.prepare('SELECT * FROM spend_facts ORDER BY lot_id').all();

describe('spend facts maintained on write', () => {
  it('equal a rebuild from scratch after any sequence of saves and deletions, and so do the rollups', () => {
    const db = freshDb();
    let seq = 0;
    fc.assert(
      fc.property(fc.array(opArb, { minLength: 1, maxLength: 12 }), (ops) => {
        db.$client.exec('DELETE FROM notices');
        db.$client.exec('DELETE FROM spend_facts');
        for (const op of ops) apply(db, op, seq++);
        const kept = facts(db);
        const keys = db.$client.prepare('SELECT id, project_code AS projectCode, buyer_party_id AS buyerPartyId, project_key AS k FROM notices').all() as {
          id: number; projectCode: string | null; buyerPartyId: number | null; k: string;
        }[];
        for (const r of keys) expect(r.k).toBe(projectKey(r));
        // The trigger-kept rollups (per region, party and notice count) match a recount.
        expect(rollupDrift(db)).toEqual([]);
        rebuildDerived(db, { bigrams: false });
        expect(rollupDrift(db)).toEqual([]);
        expect(kept).toEqual(facts(db));
      }),
      { numRuns: Number(process.env.PW_PROP_RUNS ?? 200) },
    );
    db.$client.close();
  });

  it('reinstates an award when the failure notice that zeroed its project is deleted', () => {
    // Found by the property above: a failure notice has no lots, so no spend_facts row recorded
    // its project; deleting it left the award marked project_failed.
    const db = freshDb();
    const base = { code: 'ZJ-2024-01', div: '330106', method: '公开招标', perVideo: null, date: '2024-03-01' };
    apply(db, { ...base, url: 0, del: false, kind: 'award', buyer: null, lots: [{ amount: 50_000, form: 'total', status: 'awarded' }] }, 1);
    apply(db, { ...base, url: 4, del: false, kind: 'failure', buyer: null, lots: [] }, 2);
    expect((facts(db) as { reason: string | null }[]).map((r) => r.reason)).toEqual(['project_failed']);
    apply(db, { ...base, url: 4, del: true, kind: 'award', buyer: null, lots: [] }, 3);
    expect((facts(db) as { reason: string | null }[]).map((r) => r.reason)).toEqual([null]);
    expect(rollupDrift(db)).toEqual([]);
    db.$client.close();
  });

  it('groups codes written with spaces, full-width characters or lower case into one project', () => {
    const db = freshDb();
    const base: Omit<Op, 'url' | 'code' | 'date'> = { del: false, kind: 'award', buyer: BUYERS[0], lots: [{ amount: 100_000, form: 'total', status: 'awarded' }], perVideo: null };
    apply(db, { ...base, url: 0, code: 'ZJ-2024-01', date: '2024-03-01' }, 1);
    apply(db, { ...base, url: 1, code: 'ＺＪ-２０２４-０１', date: '2024-03-02' }, 2);
    apply(db, { ...base, url: 2, code: ' zj-2024-01 ', date: '2024-03-03' }, 3);
    const rows = facts(db) as { project_key: string; counted: number; reason: string | null }[];
    expect(new Set(rows.map((r) => r.project_key)).size).toBe(1);
    expect(rows.map((r) => r.reason)).toEqual(['superseded', 'superseded', null]);
    db.$client.close();
  });

  it('openDb fills the project key of notices written without it', () => {
    const db = freshDb();
    apply(db, { url: 0, del: false, kind: 'award', code: 'A-1', buyer: BUYERS[0], date: '2024-01-01', lots: [], perVideo: null }, 1);
    apply(db, { url: 1, del: false, kind: 'award', code: null, buyer: null, date: '2024-01-01', lots: [], perVideo: null }, 2);
    db.$client.exec('UPDATE notices SET project_key = NULL');
    expect(fillProjectKeys(db)).toBe(2);
    const ks = db.$client.prepare('SELECT project_key AS k FROM notices ORDER BY id').pluck().all() as string[];
    expect(ks[0]).toMatch(/^p:\d+:A-1$/);
    expect(ks[1]).toMatch(/^n:\d+$/);
    expect(fillProjectKeys(db)).toBe(0);
    db.$client.close();
  });
});
