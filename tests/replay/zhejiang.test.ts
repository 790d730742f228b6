import * as cheerio from 'cheerio';
import { describe, expect, it } from 'vitest';
import { ZHEJIANG_CATEGORY_NAMES, ZHEJIANG_WAF_COOKIE, zhejiangFixtureIndex, zhejiangHandler } from '../../scrapers/replay/zhejiang.js';
import type { ReplayRequest } from '../../scrapers/replay/types.js';

const ctx = { baseUrl: 'http://127.0.0.1:40126' };
const cookie = `${ZHEJIANG_WAF_COOKIE.name}=${ZHEJIANG_WAF_COOKIE.value}`;
const index = zhejiangFixtureIndex();
const post = (body: unknown, withCookie = true) => {
  const r: ReplayRequest = { method: 'POST', path: '/portal/category', query: new URLSearchParams(), body: JSON.stringify(body), headers: withCookie ? { cookie } : {} };
  return zhejiangHandler(r, ctx)!;
};

describe('zhejiang replay', () => {
  it('answers clients without the WAF cookie with the JS challenge that sets it', () => {
    const res = post({ pageNo: 1, pageSize: 15, categoryCode: '110-900461' }, false);
    expect(res.status).toBe(200);
    const html = String(res.body);
    expect(html).toContain('aliyun_waf_aa');
    expect(html).toContain('renderData');
    expect(html).toContain(`document.cookie = "${ZHEJIANG_WAF_COOKIE.name}=" + aliyun_waf_aa`);
    expect(html).toContain(`var aliyun_waf_aa = "${ZHEJIANG_WAF_COOKIE.value}"`);
    const home = zhejiangHandler({ method: 'GET', path: '/', query: new URLSearchParams(), body: '', headers: {} }, ctx)!;
    expect(String(home.body)).toContain('aliyun_waf_aa');
    expect(zhejiangHandler({ method: 'GET', path: '/nothing', query: new URLSearchParams(), body: '', headers: {} }, ctx)).toBeNull();
  });

  it('lists results and intentions by category, with the winner and contract total on result items', () => {
    for (const code of Object.keys(ZHEJIANG_CATEGORY_NAMES)) {
      const r = JSON.parse(String(post({ pageNo: 1, pageSize: 15, categoryCode: code, isGov: true, excludeDistrictPrefix: ['90', '006011', 'H0', '001111'], _t: 1 }).body));
      expect(r.result.data.total).toBe(index.filter((n) => n.categoryCode === code).length);
      expect(r.result.data.total).toBeGreaterThan(0);
    }
    const r = JSON.parse(String(post({ pageNo: 1, pageSize: 15, categoryCode: '110-900461' }).body));
    const won = r.result.data.data.find((x: { supplierName: string | null }) => x.supplierName);
    expect(typeof won.totalContractAmount).toBe('number');
    for (const k of ['purchaseName', 'supplierName', 'totalContractAmount', 'districtName', 'publishDate']) expect(won).toHaveProperty(k);
  });

  it('detail content is rooted at .ann-block with the award fields marked by class', () => {
    const n = index.find((x) => x.title.startsWith('杭州市西湖区'))!;
    const res = zhejiangHandler({ method: 'GET', path: '/portal/detail', query: new URLSearchParams({ articleId: n.articleId, timestamp: '1' }), body: '', headers: { cookie } }, ctx)!;
    const $ = cheerio.load(JSON.parse(String(res.body)).result.data.content);
    expect($('.ann-block .code-winningSupplierName').text()).toBe('杭州西子映像文化传媒有限公司');
    expect($('.ann-block .code-summaryPrice').text()).toBe('总价：539000（元）');
    expect($('.ann-block').text()).toContain('【样例数据·非真实公告】');
  });
});
