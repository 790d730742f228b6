/**
 * The contract page sets an award beside the budget its project stated: this notice's own, else
 * the latest an earlier notice of the project (tender, intention) stated, linked. Only when every
 * lot is an awarded total: a rate or a failed lot makes the sum no price for the whole.
 */
import * as cheerio from 'cheerio';
import { describe, expect, it } from 'vitest';
import { awardVsBudget, contractDetail } from '../../db/queries/contract.js';
import { createApp } from '../../server/app.js';
import { awardedLot, ensureCcgp, noticeInput, storeNotice, type Lot, type NoticeInput } from '../helpers/notice.js';
import { sharedTempDb } from '../helpers/temp-db.js';

function notice(kind: NoticeInput['kind'], projectCode: string, publishedAt: string, budgetYuan: number | null, lots: Lot[]): NoticeInput {
  return noticeInput({ kind, title: `${projectCode} ${kind}`, projectCode, publishedAt, budgetYuan, lots });
}

const ids: Record<string, number> = {};
const t = sharedTempDb('pw-budget-', (db) => {
  ensureCcgp(db);
  const put = (name: string, n: NoticeInput) => {
    ids[name] = storeNotice(db, `http://www.ccgp.gov.cn/${name}.htm`, n, name);
  };
  put('tender-a', notice('tender', 'A-1', '2024-01-10', 300_000, []));
  put('fix-a', notice('correction', 'A-1', '2024-01-20', 200_000, []));
  put('award-a', notice('award', 'A-1', '2024-03-01', null, [awardedLot(150_000), awardedLot(49_000)]));
  put('award-b', notice('award', 'B-1', '2024-03-01', 100_000, [awardedLot(101_000)]));
  put('award-rate', notice('award', 'C-1', '2024-03-01', 100_000, [awardedLot(null, { amountForm: 'rate', amountText: '下浮率5%' })]));
  put('tender-d', notice('tender', 'D-1', '2024-05-01', 80_000, []));
  put('award-d', notice('award', 'D-1', '2024-04-01', null, [awardedLot(70_000)]));
});

describe('award beside budget', () => {
  it("takes the latest budget stated before the award in its project (a correction's over the tender's)", () => {
    expect(contractDetail(t.db, String(ids['award-a'])).awardVsBudget).toMatchObject({ awardedYuan: 199_000, budgetYuan: 200_000, budgetNoticeId: ids['fix-a'], budgetKind: 'correction' });
  });

  it("prefers the notice's own budget, and flags a price at or above it", async () => {
    const a = contractDetail(t.db, String(ids['award-b'])).awardVsBudget!;
    expect(a).toMatchObject({ budgetNoticeId: ids['award-b'], ratio: 1.01 });
    const $ = cheerio.load(await (await createApp(t.db).request(`/contracts/${ids['award-b']}`)).text());
    expect($('#award-vs-budget').text()).toContain('101.00%');
    expect($('#award-vs-budget .flag').length).toBe(1);
    // its own budget covers its own lots: no caveat about lots awarded elsewhere
    expect($('#award-vs-budget').text()).not.toContain('分包另行公告');
    const $a = cheerio.load(await (await createApp(t.db).request(`/contracts/${ids['award-a']}`)).text());
    expect($a('#award-vs-budget').text()).toContain('99.50%');
    expect($a('#award-vs-budget .flag').length).toBe(0);
    expect($a(`#award-vs-budget a[href="/contracts/${ids['fix-a']}"]`).length).toBe(1);
    expect($a('#award-vs-budget').text()).toContain('分包另行公告');
  });

  it('says nothing for a rate, a tender, or a budget stated only after the award', async () => {
    expect(contractDetail(t.db, String(ids['award-rate'])).awardVsBudget).toBeNull();
    expect(contractDetail(t.db, String(ids['tender-a'])).awardVsBudget).toBeNull();
    expect(contractDetail(t.db, String(ids['award-d'])).awardVsBudget).toBeNull();
    const $ = cheerio.load(await (await createApp(t.db).request(`/contracts/${ids['award-rate']}`)).text());
    expect($('#award-vs-budget').length).toBe(0);
  });

  it('needs every lot awarded as a total', () => {
    const n = { id: 9, kind: 'award', budgetYuan: 100, publishedAt: null };
    expect(awardVsBudget(n, [{ status: 'awarded', amountForm: 'total', amountYuan: 50 }], [])?.ratio).toBe(0.5);
    expect(awardVsBudget(n, [{ status: 'awarded', amountForm: 'total', amountYuan: 50 }, { status: 'failed', amountForm: 'none', amountYuan: null }], [])).toBeNull();
    expect(awardVsBudget(n, [], [])).toBeNull();
    expect(awardVsBudget({ ...n, budgetYuan: 0 }, [{ status: 'awarded', amountForm: 'total', amountYuan: 50 }], [])).toBeNull();
  });
});
