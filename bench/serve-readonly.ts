/**
 * The dashboard over a database opened read-only (no migrations, no ANALYZE, no WAL switch): for
 * benchmarking a shared database no run may write to (`bench/server.ts --readonly`). Prints
 * `dashboard: URL` once it listens, as `procwatch serve` does.
 *
 *   node --import tsx bench/serve-readonly.ts bench/out/bench-1000000.db
 * @module
 */
import { serve } from '@hono/node-server';
import type { AddressInfo } from 'node:net';
import { openDb } from '../db/index.js';
import { createApp } from '../server/app.js';

const path = process.argv[2];
if (!path) throw new Error('usage: bench/serve-readonly.ts DB');
const db = openDb(path, { readonly: true });
const server = serve({ fetch: createApp(db).fetch, port: 0, hostname: '127.0.0.1' }, () => {
  console.log(`dashboard: http://127.0.0.1:${(server.address() as AddressInfo).port}`);
});
process.on('SIGTERM', () => server.close(() => process.exit(0)));
