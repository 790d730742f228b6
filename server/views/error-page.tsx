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
        <a href="/">返回概览 Back to the overview</a>
      </p>
    </Layout>,
    status,
  );
}
