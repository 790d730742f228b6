/**
 * Fifty-fourth held-out batch (tests/fixtures/extract/heldout54, 24 notices, a fresh measure in the
 * shared corpus's proportions by a new author, weighted to the north-east, north-west and
 * south-west: 5 video operations, 12 ordinary purchases that say 视频 or 直播 (surveillance,
 * video conferencing, a recording classroom, live-selling training, an LED screen, body cameras, a
 * 融媒体 studio's kit); 10 calls, 9 awards, a contract, a failure, an intention, a correction, a
 * single-source notice; 16 provinces, one county each, 2014–2026; portal pages, aggregator copies,
 * ccgp summary pages, two saved HTML pages, a crawler's text, parser test data, a scraper CSV row,
 * a contract PDF's text, a WeChat repost; two GBK; five cut). Labelled by hand and committed
 * (f54e58a) BEFORE the extractor first ran on them, by an author who read no extractor code and
 * no other batch's notices.
 *
 * First score, blind (the lead, parser 1.50.0 at f54e58a): date 0.958 (o24, a scraper CSV row:
 * no date, the quoted title cell kept with its quotes), every other scored field 1.000;
 * unscored: kind, service type, agency and division code 24/24, title 21/24 (a portal's name and
 * an aggregator's name taken as the title, o24's quotes). The gates hold that score.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BATCH_EXTRA_GATES, BATCH_GATES, expectBatchGates } from './extra-scores.js';

const dir = join(import.meta.dirname, '..', 'fixtures', 'extract', 'heldout54');

// at the first, blind score (see the header)
const GATES = { ...BATCH_GATES, date: 0.95 };
const EXTRA_GATES = { ...BATCH_EXTRA_GATES, kind: 1, serviceType: 1, agency: 1, divisionCode: 1, title: 0.87 };

describe('fifty-fourth held-out batch', () => {
  it('procwatch extract --json meets the heldout54 gates, kind, serviceType, agency, divisionCode and title included', async () => {
    const out = await expectBatchGates(dir, 24, GATES, EXTRA_GATES);
    expect(out.trim().split('\n')).toHaveLength(24);
  });
});
