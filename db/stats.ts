import { sql } from 'drizzle-orm';
import type { Db } from './index.js';

/** What `procwatch stats` reports: how much the archive holds and how much of it failed. */
export interface ArchiveStats {
  pages: number;
  notices: number;
  lots: number;
  runs: number;
  /** raw pages that could not be turned into a notice: broken layout, blocked, or an error */
  failedPages: number;
  videoOpsNotices: number;
  sampleNotices: number;
  pagesByStatus: Record<string, number>;
  noticesByKind: Record<string, number>;
}

function countBy(db: Db, query: ReturnType<typeof sql>): Record<string, number> {
  const out: Record<string, number> = {};
  for (const r of db.all<{ k: string; n: number }>(query)) out[r.k] = r.n;
  return out;
}

/** Count what the archive holds (cheap: one pass over small indexes). */
export function archiveStats(db: Db): ArchiveStats {
  const one = (q: ReturnType<typeof sql>) => db.get<{ n: number }>(q)?.n ?? 0;
  const pagesByStatus = countBy(db, sql`select parse_status as k, count(*) as n from raw_pages group by parse_status`);
  return {
    pages: one(sql`select count(*) as n from raw_pages`),
    notices: one(sql`select count(*) as n from notices`),
    lots: one(sql`select count(*) as n from lots`),
    runs: one(sql`select count(*) as n from scrape_runs`),
    failedPages: (pagesByStatus.broken ?? 0) + (pagesByStatus.error ?? 0) + (pagesByStatus.blocked ?? 0),
    videoOpsNotices: one(sql`select count(*) as n from notices where is_video_ops = 1`),
    sampleNotices: one(sql`select count(*) as n from notices where is_sample = 1`),
    pagesByStatus,
    noticesByKind: countBy(db, sql`select kind as k, count(*) as n from notices group by kind`),
  };
}
