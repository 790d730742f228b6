/**
 * 浙江政府采购网 (zcy platform), portals.md §3: the same category/detail API as Guangxi, so the
 * same adapter serves. Its Aliyun WAF answers scripted clients with a JS challenge
 * (`aliyun_waf_aa`), so requests go through Chromium after opening the home page (BidAgent).
 * @module
 */
import { zcySource } from './zcy.js';

export const zhejiang = zcySource({
  id: 'zhejiang',
  name: '浙江政府采购网',
  baseUrl: 'https://zfcg.czt.zj.gov.cn',
  fetcher: 'browser',
  warmPath: '/',
  // 110-900461 采购结果公告 (含中标/成交/废标) [A:BA-ZJ]
  categories: ['110-900461'],
  rate: 0.125,
});
