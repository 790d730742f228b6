/**
 * The dashboard served over real HTTP on a free loopback port, the way the server tests and the
 * browser tests meet it: over a database file a test filled, or over the seed; and the two
 * requests most of them make, a page's text and a search link's full listing.
 * @module
 */
import { afterAll, beforeAll, expect } from 'vitest';
import type { Db } from '../../db/index.js';
import { startServer } from '../../server/index.js';
import { seedDb, type Seeded, type Spec } from './seed.js';
import { tempDb, type TempDb } from './temp-db.js';

/** A running server: its base URL (http://127.0.0.1:PORT) and how to stop it. */
export type Server = Awaited<ReturnType<typeof startServer>>;

/**
 * Serve the database at `dbPath` for as long as `fn` runs, then close the server even when `fn`
 * throws (a failed assertion must not leave a port open for the next test).
 */
export async function withServer<T>(dbPath: string, fn: (server: Server) => Promise<T>): Promise<T> {
  const server = await startServer({ dbPath, port: 0 });
  try {
    return await fn(server);
  } finally {
    await server.close();
  }
}

/** A temp database `fill` wrote, served while its handle stays open for the test's own queries. */
export interface ServedTempDb<T> {
  t: TempDb;
  /** what `fill` returned (notice ids, as a rule) */
  filled: T;
  url: string;
  /** stop the server, then remove the database */
  close(): Promise<void>;
}

/** Open a temp database (`prefix` names its dir), let `fill` write it, and serve it. */
export async function serveTempDb<T>(prefix: string, fill: (db: Db) => T): Promise<ServedTempDb<T>> {
  const t = tempDb(prefix);
  const filled = fill(t.db);
  const server = await startServer({ dbPath: t.path, port: 0 });
  return {
    t,
    filled,
    url: server.url,
    close: async () => {
      await server.close();
      t.cleanup();
    },
  };
}

/**
 * The seed (plus `extra` notices) written to a fresh database file and served. The test's own
 * handle is closed first: the server reads through its own connection, as in production.
 */
export async function seededServer(opts: { extra?: Spec[] } = {}): Promise<{ url: string; ids: Record<string, number>; dbPath: string; close(): Promise<void> }> {
  const seeded = seedDb(opts);
  seeded.db.$client.close();
  const server = await startServer({ dbPath: seeded.path, port: 0 });
  return {
    url: server.url,
    ids: seeded.ids,
    dbPath: seeded.path,
    close: async () => {
      await server.close();
      seeded.close();
    },
  };
}

/**
 * The seed (plus `extra` notices) served for a whole describe block or file: filled and served in
 * a beforeAll hook, stopped and removed in afterAll. The handle reads through to them, so tests
 * use `srv.url`, `srv.ids` and `srv.db` (the seed's own connection, still open, for checking a
 * page against the database).
 */
export function sharedSeededServer(opts: { extra?: Spec[] } = {}): { readonly url: string; readonly ids: Record<string, number>; readonly db: Db } {
  let seeded: Seeded | undefined;
  let server: Server | undefined;
  beforeAll(async () => {
    seeded = seedDb(opts);
    server = await startServer({ dbPath: seeded.path, port: 0 });
  });
  afterAll(async () => {
    await server?.close();
    seeded?.close();
  });
  const open = () => {
    if (!seeded || !server) throw new Error('the seeded server starts in beforeAll: read it inside hooks and tests');
    return { seeded, server };
  };
  return {
    get url() {
      return open().server.url;
    },
    get ids() {
      return open().seeded.ids;
    },
    get db() {
      return open().seeded.db;
    },
  };
}

/** GET `path` from the server at `base`: the response, and its body read as text. */
export async function getText(base: string, path: string): Promise<{ res: Response; text: string }> {
  const res = await fetch(base + path);
  return { res, text: await res.text() };
}

/**
 * Follow a search link (`/search?…`) through its JSON twin with every row on one page
 * (per=200): its total and its notice ids in id order. Expects the search to answer 200 with
 * an exact total, since the tests compare both with what a figure said.
 */
export async function searchListing(base: string, href: string): Promise<{ total: number; ids: number[] }> {
  const u = new URL(href, base);
  expect(u.pathname).toBe('/search');
  u.searchParams.set('per', '200');
  const { res, text } = await getText(base, `/api/search${u.search}`);
  expect(res.status, href).toBe(200);
  const body = JSON.parse(text) as { total: number; totalExact: boolean; items: { id: number }[] };
  expect(body.totalExact).toBe(true);
  return { total: body.total, ids: body.items.map((i) => i.id).toSorted((a, b) => a - b) };
}
