/**
 * `/` (overview) with its twin `/api/overview`, and the issue-2 contract list `/api/contracts`.
 * @module
 */
import { Hono } from 'hono';
import type { Env } from '../app.js';
import { QueryError } from '../../db/queries/common.js';
import { listContracts, overview } from '../../db/queries/overview.js';
import { Layout, renderPage } from '../views/layout.js';
import { OverviewPage } from '../views/overview-page.js';

export const overviewRoutes = new Hono<Env>();

overviewRoutes.get('/', (c) => {
  const data = overview(c.get('db'));
  return renderPage(
    c,
    <Layout title="概览 Overview" sample={c.get('sample')} api="/api/overview" charts>
      <OverviewPage data={data} />
    </Layout>,
  );
});

overviewRoutes.get('/api/overview', (c) => c.json(overview(c.get('db'))));

function intParam(v: string | undefined, name: string, def: number, max: number): number {
  if (v === undefined || v === '') return def;
  if (!/^\d+$/.test(v) || Number(v) > max) throw new QueryError(`${name} must be an integer from 0 to ${max}`, 400);
  return Number(v);
}

/** GET /api/contracts?limit=&offset= → { total, items } (counted video-ops contracts, newest first). */
overviewRoutes.get('/api/contracts', (c) => {
  const limit = intParam(c.req.query('limit'), 'limit', 50, 500);
  const offset = intParam(c.req.query('offset'), 'offset', 0, 10_000_000);
  return c.json(listContracts(c.get('db'), { limit, offset }));
});
