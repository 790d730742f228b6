/**
 * The 出处 ¶ links of a contract page carry the confidence the extractor gave each span: a lot's
 * vendor and amount too (they said "confidence —" though the span had one), and a span without
 * one says nothing about confidence.
 */
import * as cheerio from 'cheerio';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureSource, saveNotice, saveRawPage, type NoticeInput } from '../../db/store.js';
import { startServer } from '../../server/index.js';
import { tempDb, type TempDb } from '../helpers/temp-db.js';

const TEXT = '采购人：杭州市西湖区融媒体中心\n中标供应商：杭州某某文化传媒有限公司 中标金额：100000.00元\n';
const span = (text: string, confidence?: number) => {
  const start = TEXT.indexOf(text);
  return { text, start, end: start + text.length, ...(confidence === undefined ? {} : { confidence }) };
};

let t: TempDb;
let id: number;
beforeAll(() => {
  t = tempDb('pw-evidence-');
  ensureSource(t.db, { id: 'ccgp', name: 'ccgp', baseUrl: 'http://www.ccgp.gov.cn' });
  const url = 'http://www.ccgp.gov.cn/ev.htm';
  const page = saveRawPage(t.db, { sourceId: 'ccgp', url, pageKind: 'detail', httpStatus: 200, body: Buffer.from(TEXT) });
  const n: NoticeInput = {
    parserVersion: 't', kind: 'award', title: '西湖区短视频运营服务中标公告', projectCode: 'EV-1', projectName: null, procurementMethod: null,
    buyer: '杭州市西湖区融媒体中心', buyerAddress: null, agency: null, publishedAt: '2024-03-01',
    tenderDeadline: null, awardDate: null, contractDate: null, servicePeriodText: null, serviceMonths: null, budgetYuan: null, ceilingYuan: null,
    lots: [{ lot: null, vendor: '杭州某某文化传媒有限公司', vendors: ['杭州某某文化传媒有限公司'], amountYuan: 100000, amountForm: 'total', amountText: null, amountStart: null, amountEnd: null, rateValue: null, budgetYuan: null, ceilingYuan: null, status: 'awarded', confidence: 0.85 }],
    accounts: null, platforms: [], videosPerMonth: null, videoCount: null, yuanPerAccountYear: null, yuanPerVideo: null,
    province: '浙江省', city: '杭州市', county: '西湖区', divisionCode: '330106', localitySource: 'buyer_name', isVideoOps: true, serviceType: 'account_operation',
    videoScore: 0.9, videoMatched: { for: [], against: [] }, warnings: [], text: TEXT, isSample: false,
    evidence: { buyer: span('杭州市西湖区融媒体中心'), 'lots.0.vendor': span('杭州某某文化传媒有限公司', 0.85), 'lots.0.amount': span('100000.00', 0.8) } as NoticeInput['evidence'],
  };
  id = saveNotice(t.db, { sourceId: 'ccgp', sourceUrl: url, rawPageId: page.id }, n);
});
afterAll(() => t.cleanup());

describe('出处 links', () => {
  it("give a lot's span its confidence, and none where none was recorded, over real HTTP", async () => {
    const server = await startServer({ dbPath: t.path, port: 0 });
    try {
      const $ = cheerio.load(await (await fetch(`${server.url}/contracts/${id}`)).text());
      expect($('#lots a.ev-link[href="#ev-lots.0.vendor"]').attr('title')).toBe('原文中的出处 where it was read (置信度 confidence 0.85)');
      expect($('#lots a.ev-link[href="#ev-lots.0.amount"]').attr('title')).toBe('原文中的出处 where it was read (置信度 confidence 0.8)');
      expect($('#fields a.ev-link[href="#ev-buyer"]').attr('title')).toBe('原文中的出处 where it was read');
      expect($('body').html()).not.toContain('confidence —');
    } finally {
      await server.close();
    }
  });
});
