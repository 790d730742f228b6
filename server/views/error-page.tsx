/**
 * The HTML error page (400 bad parameter, 404 unknown id or path, 500).
 * @module
 */
import type { Context } from 'hono';
import { Layout, renderPage } from './layout.js';

const TITLES: Record<number, string> = { 400: '参数错误 Bad request', 404: '未找到 Not found', 500: '服务器错误 Server error' };

export function errorPage(c: Context, status: 400 | 404 | 500, message: string): Promise<Response> {
  const sample = Boolean(c.get('sample'));
  return renderPage(
    c,
    <Layout title={TITLES[status] ?? 'Error'} sample={sample}>
      <h1>{TITLES[status] ?? 'Error'}</h1>
      <p class="error" id="error-message">{message}</p>
      <p>
        {status === 400 ? '请检查链接中的参数 Check the parameters in the link. ' : null}
        {status === 404 ? '链接可能已过时，或编号有误 The link may be out of date or the id mistyped. ' : null}
        {status === 500 ? '出错已记录；请稍后再试 The error was logged; try again later. ' : null}
      </p>
      <ul class="widen">
        <li>
          <a href="/">返回概览 Back to the overview</a>
        </li>
        <li>
          <a href="/search">搜索公告 Search the notices</a>
        </li>
        <li>
          <a href="/regions">按地区浏览 Browse by region</a>
        </li>
      </ul>
    </Layout>,
    status,
  );
}
