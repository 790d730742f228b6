/**
 * `/regions` (provinces), `/regions/:code` (drill-down province → city → county) and their
 * twins under /api.
 * @module
 */
import { Hono } from 'hono';
import type { Env } from '../app.js';
import { regionDetail, regionIndex } from '../../db/queries/region.js';
import { Layout, renderPage } from '../views/layout.js';
import { RegionIndexPage, RegionPage } from '../views/region-page.js';

export const regionRoutes = new Hono<Env>();

regionRoutes.get('/regions', (c) =>
  renderPage(
    c,
    <Layout title="地区 Regions" sample={c.get('sample')} api="/api/regions" charts>
      <RegionIndexPage rows={regionIndex(c.get('db'))} />
    </Layout>,
  ),
);
regionRoutes.get('/api/regions', (c) => c.json({ ok: true, regions: regionIndex(c.get('db')) }));

regionRoutes.get('/regions/:code', (c) => {
  const d = regionDetail(c.get('db'), c.req.param('code'));
  return renderPage(
    c,
    <Layout title={`${d.name} 地区`} sample={c.get('sample')} api={`/api/regions/${d.code}`} charts>
      <RegionPage d={d} />
    </Layout>,
  );
});
regionRoutes.get('/api/regions/:code', (c) => c.json({ ok: true, ...regionDetail(c.get('db'), c.req.param('code')) }));
