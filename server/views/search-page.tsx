/**
 * The search page body: the filter form (its state is the URL), the filters in force, the total,
 * the result table, pagination that keeps every filter, the empty state with ways to widen the
 * search, and the download links for the whole filtered set.
 * @module
 */
import type { FC } from 'hono/jsx';
import { NOTICE_KINDS, SERVICE_TYPES } from '../../db/queries/common.js';
import type { RegionChoices } from '../../db/queries/page-data.js';
import { filtersToParams, SORTS, type SearchFilters } from '../../db/queries/search-filters.js';
import type { SearchResult } from '../../db/queries/search.js';
import { count, kindLabel, place, serviceLabel } from './format.js';
import { Amount, Empty, Scroll, SourceLink } from './parts.js';
import { activeFilters, ActiveFilterList, WidenHints } from './search-widen.js';

const SORT_LABELS: Record<string, string> = {
  date_desc: '最新 newest', date_asc: '最早 oldest', amount_desc: '金额高 amount ↓', amount_asc: '金额低 amount ↑', relevance: '相关度 relevance',
};

/**
 * A select whose current value is always among its options: a value the choices do not list (a
 * region with no counted spending, reached from a link) is kept as its own option, so submitting
 * the form never silently drops a filter.
 */
const Select: FC<{ name: string; id: string; value: string | null; options: [string, string][]; empty: string }> = ({ name, id, value, options, empty }) => (
  <select name={name} id={id}>
    <option value="">{empty}</option>
    {options.map(([v, label]) => (
      <option value={v} selected={v === value}>
        {label}
      </option>
    ))}
    {value && !options.some(([v]) => v === value) ? (
      <option value={value} selected>
        {value}
      </option>
    ) : null}
  </select>
);

export const SearchPage: FC<{ filters: SearchFilters; result: SearchResult; methods: string[]; regions: RegionChoices }> = ({ filters: f, result, methods, regions }) => {
  const pages = Math.max(1, Math.ceil(result.total / f.per));
  // Beyond the counted cap there may be more pages: keep "next" while a full page came back.
  const more = !result.totalExact && result.items.length === f.per;
  const dl = filtersToParams(f, { page: null, per: null }).toString();
  const q = dl ? `?${dl}` : '';
  const names = new Map([...regions.provinces, ...regions.cities, ...regions.counties].filter((r) => r.code).map((r) => [r.code!, r.name]));
  const active = activeFilters(f, (code) => names.get(code) ?? null);
  const sel = regions.selected;
  // The finest level the URL names; the coarser selects show its parents.
  const provinceValue = sel.province ?? null;
  return (
    <>
      <h1>搜索公告 Search notices</h1>
      <form method="get" action="/search" class="filters" id="search-form" role="search">
        <label class="wide" for="f-q">
          关键词 Text
          <input type="search" name="q" id="f-q" value={f.q ?? ''} placeholder="抖音 短视频 融媒体…" maxlength={100} />
        </label>
        <label for="f-from">
          从 From
          <input type="date" name="from" id="f-from" value={f.from ?? ''} />
        </label>
        <label for="f-to">
          到 To
          <input type="date" name="to" id="f-to" value={f.to ?? ''} />
        </label>
        <label for="f-province">
          省 Province
          <Select name="region" id="f-province" value={provinceValue} empty="全部 all" options={regions.provinces.map((p) => [p.code!, p.name])} />
        </label>
        {regions.cities.length || sel.city ? (
          <label for="f-city">
            市 City
            <Select name="region" id="f-city" value={sel.city} empty="全部 all" options={regions.cities.map((p) => [p.code!, p.name])} />
          </label>
        ) : null}
        {regions.counties.length || sel.county ? (
          <label for="f-county">
            区县 County
            <Select name="region" id="f-county" value={sel.county} empty="全部 all" options={regions.counties.map((p) => [p.code!, p.name])} />
          </label>
        ) : null}
        <label for="f-kind">
          类型 Kind
          <Select name="kind" id="f-kind" value={f.kind} empty="全部 all" options={Object.entries(NOTICE_KINDS)} />
        </label>
        <label for="f-service">
          服务 Service
          <Select name="service" id="f-service" value={f.service} empty="全部 all" options={Object.entries(SERVICE_TYPES)} />
        </label>
        <label for="f-method">
          方式 Method
          <Select name="method" id="f-method" value={f.method} empty="全部 all" options={methods.map((m) => [m, m])} />
        </label>
        <label for="f-min">
          最低 Min (元)
          <input type="number" name="min" id="f-min" min="0" step="any" inputmode="decimal" value={f.min ?? ''} />
        </label>
        <label for="f-max">
          最高 Max (元)
          <input type="number" name="max" id="f-max" min="0" step="any" inputmode="decimal" value={f.max ?? ''} />
        </label>
        <label for="f-buyer">
          采购人 Buyer
          <input type="text" name="buyer" id="f-buyer" value={f.buyer ?? ''} maxlength={100} />
        </label>
        <label for="f-vendor">
          供应商 Vendor
          <input type="text" name="vendor" id="f-vendor" value={f.vendor ?? ''} maxlength={100} />
        </label>
        <label class="check" for="f-video">
          <input type="checkbox" name="video" value="1" checked={f.videoOnly} id="f-video" /> 仅视频运营 video ops only
        </label>
        <label class="check" for="f-counted">
          <input type="checkbox" name="counted" value="1" checked={f.counted} id="f-counted" /> 仅计入统计 counted in totals
        </label>
        <label for="f-sort">
          排序 Sort
          <Select name="sort" id="f-sort" value={f.sort === 'date_desc' ? null : f.sort} empty="最新 newest" options={SORTS.filter((s) => s !== 'date_desc').map((s) => [s, SORT_LABELS[s]])} />
        </label>
        {f.per !== 20 ? <input type="hidden" name="per" value={String(f.per)} /> : null}
        <div class="actions">
          <button type="submit" id="search-submit">
            搜索 Search
          </button>
          <a href="/search" id="search-reset">
            清除 Reset
          </a>
        </div>
      </form>
      <ActiveFilterList filters={active} />
      <p class="summary">
        共{' '}
        <b id="total" data-total={result.total} data-exact={result.totalExact ? '1' : '0'}>
          {count(result.total)}
          {result.totalExact ? '' : '+'}
        </b>{' '}
        条公告 notices{result.totalExact ? '' : ' (至少 at least; 精确计数到此为止 counting stops here)'}
        {result.terms.bigram.length ? <span class="note"> （短词 {result.terms.bigram.join(' ')} 经二元索引匹配 matched through the bigram index）</span> : null}
        {result.orderNote ? <span class="note" id="order-note"> （{result.orderNote}）</span> : null}
        {result.total > 0 ? (
          <>
            {' '}
            · 下载全部结果 Download all: <a id="dl-csv" href={`/search.csv${q}`}>CSV</a> · <a id="dl-json" href={`/search.json${q}`}>JSON</a> ·{' '}
            <a id="dl-ocds" href={`/search.ocds.json${q}`}>OCDS</a>
          </>
        ) : null}
      </p>
      <p class="note">
        每行一条公告（意向、招标、结果、合同、更正…），不是一个中标包。金额为该公告所列的中标合计；费率、单价按原文显示，不是合计。 One row per notice (intention, tender, award,
        contract, correction…), not per lot. Amount = the award total the notice states; rates and unit prices are shown as written. 其他页的支出统计每个中标包只计一次 (spending
        totals on the other pages count each awarded lot once, corrections applied).
      </p>
      {result.items.length ? (
        <Scroll label="搜索结果 results">
          <table id="results" class="wide">
            <thead>
              <tr>
                <th class="date">日期 Date</th>
                <th>类型 Kind</th>
                <th class="title-col">标题 Title</th>
                <th>采购人 Buyer</th>
                <th>供应商 Vendor</th>
                <th class="num">金额 Amount</th>
                <th>地区 Locality</th>
                <th>服务 Service</th>
                <th>来源 Source</th>
              </tr>
            </thead>
            <tbody>
              {result.items.map((r) => (
                <tr data-id={r.id}>
                  <td class="date">{r.publishedAt ?? '—'}</td>
                  <td>{kindLabel(r.kind)}</td>
                  <td class="title-col">
                    <a href={`/contracts/${r.id}`}>{r.title ?? `#${r.id}`}</a>
                  </td>
                  <td>{r.buyerPartyId ? <a href={`/buyers/${r.buyerPartyId}`}>{r.buyer}</a> : (r.buyer ?? '—')}</td>
                  <td>
                    {r.vendors.length
                      ? r.vendors.map((v, i) => (
                          <>
                            {i ? '；' : ''}
                            <a href={`/vendors/${v.id}`}>{v.name}</a>
                          </>
                        ))
                      : (r.vendor ?? '—')}
                  </td>
                  <td class="num">
                    <Amount value={r.amountYuan} text={r.amountText} />
                  </td>
                  <td>{r.divisionCode ? <a href={`/regions/${r.divisionCode}`}>{place(r)}</a> : place(r)}</td>
                  <td>{r.isVideoOps ? serviceLabel(r.serviceType) : '非视频运营 not video ops'}</td>
                  <td>
                    <SourceLink url={r.sourceUrl} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </Scroll>
      ) : (
        <Empty id="no-results" what={f.page > 1 ? `第 ${f.page} 页没有结果 page ${f.page} is past the last result.` : '符合这些条件的公告 no notice matches these filters.'}>
          {f.page > 1 ? (
            <p>
              <a href={`/search?${filtersToParams(f, { page: null })}`.replace(/\?$/, '')}>回到第一页 back to the first page</a>
            </p>
          ) : (
            <WidenHints filters={active} />
          )}
        </Empty>
      )}
      <nav class="pages" id="pagination" aria-label="分页 pages">
        {f.page > 1 ? (
          <a rel="prev" href={`/search?${filtersToParams(f, { page: String(f.page - 1) })}`}>
            ← 上一页 prev
          </a>
        ) : null}
        <span>
          第 {f.page} / {count(pages)}
          {more ? '+' : ''} 页 page
        </span>
        {f.page < pages || more ? (
          <a rel="next" href={`/search?${filtersToParams(f, { page: String(f.page + 1) })}`}>
            下一页 next →
          </a>
        ) : null}
      </nav>
    </>
  );
};
