/**
 * The Zhejiang (zfcg.czt.zj.gov.cn, 政采云) replay notices, portals.md §3: the same API as Guangxi
 * with Zhejiang's category codes (110-900461 采购结果公告 含中标/成交/废标, 110-600268 采购意向公开),
 * list items that also carry `purchaseName`, `projectName`, `projectCode`, `supplierName` and
 * `totalContractAmount` (BA-ZJ), and content rooted at `.ann-block` with the award fields marked
 * by the classes `code-winningSupplierName` and `code-summaryPrice` (`总价：539000（元）`, BA-ZJ).
 * Real districts and codes; parties invented. Sample data. Pure.
 * @module
 */
import { SAMPLE_LINE, esc } from './fixture-ccgp-spec.js';
import type { ZcyNotice } from './fixture-guangxi-notices.js';

/** Category codes with their names (RSS-ZJ, BA-ZJ). */
export const ZHEJIANG_CATEGORY_NAMES: Record<string, string> = {
  '110-900461': '采购结果公告',
  '110-600268': '采购意向公开',
};

/** The cookie the Aliyun-style WAF challenge page sets with JS (name as Aliyun's `acw_sc__v2`; value fixed). */
export const ZHEJIANG_WAF_COOKIE = { name: 'acw_sc__v2', value: '6763a1f0c9d84e2b7f15a3e8' };

interface Spec {
  t: string;
  cat: '110-900461' | '110-600268';
  video: boolean;
  district: [string, string];
  name: string;
  buyer: string;
  agency: string;
  code: string;
  method: string;
  /** [supplier, total price text, total yuan]; empty for failures and intentions */
  won?: [string, string, number];
  failReason?: string;
  budgetWan?: string;
}

const SPECS: Spec[] = [
  { t: '2025-08-12 15:20', cat: '110-900461', video: true, district: ['330106', '西湖区'], name: '杭州市西湖区融媒体中心短视频制作及账号运营服务项目', buyer: '杭州市西湖区融媒体中心', agency: '浙江省成套招标代理有限公司', code: 'XHRM-2025-0812', method: '公开招标', won: ['杭州西子映像文化传媒有限公司', '总价：539000（元）', 539000] },
  { t: '2025-03-28 10:40', cat: '110-900461', video: true, district: ['330382', '乐清市'], name: '乐清市委宣传部政务新媒体矩阵代运营服务项目', buyer: '中共乐清市委宣传部', agency: '温州市公信招标有限公司', code: 'YQXC-2025-0328', method: '竞争性磋商', won: ['温州瓯江新视听科技有限公司', '总价：428600（元）', 428600] },
  { t: '2024-10-09 09:15', cat: '110-900461', video: false, district: ['330281', '余姚市'], name: '余姚市公安局视频监控前端设备采购项目', buyer: '余姚市公安局', agency: '宁波国际招标有限公司', code: 'YYGA-2024-1009', method: '公开招标', won: ['宁波安视达智能科技有限公司', '总价：1865000（元）', 1_865_000] },
  { t: '2024-06-20 16:05', cat: '110-900461', video: true, district: ['330522', '长兴县'], name: '长兴县文化广电旅游体育局文旅宣传片拍摄项目', buyer: '长兴县文化广电旅游体育局', agency: '湖州中信工程咨询有限公司', code: 'CXWL-2024-0620', method: '公开招标', failReason: '符合专业条件的供应商不足三家，本项目废标。' },
  { t: '2023-12-14 11:30', cat: '110-900461', video: true, district: ['330784', '永康市'], name: '永康市人民政府办公室政务抖音号运营服务项目', buyer: '永康市人民政府办公室', agency: '金华市正诚招标有限公司', code: 'YKZF-2023-1214', method: '竞争性磋商', won: ['金华五金城文化传播有限公司', '总价：268000（元）', 268000] },
  { t: '2022-09-01 14:50', cat: '110-900461', video: false, district: ['330602', '越城区'], name: '绍兴市越城区人民政府视频会议系统改造项目', buyer: '绍兴市越城区人民政府办公室', agency: '绍兴市建信招标有限公司', code: 'YCZF-2022-0901', method: '公开招标', won: ['绍兴华讯视通科技有限公司', '总价：736500（元）', 736500] },
  { t: '2026-01-15 10:00', cat: '110-600268', video: true, district: ['331082', '临海市'], name: '临海市融媒体中心2026年短视频制作服务', buyer: '临海市融媒体中心', agency: '', code: 'LHYX-2026-01', method: '公开招标', budgetWan: '85' },
  { t: '2025-02-10 09:00', cat: '110-600268', video: false, district: ['330881', '江山市'], name: '江山市教育局学生课桌椅采购', buyer: '江山市教育局', agency: '', code: 'JSYX-2025-02', method: '公开招标', budgetWan: '120' },
  { t: '2021-11-23 15:35', cat: '110-900461', video: true, district: ['330921', '岱山县'], name: '岱山县融媒体中心海岛旅游短视频拍摄服务项目', buyer: '岱山县融媒体中心', agency: '舟山市公诚招标有限公司', code: 'DSRM-2021-1123', method: '竞争性磋商', won: ['舟山海天影视文化有限公司', '总价：186000（元）', 186000] },
  { t: '2026-06-03 14:20', cat: '110-900461', video: true, district: ['330000', '浙江省本级'], name: '浙江省司法厅普法新媒体运营及短视频制作服务项目', buyer: '浙江省司法厅', agency: '浙江省政府采购中心', code: 'ZJCG-2026-0603', method: '公开招标', won: ['浙江之江普法传媒有限公司', '总价：1320000（元）', 1_320_000] },
];

function articleId(i: number): string {
  const bytes = Buffer.alloc(18);
  for (let k = 0; k < 18; k++) bytes[k] = (i * 53 + k * 89 + 17) & 0xff;
  bytes[5] = 0xfe;
  return bytes.toString('base64');
}

const row = (label: string, value: string, cls = ''): string => `<p>${esc(label)}<span${cls ? ` class="${cls}"` : ''}>${esc(value)}</span></p>`;

function content(s: Spec, date: string): string {
  const parts = [`<div class="ann-block">`, `<div class="procwatch-sample" style="color:#8a5300">${SAMPLE_LINE}</div>`];
  if (s.cat === '110-600268') {
    parts.push(
      `<p>${esc(`为便于供应商及时了解政府采购信息，现将${s.buyer}采购意向公开如下：`)}</p>`,
      `<table border="1"><tr><td>采购项目名称</td><td>采购需求概况</td><td>预算金额（万元）</td><td>预计采购时间</td></tr><tr><td>${esc(s.name)}</td><td>详见采购文件</td><td>${esc(s.budgetWan ?? '')}</td><td>${esc(`${s.t.slice(0, 4)}年${Number(s.t.slice(5, 7)) + 2}月`)}</td></tr></table>`,
    );
  } else {
    parts.push(row('一、项目编号：', s.code), row('二、项目名称：', s.name), `<p>三、中标（成交）信息</p>`);
    if (s.won) parts.push(row('供应商名称：', s.won[0], 'code-winningSupplierName'), row('中标（成交）金额：', s.won[1], 'code-summaryPrice'));
    else parts.push(row('废标理由：', s.failReason ?? ''));
    parts.push(row('采购人名称：', s.buyer), row('采购代理机构名称：', s.agency));
  }
  parts.push(`<p>${esc(date)}</p>`, `</div>`);
  return parts.join('\n');
}

/** All Zhejiang replay notices, newest first. */
export function zhejiangNotices(): ZcyNotice[] {
  return SPECS.map((s, i): ZcyNotice => {
    const intention = s.cat === '110-600268';
    return {
      articleId: articleId(i),
      categoryCode: s.cat,
      title: intention ? `${s.buyer}${s.t.slice(0, 4)}年政府采购意向` : `${s.name}${s.won ? '中标（成交）结果公告' : '废标公告'}`,
      pathName: intention ? '采购意向公开' : s.won ? '中标（成交）结果公告' : '废标公告',
      publishDate: Date.parse(`${s.t.replace(' ', 'T')}:00+08:00`),
      districtCode: s.district[0],
      districtName: s.district[1],
      author: s.agency,
      purchaseName: s.buyer,
      gpCatalogName: s.video ? '其他广告服务' : '其他',
      procurementMethod: s.method,
      invalid: 0,
      projectCode: s.code,
      projectName: s.name,
      supplierName: s.won?.[0] ?? null,
      totalContractAmount: s.won?.[2] ?? null,
      content: content(s, `${s.t.slice(0, 4)}年${s.t.slice(5, 7)}月${s.t.slice(8, 10)}日`),
      videoOps: s.video,
    };
  }).toSorted((a, b) => b.publishDate - a.publishDate);
}
