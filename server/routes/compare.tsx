/**
 * `/compare` (price distributions per service type) and its twin `/api/compare`.
 * @module
 */
import { Hono } from 'hono';
import type { Env } from '../app.js';
import { compare, parseCompareParams } from '../../db/queries/compare.js';
import { comparePageData } from '../../db/queries/page-data.js';
import { Layout, renderPage } from '../views/layout.js';
import { ComparePage } from '../views/compare-page.js';

export const compareRoutes = new Hono<Env>();

compareRoutes.get('/compare', (c) => {
  const db = c.get('db');
  const { d, provinces } = comparePageData(db, parseCompareParams(c.req.query()));
  return renderPage(
    c,
    <Layout title="比价 Compare prices" sample={c.get('sample')} api={`/api/compare${new URL(c.req.url).search}`} charts>
      <ComparePage d={d} provinces={provinces} />
    </Layout>,
  );
});
compareRoutes.get('/api/compare', (c) => c.json({ ok: true, ...compare(c.get('db'), parseCompareParams(c.req.query())) }));
