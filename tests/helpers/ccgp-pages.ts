/**
 * Real extracted notices for tests that need the extractor's own output rather than a notice
 * built in code: the ccgp replay's detail pages, archived and ingested as a scrape does.
 * @module
 */
import type { Db } from '../../db/index.js';
import { ensureSource, saveRawPage } from '../../db/store.js';
import { ingestRawPage, type IngestResult } from '../../scrapers/ingest.js';
import { ccgpDetailHtml, ccgpFixtureIndex } from '../../scrapers/replay/ccgp.js';

/** The portal the replayed pages stand for: their archived URLs start with it. */
export const CCGP_WWW = 'https://www.ccgp.gov.cn';

/**
 * The paths of the demo's 平江县 project (PJCG-2023-0417): its award of 486,000 元 and the
 * 更正公告 of 2023-06-20 that corrects it to 468,000 元 (更正前/更正后 table).
 */
export function pingjiangPaths(): { award: string; correction: string } {
  return { award: pingjiangPath('award'), correction: pingjiangPath('correction') };
}

const pingjiangPath = (kind: string) => ccgpFixtureIndex().find((e) => e.projectCode === 'PJCG-2023-0417' && e.kind === kind)!.path;

/** Register the ccgp source under the replayed pages' own base URL. */
export function ensureCcgpWww(db: Db): void {
  ensureSource(db, { id: 'ccgp', name: 'ccgp', baseUrl: CCGP_WWW });
}

/** Archive the replayed detail page at `path` (a sample page) and ingest it: what ingest said. */
export function ingestCcgpPage(db: Db, path: string): IngestResult {
  const page = saveRawPage(db, { sourceId: 'ccgp', url: CCGP_WWW + path, pageKind: 'detail', httpStatus: 200, body: Buffer.from(ccgpDetailHtml(path)!), isSample: true });
  return ingestRawPage(db, page.id);
}
