/**
 * Local static assets: chart.js from node_modules and the files under web/. Nothing is loaded
 * from outside the server, so the dashboard works offline and under a self-only CSP.
 * @module
 */
import { Hono } from 'hono';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

// chart.js's package exports hide dist/; resolve its main entry and take the UMD build beside it.
const chartPath = join(dirname(createRequire(import.meta.url).resolve('chart.js')), 'chart.umd.min.js');
const webDir = fileURLToPath(new URL('../../web/', import.meta.url));

const files: Record<string, { path: string; type: string }> = {
  'chart.umd.min.js': { path: chartPath, type: 'text/javascript; charset=utf-8' },
  'charts.js': { path: join(webDir, 'charts.js'), type: 'text/javascript; charset=utf-8' },
  'app.css': { path: join(webDir, 'app.css'), type: 'text/css; charset=utf-8' },
};
const cache = new Map<string, Buffer>();

/** GET /assets/:file for the few known files. */
export const assets = new Hono();
assets.get('/:file', (c) => {
  const f = files[c.req.param('file')];
  if (!f) return c.notFound();
  let body = cache.get(f.path);
  if (!body) cache.set(f.path, (body = readFileSync(f.path)));
  return c.body(new Uint8Array(body), 200, { 'Content-Type': f.type, 'Cache-Control': 'public, max-age=3600' });
});
