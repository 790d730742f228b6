/**
 * The search's active filters, each with a link that drops it: shown above the results so a
 * shared link says what it asks for, and as the empty state's ways to widen the search.
 * @module
 */
import type { FC } from 'hono/jsx';
import { filtersToParams, type SearchFilters } from '../../db/queries/search-filters.js';
import { kindLabel, serviceLabel, yuan } from './format.js';

/** One active filter: what it says, and the search without it (or with it loosened). */
export interface ActiveFilter {
  key: string;
  label: string;
  /** the same search with this filter dropped or widened, first page */
  without: string;
  /** what dropping it does, when it is not plain removal (a county widens to its city) */
  widen?: string;
}

type Key = 'q' | 'from' | 'to' | 'region' | 'level' | 'source' | 'kind' | 'service' | 'video' | 'counted' | 'min' | 'max' | 'buyer' | 'vendor' | 'buyer_id' | 'vendor_id' | 'lead' | 'method';

/** The filters in force, in the order of the form, with the link that drops each. */
export function activeFilters(f: SearchFilters, regionName: (code: string) => string | null, parties: { buyer: string | null; vendor: string | null } = { buyer: null, vendor: null }): ActiveFilter[] {
  const href = (over: Partial<Record<Key, string | null>>) => `/search?${filtersToParams(f, { page: null, ...over })}`.replace(/\?$/, '');
  const out: ActiveFilter[] = [];
  if (f.q) out.push({ key: 'q', label: `关键词 text “${f.q}”`, without: href({ q: null }) });
  if (f.from || f.to) out.push({ key: 'dates', label: `日期 dates ${f.from ?? '…'} – ${f.to ?? '…'}`, without: href({ from: null, to: null }) });
  if (f.region) {
    const r = f.region;
    const parent = r.endsWith('0000') ? null : r.endsWith('00') ? `${r.slice(0, 2)}0000` : `${r.slice(0, 4)}00`;
    const name = regionName(r) ?? r;
    out.push({
      key: 'region',
      label: `地区 region ${name}`,
      // level=own belongs to this region: widening drops it too (on its own it would be a 400).
      without: href({ region: parent, level: null }),
      widen: parent ? `放宽到上一级 widen to ${regionName(parent) ?? parent}` : undefined,
    });
  }
  if (f.noRegion) out.push({ key: 'region', label: '地区 region 中央/未知（无省份：中央单位或无法定位 no province: central units or unknown locality）', without: href({ region: null }) });
  if (f.ownLevel && f.region) {
    const own = f.region.endsWith('0000') ? '省本级 province level' : '市本级 city level';
    out.push({ key: 'level', label: `仅${own}（不含下级市、区县 none of the cities or counties below）`, without: href({ level: null }) });
  }
  if (f.source) out.push({ key: 'source', label: `来源 source ${f.source}`, without: href({ source: null }) });
  if (f.kind) out.push({ key: 'kind', label: `类型 kind ${kindLabel(f.kind)}`, without: href({ kind: null }) });
  if (f.service) out.push({ key: 'service', label: `服务 service ${serviceLabel(f.service)}`, without: href({ service: null }) });
  if (f.videoOnly) out.push({ key: 'video', label: '仅视频运营 video ops only', without: href({ video: null }) });
  if (f.counted) out.push({ key: 'counted', label: '计入统计 counted in spending totals', without: href({ counted: null }) });
  if (f.min !== null) out.push({ key: 'min', label: f.min === 0 ? '有中标金额 with an award amount (≥ 0 元)' : `最低 min ${yuan(f.min)}`, without: href({ min: null }) });
  if (f.max !== null) out.push({ key: 'max', label: `最高 max ${yuan(f.max)}`, without: href({ max: null }) });
  if (f.buyer) out.push({ key: 'buyer', label: `采购人 buyer “${f.buyer}”`, without: href({ buyer: null }) });
  if (f.vendor) out.push({ key: 'vendor', label: `供应商 vendor “${f.vendor}”`, without: href({ vendor: null }) });
  if (f.buyerId !== null) out.push({ key: 'buyer_id', label: `采购人 buyer ${parties.buyer ?? `#${f.buyerId}`}（仅此一方 this party only）`, without: href({ buyer_id: null }) });
  if (f.vendorId !== null) out.push({ key: 'vendor_id', label: `供应商 vendor ${parties.vendor ?? `#${f.vendorId}`}（仅此一方 this party only）`, without: href({ vendor_id: null, lead: null }) });
  if (f.vendorId !== null && f.lead) out.push({ key: 'lead', label: '仅其列名第一的包（联合体牵头）only lots it is named first on (a consortium\'s lead)', without: href({ lead: null }) });
  if (f.method) out.push({ key: 'method', label: `方式 method ${f.method}`, without: href({ method: null }) });
  return out;
}

/** The chips above the results: each filter in force, with an ✕ link that drops it. */
export const ActiveFilterList: FC<{ filters: ActiveFilter[] }> = ({ filters }) =>
  filters.length ? (
    <ul class="chips" id="active-filters" aria-label="当前筛选 filters in force">
      {filters.map((a) => (
        <li data-filter={a.key}>
          {a.label}{' '}
          <a href={a.without} title={a.widen ?? '去掉这个条件 drop this filter'} aria-label={`${a.widen ?? '去掉 drop'}: ${a.label}`}>
            {a.widen ? '↑' : '✕'}
          </a>
        </li>
      ))}
    </ul>
  ) : null;

/** The empty state's suggestions: drop one filter at a time, or start over. */
export const WidenHints: FC<{ filters: ActiveFilter[] }> = ({ filters }) => (
  <>
    <p>试试放宽条件 Try widening the search:</p>
    <ul class="widen" id="widen">
      {filters.map((a) => (
        <li data-filter={a.key}>
          <a href={a.without}>{a.widen ? `${a.widen}（${a.label}）` : `去掉 drop ${a.label}`}</a>
        </li>
      ))}
      <li>
        <a href="/search">清除全部条件 clear every filter</a>
      </li>
    </ul>
    <p class="note">一两个字的词（如 抖音）也能搜；多个词用空格分开，须全部出现。 One- and two-character terms such as 抖音 work; separate terms with spaces, all must match.</p>
  </>
);
