import { sqliteTable, text, integer, blob, index, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { sources, scrapeRuns } from './sources.js';

/**
 * Every page procwatch fetched, exactly as it arrived (gzip-compressed bytes), so that
 * `procwatch reparse` can rebuild all extracted facts. A changed page is a new row; an
 * unchanged re-fetch is recognised by its content hash and not stored twice.
 */
export const rawPages = sqliteTable(
  'raw_pages',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    sourceId: text('source_id').notNull().references(() => sources.id),
    runId: integer('run_id').references(() => scrapeRuns.id),
    url: text('url').notNull(),
    pageKind: text('page_kind').notNull(), // list | detail | block | other
    fetchedAt: text('fetched_at').notNull(),
    httpStatus: integer('http_status').notNull(),
    contentType: text('content_type'),
    charset: text('charset'),
    contentHash: text('content_hash').notNull(), // sha256 of the raw bytes
    size: integer('size').notNull(),
    body: blob('body', { mode: 'buffer' }).notNull(), // gzip of the raw bytes
    hints: text('hints'), // JSON metadata from the list page that led here
    // ok | broken (layout not understood) | blocked (captcha / rate-limit page) | error
    parseStatus: text('parse_status').notNull().default('pending'),
    parseError: text('parse_error'),
    isSample: integer('is_sample', { mode: 'boolean' }).notNull().default(false),
  },
  (t) => [
    uniqueIndex('raw_pages_url_hash_idx').on(t.url, t.contentHash),
    index('raw_pages_source_idx').on(t.sourceId, t.pageKind),
    index('raw_pages_status_idx').on(t.parseStatus),
  ],
);
