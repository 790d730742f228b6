/**
 * The search page body: the filter form (its state is the URL), the total, the result table,
 * pagination, and the download links for the whole filtered set.
 * @module
 */
import type { FC } from 'hono/jsx';
import { NOTICE_KINDS, SERVICE_TYPES } from '../../db/queries/common.js';
import type { RegionArea } from '../../db/queries/region.js';
import { filtersToParams, SORTS, type SearchFilters } from '../../db/queries/search-filters.js';
import type { SearchResult } from '../../db/queries/search.js';
import { count, kindLabel, place, serviceLabel } from './format.js';
import { Amount, SourceLink } from './parts.js';

export interface RegionChoices {
  provinces: RegionArea[];
  cities: RegionArea[];
  counties: RegionArea[];
  selected: { province: string | null; city: string | null; county: string | null };
}

const SORT_LABELS: Record<string, string> = {
  date_desc: '最新 newest', date_asc: '最早 oldest', amount_desc: '金额高 amount ↓', amount_asc: '金额低 amount ↑', relevance: '相关度 relevance',
};

const Select: FC<{ name: string; id: string; value: string | null; options: [string, string][]; empty: string }> = ({ name, id, value, options, empty }) => (
  <select name={name} id={id}>
    <option value="">{empty}</option>
    {options.map(([v, label]) => (
      <option value={v} selected={v === value}>
        {label}
      </option>
    ))}
  </select>
);

export const SearchPage: FC<{ filters: SearchFilters; result: SearchResult; methods: string[]; regions: RegionChoices }> = ({ filters: f, result, methods, regions }) => {
  const pages = Math.max(1, Math.ceil(result.total / f.per));
  // Beyond the counted cap there may be more pages: keep "next" while a full page came back.
  const more = !result.totalExact && result.items.length === f.per;
  const dl = filtersToParams(f, { page: null, per: null }).toString();
  const q = dl ? `?${dl}` : '';
  return (
    <>
      <h1>搜索公告 Search notices</h1>
      <form method="get" action="/search" class="filters" id="search-form">
        <label class="wide">
          关键词 Text <input type="search" name="q" value={f.q ?? ''} placeholder="抖音 短视频 融媒体…" maxlength={100} />
        </label>
        <label>
          从 From <input type="date" name="from" value={f.from ?? ''} />
        </label>
        <label>
          到 To <input type="date" name="to" value={f.to ?? ''} />
        </label>
        <label>
          省 Province
          <Select name="region" id="f-province" value={regions.selected.province} empty="全部 all" options={regions.provinces.map((p) => [p.code!, p.name])} />
        </label>
        {regions.cities.length ? (
          <label>
            市 City
            <Select name="region" id="f-city" value={regions.selected.city} empty="全部 all" options={regions.cities.map((p) => [p.code!, p.name])} />
          </label>
        ) : null}
        {regions.counties.length ? (
          <label>
            区县 County
            <Select name="region" id="f-county" value={regions.selected.county} empty="全部 all" options={regions.counties.map((p) => [p.code!, p.name])} />
          </label>
        ) : null}
        <label>
          类型 Kind <Select name="kind" id="f-kind" value={f.kind} empty="全部 all" options={Object.entries(NOTICE_KINDS)} />
        </label>
        <label>
          服务 Service <Select name="service" id="f-service" value={f.service} empty="全部 all" options={Object.entries(SERVICE_TYPES)} />
        </label>
        <label>
          方式 Method <Select name="method" id="f-method" value={f.method} empty="全部 all" options={methods.map((m) => [m, m])} />
        </label>
        <label>
          最低 Min 元 <input type="number" name="min" min="0" step="any" value={f.min ?? ''} />
        </label>
        <label>
          最高 Max 元 <input type="number" name="max" min="0" step="any" value={f.max ?? ''} />
        </label>
        <label>
          采购人 Buyer <input type="text" name="buyer" value={f.buyer ?? ''} maxlength={100} />
        </label>
        <label>
          供应商 Vendor <input type="text" name="vendor" value={f.vendor ?? ''} maxlength={100} />
        </label>
        <label class="check">
          <input type="checkbox" name="video" value="1" checked={f.videoOnly} id="f-video" /> 仅视频运营 video ops only
        </label>
        <label>
          排序 Sort <Select name="sort" id="f-sort" value={f.sort} empty="最新 newest" options={SORTS.filter((s) => s !== 'date_desc').map((s) => [s, SORT_LABELS[s]])} />
        </label>
        <button type="submit" id="search-submit">搜索 Search</button>
        <a href="/search">清除 Reset</a>
      </form>
      <p class="summary">
        共 <b id="total" data-total={result.total} data-exact={result.totalExact ? '1' : '0'}>{count(result.total)}{result.totalExact ? '' : '+'}</b> 条 notices
        {result.terms.bigram.length ? <span class="note"> （短词 {result.terms.bigram.join(' ')} 经二元索引匹配 matched through the bigram index）</span> : null} · 下载全部结果 Download all:{' '}
        <a id="dl-csv" href={`/search.csv${q}`}>CSV</a> · <a id="dl-json" href={`/search.json${q}`}>JSON</a> · <a id="dl-ocds" href={`/search.ocds.json${q}`}>OCDS</a>
      </p>
      <p class="note">
        金额为该公告所列的中标合计；费率、单价按原文显示，不是合计 (Amount = the award total the notice states; rates and unit prices are shown as written). 各页的支出统计每个中标包只计一次
        (spending totals on the other pages count each awarded lot once, corrections applied).
      </p>
      <div class="table-wrap">
        <table id="results">
          <thead>
            <tr>
              <th>日期 Date</th>
              <th>类型 Kind</th>
              <th>标题 Title</th>
              <th>采购人 Buyer</th>
              <th>供应商 Vendor</th>
              <th class="num">金额 Amount</th>
              <th>地区 Locality</th>
              <th>服务 Service</th>
              <th>来源</th>
            </tr>
          </thead>
          <tbody>
            {result.items.map((r) => (
              <tr data-id={r.id}>
                <td>{r.publishedAt ?? '—'}</td>
                <td>{kindLabel(r.kind)}</td>
                <td>
                  <a href={`/contracts/${r.id}`}>{r.title ?? `#${r.id}`}</a>
                </td>
                <td>{r.buyerPartyId ? <a href={`/buyers/${r.buyerPartyId}`}>{r.buyer}</a> : (r.buyer ?? '—')}</td>
                <td>{r.vendor ?? '—'}</td>
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
      </div>
      {result.items.length === 0 ? <p id="no-results">没有结果 No notices match.</p> : null}
      <nav class="pages" id="pagination">
        {f.page > 1 ? <a rel="prev" href={`/search?${filtersToParams(f, { page: String(f.page - 1) })}`}>← 上一页 prev</a> : null}
        <span>
          第 {f.page} / {pages} 页
        </span>
        {f.page < pages || more ? <a rel="next" href={`/search?${filtersToParams(f, { page: String(f.page + 1) })}`}>下一页 next →</a> : null}
      </nav>
    </>
  );
};
