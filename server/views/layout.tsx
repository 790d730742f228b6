/**
 * The page frame every HTML page shares: navigation, the sample-data banner, the link to the
 * page's JSON twin, the provenance footer, and the local scripts.
 * @module
 */
import type { Child, FC } from 'hono/jsx';
import { raw } from 'hono/html';
import { html } from './html.js';
import type { HtmlEscapedString } from 'hono/utils/html';
import type { Context } from 'hono';
import { safeJson } from './format.js';

export interface LayoutProps {
  title: string;
  /** true when any stored notice is sample data: the banner is shown */
  sample: boolean;
  /** the page's JSON twin */
  api?: string;
  /** load chart.js and web/charts.js */
  charts?: boolean;
  children?: Child;
}

/** Each entry's Chinese and English label: a phone stacks them into a one-row tab bar (web/app.css). */
const NAV: [string, string, string][] = [
  ['/', '概览', 'Overview'],
  ['/search', '搜索', 'Search'],
  ['/regions', '地区', 'Regions'],
  ['/compare', '比价', 'Compare'],
];

/** Which navigation entry a page belongs to, read from its JSON twin (the routes set it). */
function section(api: string | undefined): string | null {
  if (!api) return null;
  if (api === '/api/overview') return '/';
  const m = /^\/api\/(search|regions|compare)\b/.exec(api);
  return m ? `/${m[1]}` : null;
}

/**
 * The frame, written with the `html` tag of ./html.js (escaping like JSX, at a fraction of the
 * cost: every page pays for it, and the 3×-of-SQL rule leaves a 0.3 ms query about 1 ms).
 */
export const Layout: FC<LayoutProps> = ({ title, sample, api, charts, children }) => {
  const current = section(api);
  return html`<html lang="zh-CN"><head><meta charset="utf-8"/><meta name="viewport" content="width=device-width, initial-scale=1"/><title>${title} · procwatch</title><link rel="icon" href="data:,"/><link rel="stylesheet" href="/assets/app.css"/>${
    api ? html`<link rel="alternate" type="application/json" href="${api}"/>` : ''
  }</head><body><a class="skip" href="#main">跳到正文 Skip to content</a>${
    sample ? html`<div class="banner" role="note" id="sample-banner">样例数据 / sample data — not real announcements（演示用的回放数据，不是真实公告 replayed demo data）</div>` : ''
  }<header class="top"><a class="brand" href="/">procwatch</a><nav aria-label="主导航 main">${NAV.map(([href, zh, en]) =>
    html`<a href="${href}"${current === href ? html` aria-current="page"` : ''}><span>${zh}</span> <span class="en">${en}</span></a>`,
  )}</nav></header><main id="main" tabindex="-1">${children}</main><footer><p>procwatch — 地方政府短视频/新媒体运营外包采购监督 (government spending on outsourced video operations). Every figure links to the announcement it came from and its archived copy. 金额单位：元，写作万元（10⁴）/亿元（10⁸）；悬停看精确到元，手机上在公告页看 (amounts in yuan; hover for the exact figure, or on a phone open the notice, whose page states each one exactly).${
    api ? html` JSON: <a href="${api}">${api}</a>` : ''
  }</p></footer>${charts ? html`<script src="/assets/chart.umd.min.js"></script><script src="/assets/charts.js"></script>` : ''}</body></html>`;
};

/** Chart data embedded in the page as escaped JSON (read by web/charts.js, no second fetch). */
export const JsonData = ({ id, data }: { id: string; data: unknown }): HtmlEscapedString | Promise<HtmlEscapedString> =>
  html`<script type="application/json" id="${id}">${raw(safeJson(data))}</script>`;

/**
 * Render a page with its doctype, sent as UTF-8 bytes encoded once here. Handed a string, the
 * Node adapter measures it (flattening the page's rope of joins into a copy) and the socket
 * then encodes it again into a second copy: about 0.1 ms and 130 KB of garbage for a 38 KB page.
 */
export async function renderPage(c: Context, node: unknown, status: 200 | 400 | 404 | 500 = 200): Promise<Response> {
  const start = performance.now();
  const body = Buffer.from(`<!DOCTYPE html>${String(await (node as Promise<string> | string))}`);
  // Its share of the Server-Timing header (app.ts adds the whole): the rest is routing and queries.
  c.header('Server-Timing', `render;dur=${(performance.now() - start).toFixed(2)};desc="HTML"`, { append: true });
  c.header('Content-Type', 'text/html; charset=UTF-8');
  return c.body(body, status);
}
