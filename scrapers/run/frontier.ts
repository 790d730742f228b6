/**
 * The durable frontier: every URL a run means to fetch is a `pending_urls` row until its page
 * is archived (and extracted) or given up on, in the same transaction. A run killed at any
 * point leaves exactly the unfinished work behind, and the next run of the source picks it up.
 * @module
 */
import { and, asc, eq, notInArray, sql } from 'drizzle-orm';
import type { Db } from '../../db/index.js';
import { notices, pendingUrls, rawPages } from '../../db/schema/index.js';
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

/** Queue a URL unless the same source already has it pending. Returns whether a row was added. */
export function enqueue(db: Db, sourceId: string, runId: number, url: string, pageKind: 'list' | 'detail', payload: PendingPayload): boolean {
  const dup = db
    .select({ id: pendingUrls.id, hints: pendingUrls.hints })
    .from(pendingUrls)
    .where(and(eq(pendingUrls.sourceId, sourceId), eq(pendingUrls.url, url), eq(pendingUrls.pageKind, pageKind)))
    .all();
  // POST lists share one URL; their bodies tell pages apart.
  const key = payload.request?.body ?? null;
  if (dup.some((d) => (pageKind === 'detail' ? true : ((JSON.parse(d.hints ?? '{}') as PendingPayload).request?.body ?? null) === key))) return false;
  db.insert(pendingUrls)
    .values({ sourceId, url, pageKind, hints: JSON.stringify(payload), attempts: 0, addedRunId: runId, addedAt: new Date().toISOString() })
    .run();
  return true;
}

/** Up to `limit` pending rows of a source, oldest first, skipping those already in flight. */
export function takePending(db: Db, sourceId: string, inFlight: number[], limit: number): PendingRow[] {
  const where = inFlight.length
    ? and(eq(pendingUrls.sourceId, sourceId), notInArray(pendingUrls.id, inFlight))
    : eq(pendingUrls.sourceId, sourceId);
  return db
    .select()
    .from(pendingUrls)
    .where(where)
    .orderBy(asc(pendingUrls.id))
    .limit(limit)
    .all()
    .map((r) => ({ id: r.id, url: r.url, pageKind: r.pageKind as 'list' | 'detail', attempts: r.attempts, payload: JSON.parse(r.hints ?? '{}') as PendingPayload }));
}

/** How many rows a source has pending (a non-zero count at start means: resume). */
export function pendingCount(db: Db, sourceId: string): number {
  return db.select({ n: sql<number>`count(*)` }).from(pendingUrls).where(eq(pendingUrls.sourceId, sourceId)).get()?.n ?? 0;
}

/** Drop a finished (or abandoned) row. */
export function done(db: Db, id: number): void {
  db.delete(pendingUrls).where(eq(pendingUrls.id, id)).run();
}

/** Count a failed attempt; returns the new attempt count. */
export function bumpAttempts(db: Db, id: number): number {
  const r = db
    .update(pendingUrls)
    .set({ attempts: sql`${pendingUrls.attempts} + 1` })
    .where(eq(pendingUrls.id, id))
    .returning({ attempts: pendingUrls.attempts })
    .get();
  return r?.attempts ?? 0;
}

/**
 * What the archive already holds for a detail URL: a notice (with the list title it was found
 * under), or a page that was archived but did not yield one.
 */
export function knownDetail(db: Db, url: string): { title: string | null; publishedAt: string | null } | null {
  const page = db
    .select({ hints: rawPages.hints })
    .from(rawPages)
    .where(and(eq(rawPages.url, url), eq(rawPages.pageKind, 'detail')))
    .orderBy(sql`${rawPages.id} desc`)
    .get();
  if (page) {
    const h = JSON.parse(page.hints ?? '{}') as ExtractHints;
    return { title: h.title ?? null, publishedAt: h.publishedAt ?? null };
  }
  const n = db.select({ title: notices.title, publishedAt: notices.publishedAt }).from(notices).where(eq(notices.sourceUrl, url)).get();
  return n ?? null;
}

/** Source URLs of the other notices of a project (to fetch again when a correction appears). */
export function projectSiblings(db: Db, sourceId: string, projectCode: string, exceptUrl: string): string[] {
  return db
    .select({ url: notices.sourceUrl })
    .from(notices)
    .where(and(eq(notices.sourceId, sourceId), eq(notices.projectCode, projectCode)))
    .all()
    .map((r) => r.url)
    .filter((u) => u !== exceptUrl);
}

/** A raw page's parse status (pending = archived but not yet extracted, e.g. after a kill). */
export function pageStatus(db: Db, rawPageId: number): string | null {
  return db.select({ s: rawPages.parseStatus }).from(rawPages).where(eq(rawPages.id, rawPageId)).get()?.s ?? null;
}
