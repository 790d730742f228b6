/**
 * The rules added in parser 1.2.0 so that unseen notice formats read right, one named row
 * each, through the real extractNotice (plus lotKey's own table).
 */
import { describe, expect, it } from 'vitest';
import { classifyTitle, extractNotice } from '../../scrapers/extract/index.js';
import { lotKey } from '../../scrapers/extract/lot-terms.js';
import type { Extraction } from '../../scrapers/extract/types.js';

interface Row {
  name: string;
  text?: string;
  html?: string;
  check: (e: Extraction) => void;
}

const lots = (e: Extraction) => e.lots.map((l) => [l.vendor, l.amountYuan]);

const rows: Row[] = [
  {
    name: '中标候选人公示 in label pairs: the first candidate and its own bid only',
    text: '某区融媒体中心短视频服务项目中标候选人公示\n招标人：某区融媒体中心\n第一中标候选人：甲乙文化传媒有限公司\n投标报价：人民币贰拾玖万陆仟元整（¥296000.00）\n第二中标候选人：丙丁传媒有限公司\n投标报价：¥305000.00',
    check: (e) => expect(lots(e)).toEqual([['甲乙文化传媒有限公司', 296000]]),
  },
  {
    name: '中标候选人公示 whose first candidate states no bid: the next candidate\'s bid is not borrowed',
    text: '某项目中标候选人公示\n第一中标候选人：甲乙文化传媒有限公司\n第二中标候选人：丙丁传媒有限公司\n投标报价：¥305000.00',
    check: (e) => expect(lots(e)).toEqual([['甲乙文化传媒有限公司', null]]),
  },
  {
    name: 'candidate table: the row ranked 1, not the cheapest or the first listed',
    text: '某馆短视频制作项目中标候选人公示\n排名 | 中标候选人名称 | 投标报价（元） | 得分\n2 | 丙丁传媒有限公司 | 329900 | 80.4\n1 | 甲乙影视传媒有限公司 | 337600 | 92.6',
    check: (e) => expect(lots(e)).toEqual([['甲乙影视传媒有限公司', 337600]]),
  },
  {
    name: 'prose "成交供应商为：X，成交价为…"',
    text: '某旗融媒体中心短视频项目成交结果公告\n经磋商小组评审，本项目成交供应商为：鄂尔多斯市蒙润文化传媒有限责任公司，成交价为人民币贰拾肆万捌仟元整（¥248,000.00）。',
    check: (e) => expect(lots(e)).toEqual([['鄂尔多斯市蒙润文化传媒有限责任公司', 248000]]),
  },
  {
    name: '入围 list of a framework agreement: one lot per vendor, no amount',
    text: '某区宣传片制作服务框架协议采购入围结果公告\n入围供应商名称：山东甲文化传媒有限公司、济南乙影视制作有限公司、山东丙科技有限公司\n最高入围价格：宣传片8000元/分钟',
    check: (e) => expect(lots(e)).toEqual([['山东甲文化传媒有限公司', null], ['济南乙影视制作有限公司', null], ['山东丙科技有限公司', null]]),
  },
  {
    name: 'consortium tagged （联合体牵头人）/（联合体成员）: one lot naming both',
    text: '某局直播服务项目成交公告\n成交供应商：云南甲电子商务有限公司（联合体牵头人）、丽江乙文化传播有限公司（联合体成员）\n成交金额：429,000.00元',
    check: (e) => expect(lots(e)).toEqual([['云南甲电子商务有限公司；丽江乙文化传播有限公司', 429000]]),
  },
  {
    name: 'a per-year price followed by the contract total: the total',
    text: '某局新媒体运营服务项目中标公告\n中标供应商：河南甲文化传媒有限公司\n中标金额：18万元/年，服务期两年，合同总价36万元',
    check: (e) => expect(e.lots[0]).toMatchObject({ amountYuan: 360000, amountForm: 'total', amountText: '36万元' }),
  },
  {
    name: 'a unit price with a spending cap: the cap is not the award',
    text: '某局普法微视频制作成交结果公示\n成交单位：南京甲文化传媒有限公司\n成交单价：3800元/条\n预计数量：不少于60条，总额不超过23万元。',
    check: (e) => expect(e.lots[0]).toMatchObject({ amountYuan: null }),
  },
  {
    name: 'credit code in brackets after the vendor name',
    text: '某地区融媒体中心短视频栏目制作项目中标公告\n中标单位：新疆甲文化传播有限公司（统一社会信用代码：91652901MA78XK3B2Q），中标价：人民币672,000.00元',
    check: (e) => expect(lots(e)).toEqual([['新疆甲文化传播有限公司', 672000]]),
  },
  {
    name: 'vendor in a 名称 block under "成交供应商信息"; the buyer block after it stays the buyer',
    text: '某办公室网络文化作品制作服务项目成交结果公告\n三、成交供应商信息\n名称：云南甲文化传播有限公司\n地址：玉溪市红塔区聂耳路19号\n成交价：¥286,500.00\n四、采购人信息\n名称：中共玉溪市红塔区委网络安全和信息化委员会办公室',
    check: (e) => {
      expect(lots(e)).toEqual([['云南甲文化传播有限公司', 286500]]);
      expect(e.buyer).toBe('中共玉溪市红塔区委网络安全和信息化委员会办公室');
    },
  },
  {
    name: 'prose "综合评分第一名为X，…确定为成交供应商"',
    text: '某局短视频项目成交公告\n综合评分第一名为舟山甲文化传媒有限公司，经采购人确认，确定为成交供应商，成交价格为人民币叁拾叁万陆仟元整。',
    check: (e) => expect(lots(e)).toEqual([['舟山甲文化传媒有限公司', 336000]]),
  },
  {
    name: 'a 是否成交 column marks the winner with 是 (not the cheapest bid)',
    text: '某局文旅短视频制作询价结果公告\n供应商名称 | 报价（元） | 是否成交\n黄山甲文化传媒有限公司 | 128000 | 是\n安徽乙影视有限公司 | 133500 | 否\n合肥丙广告有限公司 | 125000 | 否',
    check: (e) => expect(lots(e)).toEqual([['黄山甲文化传媒有限公司', 128000]]),
  },
  {
    name: 'joint labels "中标供应商名称、地址：X，…" and "成交供应商及成交金额：X，…"',
    text: '某局短视频项目中标公告\n中标供应商名称、地址：湖南丙传媒有限公司，长沙市岳麓区麓山路1号\n中标金额：¥88000',
    check: (e) => expect(lots(e)).toEqual([['湖南丙传媒有限公司', 88000]]),
  },
  {
    name: 'prose "推荐X为中标人" drops the verb from the name',
    text: '某局宣传片项目中标公告\n经评标委员会评审，推荐湖南戊传媒有限公司为中标人，中标价为128000元。',
    check: (e) => expect(lots(e)).toEqual([['湖南戊传媒有限公司', 128000]]),
  },
  {
    name: 'prose "X以人民币98000元成交": vendor and price in one clause',
    text: '某局宣传片项目成交公告\n现将成交结果公告如下：湖南辛影视有限公司以人民币98000元成交。',
    check: (e) => expect(lots(e)).toEqual([['湖南辛影视有限公司', 98000]]),
  },
  {
    name: 'lower-case numerals closed by 元 are money ("二十九万八千元")',
    text: '某局短视频制作服务项目中标公告\n中标供应商：湖南甲传媒有限公司\n中标金额：二十九万八千元\n服务期一年，共三个账号',
    check: (e) => expect(e.lots[0]).toMatchObject({ amountYuan: 298000, amountText: '二十九万八千元' }),
  },
  {
    name: 'the unit in brackets before the number ("人民币（万元）29.8")',
    text: '某局短视频制作服务项目中标公告\n中标供应商：湖南甲传媒有限公司\n中标金额：人民币（万元）29.8',
    check: (e) => expect(e.lots[0]).toMatchObject({ amountYuan: 298000 }),
  },
  {
    name: 'a rate under its own label, with or without %, is never yuan',
    text: '某局宣传片制作定点采购结果公告\n包1：中标供应商：湖南甲传媒有限公司，中标下浮率：8\n包2：中标供应商：湖南乙传媒有限公司，中标费率：0.5%',
    check: (e) => expect(e.lots.map((l) => [l.amountYuan, l.amountForm, l.rateValue])).toEqual([[null, 'rate', 8], [null, 'rate', 0.5]]),
  },
  {
    name: '成交单位名称 label',
    text: '某县融媒体中心账号运营服务项目成交公告\n成交单位名称：宜昌甲文化传媒有限公司\n成交金额：人民币50.6万元（大写：伍拾万零陆仟元整）',
    check: (e) => expect(lots(e)).toEqual([['宜昌甲文化传媒有限公司', 506000]]),
  },
  {
    name: 'money unit stated above the table, not in its header',
    text: '某中心运营服务项目结果公告\n中标结果（金额单位：万元）\n包号 | 中标供应商 | 中标金额 | 评审得分\n1 | 泉州甲文化传媒有限公司 | 42.36 | 89.7',
    check: (e) => expect(lots(e)).toEqual([['泉州甲文化传媒有限公司', 423600]]),
  },
  {
    name: 'contract as one table row: 甲方 is the buyer, 乙方 the vendor, 合同名称 the project',
    text: '合同公告\n合同名称 | 甲方 | 乙方 | 合同金额（元） | 签订日期\n2024年短视频宣传服务合同 | 大通回族土族自治县文体旅游广电局 | 西宁甲文化传媒有限公司 | 158000.00 | 2024-03-15',
    check: (e) => {
      expect(e.kind).toBe('contract');
      expect(e.buyer).toBe('大通回族土族自治县文体旅游广电局');
      expect(lots(e)).toEqual([['西宁甲文化传媒有限公司', 158000]]);
      expect(e.isVideoOps).toBe(true);
    },
  },
  {
    name: 'buyer in prose "X就…项目采用单一来源方式"; "成交结果的公告" is an award',
    text: '关于某区政务短视频服务项目单一来源采购成交结果的公告\n清远市清新区人民政府办公室就清新区政务短视频服务项目采用单一来源方式进行采购，现将结果公告如下：\n成交供应商：清远甲传媒有限公司\n成交金额：¥268,800.00',
    check: (e) => {
      expect(e.kind).toBe('award');
      expect(e.buyer).toBe('清远市清新区人民政府办公室');
      expect(lots(e)).toEqual([['清远甲传媒有限公司', 268800]]);
    },
  },
  {
    name: 'no title, a 项目概况 head, yet a filled 中标（成交）信息 section: an award',
    text: '项目概况\n某项目的潜在投标人已完成评审。\n三、中标（成交）信息\n供应商名称：苏州甲文化传媒有限公司\n中标（成交）金额：¥588000.00',
    check: (e) => {
      expect(e.kind).toBe('award');
      expect(lots(e)).toEqual([['苏州甲文化传媒有限公司', 588000]]);
    },
  },
  {
    name: 'a correction: the corrected budget, not the original; its own date, not the first notice\'s',
    text: '某部网络视听内容制作服务项目更正公告\n三、首次公告日期：2024年5月6日\n1.原预算金额：80万元，现更正为：预算金额：65万元；\n更正日期：2024年5月14日',
    check: (e) => {
      expect(e.budgetYuan).toBe(650000);
      expect(e.publishedAt).toBe('2024-05-14');
      expect(e.isVideoOps).toBe(true);
    },
  },
  {
    name: 'a publicity period starts the day the notice is published',
    text: '某单一来源采购公示\n七、公示期限：2024年4月2日至2024年4月8日',
    check: (e) => expect(e.publishedAt).toBe('2024-04-02'),
  },
  {
    name: 'per-lot budgets and ceilings of a tender; the project ceiling is their sum, not lot 1\'s',
    text: '某中心公开招标公告\n预算金额：800000.00元\n包1：抖音号运营，预算金额：50万元，最高限价：50万元；\n包2：宣传片拍摄制作，预算金额：30万元，最高限价：29.6万元。',
    check: (e) => {
      expect(e.lots).toEqual([]);
      expect(e.budgetYuan).toBe(800000);
      expect(e.ceilingYuan).toBe(796000);
      expect(e.lotTerms.map((t) => [t.lot, t.budgetYuan, t.ceilingYuan])).toEqual([['1', 500000, 500000], ['2', 300000, 296000]]);
    },
  },
  {
    name: 'an awarded lot carries its own budget and ceiling from a lot table',
    text: '某项目中标公告\n包号 | 项目内容 | 预算金额（万元） | 最高限价（万元）\n1 | 账号运营 | 46 | 45\n2 | 直播 | 20 | 20\n包1：中标供应商：温州甲传媒有限公司，中标金额：448000元',
    check: (e) => expect(e.lots.map((l) => [l.lot, l.budgetYuan, l.ceilingYuan])).toEqual([['1', 460000, 450000]]),
  },
  {
    name: 'a single lot gets the project budget',
    text: '某中心短视频制作服务项目成交结果公告\n项目预算：20万元\n成交供应商：湖南甲文化传媒有限公司\n成交金额：¥198600',
    check: (e) => expect(e.lots[0]).toMatchObject({ amountYuan: 198600, budgetYuan: 200000 }),
  },
];

const buyers: Array<[string, string]> = [
  ['项目单位 when no 采购人 is named', '项目单位：长沙市芙蓉区融媒体中心'],
  ['需求单位 when no 采购人 is named', '需求单位：长沙市芙蓉区融媒体中心'],
  ['joint label 采购人名称及地址', '采购人名称及地址：长沙市芙蓉区融媒体中心，长沙市芙蓉区五一大道1号'],
  ['（以下简称"采购人"） is not part of the name', '采购人：长沙市芙蓉区融媒体中心（以下简称"采购人"）'],
  ['采购人信息：X on one line', '采购人信息：长沙市芙蓉区融媒体中心'],
  ['prose "本项目采购人为X，代理机构为Y"', '本项目采购人为长沙市芙蓉区融媒体中心，代理机构为湖南中诚招标有限公司。'],
  ['a named 采购人 wins over an earlier 需求单位', '需求单位：芙蓉区某街道\n采购人：长沙市芙蓉区融媒体中心'],
];

const places: Array<[string, string, [string | null, string | null, string | null]]> = [
  ['an alias followed by 镇 is a township, not a district (太平镇 ≠ 阜新市太平区): the address decides',
    '太平镇人民政府政务新媒体运营服务单一来源采购公示\n采购人：太平镇人民政府\n采购人地址：广东省广州市从化区太平镇广场路1号', ['广东省', '广州市', '从化区']],
  ['a city bureau\'s district branch: the title refines the name to the district',
    '盐城市亭湖区公安分局视频监控项目中标结果公告\n采购人：盐城市公安局亭湖分局', ['江苏省', '盐城市', '亭湖区']],
  ['a buyer named only by its department: the county from its address',
    '新媒体矩阵代运营服务项目询价成交公告\n采购人：县委宣传部\n采购人地址：湖南省邵阳市新邵县酿溪镇新城路12号', ['湖南省', '邵阳市', '新邵县']],
  ['城关镇 is everywhere: the county before it decides',
    '竞争性谈判公告\n采购人：嵩县城关镇人民政府', ['河南省', '洛阳市', '嵩县']],
  ['"恩施州" is the prefecture, not 恩施市 (autonomous prefectures have their short names)',
    '某项目中标公告\n采购人：恩施州文化和旅游局', ['湖北省', '恩施土家族苗族自治州', null]],
  ['"海南州" is 海南藏族自治州 in Qinghai, not 海南省', '某项目中标公告\n采购人：海南州融媒体中心', ['青海省', '海南藏族自治州', null]],
  ['"阿坝州汶川县": the county inside the short-named prefecture, not 阿坝县', '某项目中标公告\n采购人：阿坝州汶川县融媒体中心', ['四川省', '阿坝藏族羌族自治州', '汶川县']],
  ['"博尔塔拉州" (a 蒙古自治州 without 族)', '某项目中标公告\n采购人：博尔塔拉州融媒体中心', ['新疆维吾尔自治区', '博尔塔拉蒙古自治州', null]],
  ['a street named after a province is not that province ("北京路")',
    '某项目成交公告\n采购人：北京路小学\n采购人地址：广东省广州市越秀区北京路100号', ['广东省', '广州市', '越秀区']],
];

describe('parser 1.2.0 rules', () => {
  for (const r of rows) it(r.name, () => r.check(extractNotice(r.text != null ? { text: r.text } : { html: r.html! })));
  for (const [name, line] of buyers)
    it(`buyer: ${name}`, () => expect(extractNotice({ text: `短视频制作服务项目中标公告\n${line}\n中标供应商：湖南甲传媒有限公司\n中标金额：10万元` }).buyer).toBe('长沙市芙蓉区融媒体中心'));
  for (const [name, text, [province, city, county]] of places)
    it(name, () => expect(extractNotice({ text })).toMatchObject({ province, city, county }));
});

describe('classifyTitle: goods, works and placement that mention video are out of scope', () => {
  const cases: Array<[string, boolean]> = [
    ['政务短视频拍摄用无人机采购', false], ['融媒体中心采编播系统采购项目', false], ['融媒体中心非线性编辑工作站及单反相机采购', false],
    ['城市宣传片在央视投放服务', false], ['直播间建设项目', false], ['网络视听内容制作服务项目', true],
    ['政务新媒体矩阵建设与运营服务', true], ['宣传片制作及投放', true], ['短视频拍摄制作服务', true],
  ];
  for (const [title, want] of cases) it(title, () => expect(classifyTitle(title).isVideoOps).toBe(want));
});

describe('classifyNotice through the body', () => {
  it('two strong video words and nothing against decide a title that says nothing', () => {
    const e = extractNotice({ text: '某局阳光花城文旅宣传项目成交公告\n一包（文旅宣传片）：成交供应商：攀枝花甲影视有限公司，成交金额：叁拾贰万元整\n二包（短视频运营）：成交供应商：四川乙传媒有限公司，成交金额：壹拾捌万伍仟元整' });
    expect(e.isVideoOps).toBe(true);
  });
  it('two strong words beside equipment stay out', () => {
    const e = extractNotice({ text: '某局设备采购项目成交公告\n用于短视频拍摄的摄像机采购，含直播设备。\n成交供应商：甲科技有限公司' });
    expect(e.isVideoOps).toBe(false);
  });
});

describe('lotKey', () => {
  const cases: Array<[string, string | null, string | null]> = [
    ['包1', '包1', '1'], ['第二标段', '第二标段', '2'], ['bare number', '3', '3'], ['A分标', 'A分标', 'A'],
    ['第十二包', '第十二包', '12'], ['二十', '二十', '20'], ['标项 letter lower-case', 'b', 'B'], ['null', null, null], ['no label', '综合', null],
  ];
  for (const [name, input, want] of cases) it(name, () => expect(lotKey(input)).toBe(want));
});
