/**
 * From an archived raw page to a stored notice: decode, the source adapter's parseDetail, the
 * extractor, then the notice, its lots and the page's parse status in one transaction. Works
 * from the raw page alone (list hints are stored on it), so `procwatch reparse` can call it for
 * every archived detail page.
 * @module
 */
import { and, eq } from 'drizzle-orm';
import { inTransaction, type Db } from '../db/index.js';
import { notices, rawPages } from '../db/schema/index.js';
import { markRawPage, rawPageBody, saveNotice } from '../db/store.js';
import { detectBlockPage } from './block-page.js';
import { ParseError } from './errors.js';
import { decodeBytes } from './extract/decode.js';
import { extractNotice } from './extract/index.js';
import type { ExtractHints } from './extract/types.js';
import { sourceById } from './sources/index.js';

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

function parseHints(json: string | null): ExtractHints {
  if (!json) return {};
  try {
    const h = JSON.parse(json) as unknown;
    return h && typeof h === 'object' ? (h as ExtractHints) : {};
  } catch {
    return {};
  }
}

/** Merge list hints under the page's own: the page is trusted first, the list fills gaps. */
function mergeHints(list: ExtractHints, page: ExtractHints | undefined): ExtractHints {
  const out: ExtractHints = { ...list };
  for (const [k, v] of Object.entries(page ?? {})) if (v !== null && v !== undefined && v !== '') (out as Record<string, unknown>)[k] = v;
  return out;
}

/**
 * Extract and store the notice of raw page `rawPageId`, and mark the page ok, superseded (a
 * newer page of the same URL already made the notice), broken (layout not understood), blocked
 * (a block page) or error. Never throws for a bad page; the reason is stored on the page.
 */
export function ingestRawPage(db: Db, rawPageId: number): IngestResult {
  const result: IngestResult = { status: 'error', noticeId: null, isNew: false, kind: null, projectCode: null, isVideoOps: false, reason: null };
  const page = db.select().from(rawPages).where(eq(rawPages.id, rawPageId)).get();
  if (!page) return { ...result, reason: `no raw page ${rawPageId}` };
  const fail = (status: IngestStatus, reason: string): IngestResult => {
    markRawPage(db, rawPageId, status, reason);
    return { ...result, status, reason };
  };
  try {
    const source = sourceById(page.sourceId);
    const { text } = decodeBytes(rawPageBody(page.body), page.contentType);
    const marker = detectBlockPage(text);
    if (marker) return fail('blocked', `block page ("${marker}")`);
    const input = source.parseDetail(text, page.url);
    input.hints = mergeHints(parseHints(page.hints), input.hints);
    const x = extractNotice(input);
    return inTransaction(db, () => {
      const existing = db.select({ id: notices.id, rawPageId: notices.rawPageId }).from(notices).where(eq(notices.sourceUrl, page.url)).get();
      if (existing && existing.rawPageId > rawPageId) {
        markRawPage(db, rawPageId, 'superseded', `raw page ${existing.rawPageId} is newer`);
        return { ...result, status: 'superseded' as const, noticeId: existing.id, kind: x.kind, projectCode: x.projectCode, isVideoOps: x.isVideoOps };
      }
      const noticeId = saveNotice(db, { sourceId: page.sourceId, sourceUrl: page.url, rawPageId }, { ...x, isSample: x.isSample || page.isSample });
      markRawPage(db, rawPageId, 'ok', null);
      return { ...result, status: 'ok' as const, noticeId, isNew: !existing, kind: x.kind, projectCode: x.projectCode, isVideoOps: x.isVideoOps };
    });
  } catch (e) {
    const err = e as Error;
    if (e instanceof ParseError) return fail('broken', err.message);
    return fail('error', `${err.name}: ${err.message}`);
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
