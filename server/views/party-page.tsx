/**
 * A vendor's or buyer's profile: its spellings, totals over time, where it works and its share
 * of each region's spending, and its counted contracts. Totals link to the search listing the
 * notices behind them.
 * @module
 */
import type { FC } from 'hono/jsx';
import { html } from './html.js';
import type { PartyDetail } from '../../db/queries/party.js';
import { methodLabel, pct, searchHref, spendSearch, yearRange } from './format.js';
import { Amount, Chart, Count, Counted, Empty, Scroll, SpendStats, Stat, type Html } from './parts.js';

export const PartyPage: FC<{ d: PartyDetail }> = ({ d }) => {
  const role = d.role;
  const other = role === 'vendor' ? 'buyers' : 'vendors';
  const idKey = `${role}_id` as const;
  const mine = spendSearch({ [idKey]: d.id });
  return (
    <>
      <h1 id="party-name">
        {d.name} <small>{role === 'vendor' ? '供应商 vendor' : '采购人 buyer'}</small>
      </h1>
      <section class="stats">
        <SpendStats ids={['party-total', 'party-lots']} yuan={d.totalYuan} lots={d.lots} href={mine} label="计入的视频运营金额 counted video-ops amount" />
        <Stat id="party-notices" label={`涉及公告 notices naming it as ${role}`} unit="条公告 notices, counted or not">
          <Count n={d.notices} unit="条公告 notices" href={searchHref({ [idKey]: d.id })} />
        </Stat>
      </section>
      <Counted leftOut={d.leftOut}>
        <p class="units">
          金额和包数链接到恰好是它们背后的公告（按这一方的编号，名称的各种写法都算）。 Amounts and lot counts link to exactly the notices behind them (by this party's id, every
          spelling of its name included).
        </p>
      </Counted>
      <h2>名称写法 Name variants</h2>
      <ul id="names">
        {d.names.map((n) => (
          <li data-role={n.role}>
            {n.name} <small>({n.role === 'vendor' ? '供应商 vendor' : n.role === 'buyer' ? '采购人 buyer' : n.role})</small>
          </li>
        ))}
      </ul>
      <p class="note">同一名称规范化键下的写法被归为一方 Spellings with the same normalized key (brackets, spaces, 有限责任公司/有限公司) are grouped.</p>
      {d.lots === 0 ? (
        <Empty id="no-spending" what="计入支出的中标包 no counted lot names this party.">
          <p>
            <a href={searchHref({ [idKey]: d.id })}>看所有提到它的公告 See every notice naming it</a>（意向、招标、未计入的结果 intentions, tenders,
            uncounted results）。
          </p>
        </Empty>
      ) : null}
      <div class="grid2">
        {d.perYear.length ? (
          <Chart
            id="chart-year"
            title="每年金额 Per year (元)"
            note="点击柱子查看当年的公告 click a bar for that year's notices"
            spec={{
              kind: 'bar',
              labels: d.perYear.map((y) => String(y.year ?? '未知')),
              series: [{ label: '计入金额 counted', data: d.perYear.map((y) => y.yuan) }],
              links: d.perYear.map((y) => (yearRange(y.year) ? spendSearch({ [idKey]: d.id, ...yearRange(y.year) }) : null)),
            }}
          />
        ) : null}
        <section>
          <h2>地区与份额 Where, and share of the region's spending</h2>
          <Scroll label="地区与份额 regions and shares">
            <table id="regions" class="compact">
              <thead>
                <tr>
                  <th>地区 Region</th>
                  <th class="num">金额 Amount</th>
                  <th class="num">地区合计 Region total</th>
                  <th class="num">份额 Share</th>
                </tr>
              </thead>
              <tbody>
                {d.regions.map(
                  (r) =>
                    html`<tr data-code="${r.code ?? ''}"><td>${r.code ? html`<a href="/regions/${r.code}">${r.name}</a>` : r.name}</td><td class="num">${Amount({
                      value: r.yuan,
                      href: r.code ? spendSearch({ [idKey]: d.id, region: r.code }) : null,
                    })}</td><td class="num">${r.code ? Amount({ value: r.regionYuan, href: spendSearch({ region: r.code }) }) : html`<span class="amount" data-yuan="">—</span>`}</td><td class="num" data-share="${r.share ?? ''}">${pct(r.share)}</td></tr>`,
                )}
              </tbody>
            </table>
          </Scroll>
          <p class="note">份额 = 它在该地区的计入金额 ÷ 该地区全部计入金额 (share = its counted amount in the region ÷ all counted spending there).</p>
        </section>
      </div>
      <Partners d={d} />
      <Methods d={d} />
      <h2>计入的合同 Counted contracts</h2>
      <p class="note">每行一个计入的中标包 one row per counted lot{d.contracts.length >= 500 ? ' (最近 500 newest 500)' : ''}.</p>
      <Scroll label="计入的合同 counted contracts">
        <table id="contracts" class="wide" data-counterpart={role === 'vendor' ? 'buyer' : 'vendor'}>
          <thead>
            <tr>
              <th class="date">日期 Date</th>
              <th class="title-col">项目 Title</th>
              <th>{role === 'vendor' ? '采购人 Buyer' : '供应商 Vendor'}</th>
              <th class="num">金额 Amount</th>
              <th>地区 Region</th>
            </tr>
          </thead>
          <tbody>
            {/* Up to 500 rows: html templates, as the other pages' tables (parts.tsx says why). */}
            {d.contracts.map(
              (r) =>
                html`<tr data-id="${r.noticeId}"${r.correctedBy ? html` data-corrected-by="${r.correctedBy.noticeId}"` : ''}><td class="date">${r.publishedAt ?? '—'}</td><td class="title-col"><a href="/contracts/${r.noticeId}">${r.title ?? `#${r.noticeId}`}</a>${
                  r.correctedBy ? html` <small class="moved-in">由 by <a href="${correctionHref(r.correctedBy)}">更正公告 of ${r.correctedBy.publishedAt ?? '—'}</a> 改为本供应商中标 (a correction named it the winner)</small>` : ''
                }</td><td>${
                  r.counterpartId ? html`<a href="/${other}/${r.counterpartId}">${r.counterpart}</a>` : (r.counterpart ?? '—')
                }</td><td class="num">${Amount({ value: r.amountYuan })}</td><td>${r.region ?? '中央/未知'}</td></tr>`,
            )}
          </tbody>
        </table>
      </Scroll>
      {d.movedAway.length ? <MovedAway d={d} /> : null}
    </>
  );
};

/** A correction's item naming the winner, on the correction's page (its evidence span when the item is known). */
const correctionHref = (c: { noticeId: number; seq: number | null }) => `/contracts/${c.noticeId}${c.seq !== null ? `#ev-correctedAward.${c.seq}.vendor` : ''}`;

/** A vendor's lots a correction moved to another winner: struck through, not counted for it, with the winner and the correction. */
function MovedAway({ d }: { d: PartyDetail }) {
  return (
    <section>
      <h2>更正为他人中标 Moved to another winner by a correction</h2>
      <p class="note">这些包原写明本供应商中标，更正公告改为另一供应商：不计入本供应商 These lots named this vendor, until a correction named another winner: they count for that winner, not here.</p>
      <ul id="moved-away">
        {d.movedAway.map((m) => (
          <li data-id={m.noticeId} data-to={m.toId ?? ''}>
            <s>
              {m.publishedAt ?? '—'} · <a href={`/contracts/${m.noticeId}`}>{m.title ?? `#${m.noticeId}`}</a> · <Amount value={m.amountYuan} />
            </s>{' '}
            → 改为 moved to {m.toId !== null ? <a href={`/vendors/${m.toId}`}>{m.toName ?? `#${m.toId}`}</a> : '—'} by{' '}
            <a class="moved-by" href={correctionHref(m.correction)}>
              更正公告 of {m.correction.publishedAt ?? '—'}
            </a>
          </li>
        ))}
      </ul>
    </section>
  );
}

/**
 * A buyer's vendors (or a vendor's buyers) with their share of this party's counted amount. A
 * share of half or more is marked for review, as opentender and OCP flag one supplier taking most
 * of a buyer's contracts, and Dozorro a supplier with a single customer: a reason to look, not proof.
 */
function Partners({ d }: { d: PartyDetail }) {
  if (!d.partners.length) return null;
  const buyer = d.role === 'buyer';
  const otherRole = buyer ? 'vendor' : 'buyer';
  const flagged = d.partners.filter((p) => p.review).length;
  return (
    <section>
      <h2>{buyer ? '供应商与份额 Vendors and their share of its spending' : '采购人与份额 Buyers and their share of its income'}</h2>
      {flagged ? (
        <p class="note review-note" id="review-note">
          ⚑ {buyer ? '一家供应商多次中标，拿到该采购人一半以上的计入金额' : '该供应商一半以上的计入金额来自同一采购人的多次采购'}（共 {d.lots} 个计入包）：值得复核，不是违规的证据。 {buyer ? 'One vendor won repeatedly and took half or more of this buyer’s counted spending' : 'Half or more of this vendor’s counted amount came from repeated awards by one buyer'} ({d.lots} counted lots): a reason to review, not proof of wrongdoing.
        </p>
      ) : null}
      <ShareTable
        id="partners"
        label={buyer ? '供应商份额 vendor shares' : '采购人份额 buyer shares'}
        head={buyer ? '供应商 Vendor' : '采购人 Buyer'}
        rows={d.partners.map((p) => ({
          attr: ['party', String(p.id ?? '')],
          cell: html`${p.id !== null ? html`<a href="/${otherRole}s/${p.id}">${p.name}</a>` : p.name}${p.review ? html` <span class="flag" title="份额过半，值得复核 half or more: review">⚑</span>` : ''}`,
          yuan: p.yuan,
          lots: p.lots,
          share: p.share,
          href: p.id !== null ? spendSearch({ [`${d.role}_id`]: d.id, [`${otherRole}_id`]: p.id }) : null,
          review: p.review,
        }))}
      />
      <p class="note">份额 = 该{buyer ? '供应商' : '采购人'}的计入金额 ÷ 本方全部计入金额；联合体的包记在第一个成员名下。 Share = the counted amount with this {otherRole} ÷ all of this party’s counted amount; a consortium’s lot is listed under its first member.</p>
    </section>
  );
}

/** Its counted amount by procurement method: how much went through 单一来源 and the like. */
function Methods({ d }: { d: PartyDetail }) {
  if (!d.methods.length) return null;
  return (
    <section>
      <h2>采购方式 By procurement method</h2>
      <ShareTable
        id="methods"
        label="采购方式 methods"
        head="方式 Method"
        rows={d.methods.map((m) => {
          // A project's method, read from whichever of its notices states it: the figures are not linked to a
          // search by method (which reads each notice's own); the label lists the notices that state it.
          const href = m.method ? searchHref({ [`${d.role}_id`]: d.id, method: m.method }) : null;
          return { attr: ['method', m.method ?? ''], cell: href ? html`<a href="${href}">${methodLabel(m.method!)}</a>` : '未写明 not stated', yuan: m.yuan, lots: m.lots, share: m.share, href: null };
        })}
      />
      <p class="note">按项目写明的采购方式归类（合同、更正公告常不重复写方式）；方式名链接到写明该方式的公告。单一来源等非公开方式的份额值得留意。 By the method the project states (contracts and corrections often omit it); a method links to the notices that state it. The share through single-source and other non-open methods is worth a look.</p>
    </section>
  );
}

/** A party's amounts split some way (by counterpart, by method): name, amount, lots, share of its total. */
function ShareTable(props: {
  id: string;
  label: string;
  head: string;
  rows: { attr: [string, string]; cell: Html | string; yuan: number; lots: number; share: number | null; href: string | null; review?: boolean }[];
}) {
  return (
    <Scroll label={props.label}>
      <table id={props.id} class="compact">
        <thead>
          <tr>
            <th>{props.head}</th>
            <th class="num">金额 Amount</th>
            <th class="num">包 Lots</th>
            <th class="num">份额 Share</th>
          </tr>
        </thead>
        <tbody>
          {props.rows.map(
            (r) =>
              html`<tr data-${r.attr[0]}="${r.attr[1]}"${r.review ? html` class="review"` : ''}><td>${r.cell}</td><td class="num">${Amount({ value: r.yuan, href: r.href })}</td><td class="num">${Count({
                n: r.lots,
                unit: '包 lots',
                href: r.href,
              })}</td><td class="num" data-share="${r.share ?? ''}">${pct(r.share)}</td></tr>`,
          )}
        </tbody>
      </table>
    </Scroll>
  );
}
