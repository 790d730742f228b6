/**
 * Sixth held-out batch (tests/fixtures/extract/heldout6, q01–q49): written by a sixth engineer
 * on formats no earlier batch covered: 政采云 电子卖场 反向竞价, 网上商城 定点 and 直购 orders,
 * 网上超市 竞价 and 网上询价 results with their structured tables; 询价 results with a quote table
 * and the winner in prose; contracts with 甲方/乙方, 采购单位/中标单位 (合同金额(万元)：38.6) and
 * 委托方/受托方; intention lists (a table of five rows, numbered blocks) where one project is
 * video ops; three lots of which one is printing and two 标段 in prose; a 下浮率, a 折扣率, 元/条
 * and 元/月 awards; 废标, 终止 and a zcy lot 流标; corrections in a table and in prose; PDF text
 * (page headers, names, table cells and an amount wrapped onto the next line); full-width
 * digits; town, 街道 and 开发区 buyers, a buyer named only in the title (本单位), 西海岸新区 and
 * 市中区; a （北京） 分公司, a 个体工商户 and a 联合体 with role notes; notices inside
 * div.footer-content and div#sidebar-main beside headingless side lists; joint buyers separated by
 * a space; and traps (视频会议 terminals, 雪亮工程 upkeep, live-commerce training for farmers,
 * 新媒体 equipment, a 融媒体中心 renovation).
 * Labelled by hand (labels.jsonl, heldout3 format) and committed BEFORE the extractor ran on
 * them: q01–q25 (the blind part, written before the author read any extractor code) and
 * q26–q42 in two commits.
 *
 * First score, parser 1.6.1 (the honest figure for unseen notices):
 *   blind part q01–q25: buyer 0.960 (24/25)  vendor 0.875 (21/24)  amount 0.762 (16/21)
 *     lotPrecision 0.913 (21/23)  budget 0.833 (5/6)  province 1.000  city 1.000  county 1.000
 *     kind 1.000  date 1.000  videoF1 0.979 (recall 0.958);  kind exact 1.000  serviceType 0.960
 *     (24/25)  agency 0.960 (24/25)  divisionCode 1.000  title 1.000; besides, unscored: a
 *     1,650元/条 award with no amount form (none, not unit_price), and single lots labelled "1"
 *     from a one-row table's 序号.
 *   q26–q42: buyer 0.941 (16/17)  vendor 0.933 (14/15)  amount 0.857 (12/14)  lotPrecision
 *     0.933 (14/15)  budget 0.667 (2/3)  county 0.882 (15/17)  videoF1 0.960 (recall 0.923)
 *     serviceType 0.882 (15/17)  divisionCode 0.882 (15/17)  title 0.882 (15/17); every other
 *     field 1.000.
 *   Three labels were revised after that run, to follow earlier batches' conventions the author
 *   had missed (the figures above count the first labels): q34 青岛西海岸新区 at city level (as
 *   heldout3 m11; first labelled 黄岛区, one county and one divisionCode miss), and q07/q35
 *   intention lists of several projects with no single budget (as heldout c13/h40; first
 *   labelled with the video row's budget, the blind budget miss).
 * What failed: "询价小组一致推荐X为成交供应商" read the recommender into the vendor (q03); a
 * vendor "X工作室（个体工商户）" was dropped (q22); buyers separated by a space stayed one name
 * (q25); 委托方/受托方 gave no buyer and no vendor (q39); a row with a space inside a cell ("华为
 * TE30") shifted the amount onto the quantity "4套" (q06); PDF text lost the lot whose vendor
 * cell wrapped ("…传媒有 / 限公司", q14), read "¥280,\n000.00" as 280 (q33) and cut an agency at
 * its line break (q14); a headingless side list's "中标金额：43.8万元" became the award (q24); an
 * intention list's 视频监控 row outweighed its video row (q07) and numbered blocks gave the first
 * block's budget and no verdict (q35); "乐山市市中区" lost its district (q40); a portal banner
 * line was taken for the title (q36, q40); "融媒体服务项目" with a short-video 标段 was typed as
 * account operation (q42).
 * q43–q49 were written after those fixes, to probe them in other shapes, labelled and committed
 * before the extractor ran on them: first score vendor 0.833 (5/6), amount 0.833 (5/6), agency
 * 0.857 (6/7), every other field 1.000 (a PDF vendor wrapped onto a line holding only
 * "限责任公司" was glued after the row's last cell; an agency broken before "限公司 地址：…" was
 * lost).
 * After the fixes (parser 1.7.0) every field scores 1.000 on all 49; each fix is a named row in
 * traps-heldout6.test.ts. The gates sit a little under.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BATCH_EXTRA_GATES, BATCH_GATES, byFilePrefix, expectBatchGates } from './extra-scores.js';

const dir = join(import.meta.dirname, '..', 'fixtures', 'extract', 'heldout6');


describe('sixth held-out batch', () => {
  it('procwatch extract --json meets the heldout6 gates, kind, serviceType, agency, divisionCode and title included', async () => {
    const out = await expectBatchGates(dir, 49, BATCH_GATES, BATCH_EXTRA_GATES);
    const of = byFilePrefix(out);
    // rates and unit prices carry no total (null labels are not scored above)
    expect(of('q09-')?.lots[0]).toMatchObject({ amountYuan: null, amountForm: 'rate' });
    expect(of('q10-')?.lots[0]).toMatchObject({ amountYuan: null, amountForm: 'unit_price' });
    expect(of('q11-')?.lots[0]).toMatchObject({ amountYuan: null, amountForm: 'unit_price' });
    expect(of('q41-')?.lots[0]).toMatchObject({ amountYuan: null, amountForm: 'rate' });
    // an intention list of several projects has no single budget
    expect(of('q07-')?.budgetYuan).toBeNull();
    expect(of('q35-')?.budgetYuan).toBeNull();
    // a one-row table's 序号 labels no lot; the printing lot is still an awarded lot
    expect(of('q01-')?.lots.map((l) => l.lot)).toEqual([null]);
    expect(of('q08-')?.lots).toHaveLength(3);
  });
});
