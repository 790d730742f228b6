/**
 * Small shared view pieces: amounts with their exact value, figures linked to the notices
 * behind them, source links, the spending-rule note and the left-out list, empty states, and a
 * chart canvas with its embedded data.
 * @module
 */
import type { Child } from 'hono/jsx';
import { SPENDING_RULE, type LeftOut } from '../../db/queries/common.js';
import { html } from './html.js';
import type { HtmlEscapedString } from 'hono/utils/html';
import { JsonData } from './layout.js';
import { count, exactYuan, safeHref, yuan } from './format.js';

/** What an `html` template returns (a promise only when it interpolates one; ours never do). */
export type Html = HtmlEscapedString | Promise<HtmlEscapedString>;

/**
 * An amount: 万元/亿元 text, the exact yuan in the title, raw yuan in data-yuan. With `href` it
 * links to the notices behind it.
 *
 * The pieces a table repeats per row (Amount, Count, SourceLink, SpendTable) are written with
 * the `html` template tag (./html.js) rather than JSX elements: it escapes every value it interpolates
 * just the same, and renders a 50-row table in about a tenth of the time JSX takes, which is
 * what keeps a page within 3× of its SQL (bench/server.ts). They are still used as components.
 */
export const Amount = ({ value, text, href }: { value: number | null | undefined; text?: string | null; href?: string | null }): Html => {
  const known = value !== null && value !== undefined && Number.isFinite(value);
  const shown = known ? yuan(value) : (text ?? '—');
  // Nothing lies behind a zero: it is not linked.
  if (href && known && value !== 0) return html`<a class="amount" href="${href}" data-yuan="${value}" title="${exactYuan(value)} · 查看这些公告 see the notices">${shown}</a>`;
  return known ? html`<span class="amount" data-yuan="${value}" title="${exactYuan(value)}">${shown}</span>` : html`<span class="amount" data-yuan="">${shown}</span>`;
};

/** A count with its unit, linked to the search listing what it counts when `href` is given. */
export const Count = ({ n, unit, href, id }: { n: number; unit: string; href?: string | null; id?: string }): Html => {
  const idAttr = id ? html` id="${id}"` : '';
  const shown = count(n);
  return href && n > 0
    ? html`<a class="count"${idAttr} href="${href}" data-n="${n}" title="${shown} ${unit} · 查看 see them">${shown}</a>`
    : html`<span class="count"${idAttr} data-n="${n}">${shown}</span>`;
};

/** One headline figure: the number (linked), then what it counts in words. */
export const Stat = ({ children, label, unit, id, yuan: raw }: { children?: Child; label: string; unit: string; id?: string; yuan?: number }): Html =>
  html`<div class="stat-box"><b${id ? html` id="${id}"` : ''}${raw === undefined ? '' : html` data-yuan="${raw}"`}>${children}</b><span class="stat-label">${label} <span class="unit">(${unit})</span></span></div>`;

/**
 * The two headline figures of a spending page, its counted yuan and counted lots, both linked to
 * the search listing the notices behind them. `ids` name the two figures (tests read them).
 */
export const SpendStats = ({ ids, yuan: total, lots, href, label, lotsUnit }: { ids: [string, string]; yuan: number; lots: number; href: string; label: string; lotsUnit?: string }): Html =>
  html`${Stat({ id: ids[0], yuan: total, label, unit: '元 yuan', children: Amount({ value: total, href }) })}${Stat({
    id: ids[1],
    label: '计入的中标包 counted lots',
    unit: lotsUnit ?? '包 lots',
    children: Count({ n: lots, unit: '包 lots', href }),
  })}`;

/** A link to the announcement on its portal (never for non-http URLs). */
export const SourceLink = ({ url }: { url: string }): Html => {
  const href = safeHref(url);
  return href
    ? html`<a class="source" href="${href}" rel="noopener noreferrer nofollow" target="_blank" title="新窗口打开原网站 opens the portal in a new tab">原文 source</a>`
    : html`<span class="source">${url}</span>`;
};

/** What a figure counted and what it left out. */
export const Counted = ({ leftOut, children }: { leftOut: LeftOut[]; children?: Child }): Html =>
  html`<details class="counted" open=""><summary>统计口径 What is counted</summary><p>${SPENDING_RULE}</p>${children}${
    leftOut.length
      ? html`<ul class="left-out">${leftOut.map((l) => html`<li data-reason="${l.reason}">未计入 left out: ${l.label} — <b>${count(l.lots)}</b> 包 lots</li>`)}</ul>`
      : html`<p>未排除任何中标包 (no lot was left out).</p>`
  }</details>`;

/** The empty state: says nothing was found and how to widen the question. */
export const Empty = ({ id, what, children }: { id: string; what: string; children?: Child }): Html =>
  html`<div class="empty" id="${id}" role="status"><p><b>没有找到</b> ${what}</p>${children}</div>`;

/** A table that scrolls sideways inside its own box on a narrow screen, never the page. */
export const Scroll = ({ children, label }: { children?: Child; label?: string }): Html =>
  html`<div class="table-wrap" role="group" aria-label="${label ?? '表格 table'}" tabindex="0">${children}</div>`;

export interface ChartSpec {
  kind: 'bar' | 'line' | 'hbar' | 'box';
  labels?: string[];
  series?: { label: string; data: (number | null)[] }[];
  /** for kind box: per category quartiles and strip points */
  boxes?: { label: string; min: number; q1: number; median: number; q3: number; max: number; points: number[] }[];
  /** for kind box: the notice page of each strip point (same order as points), so a dot opens its contract */
  pointLinks?: string[][];
  /** links per label index (click a bar to open the notices behind it, or drill down) */
  links?: (string | null)[];
  /** the unit the value axis shows, e.g. "元" or "元/账号·年" */
  unit?: string;
  /** index of the bar to draw in the accent colour (the current region among its siblings) */
  highlight?: number;
  yLabel?: string;
}

/** A chart: a canvas plus its data as escaped JSON; web/charts.js draws it. */
export const Chart = ({ id, spec, title, height, note }: { id: string; spec: ChartSpec; title: string; height?: number; note?: string }): Html =>
  html`<figure class="chart"><figcaption>${title}${note ? html`<small class="chart-note"> ${note}</small>` : ''}</figcaption><div class="chart-box"><canvas id="${id}" data-chart="${id}-data" height="${height ?? 260}" aria-label="${title}" role="img"></canvas></div>${JsonData(
    { id: `${id}-data`, data: { unit: '元', ...spec } },
  )}</figure>`;

/** One row of a {@link SpendTable}: what it is, its counted yuan and lots, and the notices behind them. */
export interface SpendRow {
  /** the row's key, set as `data-<keyAttr>` so tests and scripts can find it */
  key: string;
  label: Child;
  yuan: number;
  lots: number;
  /** the search listing the notices behind the figures (null: not linkable) */
  href: string | null;
  current?: boolean;
}

/** A compact three-column table of counted spending: label, yuan and lots, both figures linked. */
export const SpendTable = ({ id, head, keyAttr, rows }: { id: string; head: string; keyAttr: 'code' | 'year'; rows: SpendRow[] }): Html =>
  html`<table id="${id}" class="compact"><thead><tr><th>${head}</th><th class="num">支出 Spending</th><th class="num">包 Lots</th></tr></thead><tbody>${rows.map(
    (r) =>
      html`<tr data-${keyAttr}="${r.key}"${r.current ? html` class="current" aria-current="page"` : html` class=""`}><td>${r.label}</td><td class="num">${Amount({ value: r.yuan, href: r.href })}</td><td class="num">${Count({ n: r.lots, unit: '包 lots', href: r.href })}</td></tr>`,
  )}</tbody></table>`;
