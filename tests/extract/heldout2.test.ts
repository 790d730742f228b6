/**
 * Second held-out batch (tests/fixtures/extract/heldout2, 51 + 20 + 11 + 11 + 6 + 6 + 4 = 109 notices): written by a different
 * engineer from the first batch, in the shapes of ccgp 公告概要 pages, zcy (Zhejiang, Guangxi,
 * Yunnan) fragments, Hunan/Hubei/Guangdong portal pages, 公共资源交易中心 results, county
 * 融媒体中心 self-published notices, a university, a local SOE, GBK/GB18030 files and an
 * aggregator copy; labelled by hand (labels.jsonl beside them) BEFORE the extractor was run.
 *
 * First score of the 51 b*.* files, parser 1.2.0, never tuned on these (the honest figure for unseen notices):
 *   kind 1.000 (51/51)  buyer 1.000 (51/51)  date 1.000 (51/51)  province 1.000 (51/51)
 *   city 1.000 (48/48)  county 1.000 (43/43)  budget 0.929 (13/14)  lotPrecision 0.952 (40/42)
 *   vendor 0.816 (40/49)  amount 0.814 (35/43)  videoF1 1.000 (precision 1.000, recall 1.000)
 * What failed: header rows split by rowspan/colspan (a credit code read as 万元), a group
 * header with the unit after <br>, a consortium in one table cell, budget/ceiling/award
 * columns side by side, 入围供应商1/2/3, "确定第一名X为成交人", two lots in prose, "268 000.00",
 * "预算金额：包1：30万元；包2：20万元". Each is a named row in traps-unseen.test.ts.
 * After the fixes (parser 1.3.0) every field scores 1.000.
 *
 * Then a third part (the c*.* files, 18 notices) was written and labelled after those fixes and
 * scored before any further change: every field 1.000 except county 0.941 (16/17: a city
 * bureau's branch, "徐州市公安局铜山分局", stayed at the city). Its author had by then read the
 * extractor, so this figure is less blind than the first. After the branch rule: all 1.000 on
 * all 69. Last, two notices that arrive as JSON (c19: a zcy detail API response saved as is;
 * c20: an app shell with the notice in a script's state), labelled first: both missed entirely
 * (.json refused; the shell read as an empty page) until json-notice.ts; now 1.000 on all 71.
 * A fourth part (d*.*, 11 notices in Sichuan, Shandong, Henan, Fujian, Anhui, Guizhou, Jiangxi,
 * Heilongjiang, Qinghai and Gansu shapes), labelled first, scored: buyer 0.909 (10/11), vendor
 * 0.875 (14/16), amount 0.875 (14/16), lotPrecision 0.933 (14/15), every other field 1.000;
 * misses: "受X（采购人）委托" kept 受, lots inline in one sentence ("第1包：X公司，中标金额：…；
 * 第2包：…"). After the fixes: 1.000 on all 82.
 * A fifth part (e*.*, 11 notices), labelled first, scored: vendor 0.667 (8/12), amount 0.636
 * (7/11), lotPrecision 0.727 (8/11), date 0.909, every other field 1.000; misses: a joint
 * label 名称、地址及成交金额, values on the line after "label：", "X以人民币叁拾万…元整成交",
 * bidders under a 投标供应商名称及报价 heading taken for lots, 公示日期. After the fixes: 1.000
 * on all 93.
 * A sixth part (f*.*, 6 notices), labelled first: buyer 0.833 (5/6), vendor, amount and
 * lotPrecision 0.750 (3/4), the rest 1.000; misses: a vendor name wrapped onto the next line, a
 * flattened one-line notice whose buyer kept the next section's number. After the fixes: 1.000
 * on all 99. A seventh part (g*.*, 6 notices on kinds and scope: acceptance, failure with bids,
 * single-source result, a title without a kind word, a hospital's promo film, promotion with
 * media placement) scored 1.000 on every field as first run. An eighth part (h*.*, 4 notices on
 * label/value layouts) scored vendor, amount and lotPrecision 0.500 (2/4): "中标供应商： | X"
 * cells and a vendor in 【】 were missed; fixed. 109 in all, 1.000 on every field.
 * The gates sit a little under.
 *
 * Kind (exact, not folded) and serviceType, which the shared scorer does not check, are scored by
 * extra-scores.ts against the labels' kind and service_type: parser 1.3.0 had kind 1.000 (109/109)
 * and serviceType 0.899 (98/109); 1.4.0 (dominant paid service, see service-type.ts) has
 * serviceType 0.954 (104/109). Left: b13 and b37 ("短视频运营服务" labelled production while five
 * other labels of the same title shape say account operation), c05 (labelled promo while b19 and
 * d03, the same "短视频及宣传片" shape, are labelled production), d03 (its 宣传片 lot is the larger,
 * 22万 to 16.8万, so the dominant paid service is the film), b34 (an intention whose one row names
 * both making videos and running an account). Titles: 1.3.0 had 106/108 (a breadcrumb line
 * joined to the title, a one-line notice's title running on into its fields); 1.4.0 has 108/108.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractJson, noticeFiles, scoreGates } from '../helpers/score-gates.js';
import { formatExtra, scoreExtra } from './extra-scores.js';

const dir = join(import.meta.dirname, '..', 'fixtures', 'extract', 'heldout2');

const GATES = {
  buyer: 0.96, vendor: 0.95, amount: 0.95, lotPrecision: 0.95, budget: 0.92,
  province: 0.96, city: 0.95, county: 0.93, kind: 0.96, date: 0.96, videoF1: 0.95,
};

const EXTRA_GATES = { kind: 0.96, serviceType: 0.92, title: 0.95 };

describe('second held-out batch', () => {
  it('procwatch extract --json meets the heldout2 gates, exact kind, serviceType and title included', async () => {
    const files = noticeFiles(dir, /\.(txt|html?|json)$/);
    expect(files.length).toBeGreaterThanOrEqual(45);
    const out = await extractJson(files);
    const extra = scoreExtra(out, join(dir, 'labels.jsonl'));
    for (const [k, min] of Object.entries(EXTRA_GATES)) {
      const t = extra[k as keyof typeof extra];
      expect(t.n, k).toBeGreaterThanOrEqual(100);
      expect(t.ok / t.n, `${formatExtra(extra)}\n${t.misses.join('\n')}`).toBeGreaterThanOrEqual(min);
    }
    const { code, report } = await scoreGates(out, join(dir, 'labels.jsonl'), GATES);
    // the scorer exits 1 when a gate is missed; its verbose report names every miss
    expect(code, report).toBe(0);
    expect(report).toMatch(/score: \d+ files, 0 without prediction/);
  });
});
