/**
 * From fetched bytes to the extractor's input, with no database and no I/O: decode (charset
 * from header, meta or sniffing), refuse block pages, the adapter's parseDetail, list hints
 * merged under the page's own. Pure, so both the scraper (on fetched bytes) and reparse
 * workers (on archived ones, scrapers/ingest.ts) read pages the same way.
 * @module
 */
import { detectBlockPage } from '../block-page.js';
import { ParseError } from '../errors.js';
import { decodeBytes } from '../extract/decode.js';
import { binaryFormat } from '../extract/sniff-binary.js';
import type { ExtractHints, ExtractInput } from '../extract/types.js';
import { sourceById } from '../sources/index.js';

/** Why a page yields no extractor input: the status to mark it with and the reason. */
export interface PageFailure {
  status: 'blocked' | 'broken' | 'error';
  reason: string;
}

/** A page as fetched: its raw bytes (not yet archived) and what the list said about it. */
export interface FetchedPage {
  sourceId: string;
  url: string;
  bytes: Uint8Array;
  contentType: string | null;
  /** the list hints as JSON (as archived with the page) */
  hints: string | null;
}

/**
 * Turn fetched bytes into the extractor's input, without the database: decode, refuse block
 * pages, run the adapter's parseDetail, merge the list hints under the page's own. The scraper
 * reads a page this way before archiving it, so the archived page, its extraction and its
 * frontier row can be committed together.
 */
export function readFetchedPage(page: FetchedPage): { input: ExtractInput } | PageFailure {
  try {
    const source = sourceById(page.sourceId);
    // a detail link that serves a PDF or a Word file: archived and flagged, never read as a page
    const binary = binaryFormat(page.bytes);
    if (binary) return { status: 'broken', reason: `${binary}, not a page` };
    const { text } = decodeBytes(page.bytes, page.contentType);
    const marker = detectBlockPage(text);
    if (marker) return { status: 'blocked', reason: `block page ("${marker}")` };
    const input = source.parseDetail(text, page.url);
    input.hints = mergeHints(parseHints(page.hints), input.hints);
    return { input };
  } catch (e) {
    const err = e as Error;
    if (e instanceof ParseError) return { status: 'broken', reason: err.message };
    return { status: 'error', reason: `${err.name}: ${err.message}` };
  }
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

