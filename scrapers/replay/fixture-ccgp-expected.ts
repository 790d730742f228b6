/**
 * What a correct extraction of each modelled ccgp notice yields, keyed by `<projectCode>/<kind>`:
 * the lots (label as written, vendor, amount in yuan — null when the notice states a rate or a
 * unit price, never a total) and the budget. The generator copies these into index.json as
 * `expected`, so scraper and extractor tests can assert exact rows; tests/replay checks that each
 * value is actually printed in its page. Only modelled notices have them (corpus truth lives in
 * shared/corpus/labels.jsonl).
 * @module
 */

/** One expected lot. */
export interface ExpectedLot {
  label: string | null;
  vendor: string;
  /** null when the notice gives a rate (下浮率, 折扣率, 下浮系数) or a unit price instead of a total */
  amountYuan: number | null;
}

/** The expected extraction of one notice. */
export interface ExpectedNotice {
  lots: ExpectedLot[];
  budgetYuan: number | null;
}

const one = (vendor: string, amountYuan: number | null): ExpectedNotice => ({ lots: [{ label: null, vendor, amountYuan }], budgetYuan: null });
const many = (...lots: Array<[string | null, string, number | null]>): ExpectedNotice => ({
  lots: lots.map(([label, vendor, amountYuan]) => ({ label, vendor, amountYuan })),
  budgetYuan: null,
});
const budget = (budgetYuan: number): ExpectedNotice => ({ lots: [], budgetYuan });
const none: ExpectedNotice = { lots: [], budgetYuan: null };

export const CCGP_EXPECTED: Record<string, ExpectedNotice> = {
  'PJCG-2023-0417/award': one('岳阳市星火文化传媒有限公司', 486_000),
  // the later correction changes the award to 468000.00元; it adds no lot of its own
  'PJCG-2023-0417/correction': none,
  'JSCG-2022-0315/award': one('郑州影向文化传播有限公司', 248_000),
  'XHSF-2021-07/award': one('杭州一帧文化创意有限公司', 250_000),
  '510101202400000123/award': many(['01包', '成都蓉视传媒有限公司', 688_500], ['02包', '四川锦城新媒体科技有限公司', 448_000]),
  'CNWL-2022-019/award': many(['A', '四川竹海影视文化传播有限公司', 398_000], ['B', '宜宾光影传媒有限公司', 165_000]),
  'GLZC2023-C3-110201-GXZB/award': many(['1', '桂林山水视界文化传媒有限公司', 456_800], ['2', '广西漓江融媒科技有限公司', 288_800]),
  'RJXC-2024-031/award': one('赣州红土地影视文化有限公司', 386_000),
  'GZZFCG-2025-KJ-0042/award': one('广东南方新视界传媒科技有限公司', null),
  'SDGP371323000202300018/award': one('临沂沂蒙影像文化传媒有限公司', null),
  'WYSWL-2022-12/award': one('南平市茶乡映画文化传播有限公司', 123_456.78),
  '0773-2141GNLH0612/award': one('北京绿野视听文化传媒有限公司', 1_980_000),
  'QXFW-2024-CS-17/award': many([null, '北京云图天象文化科技有限公司', 398_000], [null, '北京晴空影视制作有限公司', 328_000]),
  'LQZC-2025-0630/award': many(['1', '阜阳颍淮传媒有限公司', 248_000], ['2', '合肥皖视文化传播有限公司', 180_000]),
  'YNXWL-2026-008/award': one('伊犁河谷影视传媒有限公司', 1_348_000),
  'TKTZF-2022-11/award': one('呼和浩特市青城视界文化传媒有限公司', 650_000),
  'BCZC2025-0902/award': one('大理苍洱视觉文化传播有限公司', 298_000),
  'CGWX-2023-066/award': one('汉中汉水文化传媒有限公司（联合体牵头人）、西安秦川新媒体科技有限公司', 360_000),
  'LCSW-2024-015/award': one('恩施硒都星选电子商务有限公司', 196_000),
  'TYQWL-2025-1203/award': one('海南椰风视听科技有限公司', 520_000),
  'WZRM-2021-1215/award': many(['第一包', '重庆三峡影像传媒有限公司', 568_800], ['第二包', '重庆山城纪录文化有限公司', 350_000]),
  'QAZC-2026-0708/award': one('天水麦积文化传媒有限公司', 275_000),
  'HZXC-2024-1021/award': one('西宁高原之声传媒有限公司', 180_000),
  'MTZC-2024-0312/tender': budget(600_000),
  'MTZC-2024-0312/correction': none,
  'MTZC-2024-0312/award': one('遵义黔韵文化传媒有限公司', 568_000),
  'MTZC-2024-0312/contract': one('遵义黔韵文化传媒有限公司', 568_000),
  'PXCS-2025-0304/tender': budget(480_000),
  'JZWL-2022-TP-07/tender': budget(340_000),
  // intentions list several projects with their own budgets (万元 column): no single notice budget
  'TXYX-2025-01/intention': none,
  'MHXW-YX-2023/intention': none,
  'TXDY-2025-04/single-source': one('吴忠黄河视讯文化传媒有限公司', 360_000),
  'YQRM-2021-DY-02/single-source': one('北京妫川影视制作有限公司', 478_000),
  'YJZF-2022-HT-19/contract': one('温州楠溪江文化传媒有限公司', 298_000),
  'ZDWL-2023-0801/failure': none,
  'LYZF-2024-1102/failure': none,
  'ZDGA-2022-0330/award': one('石家庄安视智能科技有限公司', 2_386_500),
  'XMZF-2023-0418/award': one('沈阳华讯视通科技有限公司', 312_800),
  'YDZC-2024-0702/award': one('深圳市光显电子有限公司', 1_268_000),
  'QXGA-2025-0520/tender': budget(860_000),
  'NAGA-2021-0907/tender': budget(1_500_000),
  'BXYJ-2022-1025/award': one('哈尔滨北视通信技术有限公司', 458_000),
  'MTEZ-2026-0226/tender': budget(168_000),
  'WZDS-2025-1014/tender': budget(3_960_000),
  'YYWL-2023-1109/award': one('湖南潇湘广告传媒有限公司', 880_000),
  'YJGA-2024-0201/award': one('杭州海存信息技术有限公司', 736_000),
};
