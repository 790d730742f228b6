/**
 * Serve the dashboard over a database file with @hono/node-server (127.0.0.1 by default).
 * @module
 */
import { serve } from '@hono/node-server';
import type { AddressInfo } from 'node:net';
import { openDb } from '../db/index.js';
import { derivedMissing, rebuildDerived } from '../db/queries/maintain.js';
import { createApp } from './app.js';

export { createApp } from './app.js';

export interface StartOptions {
  dbPath: string;
  /** 0 picks a free port */
  port: number;
  host?: string;
}

/**
 * Open the database, build the derived tables if it predates them, and listen.
 * @example
 *   const s = await startServer({ dbPath: 'data/procwatch.db', port: 0 });
 *   console.log(`dashboard: ${s.url}`); await s.close();
 */
export async function startServer(opts: StartOptions): Promise<{ url: string; close(): Promise<void> }> {
  const db = openDb(opts.dbPath);
  if (derivedMissing(db)) rebuildDerived(db);
  const app = createApp(db);
  const host = opts.host ?? '127.0.0.1';
  const server = await new Promise<ReturnType<typeof serve>>((resolve, reject) => {
    const s = serve({ fetch: app.fetch, port: opts.port, hostname: host }, () => resolve(s));
    s.once('error', reject);
  });
  const { port } = server.address() as AddressInfo;
  const shown = host.includes(':') ? `[${host}]` : host;
  return {
    url: `http://${shown}:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => {
          db.$client.close();
          resolve();
        });
        (server as unknown as { closeAllConnections?: () => void }).closeAllConnections?.();
      }),
  };
}
