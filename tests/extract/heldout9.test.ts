/**
 * Ninth held-out batch (tests/fixtures/extract/heldout9, t01–t46): written by a ninth engineer at
 * provinces and portals no batch had imitated (山东 and 河南 portals, a 四川 city 公共资源交易中心,
 * 云南, 贵州, 甘肃, 新疆, 黑龙江, 吉林, 西藏, 青海, 宁夏, 内蒙古, 河北, 山西, 辽宁), at a university's and a
 * hospital's own procurement pages and a provincial SOE's e-bidding platform, and at the weak
 * spots the eighth batch reported: masked persons (李**, 张*) and a bare name in prose as vendors,
 * vendors ending 工作室, 中心（有限合伙）, 农民专业合作社, 研究院有限公司; an amount only in an image
 * attachment, 0.00 beside unit prices, 入围 holders each given an amount, a 补充合同 stating only the
 * increment, a negative 核减金额 beside the new total; generic 宣传服务 / 新闻宣传服务 titles decided by
 * their scope; 12.8600万元, 25.06.17, 2025-1-5, 壹佰贰拾万元整 alone; "/" and "—" cells; notices that
 * carry money but award nothing (采购需求公示, 单一来源 专家论证, 验收报告, 履约评价, 质疑答复,
 * 投诉处理决定书, a tender quoting its 招标文件) and traps (视频监控 运维 candidates, billboards under a
 * generic title, newspaper and TV news placement).
 * Labelled by hand (labels.jsonl, heldout7 format) and committed BEFORE the extractor ran on them:
 * t01–t25 (the blind part, written before the author read any extractor code) in one commit,
 * t26–t40 in a second (also before any run and before reading the code).
 *
 * First score, parser 1.9.0 (the honest figure for unseen notices), against the labels as first
 * committed:
 *   blind part t01–t25: buyer 0.920 (23/25)  vendor 0.952 (20/21)  amount 0.833 (15/18)
 *     lotPrecision 0.870 (20/23)  budget 0.889 (8/9)  province 1.000  city 0.920 (23/25)
 *     county 0.917 (22/24)  kind 0.880 (22/25)  date 0.960 (24/25)  videoF1 0.957 (precision
 *     1.000, recall 0.917);  kind exact 0.880 (22/25)  serviceType 0.920 (23/25)  agency 1.000
 *     divisionCode 0.880 (22/25)  title 0.920 (23/25).
 *   t26–t40: vendor 0.875 (14/16)  amount 0.875 (14/16)  lotPrecision 0.875 (14/16); every other
 *     field 1.000.
 *   all 40: buyer 0.950  vendor 0.919 (34/37)  amount 0.853 (29/34)  lotPrecision 0.872 (34/39)
 *     budget 0.909 (10/11)  city 0.950  county 0.949  kind 0.925  date 0.975  videoF1 0.972
 *     kind exact 0.925 (37/40)  serviceType 0.950 (38/40)  divisionCode 0.925 (37/40)  title 0.950
 *     (38/40)  agency 1.000  province 1.000.
 * What failed: masked persons (李**, 张*) under vendor labels and a bare name in prose ("确定刘建华为
 * 成交供应商") gave lots without a vendor (t04, t32, t33); a 履约评价 and a 投诉处理决定书 were
 * awards with a lot, the decision's buyer the 财政局 and its vendor "相关供应商X" (t08, t10); a
 * 质疑答复 was a tender, its title took the portal's name over a breadcrumb and its
 * "预算金额（280,000.00元）" was read as a unit (t09); 入围 holders' 分配金额 were no amounts (t15); a 宣传服务 title whose film was "用于…投放" was out of scope (t13);
 * "发布日期：25.06.17" was no date (t17); a university's and a hospital's own pages lost the city
 * and county of their unlabelled or 招标人地址 address (t20, t22), and the hospital's title was
 * its breadcrumb ("招标采购 > 结果公示") and its buyer unread (t21).
 * One label was revised after the first run to the project's convention: t21's county (an
 * institution named for its city stays at the city, heldout7 r37), first labelled 南岗区.
 * t41–t46 were written next by the same author, having read the extractor, to probe the fixes in
 * other shapes (a masked person in a table cell, a 事务所（普通合伙）, an 入围 table with 分配金额, a
 * 补充合同 table with only the increment, a person in prose with a masked ID number, a complaint
 * decision with a 采购项目名称 label), and committed before the extractor ran on them: first score
 * vendor 0.857 (6/7), amount 0.833 (5/6), lotPrecision 0.857 (6/7), every other field 1.000
 * ("成交供应商为赵海峰（身份证号：…）" was no name: prose read persons only after 确定); and, unseen by
 * the scorer (a null label is not scored), the 补充合同 table's 原合同金额 column gave its amount.
 * After the fixes (parser 1.10.0) every field scores 1.000 on all 46 but videoF1 0.988 and
 * serviceType 0.978 (45/46: the t10 投诉处理决定书 names its short-video project once, too little
 * for the body to decide; its title says nothing of video). Each fix is a named row in traps-heldout9.test.ts.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BATCH_EXTRA_GATES, BATCH_GATES, byFilePrefix, expectBatchGates } from './extra-scores.js';

const dir = join(import.meta.dirname, '..', 'fixtures', 'extract', 'heldout9');


describe('ninth held-out batch', () => {
  it('procwatch extract --json meets the heldout9 gates, kind, serviceType, agency, divisionCode and title included', async () => {
    const out = await expectBatchGates(dir, 46, BATCH_GATES, BATCH_EXTRA_GATES);
    const of = byFilePrefix(out);
    // notices that carry money but award nothing
    for (const p of ['t05-', 't06-', 't07-', 't08-', 't09-', 't10-', 't28-']) expect(of(p)?.lots, p).toEqual([]);
    expect(of('t10-')).toMatchObject({ kind: 'other', buyer: '兰陵县委宣传部' });
    // an amount only in an image, 0.00 beside unit prices, a 补充合同's increment: no amount
    for (const p of ['t14-', 't16-', 't18-']) expect(of(p)?.lots[0]?.amountYuan, p).toBeNull();
    // masked and bare persons are vendors as written
    expect(of('t04-')?.lots[0]).toMatchObject({ vendor: '李**', amountYuan: 48000 });
    expect(of('t32-')?.lots[0]).toMatchObject({ vendor: '张*', amountYuan: 38500 });
    expect(of('t33-')?.lots[0]).toMatchObject({ vendor: '刘建华', amountYuan: 48000 });
    expect(of('t41-')?.lots[0]).toMatchObject({ vendor: '王**', amountYuan: 36800 });
    expect(of('t45-')?.lots[0]).toMatchObject({ vendor: '赵海峰', amountYuan: 32000 });
    // 入围 holders each at their 分配金额; a 补充合同 table with only the increment has no amount
    expect(of('t43-')?.lots.map((l) => l.amountYuan)).toEqual([150000, 90000, 60000]);
    expect(of('t44-')?.lots[0]?.amountYuan).toBeNull();
    expect(of('t46-')).toMatchObject({ kind: 'other', lots: [], buyer: '鲁山县融媒体中心' });
    // a 合同变更 with a negative 核减金额 is the new total; a lot row of "/" and "—" is no lot
    expect(of('t35-')).toMatchObject({ kind: 'contract', lots: [{ amountYuan: 228000 }] });
    expect(of('t19-')?.lots).toHaveLength(1);
    // ccgp's 总中标金额 is the sum of the lots, never a lot
    expect(of('t36-')?.lots.map((l) => l.amountYuan)).toEqual([324600, 188000]);
  });
});
