/**
 * A vendor's or buyer's profile: its spellings, totals over time, where it works and its share
 * of each region's spending, and its counted contracts.
 * @module
 */
import type { FC } from 'hono/jsx';
import type { PartyDetail } from '../../db/queries/party.js';
import { count, pct } from './format.js';
import { Amount, Chart, Counted } from './parts.js';

export const PartyPage: FC<{ d: PartyDetail }> = ({ d }) => (
  <>
    <h1 id="party-name">
      {d.name} <small>{d.role === 'vendor' ? '供应商 vendor' : '采购人 buyer'}</small>
    </h1>
    <section class="stats">
      <div>
        <b id="party-total" data-yuan={d.totalYuan}>
          <Amount value={d.totalYuan} />
        </b>
        <span>计入的视频运营金额 counted video-ops amount</span>
      </div>
      <div>
        <b id="party-lots">{count(d.lots)}</b>
        <span>计入的中标包 counted lots</span>
      </div>
      <div>
        <b>{count(d.notices)}</b>
        <span>涉及公告 notices naming it</span>
      </div>
    </section>
    <Counted leftOut={d.leftOut} />
    <h2>名称写法 Name variants</h2>
    <ul id="names">
      {d.names.map((n) => (
        <li data-role={n.role}>
          {n.name} <small>({n.role})</small>
        </li>
      ))}
    </ul>
    <p class="note">同一名称规范化键下的写法被归为一方 Spellings with the same normalized key (brackets, spaces, 有限责任公司/有限公司) are grouped.</p>
    <div class="grid2">
      <Chart id="chart-year" title="每年金额 Per year (元)" spec={{ kind: 'bar', labels: d.perYear.map((y) => String(y.year ?? '未知')), series: [{ label: '元 yuan', data: d.perYear.map((y) => y.yuan) }] }} />
      <section>
        <h2>地区与份额 Where, and share of the region's spending</h2>
        <table id="regions">
          <thead>
            <tr>
              <th>地区 Region</th>
              <th class="num">金额 Amount</th>
              <th class="num">地区合计 Region total</th>
              <th class="num">份额 Share</th>
            </tr>
          </thead>
          <tbody>
            {d.regions.map((r) => (
              <tr data-code={r.code ?? ''}>
                <td>{r.code ? <a href={`/regions/${r.code}`}>{r.name}</a> : r.name}</td>
                <td class="num">
                  <Amount value={r.yuan} />
                </td>
                <td class="num">
                  <Amount value={r.regionYuan} />
                </td>
                <td class="num" data-share={r.share ?? ''}>
                  {pct(r.share)}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
    </div>
    <h2>计入的合同 Counted contracts</h2>
    <div class="table-wrap">
      <table id="contracts">
        <thead>
          <tr>
            <th>日期 Date</th>
            <th>项目 Title</th>
            <th>{d.role === 'vendor' ? '采购人 Buyer' : '供应商 Vendor'}</th>
            <th class="num">金额 Amount</th>
            <th>地区 Region</th>
          </tr>
        </thead>
        <tbody>
          {d.contracts.map((r) => (
            <tr data-id={r.noticeId}>
              <td>{r.publishedAt ?? '—'}</td>
              <td>
                <a href={`/contracts/${r.noticeId}`}>{r.title ?? `#${r.noticeId}`}</a>
              </td>
              <td>{r.counterpartId ? <a href={`/${d.role === 'vendor' ? 'buyers' : 'vendors'}/${r.counterpartId}`}>{r.counterpart}</a> : (r.counterpart ?? '—')}</td>
              <td class="num">
                <Amount value={r.amountYuan} />
              </td>
              <td>{r.region ?? '中央/未知'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  </>
);
