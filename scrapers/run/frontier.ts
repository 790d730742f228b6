/**
 * The durable frontier: every URL a run means to fetch is a `pending_urls` row until its page
 * is archived (and extracted) or given up on, in the same transaction. A run killed at any
 * point leaves exactly the unfinished work behind, and the next run of the source picks it up.
 * These run once or more per page, so they are cached prepared statements, not query builders.
 * @module
 */
import type Database from 'better-sqlite3';
import type { Db } from '../../db/index.js';
import type { ExtractHints } from '../extract/types.js';
import type { ListRequest, ScrapeMode } from '../sources/types.js';

/** What a pending row carries in its `hints` column. */
export interface PendingPayload {
  /** list rows: the request to send (POST body, label, page) */
  request?: ListRequest;
  /** detail rows: what the list said about the notice */
  hints?: ExtractHints;
  /** detail rows: why a known page is fetched again (correction of its project, changed listing) */
  refetch?: string;
  /**
   * list rows: this walk fills a gap that opened in run `catchUp` (a list page that failed then),
   * so it pages past notices first archived in that run or later and stops only at notices the
   * archive held before the gap opened.
   */
  catchUp?: number;
  /** set when a fetch of the row failed: the row is owed until fetched or forgotten by an operator */
  owed?: OwedMark;
  /**
   * list rows: the plan of the run that queued the walk (a backfill's window, search or lists),
   * so an owed or resumed page is read as its own walk meant, whatever run picks it up
   */
  window?: { mode: ScrapeMode; since: string | null; until: string | null };
}

/** Why and since when a frontier row is owed. */
export interface OwedMark {
  /** ISO time of the first failure */
  since: string;
  /** the run the row first failed in (for list rows: the run the gap opened in) */
  runId: number;
  /** the latest failure, one line */
  lastError: string;
  lastRunId: number;
}

export interface PendingRow {
  id: number;
  url: string;
  pageKind: 'list' | 'detail';
  attempts: number;
  /** ISO time the row was queued */
  addedAt: string;
  payload: PendingPayload;
}

const cache = new WeakMap<Database.Database, Map<string, Database.Statement>>();

/** A prepared statement, compiled once per connection. */
export function stmt(db: Db, sql: string): Database.Statement {
  let m = cache.get(db.$client);
  if (!m) cache.set(db.$client, (m = new Map()));
  let s = m.get(sql);
  if (!s) m.set(sql, (s = db.$client.prepare(sql)));
  return s;
}

/** Queue a URL unless the same source already has it pending. Returns whether a row was added. */
export function enqueue(db: Db, sourceId: string, runId: number, url: string, pageKind: 'list' | 'detail', payload: PendingPayload): boolean {
  const dup = stmt(db, 'select hints from pending_urls where source_id = ? and url = ? and page_kind = ?').all(sourceId, url, pageKind) as { hints: string | null }[];
  // POST lists share one URL; their bodies tell pages apart.
  const key = payload.request?.body ?? null;
  if (dup.some((d) => (pageKind === 'detail' ? true : ((JSON.parse(d.hints ?? '{}') as PendingPayload).request?.body ?? null) === key))) return false;
  stmt(db, 'insert into pending_urls (source_id, url, page_kind, hints, attempts, added_run_id, added_at) values (?, ?, ?, ?, 0, ?, ?)').run(
    sourceId, url, pageKind, JSON.stringify(payload), runId, new Date().toISOString(),
  );
  return true;
}

/**
 * Up to `limit` pending rows of a source with ids above `afterId`, oldest first, skipping those
 * `skip` says (in flight, waiting for their batch, deferred to a later run).
 */
export function takePending(db: Db, sourceId: string, afterId: number, skip: (id: number) => boolean, limit: number): PendingRow[] {
  const out: PendingRow[] = [];
  let from = afterId;
  // Bounded: each pass either fills the limit, runs out of rows, or moves past excluded ones.
  for (let pass = 0; pass < 1000 && out.length < limit; pass++) {
    const rows = stmt(db, // `+source_id`: walk the rowid order from the cursor instead of the source index
      'select id, url, page_kind, attempts, added_at, hints from pending_urls where +source_id = ? and id > ? order by id limit ?').all(sourceId, from, limit) as RawRow[];
    if (!rows.length) break;
    for (const r of rows) if (!skip(r.id) && out.length < limit) out.push(toRow(r));
    from = rows[rows.length - 1].id;
  }
  return out;
}

interface RawRow {
  id: number;
  url: string;
  page_kind: string;
  attempts: number;
  added_at: string;
  hints: string | null;
}

function toRow(r: RawRow): PendingRow {
  return { id: r.id, url: r.url, pageKind: r.page_kind as 'list' | 'detail', attempts: r.attempts, addedAt: r.added_at, payload: JSON.parse(r.hints ?? '{}') as PendingPayload };
}

/** Every pending row of a source, oldest first (owed rows and a killed run's unfinished work). */
export function allPending(db: Db, sourceId: string): PendingRow[] {
  return (stmt(db, 'select id, url, page_kind, attempts, added_at, hints from pending_urls where source_id = ? order by id').all(sourceId) as RawRow[]).map(toRow);
}

/** When a pending row became owed: its first failure, else when it was queued. */
export function owedSince(row: PendingRow): string {
  return row.payload.owed?.since ?? row.addedAt;
}

/** How many rows a source has pending (a non-zero count at start means: resume). */
export function pendingCount(db: Db, sourceId: string): number {
  return (stmt(db, 'select count(*) as n from pending_urls where source_id = ?').get(sourceId) as { n: number }).n;
}

/** Drop a finished (or abandoned) row. */
export function done(db: Db, id: number): void {
  stmt(db, 'delete from pending_urls where id = ?').run(id);
}

/**
 * Count a failed attempt and mark the row owed (first failure time, the run the gap opened in,
 * the latest error): it stays queued for later runs until fetched or forgotten. Returns the
 * new attempt count.
 */
export function markOwed(db: Db, row: PendingRow, runId: number, error: string, now = new Date()): number {
  const prev = row.payload.owed;
  const owed: OwedMark = {
    since: prev?.since ?? now.toISOString(),
    // A list row that fails while filling an older gap keeps that gap's run.
    runId: Math.min(prev?.runId ?? runId, row.payload.catchUp ?? runId, runId),
    lastError: error.slice(0, 300),
    lastRunId: runId,
  };
  const payload: PendingPayload = { ...row.payload, owed };
  const r = stmt(db, 'update pending_urls set attempts = attempts + 1, hints = ? where id = ? returning attempts').get(JSON.stringify(payload), row.id) as { attempts: number } | undefined;
  row.payload = payload;
  return r?.attempts ?? 0;
}

/**
 * What the archive already holds for a detail URL: the list title and date it was found under
 * (from its newest archived page), or its notice; null when the URL is new.
 */
export function knownDetail(db: Db, url: string): KnownDetail | null {
  const page = stmt(db, "select hints from raw_pages where url = ? and page_kind = 'detail' order by id desc limit 1").get(url) as { hints: string | null } | undefined;
  if (page) {
    const h = JSON.parse(page.hints ?? '{}') as ExtractHints;
    // Pages archived outside a run (run_id null) count as archived before any run.
    const first = stmt(db, "select min(coalesce(run_id, 0)) as r from raw_pages where url = ? and page_kind = 'detail'").get(url) as { r: number };
    return { title: h.title ?? null, publishedAt: h.publishedAt ?? null, firstRunId: first.r };
  }
  const n = stmt(db, 'select title, published_at as publishedAt from notices where source_url = ?').get(url) as { title: string | null; publishedAt: string | null } | undefined;
  return n ? { ...n, firstRunId: 0 } : null;
}

/** What the archive knows about a detail URL. */
export interface KnownDetail {
  title: string | null;
  publishedAt: string | null;
  /** the run that first archived the page (0: before any run, or only a notice row) */
  firstRunId: number;
}

/** A raw page with the same URL and bytes, and whether it was already extracted (null when none). */
export function archivedCopy(db: Db, url: string, contentHash: string): { id: number; status: string } | null {
  return (stmt(db, 'select id, parse_status as status from raw_pages where url = ? and content_hash = ?').get(url, contentHash) as { id: number; status: string } | undefined) ?? null;
}

/** Source URLs of the other notices of a project (to fetch again when a correction appears). */
export function projectSiblings(db: Db, sourceId: string, projectCode: string, exceptUrl: string): string[] {
  return (stmt(db, 'select source_url as url from notices where source_id = ? and project_code = ?').all(sourceId, projectCode) as { url: string }[])
    .map((r) => r.url)
    .filter((u) => u !== exceptUrl);
}

/** A raw page's parse status (pending = archived but not yet extracted, e.g. after a kill). */
export function pageStatus(db: Db, rawPageId: number): string | null {
  return (stmt(db, 'select parse_status as s from raw_pages where id = ?').get(rawPageId) as { s: string } | undefined)?.s ?? null;
}

/** The list hints archived with a URL's newest page (kept when the page is fetched again). */
export function lastHints(db: Db, url: string): ExtractHints | undefined {
  const r = stmt(db, "select hints from raw_pages where url = ? and page_kind = 'detail' order by id desc limit 1").get(url) as { hints: string | null } | undefined;
  return r?.hints ? (JSON.parse(r.hints) as ExtractHints) : undefined;
}
