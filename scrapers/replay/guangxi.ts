/**
 * The Guangxi (www.ccgp-guangxi.gov.cn, 政采云) replay, portals.md §4: `POST /portal/category`
 * and `GET /portal/detail?articleId=…` over tests/fixtures/guangxi/notices.json (written by
 * scrapers/replay/fixture-generate.ts). Category codes: ZcyAnnouncement3004 中标（成交）结果公告,
 * 4005 中标公告, 4006 成交公告, 3007 废标公告 (GX-README); each notice sits in one of them.
 * @module
 */
import { fileURLToPath } from 'node:url';
import { zcyReplay } from './fixture-zcy-handler.js';
import type { ZcyNotice } from './fixture-guangxi-notices.js';

export { GUANGXI_CATEGORY_NAMES, type ZcyNotice } from './fixture-guangxi-notices.js';

/** Where the Guangxi fixtures live. */
export const GUANGXI_FIXTURE_DIR = fileURLToPath(new URL('../../tests/fixtures/guangxi/', import.meta.url));

const replay = zcyReplay(GUANGXI_FIXTURE_DIR, '广西政府采购网');

/** The notices the replay serves (read once), newest first. */
export function guangxiFixtureIndex(): ZcyNotice[] {
  return replay.index();
}

/** The Guangxi replay handler. */
export const guangxiHandler = replay.handler;
