/**
 * A correction published after a project's counted result, from which no amount was read (the
 * extractor missed its 更正前/更正后 table, say), is not "no outcome" on the contract page: it
 * may have changed the award, so the page says the counted amount did not follow it and asks
 * for the text to be checked. A correction before any result keeps the plain label.
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

function notice(kind: NoticeInput['kind'], publishedAt: string, lots: Lot[]): NoticeInput {
  return {
    parserVersion: 't', kind, title: `PJ-1 ${kind} ${publishedAt}`, projectCode: 'PJ-1', projectName: null, procurementMethod: '公开招标',
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

  it('is the same in the app without a socket', async () => {
    const $ = cheerio.load(await (await createApp(db).request(`/contracts/${ids['tender']}`)).text());
    expect($('#project .unread-correction').length).toBe(1);
  });
});
