/**
 * Twenty-fifth held-out batch (tests/fixtures/extract/heldout25, 24 notices: the shared corpus's
 * mix as page text a scraper saved — site name, menus, 当前位置 breadcrumb, byline, side lists
 * (two before the title), 上一篇/下一篇 and footers; seven cut mid-sentence; three GBK; 8 video
 * ops, 16 ordinary; tenders, intentions, corrections, awards, contracts and failures from
 * 黑龙江, 吉林, 宁夏, 青海, 西藏, 新疆, 海南, 天津, 山西, 甘肃 and 贵州). Labelled by hand and committed
 * (fd5e2ab) BEFORE the extractor first ran on them, by an author who read neither the extractor,
 * its tests nor any other batch's notices.
 *
 * First score, blind (the lead, parser 1.31.0 at fd5e2ab; the same at b10f0ab): every scored field 1.000 but budget
 * 0.941 (16/17: r24, a correction quoting the original notice, 原公告“预算金额：52万元”更正为“预算金额：48万元”,
 * read as 52万); unscored: two titles
 * (r05 keeps the site's 【区县】 tag; r14 reads as the portal's name, 新疆政府采购网（政采云）) and
 * one service type (r03, a 短视频 series read as promo_film).
 *
 * Final score (parser 1.32.0, traps-heldout25.test.ts): every scored field 1.000, titles 24/24,
 * service types 8/8; no label changed. Rules: a correction's figure quoted from the original
 * notice is the original's; a site's level tag (【区县】, 【市级】) is no part of the title; a portal's
 * name with its system in brackets (X政府采购网（政采云）) is chrome; an aggregator's 为您推荐 entry
 * (name, region, date, 中标金额) prices another project. The gates hold the final score.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BATCH_EXTRA_GATES, BATCH_GATES, byFilePrefix, expectBatchGates } from './extra-scores.js';

const dir = join(import.meta.dirname, '..', 'fixtures', 'extract', 'heldout25');

// at the final score (see the header): every field
const GATES = Object.fromEntries(Object.keys(BATCH_GATES).map((k) => [k, 1])) as typeof BATCH_GATES;
const EXTRA_GATES = Object.fromEntries(Object.keys(BATCH_EXTRA_GATES).map((k) => [k, 1])) as typeof BATCH_EXTRA_GATES;

describe('twenty-fifth held-out batch', () => {
  it('procwatch extract --json meets the heldout25 gates, kind, serviceType, agency, divisionCode and title included', async () => {
    const out = await expectBatchGates(dir, 24, GATES, EXTRA_GATES);
    expect(out.trim().split('\n')).toHaveLength(24);
    const of = byFilePrefix(out);
    // ordinary notices that say 视频 (监控室值守, 视频展台, 安防视频监控, 雪亮工程) are no video ops
    expect(['r09-', 'r12-', 'r13-', 'r20-'].map((p) => of(p)?.isVideoOps)).toEqual([false, false, false, false]);
  });
});
