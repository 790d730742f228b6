/**
 * The compare page body: filters (metric, year, province), a box + strip plot per service type,
 * the quartiles table, and the outliers named and linked.
 * @module
 */
import type { FC } from 'hono/jsx';
import { METRICS, type CompareResult, type Metric } from '../../db/queries/compare.js';
import type { RegionArea } from '../../db/queries/region.js';
import { exactYuan, spendSearch, yearRange, yuan } from './format.js';
import { Amount, Chart, Count, Empty, Scroll } from './parts.js';

/** The unit each metric's values are in (axis and table headings). */
const UNITS: Record<Metric, string> = { contract: '元/包 yuan per lot', account_year: '元/账号·年 yuan per account-year', video: '元/条 yuan per video' };

function compareHref(d: CompareResult, over: Partial<Record<'metric' | 'year' | 'region', string | null>>): string {
  const p = new URLSearchParams();
  const v = { metric: d.params.metric === 'contract' ? null : d.params.metric, year: d.params.year ? String(d.params.year) : null, region: d.params.region, ...over };
  for (const [k, x] of Object.entries(v)) if (x) p.set(k, x);
  const s = p.toString();
  return s ? `/compare?${s}` : '/compare';
}

/**
 * `path`: the chosen region and the regions above it, province first (empty for the whole
 * country), so a city or county is named, not shown as its code, and can be widened to its parent.
 */
export const ComparePage: FC<{ d: CompareResult; provinces: RegionArea[]; path?: { code: string; name: string }[] }> = ({ d, provinces, path = [] }) => {
  const unit = UNITS[d.params.metric];
  const regionName = path.at(-1)?.name ?? provinces.find((p) => p.code === d.params.region)?.name ?? d.params.region;
  const wider = path.slice(0, -1).toReversed();
  const scope = { region: d.params.region, ...yearRange(d.params.year) };
  return (
    <>
      <h1>比价 Compare prices</h1>
      <form method="get" action="/compare" class="filters" id="compare-form">
        <label for="c-metric" class="wide">
          口径 Metric
          <select name="metric" id="c-metric">
            {Object.entries(METRICS).map(([k, label]) => (
              <option value={k} selected={k === d.params.metric}>
                {label}
              </option>
            ))}
          </select>
        </label>
        <label for="c-year">
          年份 Year
          <select name="year" id="c-year">
            <option value="">全部 all</option>
            {d.years.map((y) => (
              <option value={String(y)} selected={y === d.params.year}>
                {y}
              </option>
            ))}
          </select>
        </label>
        <label for="c-region">
          地区 Region
          <select name="region" id="c-region">
            <option value="">全国 all</option>
            {provinces.map((p) => (
              <option value={p.code!} selected={p.code === d.params.region}>
                {p.name}
              </option>
            ))}
            {d.params.region && !provinces.some((p) => p.code === d.params.region) ? (
              <option value={d.params.region} selected>
                {regionName}
              </option>
            ) : null}
          </select>
        </label>
        <button type="submit" id="compare-submit">
          比较 Compare
        </button>
      </form>
      <p class="note" id="compare-scope">
        比较的是 {unit}：{d.params.year ?? '所有年份 all years'}，{regionName ?? '全国 all regions'}。只计入已授予的中标包 (counted awarded lots only; rates and unit prices are
        not totals and are left out{d.params.metric !== 'contract' ? '; only lots whose notice states the quantity' : ''}). 离群值以 Q1−1.5·IQR / Q3+1.5·IQR 为界：值得复核，不是证据
        (outliers are a reason to review, not proof).
      </p>
      {d.params.region ? (
        <p id="compare-wider">
          与周边比较 Set it beside its neighbours:{' '}
          {wider.map((p) => (
            <>
              <a href={compareHref(d, { region: p.code })} data-code={p.code}>
                {p.name}
              </a>
              {' · '}
            </>
          ))}
          <a href={compareHref(d, { region: null })} data-code="">
            全国 all regions
          </a>
        </p>
      ) : null}
      {d.boxes.length ? (
        <>
          <Chart
            id="chart-compare"
            title={`价格分布 Price distribution: ${METRICS[d.params.metric]} (对数刻度 log scale)`}
            height={320}
            spec={{
              kind: 'box',
              unit: unit.split(' ')[0],
              boxes: d.boxes.map((b) => ({ label: b.label, min: b.min, q1: b.q1, median: b.median, q3: b.q3, max: b.max, points: b.points.map((p) => p.value) })),
              pointLinks: d.boxes.map((b) => b.points.map((p) => `/contracts/${p.noticeId}`)),
            }}
          />
          <p class="legend note" id="compare-legend">
            <span class="key key-box"></span> 方框 box = 中间一半 the middle half (Q1–Q3) · <span class="key key-median"></span> 横线 line = 中位数 median · 须 whiskers = 到围栏内的最远值
            furthest value inside the fences · <span class="key key-dot"></span> 点 dot = 一个中标包 one lot (点击打开公告 click to open its notice)
          </p>
        </>
      ) : (
        <Empty id="no-data" what={`这些条件下没有计入的价格 no counted prices in ${unit} for these filters.`}>
          <ul class="widen">
            {d.params.year ? (
              <li>
                <a href={compareHref(d, { year: null })}>去掉年份 drop the year ({d.params.year})</a>
              </li>
            ) : null}
            {d.params.region ? (
              <li>
                <a href={compareHref(d, { region: null })}>去掉地区 drop the region ({regionName})</a>
              </li>
            ) : null}
            {d.params.metric !== 'contract' ? (
              <li>
                <a href={compareHref(d, { metric: null })}>改按每包比较 compare per lot instead (quantities are often not stated)</a>
              </li>
            ) : null}
          </ul>
        </Empty>
      )}
      {d.boxes.length ? (
        <>
          <Scroll label="四分位数 quartiles">
            <table id="boxes" class="wide">
              <thead>
                <tr>
                  <th>服务 Service</th>
                  <th class="num">包 Lots</th>
                  <th class="num">最小 Min</th>
                  <th class="num">Q1</th>
                  <th class="num">中位数 Median</th>
                  <th class="num">Q3</th>
                  <th class="num">最大 Max</th>
                  <th class="num">离群 Outliers</th>
                </tr>
              </thead>
              <tbody>
                {d.boxes.map((b) => (
                  <tr data-service={b.serviceType} data-n={b.n}>
                    <td>{b.label}</td>
                    <td class="num">
                      <Count n={b.n} unit="包 lots" href={spendSearch({ service: b.serviceType, ...scope })} />
                    </td>
                    <td class="num"><Amount value={b.min} /></td>
                    <td class="num"><Amount value={b.q1} /></td>
                    <td class="num"><Amount value={b.median} /></td>
                    <td class="num"><Amount value={b.q3} /></td>
                    <td class="num"><Amount value={b.max} /></td>
                    <td class="num">{b.outlierCount}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </Scroll>
          <p class="note">表中金额单位 {unit}；悬停看精确到元 (hover for the exact yuan).</p>
          <h2>离群值 Outliers</h2>
          <ul id="outliers">
            {d.boxes.flatMap((b) =>
              b.outliers.map((o) => (
                <li data-notice={o.noticeId} data-service={b.serviceType}>
                  {b.label}: <a href={`/contracts/${o.noticeId}`}>{o.title ?? `#${o.noticeId}`}</a> — {o.buyer ?? '—'} ({o.region ?? '中央/未知'}) —{' '}
                  <b title={exactYuan(o.value)}>{yuan(o.value)}</b> vs 中位数 median {yuan(b.median)} ({o.value > b.upperFence ? '高于上围栏 above the upper fence' : '低于下围栏 below the lower fence'})
                </li>
              )),
            )}
          </ul>
          {d.boxes.every((b) => b.outlierCount === 0) ? <p id="no-outliers">无离群值 No outliers under these filters.</p> : null}
        </>
      ) : null}
    </>
  );
};
