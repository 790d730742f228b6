/**
 * Seventy-eighth held-out batch (tests/fixtures/extract/heldout78, 24 purchases from outside the big portals by a
 * ninth author: 8 video operations and 16 ordinary purchases (six saying 视频/直播/新媒体); 13 awards,
 * a contract, a single-source notice, an acceptance, a payment notice, 5 calls, a failure, a
 * correction; town, street-office and village pages, a 股份经济合作社's 三资公开, a CDC, a kindergarten,
 * schools, a health centre, a library, media centres, a water company, a 城投, a 电子卖场 网上竞价; 24
 * provinces, county level and below, 2016–2026; two GBK; four cut). Labelled by hand and committed
 * (40000f3, on a branch kept off main until the decision-sentence, purchase-table and site-county
 * readers were merged) BEFORE the extractor first ran on them, by an author who read no extractor code
 * and no other batch's notices.
 *
 * First score, blind (the lead, parser 1.62.0 at 40000f3): buyer 0.88, vendor 0.55, amount 0.53
 * (a village's full-width-barred table of purchases, a cooperative's 网上竞价 result read as a call, a
 * framework's three holders, winners' amounts), lotPrecision 0.92, county 0.79 (townships placed only by
 * the site's own name, each site writing it differently), kind and date 0.92, city 0.96; unscored:
 * division code 19/24, titles 22/24 (site chrome), service type and agency 24/24.
 * The same score at parser 1.63.0, after those readers (written for the seventh and eighth authors'
 * notices) were merged. The gates hold that score.
 *
 * After the fixes (parser 1.64.0): buyer 1.00, vendor 0.85, amount 0.94, lotPrecision 0.94, city,
 * county and kind 1.00, date 0.92; division code and titles 24/24 (the site's own name in the page's
 * head places a township's notice, in one rule; a site's name run into its menu is chrome; a
 * township's byline and a company's masthead name the buyer, a title's short form the text
 * defines as an alias is the full name; a 工程造价 prices a works winner; a disclosure's 事项/经办人 columns head
 * a table). Still missed: q07's three framework holders, q04's and q16's dates, q12 (拟选定: no award yet, by the 拟 convention).
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BATCH_EXTRA_GATES, BATCH_GATES, expectBatchGates } from './extra-scores.js';

const dir = join(import.meta.dirname, '..', 'fixtures', 'extract', 'heldout78');

// the score after the fixes (parser 1.64.0; see the header)
const GATES = { ...BATCH_GATES, buyer: 1, vendor: 0.84, amount: 0.93, lotPrecision: 0.93, budget: 1, city: 1, county: 1, kind: 1, date: 0.91 };
const EXTRA_GATES = { ...BATCH_EXTRA_GATES, kind: 1, serviceType: 1, agency: 1, divisionCode: 1, title: 1 };

describe('seventy-eighth held-out batch', () => {
  it('procwatch extract --json meets the heldout78 gates, kind, serviceType, agency, divisionCode and title included', async () => {
    const out = await expectBatchGates(dir, 24, GATES, EXTRA_GATES);
    expect(out.trim().split('\n')).toHaveLength(24);
  });
});
