/**
 * The overview page body: totals, spending per province and per year (charts), the latest
 * counted contracts (the issue-2 list), top buyers and vendors, and data freshness.
 * @module
 */
import type { FC } from 'hono/jsx';
import type { Overview } from '../../db/queries/overview.js';
import { count, place, yuan } from './format.js';
import { Amount, Chart, Counted, SourceLink } from './parts.js';

export const ContractTable: FC<{ rows: Overview['latest']; id: string }> = ({ rows, id }) => (
  <div class="table-wrap">
    <table id={id}>
      <thead>
        <tr>
          <th>日期 Date</th>
          <th>项目 Title</th>
          <th>采购人 Buyer</th>
          <th>供应商 Vendor</th>
          <th class="num">金额 Amount</th>
          <th>地区 Locality</th>
          <th>来源 Source</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr data-id={r.id}>
            <td>{r.publishedAt ?? '—'}</td>
            <td>
              <a href={`/contracts/${r.id}`}>{r.title ?? `#${r.id}`}</a>
            </td>
            <td>{r.buyer ?? '—'}</td>
            <td>{r.vendor ?? '—'}</td>
            <td class="num">
              <Amount value={r.amountYuan} />
            </td>
            <td>{place(r)}</td>
            <td>
              <SourceLink url={r.sourceUrl} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  </div>
);

export const OverviewPage: FC<{ data: Overview }> = ({ data }) => {
  const provinces = data.perProvince;
  return (
    <>
      <h1>政务短视频/新媒体运营采购 Government video-operations spending</h1>
      <section class="stats">
        <div>
          <b id="total-yuan" data-yuan={data.totalYuan}>{yuan(data.totalYuan)}</b>
          <span>已授予视频运营支出 awarded video-ops spending</span>
        </div>
        <div>
          <b id="counted-lots">{count(data.contracts)}</b>
          <span>计入的中标包 counted lots</span>
        </div>
        <div>
          <b id="notice-count">{count(data.notices)}</b>
          <span>已存公告 notices stored</span>
        </div>
      </section>
      <Counted leftOut={data.leftOut} />
      <div class="grid2">
        <Chart
          id="chart-province"
          title="各省已授予支出 Awarded spending per province (元)"
          spec={{
            kind: 'bar',
            labels: provinces.map((p) => p.name ?? '中央/未知'),
            series: [{ label: '元 yuan', data: provinces.map((p) => p.yuan) }],
            links: provinces.map((p) => (p.code ? `/regions/${p.code}` : null)),
          }}
        />
        <Chart
          id="chart-year"
          title="每年已授予支出 Awarded spending per year (元)"
          spec={{ kind: 'bar', labels: data.perYear.map((y) => String(y.year ?? '未知')), series: [{ label: '元 yuan', data: data.perYear.map((y) => y.yuan) }] }}
        />
      </div>
      <h2>最新中标 Latest counted contracts</h2>
      <p>
        <a href="/search?video=1">全部搜索 Search all →</a> · <a href="/api/contracts">JSON</a>
      </p>
      <ContractTable rows={data.latest} id="contracts" />
      <div class="grid3">
        <section>
          <h2>省份 Top provinces</h2>
          <table id="top-provinces">
            <tbody>
              {provinces.slice(0, 10).map((p) => (
                <tr data-code={p.code ?? ''}>
                  <td>{p.code ? <a href={`/regions/${p.code}`}>{p.name ?? p.code}</a> : '中央/未知 central/unknown'}</td>
                  <td class="num">
                    <Amount value={p.yuan} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
        <RankedParties id="top-buyers" title="采购人 Top buyers" href="/buyers/" rows={data.topBuyers} />
        <RankedParties id="top-vendors" title="供应商 Top vendors" href="/vendors/" rows={data.topVendors} />
      </div>
      <h2>数据新鲜度 Data freshness</h2>
      <table id="freshness">
        <thead>
          <tr>
            <th>来源 Source</th>
            <th>最近成功抓取 Last successful run</th>
            <th>最近状态 Last status</th>
            <th class="num">公告 Notices</th>
          </tr>
        </thead>
        <tbody>
          {data.freshness.map((f) => (
            <tr>
              <td>{f.name}</td>
              <td>{f.lastOkRun ?? '从未 never'}</td>
              <td>{f.lastRunStatus ?? '—'}</td>
              <td class="num">{count(f.notices)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
};

/** One "top N" table of buyers or vendors: name linked to its profile, awarded yuan beside it. */
function RankedParties(props: { id: string; title: string; href: string; rows: { id: number; name: string; yuan: number }[] }) {
  return (
    <section>
      <h2>{props.title}</h2>
      <table id={props.id}>
        <tbody>
          {props.rows.map((r) => (
            <tr>
              <td>
                <a href={`${props.href}${r.id}`}>{r.name}</a>
              </td>
              <td class="num">
                <Amount value={r.yuan} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
