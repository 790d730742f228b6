/**
 * Thirty-sixth held-out batch (tests/fixtures/extract/heldout36, 24 notices in the shared corpus's
 * own proportions, a fresh measure aimed at nothing: 4 video, 20 ordinary; 11 awards, 8 tenders, a
 * single-source notice, an intention, a contract, a failure, a correction; 13 provinces in the south
 * and east, county buyers, 2016–2026; aggregator and portal page text, a ccgp 公告概要 page,
 * repository texts (a header row over one record, full-width digits); seven cut; three GBK).
 * Labelled by hand and committed (991870c) BEFORE the extractor first ran on them, by an author who
 * read no extractor code and no other batch's notices.
 *
 * First score, blind (the lead, parser 1.38.0 at 991870c): every scored field 1.000, kind, service
 * type, agency, division code and title 24/24. The gates hold it.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BATCH_EXTRA_GATES, BATCH_GATES, expectBatchGates } from './extra-scores.js';

const dir = join(import.meta.dirname, '..', 'fixtures', 'extract', 'heldout36');

// at the first, blind score (see the header): every field
const GATES = Object.fromEntries(Object.keys(BATCH_GATES).map((k) => [k, 1])) as typeof BATCH_GATES;
const EXTRA_GATES = Object.fromEntries(Object.keys(BATCH_EXTRA_GATES).map((k) => [k, 1])) as typeof BATCH_EXTRA_GATES;

describe('thirty-sixth held-out batch', () => {
  it('procwatch extract --json meets the heldout36 gates, kind, serviceType, agency, divisionCode and title included', async () => {
    const out = await expectBatchGates(dir, 24, GATES, EXTRA_GATES);
    expect(out.trim().split('\n')).toHaveLength(24);
  });
});
