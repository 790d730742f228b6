/**
 * Serve the dashboard over a database file with @hono/node-server (127.0.0.1 by default).
 * @module
 */
import { serve } from '@hono/node-server';
import type { AddressInfo } from 'node:net';
import type { Duplex } from 'node:stream';
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
 * A request Node's HTTP parser refuses never reaches the app; Node's own answer is an empty 400.
 * The commonest cause is a script or curl sending a Chinese query unencoded (?q=抖音), so the
 * answer says so, in the /api error shape.
 */
function answerMalformed(err: Error & { code?: string }, socket: Duplex): void {
  if (err.code === 'ECONNRESET' || !socket.writable) return;
  const hint = err.code === 'HPE_INVALID_URL' || err.code === 'HPE_INVALID_METHOD' ? ': percent-encode the URL (curl -G --data-urlencode "q=抖音" …)' : '';
  const body = JSON.stringify({ ok: false, error: `malformed HTTP request (${err.code ?? err.message})${hint}`, status: 400 });
  socket.end(`HTTP/1.1 400 Bad Request\r\nContent-Type: application/json; charset=utf-8\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`);
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
  server.on('clientError', answerMalformed);
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
