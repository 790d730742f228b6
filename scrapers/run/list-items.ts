/**
 * What a run does with the items of one list page: skip those outside the date window, leave
 * known notices alone (fetching again those whose listing changed), skip titles the classifier
 * rejects, queue the rest, and say whether the walk has caught up with the archive.
 * @module
 */
import type { Db } from '../../db/index.js';
import { classifyTitle } from '../extract/index.js';
import type { ListItem } from '../sources/types.js';
import { enqueue, knownDetail } from './frontier.js';
import type { RunReport } from './types.js';

export interface ListItemsContext {
  sourceId: string;
  runId: number;
  since: string | null;
  until: string | null;
  /** whether titles must pass the video-ops classifier before a detail fetch */
  classify: boolean;
  /**
   * the run a gap in this list opened in (a page that failed), or null: notices first archived
   * in that run or later were stored around the gap and do not mean the walk has caught up
   */
  catchUp: number | null;
  /** counters updated in place */
  report: Pick<RunReport, 'skippedOutOfWindow' | 'known' | 'refetched' | 'skippedByClassifier' | 'duplicates'>;
}

export interface ListItemsOutcome {
  /** a notice the archive held before the walk's gap (or at all, outside a catch-up) */
  sawKnown: boolean;
  /** every item is older than `since` (a backfill can stop paging) */
  allOlder: boolean;
  /** items skipped (out of the window, or by the classifier) */
  skipped: number;
}

/** Whether a list item's detail page is worth fetching, by title: the extractor's classifier, leaning to recall. */
export function passesClassifier(title: string): boolean {
  const c = classifyTitle(title);
  return c.isVideoOps || c.score > 0;
}

/** Queue what a list page's items need (call inside the transaction that archives the page). */
export function queueListItems(db: Db, items: ListItem[], ctx: ListItemsContext): ListItemsOutcome {
  const { since, until, report } = ctx;
  let sawKnown = false;
  let allOlder = items.length > 0;
  let skipped = 0;
  for (const item of items) {
    const day = item.publishedAt;
    if (day && since && day >= since) allOlder = false;
    if (!day || !since) allOlder = false;
    if (day && ((since && day < since) || (until && day > until))) {
      report.skippedOutOfWindow++;
      skipped++;
      continue;
    }
    const known = knownDetail(db, item.url);
    if (known) {
      if (ctx.catchUp === null || known.firstRunId < ctx.catchUp) sawKnown = true;
      const relisted = (known.title && item.title && known.title !== item.title) || (known.publishedAt && day && known.publishedAt !== day);
      if (!relisted) {
        report.known++;
        continue;
      }
      if (enqueue(db, ctx.sourceId, ctx.runId, item.url, 'detail', { hints: item.hints, refetch: 'the list shows a changed title or date' })) report.refetched++;
      continue;
    }
    if (ctx.classify && !passesClassifier(item.title)) {
      report.skippedByClassifier++;
      skipped++;
      continue;
    }
    if (!enqueue(db, ctx.sourceId, ctx.runId, item.url, 'detail', { hints: item.hints })) report.duplicates++;
  }
  return { sawKnown, allOlder, skipped };
}
