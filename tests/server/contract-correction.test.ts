/**
 * A correction published after a project's counted result, from which no amount was read (the
 * extractor missed its 更正前/更正后 table, say), is not "no outcome" on the contract page: it
 * may have changed the award, so the page says the counted amount did not follow it and asks
 * for the text to be checked. A correction before any result keeps the plain label. One naming
 * another winner for a project of two lots it matches neither of stays flagged and moves nothing.
 */
import * as cheerio from 'cheerio';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../db/index.js';
import { ensureSource, saveNotice, saveRawPage, type NoticeInput } from '../../db/store.js';
import { createApp } from '../../server/app.js';
import { startServer } from '../../server/index.js';
import { tempDb, type TempDb } from '../helpers/temp-db.js';

type Lot = NoticeInput['lots'][number];
const lot = (amountYuan: number): Lot => ({
  lot: null, vendor: '岳阳某某文化传媒有限公司', vendors: ['岳阳某某文化传媒有限公司'], amountYuan, amountForm: 'total', amountText: null, amountStart: null, amountEnd: null,
  rateValue: null, budgetYuan: null, ceilingYuan: null, status: 'awarded', confidence: 0.9,
});

function notice(kind: NoticeInput['kind'], publishedAt: string, lots: Lot[], code = 'PJ-1', correctedAward: NoticeInput['correctedAward'] = []): NoticeInput {
  return {
    parserVersion: 't', kind, title: `${code} ${kind} ${publishedAt}`, projectCode: code, correctedAward, projectName: null, procurementMethod: '公开招标',
    buyer: '平江县融媒体中心', buyerAddress: null, agency: null, publishedAt,
    tenderDeadline: null, awardDate: null, contractDate: null, servicePeriodText: null, serviceMonths: null, budgetYuan: null, ceilingYuan: null, lots,
    accounts: null, platforms: [], videosPerMonth: null, videoCount: null, yuanPerAccountYear: null, yuanPerVideo: null,
    province: '湖南省', city: '岳阳市', county: '平江县', divisionCode: '430626', localitySource: 'buyer_name', isVideoOps: true, serviceType: 'account_operation',
    videoScore: 0.9, videoMatched: { for: [], against: [] }, evidence: {}, warnings: [], text: '更正事项：采购结果', isSample: false,
  };
}

let t: TempDb;
let db: Db;
const ids: Record<string, number> = {};
beforeAll(() => {
  t = tempDb('pw-correction-');
  db = t.db;
  ensureSource(db, { id: 'ccgp', name: 'ccgp', baseUrl: 'http://www.ccgp.gov.cn' });
  const put = (name: string, n: NoticeInput) => {
    const url = `http://www.ccgp.gov.cn/${name}.htm`;
    const page = saveRawPage(db, { sourceId: 'ccgp', url, pageKind: 'detail', httpStatus: 200, body: Buffer.from(name) });
    ids[name] = saveNotice(db, { sourceId: 'ccgp', sourceUrl: url, rawPageId: page.id }, n);
  };
  put('tender', notice('tender', '2023-05-01', []));
  put('tender-fix', notice('correction', '2023-05-10', []));
  put('award', notice('award', '2023-06-12', [lot(486_000)]));
  put('award-fix', notice('correction', '2023-06-20', []));
  // two lots of the same amount, and an item naming neither by label nor by a distinct amount
  put('two', notice('award', '2023-07-01', [{ ...lot(200_000), lot: '包1' }, { ...lot(200_000), lot: '包2', vendor: '岳阳某某影视有限公司', vendors: ['岳阳某某影视有限公司'] }], 'PJ-2'));
  put('two-fix', notice('correction', '2023-07-10', [], 'PJ-2', [{ lot: null, vendorBefore: '岳阳某某文化传媒有限公司', vendorAfter: '岳阳另一传媒有限公司', amountBefore: 200_000, amountAfter: null, amountText: null }]));
});
afterAll(() => t.cleanup());

describe('a correction after the counted result with no amount read', () => {
  it('is flagged on the contract pages of the project, over real HTTP', async () => {
    const server = await startServer({ dbPath: t.path, port: 0 });
    try {
      for (const page of ['award', 'award-fix']) {
        const res = await fetch(`${server.url}/contracts/${ids[page]}`);
        expect(res.status).toBe(200);
        const $ = cheerio.load(await res.text());
        const fix = $(`#project li[data-id="${ids['award-fix']}"]`);
        expect(fix.find('.unread-correction').text()).toContain('the counted amount did not change with it');
        expect(fix.text()).not.toContain('no outcome');
        // The correction of the tender, before any result, keeps the plain label.
        const early = $(`#project li[data-id="${ids['tender-fix']}"]`);
        expect(early.text()).toContain('无结果金额 no outcome');
        expect(early.find('.unread-correction').length).toBe(0);
        expect($(`#project li[data-id="${ids['award']}"]`).text()).toContain('计入 counted');
      }
    } finally {
      await server.close();
    }
  });

  it('a correction naming another winner that matches no lot uniquely moves nothing and is flagged', async () => {
    const c = db.$client;
    expect(c.prepare('SELECT vendor_party_id AS v, vendor_corrected_by AS by FROM spend_facts WHERE notice_id = ? ORDER BY lot_id').all(ids.two)).toEqual(
      (c.prepare('SELECT (SELECT party_id FROM lot_vendors v WHERE v.lot_id = l.id) AS v FROM lots l WHERE notice_id = ? ORDER BY id').all(ids.two) as { v: number }[]).map((r) => ({ ...r, by: null })),
    );
    const other = c.prepare(`SELECT party_id FROM party_names WHERE name = '岳阳另一传媒有限公司'`).pluck().get() as number;
    expect(c.prepare('SELECT count(*) FROM spend_facts WHERE vendor_party_id = ?').pluck().get(other)).toBe(0);
    const $ = cheerio.load(await (await createApp(db).request(`/contracts/${ids['two-fix']}`)).text());
    expect($('#corrected-award li').attr('data-outcome')).toBe('ambiguous');
    expect($(`#project li[data-id="${ids['two-fix']}"] .unread-correction`).text()).toContain('no corrected amount matched a counted lot');
  });

  it('is the same in the app without a socket', async () => {
    const $ = cheerio.load(await (await createApp(db).request(`/contracts/${ids['tender']}`)).text());
    expect($('#project .unread-correction').length).toBe(1);
  });
});
