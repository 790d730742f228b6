/**
 * A year with no counted spending is still a year: the overview's, a region's and a party's
 * per-year rows (and so their charts) list it with zeros between the first and the last year
 * that have spending, instead of drawing 2022 beside 2024 as if they were neighbours.
 */
import { describe, expect, it } from 'vitest';
import { fillYears } from '../../db/queries/common.js';
import { overview } from '../../db/queries/overview.js';
import { partyDetail } from '../../db/queries/party.js';
import { regionDetail } from '../../db/queries/region.js';
import { awardedLot, ensureCcgp, noticeInput, storeNotice, type NoticeInput } from '../helpers/notice.js';
import { sharedTempDb } from '../helpers/temp-db.js';

function award(i: number, publishedAt: string | null, amountYuan: number): NoticeInput {
  return noticeInput({ title: `视频运营 ${i}`, projectCode: `P-${i}`, publishedAt, lots: [awardedLot(amountYuan)] });
}

const zero = (year: number) => ({ year, n: 0 });

const t = sharedTempDb('pw-years-', (db) => {
  ensureCcgp(db);
  // spending in 2021 and 2024 only, and one undated award
  const notices: [string | null, number][] = [['2021-03-01', 100_000], ['2024-05-01', 200_000], ['2024-06-01', 50_000], [null, 30_000]];
  notices.forEach(([date, yuan], i) => storeNotice(db, `http://www.ccgp.gov.cn/y_${i}.htm`, award(i, date, yuan), String(i)));
});

describe('per-year spending lists the empty years between', () => {
  it('on the overview', () => {
    expect(overview(t.db).perYear).toEqual([
      { year: null, yuan: 30_000, contracts: 1 },
      { year: 2021, yuan: 100_000, contracts: 1 },
      { year: 2022, yuan: 0, contracts: 0 },
      { year: 2023, yuan: 0, contracts: 0 },
      { year: 2024, yuan: 250_000, contracts: 2 },
    ]);
  });

  it('on a region page, at every level', () => {
    for (const code of ['330000', '330100', '330106']) {
      expect(regionDetail(t.db, code).perYear.map((y) => [y.year, y.yuan, y.lots]), code).toEqual([
        ['未知', 30_000, 1],
        ['2021', 100_000, 1],
        ['2022', 0, 0],
        ['2023', 0, 0],
        ['2024', 250_000, 2],
      ]);
    }
  });

  it('on the buyer and vendor pages', () => {
    const buyer = t.db.$client.prepare('SELECT buyer_party_id FROM notices LIMIT 1').pluck().get() as number;
    const vendor = t.db.$client.prepare('SELECT party_id FROM lot_vendors LIMIT 1').pluck().get() as number;
    for (const [id, role] of [[buyer, 'buyer'], [vendor, 'vendor']] as const) {
      expect(partyDetail(t.db, String(id), role).perYear.map((y) => [y.year, y.yuan]), role).toEqual([
        [null, 30_000],
        [2021, 100_000],
        [2022, 0],
        [2023, 0],
        [2024, 250_000],
      ]);
    }
  });

  it('fills nothing across a misread century, and keeps rows without a year first', () => {
    expect(fillYears([{ year: 2024, n: 1 }, { year: null, n: 2 }, { year: 2022, n: 3 }], zero)).toEqual([
      { year: null, n: 2 },
      { year: 2022, n: 3 },
      { year: 2023, n: 0 },
      { year: 2024, n: 1 },
    ]);
    expect(fillYears([{ year: 24, n: 1 }, { year: 2024, n: 2 }], zero)).toEqual([{ year: 24, n: 1 }, { year: 2024, n: 2 }]);
    expect(fillYears([], zero)).toEqual([]);
  });
});
