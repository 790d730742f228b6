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
 * 0.941 (16/17: r14's 采购计划金额, which its author decided is the budget); unscored: two titles
 * (r05 keeps the site's 【区县】 tag; r14 reads as the portal's name, 新疆政府采购网（政采云）) and
 * one service type (r03, a 短视频 series read as promo_film). Not fixed this session: the gates
 * hold the first score, so a later change can only improve it.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BATCH_EXTRA_GATES, BATCH_GATES, byFilePrefix, expectBatchGates } from './extra-scores.js';

const dir = join(import.meta.dirname, '..', 'fixtures', 'extract', 'heldout25');

const GATES = BATCH_GATES;
// at the first score: two titles of 24 (see the header)
const EXTRA_GATES = { ...BATCH_EXTRA_GATES, title: 0.9 };

describe('twenty-fifth held-out batch', () => {
  it('procwatch extract --json meets the heldout25 gates, kind, serviceType, agency, divisionCode and title included', async () => {
    const out = await expectBatchGates(dir, 24, GATES, EXTRA_GATES);
    expect(out.trim().split('\n')).toHaveLength(24);
    const of = byFilePrefix(out);
    // ordinary notices that say 视频 (监控室值守, 视频展台, 安防视频监控, 雪亮工程) are no video ops
    expect(['r09-', 'r12-', 'r13-', 'r20-'].map((p) => of(p)?.isVideoOps)).toEqual([false, false, false, false]);
  });
});
