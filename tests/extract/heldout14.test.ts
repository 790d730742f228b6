/**
 * Fourteenth held-out batch (tests/fixtures/extract/heldout14, 40 notices): written by a
 * fourteenth engineer at DAMAGED and DEGRADED text — letter-spaced PDF text, hard wraps inside
 * names, amounts and titles, labels and values on separate lines, page footers and repeated
 * headers splitting a table, OCR confusions (O/l for 0/1, 兀 for 元, Y for ¥, 方 for 万, 、 for a
 * thousands comma) and an illegible digit; a notice held twice (screen and print copy), truncated
 * mid-table, or held in a textarea, a noscript, an iframe srcdoc or a JSON string in a script;
 * mojibake, numeric and double-escaped entities, <br> and <sup> in cells, odd spaces and a soft
 * hyphen inside names and numbers; a placeless abbreviated buyer (县委网信办, 区融媒体中心) spelt
 * out only in the 落款, generic titles whose one scope line names the service, and joint buyers
 * without ；/、. Labelled by hand (labels.jsonl, heldout7 format) and committed BEFORE the
 * extractor ran on them; z01–z31 were written before the author read any extractor code (the
 * blind part); z32–z40 after the first fixes, having read the extractor (less blind), committed
 * before they ran.
 *
 * First score of the blind part (z01–z31), parser 1.14.0 (the honest figure for unseen damaged notices):
 *   buyer 0.742 (23/31)  vendor 0.813 (26/32)  amount 0.667 (20/30)  lotPrecision 1.000 (26/26)
 *   budget 1.000 (1/1)  province 0.935 (29/31)  city 0.903 (28/31)  county 0.871 (27/31)
 *   kind 0.871 (27/31)  date 0.710 (22/31)  videoF1 0.909;  kind exact 0.871 (27/31)
 *   serviceType 0.774 (24/31)  agency 0.839 (26/31)  divisionCode 0.871 (27/31)  title 0.871 (27/31).
 * What failed: SIX WRONG AMOUNTS (the worst kind of miss) — an OCR "¥98,5OO.OO" read as 98 yuan,
 * "¥248,OOO.OO" as 248, "¥158、000.00" as 158, a letter-spaced "¥ 4 3 6 , 0 0 0" as 4, an
 * illegible "¥■8,■00.00" as 8, a contract's "35.8\n万元" as 35.8 yuan; a letter-spaced notice
 * read as nothing (no buyer, vendor, kind, date or place); notices held in a textarea, a noscript
 * and an iframe srcdoc read as empty pages (kind other, no parties, the page's chrome as title);
 * a page footer and a repeated title between two rows of a table lost the second lot; a header
 * byline date spread across a PDF line ("…中心        2025 年 7 月 4 日") and OCR dates
 * (2O25年O8月1O日) undated; a name wrapped mid-word ("隆回县融媒\n体中心", "…管理有\n限公司"
 * under "名 称：") and a title wrapped before its last 告 cut short; two placeless buyers
 * (县委网信办, 区融媒体中心) kept as written, unlocated; a joint buyer on an indented line lost;
 * a truncated markdown row "| 1 | X公司 |" misaligned (no lot); a generic 承接主体确定公告 whose
 * one scope line is "购买服务内容：抖音号运营" not video ops; a lot table naming each lot's
 * service in its own cell not read for the service of the money awarded.
 *
 * After the fixes (parser 1.15.0) every scored field is 1.000 on the 31 except serviceType
 * 0.968 (30/31): z06 "短视频拍摄及账号运营服务" was labelled video_production (heldout13's "first
 * named" reading) while the extractor keeps its older rule that a title running named accounts
 * ("短视频制作及账号运营") is account_operation; the label was not revised, the rule not changed
 * (earlier batches rest on it). No earlier batch's or the corpus's scored field moved. Each fix is
 * a named row in traps-heldout14.test.ts.
 *
 * Part 2 (z32–z40, 9 notices) first score, with the part-1 fixes: buyer 0.556 (5/9), vendor
 * 0.778 (7/9), amount 0.714 (5/7), lotPrecision 1.000, province 0.889, city 0.889, county 0.667
 * (6/9), kind 0.889 (8/9), date 0.778 (7/9), videoF1 0.875; kind exact 0.778, serviceType 0.778,
 * agency 0.889, divisionCode 0.667, title 0.889 — and two WRONG amounts on notices labelled null,
 * which the shared scorer does not count: "人民币贰拾■万元整" read as 20 and a file cut at
 * "¥356,0" read as 356. What failed: ideographic-spaced text (the spacing rule knew only ASCII
 * spaces), a notice in <script type="text/html">, a placeless 镇人民政府, two buyers joined by 和,
 * an illegible uppercase and a broken digit group. After the fixes (parser 1.15.0) every scored
 * field is 1.000 on all 40 except serviceType 0.975 (39/40, z06 above); no earlier batch moved.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BATCH_EXTRA_GATES, BATCH_GATES, byFilePrefix, expectBatchGates } from './extra-scores.js';

const dir = join(import.meta.dirname, '..', 'fixtures', 'extract', 'heldout14');

describe('fourteenth held-out batch', () => {
  it('procwatch extract --json meets the heldout14 gates, kind, serviceType, agency, divisionCode and title included', async () => {
    const out = await expectBatchGates(dir, 40, BATCH_GATES, BATCH_EXTRA_GATES);
    const of = byFilePrefix(out);
    const amounts = (p: string) => of(p)?.lots.map((l) => l.amountYuan);
    // OCR and PDF damage: the figure a reader sees, never a fragment of it
    expect(['z01-', 'z02-', 'z03-', 'z04-', 'z06-', 'z25-', 'z27-', 'z30-', 'z31-'].map((p) => amounts(p)?.[0])).toEqual([286000, 412800, 156000, 186000, 98500, 248000, 436000, 358000, 158000]);
    // illegible digits and a cut amount cell: the vendor stands, the amount is null
    expect(of('z28-')?.lots).toMatchObject([{ vendor: '南平闽江源影视文化有限公司', amountYuan: null }]);
    expect(of('z26-')?.lots).toMatchObject([{ vendor: '赤峰西拉沐沦文化传媒有限公司', amountYuan: null }]);
    // a table cut inside its second row's vendor cell: one lot, no half name
    expect(of('z08-')?.lots.map((l) => l.vendor)).toEqual(['恩施州巴楚文化传媒有限公司']);
    // a page footer between two rows; a notice printed twice
    expect(amounts('z05-')).toEqual([368000, 198500]);
    expect(amounts('z07-')).toEqual([238000]);
    // containers
    for (const p of ['z09-', 'z10-', 'z11-', 'z12-']) expect(of(p)?.kind, p).toBe('award');
    // placeless buyers spelt out by the signature; joint buyers without separators
    expect(of('z18-')).toMatchObject({ buyer: '中共陇县县委网络安全和信息化委员会办公室', divisionCode: '610327' });
    expect(of('z19-')).toMatchObject({ buyer: '南宁市邕宁区融媒体中心', divisionCode: '450109' });
    expect(['z22-', 'z23-', 'z29-'].map((p) => of(p)?.buyer?.split('；').length)).toEqual([2, 2, 2]);
    // a generic title's scope line
    expect(of('z20-')).toMatchObject({ isVideoOps: true, serviceType: 'account_operation' });
    expect(of('z27-')).toMatchObject({ isVideoOps: false, serviceType: null });
    // part 2: an illegible uppercase and a figure cut mid-group give no amount; 和 joins two buyers
    for (const p of ['z35-', 'z39-']) expect(amounts(p), p).toEqual([null]);
    expect(of('z38-')?.buyer).toBe('中共沁县县委宣传部；沁县融媒体中心');
    expect(of('z37-')).toMatchObject({ buyer: '筠连县巡司镇人民政府', divisionCode: '511527' });
    expect(of('z36-')).toMatchObject({ kind: 'award', buyer: '靖西市融媒体中心' });
  });
});
