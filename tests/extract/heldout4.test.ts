/**
 * Fourth held-out batch (tests/fixtures/extract/heldout4, n01–n40): written by a fourth engineer
 * on the weak spots the third batch's author reported and on shapes not yet covered: 公共资源交易
 * 中心 交易结果 tables, ccgp 地方公告 with 公告概要 (a province organ, two lots), 政采云 JSON with
 * html in its content field (saved as .txt), Word-exported HTML (mso styles, labels and dates split
 * by spans, a table header split "成交金额（万|元）"), 联合采购 with two buyers, 框架协议 入围 with
 * five holders (a numbered list, and one "入围供应商：X（入围单价：…）" per line), 续签 and 延续
 * contracts, 变更公告 changing only a date, half-width punctuation and spaced "label : value",
 * full-width digits and 〇 dates, sub-item prices in prose with the unit only in the label, a
 * yearly fee alone on a three-year term, amounts only in an attachment, districts named without
 * their city (海沧区, 鼓楼区 with a 南京 address), titles mid-page after portal chrome, and
 * non-video traps (视频会议, 视频监控 运维, 网站运维, 舆情, 印刷宣传品, 户外广告屏 投放, 摄影画册).
 * Labelled by hand (labels.jsonl, heldout3 format) and committed BEFORE the extractor ran on them:
 * n01–n25 written before reading any extractor code (blind), n26–n40 too (the author read the
 * code only after the first run). Decision: "年服务费36万元" on a three-year term with no total is
 * a per-year price: amountYuan null, form unit_price (the contract's amountYuan is a total).
 *
 * First score, parser 1.4.0 (the honest figure for unseen notices), labels as first committed:
 *   blind part n01–n25: buyer 0.880 (22/25)  vendor 0.821 (23/28)  amount 0.952 (20/21)
 *     lotPrecision 1.000 (23/23)  budget 1.000 (3/3)  province 1.000 (25/25)  city 1.000 (21/21)
 *     county 1.000 (22/22)  kind 1.000  date 1.000  videoF1 1.000 (no false positive among 7 traps);
 *     kind exact 1.000  serviceType 0.880 (22/25)  agency 1.000  divisionCode 0.960 (24/25)
 *     title 0.960 (24/25); and n18's yearly fee reported as a 360000 total (a null label is
 *     not scored by the shared scorer).
 *   n26–n40: buyer 0.867 (13/15)  vendor 0.737 (14/19)  amount 1.000 (13/13)  serviceType 0.867
 *     (13/15)  title 0.933 (14/15)  divisionCode 1.000; every other field 1.000.
 * What failed: joint buyers cut to the first name (2); "X局（地址：…）" kept an open bracket;
 * framework holders not read at all (征集人 not a buyer label, a numbered list under
 * "入围供应商（排名不分先后）：", "X公司（入围单价：…）" with an open bracket) (2 notices, 10
 * vendors); parts "其中…服务费96000，…制作费144000" read as the first part; the yearly fee; a
 * breadcrumb "您现在的位置：首页 / …" and a portal name + "打印本页 关闭窗口" taken for titles;
 * service type where lots in a table are named by service in 主要标的 (1), where the parts of
 * the price name the services (1), and short videos made 配套 to live broadcasts (1).
 * Three labels were revised after the first run to the project's conventions (their notes say
 * so): n06 and n37 (no money to weigh: the service the title names first), n19 (a province's
 * institution, 监测中心, is placed by its address as address-place.ts and the corpus do). With
 * those, the first-run serviceType was 0.920 (23/25) blind and 0.933 (14/15), divisionCode 1.000.
 * After the fixes (parser 1.5.0) every field scores 1.000 on all 40; each fix is a named row in
 * traps-heldout4.test.ts. The gates sit a little under.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { expectBatchGates } from './extra-scores.js';

const dir = join(import.meta.dirname, '..', 'fixtures', 'extract', 'heldout4');

const GATES = {
  buyer: 0.95, vendor: 0.95, amount: 0.95, lotPrecision: 0.95, budget: 0.9,
  province: 0.95, city: 0.95, county: 0.95, kind: 0.95, date: 0.95, videoF1: 0.95,
};
const EXTRA_GATES = { kind: 0.95, serviceType: 0.92, agency: 0.95, divisionCode: 0.95, title: 0.95 };

describe('fourth held-out batch', () => {
  it('procwatch extract --json meets the heldout4 gates, kind, serviceType, agency, divisionCode and title included', async () => {
    const out = await expectBatchGates(dir, 40, GATES, EXTRA_GATES);
    // a yearly fee alone on a three-year term is a unit price, not a total (null labels are not scored above)
    const n18 = out.split('\n').filter(Boolean).map((l) => JSON.parse(l) as { file: string; lots: Array<{ amountYuan: number | null; amountForm: string }> })
      .find((p) => p.file.startsWith('n18-'));
    expect(n18?.lots[0]).toMatchObject({ amountYuan: null, amountForm: 'unit_price' });
  });
});
