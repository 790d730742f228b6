/**
 * The Jiangsu replay answers in the real response's shape (tests/fixtures/jiangsu/detail-1.json:
 * leading blank lines, the record's keys in their order, left_lmList, cgxm), labels every
 * response as sample data, and answers 404 for what it does not know.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { JIANGSU_NOTICES, jiangsuHandler, jiangsuSummary } from '../../scrapers/replay/jiangsu.js';

const real = readFileSync(new URL('../fixtures/jiangsu/detail-1.json', import.meta.url), 'utf8');
const realJson = JSON.parse(real.trim());
const get = (path: string, query = '') => jiangsuHandler({ method: 'GET', path, query: new URLSearchParams(query), body: '', headers: {} }, { baseUrl: 'http://127.0.0.1:1' });
const detail = (ggid: string) => String(get('/pss/jsp/relevantCgggListByProjId.jsp', `gglb=zbgg&ggid=${ggid}&projId=`)!.body);
const feed = (area: string) => JSON.parse(String(get(`/jscms/js_lmapi/api/getArticeData/lists/z_jggg_${area}`)!.body));
const MARK = 'replayed sample page, not a real announcement';

describe('jiangsu replay', () => {
  it('serves six notices over areas 2-4: four video awards, one broken, one not video', () => {
    expect(JIANGSU_NOTICES).toHaveLength(6);
    expect(new Set(JIANGSU_NOTICES.map((n) => n.id)).size).toBe(6);
    expect(JIANGSU_NOTICES.filter((n) => n.broken)).toHaveLength(1);
    expect(JIANGSU_NOTICES.filter((n) => !n.videoOps)).toHaveLength(1);
    expect(feed('1')).toEqual({ 'procwatch-sample': MARK, note: '【样例数据·非真实公告】', code: 200, result: [] });
  });

  it('detail answers open with seven blank lines and copy the real record, left_lmList and cgxm', () => {
    const n = JIANGSU_NOTICES[0];
    const body = detail(n.id);
    expect(body.startsWith('\n'.repeat(7) + '{')).toBe(true);
    expect(real.startsWith('\n'.repeat(7) + '{')).toBe(true);
    const o = JSON.parse(body.trim());
    expect(o['procwatch-sample']).toBe(MARK);
    expect(Object.keys(o).filter((k) => k !== 'procwatch-sample' && k !== 'note')).toEqual(Object.keys(realJson));
    expect(Object.keys(o.data[0])).toEqual(Object.keys(realJson.data[0]));
    expect(Object.keys(o.cgxm)).toEqual(Object.keys(realJson.cgxm));
    expect(o.left_lmList.map((g: Array<{ ggCode: string }>) => g[0].ggCode)).toEqual(['zbgg', 'cgyx']);
    expect(o.data[0]).toMatchObject({ id: n.id, title: n.title, projNumber: n.projNumber, buyerName: n.buyerName, zoneCode: n.zoneCode, summary: jiangsuSummary(n) });
    expect(o.data[0].summary.startsWith('【样例数据·非真实公告】')).toBe(true);
    // like every summary of the real response, the side list's are cut to 160 characters
    expect(o.left_lmList[0][0].summary).toHaveLength(realJson.left_lmList[0][0].summary.length);
  });

  it('feeds list each area newest first with 160-character summaries; the preview-only notice is cut inside its amount', () => {
    const items = ['2', '3', '4'].flatMap((a) => feed(a).result);
    expect(items.map((i: { id: string }) => i.id)).toEqual(JIANGSU_NOTICES.map((n) => n.id));
    for (const i of items) expect(i.summary).toHaveLength(160);
    const p = JIANGSU_NOTICES.find((n) => n.previewOnly)!;
    const summary = JSON.parse(detail(p.id).trim()).data[0].summary as string;
    expect(summary).toHaveLength(160);
    expect(summary.endsWith('中标（成交）金额：32')).toBe(true);
  });

  it('the broken notice and unknown ids answer data: []; unknown paths are 404', () => {
    const b = JIANGSU_NOTICES.find((n) => n.broken)!;
    expect(JSON.parse(detail(b.id).trim())).toMatchObject({ msg: 'OK', data: [] });
    expect(JSON.parse(detail('0'.repeat(32)).trim())).toMatchObject({ msg: 'OK', data: [], 'procwatch-sample': MARK });
    expect(get('/jscms/js_lmapi/api/getArticeData/lists/z_jggg_9')).toBeNull();
    expect(get('/jiangsu/js_cggg/details.html', 'gglb=zbgg&ggid=x')).toBeNull();
  });
});
