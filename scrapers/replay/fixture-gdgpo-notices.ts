/**
 * The Guangdong (gdgpo, gpcms platform) replay notices, shaped like the real API rows and detail
 * records (portals.md §5): list rows with `id`, `title`, `noticeTime`, `purchaser`, `agency`,
 * `regionName`, `regionCode`, `noticeType`, `noticeTypeName`, `openTenderCode`, `budget`, …;
 * details with `data.content` HTML whose 采购结果 table has 供应商名称 and 中标（成交）金额 columns,
 * one row per 合同包, and `bidCompany`/`successfulMoney` left empty as on the real site. Places
 * are real Guangdong cities (regionCode = city division code, 440001 = 省级); parties invented.
 * Sample data. Pure.
 * @module
 */
import { SAMPLE_LINE, SAMPLE_META, esc } from './fixture-ccgp-spec.js';

/** A row of the list APIs plus the detail-only fields. */
export interface GdgpoNotice {
  id: string;
  title: string;
  noticeTime: string;
  noticeId: string;
  purchaser: string;
  agency: string;
  regionName: string;
  regionCode: string;
  noticeType: string;
  noticeTypeName: string;
  openTenderCode: string;
  budget: string;
  purchaseMannerName: string;
  channel: string;
  channelName: string;
  description: string;
  content: string;
  /** ground truth for tests: is this a video-ops notice */
  videoOps: boolean;
}

/** The site and channel ids the real API uses (BP-GD, BA-GD). */
export const GDGPO_SITE_ID = 'cd64e06a-21a7-4620-aebc-0576bab7e07a';
export const GDGPO_CHANNEL = 'fca71be5-fc0c-45db-96af-f513e9abda9d';

interface Spec {
  t: string;
  type: 'award' | 'deal' | 'tender' | 'fail';
  video: boolean;
  city: [string, string];
  title: string;
  purchaser: string;
  agency: string;
  code: string;
  budget: number;
  manner: string;
  lots?: Array<[string, string, string, string]>;
  reason?: string;
}

// noticeType codes: 00101 采购公告 and 00102 结果公告 are documented (BA-GD, BP-GD), as is 001021
// 公开招标中标公告; the other sub-codes below follow the same pattern and are our assumption.
const TYPES = {
  award: ['001021', '公开招标中标公告'],
  deal: ['001024', '竞争性磋商成交公告'],
  fail: ['001026', '终止公告'],
  tender: ['001011', '公开招标公告'],
} as const;

const SPECS: Spec[] = [
  { t: '2025-06-18 10:23:45', type: 'award', video: true, city: ['深圳市', '440300'], title: '深圳市龙岗区融媒体中心2025年短视频制作及账号运营服务项目中标公告', purchaser: '深圳市龙岗区融媒体中心', agency: '深圳市国际招标有限公司', code: 'SZCG2025000318', budget: 980000, manner: '公开招标', lots: [['1', '深圳市鹏城映像文化传播有限公司', '深圳市龙岗区龙城街道', '936000.00']] },
  { t: '2025-05-09 16:02:11', type: 'award', video: true, city: ['广州市', '440100'], title: '广州市番禺区委宣传部新媒体矩阵运营服务采购项目中标公告', purchaser: '中共广州市番禺区委宣传部', agency: '广东华伦招标有限公司', code: 'GZPY-2025-0509', budget: 1600000, manner: '公开招标', lots: [['1', '广州珠江新视听传媒有限公司', '广州市天河区珠江新城', '768000.00'], ['2', '广州岭南映画文化有限公司', '广州市越秀区东风中路', '745500.00']] },
  { t: '2024-11-22 09:41:30', type: 'deal', video: true, city: ['佛山市', '440600'], title: '佛山市顺德区文化广电旅游体育局城市宣传片拍摄制作项目成交公告', purchaser: '佛山市顺德区文化广电旅游体育局', agency: '佛山市公诚招标代理有限公司', code: 'SDWG-2024-1122', budget: 500000, manner: '竞争性磋商', lots: [['1', '佛山顺德美食影像传媒有限公司', '佛山市顺德区大良街道', '468800.00']] },
  { t: '2024-08-15 14:20:05', type: 'award', video: false, city: ['东莞市', '441900'], title: '东莞市公安局视频监控系统扩容采购项目中标公告', purchaser: '东莞市公安局', agency: '东莞市建设工程招标有限公司', code: 'DGGA-2024-0815', budget: 5200000, manner: '公开招标', lots: [['1', '东莞安视达智能科技有限公司', '东莞市南城街道', '4986000.00']] },
  { t: '2024-04-02 11:05:48', type: 'deal', video: true, city: ['梅州市', '441400'], title: '梅州市梅县区融媒体中心抖音号及视频号代运营服务成交公告', purchaser: '梅州市梅县区融媒体中心', agency: '广东客都招标有限公司', code: 'MXRM-2024-0402', budget: 300000, manner: '竞争性磋商', lots: [['1', '梅州客家视界文化传媒有限公司', '梅州市梅江区', '286000.00']] },
  { t: '2023-12-19 17:30:00', type: 'award', video: true, city: ['省级', '440001'], title: '广东省司法厅普法短视频制作服务项目中标公告', purchaser: '广东省司法厅', agency: '广东省机电设备招标中心有限公司', code: 'GDSF-2023-1219', budget: 1200000, manner: '公开招标', lots: [['1', '广东南粤普法传媒有限公司', '广州市越秀区', '1136000.00']] },
  { t: '2023-09-06 10:12:33', type: 'fail', video: true, city: ['湛江市', '440800'], title: '湛江市赤坎区政务新媒体运营服务项目终止公告', purchaser: '湛江市赤坎区人民政府办公室', agency: '湛江市南方招标有限公司', code: 'CKZF-2023-0906', budget: 360000, manner: '公开招标', reason: '有效投标供应商不足三家，项目终止。' },
  { t: '2023-06-28 15:45:19', type: 'award', video: false, city: ['珠海市', '440400'], title: '珠海市香洲区人民政府视频会议系统升级项目中标公告', purchaser: '珠海市香洲区人民政府办公室', agency: '珠海市政采招标代理有限公司', code: 'XZZF-2023-0628', budget: 880000, manner: '公开招标', lots: [['1', '珠海华讯通科技有限公司', '珠海市高新区', '842000.00']] },
  { t: '2022-10-11 09:00:00', type: 'award', video: true, city: ['清远市', '441800'], title: '清远市连州市文化广电旅游体育局文旅短视频推广服务中标公告', purchaser: '连州市文化广电旅游体育局', agency: '清远市公信招标代理有限公司', code: 'LZWL-2022-1011', budget: 260000, manner: '公开招标', lots: [['1', '清远北江影视文化有限公司', '清远市清城区', '248000.00']] },
  { t: '2022-03-25 16:18:27', type: 'deal', video: false, city: ['中山市', '442000'], title: '中山市坦洲镇LED显示屏采购项目成交公告', purchaser: '中山市坦洲镇人民政府', agency: '中山市正信招标有限公司', code: 'TZZF-2022-0325', budget: 420000, manner: '竞争性磋商', lots: [['1', '中山光显电子有限公司', '中山市火炬开发区', '398600.00']] },
  { t: '2021-11-30 11:40:02', type: 'award', video: true, city: ['汕头市', '440500'], title: '汕头市潮阳区融媒体中心融媒体内容制作服务项目中标公告', purchaser: '汕头市潮阳区融媒体中心', agency: '汕头市建安招标有限公司', code: 'CYRM-2021-1130', budget: 450000, manner: '公开招标', lots: [['1', '汕头潮汕映像传媒有限公司', '汕头市金平区', '438000.00']] },
  { t: '2026-03-03 10:30:00', type: 'tender', video: true, city: ['惠州市', '441300'], title: '惠州市惠阳区委宣传部2026年短视频制作服务项目公开招标公告', purchaser: '中共惠州市惠阳区委宣传部', agency: '惠州市华正招标有限公司', code: 'HYXC-2026-0303', budget: 680000, manner: '公开招标' },
  { t: '2025-09-17 14:00:00', type: 'tender', video: false, city: ['江门市', '440700'], title: '江门市蓬江区学校视频监控设备采购项目公开招标公告', purchaser: '江门市蓬江区教育局', agency: '江门市粤信招标有限公司', code: 'PJJY-2025-0917', budget: 1350000, manner: '公开招标' },
  { t: '2026-01-20 09:20:10', type: 'award', video: true, city: ['韶关市', '440200'], title: '韶关市乳源瑶族自治县融媒体中心政务新媒体代运营服务中标公告', purchaser: '乳源瑶族自治县融媒体中心', agency: '韶关市韶信招标代理有限公司', code: 'RYRM-2026-0120', budget: 240000, manner: '公开招标', lots: [['1', '韶关丹霞视听文化有限公司', '韶关市浈江区', '232000.00']] },
  { t: '2025-02-14 15:10:00', type: 'fail', video: false, city: ['肇庆市', '441200'], title: '肇庆市端州区物业管理服务项目终止公告', purchaser: '肇庆市端州区机关事务管理局', agency: '肇庆市公平招标有限公司', code: 'DZJG-2025-0214', budget: 560000, manner: '公开招标', reason: '采购需求变更，项目终止。' },
];

const h = (n: number, len: number): string => ((n * 2654435761) >>> 0).toString(16).padStart(8, '0').slice(0, len);
const p = (t: string): string => `<p style="text-indent:2em">${esc(t)}</p>`;

function uuid(i: number): string {
  return `${h(i + 1, 8)}-${h(i + 7, 4)}-4${h(i + 11, 3)}-a${h(i + 13, 3)}-${h(i + 17, 8)}${h(i + 19, 4)}`;
}

function content(s: Spec): string {
  const out = [
    `<div class="procwatch-sample" style="color:#8a5300">【样例数据·非真实公告】</div>`,
    p(`一、采购项目编号：${s.code}`),
    p(`二、采购项目名称：${s.title.replace(/(中标|成交|终止|公开招标)公告$/, '')}`),
    p(`三、采购预算：${s.budget.toFixed(2)}元`),
  ];
  if (s.type === 'tender') {
    out.push(p(`四、采购方式：${s.manner}`), p('五、投标截止时间：详见招标文件'));
  } else if (s.type === 'fail') {
    out.push(p(`四、终止原因：${s.reason ?? ''}`));
  } else {
    out.push(p('四、采购结果：'));
    const rows = (s.lots ?? []).map(([pkg, v, addr, amt]) => `<tr><td>${esc(pkg)}</td><td>${esc(v)}</td><td>${esc(addr)}</td><td>${esc(amt)}</td></tr>`).join('');
    out.push(`<table border="1" cellspacing="0" style="width:100%"><thead><tr><th>合同包</th><th>供应商名称</th><th>供应商地址</th><th>中标（成交）金额(元)</th></tr></thead><tbody>${rows}</tbody></table>`);
    out.push(p('五、主要标的信息：详见采购文件'), p(`六、评审专家名单：陈某、林某、黄某、李某、张某`));
  }
  out.push(p(`采购人：${s.purchaser}`), p(`采购代理机构：${s.agency}`), p(`发布日期：${s.t.slice(0, 10)}`));
  return out.join('\n');
}

/** All gdgpo replay notices, newest first. */
export function gdgpoNotices(): GdgpoNotice[] {
  return SPECS.map((s, i) => {
    const [noticeType, noticeTypeName] = TYPES[s.type];
    return {
      id: uuid(i),
      title: s.title,
      noticeTime: s.t,
      noticeId: uuid(i + 100),
      purchaser: s.purchaser,
      agency: s.agency,
      regionName: s.city[0],
      regionCode: s.city[1],
      noticeType,
      noticeTypeName,
      openTenderCode: s.code,
      budget: s.budget.toFixed(2),
      purchaseMannerName: s.manner,
      channel: GDGPO_CHANNEL,
      channelName: s.type === 'tender' ? '采购公告' : '结果公告',
      description: `${s.purchaser}${s.title}`.slice(0, 60),
      content: content(s),
      videoOps: s.video,
    };
  }).toSorted((a, b) => (a.noticeTime < b.noticeTime ? 1 : -1));
}

/** The cookie the shell's script sets and the API demands (name as on the gpcms WAF, value fixed for the replay). */
export const GDGPO_COOKIE = { name: 'HWWAFSESID', value: 'b6d5c1f0a2e94c7d8e3f' };

/**
 * The SPA shell served at `/` (the real one is a 2.2 KB JS app, BA-GD): its inline script sets the
 * WAF cookie, then lists the latest 结果公告 through the same API the adapters call.
 */
export function gdgpoShell(): string {
  return `<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8">
${SAMPLE_META}
<meta name="viewport" content="width=device-width,initial-scale=1">
<title>广东省政府采购网</title>
<script>
document.cookie = "${GDGPO_COOKIE.name}=${GDGPO_COOKIE.value}; path=/";
document.cookie = "HWWAFSESTIME=1764061200000; path=/";
</script>
</head>
<body>
<p class="procwatch-sample">${SAMPLE_LINE}</p>
<div id="app">加载中…</div>
<script>
(function () {
  var q = "siteId=${GDGPO_SITE_ID}&channel=${GDGPO_CHANNEL}&currPage=1&pageSize=10&noticeType=00102&regionCode=&cityOrArea=&subChannel=false&purchaseManner=";
  fetch("/gpcms/rest/web/v2/info/selectInfoMoreChannel?" + q, { credentials: "same-origin" })
    .then(function (r) { return r.json(); })
    .then(function (o) {
      var ul = document.createElement("ul");
      (o.data && o.data.rows || []).forEach(function (row) {
        var li = document.createElement("li");
        li.textContent = row.noticeTime.slice(0, 10) + " " + row.title.replace(/<[^>]*>/g, "");
        ul.appendChild(li);
      });
      var app = document.getElementById("app");
      app.textContent = "";
      app.appendChild(ul);
    });
})();
</script>
</body></html>
`;
}
