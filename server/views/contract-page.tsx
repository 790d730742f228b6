/**
 * The contract page body: the notice's fields (each with its evidence when there is one), its
 * lots and whether they count, the project's other notices, and the source text with every
 * evidence span highlighted.
 * @module
 */
import type { FC } from 'hono/jsx';
import type { ContractDetail } from '../../db/queries/contract.js';
import { count, dateTime, exactYuan, kindLabel, methodLabel, place, serviceLabel, signedPct, yuan } from './format.js';
import { Amount, Scroll, SourceLink } from './parts.js';

const FIELD_LABELS: [string, string][] = [
  ['kind', '公告类型 Kind'], ['projectCode', '项目编号 Project code'], ['projectName', '项目名称 Project'], ['procurementMethod', '采购方式 Method'],
  ['buyer', '采购人 Buyer'], ['agency', '代理机构 Agency'], ['publishedAt', '发布日期 Published'], ['tenderDeadline', '截止 Deadline'],
  ['awardDate', '中标日期 Award date'], ['contractDate', '合同日期 Contract date'], ['budgetYuan', '预算 Budget'], ['ceilingYuan', '最高限价 Ceiling'],
  ['awardedYuan', '中标合计 Awarded total'], ['servicePeriodText', '服务期限 Service period'], ['accounts', '账号数 Accounts'],
  ['videosPerMonth', '每月视频 Videos/month'], ['yuanPerAccountYear', '元/账号·年 per account-year'], ['yuanPerVideo', '元/条 per video'],
  ['locality', '地区 Locality'], ['serviceType', '服务类型 Service'], ['isVideoOps', '视频运营 Video ops'], ['parserVersion', '解析器 Parser'],
];

/**
 * Where each field's evidence is stored. The extractor names a stated award total `totalAward`;
 * without one, a single lot's amount is the total (older parses call it `amount`), but with
 * several lots no one span is the total, so none is linked.
 */
function evidenceKeys(key: string, lots: number): string[] {
  if (key === 'awardedYuan') return lots === 1 ? ['totalAward', 'amount', 'lots.0.amount'] : ['totalAward'];
  return [key];
}

/** The badge each highlighted span carries, so a reader sees which field was read from it. */
function evidenceLabel(field: string): string {
  const lot = /^lots?\.?(\d+)\.(amount|vendor)$/.exec(field);
  if (lot) {
    const n = field.startsWith('lots.') ? Number(lot[1]) + 1 : Number(lot[1]);
    return `包${n} ${lot[2] === 'amount' ? '金额 amount' : '供应商 vendor'}`;
  }
  const corr = /^correctedAward\.(\d+)\.(amount|vendor)$/.exec(field);
  if (corr) return `更正${Number(corr[1]) + 1} ${corr[2] === 'amount' ? '更正后金额 corrected amount' : '更正后供应商 corrected vendor'}`;
  const known: Record<string, string> = { totalAward: '中标合计 awarded total', amount: '金额 amount', vendor: '供应商 vendor', title: '标题 title' };
  if (known[field]) return known[field];
  const row = FIELD_LABELS.find(([k]) => k === field);
  return row ? row[1] : field;
}

const EvLink: FC<{ field: string | undefined; confidence?: number }> = ({ field, confidence }) =>
  field ? (
    <a class="ev-link" href={`#ev-${field}`} title={`原文中的出处 where it was read${confidence === undefined || confidence === null ? '' : ` (置信度 confidence ${confidence})`}`}>
      出处 ¶
    </a>
  ) : null;

function show(d: ContractDetail, key: string): string {
  const n = d.notice as Record<string, unknown>;
  if (key === 'kind') return kindLabel(String(n.kind));
  if (key === 'locality') return `${place(n as never)}${n.divisionCode ? ` (${String(n.divisionCode)})` : ''}`;
  if (key === 'serviceType') return serviceLabel(n.serviceType as string | null);
  if (key === 'isVideoOps') return n.isVideoOps ? '是 yes' : '否 no';
  const v = n[key];
  if (v === null || v === undefined || v === '') return '—';
  if (key === 'procurementMethod') return methodLabel(String(v));
  if (key.endsWith('Yuan') || key.startsWith('yuanPer')) {
    // Under 10,000 the short form is already exact: "1,000元", not "1,000元 (1,000 元)".
    const x = Number(v);
    return Math.abs(x) >= 1e4 ? `${yuan(x)} (${exactYuan(x)})` : yuan(x);
  }
  return String(v);
}

/**
 * The award beside its budget, both linked to their notices: a price at or above the budget is
 * a reason to look (OCP red flag R031), never proof; a budget from another notice may be the
 * whole project's while this notice awards only some of its lots, and the note says so.
 */
const AwardBudget: FC<{ a: NonNullable<ContractDetail['awardVsBudget']>; self: number }> = ({ a, self }) => (
  <p id="award-vs-budget" class={a.ratio >= 1 ? 'review-note' : 'note'} data-ratio={a.ratio.toFixed(4)}>
    中标合计 ÷ 预算 Awarded ÷ budget: <b>{(a.ratio * 100).toFixed(2)}%</b>（<Amount value={a.awardedYuan} /> ÷ <Amount value={a.budgetYuan} />，预算见{' '}
    {a.budgetNoticeId === self ? '本公告 this notice' : <a href={`/contracts/${a.budgetNoticeId}`}>{kindLabel(a.budgetKind)} {a.budgetPublishedAt ?? ''}</a>}）。
    {a.ratio >= 1 ? <span class="flag"> ⚑ 不低于预算 at or above the budget: 值得复核，不是违规的证据 a reason to review, not proof.</span> : null}
    {a.budgetNoticeId === self ? null : " 若项目分包另行公告，本公告只占预算的一部分 (if the project's lots were awarded in separate notices, this one covers part of the budget)."}
  </p>
);

/** "486,000 → 468,000 元": an amount a correction changed (the figure before unknown shows as —). */
const fromTo = (from: number | null, to: number) => `${from === null ? '—' : count(from)} → ${exactYuan(to)}`;

const OUTCOME_LABELS: Record<string, string> = {
  applied: '已计入 applied: the award counts at the corrected amount',
  moved: '已计入 applied: the lot now counts for the winner after',
  no_match: '未对应到计入的中标包 matched no counted lot: nothing changed',
  ambiguous: '对应到多个中标包 matched several lots: nothing changed',
  vendor_changed: '更正后为另一供应商，但未能确定是哪一方：计入未变，请核对原文 names another winner, not resolved to a party: the award is counted as before — check the text',
  nothing_read: '未读出更正后的金额 no corrected amount was read: nothing changed',
  not_total: '该包按费率或单价计 the lot is priced as a rate or unit price: nothing changed',
};

/** A correction's award items: before → after, the lot each applied to, or why it changed nothing. */
const CorrectedAwardList: FC<{ d: ContractDetail }> = ({ d }) => (
  <>
    <h2>更正的中标 Corrected award</h2>
    <ul id="corrected-award">
      {d.correctedAward.map((x) => (
        <li data-outcome={x.outcome} data-before={x.amountBefore ?? ''} data-after={x.amountAfter ?? ''}>
          {x.label ? `${x.label} · ` : ''}
          {x.amountAfter !== null ? fromTo(x.amountBefore, x.amountAfter) : x.amountBefore !== null ? `${exactYuan(x.amountBefore)} → —` : ''}
          {x.vendorAfter && x.vendorAfter !== x.vendorBefore ? ` · 供应商 vendor: ${x.vendorBefore ?? '—'} → ${x.vendorAfter}` : ''}{' '}
          {x.evidenceField ? <EvLink field={x.evidenceField} /> : null} · {OUTCOME_LABELS[x.outcome === 'applied' && x.toVendorPartyId !== null ? 'moved' : x.outcome] ?? x.outcome}
          {x.toVendorPartyId !== null ? (
            <>
              {' '}
              · <a href={`/vendors/${x.toVendorPartyId}`}>中标供应商档案 the winner's profile</a>
            </>
          ) : null}
          {x.awardNoticeId !== null ? (
            <>
              {' '}
              · <a href={`/contracts/${x.awardNoticeId}`}>中标公告 the award</a>
            </>
          ) : null}
        </li>
      ))}
    </ul>
  </>
);

export const ContractPage: FC<{ d: ContractDetail }> = ({ d }) => {
  const n = d.notice as Record<string, unknown> & ContractDetail['notice'];
  const ev = new Map(d.evidence.map((e) => [e.field, e]));
  const evFor = (key: string) => evidenceKeys(key, d.lots.length).map((k) => ev.get(k)).find((e) => e !== undefined);
  // Only the first span of a field carries its id, so every "出处" link has one target.
  const seen = new Set<string>();
  const highlighted = new Set(d.segments.filter((s) => s.field).map((s) => s.field!));
  const confidenceOf = new Map(d.evidence.map((e) => [e.field, e.confidence]));
  return (
    <>
      <h1 id="notice-title">{n.title ?? `#${n.id}`}</h1>
      <p class="provenance">
        <SourceLink url={n.sourceUrl} /> · {d.rawPage ? <a id="raw-link" href={`/raw/${d.rawPage.id}`}>存档原页 archived page</a> : '无存档 no archive'}
        {d.rawPage ? (
          <span class="note">
            {' '}
            (抓取于 fetched <span title={d.rawPage.fetchedAt}>{dateTime(d.rawPage.fetchedAt)}</span>, sha256 {d.rawPage.contentHash.slice(0, 12)}…)
          </span>
        ) : null}
        {n.buyerPartyId ? <> · <a href={`/buyers/${String(n.buyerPartyId)}`}>采购人档案 buyer profile</a></> : null}
      </p>
      <p class="stat">
        计入支出 Counted spending:{' '}
        <b id="counted-yuan" data-yuan={d.countedYuan ?? ''} title={d.countedYuan === null ? undefined : exactYuan(d.countedYuan)}>
          {d.countedYuan === null ? '不计入 none' : yuan(d.countedYuan)}
        </b>{' '}
        <span class="note">（本公告中计入支出的中标包之和 the sum of this notice's counted lots; see 计入 below）</span>
      </p>
      {d.warnings.length ? (
        <ul class="warnings">
          {d.warnings.map((w) => (
            <li>{w}</li>
          ))}
        </ul>
      ) : null}
      <div class="grid2">
        <section>
          <h2>字段 Fields</h2>
          <table id="fields">
            <tbody>
              {FIELD_LABELS.map(([key, label]) => {
                const e = evFor(key);
                return (
                  <tr data-field={key}>
                    <th scope="row">{label}</th>
                    <td>
                      {show(d, key)} <EvLink field={e && highlighted.has(e.field) ? e.field : undefined} confidence={e?.confidence} />
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </section>
        <section>
          <h2>中标包 Lots</h2>
          <Scroll label="中标包 lots">
            <table id="lots">
              <thead>
                <tr>
                  <th>包 Lot</th>
                  <th>供应商 Vendor</th>
                  <th class="num">金额 Amount</th>
                  <th>计入 Counted</th>
                </tr>
              </thead>
              <tbody>
                {d.lots.map((l, i) => (
                  <tr data-counted={l.counted ? '1' : '0'}>
                    <td>{l.label ?? `${i + 1}`}</td>
                    <td>
                      {l.vendors.length
                        ? l.vendors.map((v, j) => (
                            <>
                              {j ? '；' : ''}
                              <a href={`/vendors/${v.partyId}`}>{v.name}</a>
                            </>
                          ))
                        : (l.vendor ?? '—')}{' '}
                      <EvLink field={highlighted.has(`lots.${i}.vendor`) ? `lots.${i}.vendor` : undefined} confidence={confidenceOf.get(`lots.${i}.vendor`)} />
                      {l.vendorCorrections.map((v) => (
                        <div class="vendor-corrected" data-from={v.fromPartyId ?? ''} data-to={v.toPartyId}>
                          更正 corrected: {v.fromPartyId !== null ? <a href={`/vendors/${v.fromPartyId}`}>{v.fromName ?? '—'}</a> : (v.fromName ?? '—')} →{' '}
                          <a href={`/vendors/${v.toPartyId}`}>{v.toName}</a> by{' '}
                          <a class="by" href={`/contracts/${v.noticeId}${v.evidenceField ? `#ev-${v.evidenceField}` : ''}`}>
                            更正公告 of {v.publishedAt ?? '—'}
                          </a>
                        </div>
                      ))}
                    </td>
                    <td class="num">
                      <Amount value={l.amountForm === 'total' ? l.amountYuan : null} text={l.amountText ? `${l.amountText} (${l.amountForm})` : null} />{' '}
                      {/* The exact yuan written out, not only in a title a phone cannot hover. */}
                      {l.amountForm === 'total' && l.amountYuan !== null && Math.abs(l.amountYuan) >= 1e4 ? <small class="exact">({exactYuan(l.amountYuan)})</small> : null}{' '}
                      <EvLink field={highlighted.has(`lots.${i}.amount`) ? `lots.${i}.amount` : undefined} confidence={confidenceOf.get(`lots.${i}.amount`)} />
                      {l.corrections.map((c) => (
                        <div class="corrected" data-from={c.fromYuan ?? ''} data-to={c.toYuan}>
                          更正 corrected: {fromTo(c.fromYuan, c.toYuan)} by <a href={`/contracts/${c.noticeId}#ev-${c.evidenceField}`}>更正公告 of {c.publishedAt ?? '—'}</a>
                        </div>
                      ))}
                    </td>
                    <td>{l.counted ? '✔ 计入 counted' : `✘ ${l.reasonLabel ?? '—'}`}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </Scroll>
          {d.correctedAward.length ? <CorrectedAwardList d={d} /> : null}
          {d.lots.length === 0 ? <p class="note" id="no-lots">这条公告没有中标包 This notice lists no awarded lot ({kindLabel(String(n.kind))}).</p> : null}
          {d.awardVsBudget ? <AwardBudget a={d.awardVsBudget} self={n.id} /> : null}
          <h2>同一项目 Same project</h2>
          <ol id="project">
            {d.project.map((p, i) => (
              <li data-id={p.id} data-status={p.status} class={p.id === n.id ? 'current' : ''}>
                {p.publishedAt ?? '—'} · {kindLabel(p.kind)} · <a href={`/contracts/${p.id}`}>{p.title ?? `#${p.id}`}</a> ·{' '}
                {p.status === 'counted' ? (
                  <>
                    计入 counted <Amount value={p.countedYuan} />
                  </>
                ) : p.status === 'superseded' ? (
                  '已被后续公告取代 superseded'
                ) : p.status === 'failed' ? (
                  '废标/终止 failed (zero)'
                ) : p.correctionItems.some((x) => x.outcome === 'applied' && x.toYuan !== null && x.toVendorPartyId === null) ? (
                  <span class="corrected-award">
                    更正中标金额 corrected the award:{' '}
                    {p.correctionItems
                      .filter((x) => x.outcome === 'applied' && x.toYuan !== null && x.toVendorPartyId === null)
                      .map((x, j) => (
                        <>
                          {j ? '；' : ''}
                          {x.awardNoticeId !== null ? <a href={`/contracts/${x.awardNoticeId}`}>{fromTo(x.fromYuan, x.toYuan!)}</a> : fromTo(x.fromYuan, x.toYuan!)}
                        </>
                      ))}
                  </span>
                ) : p.correctionItems.some((x) => x.outcome === 'applied' && x.toVendorPartyId !== null) ? (
                  <span class="corrected-award corrected-vendor">
                    更正中标供应商 named another winner:{' '}
                    {p.correctionItems
                      .filter((x) => x.outcome === 'applied' && x.toVendorPartyId !== null)
                      .map((x, j) => (
                        <>
                          {j ? '；' : ''}
                          {x.awardNoticeId !== null ? <a href={`/contracts/${x.awardNoticeId}`}>中标公告 the award</a> : null} → <a href={`/vendors/${x.toVendorPartyId}`}>{x.toVendorName ?? `#${x.toVendorPartyId}`}</a>
                          {x.toYuan !== null ? ` (${fromTo(x.fromYuan, x.toYuan)})` : ''}
                        </>
                      ))}
                  </span>
                ) : p.correctionItems.some((x) => x.outcome === 'vendor_changed') ? (
                  <span class="flag unapplied-correction">更正后为另一供应商，计入金额未随之改变：请核对原文 names another winner, so the counted amount did not change with it — check the text</span>
                ) : p.kind === 'correction' && d.project.slice(0, i).some((q) => q.status === 'counted') ? (
                  // A correction after the counted result that yielded no amount (or none that matched a counted lot) may still have changed it: say so, never "no outcome".
                  <span class="flag unread-correction">
                    {p.correctionItems.some((x) => x.outcome !== 'nothing_read') ? '更正金额未对应到计入的中标包' : '未读出更正后的金额'}，计入金额未随之改变：请核对原文{' '}
                    {p.correctionItems.some((x) => x.outcome !== 'nothing_read') ? 'no corrected amount matched a counted lot' : 'no corrected amount was read'}, so the counted amount did not change with it — check the text
                  </span>
                ) : (
                  '无结果金额 no outcome'
                )}
                {p.changedFrom !== null && p.awardedYuan !== null ? (
                  <span class="changed" data-from={p.changedFrom}>
                    {' '}
                    · 金额变更 amount changed: <Amount value={p.changedFrom} /> → <Amount value={p.awardedYuan} /> ({signedPct(p.awardedYuan / p.changedFrom - 1)})
                  </span>
                ) : null}
              </li>
            ))}
          </ol>
        </section>
      </div>
      <h2>原文与证据 Source text with evidence</h2>
      <p class="note">
        高亮部分是各字段的出处，标签写明字段；点上表的“出处 ¶”跳到这里。 Highlighted spans are where each field was read, each tagged with its field; “出处 ¶” above jumps
        here. {highlighted.size ? `${highlighted.size} 处 spans.` : '这条公告没有记录出处 No evidence spans were recorded for this notice.'}
      </p>
      <div class="source-text" id="source-text" tabindex={0} role="region" aria-label="原文 source text">
        {d.segments.map((s) => {
          if (!s.field) return s.text;
          const first = !seen.has(s.field);
          seen.add(s.field);
          return (
            <mark id={first ? `ev-${s.field}` : undefined} data-field={s.field} data-label={evidenceLabel(s.field)} title={evidenceLabel(s.field)}>
              {s.text}
            </mark>
          );
        })}
      </div>
    </>
  );
};
