/**
 * Which synthetic database a benchmark reads: `--db` if given; else bench/out/bench-$BENCH_NOTICES.db,
 * generated when missing; else bench/out/bench-1000000.db when present; else a generated
 * 50,000-notice one. Pending migrations are applied first (a database from an older checkout can
 * take minutes to upgrade at 1M notices), so no timing pays for them.
 * @module
 */
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { openDb } from '../db/index.js';
import { generateDb } from './generate-db.js';

const out = join(dirname(fileURLToPath(import.meta.url)), 'out');

/** The benchmark database's path, generated and migrated as needed. */
export function benchDbPath(explicit?: string): string {
  const envN = process.env.BENCH_NOTICES ? Number(process.env.BENCH_NOTICES) : null;
  if (envN !== null && (!Number.isInteger(envN) || envN < 1)) throw new Error(`BENCH_NOTICES must be a positive integer, got ${process.env.BENCH_NOTICES}`);
  let dbPath = explicit ?? join(out, `bench-${envN ?? 1_000_000}.db`);
  if (!explicit && envN === null && !existsSync(dbPath)) dbPath = join(out, 'bench-50000.db');
  if (!existsSync(dbPath)) {
    if (explicit) throw new Error(`no database at ${dbPath}`);
    const n = envN ?? 50_000;
    process.stderr.write(`no benchmark database: generating ${n} SYNTHETIC notices (BENCH_NOTICES=1000000 for the full run)\n`);
    generateDb({ path: dbPath, n });
  }
  openDb(dbPath).$client.close();
  return dbPath;
}
