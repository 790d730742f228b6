/**
 * `/compare` (price distributions per service type) and its twin `/api/compare`.
 * @module
 */
import { Hono } from 'hono';
import type { Env } from '../app.js';
import { compare, parseCompareParams } from '../../db/queries/compare.js';
import { comparePageData } from '../../db/queries/page-data.js';
import { divisionLevel } from '../../db/queries/common.js';
import { regionName } from '../../db/queries/region-names.js';
import type { Db } from '../../db/index.js';
import { Layout, renderPage } from '../views/layout.js';
import { ComparePage } from '../views/compare-page.js';

export const compareRoutes = new Hono<Env>();

/** A region and the regions above it, province first, each named (its code when no notice names it). */
function regionPath(db: Db, code: string): { code: string; name: string }[] {
  const level = divisionLevel(code);
  const codes = [`${code.slice(0, 2)}0000`, ...(level === 'province' ? [] : [`${code.slice(0, 4)}00`]), ...(level === 'county' ? [code] : [])];
  return codes.map((c) => ({ code: c, name: regionName(db, c) ?? c }));
}

compareRoutes.get('/compare', (c) => {
  const db = c.get('db');
  const params = parseCompareParams(c.req.query());
  const { d, provinces } = comparePageData(db, params);
  const path = params.region ? regionPath(db, params.region) : [];
  return renderPage(
    c,
    <Layout title="比价 Compare prices" sample={c.get('sample')} api={`/api/compare${new URL(c.req.url).search}`} charts>
      <ComparePage d={d} provinces={provinces} path={path} />
    </Layout>,
  );
});
compareRoutes.get('/api/compare', (c) => c.json({ ok: true, ...compare(c.get('db'), parseCompareParams(c.req.query())) }));
