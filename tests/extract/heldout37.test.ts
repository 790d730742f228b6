/**
 * Thirty-seventh held-out batch (tests/fixtures/extract/heldout37, 24 notices in the shared corpus's
 * own proportions, a fresh measure aimed at nothing, from the north, centre and west: 5 video, 19
 * ordinary; 9 awards, 9 tenders, intentions, a contract, a correction, a failure, a single-source
 * notice; 13 provinces, county buyers, 2015–2026; aggregator and portal page text and texts as code
 * repositories hold them (crawl records, YAML front matter, a JSON record, `head` output); seven cut;
 * three GBK). Labelled by hand and committed (fa83ada) BEFORE the extractor first ran on them, by an
 * author who read no extractor code and no other batch's notices.
 *
 * First score, blind (the lead, parser 1.39.0 at a8f806d): date 0.792 (five repository texts whose
 * date stands only in their wrapper's fields: [publish], publish_date, issueTime, a `head` header
 * over a crawl record, an aggregator's "| 2018-07-20" line; one dated by its call's date), vendor
 * 0.917, amount 0.900 and lotPrecision 0.917 (t11, a consortium's award read as a losing bidder's),
 * budget 0.955 (t21, a correction's new budget), every other scored field 1.000; unscored: kind,
 * service type, agency and division code 24/24, title 20/24 (wrapper lines read as titles).
 * After the fixes (parser 1.40.0): every scored field 1.000 (a crawler's header over the notice
 * read as its labelled fields, a JSON record under a comment line, an aggregator's "| date" cell
 * line, a losing bidder no winner, a correction's 更正后 budget); title 24/24.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BATCH_EXTRA_GATES, BATCH_GATES, expectBatchGates } from './extra-scores.js';

const dir = join(import.meta.dirname, '..', 'fixtures', 'extract', 'heldout37');

// after the fixes (see the header)
const GATES = Object.fromEntries(Object.keys(BATCH_GATES).map((k) => [k, 1])) as typeof BATCH_GATES;
const EXTRA_GATES = Object.fromEntries(Object.keys(BATCH_EXTRA_GATES).map((k) => [k, 1])) as typeof BATCH_EXTRA_GATES;

describe('thirty-seventh held-out batch', () => {
  it('procwatch extract --json meets the heldout37 gates, kind, serviceType, agency, divisionCode and title included', async () => {
    const out = await expectBatchGates(dir, 24, GATES, EXTRA_GATES);
    expect(out.trim().split('\n')).toHaveLength(24);
  });
});
