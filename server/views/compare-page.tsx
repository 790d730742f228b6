/**
 * The compare page body: filters (metric, year, province), a box + strip plot per service type,
 * the quartiles table, and the outliers named and linked.
 * @module
 */
import type { FC } from 'hono/jsx';
import { METRICS, type CompareResult } from '../../db/queries/compare.js';
import type { RegionArea } from '../../db/queries/region.js';
import { count, yuan } from './format.js';
import { Amount, Chart } from './parts.js';

export const ComparePage: FC<{ d: CompareResult; provinces: RegionArea[] }> = ({ d, provinces }) => (
  <>
    <h1>比价 Compare prices</h1>
    <form method="get" action="/compare" class="filters" id="compare-form">
      <label>
        口径 Metric
        <select name="metric" id="c-metric">
          {Object.entries(METRICS).map(([k, label]) => (
            <option value={k} selected={k === d.params.metric}>
              {label}
            </option>
          ))}
        </select>
      </label>
      <label>
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
      <label>
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
              {d.params.region}
            </option>
          ) : null}
        </select>
      </label>
      <button type="submit" id="compare-submit">比较 Compare</button>
    </form>
    <p class="note">
      仅计入的中标包 (counted lots only; rates and unit prices are not totals and are left out). 离群值以 Q1−1.5·IQR / Q3+1.5·IQR 为界：值得复核，不是证据 (outliers
      are a reason to review, not proof).
    </p>
    {d.boxes.length ? (
      <Chart
        id="chart-compare"
        title={`价格分布 Price distribution: ${METRICS[d.params.metric]} (对数刻度 log scale)`}
        height={320}
        spec={{ kind: 'box', boxes: d.boxes.map((b) => ({ label: b.label, min: b.min, q1: b.q1, median: b.median, q3: b.q3, max: b.max, points: b.points.map((p) => p.value) })) }}
      />
    ) : (
      <p id="no-data">没有数据 No counted prices for these filters.</p>
    )}
    <table id="boxes">
      <thead>
        <tr>
          <th>服务 Service</th>
          <th class="num">n</th>
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
            <td class="num">{count(b.n)}</td>
            <td class="num"><Amount value={b.min} /></td>
            <td class="num"><Amount value={b.q1} /></td>
            <td class="num"><Amount value={b.median} /></td>
            <td class="num"><Amount value={b.q3} /></td>
            <td class="num"><Amount value={b.max} /></td>
            <td class="num">{count(b.outlierCount)}</td>
          </tr>
        ))}
      </tbody>
    </table>
    <h2>离群值 Outliers</h2>
    <ul id="outliers">
      {d.boxes.flatMap((b) =>
        b.outliers.map((o) => (
          <li data-notice={o.noticeId} data-service={b.serviceType}>
            {b.label}: <a href={`/contracts/${o.noticeId}`}>{o.title ?? `#${o.noticeId}`}</a> — {o.buyer ?? '—'} ({o.region ?? '中央/未知'}) —{' '}
            <b>{yuan(o.value)}</b> vs 中位数 median {yuan(b.median)}
          </li>
        )),
      )}
    </ul>
    {d.boxes.every((b) => b.outlierCount === 0) ? <p>无离群值 No outliers under these filters.</p> : null}
  </>
);
