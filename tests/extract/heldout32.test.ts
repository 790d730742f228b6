/**
 * Thirty-second held-out batch (tests/fixtures/extract/heldout32, 24 results with hard lots and
 * prices in the shapes the shared corpus has them: several 包 with a failed one and one winner
 * taking two, a results table run onto one line, ranked candidates, 单价/总价 columns, quantity ×
 * unit price with a 合计, a first-year fee beside a three-year total, a summary box 50 yuan off the
 * body, consortia, 个体工商户 and a natural person, 折扣率 and 费率 lots, framework holders, an
 * award correction; 8 video, 16 ordinary; 2017–2026, 19 provinces; eight cut; three GBK, one
 * HTML). Labelled by hand and committed (be85fd6) BEFORE the extractor first ran on them, by an
 * author who read no extractor code and no other batch's notices.
 *
 * First score, blind (the lead, parser 1.36.0 at be85fd6): vendor 0.857, amount 0.821 and
 * lotPrecision 0.968 (w09: a three-标段 table run onto one line read as one lot whose vendor is the
 * header; w14: a quantity × unit-price table's 合计 missed; w15: the first-year fee taken for the
 * three-year total; w24: framework holders priced by 折扣率 not read), every other scored field
 * 1.000, kind, service type, agency, division code and title included. The gates hold that first score.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BATCH_EXTRA_GATES, BATCH_GATES, expectBatchGates } from './extra-scores.js';

const dir = join(import.meta.dirname, '..', 'fixtures', 'extract', 'heldout32');

// at the first, blind score (see the header)
const GATES = { ...BATCH_GATES, vendor: 0.85, amount: 0.82, lotPrecision: 0.96 };
const EXTRA_GATES = BATCH_EXTRA_GATES;

describe('thirty-second held-out batch', () => {
  it('procwatch extract --json meets the heldout32 gates, kind, serviceType, agency, divisionCode and title included', async () => {
    const out = await expectBatchGates(dir, 24, GATES, EXTRA_GATES);
    expect(out.trim().split('\n')).toHaveLength(24);
  });
});
