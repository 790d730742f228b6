/**
 * Notices built in code and stored as a scrape stores them: a full NoticeInput (what the
 * extractor hands to saveNotice) from the few fields a test cares about, an awarded lot, and
 * the archive-then-save step every test that writes a notice repeats.
 * @module
 */
import type { Db } from '../../db/index.js';
import { ensureSource, saveNotice, saveRawPage, type NoticeInput, type RawPageInput } from '../../db/store.js';

export type { NoticeInput } from '../../db/store.js';
export type Lot = NoticeInput['lots'][number];

/** The source most tests store under; register it once per database before storing notices. */
export const CCGP = { id: 'ccgp', name: 'ccgp', baseUrl: 'http://www.ccgp.gov.cn' } as const;

/** Register the ccgp source, as a scrape does before its first page. */
export function ensureCcgp(db: Db): void {
  ensureSource(db, CCGP);
}

/**
 * An awarded lot with a total price (the common case), won by one vendor; `over` changes any
 * field (a rate, a failed lot, a consortium's vendors). Offsets and texts stay null: no evidence.
 */
export function awardedLot(amountYuan: number | null, over: Partial<Lot> = {}): Lot {
  const vendor = over.vendor ?? '杭州某某文化传媒有限公司';
  return {
    lot: null, vendor, vendors: [vendor], amountYuan, amountForm: 'total', amountText: null, amountStart: null, amountEnd: null,
    rateValue: null, budgetYuan: null, ceilingYuan: null, status: 'awarded', confidence: 0.9, ...over,
  };
}

/**
 * A video-ops award of 杭州市西湖区融媒体中心 (330106) with no lots, no budget and no evidence:
 * every field a NoticeInput must have, so a test names only the fields it is about in `over`.
 */
export function noticeInput(over: Partial<NoticeInput> = {}): NoticeInput {
  return {
    parserVersion: 't', kind: 'award', title: '视频运营', projectCode: null, projectName: null, procurementMethod: '公开招标',
    buyer: '杭州市西湖区融媒体中心', buyerAddress: null, agency: null, publishedAt: null,
    tenderDeadline: null, awardDate: null, contractDate: null, servicePeriodText: null, serviceMonths: null, budgetYuan: null, ceilingYuan: null, lots: [],
    accounts: null, platforms: [], videosPerMonth: null, videoCount: null, yuanPerAccountYear: null, yuanPerVideo: null,
    province: '浙江省', city: '杭州市', county: '西湖区', divisionCode: '330106', localitySource: 'buyer_name', isVideoOps: true, serviceType: 'account_operation',
    videoScore: 0.9, videoMatched: { for: [], against: [] }, evidence: {}, warnings: [], text: '短视频运营', isSample: false,
    ...over,
  };
}

/**
 * Archive `body` as the detail page fetched from `url`, then save `input` as the notice read from
 * it, the two steps a scrape takes. Returns the notice id. `page` adds to the raw page (its
 * source, content type, run, sample flag); the source must be registered (ensureCcgp).
 */
export function storeNotice(db: Db, url: string, input: NoticeInput, body: string | Buffer, page: Partial<RawPageInput> = {}): number {
  const raw = { sourceId: CCGP.id, url, pageKind: 'detail', httpStatus: 200, body: Buffer.isBuffer(body) ? body : Buffer.from(body), ...page };
  const { id } = saveRawPage(db, raw);
  return saveNotice(db, { sourceId: raw.sourceId, sourceUrl: url, rawPageId: id }, input);
}
