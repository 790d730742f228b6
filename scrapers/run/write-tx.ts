/**
 * A write transaction that takes SQLite's write lock when it begins (BEGIN IMMEDIATE).
 *
 * Several scrapes share one database file (one timer per source). A deferred transaction reads
 * first and asks for the write lock only at its first write; if another process committed in
 * between, SQLite cannot wait for the lock (its snapshot is stale) and fails at once with
 * "database is locked", busy timeout or not: one run failed whenever two sources overlapped.
 * Taking the lock up front makes the busy timeout apply, so the runs take turns. Inside another
 * transaction this is a savepoint, as `inTransaction` is.
 * @module
 */
import type { Db } from '../../db/index.js';

/** Run `fn` in one transaction that holds the write lock from its start. */
export function writeTransaction<T>(db: Db, fn: () => T): T {
  return db.$client.transaction(fn).immediate();
}
