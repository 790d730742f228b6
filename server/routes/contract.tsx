/**
 * `/contracts/:id` (one notice with evidence) and its twin `/api/contracts/:id`, and
 * `/raw/:id`: the archived page as text/plain under a sandboxing CSP, never as live HTML.
 * @module
 */
import { Hono } from 'hono';
import type { Env } from '../app.js';
import { contractDetail, rawPage } from '../../db/queries/contract.js';
import { Layout, renderPage } from '../views/layout.js';
import { ContractPage } from '../views/contract-page.js';

export const contractRoutes = new Hono<Env>();

contractRoutes.get('/contracts/:id', (c) => {
  const d = contractDetail(c.get('db'), c.req.param('id'));
  return renderPage(
    c,
    <Layout title={d.notice.title ?? `#${d.notice.id}`} sample={c.get('sample')} api={`/api/contracts/${d.notice.id}`}>
      <ContractPage d={d} />
    </Layout>,
  );
});

contractRoutes.get('/api/contracts/:id', (c) => c.json({ ok: true, ...contractDetail(c.get('db'), c.req.param('id')) }));

/**
 * The archived page's URL as a header value: its own %-escapes kept as they are (encodeURI
 * escaped them again, so ?articleId=a%2Bb read a%252Bb, a different URL), anything outside
 * printable ASCII escaped.
 */
export function headerUrl(url: string): string {
  return url
    .replace(/[^\x21-\x7e]+/gu, (s) => {
      try {
        return encodeURIComponent(s);
      } catch {
        return '';
      }
    })
    .slice(0, 2000);
}

contractRoutes.get('/raw/:id', (c) => {
  const r = rawPage(c.get('db'), c.req.param('id'));
  const charset = /^[A-Za-z0-9_-]{1,20}$/.test(r.charset ?? '') ? r.charset : 'utf-8';
  return c.body(new Uint8Array(r.body), 200, {
    // Plain text (and a sandbox CSP from app.ts): the origin's markup never runs on our origin.
    'Content-Type': `text/plain; charset=${charset}`,
    'X-Content-Type-Options': 'nosniff',
    'X-Archived-From': headerUrl(r.url),
    'X-Archived-At': r.fetchedAt,
  });
});
