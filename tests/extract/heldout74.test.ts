/**
 * Seventy-fourth held-out batch (tests/fixtures/extract/heldout74, 24 video-operations notices as a
 * researcher searching "新媒体运营 中标" / "短视频 采购" finds them, by a new author: 18 video operations
 * (account running, short videos, 宣传片, livestreams, a 全媒体 package, 舆情 with video) and 6 near
 * misses (直播设备, a studio build, 雪亮工程 surveillance, meeting recording, two ad placements); 8
 * calls, 12 results (a three-holder framework, a per-session price, a consortium, a candidate list,
 * two two-包 results, a PDF attachment's text), a contract, a correction, a termination, an intention;
 * provincial portal pages, ccgp, a city trading centre, 剑鱼/千里马/中国招标投标公共服务平台 copies;
 * 24 provinces, county buyers, 2017–2026; one GBK; four cut). Labelled by hand and committed
 * (bf54050) BEFORE the extractor first ran on them, by an author who read no extractor code and no
 * other batch's notices.
 *
 * First score, blind (the lead, parser 1.61.0 at bf54050): budget 0.955 (a Chongqing result's
 * "分包预算：" heading over one line per 包), every other scored field 1.000; unscored: kind,
 * service type, agency and division code 24/24, titles 23/24 (a PDF's "--- 第 1 页 ---" page marker
 * read into its generic heading).
 *
 * After the fixes (parser 1.62.0): budget 1.000 (a budget label closing its line over one
 * "第N包：X元" line per 包: their sum) and titles 24/24 (a converter's page marker is a page break;
 * a place-and-kind heading over a 项目名称 line gives the project's name); every scored field
 * 1.000. The gates hold that score.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BATCH_EXTRA_GATES, BATCH_GATES, expectBatchGates } from './extra-scores.js';

const dir = join(import.meta.dirname, '..', 'fixtures', 'extract', 'heldout74');

// the score after the fixes (see the header)
const GATES = { ...BATCH_GATES, buyer: 1, vendor: 1, amount: 1, lotPrecision: 1, budget: 1, county: 1, kind: 1, date: 1 };
const EXTRA_GATES = { ...BATCH_EXTRA_GATES, kind: 1, serviceType: 1, agency: 1, divisionCode: 1, title: 1 };

describe('seventy-fourth held-out batch', () => {
  it('procwatch extract --json meets the heldout74 gates, kind, serviceType, agency, divisionCode and title included', async () => {
    const out = await expectBatchGates(dir, 24, GATES, EXTRA_GATES);
    expect(out.trim().split('\n')).toHaveLength(24);
  });
});
