/**
 * Twenty-eighth held-out batch (tests/fixtures/extract/heldout28, 24 notices in the shapes of the
 * shared corpus's own sources: 14 small-aggregator copies (datauseful's one-label-a-line header
 * with 金额 "-", bidcenter, bidchance and ixbang with masked figures, cyzbt, zhongcaigou,
 * chinamae, cgwenjian's 采购需求/招标文件 copies) and 10 texts as code repositories hold them (a
 * scraper's CSV row under its header, a flattened API-doc record, a Word export kept as a comment,
 * a test's HTML string, old 湖北/湖南/广西 templates, a pymysql item, an LLM test's message); 8
 * video, 16 ordinary; 2017–2026; three GBK). Labelled by hand and committed (371f637) BEFORE the
 * extractor first ran on them, by an author who read no extractor code and no other batch's notices.
 *
 * First score, blind (the lead, parser 1.32.0 at 49b6556): vendor 0.933 and amount 0.923 (g03: a
 * Word export whose winner is named by a footnote), budget 0.909 (g06: the year 2018 read as
 * the budget of an old 湖北 标段 table), date 0.895 (g01, a CSV row's 发布日期 column; g03),
 * every other scored field 1.000; unscored: title 18/22 (y09 loses 竞采公告(服务类), g02 reads
 * as its template's heading, g03 keeps the comment's "# ", g09 drops the 【中标公告】 prefix the
 * label keeps). The gates held that first score.
 *
 * Final score, parser 1.35.0 (tests/extract/traps-heldout28.test.ts): a number inside a project or
 * lot code ("YXZC-2018-GK-0037-01") is never an amount, and a flattened 标段 table under
 * "预算金额(元)" sums its rows (g06 2,140,000); a notice kept as a commented-out block loses its
 * "# " marks (g03: title, the footnoted winner and its amount, the signature date); a CSV row under
 * its header is dated by its 发布日期 cell (g01); a kind-only heading gives way to a 公告名称 field
 * (g02) and a project's name repeated over an aggregator's card to the notice's heading below it
 * (y09). Every scored field 1.000; title 21/22: g09's label keeps 【中标公告】 (corpus gh-003) where
 * heldout8 s100, heldout15 x08/x27 and heldout19 h65 drop such a tag, as the extractor does (left
 * for the lead: the two conventions conflict). No other labelled file's scored output changed
 * (unscored titles of corpus 027 and gh-024 now match their labels).
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BATCH_GATES, byFilePrefix, expectBatchGates } from './extra-scores.js';

const dir = join(import.meta.dirname, '..', 'fixtures', 'extract', 'heldout28');

// at the final score, parser 1.35.0 (see the header): every scored field 1.00, title 21/22
const GATES = Object.fromEntries(Object.keys(BATCH_GATES).map((k) => [k, 1])) as typeof BATCH_GATES;
const EXTRA_GATES = { kind: 1, serviceType: 1, agency: 1, divisionCode: 1, title: 0.95 };

describe('twenty-eighth held-out batch', () => {
  it('procwatch extract --json meets the heldout28 gates, kind, serviceType, agency, divisionCode and title included', async () => {
    // 22: two notices have no title (a 采购需求 and a test string that start with the body)
    const out = await expectBatchGates(dir, 22, GATES, EXTRA_GATES);
    expect(out.trim().split('\n')).toHaveLength(24);
    const of = byFilePrefix(out);
    // masked figures are unknown, never a number read from the mask's neighbours
    expect(of('y05-')?.budgetYuan).toBeNull();
    expect(of('y09-')?.budgetYuan).toBeNull();
  });
});
