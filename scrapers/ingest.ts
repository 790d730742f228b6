/**
 * From an archived raw page to a stored notice: decode, the source adapter's parseDetail, the
 * extractor, then the notice, its lots and the page's parse status in one transaction. Works
 * from the raw page alone (list hints are stored on it), so `procwatch reparse` can call it for
 * every archived detail page.
 * @module
 */
import { and, eq } from 'drizzle-orm';
import type { Db } from '../db/index.js';
import { writeTransaction } from './run/write-tx.js';
import { notices, rawPages } from '../db/schema/index.js';
import { markRawPage, rawPageBody, saveNotice } from '../db/store.js';
import { extractNotice } from './extract/index.js';
import type { ExtractInput, Extraction } from './extract/types.js';
import { readFetchedPage, type PageFailure } from './run/read-page.js';

export { readFetchedPage, type FetchedPage, type PageFailure } from './run/read-page.js';

export type IngestStatus = 'ok' | 'superseded' | 'broken' | 'blocked' | 'error';

export interface IngestResult {
  status: IngestStatus;
  /** the stored notice (ok) */
  noticeId: number | null;
  /** true when no notice existed for this URL before */
  isNew: boolean;
  kind: string | null;
  projectCode: string | null;
  isVideoOps: boolean;
  reason: string | null;
}

type RawPageRow = NonNullable<ReturnType<typeof loadPage>>;

function loadPage(db: Db, rawPageId: number) {
  return db.select().from(rawPages).where(eq(rawPages.id, rawPageId)).get();
}

const EMPTY: IngestResult = { status: 'error', noticeId: null, isNew: false, kind: null, projectCode: null, isVideoOps: false, reason: null };

/** An outcome that stored no notice, with its status and reason. */
export function noNotice(status: IngestStatus, reason: string | null): IngestResult {
  return { ...EMPTY, status, reason };
}

function fail(db: Db, rawPageId: number, status: IngestStatus, reason: string): IngestResult {
  markRawPage(db, rawPageId, status, reason);
  return { ...EMPTY, status, reason };
}

/** What reading a page needs: its bytes as archived and what the list said about it. */
export interface ArchivedPage {
  sourceId: string;
  url: string;
  /** gzip of the raw bytes, as stored in raw_pages.body */
  body: Buffer;
  contentType: string | null;
  hints: string | null;
}

/**
 * Turn an archived page into the extractor's input, without the database: decompress, then
 * {@link readFetchedPage}. Pure apart from decompression, so reparse workers call it too.
 */
export function readArchivedPage(page: ArchivedPage): { input: ExtractInput } | PageFailure {
  let bytes: Buffer;
  try {
    bytes = rawPageBody(page.body);
  } catch (e) {
    const err = e as Error;
    return { status: 'error', reason: `${err.name}: ${err.message}` };
  }
  return readFetchedPage({ ...page, bytes });
}

/**
 * The first half of ingesting: load the page and read it ({@link readArchivedPage}). Returns
 * the extractor's input, or the failure (already marked on the page).
 */
export function prepareIngest(db: Db, rawPageId: number): { page: RawPageRow; input: ExtractInput } | IngestResult {
  const page = loadPage(db, rawPageId);
  if (!page) return { ...EMPTY, reason: `no raw page ${rawPageId}` };
  const read = readArchivedPage(page);
  if ('input' in read) return { page, input: read.input };
  return fail(db, rawPageId, read.status, read.reason);
}

/** The archived page a notice is stored from. */
export type StoredPage = Pick<RawPageRow, 'id' | 'url' | 'sourceId' | 'isSample'>;

/**
 * The second half: store the extraction and mark the page ok, in one transaction (a savepoint
 * when called inside another, so a failure rolls back this notice alone).
 */
export function storeExtraction(db: Db, page: StoredPage, x: Extraction): IngestResult {
  return writeTransaction(db, () => {
    const existing = db.select({ id: notices.id, rawPageId: notices.rawPageId }).from(notices).where(eq(notices.sourceUrl, page.url)).get();
    const facts = { kind: x.kind, projectCode: x.projectCode, isVideoOps: x.isVideoOps };
    if (existing && existing.rawPageId > page.id) {
      markRawPage(db, page.id, 'superseded', `raw page ${existing.rawPageId} is newer`);
      return { ...EMPTY, ...facts, status: 'superseded' as const, noticeId: existing.id };
    }
    const noticeId = saveNotice(db, { sourceId: page.sourceId, sourceUrl: page.url, rawPageId: page.id }, { ...x, isSample: x.isSample || page.isSample });
    markRawPage(db, page.id, 'ok', null);
    return { ...EMPTY, ...facts, status: 'ok' as const, noticeId, isNew: !existing };
  });
}

/**
 * Extract and store the notice of raw page `rawPageId`, and mark the page ok, superseded (a
 * newer page of the same URL already made the notice), broken (layout not understood), blocked
 * (a block page) or error. Never throws for a bad page; the reason is stored on the page.
 */
export function ingestRawPage(db: Db, rawPageId: number): IngestResult {
  const prep = prepareIngest(db, rawPageId);
  if (!('input' in prep)) return prep;
  try {
    return storeExtraction(db, prep.page, extractNotice(prep.input));
  } catch (e) {
    const err = e as Error;
    return fail(db, rawPageId, 'error', `${err.name}: ${err.message}`);
  }
}

/** {@link ingestRawPage} with the extraction done elsewhere (a worker with a time limit). */
export async function ingestRawPageWith(db: Db, rawPageId: number, extract: (input: ExtractInput) => Promise<Extraction>): Promise<IngestResult> {
  const prep = prepareIngest(db, rawPageId);
  if (!('input' in prep)) return prep;
  let x: Extraction;
  try {
    x = await extract(prep.input);
  } catch (e) {
    const err = e as Error;
    return fail(db, rawPageId, 'error', `${err.name}: ${err.message}`);
  }
  try {
    return storeExtraction(db, prep.page, x);
  } catch (e) {
    const err = e as Error;
    return fail(db, rawPageId, 'error', `${err.name}: ${err.message}`);
  }
}

/** Raw detail pages of a source that still wait for extraction (e.g. after a crash between archive and ingest). */
export function pendingRawPages(db: Db, sourceId: string): number[] {
  return db
    .select({ id: rawPages.id })
    .from(rawPages)
    .where(and(eq(rawPages.sourceId, sourceId), eq(rawPages.pageKind, 'detail'), eq(rawPages.parseStatus, 'pending')))
    .all()
    .map((r) => r.id);
}
