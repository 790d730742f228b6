/**
 * The search page body: the filter form (its state is the URL), the filters in force, the total,
 * the result table, pagination that keeps every filter, the empty state with ways to widen the
 * search, and the download links for the whole filtered set.
 * @module
 */
import type { FC } from 'hono/jsx';
import { html } from './html.js';
import { NOTICE_KINDS, SERVICE_TYPES } from '../../db/queries/common.js';
import type { RegionChoices, SearchParties, SourceChoice } from '../../db/queries/page-data.js';
import { filtersToParams, SORTS, type SearchFilters } from '../../db/queries/search-filters.js';
import type { SearchItem, SearchResult } from '../../db/queries/search.js';
import { count, exactYuan, kindLabel, methodLabel, place, serviceLabel, yuan } from './format.js';
import { Amount, Empty, SourceLink, type Html } from './parts.js';
import { activeFilters, ActiveFilterList, WidenHints } from './search-widen.js';

/**
 * `text` with each occurrence of a search term wrapped in <mark> (the rest escaped), so a
 * researcher sees what matched; Latin letters compare case-insensitively as the index does.
 */
function marked(text: string, re: RegExp | null): Html {
  if (!re) return html`${text}`;
  const parts = text.split(re);
  // split with one capture group: odd indexes are the matches
  return html`${parts.map((p, i) => (i % 2 ? html`<mark>${p}</mark>` : p))}`;
}

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** One pattern for all the query's terms, longest first (so 短视频 wins over 视频), or null. */
function termPattern(terms: string[]): RegExp | null {
  const list = [...new Set(terms.filter(Boolean))].toSorted((a, b) => b.length - a.length);
  return list.length ? new RegExp(`(${list.map(escapeRe).join('|')})`, 'gi') : null;
}

/** The terms that none of the row's shown fields holds: they matched in the notice's text. */
function termsOnlyInText(r: SearchItem, terms: string[]): string[] {
  const shown = [r.title, r.buyer, r.vendor, ...r.vendors.map((v) => v.name), place(r)].filter(Boolean).join('\n').toLowerCase();
  return terms.filter((t) => !shown.includes(t.toLowerCase()));
}

const SORT_LABELS: Record<string, string> = {
  date_desc: '最新 newest', date_asc: '最早 oldest', amount_desc: '金额高 amount ↓', amount_asc: '金额低 amount ↑', relevance: '相关度 relevance',
};

/**
 * A select whose current value is always among its options: a value the choices do not list (a
 * region with no counted spending, reached from a link) is kept as its own option, so submitting
 * the form never silently drops a filter.
 */
function select({ name, id, value, options, empty }: { name: string; id: string; value: string | null; options: [string, string][]; empty: string }): Html {
  return html`<select name="${name}" id="${id}"><option value="">${empty}</option>${options.map(([v, label]) =>
    v === value ? html`<option value="${v}" selected="">${label}</option>` : html`<option value="${v}">${label}</option>`,
  )}${value && !options.some(([v]) => v === value) ? html`<option value="${value}" selected="">${value}</option>` : ''}</select>`;
}

/** A labelled text-like input of the filter form. */
const field = (id: string, label: string, input: Html, cls = '') =>
  html`<label${cls ? html` class="${cls}"` : ''} for="${id}">${label}${input}</label>`;

/** A checkbox of the filter form. */
const check = (id: string, name: string, on: boolean, label: string, value = '1') =>
  html`<label class="check" for="${id}"><input type="checkbox" name="${name}" value="${value}"${on ? html` checked=""` : ''} id="${id}"/> ${label}</label>`;

/** A text or date input of the filter form (text capped at the 100 characters the search accepts). */
const text = (id: string, name: string, value: string | null, type = 'text', placeholder = '') =>
  html`<input type="${type}" name="${name}" id="${id}" value="${value ?? ''}"${placeholder ? html` placeholder="${placeholder}"` : ''}${type === 'date' ? '' : html` maxlength="100"`}/>`;

/** An amount input of the filter form. */
const num = (id: string, name: string, value: number | null) =>
  html`<input type="number" name="${name}" id="${id}" min="0" step="any" inputmode="decimal" value="${value ?? ''}"/>`;

/**
 * What the spending totals count of a row, beside the amount its notice states, where the two
 * differ: a 更正公告's corrected amount, lots a later notice superseded or that failed, rates and
 * unit prices (never summed). Nothing when they agree, or when the notice states no total and
 * none of its lots counts (a tender, a rate).
 */
function countedNote(r: SearchItem): Html | '' {
  const stated = r.amountYuan;
  const counted = r.countedYuan;
  if (counted === null && stated === null) return '';
  if (counted !== null && stated !== null && Math.abs(counted - stated) < 0.005) return '';
  const why =
    counted === null
      ? '该公告的包都不计入统计：已被后续公告（合同、更正、另一结果）取代、流标或废标，或金额是费率/单价 (none of its lots counts: superseded by a later notice, failed, or a rate or unit price)'
      : stated === null
        ? '公告未列中标合计；统计计入其各包之和 (the notice states no total; the totals count its lots)'
        : counted < stated
          ? '统计计入的少于公告所列：更正公告改低了金额，或部分包已被后续公告取代、流标，或是费率/单价 (counted less than stated: corrected by a 更正公告, or part of its lots superseded, failed, or a rate or unit price)'
          : '统计计入的多于公告所列：更正公告改高了金额 (counted more than stated: corrected upwards by a 更正公告)';
  return counted === null
    ? html`<span class="counted-yuan" data-counted-yuan="" title="${why}"> · 不计入 not counted</span>`
    : html`<span class="counted-yuan" data-counted-yuan="${counted}" title="${exactYuan(counted)} · ${why}"> · 计入 counted ${yuan(counted)}</span>`;
}

const opts = (rs: { code: string | null; name: string }[]): [string, string][] => rs.map((p) => [p.code!, p.name]);

/**
 * The search page. Written with the `html` tag of ./html.js (which escapes every value it
 * interpolates, like JSX) because it is the page people load most and its SQL can take 0.3 ms:
 * JSX elements cost more than the query (bench/server.ts holds each page within 3× of its SQL).
 */
export const SearchPage: FC<{ filters: SearchFilters; result: SearchResult; methods: string[]; regions: RegionChoices; parties: SearchParties; sources?: SourceChoice[] }> = ({ filters: f, result, methods, regions, parties, sources = [] }) => {
  const pages = Math.max(1, Math.ceil(result.total / f.per));
  // Beyond the counted cap there may be more pages: keep "next" while a full page came back.
  const more = !result.totalExact && result.items.length === f.per;
  const dl = filtersToParams(f, { page: null, per: null }).toString();
  const q = dl ? `?${dl}` : '';
  const names = new Map([...regions.provinces, ...regions.cities, ...regions.counties].filter((r) => r.code).map((r) => [r.code!, r.name]));
  const active = activeFilters(f, (code) => names.get(code) ?? null, parties);
  const sel = regions.selected;
  const form = html`<form method="get" action="/search" class="filters" id="search-form" role="search">${[
    field('f-q', '关键词 Text', text('f-q', 'q', f.q, 'search', '抖音 短视频 融媒体…'), 'wide'),
    field('f-from', '从 From', text('f-from', 'from', f.from, 'date')),
    field('f-to', '到 To', text('f-to', 'to', f.to, 'date')),
    // The finest level the URL names; the coarser selects show its parents.
    field('f-province', '省 Province', select({ name: 'region', id: 'f-province', value: sel.province ?? null, empty: '全部 all', options: opts(regions.provinces) })),
    regions.cities.length || sel.city ? field('f-city', '市 City', select({ name: 'region', id: 'f-city', value: sel.city, empty: '全部 all', options: opts(regions.cities) })) : '',
    regions.counties.length || sel.county ? field('f-county', '区县 County', select({ name: 'region', id: 'f-county', value: sel.county, empty: '全部 all', options: opts(regions.counties) })) : '',
    // A province or city can be narrowed to what is booked at its own level (省本级 / 市本级).
    f.region && f.region.endsWith('00') && !sel.county ? check('f-level', 'level', f.ownLevel, f.region.endsWith('0000') ? '仅省本级 province level only' : '仅市本级 city level only', 'own') : '',
    // No province at all (central units, unknown locality): a box beside the selects, sent as region=none.
    f.region ? '' : check('f-no-region', 'region', f.noRegion, '中央/未知 no province (central or unknown)', 'none'),
    field('f-source', '来源 Source', select({ name: 'source', id: 'f-source', value: f.source, empty: '全部 all', options: sources.map((x) => [x.id, `${x.name} (${x.id})`]) })),
    field('f-kind', '类型 Kind', select({ name: 'kind', id: 'f-kind', value: f.kind, empty: '全部 all', options: Object.entries(NOTICE_KINDS) })),
    field('f-service', '服务 Service', select({ name: 'service', id: 'f-service', value: f.service, empty: '全部 all', options: Object.entries(SERVICE_TYPES) })),
    field('f-method', '方式 Method', select({ name: 'method', id: 'f-method', value: f.method, empty: '全部 all', options: methods.map((m) => [m, methodLabel(m)]) })),
    field('f-min', '最低 Min (元)', num('f-min', 'min', f.min)),
    field('f-max', '最高 Max (元)', num('f-max', 'max', f.max)),
    field('f-buyer', '采购人 Buyer', text('f-buyer', 'buyer', f.buyer)),
    field('f-vendor', '供应商 Vendor', text('f-vendor', 'vendor', f.vendor)),
    check('f-video', 'video', f.videoOnly, '仅视频运营 video ops only'),
    check('f-counted', 'counted', f.counted, '仅计入统计 counted in totals'),
    field('f-sort', '排序 Sort', select({ name: 'sort', id: 'f-sort', value: f.sort === 'date_desc' ? null : f.sort, empty: '最新 newest', options: SORTS.filter((s) => s !== 'date_desc').map((s) => [s, SORT_LABELS[s]]) })),
    f.per !== 20 ? html`<input type="hidden" name="per" value="${String(f.per)}"/>` : '',
    // A party chosen by id (from its page) has no field of its own: kept across submits.
    f.buyerId !== null ? html`<input type="hidden" name="buyer_id" value="${String(f.buyerId)}"/>` : '',
    f.vendorId !== null ? html`<input type="hidden" name="vendor_id" value="${String(f.vendorId)}"/>` : '',
    f.vendorId !== null && f.lead ? html`<input type="hidden" name="lead" value="1"/>` : '',
  ]}<div class="actions"><button type="submit" id="search-submit">搜索 Search</button><a href="/search" id="search-reset">清除 Reset</a></div></form><p class="note" id="query-help">关键词：空格分开的词都要出现，标点符号不计；词前加 - 排除含这个词的公告，如 抖音 -快手。 Text: every word must appear (punctuation is ignored); a word with a leading - excludes the notices that hold it, e.g. 抖音 -快手.</p>`;
  const summary = html`<p class="summary" id="summary" tabindex="-1">共 <b id="total" data-total="${result.total}" data-exact="${result.totalExact ? '1' : '0'}">${count(result.total)}${result.totalExact ? '' : '+'}</b> 条公告 notices${
    result.totalExact ? '' : ' (至少 at least; 精确计数到此为止 counting stops here)'
  }${result.excluded.length ? html`<span class="note" id="excluded-note"> （排除含 ${result.excluded.join(' ')} 的公告 excluding notices that hold ${result.excluded.join(', ')}）</span>` : ''}${result.terms.bigram.length ? html`<span class="note"> （短词 ${result.terms.bigram.join(' ')} 经二元索引匹配 matched through the bigram index）</span>` : ''}${
    result.orderNote ? html`<span class="note" id="order-note"> （${result.orderNote}）</span>` : ''
  }${
    result.total > 0
      ? html` · 下载全部结果 Download all: <a id="dl-csv" href="/search.csv${q}">CSV</a> · <a id="dl-json" href="/search.json${q}">JSON</a> · <a id="dl-ocds" href="/search.ocds.json${q}">OCDS</a>`
      : ''
  }</p>${result.queryNote ? html`<p class="note" id="query-note" role="status">${result.queryNote}</p>` : ''}<p class="note">每行一条公告（意向、招标、结果、合同、更正…），不是一个中标包。金额为该公告所列的中标合计；费率、单价按原文显示，不是合计。 One row per notice (intention, tender, award, contract, correction…), not per lot. Amount = the award total the notice states; rates and unit prices are shown as written. 其他页的支出统计每个中标包只计一次 (spending totals on the other pages count each awarded lot once, corrections applied)：与所列金额不同时，旁边的「计入 counted」是统计实际计入该公告的金额（更正后的金额，不含被取代、流标的包和费率单价），下载的 countedYuan 列同此 (where it differs, "计入 counted" beside the amount is what those totals count of the notice: corrected amounts, without superseded or failed lots, rates and unit prices; the downloads' countedYuan column is the same figure).${
    f.vendorId !== null || f.vendor
      ? html`<span id="vendor-amount-note"> 按供应商筛选时，金额仍是整条公告的中标合计，含其他供应商的包；该供应商自己的计入金额见${
          f.vendorId !== null ? html`<a href="/vendors/${String(f.vendorId)}">其档案</a>` : '其档案'
        } (with a vendor chosen, each amount is still the notice's whole award, other winners' lots included; the vendor's own counted total is on its profile).</span>`
      : ''
  }</p>`;
  // What matched, and why: the query's terms marked where the row shows them, and the terms it
  // shows nowhere named as found in the notice's text.
  const terms = [...result.terms.trigram, ...result.terms.bigram];
  const re = termPattern(terms);
  const inText = (r: SearchItem) => {
    const left = terms.length ? termsOnlyInText(r, terms) : [];
    return left.length ? html`<span class="in-text note"> 正文含 in its text: ${left.join(' ')}</span>` : '';
  };
  const rows = result.items.map(
    (r) =>
      html`<tr data-id="${r.id}"><td class="date">${r.publishedAt ?? '—'}</td><td>${kindLabel(r.kind)}</td><td class="title-col"><a href="/contracts/${r.id}">${r.title ? marked(r.title, re) : `#${r.id}`}</a>${inText(r)}</td><td>${
        r.buyerPartyId ? html`<a href="/buyers/${r.buyerPartyId}">${marked(r.buyer ?? '', re)}</a>` : r.buyer ? marked(r.buyer, re) : '—'
      }</td><td>${r.vendors.length ? r.vendors.map((v, i) => html`${i ? '；' : ''}<a href="/vendors/${v.id}">${marked(v.name, re)}</a>`) : r.vendor ? marked(r.vendor, re) : '—'}</td><td class="num">${Amount({
        value: r.amountYuan,
        text: r.amountText,
      })}${countedNote(r)}</td><td>${r.divisionCode ? html`<a href="/regions/${r.divisionCode}">${place(r)}</a>` : place(r)}</td><td>${r.isVideoOps ? serviceLabel(r.serviceType) : '非视频运营 not video ops'}</td><td>${SourceLink({ url: r.sourceUrl })}</td></tr>`,
  );
  const table = html`<div class="table-wrap" role="group" aria-label="搜索结果 results" tabindex="0"><table id="results" class="wide"><thead><tr><th class="date">日期 Date</th><th>类型 Kind</th><th class="title-col">标题 Title</th><th>采购人 Buyer</th><th>供应商 Vendor</th><th class="num">金额 Amount</th><th>地区 Locality</th><th>服务 Service</th><th>来源 Source</th></tr></thead><tbody>${rows}</tbody></table></div>`;
  const empty = () => (
    <Empty id="no-results" what={f.page > 1 ? `第 ${f.page} 页没有结果 page ${f.page} is past the last result.` : '符合这些条件的公告 no notice matches these filters.'}>
      {f.page > 1 ? (
        <p>
          <a href={`/search?${filtersToParams(f, { page: null })}`.replace(/\?$/, '')}>回到第一页 back to the first page</a>
        </p>
      ) : (
        <WidenHints filters={active} />
      )}
    </Empty>
  );
  const pager = html`<nav class="pages" id="pagination" aria-label="分页 pages">${
    f.page > 1 ? html`<a rel="prev" href="/search?${filtersToParams(f, { page: String(f.page - 1) }).toString()}">← 上一页 prev</a>` : ''
  }<span>第 ${f.page} / ${count(pages)}${more ? '+' : ''} 页 page</span>${
    f.page < pages || more ? html`<a rel="next" href="/search?${filtersToParams(f, { page: String(f.page + 1) }).toString()}">下一页 next →</a>` : ''
  }</nav>`;
  // No results, no pages: the empty state says what to do instead.
  const pagerShown = result.total > 0;
  // On a phone the form fills the first screen: a link past it to what the search found (web/app.css shows it there only).
  const jump = active.length ? html`<p class="jump"><a href="#summary" id="jump-results">↓ 跳到结果 Jump to the results (${count(result.total)}${result.totalExact ? '' : '+'})</a></p>` : '';
  return html`<h1>搜索公告 Search notices</h1>${jump}${form}${ActiveFilterList({ filters: active })}${summary}${result.items.length ? table : empty()}${pagerShown ? pager : ''}`;
};
