/**
 * Region pages: the province list, and one region with its spending per year and month, the
 * median price per service type, its children (drill-down) and its siblings side by side. Every
 * amount and lot count links to the search listing the notices behind it.
 * @module
 */
import type { FC } from 'hono/jsx';
import { html } from './html.js';
import { TOP_PARTIES, type RegionArea, type RegionDetail, type RegionParty } from '../../db/queries/region.js';
import { monthRange, pct, serviceLabel, spendSearch, yearRange } from './format.js';
import { Amount, Chart, Count, Counted, Empty, Scroll, SpendStats, SpendTable, type Html } from './parts.js';

/**
 * A table of regions one level below `parent` ('' = the nation). Its row with no code is the
 * spending booked at `parent`'s own level (省本级 / 市本级: level=own) or, nationally, in no
 * province at all (中央/未知: region=none): each links to exactly those notices.
 */
const AreaTable: FC<{ rows: RegionArea[]; id: string; current?: string; label: string; parent?: string }> = ({ rows, id, current, label, parent = '' }) => (
  <Scroll label={label}>
    <SpendTable
      id={id}
      head="地区 Region"
      keyAttr="code"
      rows={rows.map((r) => ({
        key: r.code ?? '',
        label: r.code ? <a href={`/regions/${r.code}`}>{r.name}</a> : r.name,
        yuan: r.yuan,
        lots: r.lots,
        href: spendSearch(r.code ? { region: r.code } : parent ? { region: parent, level: 'own' } : { region: 'none' }),
        current: Boolean(r.code && r.code === current),
      }))}
    />
  </Scroll>
);

/**
 * A region's top vendors or buyers: the name linked to its profile; its counted yuan and its
 * notices linked to the search listing exactly those notices here (a vendor's with lead=1: the
 * lots it is named first on, which the ranking credits it with); its lots; its share of the
 * region's counted total.
 */
function RegionParties({ rows, role, code, id }: { rows: RegionParty[]; role: 'buyer' | 'vendor'; code: string; id: string }): Html {
  return Scroll({
    label: role === 'vendor' ? '主要供应商 top vendors' : '主要采购人 top buyers',
    children: html`<table id="${id}" class="compact parties"><thead><tr><th>${role === 'vendor' ? '供应商 Vendor' : '采购人 Buyer'}</th><th class="num">支出 Spending</th><th class="num">占比 Share</th><th class="num">包 Lots</th><th class="num">公告 Notices</th></tr></thead><tbody>${rows.map(
      (r) => {
        const href = spendSearch(role === 'vendor' ? { region: code, vendor_id: r.id, lead: 1 } : { region: code, buyer_id: r.id });
        return html`<tr data-party="${r.id}"><td><a href="/${role}s/${r.id}">${r.name}</a></td><td class="num">${Amount({ value: r.yuan, href })}</td><td class="num" data-share="${r.share ?? ''}">${pct(r.share)}</td><td class="num">${Count({ n: r.lots, unit: '包 lots' })}</td><td class="num">${Count({ n: r.notices, unit: '条公告 notices', href })}</td></tr>`;
      },
    )}</tbody></table>`,
  });
}

export const RegionIndexPage: FC<{ rows: RegionArea[] }> = ({ rows }) => (
  <>
    <h1>地区 Regions</h1>
    <p>
      点击省份逐级查看市、区县；点击金额或包数查看背后的公告。 Click a province to drill down to its cities and counties; click an amount or a lot count for the
      notices behind it.
    </p>
    {rows.length ? (
      <>
        <Chart
          id="chart-regions"
          title="各省已授予支出 Awarded spending per province (元)"
          note="点击柱子查看该省 click a bar to open the province"
          spec={{ kind: 'bar', labels: rows.map((r) => r.name), series: [{ label: '已授予支出 awarded', data: rows.map((r) => r.yuan) }], links: rows.map((r) => (r.code ? `/regions/${r.code}` : null)) }}
        />
        <AreaTable rows={rows} id="regions" label="各省 provinces" />
        <p class="note">“包”是计入支出的中标包 (lots counted as spending)；中央单位与无法定位的采购人归为“中央/未知”。 Central units and buyers with no known locality are grouped as 中央/未知.</p>
      </>
    ) : (
      <Empty id="no-regions" what="有计入支出的地区 no region has counted spending yet.">
        <p>
          <a href="/search">搜索全部公告 Search every stored notice</a>
        </p>
      </Empty>
    )}
  </>
);

export const RegionPage: FC<{ d: RegionDetail }> = ({ d }) => {
  const here = spendSearch({ region: d.code });
  const currentSibling = d.siblings.findIndex((s) => s.code === d.code);
  // The region one level up (the nation for a province): its price distribution holds the siblings' lots.
  const parent = d.path.length > 1 ? d.path[d.path.length - 2] : null;
  const [parentZh, parentEn] = parent ? [parent.name, parent.name] : ['全国', 'the whole country'];
  const [levelZh, levelEn] = d.level === 'province' ? ['省份', 'province'] : d.level === 'city' ? ['市', 'city'] : ['区县', 'county'];
  return (
    <>
      <nav class="crumbs" id="crumbs" aria-label="地区层级 breadcrumb">
        <a href="/regions">全国 All</a>
        {d.path.map((p) => (
          <>
            {' › '}
            <a href={`/regions/${p.code}`} aria-current={p.code === d.code ? 'page' : undefined}>
              {p.name}
            </a>
          </>
        ))}
      </nav>
      <h1 id="region-name" data-code={d.code}>
        {d.name} <small>{d.code}</small>
      </h1>
      <section class="stats">
        <SpendStats ids={['region-total', 'region-lots']} yuan={d.totalYuan} lots={d.lots} href={here} label="已授予视频运营支出 awarded video-ops spending" />
      </section>
      <p>
        <a href={here} id="region-notices">
          这些支出背后的公告 The notices behind these figures →
        </a>{' '}
        · <a href={`/search?region=${d.code}`}>该地区全部公告 Every notice in {d.name} →</a> · <a href={`/compare?region=${d.code}`}>比价 Compare prices →</a>
      </p>
      <Counted leftOut={d.leftOut} />
      {d.lots === 0 ? (
        <Empty id="no-spending" what={`${d.name}还没有计入支出的中标包 no counted lots in ${d.name} yet (only intentions, tenders or uncounted awards).`}>
          <p>
            <a href={`/search?region=${d.code}`}>看该地区的全部公告 See every notice located here</a>
            {d.path.length > 1 ? (
              <>
                {' '}
                · <a href={`/regions/${d.path[d.path.length - 2].code}`}>上一级 Go up to {d.path[d.path.length - 2].name}</a>
              </>
            ) : null}
          </p>
        </Empty>
      ) : (
        <div class="grid2">
          <div>
            <Chart
              id="chart-year"
              title="每年支出 Spending per year (元)"
              note="点击柱子查看当年的公告 click a bar for that year's notices"
              spec={{
                kind: 'bar',
                labels: d.perYear.map((y) => y.year),
                series: [{ label: '已授予支出 awarded', data: d.perYear.map((y) => y.yuan) }],
                links: d.perYear.map((y) => (yearRange(y.year) ? spendSearch({ region: d.code, ...yearRange(y.year) }) : null)),
              }}
            />
            <Scroll label="每年支出 per year">
              {SpendTable({
                id: 'region-per-year',
                head: '年份 Year',
                keyAttr: 'year',
                rows: d.perYear.map((y) => {
                  const range = yearRange(y.year);
                  return { key: String(y.year ?? ''), label: y.year || '未知 unknown', yuan: y.yuan, lots: y.lots, href: range ? spendSearch({ region: d.code, ...range }) : null };
                }),
              })}
            </Scroll>
          </div>
          <Chart
            id="chart-month"
            title="每月支出 Spending per month (元)"
            note="按公告发布月份 by month published"
            spec={{
              kind: 'line',
              labels: d.perMonth.map((m) => m.month),
              series: [{ label: '已授予支出 awarded', data: d.perMonth.map((m) => m.yuan) }],
              links: d.perMonth.map((m) => (m.lots && monthRange(m.month) ? spendSearch({ region: d.code, ...monthRange(m.month) }) : null)),
            }}
          />
        </div>
      )}
      {d.lots > 0 ? (
        <section id="region-parties">
          <h2>谁在这里中标、谁在这里采购 Who wins and who buys here</h2>
          <div class="grid2">
            <section>
              <h3>供应商 Top vendors</h3>
              {RegionParties({ rows: d.topVendors, role: 'vendor', code: d.code, id: 'region-vendors' })}
              {d.topVendors.length ? null : <p class="note">计入的中标包都没有可识别的供应商 No counted lot here names a vendor.</p>}
            </section>
            <section>
              <h3>采购人 Top buyers</h3>
              {RegionParties({ rows: d.topBuyers, role: 'buyer', code: d.code, id: 'region-buyers' })}
              {d.topBuyers.length ? null : <p class="note">计入的中标包都没有可识别的采购人 No counted lot here names a buyer.</p>}
            </section>
          </div>
          <p class="note" id="parties-note">
            按{d.name}计入的视频运营支出排名，各列前 {String(TOP_PARTIES)} 名；联合体中标的包只记在第一名供应商名下（与全国排名相同），成员的全部份额见其页面；占比 = 在{d.name}的计入金额 ÷ {d.name}全部计入金额；点击金额或公告数查看这些公告。 Ranked by counted video-ops spending in {d.name}, the first {String(TOP_PARTIES)} of each: a consortium's lot counts
            for its first-named vendor only (as in the national ranking; a member's profile shows all its lots); share = its counted amount here ÷ all counted spending here; click an amount or a
            notice count for exactly those notices.
          </p>
        </section>
      ) : null}
      <h2>各服务类型中位价 Median price per service type</h2>
      {d.perService.length ? (
        <Scroll label="各服务类型 per service type">
          <table id="per-service" class="compact">
            <thead>
              <tr>
                <th>服务 Service</th>
                <th class="num">包 Lots</th>
                <th class="num">中位数 Median (元/包 per lot)</th>
                <th class="num">合计 Total</th>
              </tr>
            </thead>
            <tbody>
              {d.perService.map((s) => {
                const href = s.serviceType ? spendSearch({ region: d.code, service: s.serviceType }) : null;
                return html`<tr data-service="${s.serviceType ?? ''}"><td>${serviceLabel(s.serviceType)}</td><td class="num">${Count({ n: s.lots, unit: '包 lots', href })}</td><td class="num">${Amount({ value: s.medianYuan })}</td><td class="num">${Amount({ value: s.yuan, href })}</td></tr>`;
              })}
            </tbody>
          </table>
        </Scroll>
      ) : (
        <p class="note" id="no-prices">没有可比较的价格 No counted prices here.</p>
      )}
      <p id="compare-parent">
        <a href={parent ? `/compare?region=${parent.code}` : '/compare'}>
          与同级比较价格 Compare these prices with all of {parentEn} →
        </a>{' '}
        <span class="note">
          ({parentZh}每类服务的价格分布，含{d.name}本身 the price distribution per service type across {parentEn}, {d.name} included)
        </span>
      </p>
      <div class="grid2">
        {d.children.length ? (
          <section>
            <h2>{d.level === 'province' ? '下辖市 Cities' : '下辖区县 Counties'}</h2>
            <AreaTable rows={d.children} id="children" parent={d.code} label={d.level === 'province' ? '下辖市 cities' : '下辖区县 counties'} />
            {d.children.some((c) => !c.code) ? <p class="note">“本级”是记在{d.name}本级、未落到下级地区的支出 (spending booked at this level itself, e.g. a provincial bureau).</p> : null}
          </section>
        ) : null}
        <section>
          <h2>同级地区 Side by side with its siblings</h2>
          {d.siblings.length ? (
            <>
              <Chart
                id="chart-siblings"
                title="同级地区支出 Sibling regions (元)"
                note={currentSibling >= 0 ? `橙色为${d.name} orange = this region` : undefined}
                spec={{
                  kind: 'hbar',
                  labels: d.siblings.map((s) => s.name),
                  series: [{ label: '已授予支出 awarded', data: d.siblings.map((s) => s.yuan) }],
                  links: d.siblings.map((s) => (s.code ? `/regions/${s.code}` : null)),
                  highlight: currentSibling >= 0 ? currentSibling : undefined,
                }}
                height={Math.max(160, d.siblings.length * 22)}
              />
              <AreaTable rows={d.siblings} id="siblings" current={d.code} label="同级地区 siblings" />
              {d.siblings.length === 1 && currentSibling === 0 ? (
                <p class="note" id="lone-sibling">
                  {parentZh}没有其他有计入支出的{levelZh}，无可并列比较 (no other {levelEn} of {parentEn} has counted spending, so there is none to set beside it).
                </p>
              ) : null}
            </>
          ) : (
            <p class="note">没有有支出的同级地区 No sibling region has counted spending.</p>
          )}
        </section>
      </div>
    </>
  );
};
