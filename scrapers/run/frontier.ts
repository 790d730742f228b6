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
import type { ListRequest } from '../sources/types.js';

/** What a pending row carries in its `hints` column. */
export interface PendingPayload {
  /** list rows: the request to send (POST body, label, page) */
  request?: ListRequest;
  /** detail rows: what the list said about the notice */
  hints?: ExtractHints;
  /** detail rows: why a known page is fetched again (correction of its project, changed listing) */
  refetch?: string;
}

export interface PendingRow {
  id: number;
  url: string;
  pageKind: 'list' | 'detail';
  attempts: number;
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

/** Up to `limit` pending rows of a source, oldest first, skipping those in `exclude` (in flight, deferred). */
export function takePending(db: Db, sourceId: string, exclude: number[], limit: number): PendingRow[] {
  const skip = new Set(exclude);
  const rows = stmt(db, // `+source_id`: walk the rowid order and stop at the limit, instead of sorting the whole source's rows
    'select id, url, page_kind, attempts, hints from pending_urls where +source_id = ? order by id limit ?').all(sourceId, limit + skip.size) as {
    id: number; url: string; page_kind: string; attempts: number; hints: string | null;
  }[];
  return rows
    .filter((r) => !skip.has(r.id))
    .slice(0, limit)
    .map((r) => ({ id: r.id, url: r.url, pageKind: r.page_kind as 'list' | 'detail', attempts: r.attempts, payload: JSON.parse(r.hints ?? '{}') as PendingPayload }));
}

/** How many rows a source has pending (a non-zero count at start means: resume). */
export function pendingCount(db: Db, sourceId: string): number {
  return (stmt(db, 'select count(*) as n from pending_urls where source_id = ?').get(sourceId) as { n: number }).n;
}

/** Drop a finished (or abandoned) row. */
export function done(db: Db, id: number): void {
  stmt(db, 'delete from pending_urls where id = ?').run(id);
}

/** Count a failed attempt; returns the new attempt count. */
export function bumpAttempts(db: Db, id: number): number {
  const r = stmt(db, 'update pending_urls set attempts = attempts + 1 where id = ? returning attempts').get(id) as { attempts: number } | undefined;
  return r?.attempts ?? 0;
}

/**
 * What the archive already holds for a detail URL: the list title and date it was found under
 * (from its newest archived page), or its notice; null when the URL is new.
 */
export function knownDetail(db: Db, url: string): { title: string | null; publishedAt: string | null } | null {
  const page = stmt(db, "select hints from raw_pages where url = ? and page_kind = 'detail' order by id desc limit 1").get(url) as { hints: string | null } | undefined;
  if (page) {
    const h = JSON.parse(page.hints ?? '{}') as ExtractHints;
    return { title: h.title ?? null, publishedAt: h.publishedAt ?? null };
  }
  const n = stmt(db, 'select title, published_at as publishedAt from notices where source_url = ?').get(url) as { title: string | null; publishedAt: string | null } | undefined;
  return n ?? null;
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
