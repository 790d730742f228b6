/**
 * Sixty-ninth held-out batch (tests/fixtures/extract/heldout69, 24 purchases from outside the big portals by a fifth
 * author: township, 街道, village and 嘎查 pages, a residents' committee's and a school's 公众号 posts,
 * a 融媒体中心, a 供销社, county firms' purchasing pages, schools, a hospital, a 卫生院, a 兽医站 and a
 * prefecture 交易平台's 限额以下 section; 8 video operations, 16 ordinary purchases; 16 results (an
 * 入围 list, a village's spending table, a contract, a direct-award proposal, an acceptance) and 8
 * calls; 22 provinces, county level and below, 2016–2026; two GBK; four cut). Labelled by hand and
 * committed (ecd851f) BEFORE the extractor first ran on them, by an author who read no extractor
 * code and no other batch's notices; kept off main while other batches' fixes were written, so
 * that no fixer saw them.
 *
 * First score, blind (the lead, parser 1.58.0 at ecd851f, with heldout63's first leftover fixes and none of heldout66's): vendor 0.421, amount 0.471, lotPrecision 0.800 (winners lost beside their prices in
 * f09 and f18; f05's 入围 list, f06's .html result, f14 and f22's village spending table lost
 * whole), buyer 0.958 (f24), kind 0.958 (f22 read as a call), date 0.957 (f03), every other scored
 * field 1.000; unscored: service type, agency and division code 24/24, kind 23/24, title 22/24 (two
 * titles without their leading [比选结果]/【入围公示】 tag).
 *
 * After the fixes (parser 1.60.0): every scored field 1.000 (vendor 0.421 -> 1.000, amount 0.471 ->
 * 1.000, lotPrecision 0.800 -> 1.000, buyer and kind 1.000), date still 0.957 (f03: its label takes the
 * 发布日期 over the 成文日期 with no dated 落款, where heldout12's trap rows take the 成文日期; the two
 * conventions conflict, left to the lead); unscored kind 24/24, title still 22/24
 * (the two tags, f05 and f18, left: a tag is stripped from aggregator copies by the older labels'
 * convention). The gates hold that score. The rules widened each earlier one to its family: 选定 beside
 * 确定 and 施工单位 beside 服务单位 (f09), a candidate confirmed as winner in one sentence (f18), a monthly
 * rate's stated sum (f14), a bare township the actor in prose (f24), "采购及支出公开" and a table typed
 * with full-width bars (f22), a rejected row said so in any cell (f05), a 结果 column saying "确定为服务单位"
 * (f06).
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BATCH_EXTRA_GATES, BATCH_GATES, expectBatchGates } from './extra-scores.js';

const dir = join(import.meta.dirname, '..', 'fixtures', 'extract', 'heldout69');

// after the fixes (see the header)
const GATES = { ...BATCH_GATES, buyer: 1, vendor: 1, amount: 1, lotPrecision: 1, kind: 1, date: 0.95 };
const EXTRA_GATES = { ...BATCH_EXTRA_GATES, kind: 1, serviceType: 1, agency: 1, divisionCode: 1, title: 0.91 };

describe('sixty-ninth held-out batch', () => {
  it('procwatch extract --json meets the heldout69 gates, kind, serviceType, agency, divisionCode and title included', async () => {
    const out = await expectBatchGates(dir, 24, GATES, EXTRA_GATES);
    expect(out.trim().split('\n')).toHaveLength(24);
  });
});
