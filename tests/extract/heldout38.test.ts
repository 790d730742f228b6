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
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BATCH_EXTRA_GATES, BATCH_GATES, expectBatchGates } from './extra-scores.js';

const dir = join(import.meta.dirname, '..', 'fixtures', 'extract', 'heldout38');

// at the first, blind score (see the header)
const GATES = { ...BATCH_GATES, budget: 0.9 };
const EXTRA_GATES = { ...BATCH_EXTRA_GATES, serviceType: 0.95, title: 0.95 };

describe('thirty-eighth held-out batch', () => {
  it('procwatch extract --json meets the heldout38 gates, kind, serviceType, agency, divisionCode and title included', async () => {
    const out = await expectBatchGates(dir, 24, GATES, EXTRA_GATES);
    expect(out.trim().split('\n')).toHaveLength(24);
  });
});
