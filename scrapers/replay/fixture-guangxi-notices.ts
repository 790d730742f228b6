/**
 * The Guangxi (政采云/zcy platform) replay notices, portals.md §4: list items with `articleId`
 * (base64-like, contains `+/=`), `title`, `pathName`, `publishDate` (ms), `districtCode`,
 * `districtName`, `author` (agency), `gpCatalogName`, `procurementMethod`, `invalid`; details with
 * `content` HTML in the 2022+ result layout (一、项目编号 … 三、中标（成交）信息: `1.中标结果：` table
 * 序号 | 中标（成交）金额(元) | 中标供应商名称 | 中标供应商地址 and `2.废标结果:` table 序号 | 标项名称 |
 * 废标理由 | 其他事项), modelled on corpus gh-029 (a real 南丹县 result). Real districts and codes;
 * parties invented. Sample data. Pure.
 * @module
 */
import { SAMPLE_LINE, esc } from './fixture-ccgp-spec.js';

/** One served notice: the list item fields plus the detail-only ones. */
export interface ZcyNotice {
  articleId: string;
  categoryCode: string;
  title: string;
  pathName: string;
  publishDate: number;
  districtCode: string;
  districtName: string;
  author: string;
  purchaseName: string;
  gpCatalogName: string;
  procurementMethod: string;
  invalid: number;
  projectCode: string;
  projectName: string;
  /** Zhejiang list items also carry the winner and the contract total (BA-ZJ); absent in Guangxi */
  supplierName?: string | null;
  totalContractAmount?: number | null;
  content: string;
  /** ground truth for tests */
  videoOps: boolean;
}

/** Category codes (GX-README). */
export const GUANGXI_CATEGORY_NAMES: Record<string, string> = {
  ZcyAnnouncement3004: '中标（成交）结果公告',
  ZcyAnnouncement4005: '中标公告',
  ZcyAnnouncement4006: '成交公告',
  ZcyAnnouncement3007: '废标公告',
};

interface Spec {
  t: string;
  cat: keyof typeof GUANGXI_CATEGORY_NAMES | string;
  video: boolean;
  district: [string, string];
  name: string;
  buyer: string;
  agency: string;
  code: string;
  method: string;
  catalog: string;
  won: Array<[string, string, string]>;
  failed?: Array<[string, string, string]>;
}

const SPECS: Spec[] = [
  { t: '2025-07-21 16:30', cat: 'ZcyAnnouncement3004', video: true, district: ['451221', '南丹县'], name: '南丹县融媒体中心政务新媒体账号运营服务采购', buyer: '南丹县融媒体中心', agency: '广西河池正信项目管理有限公司', code: 'HCZC2025-C3-210411-ZXGL', method: '竞争性磋商', catalog: '其他广告服务', won: [['最终报价:368000.00(元)', '广西丹泉视界文化传媒有限公司', '河池市南丹县城关镇']] },
  { t: '2025-04-10 10:05', cat: 'ZcyAnnouncement4005', video: true, district: ['450321', '阳朔县'], name: '阳朔县文化广电体育和旅游局旅游短视频拍摄制作服务', buyer: '阳朔县文化广电体育和旅游局', agency: '广西桂信项目管理有限公司', code: 'GLZC2025-G3-110057-GXZB', method: '公开招标', catalog: '其他文化服务', won: [['456800.00', '桂林山水视界文化传媒有限公司', '桂林市秀峰区中山中路'], ['298000.00', '广西漓江融媒科技有限公司', '南宁市青秀区民族大道136号']] },
  { t: '2024-12-02 09:40', cat: 'ZcyAnnouncement4006', video: true, district: ['450226', '三江侗族自治县'], name: '三江侗族自治县融媒体中心短视频及直播服务采购', buyer: '三江侗族自治县融媒体中心', agency: '柳州市公信招标代理有限公司', code: 'LZZC2024-C3-220311-GXGX', method: '竞争性磋商', catalog: '其他广告服务', won: [['最终报价:198600(元)', '柳州侗乡影像传媒有限公司', '柳州市城中区']], failed: [['2', '直播带货服务', '有效供应商不足三家']] },
  { t: '2024-08-19 15:12', cat: 'ZcyAnnouncement3007', video: true, district: ['450225', '融水苗族自治县'], name: '融水苗族自治县委宣传部新媒体运营服务采购', buyer: '中共融水苗族自治县委宣传部', agency: '广西柳信工程咨询有限公司', code: 'LZZC2024-C3-230118-LXZX', method: '竞争性磋商', catalog: '其他广告服务', won: [], failed: [['1', '融水苗族自治县委宣传部新媒体运营服务采购', '提交响应文件的供应商不足三家']] },
  { t: '2024-05-27 11:20', cat: 'ZcyAnnouncement4005', video: false, district: ['450328', '龙胜各族自治县'], name: '龙胜各族自治县公安局视频监控系统建设项目', buyer: '龙胜各族自治县公安局', agency: '广西桂信项目管理有限公司', code: 'GLZC2024-G1-110233-GXZB', method: '公开招标', catalog: '视频监控设备', won: [['2168000.00', '广西安视通智能科技有限公司', '南宁市西乡塘区']] },
  { t: '2023-11-13 17:05', cat: 'ZcyAnnouncement3004', video: true, district: ['451081', '靖西市'], name: '靖西市文化广电体育和旅游局城市形象宣传片制作服务', buyer: '靖西市文化广电体育和旅游局', agency: '百色市正和招标有限公司', code: 'BSZC2023-C3-240219-ZHZB', method: '竞争性磋商', catalog: '其他文化服务', won: [['中标金额：38.6万元', '百色右江影视文化有限公司', '百色市右江区']] },
  { t: '2023-06-30 09:55', cat: 'ZcyAnnouncement4006', video: false, district: ['450681', '东兴市'], name: '东兴市人民政府办公室视频会议系统采购', buyer: '东兴市人民政府办公室', agency: '防城港市中信招标有限公司', code: 'FCGZC2023-C1-250031-ZXZB', method: '竞争性磋商', catalog: '视频会议系统设备', won: [['最终报价:276500.00(元)', '广西海讯通信技术有限公司', '南宁市青秀区']] },
  { t: '2022-12-08 14:30', cat: 'ZcyAnnouncement3004', video: true, district: ['450981', '北流市'], name: '北流市融媒体中心融媒体内容制作服务', buyer: '北流市融媒体中心', agency: '玉林市公诚招标有限公司', code: 'YLZC2022-C3-260118-GCZB', method: '竞争性磋商', catalog: '其他广告服务', won: [['中标下浮系数：0.92', '玉林陶瓷之都文化传媒有限公司', '玉林市玉州区']] },
  { t: '2022-07-04 10:10', cat: 'ZcyAnnouncement4005', video: true, district: ['450881', '桂平市'], name: '桂平市委网信办网络宣传短视频制作服务', buyer: '中共桂平市委网络安全和信息化委员会办公室', agency: '贵港市正源招标有限公司', code: 'GGZC2022-G3-270066-ZYZB', method: '公开招标', catalog: '其他广告服务', won: [['人民币叁拾贰万陆仟元整（¥326000.00）', '贵港荷城映像传媒有限公司', '贵港市港北区']] },
  { t: '2021-09-15 16:45', cat: 'ZcyAnnouncement4006', video: true, district: ['451227', '巴马瑶族自治县'], name: '巴马瑶族自治县文化旅游短视频推广服务', buyer: '巴马瑶族自治县文化广电体育和旅游局', agency: '广西河池正信项目管理有限公司', code: 'HCZC2021-C3-210532-ZXGL', method: '竞争性磋商', catalog: '其他文化服务', won: [['最终报价:158000.00(元)', '河池长寿之乡文化传播有限公司', '河池市金城江区']] },
  { t: '2026-02-09 09:30', cat: 'ZcyAnnouncement3004', video: false, district: ['451481', '凭祥市'], name: '凭祥市口岸管理委员会LED显示屏采购', buyer: '凭祥市口岸管理委员会', agency: '崇左市公正招标有限公司', code: 'CZZC2026-C1-280012-GZZB', method: '竞争性磋商', catalog: 'LED显示屏', won: [['最终报价:412000.00(元)', '广西友谊关光电科技有限公司', '崇左市江州区']] },
  { t: '2026-05-18 15:00', cat: 'ZcyAnnouncement4005', video: true, district: ['450000', '广西壮族自治区本级'], name: '广西壮族自治区司法厅普法短视频及新媒体运营服务', buyer: '广西壮族自治区司法厅', agency: '广西壮族自治区政府集中采购中心', code: 'GXZC2026-G3-000518-JZCG', method: '公开招标', catalog: '其他广告服务', won: [['1260000.00', '广西八桂普法传媒有限公司', '南宁市青秀区'], ['835000.00', '广西绿城新视听科技有限公司', '南宁市良庆区']] },
  { t: '2025-10-27 11:15', cat: 'ZcyAnnouncement3007', video: false, district: ['450332', '恭城瑶族自治县'], name: '恭城瑶族自治县人民医院物业管理服务采购', buyer: '恭城瑶族自治县人民医院', agency: '广西桂信项目管理有限公司', code: 'GLZC2025-C3-110398-GXZB', method: '竞争性磋商', catalog: '物业管理服务', won: [], failed: [['1', '恭城瑶族自治县人民医院物业管理服务采购', '出现影响采购公正的违法、违规行为']] },
  { t: '2023-03-06 10:00', cat: 'ZcyAnnouncement4006', video: true, district: ['450924', '兴业县'], name: '兴业县融媒体中心抖音号代运营服务', buyer: '兴业县融媒体中心', agency: '玉林市公诚招标有限公司', code: 'YLZC2023-C3-260302-GCZB', method: '竞争性磋商', catalog: '其他广告服务', won: [['单价：1200元/条', '玉林鹿峰山文化传媒有限公司', '玉林市兴业县石南镇']] },
  { t: '2021-04-22 15:30', cat: 'ZcyAnnouncement4005', video: false, district: ['450100', '南宁市'], name: '南宁市教育局办公家具采购', buyer: '南宁市教育局', agency: '南宁市建友招标代理有限公司', code: 'NNZC2021-G1-100422-JYZB', method: '公开招标', catalog: '家具', won: [['868000.00', '南宁市宏达家具有限公司', '南宁市江南区']] },
];

/** Deterministic base64-like article ids with the `+/=` the real ones carry. */
function articleId(i: number): string {
  const bytes = Buffer.alloc(16);
  for (let k = 0; k < 16; k++) bytes[k] = (i * 37 + k * 101 + ((i * k) % 7) * 29 + 251) & 0xff;
  bytes[3] = 0xfb; // forces a '+' or '/' somewhere in the encoding
  return bytes.toString('base64');
}

const tr = (cells: string[]): string => `<tr>${cells.map((c) => `<td>${esc(c)}</td>`).join('')}</tr>`;
const p = (t: string): string => `<p>${esc(t)}</p>`;

function table(head: string[], rows: string[][]): string {
  return `<table class="template-bookmark" border="1" cellspacing="0" style="width:100%">${tr(head)}${rows.map(tr).join('')}</table>`;
}

function content(s: Spec, date: string): string {
  const won = s.won.map(([amt, v, addr], i) => [String(i + 1), amt, v, addr]);
  const failed = (s.failed ?? []).map(([n, name, why]) => [n, name, why, '/']);
  return [
    `<div class="procwatch-sample" style="color:#8a5300">${SAMPLE_LINE}</div>`,
    `<div style="font-family:FangSong">`,
    p(`一、项目编号：${s.code}`),
    p(`二、项目名称：${s.name}`),
    p('三、中标（成交）信息'),
    p('   1.中标结果：'),
    table(['序号', '中标（成交）金额(元)', '中标供应商名称', '中标供应商地址'], won.length ? won : [['/', '/', '/', '/']]),
    p('   2.废标结果:'),
    table(['序号', '标项名称', '废标理由', '其他事项'], failed.length ? failed : [['/', '/', '/', '/']]),
    p('四、主要标的信息'),
    p(`   ${s.catalog.includes('设备') || s.catalog.includes('显示屏') || s.catalog === '家具' ? '货物' : '服务'}类主要标的信息：详见采购文件`),
    p('五、评审专家（单一来源采购人员）名单：'),
    p('   覃某某、韦某某、黄某某（采购人代表）'),
    p('六、代理服务收费标准及金额：'),
    p('   1.代理服务收费标准：参照原国家计委计价格〔2002〕1980号文'),
    p('七、公告期限'),
    p('   自本公告发布之日起1个工作日。'),
    p('八、其他补充事宜'),
    p('   无'),
    p('九、对本次公告内容提出询问，请按以下方式联系。'),
    p('   1.采购人信息'),
    p(`   名 称：${s.buyer}`),
    p('   2.采购代理机构信息'),
    p(`   名 称：${s.agency}`),
    p(date),
    `</div>`,
  ].join('\n');
}

/** All Guangxi replay notices, newest first. publishDate is ms since epoch at China time (UTC+8). */
export function guangxiNotices(): ZcyNotice[] {
  return SPECS.map((s, i) => {
    const ms = Date.parse(`${s.t.replace(' ', 'T')}:00+08:00`);
    const kind = GUANGXI_CATEGORY_NAMES[s.cat] ?? '结果公告';
    const title = `${s.name}${s.won.length === 0 ? '废标公告' : kind === '成交公告' ? '成交结果公告' : '中标（成交）结果公告'}`;
    return {
      articleId: articleId(i),
      categoryCode: s.cat,
      title,
      pathName: kind,
      publishDate: ms,
      districtCode: s.district[0],
      districtName: s.district[1],
      author: s.agency,
      purchaseName: s.buyer,
      gpCatalogName: s.catalog,
      procurementMethod: s.method,
      invalid: 0,
      projectCode: s.code,
      projectName: s.name,
      content: content(s, `${s.t.slice(0, 4)}年${s.t.slice(5, 7)}月${s.t.slice(8, 10)}日`),
      videoOps: s.video,
    };
  }).toSorted((a, b) => b.publishDate - a.publishDate);
}
