/**
 * Twenty-fourth held-out batch (tests/fixtures/extract/heldout24, 24 notices: 23 awards, 1
 * single-source publicity; two GBK, five HTML): procurement OUTSIDE the government portals,
 * second pass — 报业集团, 出版社, a 广播电视台, 交通/水务/燃气/港口 SOEs and branches, schools,
 * 疾控/卫健委, 图书馆/文化馆/博物馆, 共青团/工会/妇联, a 行业协会, a 开发区, a bank, an insurer, an
 * airport and a railway station. Labelled by hand and committed (8ece4ce) BEFORE the extractor
 * first ran on them, by an author who read neither the extractor nor heldout23.
 *
 * First score (the lead, parser 1.26.0/1.27.0): buyer 0.83, vendor 0.85, amount 0.90, kind 0.92,
 * province 0.92, city 0.86, county 0.89, lotPrecision 0.96, date/budget 1.00.
 * Second score (parser 1.28.0 at 3b9a4b4, after heldout23's fixes): the same figures, the same 17
 * misses. Mine at the start (1.28.0, 233043d), the same again:
 *   buyer 0.833 (20/24)  vendor 0.852 (23/27)  amount 0.900 (18/20)  lotPrecision 0.958 (23/24)
 *   budget 1.000 (5/5)  province 0.917 (22/24)  city 0.864 (19/22)  county 0.889 (8/9)
 *   kind 0.917 (22/24)  date 1.000  videoF1 1.000;  divisionCode 0.792 (19/24)  title 0.917 (22/24);
 *   serviceType, agency 1.000.
 *
 * Final score (parser 1.29.0): every scored field 1.000 but city 0.955 (21/22); divisionCode
 * 0.958 (23/24); kind, title, serviceType, agency 1.000.
 * Rules added (each a named row in traps-heldout24.test.ts): a side menu's heading (信息公开目录)
 * is no title; a "发布时间：… 来源：…" line above the title is no title; "受委托单位X的委托" drops
 * the role word; a city district's short name straight after its province ("河南中原…") is no
 * district; a national group's regional unit (中国铁路X局集团…站, 中国…X市分公司) is placed by
 * the place in its name; a company's branch named for a city is placed at that city; with no
 * buyer in the text, the body whose own 采购平台 the page's <title> names is the buyer; a
 * framework agreement's holders are read from every 标段 table, labelled with the 标段 heading;
 * a 中选 table ranking a runner-up awards the first-ranked only; (from the renamed-party sweep)
 * a prose winner's Latin brand may carry a hyphen (K-Star); (from the clothes sweep) a text's menu bar,
 * a side menu's heading line and a 信息公开 table's 名称 row are no title.
 * No relabel: the author's conventions agree with the earlier batches' (see the batch README).
 * Outputs of the corpus and every earlier batch compared before and after: no scored field changed.
 * Still failing: q02's city (郑州市 only in the site footer's address, which the HTML reader drops
 * as page chrome before any field is read); gated at the final score.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BATCH_EXTRA_GATES, BATCH_GATES, byFilePrefix, expectBatchGates } from './extra-scores.js';

const dir = join(import.meta.dirname, '..', 'fixtures', 'extract', 'heldout24');

// at the final score: city a little under it (q02, see the header)
const GATES = { ...BATCH_GATES, city: 0.95 };
const EXTRA_GATES = BATCH_EXTRA_GATES;

describe('twenty-fourth held-out batch', () => {
  it('procwatch extract --json meets the heldout24 gates, kind, serviceType, agency, divisionCode and title included', async () => {
    const out = await expectBatchGates(dir, 24, GATES, EXTRA_GATES);
    expect(out.trim().split('\n')).toHaveLength(24);
    const of = byFilePrefix(out);
    // an 信息公开 目录 page read past its side menu; a GBK page whose first line is 发布时间/来源
    expect([of('q02-')?.kind, of('q02-')?.buyer, of('q02-')?.lots.map((l) => l.vendor)]).toEqual(['award', '河南中原音像出版社有限公司', ['郑州星辰互娱文化传媒有限公司']]);
    expect([of('q16-')?.kind, of('q16-')?.buyer, of('q16-')?.divisionCode]).toEqual(['award', '容县妇女联合会', '450921']);
    // 委托单位 as written, without the role word
    expect(of('q13-')?.buyer).toBe('成都市青羊区文化馆');
    // a railway station and a provincial SOE's city branch placed by their names
    expect([of('q22-')?.divisionCode, of('q06-')?.divisionCode, of('q20-')?.divisionCode]).toEqual(['360100', '610300', '440000']);
    // the company whose own platform the page is
    expect(of('q05-')?.buyer).toBe('绍兴市水务集团有限公司');
    // five framework holders over two 标段; a ranked runner-up is no lot
    expect(of('q07-')?.lots.map((l) => [l.lot, l.amountYuan])).toEqual([['标段一', null], ['标段一', null], ['标段一', null], ['标段二', null], ['标段二', null]]);
    expect(of('q19-')?.lots.map((l) => [l.vendor, l.amountYuan])).toEqual([['丽水瓯江山水文化传媒有限公司', 96000]]);
  });
});
