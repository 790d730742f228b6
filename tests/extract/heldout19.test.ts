/**
 * Nineteenth held-out batch (tests/fixtures/extract/heldout19, 70 notices in six waves): the ORDINARY notices
 * around the video ones, as the shared corpus has them (about 30 of its 42 are not video): goods
 * awards with item tables (单价 beside the total), 网上超市/电子卖场 deals, a construction 中标候选人公示
 * with three ranked candidates, 监理 at a 下浮率 and printing at a 折扣率, property per year on a
 * three-year term, a canteen's three-year total, 万元 only in a column header, 废标 and 流标, a
 * 合同公告, a traditional-character copy, agency fees, registered capital, phones and postcodes
 * beside the amount, a 联合体, two 标段, a 比选 中选, two GBK files and four video ones. Labelled by
 * hand (labels.jsonl, heldout7 format) and committed BEFORE the extractor ran on them, written
 * before the author read any extractor code.
 *
 * First score (parser 1.19.0; the honest figure for unseen notices of this kind):
 *   buyer 1.000 (26/26)  vendor 1.000 (25/25)  amount 1.000 (22/22)  lotPrecision 1.000 (25/25)
 *   budget 1.000 (7/7)  province 1.000  city 1.000  county 1.000  kind 1.000 (26/26)
 *   date 0.808 (21/26)  videoOps precision 1.000 recall 1.000 F1 1.000;  kind exact 1.000
 *   serviceType 1.000 (26/26)  agency 0.962 (25/26)  divisionCode 1.000  title 1.000.
 * What failed: dates on an unlabelled line under the title (a site's name and the date: h05,
 * h08, h15, h21) and a 网上超市 deal dated only by its 成交时间 (h02); the agency of a copy cut
 * inside its name's suffix (h26: "…项目管理有"). Not scored by the shared scorer but wrong: the
 * 监理 award at a 下浮率 (h04) came out as a total of 2007 yuan, the year of the price document
 * "发改价格〔2007〕670号" it cites.
 *
 * Second wave (h27–h38, 12 notices, committed before their first run, parser 1.20.0 with the
 * rules below): 1.000 on every field at the first run (ccgp 公告概要 with two lots, a ranked
 * candidates table in 万元, 终止, uppercase with 角/分, 视频会议 and 宣传品 traps, masked digits,
 * 甲方/乙方 only, a lots table in 万元 with a 流标 row, 执法记录仪, prose award, an offers table).
 * Third wave (h39–h48, 10 notices, same order): vendor 0.979 (47/48), amount 0.977 (42/43), title
 * 0.979 (46/47 with a title); every other field 1.000. What failed: h43 a ranked table under a 成交结果
 * title whose footnote says "排名第一的供应商为本项目成交供应商" (no lot); h39 a flattened record
 * opening "项目名称：X中标结果公告 采购单位：…" (the whole record as title); h40 a fragment opening
 * mid-sentence (the sentence as title; its label is null, so not scored, but wrong).
 *
 * Fourth wave (h49–h56, 8 notices, after the third wave's fixes): 1.000 on every field at the
 * first run (元 header over 万元 cells, a glued score table, 单一来源, 验收, a township under a
 * county-level city with a 经营部 vendor, 合同金额(万元) with six decimals, a 中央 unit addressed in
 * 海淀区, a GBK live-streaming award).
 *
 * Fifth wave (h57–h64, 8 notices): date 0.984 (62/63) at the first run, every other field
 * 1.000. What failed: h58 a full-width date "２０２４－０９－０２" (the digits were folded, the
 * separators not).
 *
 * Sixth wave (h65–h70, 6 notices): 1.000 on every field at the first run (【中标公告】 prefix and
 * font-size chrome, 95.8（万元）, 380元/人, 暂列金额 inside the award, <br>/&nbsp; HTML, a three-year
 * total over a per-year table, a city-level video buyer).
 *
 * After the fixes (parser 1.20.0) every scored field is 1.000 on the 70; no earlier batch's or the
 * corpus's output changed except parserVersion and, in two 网上超市 notices of heldout6 (q06, q41),
 * the extra key awardDate now read from their 成交时间 (every file compared before and after).
 * Rules, each a named row in traps-heldout19.test.ts: a number inside a document number
 * (〔2007〕670号) is no amount; a short unlabelled line under the title holding one date among words
 * and no other figure, label or deadline word is the publication date; 成交时间/中标时间/定标时间
 * are award dates (上次中标时间 is not); an agency name that ends the copy inside a company suffix
 * (有, 有限, 股份有 …) is unknown; a full-width date's separators fold like its digits; "排名第一的供应商为本项目成交供应商" makes a ranked table's first row
 * the award; a first line "项目名称：X公告 label：…" gives X as the title; a first line whose first
 * sentence ends (。) before any label, or that ends "如下：", is no title. The last rule also
 * changed two earlier outputs, both now matching their labels (title null): corpus gh-028 and
 * heldout h62 (whose videoScore fell from 1 to 0.5 without the sentence; still in scope).
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BATCH_EXTRA_GATES, BATCH_GATES, byFilePrefix, expectBatchGates } from './extra-scores.js';

const dir = join(import.meta.dirname, '..', 'fixtures', 'extract', 'heldout19');

describe('nineteenth held-out batch', () => {
  it('procwatch extract --json meets the heldout19 gates, kind, serviceType, agency, divisionCode and title included', async () => {
    // 68: the fragment h40 has no title and the 中央 unit h55 no division code to score
    const out = await expectBatchGates(dir, 68, BATCH_GATES, BATCH_EXTRA_GATES);
    expect(out.trim().split('\n')).toHaveLength(70);
    const of = byFilePrefix(out);
    // rates are no money: a 下浮率 citing a price document's year, a 定点 折扣率
    for (const p of ['h04-', 'h16-']) {
      expect(of(p)?.lots[0]?.amountForm, p).toBe('rate');
      expect(of(p)?.lots[0]?.amountYuan, p).toBeNull();
    }
    // a yearly price on a three-year term is no total
    expect(of('h05-')?.lots[0]?.amountForm).toBe('unit_price');
    // 废标 and 流标 award nothing
    for (const p of ['h08-', 'h09-']) {
      expect(of(p)?.kind, p).toBe('failure');
      expect(of(p)?.lots, p).toEqual([]);
    }
    // the first of three ranked candidates is the award; 招标控制价 is no budget
    expect(of('h03-')?.lots).toHaveLength(1);
    expect(of('h03-')?.budgetYuan).toBeNull();
    // a copy cut inside the agency's name leaves the agency unknown
    expect(of('h26-')?.agency).toBeNull();
    // a ccgp summary's 总中标金额 is the sum of the lots, never a lot of its own
    expect(of('h27-')?.lots.map((l) => l.amountYuan)).toEqual([782560, 452000]);
    // a 流标 row of a lots table is no lot; a scores table's losing offers are no lots
    expect(of('h35-')?.lots).toHaveLength(2);
    expect(of('h38-')?.lots).toHaveLength(1);
    // per-item 协议供货 prices and a 详见附件 award have no total
    for (const p of ['h42-', 'h46-']) expect(of(p)?.lots[0]?.amountYuan, p).toBeNull();
    // a fragment has no title; a flattened record's first value is its title
    expect(of('h40-')?.title).toBeNull();
    expect(of('h39-')?.title).toBe('获嘉县污水处理厂2024年度絮凝剂采购项目中标结果公告');
    expect(of('h43-')?.lots[0]?.amountYuan).toBe(687300);
    // single-source proposals and acceptances award nothing new
    for (const p of ['h51-', 'h52-']) expect(of(p)?.lots, p).toEqual([]);
    // a central unit is 中央 whatever its address
    expect(of('h55-')?.province).toBe('中央');
    expect(of('h55-')?.county).toBeNull();
    // a price per person per month, and a copy cut after the amount's label: no total
    for (const p of ['h61-', 'h62-', 'h66-']) expect(of(p)?.lots[0]?.amountYuan, p).toBeNull();
    // a consortium in one table cell is one lot of two vendors
    expect(of('h59-')?.lots[1]?.vendors).toHaveLength(2);
    // a three-year total over a per-year table is one lot of the total
    expect(of('h69-')?.lots.map((l) => l.amountYuan)).toEqual([1296000]);
  });
});
