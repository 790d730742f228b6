/**
 * Small shared view pieces: amounts with their raw value, source links, the spending-rule note
 * and the left-out list, a chart canvas with its embedded data.
 * @module
 */
import type { FC } from 'hono/jsx';
import { SPENDING_RULE, type LeftOut } from '../../db/queries/common.js';
import { JsonData } from './layout.js';
import { safeHref, yuan } from './format.js';

/** An amount cell: formatted text, raw yuan in data-yuan. */
export const Amount: FC<{ value: number | null | undefined; text?: string | null }> = ({ value, text }) => (
  <span class="amount" data-yuan={value ?? ''} title={value !== null && value !== undefined ? `${value} 元` : undefined}>
    {value !== null && value !== undefined ? yuan(value) : (text ?? '—')}
  </span>
);

/** A link to the announcement on its portal (never for non-http URLs). */
export const SourceLink: FC<{ url: string }> = ({ url }) => {
  const href = safeHref(url);
  return href ? (
    <a class="source" href={href} rel="noopener noreferrer nofollow" target="_blank">
      原文 source
    </a>
  ) : (
    <span class="source">{url}</span>
  );
};

/** What a figure counted and what it left out. */
export const Counted: FC<{ leftOut: LeftOut[] }> = ({ leftOut }) => (
  <details class="counted" open>
    <summary>统计口径 What is counted</summary>
    <p>{SPENDING_RULE}</p>
    {leftOut.length ? (
      <ul class="left-out">
        {leftOut.map((l) => (
          <li data-reason={l.reason}>
            未计入 left out: {l.label} — <b>{l.lots}</b> 包 lots
          </li>
        ))}
      </ul>
    ) : (
      <p>未排除任何中标包 (no lot was left out).</p>
    )}
  </details>
);

export interface ChartSpec {
  kind: 'bar' | 'line' | 'hbar' | 'box';
  labels?: string[];
  series?: { label: string; data: (number | null)[] }[];
  /** for kind box: per category quartiles and strip points */
  boxes?: { label: string; min: number; q1: number; median: number; q3: number; max: number; points: number[] }[];
  /** links per label index (click a bar to drill down) */
  links?: (string | null)[];
  yLabel?: string;
}

/** A chart: a canvas plus its data as escaped JSON; web/charts.js draws it. */
export const Chart: FC<{ id: string; spec: ChartSpec; title: string; height?: number }> = ({ id, spec, title, height }) => (
  <figure class="chart">
    <figcaption>{title}</figcaption>
    <div class="chart-box">
      <canvas id={id} data-chart={`${id}-data`} height={height ?? 260} aria-label={title} role="img"></canvas>
    </div>
    <JsonData id={`${id}-data`} data={spec} />
  </figure>
);
