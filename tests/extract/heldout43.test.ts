/**
 * Forty-third held-out batch (tests/fixtures/extract/heldout43, 24 notices of a researcher's folder
 * in the shared corpus's proportions, a fresh measure aimed at nothing, by another author: 5 video,
 * 19 ordinary of which 12 say 视频 or 直播; 10 awards, 9 tenders, a single-source notice, an
 * intention, a contract, a correction, a failure; 24 provinces, one county each, 2013–2026;
 * aggregator copies in four site styles, portal page text, three saved HTML pages, repository texts
 * (a crawler dump, a scraper record, a test-data file, a CSV row), two PDF extracts, two WeChat
 * reposts; six cut; two GBK). Labelled by hand and committed (39225c4) BEFORE the extractor first
 * ran on them, by an author who read no extractor code and no other batch's notices.
 *
 * First score, blind (the lead, parser 1.42.0 at 39225c4): vendor 0.750, amount 0.833 and
 * lotPrecision 0.923 (a09, a PDF extract's two-lot result table; a14, two winners of rate-priced
 * lots), date 0.917 (a07, a09), budget 0.950 (a24), kind 0.958 (a23, a 询价 call read as an award),
 * every other scored field 1.000; unscored: service type, agency and division code 24/24, kind
 * 23/24, title 20/24.
 * After the fixes (parser 1.43.0): every scored field
 * 1.000, and kind, service type, agency, division code and title 24/24 (letter-labelled 包 written
 * inline at a rate, a layout table's wrapped cells put under their columns, a result's 招标公告日期
 * no date of its own, a scraper's dict header, per-包 budgets glued to Chinese numerals, 估算投资
 * and "不设预算" no budgets, a 定点 call no award, letterheads, running headers, column bars and
 * code-suffixed header titles no titles).
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BATCH_EXTRA_GATES, BATCH_GATES, expectBatchGates } from './extra-scores.js';

const dir = join(import.meta.dirname, '..', 'fixtures', 'extract', 'heldout43');

// after the fixes (see the header)
const GATES = Object.fromEntries(Object.keys(BATCH_GATES).map((k) => [k, 1])) as typeof BATCH_GATES;
const EXTRA_GATES = Object.fromEntries(Object.keys(BATCH_EXTRA_GATES).map((k) => [k, 1])) as typeof BATCH_EXTRA_GATES;

describe('forty-third held-out batch', () => {
  it('procwatch extract --json meets the heldout43 gates, kind, serviceType, agency, divisionCode and title included', async () => {
    const out = await expectBatchGates(dir, 24, GATES, EXTRA_GATES);
    expect(out.trim().split('\n')).toHaveLength(24);
  });
});
