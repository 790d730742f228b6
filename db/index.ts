/**
 * The database behind procwatch: one SQLite file, opened through {@link openDb}, which applies
 * the committed migrations and returns a typed drizzle handle.
 * @module
 */
import Database from 'better-sqlite3';
import { drizzle, type BetterSQLite3Database } from 'drizzle-orm/better-sqlite3';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as schema from './schema/index.js';
import { fillProjectKeys, runPendingUpgrades } from './queries/maintain.js';

export { schema };
export type Db = BetterSQLite3Database<typeof schema> & { $client: Database.Database };

/** Where the database lives when neither `--db` nor `PROCWATCH_DB` says otherwise. */
export const DEFAULT_DB_PATH = 'data/procwatch.db';

/**
 * Read the file through a memory map (SQLite clamps this to its 2 GB build limit): a search that
 * looks up a few thousand scattered notices read each page with a system call, and mapped it
 * takes a third of the time (a minimum-amount page at 1M notices: 150 → 50 ms).
 */
const MMAP = 'mmap_size = 2147483648';

const migrationsFolder = fileURLToPath(new URL('./migrations', import.meta.url));

/** The path a command should use: its `--db` flag, else `PROCWATCH_DB`, else the default. */
export function resolveDbPath(flag?: string | null): string {
  return resolve(flag || process.env.PROCWATCH_DB || DEFAULT_DB_PATH);
}

/**
 * Open (creating if needed) the SQLite file at `path`, switch on WAL and foreign keys,
 * apply pending migrations, and return the typed handle. `readonly` skips migrations and
 * refuses writes (for the dashboard over a database another process fills).
 */
export function openDb(path: string, opts: { readonly?: boolean } = {}): Db {
  if (!opts.readonly) mkdirSync(dirname(resolve(path)), { recursive: true });
  const sqlite = new Database(path, { readonly: opts.readonly ?? false, fileMustExist: opts.readonly ?? false });
  sqlite.pragma('busy_timeout = 10000');
  if (!opts.readonly) {
    sqlite.pragma('journal_mode = WAL');
    sqlite.pragma('synchronous = NORMAL');
    // Checkpoint every ~40 MB of WAL instead of SQLite's 4 MB: a scrape commits twice per page and
    // rewrites the same index pages, which a checkpoint copies (and fsyncs) into the database file
    // each time; fewer, larger checkpoints cut the scraper's CPU per page by about a sixth
    // (bench/scrape.ts). journal_size_limit truncates the WAL file back after a checkpoint.
    sqlite.pragma('wal_autocheckpoint = 10000');
    sqlite.pragma('journal_size_limit = 67108864');
  }
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('cache_size = -65536');
  sqlite.pragma(MMAP);
  const db = drizzle(sqlite, { schema }) as Db;
  if (!opts.readonly) {
    migrate(db, { migrationsFolder });
    // Notices written before notices.project_key existed get it now (one index probe when none lack it).
    fillProjectKeys(db);
    // Upgrades a migration asked for but SQL cannot do (one small query when none is pending).
    runPendingUpgrades(db);
    refreshPlannerStats(sqlite);
  }
  return db;
}

/**
 * A second, read-only connection to `db`'s file inside one read transaction: everything read
 * through it sees the same snapshot however long it stays open (a download streaming for half a
 * minute while a scrape commits), and a cursor left open on it never blocks `db`, which refuses
 * writes and pragmas while one of its own cursors is open. An in-memory database has no file to
 * reopen: it is returned as is.
 */
export function openSnapshot(db: Db): { db: Db; close(): void } {
  const c = db.$client;
  if (c.memory) return { db, close() {} };
  const sqlite = new Database(c.name, { readonly: true, fileMustExist: true });
  sqlite.pragma('busy_timeout = 10000');
  sqlite.pragma('cache_size = -16384');
  sqlite.pragma(MMAP);
  sqlite.exec('BEGIN');
  const snap = drizzle(sqlite, { schema }) as Db;
  return {
    db: snap,
    close() {
      if (sqlite.open) sqlite.close();
    },
  };
}

/**
 * Planner statistics for notice indexes that have none (added by a migration since the last
 * ANALYZE: some seconds once at a million notices), then SQLite's own check for tables that
 * changed much. Sampled statistics (analysis_limit) misjudge columns with few values, such as a
 * service type, so the analysis is full. Without them SQLite walked a service type's hundred
 * thousand notices to find a city's few hundred, not knowing the city's index was narrower.
 * Small archives are skipped: every plan is fast there.
 */
function refreshPlannerStats(sqlite: Database.Database): void {
  const big = sqlite.prepare('SELECT count(*) FROM (SELECT 1 FROM notices LIMIT 1000)').pluck().get() === 1000;
  if (!big) return;
  const hasStats = sqlite.prepare(`SELECT 1 FROM sqlite_master WHERE name = 'sqlite_stat1'`).get();
  const unanalyzed =
    !hasStats ||
    sqlite.prepare(`SELECT 1 FROM pragma_index_list('notices') il WHERE NOT EXISTS (SELECT 1 FROM sqlite_stat1 s WHERE s.tbl = 'notices' AND s.idx = il.name) LIMIT 1`).get();
  if (unanalyzed) sqlite.exec('ANALYZE notices');
  sqlite.pragma('optimize = 0x10002');
}

/** Run `fn` inside one SQLite transaction (all or nothing). */
export function inTransaction<T>(db: Db, fn: () => T): T {
  return db.$client.transaction(fn)();
}
