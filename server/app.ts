/**
 * The dashboard application: composes middleware (secure headers with a self-only CSP), the
 * local assets, one router per resource, and one error path (JSON `{ok:false, error, status}`
 * under /api, an HTML page elsewhere).
 * @module
 */
import { Hono } from 'hono';
import { HTTPException } from 'hono/http-exception';
import { secureHeaders } from 'hono/secure-headers';
import type { Db } from '../db/index.js';
import { hasSampleData, QueryError } from '../db/queries/common.js';
import { assets } from './routes/assets.js';
import { overviewRoutes } from './routes/overview.js';
import { searchRoutes } from './routes/search.js';
import { contractRoutes } from './routes/contract.js';
import { regionRoutes } from './routes/region.js';
import { partyRoutes } from './routes/party.js';
import { compareRoutes } from './routes/compare.js';
import { errorPage } from './views/error-page.js';

export interface AppOptions {
  /** log unexpected errors (default: to stderr) */
  logError?: (e: unknown) => void;
}

/** Variables every route can read from the context. */
export type Env = { Variables: { db: Db; sample: boolean } };

/**
 * Build the Hono app over an open database.
 * @example
 *   const app = createApp(openDb('data/procwatch.db'));
 *   const res = await app.request('/api/contracts');
 */
export function createApp(db: Db, opts: AppOptions = {}): Hono<Env> {
  const app = new Hono<Env>();
  const pageHeaders = secureHeaders({
    contentSecurityPolicy: {
      defaultSrc: ["'self'"],
      scriptSrc: ["'self'"],
      styleSrc: ["'self'"],
      imgSrc: ["'self'", 'data:'],
      connectSrc: ["'self'"],
      objectSrc: ["'none'"],
      baseUri: ["'none'"],
      formAction: ["'self'"],
      frameAncestors: ["'none'"],
    },
    crossOriginEmbedderPolicy: false,
  });
  // Archived pages are the origin's bytes: a sandbox CSP so nothing in them can ever run here.
  const rawHeaders = secureHeaders({ contentSecurityPolicy: { sandbox: [], defaultSrc: ["'none'"] }, crossOriginEmbedderPolicy: false });
  // Server-Timing: how long this process took from routing the request to handing over the
  // response head (queries and rendering; a stream's body follows). Browsers' developer tools
  // show it, and bench/server.ts sets it beside the bare SQL: the client's clock also counts the
  // loopback round trip and the load generator's own work, which are neither page nor query.
  // A page's `render` entry (views/layout.tsx renderPage) comes first: its HTML's share of `app`.
  app.use(async (c, next) => {
    const start = performance.now();
    await next();
    c.res.headers.append('Server-Timing', `app;dur=${(performance.now() - start).toFixed(2)};desc="route, queries and render"`);
  });
  app.use((c, next) => (c.req.path.startsWith('/raw/') ? rawHeaders(c, next) : pageHeaders(c, next)));
  app.use(async (c, next) => {
    c.set('db', db);
    c.set('sample', hasSampleData(db));
    await next();
  });
  app.route('/assets', assets);
  app.route('/', overviewRoutes);
  app.route('/', searchRoutes);
  app.route('/', contractRoutes);
  app.route('/', regionRoutes);
  app.route('/', partyRoutes);
  app.route('/', compareRoutes);

  app.notFound((c) => {
    const message = `no page at ${c.req.path}`;
    if (c.req.path.startsWith('/api/')) return c.json({ ok: false, error: message, status: 404 }, 404);
    return errorPage(c, 404, message);
  });
  app.onError((err, c) => {
    let status = 500;
    let message = 'internal error';
    if (err instanceof QueryError) [status, message] = [err.status, err.message];
    else if (err instanceof HTTPException) [status, message] = [err.status, err.message || 'error'];
    else (opts.logError ?? ((e) => console.error(e)))(err);
    if (c.req.path.startsWith('/api/')) return c.json({ ok: false, error: message, status }, status as 400);
    return errorPage(c, status as 400, message);
  });
  return app;
}
