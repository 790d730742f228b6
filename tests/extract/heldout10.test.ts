/**
 * Tenth held-out batch (tests/fixtures/extract/heldout10, u01–u46): written by a tenth engineer at
 * what the ninth said still failed and at shapes no batch had: 投诉处理决定书 / 质疑答复 whose title
 * says nothing of video (an agency as 被投诉人, the buyer only in prose, a reply quoting the earlier
 * award), masked and rare-surname persons (马**, 禤, 仉), a documentary and shorts under one price,
 * TV news airtime bought from a station; publishers no batch used (乡镇人民政府, 街道办事处, 村民委员会,
 * 开发区管委会, 党校, 档案馆, 文联, 红十字会, 消防救援支队, 公安局 with a 视频监控 trap, 法院, 检察院,
 * local and provincial 国家税务总局 offices); hard tables (12 lots and a 合计 row, 废标/流标/无 cells,
 * 单价（元/条） and 金额（万元） headers, a rowspan vendor, a header row in its own <table>, a table drawn
 * with │ box characters); GBK bytes under a utf-8 meta and the reverse, zcy / Jiangsu / gdgpo API
 * JSON, U+200B and &nbsp; inside names and numbers; a three-year framework, an operation + 投放费
 * bundle. Labelled by hand (labels.jsonl, heldout7 format) and committed BEFORE the extractor ran
 * on them: u01–u25 (the blind part, written before the author read any extractor code) in one
 * commit, u26–u41 in a second (also before any run and before reading the code).
 *
 * First score, parser 1.10.0 (the honest figure for unseen notices), against the labels as first
 * committed:
 *   blind part u01–u25: buyer 1.000  vendor 0.947 (36/38)  amount 0.947 (36/38)  lotPrecision
 *     0.947 (36/38)  budget 1.000 (5/5)  province 0.960 (24/25)  city 0.960 (24/25)  county 0.952
 *     (20/21)  kind 1.000  date 1.000  videoF1 1.000;  kind exact 1.000  serviceType 0.920 (23/25)
 *     agency 0.960 (24/25)  divisionCode 0.920 (23/25)  title 1.000.
 *   u26–u41: buyer 0.938 (15/16)  vendor 0.692 (9/13)  amount 0.538 (7/13)  lotPrecision 0.900
 *     (9/10)  budget 0.750 (3/4)  province 0.875  city 0.933  county 0.923  kind 0.875  date 0.938
 *     videoF1 0.933 (recall 0.875);  serviceType 0.750 (12/16)  agency 0.875 (14/16)  divisionCode
 *     0.812 (13/16)  title 0.875 (14/16).
 *   all 41: buyer 0.976  vendor 0.882 (45/51)  amount 0.843 (43/51)  lotPrecision 0.938 (45/48)
 *     budget 0.889 (8/9)  province 0.927  city 0.950  county 0.941  kind 0.951  date 0.976  videoF1
 *     0.974;  serviceType 0.854 (35/41)  agency 0.927 (38/41)  divisionCode 0.878 (36/41)  title
 *     0.951 (39/41).
 * What failed: a masked person chosen "确定由马**（自然人）承担本项目" and a person with a rare surname
 * (禤志坚) under 成交供应商名称 gave lots without a vendor (u03, u04); 国家税务总局 district and
 * provincial offices were 中央 (u20, u39); a page of UTF-8 bytes under a gb2312 <meta> was mojibake
 * (u28: kind, buyer, place, lot all lost); a table drawn with │ box characters gave no lots (u26);
 * "152,&nbsp;600.00" read as 152 (u33); "中标金额：合同总价人民币柒拾贰万元整（¥720,000.00）" had no
 * amount (u34); a "…项目质疑的答复" title was an award with the quoted lot (u37); a complaint
 * decision's agency as 被投诉人 was unread (u01, u36); "（延安干部培训学院）" in a title made short-video
 * course making training, out of scope (u38); gdgpo's API budget field was unread (u31).
 * Two labels were revised after the first run: u37's division code (520404 is 普定县; 平坝区 is
 * 520403, a labelling slip) and u36's title (the issuing bureau's line joins the document name, as
 * heldout9 t10 labels it).
 * u41 (a person in a key-value table under a vendor header spanning two columns, the amount cell
 * spanning two rows) failed too: no lot.
 * u42–u46 were written next by the same author, having read the extractor, to probe the fixes in
 * other shapes (a 国家统计局 survey team, "决定由X承担该项目，合同价款为…", a double-line ║ box table
 * with 万元 in its header, a 集中采购机构 as 被投诉人, a word joiner inside a vendor's name beside a
 * yearly fee only), and committed before the extractor ran on them: first score vendor 0.800 (4/5),
 * lotPrecision 0.800 (4/5), agency 0.800 (4/5), every other field 1.000 (U+2060 stayed inside the
 * name; "（集中采购机构）" was no agency mark). Both fixed.
 * After the fixes (parser 1.11.0) every scored field is 1.000 on all 46 (blind part included) but
 * serviceType 0.957 (44/46: u02's 新媒体短视频宣传服务 named once in a
 * 质疑答复, u40's 短视频及宣传片 intention without a split; u23's 合计 row had been weighed as the
 * unpriced live-stream row above it, fixed) and divisionCode 0.978 (45/46: u10, the extractor places
 * 芜湖经济技术开发区 at its statistical code 340271, the label at the city). Each fix is a named row
 * in traps-heldout10.test.ts.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BATCH_EXTRA_GATES, BATCH_GATES, byFilePrefix, expectBatchGates } from './extra-scores.js';

const dir = join(import.meta.dirname, '..', 'fixtures', 'extract', 'heldout10');


describe('tenth held-out batch', () => {
  it('procwatch extract --json meets the heldout10 gates, kind, serviceType, agency, divisionCode and title included', async () => {
    const out = await expectBatchGates(dir, 46, BATCH_GATES, BATCH_EXTRA_GATES);
    const of = byFilePrefix(out);
    // complaint decisions and challenge replies award nothing; the agency may be a respondent
    for (const p of ['u01-', 'u02-', 'u36-', 'u37-', 'u38-', 'u40-']) expect(of(p)?.lots, p).toEqual([]);
    expect(of('u01-')).toMatchObject({ kind: 'other', buyer: '徐闻县融媒体中心', agency: '广东琼州海峡招标代理有限公司' });
    expect(of('u37-')?.kind).toBe('other');
    // persons as vendors
    expect(of('u03-')?.lots[0]).toMatchObject({ vendor: '马**', amountYuan: 36000 });
    expect(of('u04-')?.lots[0]).toMatchObject({ vendor: '禤志坚', amountYuan: 29800 });
    expect(of('u41-')?.lots).toMatchObject([{ vendor: '仉广德', amountYuan: 42800 }]);
    // 国家税务总局 offices are where they stand
    expect(of('u20-')?.province).toBe('浙江省');
    expect(of('u39-')?.province).toBe('贵州省');
    // hard tables: 12 lots and a 合计 row, 废标/流标 cells, a rowspan vendor, a split table, box characters
    expect(of('u21-')?.lots).toHaveLength(12);
    expect(of('u22-')?.lots.map((l) => l.lot)).toEqual(['1', '3']);
    expect(of('u24-')?.lots.map((l) => l.vendor)).toEqual(['云南红河朱家花园文化传播有限公司', '云南红河朱家花园文化传播有限公司', '昆明滇池云播科技有限公司']);
    expect(of('u25-')?.lots.map((l) => l.amountYuan)).toEqual([268000, 195500]);
    expect(of('u26-')?.lots.map((l) => l.amountYuan)).toEqual([138000, 86400]);
    // units in a header, a framework total, a bundle with ad placement
    expect(of('u23-')?.lots[0]?.amountYuan).toBe(336000);
    expect(of('u34-')?.lots[0]?.amountYuan).toBe(720000);
    expect(of('u35-')?.lots).toMatchObject([{ amountYuan: 568000 }]);
    // encodings, JSON and odd spaces
    expect(of('u27-')?.buyer).toBe('江油市融媒体中心');
    expect(of('u28-')?.buyer).toBe('永修县文化广电新闻出版旅游局');
    expect(of('u31-')?.budgetYuan).toBe(200000);
    expect(of('u32-')?.lots[0]?.amountYuan).toBe(216800);
    expect(of('u33-')?.lots[0]?.amountYuan).toBe(152600);
    // the probes: a survey team at its city, 集中采购机构 as agency, a word joiner, a yearly fee only
    expect(of('u42-')?.province).toBe('江苏省');
    expect(of('u45-')?.agency).toBe('永济市政府采购中心');
    expect(of('u46-')?.lots).toMatchObject([{ vendor: '广西荔江云媒文化传播有限公司', amountYuan: null }]);
  });
});
