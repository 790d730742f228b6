import { sqliteTable, text, integer, index } from 'drizzle-orm/sqlite-core';

/** A portal procwatch scrapes (one row per adapter slug under scrapers/sources/). */
export const sources = sqliteTable('sources', {
  id: text('id').primaryKey(),
  name: text('name').notNull(),
  baseUrl: text('base_url').notNull(),
  createdAt: text('created_at').notNull(),
});

/**
 * One scrape run: what it was asked to do, how it ended and what it counted.
 * A run that is killed stays `running` until the next run of the same source marks it `aborted`.
 */
export const scrapeRuns = sqliteTable(
  'scrape_runs',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    sourceId: text('source_id').notNull().references(() => sources.id),
    mode: text('mode').notNull(), // nightly | backfill | resume
    params: text('params'), // JSON of the options the run was started with
    startedAt: text('started_at').notNull(),
    endedAt: text('ended_at'),
    status: text('status').notNull(), // running | ok | partial | blocked | failed | aborted
    listed: integer('listed').notNull().default(0),
    fetched: integer('fetched').notNull().default(0),
    newCount: integer('new_count').notNull().default(0),
    changed: integer('changed').notNull().default(0),
    skipped: integer('skipped').notNull().default(0),
    failed: integer('failed').notNull().default(0),
    blocked: integer('blocked').notNull().default(0),
    error: text('error'),
    report: text('report'), // JSON: drift warnings, per-list counters
  },
  (t) => [index('scrape_runs_source_idx').on(t.sourceId, t.startedAt)],
);

/**
 * A URL the run has queued but not finished: the durable frontier that makes a killed run
 * resumable. Rows are deleted once their page is archived (or given up on).
 */
export const pendingUrls = sqliteTable(
  'pending_urls',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    sourceId: text('source_id').notNull().references(() => sources.id),
    url: text('url').notNull(),
    pageKind: text('page_kind').notNull(), // list | detail
    hints: text('hints'), // JSON from the list page (title, date, region, buyer)
    attempts: integer('attempts').notNull().default(0),
    addedRunId: integer('added_run_id'),
    addedAt: text('added_at').notNull(),
  },
  (t) => [index('pending_urls_source_url_idx').on(t.sourceId, t.url)],
);
