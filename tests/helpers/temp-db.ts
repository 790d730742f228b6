/**
 * A real SQLite file in a fresh temp dir, opened through openDb (so every test also proves the
 * migrations apply). Call `cleanup()` in afterEach/afterAll.
 * @module
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import { openDb, type Db } from '../../db/index.js';

export interface TempDb {
  db: Db;
  path: string;
  dir: string;
  /** reopen the same file (after another process wrote to it) */
  reopen(): Db;
  cleanup(): void;
}

/** Open a new database file in its own temp dir. */
export function tempDb(prefix = 'procwatch-test-'): TempDb {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  const path = join(dir, 'procwatch.db');
  const handles: Db[] = [];
  const open = () => {
    const db = openDb(path);
    handles.push(db);
    return db;
  };
  const db = open();
  return {
    db,
    path,
    dir,
    reopen: open,
    cleanup() {
      for (const h of handles) if (h.$client.open) h.$client.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/**
 * One temp database shared by the tests of the enclosing describe block (or file): opened and
 * written by `fill` in a beforeAll hook (`timeout` for a slow fill), removed in afterAll. The
 * handle reads through to it, so tests use `t.db` and `t.path` as with tempDb; reading it
 * before the hook has run throws rather than hand out a database nobody opened.
 */
export function sharedTempDb(prefix: string, fill: (db: Db) => void = () => {}, timeout?: number): Pick<TempDb, 'db' | 'path'> {
  let t: TempDb | undefined;
  beforeAll(() => {
    t = tempDb(prefix);
    fill(t.db);
  }, timeout);
  afterAll(() => t?.cleanup());
  const opened = (): TempDb => {
    if (!t) throw new Error(`the ${prefix} database opens in beforeAll: read it inside hooks and tests`);
    return t;
  };
  return {
    get db() {
      return opened().db;
    },
    get path() {
      return opened().path;
    },
  };
}

/** Row counts of the tables a scrape writes, for exact before/after assertions. */
export function tableCounts(db: Db): Record<string, number> {
  const n = (t: string, where = '') => (db.$client.prepare(`select count(*) as n from ${t} ${where}`).get() as { n: number }).n;
  return {
    rawPages: n('raw_pages'),
    detailPages: n('raw_pages', "where page_kind = 'detail'"),
    blockPages: n('raw_pages', "where page_kind = 'block'"),
    notices: n('notices'),
    lots: n('lots'),
    pending: n('pending_urls'),
    runs: n('scrape_runs'),
  };
}
