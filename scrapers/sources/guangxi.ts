/**
 * 广西政府采购网 (zcy platform), portals.md §4: the category/detail JSON API over plain HTTP
 * (no blocks reported; the platform's own scrapers run without a browser).
 * @module
 */
import { zcySource } from './zcy.js';

/** Result categories: 中标（成交）结果公告, 中标公告, 成交公告, 废标公告 (GX-README). */
export const GUANGXI_CATEGORIES = ['ZcyAnnouncement3004', 'ZcyAnnouncement4005', 'ZcyAnnouncement4006', 'ZcyAnnouncement3007'];

export const guangxi = zcySource({
  id: 'guangxi',
  name: '广西政府采购网',
  baseUrl: 'http://www.ccgp-guangxi.gov.cn',
  fetcher: 'http',
  categories: GUANGXI_CATEGORIES,
  parentId: '66485',
  rate: 1,
});
