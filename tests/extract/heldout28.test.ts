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
 * label keeps). The gates hold that first score.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BATCH_EXTRA_GATES, BATCH_GATES, byFilePrefix, expectBatchGates } from './extra-scores.js';

const dir = join(import.meta.dirname, '..', 'fixtures', 'extract', 'heldout28');

// at the first, blind score (see the header)
const GATES = { ...BATCH_GATES, vendor: 0.93, amount: 0.92, date: 0.89 };
const EXTRA_GATES = { ...BATCH_EXTRA_GATES, title: 0.81 };

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
