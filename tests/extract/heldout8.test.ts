/**
 * Eighth held-out batch (tests/fixtures/extract/heldout8, s01–s116): written by an eighth engineer
 * at the weak spots the earlier authors reported: national firms' branches and channels as
 * vendors (中国移动 city branches, a 中国电信 county branch, 新华网 and 人民网 province branches, a
 * 人民网 频道) with the buyer's locality; natural persons and a 个体工商户 as vendors; 达人探店,
 * 网红直播带货 priced by commission, a 城市形象短视频征集 contest, bought broadcast rights and stock
 * footage; 微动画, MG动画, 微电影 and 纪录片 titles without 视频; 网信办 网络文化作品 and 舆情监测;
 * "单位：万元" above a table, 金额(万元) and two-row 万元 headers, 报价（元/年）, a 九二折 award,
 * 详见附件 beside an attachment name carrying a figure, 预算 and 最高限价 beside the award; a
 * 联合体 in one cell (牵头人/成员 labels) and in prose (由A与B组成的联合体), 入围 with 份额分配, a
 * lot whose vendor is 无; corrections of the amount and of the vendor, a 补充合同 and a 合同变更
 * with new totals, an acceptance with 合同金额; pages nested as the portals nest them (ccgp
 * 公告概要, <br> lines with &nbsp; runs, Hubei p/span, zcy fragments, Word mso markup, one span
 * per character, divs of &nbsp; labels); traps from the same templates (视频会议系统, LED屏,
 * 演播室装修, 采编播设备, 户外广告投放, 网络宣传 placement on a news portal, 舆情监测).
 * Labelled by hand (labels.jsonl, heldout3 format) and committed BEFORE the extractor ran on them:
 * s01–s25 (the blind part, written before the author read any extractor code) in one commit,
 * s26–s40 in a second (also before any run and before reading the code).
 *
 * First score, parser 1.8.1 (the honest figure for unseen notices):
 *   blind part s01–s25: buyer 1.000 (25/25)  vendor 0.720 (18/25)  amount 0.737 (14/19)
 *     lotPrecision 0.900 (18/20)  budget 1.000 (5/5)  province 1.000  city 1.000  county 1.000
 *     kind 1.000  date 1.000  videoF1 0.914 (precision 1.000, recall 0.842);  kind exact 1.000
 *     serviceType 0.840 (21/25)  agency 1.000  divisionCode 1.000  title 1.000.
 *   s26–s40: buyer 0.933 (14/15)  vendor 0.750 (9/12)  amount 0.727 (8/11)  lotPrecision 0.750
 *     (9/12)  kind exact 0.933 (14/15)  serviceType 0.933 (14/15); every other field 1.000
 *     (budget 5/5, videoF1 1.000).
 *   all 40: buyer 0.975  vendor 0.730  amount 0.730  lotPrecision 0.840  videoF1 0.950
 *     serviceType 0.875 (35/40)  kind exact 0.975 (39/40); every other field 1.000.
 * What failed: a 人民网 频道 as vendor was no name (s04); a natural person "X（自然人）" gave a lot
 * without a vendor (s05) and, in a 是否成交 table under a 成交结果 heading, the two losing rows
 * instead (s31); a 联合体 in one cell with 牵头人：/成员： labels gave nothing (s15), and in prose
 * ("中标人为由A（牵头人）与B（成员）组成的联合体") a lot without a vendor (s27); 入围 holders listed as
 * "第一名：X，…分配份额50%" gave one lot named "单价均按第一名磋商报价执行" (a clause ending in 行
 * read as an organisation) (s16); a 补充合同 took the 原合同金额 (s19) and a 合同变更公告 was a
 * correction with nothing awarded (s28); a Word works table (中标人名称 | 中标价（元） | 工期 |
 * 项目经理) was no table (s23); the prose buyer "江湾镇人民政府" dropped the county the title names
 * (s31); 网络文化作品 (s03), 微动画 (s10) and MG动画 (s11) were not video ops (s03's body was
 * out-voted by an agency address on 建设北路); a 短视频征集 contest was production, not other_video
 * (s08); "新媒体内容生产服务" was account operation (s38).
 * After those fixes every field scored 1.000 on all 40. s41–s52 were written next by the same
 * author, having read the extractor, to probe the fixes in other shapes (a （个人） vendor in 万元,
 * "确定A与B组成的联合体为成交供应商", 入围 holders one a line with share notes, a 合同变更 in prose,
 * a 中国联通 county branch on ccgp, a 个体工商户 and a 人民网 频道 in prose, a 补充合同 with no new
 * total, a zcy table won by a person) and traps (抖音 feed ads, a 网信办's 视频会商系统), and
 * committed before the extractor ran on them: first score vendor 0.733 (11/15), amount 0.818
 * (9/11), lotPrecision 0.917 (11/12), every other field 1.000 (the consortium without 由 gave a
 * vendorless lot; un-numbered holder lines gave none; "合同金额由X调整为Y" gave no amount).
 * s53–s64 followed, labelled and committed before the extractor ran on them: the portals' page
 * shapes (gdgpo content, a GBK layout table, a zcy API response saved as .txt, an aggregator copy,
 * Word spans inside cells, PDF text with a wrapped vendor under 单位：万元), titles with no video
 * word (动漫短片, AI数字人新闻播报) and traps (a 4K转播车 rental, 同步录音录像 equipment): first score
 * videoF1 0.947 (recall 0.900) and serviceType 0.833 (10/12), every other field 1.000 (动漫短片
 * was not video; 数字人播报 short videos were typed as account operation).
 * s65–s74 likewise (a template 下浮率, a ccgp summary of ￥0 beside 见附件, budget/ceiling/award
 * columns, a 联合体 as two labelled lines, a lot row of 无, an acceptance table, spans inside
 * cells, a 变更前/变更后 table, lot budgets in 万元, a printing trap): first score vendor 0.857 (6/7),
 * amount 0.800 (4/5), lotPrecision 0.750 (6/8), every other field 1.000 (the two consortium lines
 * gave two lots).
 * s75–s84 likewise (a person ranked first in a 成交候选人公示, two ccgp lots in 万元 with a branch,
 * a zcy consortium cell, a Hubei person vendor, 内容生产及运营, a lot row of /, unit prices beside
 * 详见附件, a 天网 trap, a 合同补充协议, an 入围 table with shares): first score vendor 0.923 (12/13),
 * amount 0.889 (8/9), every other field 1.000 (a heading "二、成交候选人" over "第一成交候选人：X"
 * read as "候选人第一" and hid X, whatever X was).
 * s85–s94 likewise (a person under a 姓名 column, a central buyer with 新华网, a per-episode price
 * with its total, 短视频拍摄设备, a 履约验收, a contract in uppercase only, a 终止, a total with its
 * parts, 舆情监测 beside short videos priced apart, a GB18030 text): first score vendor 0.875 (7/8),
 * amount 0.875 (7/8), every other field 1.000 (a bare name under 成交人姓名 was no vendor).
 * s95–s99 likewise (a title "中标结果及部分流标公告", vendors with Latin letters and digits in prose,
 * inline lots and candidates, a generic 网络宣传服务 that runs accounts): first score vendor 0.333
 * (2/6), amount 0.333 (2/6), lotPrecision 0.500 (2/4), kind exact 0.800 (4/5), serviceType 0.800
 * (4/5), every other field 1.000 (the title's 流标 made a failure; prose and inline names allowed
 * no letters or digits; a body naming 直播 was live streaming though it ran named accounts).
 * s100–s105 likewise (a 【成交公告】 prefix and a middle dot in a prose name, a 共青团 committee under
 * its full name, a yearly price on three years, a county SOE's 比选 入选, a credit code in the
 * vendor cell, 智慧屏/展播终端 hardware): first score vendor 0.667 (4/6), amount 0.400 (2/5),
 * lotPrecision 0.800 (4/5), videoF1 0.909 (precision 0.833), serviceType 0.833 (5/6), title 0.833
 * (5/6), every other field 1.000.
 * s106–s111 likewise (a consortium joined by a slash, 万 in a cell under a 元 header, （小微企业）
 * notes in a field and in prose, a vendor cell of two <p> lines in a nested table, uppercase with
 * 零): first score vendor 0.833 (5/6), amount 0.833 (5/6), lotPrecision 0.833 (5/6), every other
 * field 1.000 (the slash-joined consortium was one unreadable name).
 * s112–s116 (a Jiangsu API response saved as .txt, a Beijing GB2312 page in 通州区, a ccgp 中央公告
 * with 人民网, 天津 滨海新区 with a 新华网 branch, a 个体工商户 in a table) scored 1.000 on every field
 * at their first run.
 * After the fixes (parser 1.9.0) every field scores 1.000 on all 116; each fix is a named row in
 * traps-heldout8.test.ts. The gates sit a little under.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BATCH_EXTRA_GATES, BATCH_GATES, byFilePrefix, expectBatchGates } from './extra-scores.js';

const dir = join(import.meta.dirname, '..', 'fixtures', 'extract', 'heldout8');


describe('eighth held-out batch', () => {
  it('procwatch extract --json meets the heldout8 gates, kind, serviceType, agency, divisionCode and title included', async () => {
    const out = await expectBatchGates(dir, 116, BATCH_GATES, BATCH_EXTRA_GATES);
    const of = byFilePrefix(out);
    // a commission, a 折扣 and a yearly price carry no total; 详见附件 is no amount, whatever the
    // attachment's name says (null labels are not scored above)
    expect(of('s07-')?.lots[0]).toMatchObject({ amountYuan: null, amountForm: 'rate' });
    expect(of('s29-')?.lots[0]).toMatchObject({ amountYuan: null, amountForm: 'rate' });
    expect(of('s65-')?.lots[0]).toMatchObject({ amountYuan: null, amountForm: 'rate' });
    // a ccgp summary of ￥0.000000 万元 beside 见附件 is no amount
    expect(of('s66-')?.lots[0]).toMatchObject({ amountYuan: null });
    expect(of('s14-')?.lots[0]).toMatchObject({ amountYuan: null, amountForm: 'unit_price' });
    expect(of('s102-')?.lots[0]).toMatchObject({ amountYuan: null });
    expect(of('s25-')?.lots[0]).toMatchObject({ vendor: '上饶信江云影文化传媒有限公司', amountYuan: null });
    // 入围 holders are one lot each without an amount; a lot whose vendor is 无 is no lot
    expect(of('s16-')?.lots.map((l) => l.amountYuan)).toEqual([null, null, null]);
    expect(of('s17-')?.lots).toHaveLength(1);
    // corrections, an acceptance, an intention and a single-source publicity award nothing
    for (const p of ['s18-', 's20-', 's35-', 's37-', 's40-', 's63-', 's64-', 's70-', 's73-', 's74-', 's89-', 's91-']) expect(of(p)?.lots, p).toEqual([]);
    // a 补充合同 and a 合同变更 are contracts at their new totals
    expect(of('s19-')).toMatchObject({ kind: 'contract', lots: [{ amountYuan: 386000 }] });
    expect(of('s28-')).toMatchObject({ kind: 'contract', lots: [{ amountYuan: 286000 }] });
    expect(of('s44-')).toMatchObject({ kind: 'contract', lots: [{ amountYuan: 396000 }] });
    // a 补充合同 that writes no new total has no amount
    expect(of('s50-')?.lots[0]).toMatchObject({ amountYuan: null });
    expect(of('s43-')?.lots.map((l) => l.amountYuan)).toEqual([null, null, null]);
    expect(of('s84-')?.lots.map((l) => l.amountYuan)).toEqual([null, null, null]);
    expect(of('s83-')).toMatchObject({ kind: 'contract', lots: [{ amountYuan: 238000 }] });
    // central buyers have no place below 中央
    for (const p of ['s86-', 's114-']) expect(of(p), p).toMatchObject({ province: '中央', city: null, county: null });
    // unit prices beside 详见附件 are no total
    expect(of('s81-')?.lots[0]).toMatchObject({ amountYuan: null });
  });
});
