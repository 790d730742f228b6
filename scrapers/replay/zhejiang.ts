/**
 * The Zhejiang (zfcg.czt.zj.gov.cn, 政采云) replay, portals.md §3: Guangxi's category/detail API
 * (fixture-zcy-handler.ts) with Zhejiang's category codes (110-900461 采购结果公告, 110-600268
 * 采购意向公开) behind an Aliyun-style JS-challenge WAF: every request without the challenge's
 * cookie gets the challenge page (200, markers `aliyun_waf_aa`/`renderData`), so only a browser
 * session that opened `/` first gets data. Fixtures: tests/fixtures/zhejiang/notices.json.
 * @module
 */
import { fileURLToPath } from 'node:url';
import { zcyReplay } from './fixture-zcy-handler.js';
import type { ZcyNotice } from './fixture-guangxi-notices.js';
import { ZHEJIANG_WAF_COOKIE } from './fixture-zhejiang-notices.js';

export { ZHEJIANG_CATEGORY_NAMES, ZHEJIANG_WAF_COOKIE } from './fixture-zhejiang-notices.js';

/** Where the Zhejiang fixtures live. */
export const ZHEJIANG_FIXTURE_DIR = fileURLToPath(new URL('../../tests/fixtures/zhejiang/', import.meta.url));

const replay = zcyReplay(ZHEJIANG_FIXTURE_DIR, '浙江政府采购网', { cookie: ZHEJIANG_WAF_COOKIE });

/** The notices the replay serves (read once), newest first. */
export function zhejiangFixtureIndex(): ZcyNotice[] {
  return replay.index();
}

/** The Zhejiang replay handler. */
export const zhejiangHandler = replay.handler;
