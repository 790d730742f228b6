/**
 * The 出处 ¶ links of a contract page carry the confidence the extractor gave each span: a lot's
 * vendor and amount too (they said "confidence —" though the span had one), and a span without
 * one says nothing about confidence.
 */
import * as cheerio from 'cheerio';
import { describe, expect, it } from 'vitest';
import { awardedLot, ensureCcgp, noticeInput, storeNotice, type NoticeInput } from '../helpers/notice.js';
import { withServer } from '../helpers/served.js';
import { sharedTempDb } from '../helpers/temp-db.js';

const TEXT = '采购人：杭州市西湖区融媒体中心\n中标供应商：杭州某某文化传媒有限公司 中标金额：100000.00元\n';
const span = (text: string, confidence?: number) => {
  const start = TEXT.indexOf(text);
  return { text, start, end: start + text.length, ...(confidence === undefined ? {} : { confidence }) };
};

let id: number;
const t = sharedTempDb('pw-evidence-', (db) => {
  ensureCcgp(db);
  const n = noticeInput({
    title: '西湖区短视频运营服务中标公告', projectCode: 'EV-1', procurementMethod: null, publishedAt: '2024-03-01',
    lots: [awardedLot(100000, { confidence: 0.85 })], text: TEXT,
    evidence: { buyer: span('杭州市西湖区融媒体中心'), 'lots.0.vendor': span('杭州某某文化传媒有限公司', 0.85), 'lots.0.amount': span('100000.00', 0.8) } as NoticeInput['evidence'],
  });
  id = storeNotice(db, 'http://www.ccgp.gov.cn/ev.htm', n, TEXT);
});

describe('出处 links', () => {
  it("give a lot's span its confidence, and none where none was recorded, over real HTTP", async () => {
    await withServer(t.path, async (server) => {
      const $ = cheerio.load(await (await fetch(`${server.url}/contracts/${id}`)).text());
      expect($('#lots a.ev-link[href="#ev-lots.0.vendor"]').attr('title')).toBe('原文中的出处 where it was read (置信度 confidence 0.85)');
      expect($('#lots a.ev-link[href="#ev-lots.0.amount"]').attr('title')).toBe('原文中的出处 where it was read (置信度 confidence 0.8)');
      expect($('#fields a.ev-link[href="#ev-buyer"]').attr('title')).toBe('原文中的出处 where it was read');
      expect($('body').html()).not.toContain('confidence —');
    });
  });
});
