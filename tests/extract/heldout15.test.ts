/**
 * Fifteenth held-out batch (tests/fixtures/extract/heldout15, 33 notices): written by a fifteenth
 * engineer at sources an archive or a journalist really meets — OLD templates (2013–2019 table-
 * and-<font> pages, GB2312/GBK, 中标单位/中标价, 成交供应商名称 with 成交金额(元) in uppercase only,
 * "￥30.5万", 评标委员会成员 lists, 采购项目名称/采购项目编号 pairs, a 2014 award with no lots
 * section), AGGREGATOR copies (剑鱼标讯, 千里马, 采招网, 比地招标 style: 【中标】 tags, 信息来源 lines,
 * masked amounts and vendors, a login wall, a project page with the award and the earlier tender,
 * 相似项目 / 附近招标 side lists before and after the notice), MOBILE / H5 / 小程序 pages (label and
 * value in separate <p>/<span>/<div>, 展开全文 stubs, lazy blocks, dotted dates), and traps (an
 * aggregator's 中标预测, last year's contract value, a state-owned media company's 比选, a 2017
 * 视频会议系统). Labelled by hand (labels.jsonl, heldout7 format) and committed BEFORE the extractor
 * ran on them, all written before the author read any extractor code: the whole batch is blind.
 *
 * First score (x01–x26, parser 1.15.0; the honest figure for unseen notices of these kinds):
 *   buyer 0.920 (23/25)  vendor 0.955 (21/22)  amount 0.900 (18/20)  lotPrecision 0.875 (21/24)
 *   budget 1.000 (3/3)  province 1.000 (25/25)  city 1.000 (25/25)  county 0.960 (24/25)
 *   kind 0.923 (24/26)  date 0.960 (24/25)  videoF1 0.980;  kind exact 0.923 (24/26)
 *   serviceType 0.923 (24/26)  agency 0.962 (25/26)  divisionCode 0.923 (24/26)  title 0.640 (16/25).
 * (divisionCode then counted x13, the 中标预测 page, whose place the README leaves unscored; its
 * label's division_code was removed after the first run, which makes the first figure 24/25.)
 * What failed: every aggregator's 【中标】/【成交】/【单一来源】/【废标】 tag kept in the title (8);
 * side lists with a plain class (相似项目 / 附近招标 in div.right, div.col-left) read as the notice:
 * another project's vendor and amount as a second lot (2), another buyer as the buyer, and two
 * WRONG budgets the shared scorer does not count (95万元, 86万元 from the side lists); a project
 * page's short "项目进度" heading taken for the title, so the award read as a tender with no lot; an
 * aggregator's 中标预测 read as an award of last year's winner at last year's price, video ops;
 * "上年度合同金额：42.0万元" read as this year's award (a WRONG amount); a 小程序 card's label and
 * value spans glued ("采购单位招远市文化和旅游局": no buyer, no agency, no date, county lost) and its
 * share bar joined to the title; two lots of different services, one amount masked, typed by the
 * known lot's money alone. Old templates (GB2312, font tables, uppercase-only amounts, ￥X万) and
 * masked values (null, never a guess) were all read right on the first run.
 *
 * After the fixes (parser 1.16.0) every scored field is 1.000 on the 26; no earlier batch's or the
 * corpus's output changed (every file's scored keys compared before and after). Each fix is a named
 * row in traps-heldout15.test.ts.
 *
 * Part 2 (x27–x33, 7 notices written after the fixes, having read the extractor, committed before
 * they ran) first score: buyer, vendor, amount, budget, places, kind, date, videoF1, serviceType
 * and divisionCode 1.000; lotPrecision 0.667 (4/6), agency 0.857 (6/7), title 0.833 (5/6). What
 * failed: a 相似项目 list in a TEXT copy (its items' "中标单位：" lines ended the list early, two
 * spurious lots with amounts), label/value spans told apart by inline styles only (a fixed-width
 * inline-block label: no agency), and a bar's "公告详情" joined to a title held in a div. After
 * the fixes (still parser 1.16.0, one bump for the batch) every scored field is 1.000 on all 33;
 * no earlier batch moved. x31 (a 潜在项目 page) has no labelled title or place, as x13.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BATCH_EXTRA_GATES, BATCH_GATES, byFilePrefix, expectBatchGates } from './extra-scores.js';

const dir = join(import.meta.dirname, '..', 'fixtures', 'extract', 'heldout15');

describe('fifteenth held-out batch', () => {
  it('procwatch extract --json meets the heldout15 gates, kind, serviceType, agency, divisionCode and title included', async () => {
    // 31: x13 and x31 (an aggregator's forecast and its 潜在项目 page, no notices) have no labelled
    // title or place, so those two keys are scored on 31 of the 33 files
    const out = await expectBatchGates(dir, 31, BATCH_GATES, BATCH_EXTRA_GATES);
    expect(out.trim().split('\n')).toHaveLength(33);
    const of = byFilePrefix(out);
    const lots = (p: string) => of(p)?.lots.map((l) => [l.vendor, l.amountYuan]);
    // masked or cut values are null, never a guess; the other lot keeps its amount
    expect(lots('x08-')).toEqual([['浙江禾城数字传媒有限公司', null]]);
    expect(lots('x09-')).toEqual([[null, 368000]]);
    expect(lots('x10-')).toEqual([['云南滇池云影文化传播有限公司', null]]);
    expect(lots('x15-')).toEqual([['达州巴山影视文化传媒有限公司', null], ['四川秦巴云直播科技有限公司', 286000]]);
    // side lists give no lot and no budget
    for (const p of ['x10-', 'x12-', 'x25-']) expect(of(p)?.budgetYuan, p).toBeNull();
    // an aggregator's forecast is no notice
    for (const p of ['x13-', 'x31-']) expect(of(p), p).toMatchObject({ kind: 'other', isVideoOps: false, lots: [], budgetYuan: null });
    // a name masked in the middle is no vendor; last year's value before a tender's budget is no budget
    expect(lots('x30-')).toEqual([[null, 236000]]);
    expect(of('x29-')).toMatchObject({ kind: 'tender', budgetYuan: 480000, lots: [] });
    expect(lots('x27-')).toEqual([['绍兴浣纱文化传媒有限公司', null]]);
    // last year's contract value is not this award
    expect(lots('x22-')).toEqual([['台州橘乡数字传媒有限公司', 365000]]);
    // old templates: ￥X万 without 元, uppercase only, a GB2312 label table
    expect(['x01-', 'x02-', 'x03-', 'x06-'].map((p) => of(p)?.lots[0]?.amountYuan)).toEqual([305000, 300000, 248000, 368000]);
    expect(of('x24-')).toMatchObject({ isVideoOps: false, serviceType: null });
  });
});
