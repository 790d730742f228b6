/**
 * Twenty-first held-out batch (tests/fixtures/extract/heldout21, 25 notices): what follows an
 * award: 合同公告 (plain fields, a 服务类合同预览 cut short, a yearly price on a three-year term, a
 * 代建 unit signing for the buyer, traditional characters, GBK, a 万元 pipe table, a 下浮率, a copy
 * cut after 合同金额：, a 中央 unit), 合同变更 / 补充协议 with their new totals, 结果更正 (vendor,
 * amount), 中标结果变更 after the first candidate withdrew, 验收 / 履约验收, 进口产品专家论证,
 * 单一来源公示, 暂停 / 恢复, 质疑答复, 投诉处理决定, 废标, a result republished by a county
 * 融媒体中心 site; 14 video, 11 not. Labelled by hand and committed (78b7beb) BEFORE the extractor
 * first ran on them, by an author who had not read the extractor's code.
 *
 * First score (parser 1.21.0; the honest figure for unseen post-award notices, original labels):
 *   buyer 0.960 (24/25)  vendor 0.923 (12/13)  amount 0.900 (9/10)  lotPrecision 1.000 (12/12)
 *   budget 1.000 (7/7)  date 0.958 (23/24)  province 1.000 (25/25)  city 1.000 (24/24)
 *   county 1.000 (24/24)  kind 1.000 (25/25)  videoOps P/R/F1 1.000;  kind exact 0.960 (24/25)
 *   serviceType 0.960 (24/25)  agency 0.960 (24/25)  divisionCode 1.000 (25/25)  title 1.000.
 * What failed: c22, a contract as a pipe table "供应商名称 | 合同金额（万元）" (only 乙方 headers were
 * read as contract rows: no lot); c16, a complaint decision whose respondents are numbered
 * ("被投诉人1：X学校 / 被投诉人2：Y招标有限公司": buyer the 财政局 deciding, agency null); c13, a
 * 暂停公告 read as a failure. Two misses were the author's labels against established rules, and
 * were relabelled after the first run: c06 serviceType (a title naming 短视频制作及账号运营 with no
 * money per service is account_operation, service-type.ts) and c20 date (a contract's signing
 * date is never its publication date, traps.test.ts): the first score above counts them as misses.
 *
 * Final score (parser 1.22.0): every scored field 1.000. Rules, each a named row in
 * traps-heldout21.test.ts: a 暂停公告 / 恢复公告 is a correction (中止 stays a failure, as heldout7
 * decided); numbered respondents of a complaint are read, the one with an agent's trade in its name
 * being the agency; a "供应商… | 合同金额" table is a contract row. Outputs of the corpus and every
 * earlier batch compared before and after: only heldout10 u01's buyer confidence changed.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BATCH_EXTRA_GATES, BATCH_GATES, byFilePrefix, expectBatchGates } from './extra-scores.js';

const dir = join(import.meta.dirname, '..', 'fixtures', 'extract', 'heldout21');

const lotsOf = (p: ReturnType<ReturnType<typeof byFilePrefix>>) => (p?.lots ?? []).map((l) => [l.vendor, l.amountYuan, l.amountForm]);

describe('twenty-first held-out batch', () => {
  it('procwatch extract --json meets the heldout21 gates, kind, serviceType, agency, divisionCode and title included', async () => {
    const out = await expectBatchGates(dir, 24, BATCH_GATES, BATCH_EXTRA_GATES);
    expect(out.trim().split('\n')).toHaveLength(25);
    const of = byFilePrefix(out);
    // a contract's value: the new total of a change, never the original or the increment
    expect(lotsOf(of('c04-'))).toEqual([['保定恒洁物业服务有限公司', 643600, 'total']]);
    expect(lotsOf(of('c05-'))).toEqual([['山东沂蒙光影文化传播有限公司', 510000, 'total']]);
    // a yearly price on a three-year term is no total; a 下浮率 is a rate; a copy cut after 合同金额： has none
    expect(lotsOf(of('c03-'))).toEqual([['四川蜀韵新媒科技有限公司', null, 'unit_price']]);
    expect(of('c03-')?.budgetYuan).toBe(1500000);
    expect(lotsOf(of('c23-'))).toEqual([['如皋市通达汽车维修服务有限公司', null, 'rate']]);
    expect(lotsOf(of('c24-'))).toEqual([['陕西秦汉影视文化传播有限公司', null, 'none']]);
    // the glued cell "详见附件11286400": the 合计 is the amount
    expect(lotsOf(of('c02-'))).toEqual([['湖北三峡楚源物业服务有限公司', 1286400, 'total']]);
    // what follows an award and restates it awards nothing itself
    for (const p of ['c06-', 'c07-', 'c08-', 'c09-', 'c10-', 'c15-', 'c16-']) expect(of(p)?.lots, p).toEqual([]);
    expect(of('c08-')?.kind).toBe('correction');
    expect(of('c09-')?.kind).toBe('acceptance');
    // a suspension and its resumption change the tender; the budget restated
    expect([of('c13-')?.kind, of('c13-')?.budgetYuan]).toEqual(['correction', 720000]);
    expect([of('c14-')?.kind, of('c14-')?.budgetYuan]).toEqual(['correction', 1360000]);
    // the respondents of a complaint: the school buys, the agency ran it
    expect([of('c16-')?.buyer, of('c16-')?.agency]).toEqual(['包头市昆都仑区第三中学', '内蒙古草原金桥招标有限公司']);
    // a 代建 unit signs for the buyer; a county 融媒体中心 site republishes another body's result
    expect(of('c19-')?.buyer).toBe('英德市教育局');
    expect(of('c18-')?.buyer).toBe('光山县文化广电和旅游局');
    // a contract with only its signing date: the contract date, no publication date
    expect([of('c20-')?.publishedAt, of('c20-')?.contractDate]).toEqual([null, '2025-02-25']);
  });
});
