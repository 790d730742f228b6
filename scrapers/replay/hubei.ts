/**
 * The Hubei (www.ccgp-hubei.gov.cn) replay, portals.md §6: the home page `/` with its notice
 * tabs, the 中标(成交) one being `#area-1-4` whose `ul.news-list-content` items copy the real
 * markup of shared/samples/hubei-list-1.html (the `[<font color="red">方式</font>]` prefix and its
 * whitespace, the `span` date); and the detail pages `/notice/YYYYMM/notice_<32hex>.html` whose
 * `div.art_con` copies shared/samples/hubei-detail-1.html (h2 > span title, the 发布日期｜发布单位｜
 * 项目监管地 header, `p` pairs, the 服务类 table, 收费金额 beside the award). One notice's page
 * has lost its `div.art_con` (the broken page a run must archive and flag). Under the
 * changed-layout fault the tab and the container are renamed, as a redesign would.
 *
 * Assumed, not documented: the other tabs' ids (#area-1-1 …) and the page chrome around the
 * tabs; the saved sample is the tab's `ul` alone. Every page says it is sample data.
 * @module
 */
import { SAMPLE_LINE, SAMPLE_META } from './fixture-ccgp-spec.js';
import { HUBEI_NOTICES, type HubeiNotice } from './hubei-notices.js';
import type { ReplayHandler, ReplayResponse } from './types.js';

export { HUBEI_NOTICES, type HubeiNotice } from './hubei-notices.js';

/** The path of a notice's detail page. */
export function hubeiDetailPath(n: HubeiNotice): string {
  return `/notice/${n.published.slice(0, 4)}${n.published.slice(5, 7)}/notice_${n.id}.html`;
}

/** The notices the replay serves, newest first (tests compare the scrape with these). */
export function hubeiFixtureIndex(): HubeiNotice[] {
  return HUBEI_NOTICES;
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

function page(title: string, main: string): string {
  return `<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8">${SAMPLE_META}
<title>${esc(title)}</title></head>
<body>
<div class="header"><a href="/">湖北省政府采购网</a></div>
<p class="procwatch-sample">${SAMPLE_LINE}</p>
${main}
<div class="footer">主办单位：湖北省财政厅（样例页面）</div>
</body></html>`;
}

/** One tab item, with the real list's whitespace around the method (hubei-list-1.html). */
function item(n: HubeiNotice): string {
  const pad = '\t                            ';
  return `<li>
${pad}<a href="${hubeiDetailPath(n)}" target="_blank">
${pad}[<font color="red">
${pad}\t\t${pad}${esc(n.method)}${pad}</font>]
${pad}\t\t${esc(n.title)}
\t\t\t\t\t \t\t\t</a>
\t\t\t\t\t \t\t\t<span>${n.published.slice(0, 10)}</span>
\t\t\t\t\t\t   </li>`;
}

/** The home page: four notice tabs; only #area-1-4 (中标(成交)) holds awards. */
export function hubeiHomePage(): string {
  const awards = HUBEI_NOTICES.map(item).join('\n');
  return page(
    '湖北省政府采购网',
    `<ul class="nav nav-tabs"><li><a href="#area-1-1">采购公告</a></li><li><a href="#area-1-2">更正公告</a></li><li><a href="#area-1-3">采购意向</a></li><li><a href="#area-1-4">中标(成交)</a></li></ul>
<div class="tab-content">
<div class="tab-pane active" id="area-1-1"><ul class='news-list-content list-unstyled'>
<li><a href="/notice/202608/notice_00000000000000000000000000000001.html" target="_blank">[<font color="red">公开招标</font>]武汉市某区短视频拍摄服务采购公告</a><span>2026-08-17</span></li>
</ul></div>
<div class="tab-pane" id="area-1-2"><ul class='news-list-content list-unstyled'></ul></div>
<div class="tab-pane" id="area-1-3"><ul class='news-list-content list-unstyled'></ul></div>
<div class="tab-pane" id="area-1-4">
<ul class='news-list-content list-unstyled'>
${awards}
</ul>
</div>
</div>`,
  );
}

/** A detail page's `div.art_con`, in the sample's markup. */
function artCon(n: HubeiNotice): string {
  const pair = (label: string, value: string) => `<p>\t\t<span>${label}</span><span>${esc(value)}</span>\t</p>`;
  const service = n.service.map((s) => `<p>${esc(s)}</p>`).join('\t\t\t\t\t');
  return `<div class="art_con">
<!-- 正文开始 --><div>\t<h2>\t\t<span>${esc(n.title)}</span>\t</h2>\t<div> \t\t<span>发布日期：${n.published}</span>｜<span>发布单位：${esc(n.agency)}</span>｜<span>项目监管地：${esc(n.supervised)}</span>|<span>阅读次数：<span id="click"></span></span>\t</div></div><div>\t<p class="procwatch-sample">${SAMPLE_LINE}</p>\t<p>一、项目编号</p>\t<p>\t\t<span>${esc(n.projectCode)}</span>\t</p>\t<p>二、采购计划备案号</p>\t<p>\t\t<span>${esc(n.planCode)}</span>\t</p>\t<p>三、项目名称</p>\t<p>\t\t<span>${esc(n.projectName)}</span>\t</p>\t<p>四、中标（成交）信息</p>\t${pair('供应商名称：', n.vendor)}\t${pair('供应商地址：', n.vendorAddress)}\t<p>\t\t<span>中标（成交）金额：</span><span>${n.amountWan}</span><span>(万元)</span>\t</p>\t<p>\t\t<table width="600">\t\t\t<tbody>\t\t\t<tr class="firstRow">\t\t\t\t<td valign="top">\t\t\t\t\t<p>服务类</p>\t\t\t\t</td>\t\t\t</tr>\t\t\t<tr>\t\t\t\t<td valign="top">\t\t\t\t\t${service}\t\t\t\t</td>\t\t\t</tr>\t\t\t</tbody>\t\t</table>\t</p>\t<p>五、评审小组成员</p>\t<p>\t\t<span>${esc(n.experts)}</span>\t</p>\t<p>六、评审信息</p>\t${pair('1、评审时间：', n.reviewDate)}\t${pair('2、评审地点：', '开标评标室（样例）')}\t<p>七、代理服务收费标准及金额：</p>\t${pair('1、代理服务收费标准：', '参照原国家计委计价格[2002]1980号规定收费标准的70%计取。')}\t<p>\t\t<span>2、收费金额：</span><span>${n.feeWan}</span><span>(万元)</span>\t</p>\t<p>八、公告期限</p>\t<p>自本公告发布之日起1个工作日。</p>\t<p>九、其他补充事宜</p>\t<p>\t\t<span>无</span>\t</p>\t<p>十、凡对本次公告内容提出询问，请按以下方式联系</p>\t<p>1、采购人信息</p>\t${pair('名&nbsp;&nbsp;&nbsp;称：', n.buyer)}\t${pair('地&nbsp;&nbsp;&nbsp;址：', n.buyerAddress)}\t${pair('联系方式：', n.buyerPhone)}\t<p>2、采购代理机构信息</p>\t${pair('名&nbsp;&nbsp;&nbsp;称：', n.agency)}\t<p>3、项目联系方式</p>\t${pair('项目联系人：', '项目组（样例）')}</div>
</div>`;
}

/** A notice's detail page; the broken one keeps its text but not the `div.art_con` container. */
export function hubeiDetailPage(n: HubeiNotice): string {
  const body = artCon(n);
  return page(n.title, n.broken ? body.replace('<div class="art_con">', '<div class="article-body">') : body);
}

const html = (body: string): ReplayResponse => ({ status: 200, headers: { 'content-type': 'text/html; charset=utf-8' }, body });

const CHANGED = '/_variants/changed-layout';

/**
 * The layout-drift fault (scrapers/replay/faults.ts asks for `/_variants/changed-layout<path>`):
 * a redesign that moves the award tab to another id and renames `div.art_con`.
 */
function changedLayout(path: string): ReplayResponse | null {
  const plain = hubeiHandler({ method: 'GET', path, query: new URLSearchParams(), body: '', headers: {} }, { baseUrl: '' });
  if (!plain) return null;
  return html(String(plain.body).replace('id="area-1-4"', 'id="tab-zbcj"').replace('href="#area-1-4"', 'href="#tab-zbcj"').replace('class="art_con"', 'class="article-v2"'));
}

/** The Hubei replay handler. */
export const hubeiHandler: ReplayHandler = (req) => {
  if (req.method !== 'GET' && req.method !== 'HEAD') return null;
  if (req.path.startsWith(CHANGED)) return changedLayout(req.path.slice(CHANGED.length) || '/');
  if (req.path === '/' || req.path === '/index.html') return html(hubeiHomePage());
  const m = /^\/notice\/(\d{6})\/notice_([0-9a-f]{32})\.html$/.exec(req.path);
  const n = m ? HUBEI_NOTICES.find((x) => x.id === m[2] && hubeiDetailPath(x) === req.path) : undefined;
  return n ? html(hubeiDetailPage(n)) : null;
};
