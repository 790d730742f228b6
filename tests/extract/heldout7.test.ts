/**
 * Seventh held-out batch (tests/fixtures/extract/heldout7, r01–r58): written by a seventh engineer
 * on shapes no earlier batch covered: 竞争性磋商/谈判 results with a 评审得分 ranking table and the
 * winner on its own line or only by rank ("推荐排名第一的供应商为成交供应商"); 成交候选人公示 and a
 * 公共资源交易 中标候选人公示 (项目编号 table, 公示期); 中选/入选 (比选) and "确定X为本项目供应商";
 * "（以下简称“乙方”）", "（下称“成交供应商”）" and "（下称甲方）" aliases; dates as 2024/01/05,
 * 2024.1.5 and 二〇二三年十二月二十八日, a 发布时间 that disagrees with the 落款; amounts as "¥：128000.00",
 * "128000.00元（含税）", "12.8万", "0.156亿元", "人民币（大写）…（¥…）", uppercase with 小写 below, a
 * 单价×数量 table priced by its 合计 row, a monthly fee beside a total, a three-year total paid
 * yearly; 分包 results as headings (one 废标); a 21 KB 采购需求 before the result; layout tables
 * nesting the award table; buyers that are a school, a college, a hospital, state-owned
 * enterprises (city and county), 共青团县委, 县妇联 and 县科协; a 磋商失败, a single-source publicity,
 * a one-project intention and a tender in 万元; traps from the same templates (a 融媒体中心 studio
 * renovation, 物业 with a 视频监控室, printing with video QR codes, archive digitisation of tapes).
 * Labelled by hand (labels.jsonl, heldout3 format) and committed BEFORE the extractor ran on them:
 * r01–r25 (the blind part, written before the author read any extractor code) in one commit,
 * r26–r40 in a second (also before any run and before reading the code).
 *
 * First score, parser 1.7.0 (the honest figure for unseen notices):
 *   blind part r01–r25: buyer 1.000 (25/25)  vendor 0.885 (23/26)  amount 0.846 (22/26)
 *     lotPrecision 0.885 (23/26)  budget 1.000 (8/8)  province 1.000  city 1.000  county 1.000
 *     kind 1.000  date 1.000  videoF1 1.000;  kind exact 1.000  serviceType 0.960 (24/25)
 *     agency 1.000  divisionCode 1.000  title 0.960 (24/25).
 *   r26–r40: vendor 0.833 (10/12)  amount 0.750 (9/12)  lotPrecision 0.833 (10/12); every other
 *     field 1.000 (budget 7/7).
 *   One label was revised after that run, to follow earlier batches' convention the author had
 *   missed (the figures above count the first label): r08 "城市形象宣传片及新媒体矩阵运营服务" is
 *   account_operation (running a 新媒体矩阵 is account operation beside a film), not promo_film —
 *   the blind serviceType miss.
 * What failed: a candidates table whose rank cells read "第一成交候选人" gave no lot (r02); an
 * itemised 单价×数量 table priced only by its 合计 row gave no amount (r09); a ranking of three
 * offers under "推荐排名第一的供应商为成交供应商" gave three lots (r23); "确定X为本项目供应商" gave no
 * vendor (r24); "X（下称“成交供应商”）为成交供应商，…以人民币…承接本项目" gave nothing (r25); a
 * contract's bare "供应商：X（下称乙方）" gave no vendor (r26); "中选价：36.8万元" gave no amount (r36);
 * "确定第一中选候选人X为中选人" kept the rank in the name and found no price (r38); a layout table's
 * side menu ("交易信息") was taken for the title (r17).
 * r41–r52 were written after those fixes, to probe them in other shapes (a 名次 table of 第1名 in
 * 万元 under "确定排名第一的供应商为成交供应商", 成交单位 with （以下简称“成交人”）, 包一/包二/包三 headings
 * with one 流标, a 合计 row in 万元, candidates as "第一名：X  投标报价：…" lines, 乙方（供应商） with
 * 合同总价款, 录播教室 and 广播电视 覆盖 traps, 总工会 and 残联 buyers, candidate lines before a 万元
 * award), labelled and committed before the extractor ran on them: first score vendor 0.923
 * (12/13), amount 0.846 (11/13), every other field 1.000 (candidates written "第一名：X" gave no lot;
 * "合同总价款" was no award label).
 * After those fixes every field scored 1.000 on all 52. r53–r58 were written later still, by an
 * author who had read the extractor (a sideways three-lot table with an LED lot, a national SOE's
 * city branch, 科普动画 on 视频号, a two-round 谈判 whose winner line has no amount, 直播间设备 as a
 * trap, a 网络微短剧 contract), and committed before the extractor ran on them: first score videoF1
 * 0.889 (recall 0.800) and serviceType 0.833 (5/6), every other field 1.000: r53's title
 * "文旅宣传服务及设备采购项目" names equipment, which took the whole notice out of scope though two
 * of its three lots are video (now a mixed title lets the body's lots decide).
 * After the fixes (parser 1.8.0) every field scores 1.000 on all 58; each fix is a named row in
 * traps-heldout7.test.ts. The gates sit a little under.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BATCH_EXTRA_GATES, BATCH_GATES, byFilePrefix, expectBatchGates } from './extra-scores.js';

const dir = join(import.meta.dirname, '..', 'fixtures', 'extract', 'heldout7');


describe('seventh held-out batch', () => {
  it('procwatch extract --json meets the heldout7 gates, kind, serviceType, agency, divisionCode and title included', async () => {
    const out = await expectBatchGates(dir, 58, BATCH_GATES, BATCH_EXTRA_GATES);
    const of = byFilePrefix(out);
    // a ranking's losing offers and the other candidates are never lots
    expect(of('r01-')?.lots).toHaveLength(1);
    expect(of('r08-')?.lots).toHaveLength(1);
    expect(of('r23-')?.lots).toHaveLength(1);
    expect(of('r41-')?.lots).toHaveLength(1);
    expect(of('r51-')?.lots).toHaveLength(1);
    // lots as headings keep their numbers; a 废标 heading is no lot; a 合计 row is no lot
    expect(of('r11-')?.lots.map((l) => l.lot)).toEqual(['1', '2']);
    expect(of('r29-')?.lots).toHaveLength(1);
    expect(of('r43-')?.lots).toHaveLength(2);
    // a sideways table gives one lot per column, the LED lot included
    expect(of('r53-')?.lots.map((l) => l.amountYuan)).toEqual([236000, 158000, 412600]);
    expect(of('r39-')?.lots).toHaveLength(2);
    // the page's 发布时间 over the 落款; a contract's 公告日期 over its 签订日期
    expect(of('r05-')?.publishedAt).toBe('2024-01-05');
    expect(of('r04-')?.publishedAt).toBe('2023-12-28');
    // a 磋商失败 and a single-source publicity award nothing
    expect(of('r31-')).toMatchObject({ kind: 'failure', lots: [] });
    expect(of('r33-')).toMatchObject({ kind: 'single_source', lots: [] });
  });
});
