/**
 * Eleventh held-out batch (tests/fixtures/extract/heldout11, v01–v45): written by an eleventh
 * engineer at the newer kinds of video work governments buy (文旅 微短剧 / 网络短剧, AIGC video and
 * 数字人 presenters, 小红书 / 视频号 / B站 / 快手 work, 海外社交媒体 accounts run for a 新闻办 /
 * 外宣办 / 国际传播中心, 外宣短视频, event 网络直播, 农产品 直播带货 with 主播 fees, 文旅 KOL/达人
 * packages, 研学 publicity, per-video frameworks with and without a yearly ceiling) and at pages
 * holding several projects (批量结果公告, 合并公告, a county's weekly 汇总, an 电子卖场 daily list, an
 * intention list with two video rows, a batch with a 废标 project); one price over several
 * services, 开发区 codes, 万元 as bare integers, two-character persons; traps from the same
 * templates (直播设备, 演播厅, 网络安全 + 舆情, TV airtime + 报纸版面 + 广告牌, billboards + LED).
 * Labelled by hand (labels.jsonl, heldout7 format) and committed BEFORE the extractor ran on
 * them: v01–v25 (the blind part, written before the author read any extractor code) in one
 * commit, v26–v40 in a second (also before any run and before reading the code).
 *
 * First score, parser 1.11.0 (the honest figure for unseen notices), against the labels as first
 * committed:
 *   blind part v01–v25: buyer 0.840 (21/25)  vendor 0.969 (31/32)  amount 0.966 (28/29)
 *     lotPrecision 0.969 (31/32)  budget 1.000 (4/4)  province 1.000  city 0.960 (24/25)  county
 *     0.947 (18/19)  kind 1.000  date 0.960 (24/25)  videoF1 1.000;  kind exact 1.000  serviceType
 *     0.960 (24/25)  agency 1.000  divisionCode 0.920 (23/25)  title 0.960 (24/25).
 *   v26–v40: buyer 0.800 (12/15)  vendor 0.933 (14/15)  amount 0.933 (14/15)  lotPrecision 1.000
 *     budget 0.750 (3/4)  province 1.000  city 1.000  county 0.929 (13/14)  kind 1.000  date 1.000
 *     videoF1 1.000;  serviceType 1.000  agency 1.000  divisionCode 0.933 (14/15)  title 1.000.
 *   all 40: buyer 0.825 (33/40)  vendor 0.957 (45/47)  amount 0.955 (42/44)  lotPrecision 0.978
 *     (45/46)  budget 0.875 (7/8)  province 1.000  city 0.975  county 0.939 (31/33)  kind 1.000
 *     date 0.975  videoF1 1.000;  serviceType 0.975 (39/40)  agency 1.000  divisionCode 0.925
 *     (37/40)  title 0.975 (39/40).
 * The new kinds of work were classified right on the first run (videoF1 1.000, every trap out);
 * what failed were pages of several projects: a result list's or a 合并公告's buyers gave only
 * the first (v13, v14, v32, v33, v34), a tab header "采购单位\t采购项目" was read as the buyer
 * 采购项目 (v15, v17; v17 then had no place); persons with two-character names had no vendor, in
 * prose "确定王强为成交人" (v21) and in a row marked 自然人 (v36); "预算金额不变，仍为人民币陆拾万元整"
 * had no budget (v29); a byline date "灵川县财政局\u3000 2025-09-12" was unread (v15); a daily list's
 * "（2025年11月20日）" was cut from its title (v17); a 高新区 was placed at its statistics code
 * 340176 (v19); a 经开区 was not placed by its address (v35).
 * Not scored by the shared scorer, the lots of a 合并公告's projects had no label (v14 项目一/项目二,
 * v33 "1."/"3.", v41 （一）…): fixed too.
 * One label was revised after the first run: v35 (the 经开区) from 长沙县 by its address to the
 * city, as address-place.ts and heldout3 treat a zone's address.
 * v41–v45 were written next by the same author, having read the extractor, to probe the fixes in
 * other shapes (采购人 per project in a prose batch titled "…结果合并公告", a rowspan buyer cell in a
 * mall list, "确定赵磊为本项目成交供应商", "预算金额调整为：…", an HTML intention table with an AIGC
 * row above a 直播 row), and committed before the extractor ran on them: first score buyer 0.800
 * (4/5), vendor 0.571 (4/7), amount 0.571 (4/7), kind 0.800 (4/5), serviceType 0.800 (4/5), every
 * other field 1.000 ("结果合并公告" was no award kind, so v41 lost its three lots; the intention
 * list typed by its whole text was live_streaming). Both fixed; v45's buyer stays a miss (the
 * title's 象山县委宣传部 against the label's 中共象山县委宣传部 from the prose).
 * After the fixes (parser 1.12.0) every scored field is 1.000 on all 45 (blind part included) but
 * buyer 0.978 (44/45, v45),
 * serviceType 0.978 (44/45: v20's "文旅宣传视频制作" title over a 宣传片 lot and a 短视频 lot reads
 * as video_production, the label takes the first lot's promo_film) and divisionCode 0.978 (44/45:
 * v19, 合肥高新技术产业开发区 at its statistics code 340176, the label at the city as heldout10 u10;
 * heldout3 labels 兰州新区 and 苏州工业园区 at theirs, so the two conventions conflict and the
 * extractor keeps heldout3's). Parser 1.14.0 settled it: xx7x zone codes are not GB/T 2260, a
 * zone is placed at its city (heldout3 relabelled), and v19 scores. Each fix is a named row in traps-heldout11.test.ts.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BATCH_EXTRA_GATES, BATCH_GATES, byFilePrefix, expectBatchGates } from './extra-scores.js';

const dir = join(import.meta.dirname, '..', 'fixtures', 'extract', 'heldout11');


describe('eleventh held-out batch', () => {
  it('procwatch extract --json meets the heldout11 gates, kind, serviceType, agency, divisionCode and title included', async () => {
    const out = await expectBatchGates(dir, 45, BATCH_GATES, BATCH_EXTRA_GATES);
    const of = byFilePrefix(out);
    // pages of several projects: every buyer, every awarded row
    expect(of('v13-')?.buyer).toBe('中共丽水市莲都区委宣传部；丽水市莲都区文化和广电旅游体育局；丽水市莲都区老竹畲族镇人民政府');
    expect(of('v13-')?.lots.map((l) => l.amountYuan)).toEqual([168000, 92000, 45600]);
    expect(of('v14-')?.buyer).toBe('永春县融媒体中心；永春县卫生健康局');
    expect(of('v15-')).toMatchObject({ buyer: '灵川县教育局；灵川县大圩镇人民政府；灵川县人民医院', publishedAt: '2025-09-12' });
    expect(of('v17-')).toMatchObject({ buyer: '遵义市汇川区委宣传部', title: '贵州省政府采购网上超市（电子卖场）成交结果日公告（2025年11月20日）' });
    expect(of('v33-')?.lots.map((l) => [l.lot, l.amountYuan])).toEqual([['1', 88000], ['3', 152000]]);
    expect(of('v14-')?.lots.map((l) => l.lot)).toEqual(['项目一', '项目二']);
    expect(of('v34-')?.lots.map((l) => l.amountYuan)).toEqual([96000, 45000, 120000]);
    expect(of('v41-')).toMatchObject({ kind: 'award', buyer: '金溪县融媒体中心；金溪县文化广电新闻出版旅游局' });
    expect(of('v42-')?.buyer).toBe('仁怀市文体广电旅游局；仁怀市茅台镇人民政府');
    expect(of('v45-')).toMatchObject({ kind: 'intention', serviceType: 'video_production', budgetYuan: null });
    // persons with two-character names
    expect(of('v21-')?.lots).toMatchObject([{ vendor: '王强', amountYuan: 28000 }]);
    expect(of('v36-')?.lots).toMatchObject([{ vendor: '李娜', amountYuan: 19500 }]);
    expect(of('v43-')?.lots).toMatchObject([{ vendor: '赵磊', amountYuan: 19800 }]);
    // per-video frameworks are unit prices, with or without a yearly ceiling
    for (const p of ['v04-', 'v11-', 'v12-']) expect(of(p)?.lots.map((l) => [l.amountYuan, l.amountForm]), p).toEqual([[null, 'unit_price']]);
    // a correction restating its budget; 万元 as bare integers under a unit line and in brackets
    expect(of('v29-')?.budgetYuan).toBe(600000);
    expect(of('v44-')?.budgetYuan).toBe(450000);
    expect(of('v20-')?.lots.map((l) => l.amountYuan)).toEqual([360000, 240000]);
    expect(of('v39-')?.budgetYuan).toBe(800000);
    // the new kinds of work, and the traps from the same templates
    expect(of('v01-')?.serviceType).toBe('video_production');
    expect(of('v05-')?.serviceType).toBe('account_operation');
    expect(of('v07-')?.serviceType).toBe('live_streaming');
    for (const p of ['v22-', 'v23-', 'v24-', 'v25-', 'v37-']) expect(of(p)?.isVideoOps, p).toBe(false);
  });
});
