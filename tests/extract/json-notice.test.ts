/**
 * Notices that arrive as JSON: a portal API's detail response saved as is, and a single-page
 * app's shell whose notice sits in a script's JSON state. Through the real extractNotice.
 */
import { describe, expect, it } from 'vitest';
import { extractNotice } from '../../scrapers/extract/index.js';
import { isJsonWithoutNotice, looksLikeJson, noticeFromJson, noticeFromScripts } from '../../scrapers/extract/json-notice.js';

const content =
  '<p>一、项目编号：XH-2025-01</p><p>三、中标（成交）信息</p><table><tr><th>序号</th><th>中标（成交）金额(元)</th><th>中标供应商名称</th></tr>' +
  '<tr><td>1</td><td>报价:318600(元)</td><td>星河映画文化传媒有限公司</td></tr></table><p>1.采购人信息</p><p>名称：梧州市万秀区融媒体中心</p>';

describe('JSON notices', () => {
  it('a zcy detail response: the content string, with title, ms date (Beijing time), agency and region as hints', () => {
    const api = { success: true, result: { data: { title: '万秀区短视频制作及账号运营服务中标结果公告', author: '星河项目管理有限公司', publishDate: 1742486400000, districtName: '万秀区', content } } };
    const e = extractNotice({ html: JSON.stringify(api) });
    expect(e.title).toBe('万秀区短视频制作及账号运营服务中标结果公告');
    // 1742486400000 is 2025-03-20 16:00 UTC, already 2025-03-21 in Beijing
    expect(e.publishedAt).toBe('2025-03-21');
    expect(e.agency).toBe('星河项目管理有限公司');
    expect(e.lots.map((l) => [l.vendor, l.amountYuan])).toEqual([['星河映画文化传媒有限公司', 318600]]);
    expect([e.province, e.city, e.county]).toEqual(['广西壮族自治区', '梧州市', '万秀区']);
    expect(e.text.slice(e.lots[0].amountStart!, e.lots[0].amountEnd!)).toBe(e.lots[0].amountText);
  });

  it('a Jiangsu-style response with leading blank lines and a text summary in an array', () => {
    const raw = `\n\n\n${JSON.stringify({ msg: 'OK', data: [{ title: '星河区新媒体运营服务项目采购公告', publishDate: '2026-08-14 18:19:14', buyerName: '星河区融媒体中心', summary: '项目概况\n星河区新媒体运营服务项目的潜在投标人应在系统内获取招标文件。\n一、项目基本情况\n预算金额：60万元' }] })}`;
    expect(looksLikeJson(raw)).toBe(true);
    const e = extractNotice({ text: raw });
    expect(e.title).toBe('星河区新媒体运营服务项目采购公告');
    expect(e.kind).toBe('tender');
    expect(e.publishedAt).toBe('2026-08-14');
    expect(e.budgetYuan).toBe(600000);
    expect(e.buyer).toBe('星河区融媒体中心');
  });

  it('JSON with no notice text is told apart; text that merely starts with a brace is not JSON', () => {
    expect(isJsonWithoutNotice('{"ttlpage":1,"data":[{"title":"某项目招标公告","url":"http://x"}]}')).toBe(true);
    expect(isJsonWithoutNotice('{这不是JSON')).toBe(false);
    expect(noticeFromJson('{"a": [1, 2, {"b": "short"}]}')).toBeNull();
  });

  it('a deep or wide JSON document is walked within bounds', () => {
    let deep: unknown = { content: '<p>中标供应商：星河文化传媒有限公司</p><p>中标金额：100000元</p><p>……</p>' };
    for (let i = 0; i < 300; i++) deep = { x: deep };
    const wide = { items: Array.from({ length: 50_000 }, (_, i) => ({ id: i, title: `第${i}条` })) };
    expect(noticeFromJson(JSON.stringify(deep))).toBeNull();
    expect(noticeFromJson(JSON.stringify(wide))).toBeNull();
    // nesting deeper than JSON.parse can follow: no notice, no throw
    const e = extractNotice({ text: `${'{"a":'.repeat(100_000)}1${'}'.repeat(100_000)}` });
    expect(e.lots).toEqual([]);
  });

  it('a single-page app shell: the notice in a script\'s state object', () => {
    const state = { detail: { title: '星河区“星河发布”新媒体运营服务项目成交结果公告', noticeTime: '2025-04-03 17:20:05', regionName: '丹徒区', content: '<p>三、成交信息</p><p>供应商名称：星河金山映像文化传媒有限公司</p><p>成交金额：人民币叁拾壹万陆仟元整（¥316,000.00）</p><p>五、采购人：镇江市丹徒区融媒体中心</p>' } };
    const html = `<!DOCTYPE html><html><head><title>某省政府采购网</title></head><body><div id="app"></div><script>window.__STATE__=${JSON.stringify(state).replace(/<\//g, '<\\/')};</script></body></html>`;
    expect(noticeFromScripts(html)?.hints?.title).toBe(state.detail.title);
    const e = extractNotice({ html });
    expect(e.title).toBe(state.detail.title);
    expect(e.publishedAt).toBe('2025-04-03');
    expect(e.buyer).toBe('镇江市丹徒区融媒体中心');
    expect(e.lots.map((l) => [l.vendor, l.amountYuan])).toEqual([['星河金山映像文化传媒有限公司', 316000]]);
    expect(e.kind).toBe('award');
  });

  it('a page with its own text is read as it is, not from its scripts', () => {
    const body = '<h2>星河县融媒体中心短视频制作服务项目中标公告</h2>' + '<p>中标供应商：星河甲文化传媒有限公司</p><p>中标金额：386000元</p>'.repeat(4);
    const html = `<html><body>${body}<script>var x = {"content":"<p>中标供应商：另一家文化传媒有限公司</p><p>中标金额：999999元</p><p>……………………</p>"};</script></body></html>`;
    const e = extractNotice({ html });
    expect(e.lots.map((l) => [l.vendor, l.amountYuan])).toEqual([['星河甲文化传媒有限公司', 386000]]);
  });
});
