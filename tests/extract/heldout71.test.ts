/**
 * Seventy-first held-out batch (tests/fixtures/extract/heldout71, 24 purchases from outside the big
 * portals by a sixth author: towns, 街道s, 社区s, villages (村级小额采购 tables, a 财政资金使用公示),
 * schools, 卫生院s, a 融媒体中心, a 供销社, a 交易中心's 限额以下 section, county firms and 景区
 * companies, a 公众号 post; 8 video operations, 16 ordinary purchases; 17 awards, a contract, an
 * acceptance, a single-source notice, 3 calls, a failure; 20 provinces, county level and below,
 * 2017–2026; two GBK; four cut). Labelled by hand and committed (351e130) BEFORE the extractor first
 * ran on them, by an author who read no extractor code and no other batch's notices.
 *
 * First score, blind (the lead, parser 1.60.0 at 351e130, with the rules of five earlier authors of
 * such notices): amount 0.458, vendor 0.536 (two villages' tables of purchases made, a 直接采购
 * 公示, a winner beside its price, a 采购结果 lost), kind 0.875, county 0.917, lotPrecision 0.938,
 * every other scored field 1.000; unscored: service type and agency 24/24, title 23/24, division
 * code 22/24. The gates hold that score.
 *
 * After the fixes (parser 1.61.0): vendor 0.607, amount 0.542, kind 0.917, county 1.000,
 * lotPrecision 1.000, division code 24/24 (a county portal's letterhead leading a breadcrumb or a
 * sub-site's name; a prose winner named before what its offer met, a 家具城, a 采购金额; a town's
 * 采购资金使用情况公示 an award). Still lost: the two villages' and the town's rows of purchases
 * (h05, h17), h05's title and kind, and h18 (kind and winner; its label is at odds with heldout72
 * i03 on a 直接采购的公示). The gates hold the new score.
 *
 * After the fixes (parser 1.62.0): vendor 0.964, amount 0.958, kind 0.958, title 24/24 (a saved
 * page's "本文链接：http…" line is never its title; a village's "…采购及工程项目公开表" is a table of
 * purchases made, an award, its "项目名称" rows numbering no lot; a numbered list of purchases made,
 * "N. X：供货单位 A，金额 N元；", a lot a line, purchase-lines.ts). Still lost: h18 alone (kind and
 * winner; its label is at odds with heldout72 i03, kept by the lead). The gates hold the new score.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BATCH_EXTRA_GATES, BATCH_GATES, expectBatchGates } from './extra-scores.js';

const dir = join(import.meta.dirname, '..', 'fixtures', 'extract', 'heldout71');

// at the score after the fixes of parser 1.62.0 (see the header)
const GATES = { ...BATCH_GATES, vendor: 0.96, amount: 0.95, lotPrecision: 0.99, county: 0.99, kind: 0.95 };
const EXTRA_GATES = { ...BATCH_EXTRA_GATES, kind: 0.95, serviceType: 1, agency: 1, divisionCode: 0.99, title: 0.99 };

describe('seventy-first held-out batch', () => {
  it('procwatch extract --json meets the heldout71 gates, kind, serviceType, agency, divisionCode and title included', async () => {
    const out = await expectBatchGates(dir, 24, GATES, EXTRA_GATES);
    expect(out.trim().split('\n')).toHaveLength(24);
  });
});
