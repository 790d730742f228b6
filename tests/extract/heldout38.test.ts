/**
 * Thirty-eighth held-out batch (tests/fixtures/extract/heldout38, 24 whole HTML pages as a scraper
 * saves them: ccgp.gov.cn in both layouts, 政采云 and other provincial portals, city 公共资源交易中心
 * sites, old GBK city sites, a county 融媒体中心 and a hospital's own site; 8 video, 16 ordinary of
 * which 13 say 视频 or 直播; 12 results, six with several lots; 24 provinces, 2016–2026; four GBK
 * with gbk/gb2312 meta, one saved in part). Labelled by hand and committed (see git log) BEFORE the
 * extractor first ran on them, by an author who read no extractor code and no other batch's notices.
 *
 * First score, blind (the lead, parser 1.39.0): budget 0.905 (u03 and u24, two-lot awards whose
 * budget is the sum of their lots' budgets: one lot's read, and none), every
 * other scored field 1.000; unscored: kind, agency and division code 24/24, service type 23/24
 * (u05, an intention to organise a short-video contest read as video production), title 23/24
 * (u07, a GBK page's section heading). The gates hold that first score.
 *
 * After the fixes (parser 1.44.0): every scored field
 * 1.000, and kind, service type, agency, division code and title 24/24. A budget listed per lot in
 * one value reads bare-numeral 一标段 and 政采云 标项N labels (u03, u24); a one-row intention list is
 * typed by its row's project name, and a contest's own 创作 makes no video production (u05); a side
 * menu's heading that the breadcrumb names as a step is no title (u07).
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BATCH_EXTRA_GATES, BATCH_GATES, expectBatchGates } from './extra-scores.js';

const dir = join(import.meta.dirname, '..', 'fixtures', 'extract', 'heldout38');

// after the fixes (see the header)
const GATES = Object.fromEntries(Object.keys(BATCH_GATES).map((k) => [k, 1])) as typeof BATCH_GATES;
const EXTRA_GATES = Object.fromEntries(Object.keys(BATCH_EXTRA_GATES).map((k) => [k, 1])) as typeof BATCH_EXTRA_GATES;

describe('thirty-eighth held-out batch', () => {
  it('procwatch extract --json meets the heldout38 gates, kind, serviceType, agency, divisionCode and title included', async () => {
    const out = await expectBatchGates(dir, 24, GATES, EXTRA_GATES);
    expect(out.trim().split('\n')).toHaveLength(24);
  });
});
