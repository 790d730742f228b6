/**
 * Region pages: the province list, and one region with its spending per year and month, the
 * median price per service type, its children (drill-down) and its siblings side by side.
 * @module
 */
import type { FC } from 'hono/jsx';
import type { RegionArea, RegionDetail } from '../../db/queries/region.js';
import { count, serviceLabel } from './format.js';
import { Amount, Chart, Counted } from './parts.js';

const AreaTable: FC<{ rows: RegionArea[]; id: string; current?: string }> = ({ rows, id, current }) => (
  <table id={id}>
    <thead>
      <tr>
        <th>地区 Region</th>
        <th class="num">支出 Spending</th>
        <th class="num">包 Lots</th>
      </tr>
    </thead>
    <tbody>
      {rows.map((r) => (
        <tr data-code={r.code ?? ''} class={r.code && r.code === current ? 'current' : ''}>
          <td>{r.code ? <a href={`/regions/${r.code}`}>{r.name}</a> : r.name}</td>
          <td class="num">
            <Amount value={r.yuan} />
          </td>
          <td class="num">{count(r.lots)}</td>
        </tr>
      ))}
    </tbody>
  </table>
);

export const RegionIndexPage: FC<{ rows: RegionArea[] }> = ({ rows }) => (
  <>
    <h1>地区 Regions</h1>
    <p>点击省份逐级查看 Click a province to drill down to its cities and counties.</p>
    <Chart
      id="chart-regions"
      title="各省已授予支出 Awarded spending per province (元)"
      spec={{ kind: 'bar', labels: rows.map((r) => r.name), series: [{ label: '元 yuan', data: rows.map((r) => r.yuan) }], links: rows.map((r) => (r.code ? `/regions/${r.code}` : null)) }}
    />
    <AreaTable rows={rows} id="regions" />
  </>
);

export const RegionPage: FC<{ d: RegionDetail }> = ({ d }) => (
  <>
    <nav class="crumbs" id="crumbs">
      <a href="/regions">全国 All</a>
      {d.path.map((p) => (
        <>
          {' › '}
          <a href={`/regions/${p.code}`}>{p.name}</a>
        </>
      ))}
    </nav>
    <h1 id="region-name" data-code={d.code}>
      {d.name} <small>{d.code}</small>
    </h1>
    <section class="stats">
      <div>
        <b id="region-total" data-yuan={d.totalYuan}>
          <Amount value={d.totalYuan} />
        </b>
        <span>已授予视频运营支出 awarded video-ops spending</span>
      </div>
      <div>
        <b id="region-lots">{count(d.lots)}</b>
        <span>计入的中标包 counted lots</span>
      </div>
    </section>
    <p>
      <a href={`/search?region=${d.code}&video=1`}>该地区的公告 Notices in {d.name} →</a> · <a href={`/compare?region=${d.code}`}>比价 Compare prices →</a>
    </p>
    <Counted leftOut={d.leftOut} />
    <div class="grid2">
      <Chart id="chart-year" title="每年支出 Spending per year (元)" spec={{ kind: 'bar', labels: d.perYear.map((y) => y.year), series: [{ label: '元 yuan', data: d.perYear.map((y) => y.yuan) }] }} />
      <Chart id="chart-month" title="每月支出 Spending per month (元)" spec={{ kind: 'line', labels: d.perMonth.map((m) => m.month), series: [{ label: '元 yuan', data: d.perMonth.map((m) => m.yuan) }] }} />
    </div>
    <h2>各服务类型中位价 Median price per service type</h2>
    <table id="per-service">
      <thead>
        <tr>
          <th>服务 Service</th>
          <th class="num">包 Lots</th>
          <th class="num">中位数 Median</th>
          <th class="num">合计 Total</th>
        </tr>
      </thead>
      <tbody>
        {d.perService.map((s) => (
          <tr data-service={s.serviceType ?? ''}>
            <td>{serviceLabel(s.serviceType)}</td>
            <td class="num">{count(s.lots)}</td>
            <td class="num">
              <Amount value={s.medianYuan} />
            </td>
            <td class="num">
              <Amount value={s.yuan} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
    <div class="grid2">
      {d.children.length ? (
        <section>
          <h2>{d.level === 'province' ? '下辖市 Cities' : '下辖区县 Counties'}</h2>
          <AreaTable rows={d.children} id="children" />
        </section>
      ) : null}
      <section>
        <h2>同级地区 Side by side with its siblings</h2>
        <Chart
          id="chart-siblings"
          title="同级地区支出 Sibling regions (元)"
          spec={{ kind: 'hbar', labels: d.siblings.map((s) => s.name), series: [{ label: '元 yuan', data: d.siblings.map((s) => s.yuan) }], links: d.siblings.map((s) => (s.code ? `/regions/${s.code}` : null)) }}
          height={Math.max(160, d.siblings.length * 22)}
        />
        <AreaTable rows={d.siblings} id="siblings" current={d.code} />
      </section>
    </div>
  </>
);
