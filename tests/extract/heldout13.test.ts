/**
 * Thirteenth held-out batch (tests/fixtures/extract/heldout13, 40 notices): written by a
 * thirteenth engineer at 政府购买服务 notices in their own words (购买主体 / 承接主体 /
 * 承接主体名称 / 购买服务金额 / 购买服务预算, 购买服务目录 lines, a 社会组织 and a 公益性社会组织 as
 * 承接主体, an 实施前 notice, a termination and a correction), at buyers among 群团 and party or
 * people's-congress organs (人大常委会办公室, 政协办公室, 纪委机关, 县委网信办 with and without 中共,
 * 统战部, 党史研究室, 文联, 科协, 团县委, 妇联, 总工会, a town reached through its 宣传委员), at
 * vendors that are persons with two-character surnames (欧阳, 司马, 诸葛, 上官), a 个人独资企业, a
 * 广电网络 county branch, a 融媒体中心 and a 报社 selling to another unit, at town buyers placed
 * only by their address or 落款, at joint buys of two counties, at one price over several
 * services, and at two zones (合肥高新区, 兰州新区) for the xx7x rule. Labelled by hand
 * (labels.jsonl, heldout7 format) and committed BEFORE the extractor ran on them; y01–y28 were
 * written before the author read any extractor code (the blind part); y29–y40 after the first
 * fixes, having read the extractor (less blind), committed before they ran.
 *
 * First score, parser 1.13.0 (the honest figure for unseen notices of these shapes):
 *   buyer 0.964 (27/28)  vendor 0.833 (20/24)  amount 0.833 (20/24)  lotPrecision 0.909 (20/22)
 *   budget 1.000 (8/8)  province 1.000  city 1.000  county 0.958 (23/24)  kind 0.893 (25/28)
 *   date 1.000 (28/28)  videoF1 1.000;  kind exact 0.893 (25/28)  serviceType 1.000 (28/28)
 *   agency 1.000 (28/28)  divisionCode 0.821 (23/28)  title 1.000 (28/28).
 * What failed: the 政府购买服务 words — 承接主体名称 / 承接主体 / 购买服务金额 were no vendor or
 * amount labels (3 lots without vendor or amount), 购买主体（甲方） no buyer label, a
 * "承接主体确定公告" / "承接主体公示" title no award and an "…信息公开（实施前）" no intention (3
 * kinds), a （公益性社会组织） note kept the 承接主体's name from reading as one; "确定诸葛文杰为本
 * 项目服务提供方" (a person chosen under another word than 供应商) left the lot without a vendor; a
 * town buyer whose county only the 落款 names stayed at the prefecture; two joint buys of two
 * counties were placed in the first buyer's county; and the two zones came out at their
 * statistics codes (620171, 340176), which step 0 of the task settled (parser 1.14.0 places a
 * zone at its city and emits no xx7x code).
 *
 * After those fixes every scored field was 1.000 on the 28.
 *
 * Part 2 (y29–y40, 12 notices) first score, with the part-1 fixes: vendor 0.750 (9/12), amount
 * 0.750 (9/12), lotPrecision 0.900 (9/10), every other field 1.000. What failed: a 承接主体
 * table (序号 | 购买服务项目 | 承接主体 | 购买服务金额（万元）) was no result table (its header
 * words unknown, 承接主体 no winner column); a 工作室（个人独资） was no organisation name.
 *
 * After the fixes (parser 1.14.0) every scored field is 1.000 on all 40. No label was revised
 * after a first run. No earlier batch's or the corpus's score dropped; heldout10 (u10) and
 * heldout11 (v19) gained their zone divisionCodes, and heldout3's k10 and k50 were relabelled
 * to their city by step 0. Each fix is a named row in traps-heldout13.test.ts.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BATCH_EXTRA_GATES, BATCH_GATES, byFilePrefix, expectBatchGates } from './extra-scores.js';

const dir = join(import.meta.dirname, '..', 'fixtures', 'extract', 'heldout13');

describe('thirteenth held-out batch', () => {
  it('procwatch extract --json meets the heldout13 gates, kind, serviceType, agency, divisionCode and title included', async () => {
    const out = await expectBatchGates(dir, 40, BATCH_GATES, BATCH_EXTRA_GATES);
    const of = byFilePrefix(out);
    // 政府购买服务: 购买主体 the buyer, 承接主体 the vendor, 购买服务金额 the award
    expect(of('y01-')).toMatchObject({ kind: 'award', buyer: '中共岚皋县委宣传部', budgetYuan: 300000 });
    expect(of('y01-')?.lots).toMatchObject([{ vendor: '安康巴山融媒文化传播有限公司', amountYuan: 286000 }]);
    expect(of('y02-')).toMatchObject({ kind: 'contract', buyer: '东至县妇女联合会', lots: [{ vendor: '东至县巾帼社会工作服务中心', amountYuan: 96000 }] });
    expect(of('y03-')?.lots).toMatchObject([{ vendor: '通渭县青年志愿者协会', amountYuan: 58000 }]);
    expect(of('y04-')).toMatchObject({ kind: 'intention', budgetYuan: 180000, lots: [] });
    for (const p of ['y24-', 'y28-']) expect(of(p)?.lots, p).toEqual([]);
    // persons with two-character surnames
    expect(of('y12-')?.lots.map((l) => l.vendor)).toEqual(['诸葛文杰']);
    expect(of('y10-')?.lots.map((l) => l.vendor)).toEqual(['欧阳明辉']);
    // town buyers and joint buys of two counties
    expect(of('y19-')).toMatchObject({ county: '崇义县', divisionCode: '360725' });
    expect(of('y21-')).toMatchObject({ city: '桂林市', county: null, divisionCode: '450300' });
    expect(of('y22-')).toMatchObject({ city: '广元市', county: null, divisionCode: '510800' });
    // step 0: zones at their city, never an xx7x code
    expect(of('y25-')).toMatchObject({ city: '合肥市', county: null, divisionCode: '340100' });
    expect(of('y26-')).toMatchObject({ city: '兰州市', county: null, divisionCode: '620100' });
    // one price over several services: the service named first
    expect(['y06-', 'y07-', 'y09-', 'y23-'].map((p) => of(p)?.serviceType)).toEqual(['promo_film', 'account_operation', 'live_streaming', 'account_operation']);
    expect(of('y27-')).toMatchObject({ isVideoOps: false, serviceType: null });
    // part 2: a 承接主体 table in 万元, a legal form kept, two cities' joint buy at the province
    expect(of('y29-')?.lots.map((l) => l.amountYuan)).toEqual([48000, 126000]);
    expect(of('y37-')?.lots.map((l) => l.vendor)).toEqual(['三台县梓州影像传媒工作室（个人独资）']);
    expect(of('y32-')).toMatchObject({ province: '四川省', city: null, county: null, divisionCode: '510000' });
    expect(of('y36-')).toMatchObject({ city: '洛阳市', county: null, divisionCode: '410300' });
  });
});
