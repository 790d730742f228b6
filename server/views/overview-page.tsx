/**
 * The overview page body: totals, spending per province and per year (charts and tables), the
 * latest counted contracts (the issue-2 list), top buyers and vendors, and data freshness. Every
 * figure links to the search that lists the notices behind it.
 * @module
 */
import { html } from './html.js';
import type { Overview } from '../../db/queries/overview.js';
import { dateTime, place, searchHref, spendSearch, yearRange } from './format.js';
import { Amount, Chart, Count, Counted, Empty, Scroll, SourceLink, SpendStats, SpendTable, Stat, type Html } from './parts.js';

export const ContractTable = ({ rows, id }: { rows: Overview['latest']; id: string }): Html =>
  Scroll({
    label: '最新中标 latest contracts',
    children: html`<table id="${id}" class="wide"><thead><tr><th class="date">日期 Date</th><th class="title-col">项目 Title</th><th>采购人 Buyer</th><th>供应商 Vendor</th><th class="num">计入金额 Counted</th><th>地区 Locality</th><th>来源 Source</th></tr></thead><tbody>${rows.map(
      (r) =>
        html`<tr data-id="${r.id}"><td class="date">${r.publishedAt ?? '—'}</td><td class="title-col"><a href="/contracts/${r.id}">${r.title ?? `#${r.id}`}</a></td><td>${
          r.buyerPartyId ? html`<a href="/buyers/${r.buyerPartyId}">${r.buyer}</a>` : (r.buyer ?? '—')
        }</td><td>${r.vendors.length ? r.vendors.map((v, i) => html`${i ? '；' : ''}<a href="/vendors/${v.id}">${v.name}</a>`) : (r.vendor ?? '—')}</td><td class="num">${Amount({ value: r.amountYuan })}</td><td>${place(r)}</td><td>${SourceLink({ url: r.sourceUrl })}</td></tr>`,
    )}</tbody></table>`,
  });

/** Spending per year with links to that year's notices. */
const YearTable = ({ rows }: { rows: Overview['perYear'] }): Html =>
  SpendTable({
    id: 'per-year',
    head: '年份 Year',
    keyAttr: 'year',
    rows: rows.map((y) => ({ key: String(y.year ?? ''), label: y.year ?? '未知 unknown', yuan: y.yuan, lots: y.contracts, href: y.year ? spendSearch({ ...yearRange(y.year) }) : null })),
  });

/**
 * The page, written with the `html` tag of ./html.js like the pieces it is made of (JSX
 * elements here cost a fifth of the render and a tenth of its garbage, on a page whose SQL
 * takes about a millisecond).
 */
export const OverviewPage = ({ data }: { data: Overview }): Html => {
  const provinces = data.perProvince;
  const all = spendSearch({});
  return html`<h1>政务短视频/新媒体运营采购 Government video-operations spending</h1><section class="stats">${SpendStats({
    ids: ['total-yuan', 'counted-lots'],
    yuan: data.totalYuan,
    lots: data.contracts,
    href: all,
    label: '已授予视频运营支出 awarded video-ops spending',
    lotsUnit: '包 lots: 每个中标标段 each awarded lot',
  })}${Stat({ id: 'notice-count', label: '已存公告 notices stored', unit: '条公告 notices, all kinds', children: Count({ n: data.notices, unit: '条公告 notices', href: '/search' }) })}</section>${Counted({
    leftOut: data.leftOut,
    children: html`<p class="units">单位 Units: 金额以元计，写作万元/亿元（悬停看精确到元）；“包”是计入的中标包；搜索结果按“条公告”计，一条公告可含多个包。点击任一数字可看到它背后的公告。 (Amounts in yuan, written as 万元/亿元 — hover for the exact yuan; “lots” are counted awarded lots; the search counts notices, and one notice can hold several lots. Click any figure to see the notices behind it.)</p>`,
  })}${
    data.contracts === 0
      ? Empty({
          id: 'no-spending',
          what: '计入的视频运营支出 no counted video-ops spending yet.',
          children: html`<p>先抓取公告（<code>procwatch scrape</code>），或 <a href="/search">搜索全部公告 search every stored notice</a>。</p>`,
        })
      : ''
  }<div class="grid2">${Chart({
    id: 'chart-province',
    title: '各省已授予支出 Awarded spending per province (元)',
    note: '点击柱子查看该省（中央/未知：其公告） click a bar to open the province (中央/未知: its notices)',
    spec: {
      kind: 'bar',
      labels: provinces.map((p) => p.name ?? '中央/未知'),
      series: [{ label: '已授予支出 awarded', data: provinces.map((p) => p.yuan) }],
      links: provinces.map((p) => (p.code ? `/regions/${p.code}` : spendSearch({ region: 'none' }))),
    },
  })}<div>${Chart({
    id: 'chart-year',
    title: '每年已授予支出 Awarded spending per year (元)',
    note: '点击柱子查看当年的公告 click a bar for that year\'s notices',
    spec: {
      kind: 'bar',
      labels: data.perYear.map((y) => String(y.year ?? '未知')),
      series: [{ label: '已授予支出 awarded', data: data.perYear.map((y) => y.yuan) }],
      links: data.perYear.map((y) => (y.year ? spendSearch({ ...yearRange(y.year) }) : null)),
    },
  })}${YearTable({ rows: data.perYear })}</div></div><h2>最新中标 Latest counted contracts</h2><p>最近 ${data.latest.length} 条计入支出的公告 the ${data.latest.length} newest notices with counted lots · <a id="latest-all" href="${spendSearch({ sort: 'date_desc' })}">全部 all of them, newest first →</a> · <a href="/api/contracts">JSON</a></p>${ContractTable(
    { rows: data.latest, id: 'contracts' },
  )}<div class="grid3"><section><h2>省份 Top provinces</h2>${SpendTable({
    id: 'top-provinces',
    head: '省份 Province',
    keyAttr: 'code',
    rows: provinces.slice(0, 10).map((p) => ({
      key: p.code ?? '',
      label: p.code ? html`<a href="/regions/${p.code}">${p.name ?? p.code}</a>` : '中央/未知 central/unknown',
      yuan: p.yuan,
      lots: p.contracts,
      href: spendSearch({ region: p.code ?? 'none' }),
    })),
  })}</section>${RankedParties({ id: 'top-buyers', title: '采购人 Top buyers', role: 'buyer', rows: data.topBuyers })}${RankedParties({
    id: 'top-vendors',
    title: '供应商 Top vendors',
    role: 'vendor',
    rows: data.topVendors,
  })}</div><h2>数据新鲜度 Data freshness</h2>${Scroll({
    label: '数据新鲜度 data freshness',
    children: html`<table id="freshness"><thead><tr><th>来源 Source</th><th>最近完成抓取 Last completed run</th><th>最近状态 Last status</th><th class="num">公告 Notices</th></tr></thead><tbody>${data.freshness.map(
      (f) =>
        html`<tr data-source="${f.sourceId}"><td>${f.name}</td><td class="date"${f.lastOkRun ? html` title="${f.lastOkRun}"` : ''}>${f.lastOkRun ? dateTime(f.lastOkRun) : '从未 never'}</td><td>${f.lastRunStatus ?? '—'}</td><td class="num">${Count({ n: f.notices, unit: '条公告 notices', href: searchHref({ source: f.sourceId }) })}</td></tr>`,
    )}</tbody></table>`,
  })}${
    data.freshness.length === 0
      ? html`<p class="note">还没有抓取过任何来源 No source has been scraped yet.</p>`
      : html`<p class="note" id="freshness-note">“完成”指 ok 或 partial：ok 全部抓到并读出；partial 跑完了，但有页面没抓到或读不出（<code>procwatch runs</code> 列出；没抓到的由以后的运行重试）；blocked、failed、aborted 没跑完。 A completed run ended ok or partial: partial means it finished but some pages could not be fetched or read (<code>procwatch runs</code> lists them; later runs retry what could not be fetched); blocked, failed and aborted runs did not finish.</p>`
  }`;
};

/** One "top N" table of buyers or vendors: name linked to its profile, the amount to its notices. */
function RankedParties(props: { id: string; title: string; role: 'buyer' | 'vendor'; rows: { id: number; name: string; yuan: number; contracts: number }[] }): Html {
  return html`<section><h2>${props.title}</h2><table id="${props.id}" class="compact"><thead><tr><th>${props.role === 'buyer' ? '采购人 Buyer' : '供应商 Vendor'}</th><th class="num">支出 Spending</th><th class="num">公告 Notices</th></tr></thead><tbody>${props.rows.map(
    (r) => {
      // a vendor's ranking counts the lots it is named first on (a consortium's lead), and so does lead=1
      const href = spendSearch(props.role === 'vendor' ? { vendor_id: r.id, lead: 1 } : { buyer_id: r.id });
      return html`<tr data-party="${r.id}"><td><a href="/${props.role}s/${r.id}">${r.name}</a></td><td class="num">${Amount({ value: r.yuan, href })}</td><td class="num">${Count({ n: r.contracts, unit: '条公告 notices', href })}</td></tr>`;
    },
  )}</tbody></table>${props.rows.length === 0 ? html`<p class="note">暂无 none yet</p>` : ''}</section>`;
}
