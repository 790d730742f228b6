/**
 * Filler and the hostile notice for the ccgp replay.
 * - ~100 short non-video notices (办公用品, 物业, 工程 …) from real places, so channel lists need
 *   several pages and the video-ops classifier has plenty to skip. Deterministic (seeded).
 * - The hostile notice (issue 5): a video-ops award whose title carries `<script>`, quotes and
 *   `&`, and whose body is about 1 MB; it must be shown as text everywhere.
 * @module
 */
import { awardBody, tenderBody, type Parties } from './fixture-ccgp-bodies.js';
import { summaryWan, type CcgpNoticeSpec, type SummaryRow } from './fixture-ccgp-spec.js';
import { mulberry32 } from './mulberry32.js';

/** Real places: province, city, county (county may equal the city district level). */
export const PLACES: Array<[string, string, string]> = [
  ['河北省', '石家庄市', '正定县'], ['山西省', '太原市', '清徐县'], ['内蒙古自治区', '呼和浩特市', '托克托县'],
  ['辽宁省', '沈阳市', '新民市'], ['吉林省', '长春市', '农安县'], ['黑龙江省', '哈尔滨市', '宾县'],
  ['江苏省', '徐州市', '沛县'], ['浙江省', '温州市', '永嘉县'], ['安徽省', '阜阳市', '临泉县'],
  ['福建省', '南平市', '武夷山市'], ['江西省', '赣州市', '瑞金市'], ['山东省', '临沂市', '沂水县'],
  ['河南省', '周口市', '鹿邑县'], ['湖北省', '恩施土家族苗族自治州', '利川市'], ['湖南省', '岳阳市', '平江县'],
  ['广东省', '清远市', '英德市'], ['广西壮族自治区', '桂林市', '阳朔县'], ['海南省', '三亚市', '天涯区'],
  ['重庆市', '重庆市', '万州区'], ['四川省', '宜宾市', '长宁县'], ['贵州省', '遵义市', '湄潭县'],
  ['云南省', '大理白族自治州', '宾川县'], ['陕西省', '汉中市', '城固县'], ['甘肃省', '天水市', '秦安县'],
  ['青海省', '海东市', '互助土族自治县'], ['宁夏回族自治区', '吴忠市', '同心县'], ['新疆维吾尔自治区', '伊犁哈萨克自治州', '伊宁县'],
  ['上海市', '上海市', '闵行区'], ['天津市', '天津市', '蓟州区'], ['北京市', '北京市', '延庆区'],
];

const ANY = ['人民政府办公室', '财政局', '自然资源局', '交通运输局', '教育局', '卫生健康局'];
/** [item, 品目 top level, 品目, buyers that plausibly buy it] */
const ITEMS: Array<[string, 1 | 2 | 3, string, string[]]> = [
  ['办公用品采购', 1, '货物/办公消耗用品及类似物品', ANY], ['物业管理服务', 3, '服务/物业管理服务', ['人民政府办公室', '人民医院', '教育局']],
  ['道路维修工程', 2, '工程/修缮工程', ['交通运输局', '住房和城乡建设局']], ['食堂食材配送服务', 3, '服务/餐饮服务', ['第一中学', '人民医院']],
  ['保安服务', 3, '服务/安全服务', ANY], ['台式计算机采购', 1, '货物/台式计算机', ANY],
  ['课桌椅采购', 1, '货物/家具用具', ['第一中学', '教育局']], ['绿化养护服务', 3, '服务/园林绿化管护服务', ['住房和城乡建设局', '城市管理局']],
  ['档案数字化加工服务', 3, '服务/档案管理服务', ['自然资源局', '人民政府办公室', '人力资源和社会保障局']], ['医用耗材采购', 1, '货物/医用耗材', ['人民医院', '中医医院']],
  ['公务用车租赁服务', 3, '服务/车辆租赁服务', ANY], ['复印纸采购', 1, '货物/纸制品', ANY],
  ['办公楼维修改造工程', 2, '工程/装修工程', ANY], ['财务审计服务', 3, '服务/审计服务', ['财政局', '审计局']],
  ['学生校服采购', 1, '货物/服装', ['第一中学', '实验小学']], ['垃圾清运服务', 3, '服务/环境卫生服务', ['城市管理局']],
  ['农村公路养护工程', 2, '工程/公路工程', ['交通运输局']], ['法律顾问服务', 3, '服务/法律服务', ['人民政府办公室', '司法局']],
  ['空调设备采购', 1, '货物/空调机', ANY], ['图书采购', 1, '货物/图书', ['第一中学', '图书馆']],
];

const VENDOR_WORDS = ['恒信', '宏达', '诚泰', '瑞丰', '华盛', '金桥', '鼎盛', '天诚', '嘉禾', '正和'];
const VENDOR_TAILS: Array<[string, number]> = [['商贸有限公司', 1], ['物业服务有限公司', 3], ['建设工程有限公司', 2], ['科技有限公司', 1], ['服务有限公司', 3]];


function pubTimeAt(r: () => number): string {
  const start = Date.UTC(2021, 0, 4);
  const span = Date.UTC(2026, 9, 30) - start;
  const d = new Date(start + Math.floor(r() * span));
  return `${d.toISOString().slice(0, 10)} ${String(8 + Math.floor(r() * 10)).padStart(2, '0')}:${String(Math.floor(r() * 60)).padStart(2, '0')}`;
}

function baseSummary(title: string, buyer: string, region: string, pubTime: string, category: string): SummaryRow[] {
  return [
    { head: '公告信息：' },
    { pairs: [['采购项目名称', title.replace(/(中标|成交|公开招标|竞争性磋商)?(结果)?公告$/, '')]] },
    { pairs: [['品目', category]] },
    { pairs: [['采购单位', buyer]] },
    { pairs: [['行政区域', region], ['公告时间', pubTime.replace(/^(\d{4})-(\d\d)-(\d\d) /, '$1年$2月$3日  ')]] },
  ];
}

/** ~100 non-video filler notices, ids from `firstId`. */
export function fillerSpecs(firstId: number, count = 100): CcgpNoticeSpec[] {
  const r = mulberry32(20260415);
  const out: CcgpNoticeSpec[] = [];
  for (let i = 0; i < count; i++) {
    const [province, city, county] = PLACES[Math.floor(r() * PLACES.length)];
    const [item, pinMu, category, buyers] = ITEMS[Math.floor(r() * ITEMS.length)];
    const buyerKind = buyers[Math.floor(r() * buyers.length)];
    const buyer = `${county}${buyerKind}`;
    const agency = `${city.replace(/市$/, '')}${['公信', '建友', '正源', '中诚'][i % 4]}招标代理有限公司`;
    const pubTime = pubTimeAt(r);
    const year = pubTime.slice(0, 4);
    const name = `${buyer}${year}年${item}`;
    const code = `${year}-${String(100 + i)}${['HW', 'ZC', 'GK', 'CS'][i % 4]}`;
    const parties: Parties = { buyer, buyerAddr: `${province}${city}${county}人民路${10 + i}号`, agency, agencyAddr: `${city}建设路${i + 3}号`, agencyTel: `0${800 + i}-8${String(100000 + i * 37).slice(0, 6)}` };
    const isAward = r() < 0.6;
    const amount = Math.round((5 + r() * 300) * 1000) / 10 * 100;
    const summary = baseSummary(name, buyer, county, pubTime, category);
    let bodyHtml: string;
    let channel: string;
    let title: string;
    if (isAward) {
      const tail = VENDOR_TAILS.find(([, k]) => k === pinMu) ?? VENDOR_TAILS[0];
      const vendor = `${city.replace(/市$/, '')}${VENDOR_WORDS[Math.floor(r() * VENDOR_WORDS.length)]}${tail[0]}`;
      channel = r() < 0.5 ? 'zbgg' : 'cjgg';
      title = `${name}${channel === 'zbgg' ? '中标' : '成交'}结果公告`;
      summary.push({ pairs: [['总中标金额', summaryWan(amount)]] });
      bodyHtml = awardBody({
        code, name, layout: 'national', date: pubTime.slice(0, 10), parties,
        lots: [{ vendor, vendorAddr: `${city}${county}`, amount: `${amount.toFixed(2)}元` }],
      });
    } else {
      channel = ['gkzb', 'jzxcs', 'xjgg'][Math.floor(r() * 3)];
      const method = { gkzb: '公开招标', jzxcs: '竞争性磋商', xjgg: '询价' }[channel] ?? '公开招标';
      title = `${name}${method}公告`;
      summary.push({ pairs: [['预算金额', summaryWan(amount)]] });
      bodyHtml = tenderBody({
        code, name, method, budget: `${amount.toFixed(2)}元`, requirement: `${item}，详见采购文件。`,
        deadline: `${year}年${pubTime.slice(5, 7)}月28日 09点30分`, parties, date: pubTime.slice(0, 10),
      });
    }
    summary.push({ head: '联系人及联系方式：' }, { pairs: [['采购单位', buyer]] }, { pairs: [['代理机构名称', agency]] });
    out.push({
      id: firstId + i * 3, scope: 'dfgg', channel, pubTime, title,
      kind: isAward ? 'award' : 'tender', videoOps: false, province, region: county, buyer, agency,
      pinMu, category, summary, bodyHtml, origin: 'filler', projectCode: code,
    });
  }
  return out;
}

/** The hostile notice: script tags, quotes and & in the title, a ~1 MB body, still a real video-ops award. */
export function hostileSpec(id: number): CcgpNoticeSpec {
  const title = `<script>alert(1)</script>"县融媒体中心" & '短视频'运营服务项目中标公告`;
  const buyer = '“测试”县融媒体中心 & <b>宣传部</b>';
  const parties: Parties = { buyer, buyerAddr: '<img src=x onerror=alert(2)>大道1号', agency: `代理"机构'<i>有限公司</i>`, agencyAddr: '&amp; 路', agencyTel: '0000-0000000' };
  const head = awardBody({
    code: 'XSS-2026-001', name: title, layout: 'national', date: '2026-03-18', parties,
    lots: [{ vendor: `<script>document.title="pwned"</script>传媒有限公司`, vendorAddr: '"onmouseover="alert(3)', amount: '388000.00元' }],
    service: { scope: '政务抖音号、视频号短视频策划拍摄与账号运营', period: '一年' },
  });
  // ~1 MB: the kind of padding a broken agency export produces (repeated table rows and text)
  const row = '<p>服务要求：每月制作并发布不少于20条原创短视频，&lt;script&gt;alert(4)&lt;/script&gt; 负责账号日常运营与数据分析。</p>\n';
  const pad = row.repeat(Math.ceil(1_000_000 / Buffer.byteLength(row)));
  return {
    id, scope: 'dfgg', channel: 'zbgg', pubTime: '2026-03-18 16:05', title, kind: 'award', videoOps: true,
    province: '湖南省', region: '平江县', buyer, agency: parties.agency ?? null, pinMu: 3, category: '服务/广告服务',
    summary: [
      { head: '公告信息：' }, { pairs: [['采购项目名称', title]] }, { pairs: [['采购单位', buyer]] },
      { pairs: [['行政区域', '平江县'], ['公告时间', '2026年03月18日  16:05']] }, { pairs: [['总中标金额', summaryWan(388000)]] },
    ],
    bodyHtml: head + '\n' + pad, origin: 'hostile', projectCode: 'XSS-2026-001', features: ['hostile', 'script-in-title', '1MB-body'],
  };
}
