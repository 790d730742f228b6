/**
 * A real SQLite file in a fresh temp dir, opened through openDb (so every test also proves the
 * migrations apply). Call `cleanup()` in afterEach/afterAll.
 * @module
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDb, type Db } from '../../db/index.js';
import { perSuite } from './per-suite.js';

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
  const open = () => {
    const t = tempDb(prefix);
    try {
      fill(t.db);
    } catch (e) {
      t.cleanup();
      throw e;
    }
    return t;
  };
  const current = perSuite(`the ${prefix} database`, open, (t) => t.cleanup(), timeout);
  return {
    get db() {
      return current().db;
    },
    get path() {
      return current().path;
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
