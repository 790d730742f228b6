/**
 * Sixty-sixth held-out batch (tests/fixtures/extract/heldout66, 24 purchases from outside the big portals by a fourth
 * author: towns', 街道s', villages' (a 村务公开 table of what was spent), schools', clinics', 融媒体中心s'
 * and county firms' own sites, a 供销社, 公众号 posts; 8 video operations, 16 ordinary purchases (8 of
 * them full of video words); 17 results (入围 lists at unit prices, direct purchases, contracts,
 * acceptances, a single-source proposal) and 7 calls; 16 provinces, the ones earlier authors used
 * least; county level and below, 2016–2026; two GBK; four cut). Labelled by hand and
 * committed (fba52be) BEFORE the extractor first ran on them, by an author who read no extractor
 * code and no other batch's notices.
 *
 * First score, blind (the lead, parser 1.58.0 at fba52be): vendor 0.364, amount 0.471, lotPrecision 0.800, county 0.833, buyer 0.875, kind 0.917,
 * budget 0.929, videoOps F1 0.941 (precision 0.889), date, province and city 1.000; unscored: agency
 * 24/24, service type 23/24, kind 22/24, title 21/24, division code 20/24.
 *
 * After the fixes (parser 1.59.0): buyer, amount, lotPrecision, budget, county, kind, date and videoOps
 * 1.000, vendor 1.000 (c06 and c18, 入围 lists: a box-drawn table headed by prices per minute, holders
 * ranked one a line under "二、入围单位及入围报价"; c10's 村务公开 table of purchases made, one lot a row; c14 "X综合得分第一，确定为
 * 本项目服务单位，服务费用…"; c15 "确定报价最低的X为…"; c23 two 包 awarded a prose sentence each; c05 and
 * c21 bought by their 遴选单位 and 发包人 lines; c02 by the hospital, not its 总务科 落款; c10 placed
 * under 喀左县, c16 by its county 卫健委's letterhead; c13's 导播台 goods; c20 titled by its own heading,
 * not a side list's entry); unscored: service type, agency, kind and division code 24/24, title 23/24.
 * Still lost: c18's 【入围结果】 title tag (left to heldout67's fixes, which decide that convention). The
 * gates hold that score.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BATCH_EXTRA_GATES, BATCH_GATES, expectBatchGates } from './extra-scores.js';

const dir = join(import.meta.dirname, '..', 'fixtures', 'extract', 'heldout66');

// at the score after the fixes (see the header)
const GATES = { ...BATCH_GATES, buyer: 1, vendor: 1, amount: 1, lotPrecision: 1, budget: 1, county: 1, kind: 1, date: 1, videoF1: 1 };
const EXTRA_GATES = { ...BATCH_EXTRA_GATES, kind: 1, serviceType: 1, agency: 1, divisionCode: 1, title: 0.95 };

describe('sixty-sixth held-out batch', () => {
  it('procwatch extract --json meets the heldout66 gates, kind, serviceType, agency, divisionCode and title included', async () => {
    const out = await expectBatchGates(dir, 24, GATES, EXTRA_GATES);
    expect(out.trim().split('\n')).toHaveLength(24);
  });
});
