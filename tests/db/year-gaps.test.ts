/**
 * A year with no counted spending is still a year: the overview's, a region's and a party's
 * per-year rows (and so their charts) list it with zeros between the first and the last year
 * that have spending, instead of drawing 2022 beside 2024 as if they were neighbours.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../db/index.js';
import { fillYears } from '../../db/queries/common.js';
import { overview } from '../../db/queries/overview.js';
import { partyDetail } from '../../db/queries/party.js';
import { regionDetail } from '../../db/queries/region.js';
import { ensureSource, saveNotice, saveRawPage, type NoticeInput } from '../../db/store.js';
import { tempDb, type TempDb } from '../helpers/temp-db.js';

function award(i: number, publishedAt: string | null, amountYuan: number): NoticeInput {
  return {
    parserVersion: 't', kind: 'award', title: `视频运营 ${i}`, projectCode: `P-${i}`, projectName: null, procurementMethod: '公开招标',
    buyer: '杭州市西湖区融媒体中心', buyerAddress: null, agency: null, publishedAt,
    tenderDeadline: null, awardDate: null, contractDate: null, servicePeriodText: null, serviceMonths: null, budgetYuan: null, ceilingYuan: null,
    lots: [
      {
        lot: null, vendor: '杭州某某文化传媒有限公司', vendors: ['杭州某某文化传媒有限公司'], amountYuan, amountForm: 'total', amountText: null, amountStart: null, amountEnd: null,
        rateValue: null, budgetYuan: null, ceilingYuan: null, status: 'awarded', confidence: 0.9,
      },
    ],
    accounts: null, platforms: [], videosPerMonth: null, videoCount: null, yuanPerAccountYear: null, yuanPerVideo: null,
    province: '浙江省', city: '杭州市', county: '西湖区', divisionCode: '330106', localitySource: 'buyer_name', isVideoOps: true, serviceType: 'account_operation',
    videoScore: 0.9, videoMatched: { for: [], against: [] }, evidence: {}, warnings: [], text: '短视频运营', isSample: false,
  };
}

const zero = (year: number) => ({ year, n: 0 });

let t: TempDb;
let db: Db;
beforeAll(() => {
  t = tempDb('pw-years-');
  db = t.db;
  ensureSource(db, { id: 'ccgp', name: 'ccgp', baseUrl: 'http://www.ccgp.gov.cn' });
  // spending in 2021 and 2024 only, and one undated award
  const notices: [string | null, number][] = [['2021-03-01', 100_000], ['2024-05-01', 200_000], ['2024-06-01', 50_000], [null, 30_000]];
  notices.forEach(([date, yuan], i) => {
    const url = `http://www.ccgp.gov.cn/y_${i}.htm`;
    const page = saveRawPage(db, { sourceId: 'ccgp', url, pageKind: 'detail', httpStatus: 200, body: Buffer.from(String(i)) });
    saveNotice(db, { sourceId: 'ccgp', sourceUrl: url, rawPageId: page.id }, award(i, date, yuan));
  });
});
afterAll(() => t.cleanup());

describe('per-year spending lists the empty years between', () => {
  it('on the overview', () => {
    expect(overview(db).perYear).toEqual([
      { year: null, yuan: 30_000, contracts: 1 },
      { year: 2021, yuan: 100_000, contracts: 1 },
      { year: 2022, yuan: 0, contracts: 0 },
      { year: 2023, yuan: 0, contracts: 0 },
      { year: 2024, yuan: 250_000, contracts: 2 },
    ]);
  });

  it('on a region page, at every level', () => {
    for (const code of ['330000', '330100', '330106']) {
      expect(regionDetail(db, code).perYear.map((y) => [y.year, y.yuan, y.lots]), code).toEqual([
        ['未知', 30_000, 1],
        ['2021', 100_000, 1],
        ['2022', 0, 0],
        ['2023', 0, 0],
        ['2024', 250_000, 2],
      ]);
    }
  });

  it('on the buyer and vendor pages', () => {
    const buyer = db.$client.prepare('SELECT buyer_party_id FROM notices LIMIT 1').pluck().get() as number;
    const vendor = db.$client.prepare('SELECT party_id FROM lot_vendors LIMIT 1').pluck().get() as number;
    for (const [id, role] of [[buyer, 'buyer'], [vendor, 'vendor']] as const) {
      expect(partyDetail(db, String(id), role).perYear.map((y) => [y.year, y.yuan]), role).toEqual([
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
