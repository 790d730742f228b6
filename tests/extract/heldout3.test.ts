/**
 * Third held-out batch (tests/fixtures/extract/heldout3, 56 + 13 + 12 notices, k01–k56, l01–l13, m01–m12): written by a third
 * engineer in the shapes of ccgp detail pages (公告概要, chrome dates), zcy fragments (Zhejiang,
 * Guangxi), Hubei/Guangdong/Jiangsu/Hebei portal pages, 公共资源交易中心 pages and plain texts,
 * aimed at what the first two batches covered least: every kind (intention, single-source
 * publicity, corrections that change the amount or the vendor, termination, 废标, a 结果公告 that
 * is a 流标, contract vs award, acceptance, prequalification, 询价/谈判 results, an invitation
 * tender, an award titled "…项目公告", "关于确定…的公示"); mixed service types where the dominant
 * paid service decides, and non-video traps (视频监控 运维, 视频会议, 融媒体设备, 广电设备, LED,
 * website only, 舆情监测, 播出系统); buyers only in the 落款, central units with local addresses,
 * homonyms (朝阳区, 普陀区, 通州区, 向阳区, 海南区, 吉林市), zones (兰州新区, 两江新区, 西安高新,
 * 苏州工业园区); unit, monthly, yearly and rate prices, 含税/不含税, budget and ceiling beside
 * the award, score and price columns; chrome vs 落款 vs 公示期 dates, 二〇二六年一月五日, 2026.1.5.
 * Labelled by hand (labels.jsonl, with service_type, agency and division_code) and committed
 * BEFORE the extractor first ran on them. The author had read kind.ts and video-classifier.ts,
 * but not the amount, party, date or locality code, when writing them.
 *
 * First score, parser 1.3.0 (the honest figure for unseen notices):
 *   shared scorer: buyer 0.982 (55/56)  date 0.964 (54/56)  kind 1.000 (56/56, folded)
 *     province 1.000 (56/56)  city 1.000 (52/52)  county 1.000 (46/46)  budget 1.000 (10/10)
 *     vendor 1.000 (47/47)  amount 1.000 (43/43)  lotPrecision 1.000 (47/47)  videoF1 1.000
 *   the other contract keys (extra-scores.ts): kind exact 1.000 (56/56)  serviceType 0.929 (52/56)
 *     agency 1.000 (56/56)  divisionCode 0.893 (50/56)
 * What failed: 直播 in a mixed title beat the service the money went to (3 notices); "新闻视频内容
 * 生产" read as account operation; a city's own organ and zones without a code placed in the
 * district of their office address (4); "【信息时间：…】" not read as a date; a 公示期 start beating
 * the 落款 date; a buyer named only in the 落款. Each is a named row in traps-heldout3.test.ts.
 * Two divisionCode misses (兰州新区 620171, 苏州工业园区 320576: zones the division data codes)
 * were settled by revising those two labels to the project's convention (see their notes);
 * parser 1.14.0 revised them back to the city (620100 and 320500, county null): the statistics
 * bureau's xx7x zone codes are not GB/T 2260 codes, and the extractor no longer emits them.
 * After those fixes every field scores 1.000 on the 56.
 *
 * A second part (l01–l13, 13 notices) was then written and labelled, and committed before it was
 * run; its author had by then read the extractor, so this figure is less blind. First score
 * (with the part-one fixes): kind exact 0.846 (11/13), serviceType 0.692 (9/13), agency 0.923
 * (12/13), amount 0.875 (7/8), videoOps precision 0.769 (3 false positives), every other field
 * 1.000. What failed: "…公告的补充通知" read as the tender it amends; "资格预审结果公告" as an
 * award; 庭审直播系统 运维 and 课堂直播系统 采购 (IT systems) and 视听节目内容审核 (review) taken
 * for video operations; a 党员教育电视片 read as short-video production; the agency named only in
 * "X公司受Y委托"; "年服务费28.8万元，三年合计86.4万元" read as 28.8万. After the fixes (parser
 * 1.4.0) every field scores 1.000 on all 69.
 *
 * A third part (m01–m12, 12 notices; same conditions as the second) scored, first run: kind
 * exact 0.917 (11/12: "政府采购计划公示" read as other), budget 0.667 (2/3: per-lot budgets in a
 * table under "单位：万元" not read), every other field 1.000. After the fixes: 1.000 on all 81.
 * Titles (scored too since the contract lists them) were 81/81 from the first run.
 * The gates sit a little under.
 */
import { join } from 'node:path';
import { describe, it } from 'vitest';
import { expectBatchGates } from './extra-scores.js';

const dir = join(import.meta.dirname, '..', 'fixtures', 'extract', 'heldout3');

const GATES = {
  buyer: 0.96, vendor: 0.95, amount: 0.95, lotPrecision: 0.95, budget: 0.9,
  province: 0.96, city: 0.95, county: 0.95, kind: 0.96, date: 0.95, videoF1: 0.95,
};
const EXTRA_GATES = { kind: 0.96, serviceType: 0.94, agency: 0.95, divisionCode: 0.94, title: 0.96 };

describe('third held-out batch', () => {
  it('procwatch extract --json meets the heldout3 gates, kind, serviceType, agency, divisionCode and title included', async () => {
    await expectBatchGates(dir, 80, GATES, EXTRA_GATES);
  });
});
