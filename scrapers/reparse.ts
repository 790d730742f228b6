/**
 * Re-extraction: rebuild every notice from the archived raw pages, e.g. after a parser change.
 * Notices keep their ids (they are upserted by source URL), so links into the dashboard stay
 * valid; a notice whose page no longer yields one is removed, so nothing stale survives.
 * @module
 */
import { sql } from 'drizzle-orm';
import type { Db } from '../db/index.js';
import { deleteNotice } from '../db/store.js';
import { ingestRawPage, type IngestStatus } from './ingest.js';

export interface ReparseReport {
  pages: number;
  byStatus: Partial<Record<IngestStatus, number>>;
  removedNotices: number;
  seconds: number;
}

/** Pages are re-extracted in batches of this many per transaction (savepoints inside). */
const BATCH = 250;

/**
 * Re-extract the newest archived detail page of every URL (optionally of one source).
 * `onProgress` is called after each batch with the pages done and the total.
 */
export function reparseAll(
  db: Db,
  opts: { sourceId?: string | null; onProgress?: (done: number, total: number) => void } = {},
): ReparseReport {
  const started = performance.now();
  const source = opts.sourceId ?? null;
  const ids = db
    .all<{ id: number }>(
      sql`select max(id) as id from raw_pages
          where page_kind = 'detail' and (${source} is null or source_id = ${source})
          group by url order by id`,
    )
    .map((r) => r.id);
  const byStatus: Partial<Record<IngestStatus, number>> = {};
  for (let i = 0; i < ids.length; i += BATCH) {
    const batch = ids.slice(i, i + BATCH);
    db.$client.transaction(() => {
      for (const id of batch) {
        const r = ingestRawPage(db, id);
        byStatus[r.status] = (byStatus[r.status] ?? 0) + 1;
      }
    })();
    opts.onProgress?.(Math.min(i + BATCH, ids.length), ids.length);
  }
  // A notice whose newest page no longer parses (or was never a notice) must not linger.
  const stale = db
    .all<{ id: number }>(
      sql`select n.id from notices n join raw_pages r on r.id = n.raw_page_id
          where r.parse_status not in ('ok', 'superseded') and (${source} is null or n.source_id = ${source})`,
    )
    .map((r) => r.id);
  db.$client.transaction(() => {
    for (const id of stale) deleteNotice(db, id);
  })();
  return { pages: ids.length, byStatus, removedNotices: stale.length, seconds: (performance.now() - started) / 1000 };
}
