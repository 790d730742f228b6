/**
 * `procwatch runs`: the scrape runs, newest first, with their counts and how they ended, and
 * what each source still owes (URLs that failed and wait for a later run).
 * @module
 */
import { existsSync } from 'node:fs';
import { desc, eq } from 'drizzle-orm';
import { openDb, resolveDbPath, type Db } from '../../db/index.js';
import { scrapeRuns, sources } from '../../db/schema/index.js';
import { owedLine, owedStatus, owedUrls, staleWarning } from '../run/owed.js';
import { UsageError, intFlag, parseFlags } from './args.js';

export const help = `procwatch runs: list scrape runs, how they ended, and what each source still owes

Usage: procwatch runs [--db FILE] [--source SLUG] [--limit N] [--json] [--owed]

Options:
  --db FILE       database file (default: $PROCWATCH_DB or data/procwatch.db)
  --source SLUG   only this source's runs
  --limit N       at most N runs (default 20)
  --json          one JSON object per run, per line (with the run's report)
  --owed          list the owed URLs instead (oldest first: since, attempts, last error);
                  with --json one object per URL

A URL is owed when a run could not fetch it (or a killed run never reached it): later runs
retry it first until it is fetched or 'procwatch scrape --forget-owed' gives up on it. The
'owed' column is what the source owed when that run ended.

Examples:
  procwatch runs
  procwatch runs --source ccgp --limit 5 --json
  procwatch runs --owed --source ccgp
`;

export async function run(argv: string[]): Promise<number> {
  const { values } = parseFlags(argv, {
    db: { type: 'string' },
    source: { type: 'string' },
    limit: { type: 'string' },
    json: { type: 'boolean' },
    owed: { type: 'boolean' },
  });
  const limit = intFlag(values.limit, 'limit', 20);
  const path = resolveDbPath(values.db);
  // Opening would create an empty database at a mistyped path and report "no scrape runs yet".
  if (!existsSync(path)) throw new UsageError(`no database at ${path} (run a scrape or procwatch demo first)`);
  const db = openDb(path);
  try {
    const sourceIds = (db.select({ id: sources.id }).from(sources).all() as { id: string }[]).map((s) => s.id).filter((id) => !values.source || id === values.source);
    if (values.owed) return listOwed(db, sourceIds, Boolean(values.json));
    const q = db.select().from(scrapeRuns);
    const rows = (values.source ? q.where(eq(scrapeRuns.sourceId, values.source)) : q).orderBy(desc(scrapeRuns.id)).limit(limit).all();
    if (values.json) {
      for (const r of rows) {
        const durationMs = r.endedAt ? Date.parse(r.endedAt) - Date.parse(r.startedAt) : null;
        process.stdout.write(`${JSON.stringify({ ...r, params: r.params ? JSON.parse(r.params) : null, report: r.report ? JSON.parse(r.report) : null, durationMs, owed: owedAtEnd(r.report) })}\n`);
      }
      return 0;
    }
    if (!rows.length) {
      process.stdout.write('no scrape runs yet (procwatch scrape --source ccgp)\n');
      return 0;
    }
    const head = ['run', 'source', 'mode', 'started', 'secs', 'status', 'listed', 'fetched', 'new', 'changed', 'skipped', 'failed', 'blocked', 'owed'];
    const lines = rows.map((r) => [
      String(r.id), r.sourceId, r.mode, r.startedAt.slice(0, 19).replace('T', ' '),
      r.endedAt ? ((Date.parse(r.endedAt) - Date.parse(r.startedAt)) / 1000).toFixed(1) : '-',
      r.status, String(r.listed), String(r.fetched), String(r.newCount), String(r.changed), String(r.skipped), String(r.failed), String(r.blocked),
      String(owedAtEnd(r.report) ?? '-'),
    ]);
    const widths = head.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i].length)));
    const fmt = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i])).join('  ').trimEnd();
    process.stdout.write(`${fmt(head)}\n${lines.map(fmt).join('\n')}\n`);
    // A forget-owed run ends ok, yet what it gave up on must stay in sight.
    for (const r of rows) if (r.error && (r.status !== 'ok' || r.mode === 'forget-owed')) process.stdout.write(`  run ${r.id}: ${r.error}\n`);
    // What is owed now (the table shows what was owed when each run ended).
    for (const id of sourceIds) {
      const s = owedStatus(db, id);
      if (!s.count) continue;
      process.stdout.write(`owed now: ${id}: ${owedLine(s)}; procwatch runs --owed --source ${id} lists them\n`);
      const stale = staleWarning(id, s);
      if (stale) process.stdout.write(`WARNING: ${id}: ${stale}\n`);
    }
    return 0;
  } finally {
    db.$client.close();
  }
}

/** What the source owed when a run ended (from its report), or null for runs that did not record it. */
function owedAtEnd(report: string | null): number | null {
  try {
    const r = report ? (JSON.parse(report) as { owed?: { count?: number } | null; stillOwed?: number }) : null;
    return r?.owed?.count ?? r?.stillOwed ?? null;
  } catch {
    return null;
  }
}

/** `--owed`: every owed URL, oldest first. */
function listOwed(db: Db, sourceIds: string[], json: boolean): number {
  let total = 0;
  for (const id of sourceIds) {
    const urls = owedUrls(db, id);
    total += urls.length;
    if (json) {
      for (const u of urls) process.stdout.write(`${JSON.stringify({ source: id, ...u })}\n`);
      continue;
    }
    if (!urls.length) continue;
    process.stdout.write(`${id}: ${owedLine(owedStatus(db, id))}\n`);
    for (const u of urls)
      process.stdout.write(`  ${u.since.slice(0, 16).replace('T', ' ')}  ${u.pageKind.padEnd(6)}  ${String(u.attempts).padStart(3)} tries  ${u.url}${u.label ? ` [${u.label}]` : ''}\n      ${u.lastError ?? ''}\n`);
  }
  if (!json && !total) process.stdout.write('nothing owed: every URL the runs queued was fetched\n');
  return 0;
}
