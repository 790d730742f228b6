/**
 * A researcher sees what matched and why: the query's terms are marked where a result row shows
 * them (title, buyer, vendor; Latin letters case-insensitively), and a term the row shows
 * nowhere is named as found in the notice's text. What the query holds is escaped, never markup.
 * Over real HTTP on a real SQLite file.
 */
import * as cheerio from 'cheerio';
import { describe, expect, it } from 'vitest';
import type { Spec } from '../helpers/seed.js';
import { sharedSeededServer } from '../helpers/served.js';

const NJ: Spec['division'] = ['江苏省', '南京市', '鼓楼区', '320106'];

const row = ($: cheerio.CheerioAPI, id: number) => $(`#results tr[data-id="${id}"]`);

describe('search rows show what matched', () => {
  const extra: Spec[] = [
    { key: 'bodyOnly', kind: 'award', title: '南京市鼓楼区政务新媒体账号运营服务项目成交公告', buyer: '南京市鼓楼区人民政府办公室', code: 'GLZW-2025-1', date: '2025-03-01', division: NJ, service: 'account_operation', method: '竞争性磋商', lots: [{ vendor: '南京石城文化传媒有限公司', amount: 80000, text: '80000元' }], body: '服务内容：抖音、微信视频号账号日常运营，每月发布短视频8条。' },
    { key: 'latin', kind: 'award', title: '南京市鼓楼区文旅局Vlog短视频拍摄项目成交公告', buyer: '南京市鼓楼区文化和旅游局', code: 'GLWL-2025-2', date: '2025-04-01', division: NJ, service: 'video_production', method: '竞争性磋商', lots: [{ vendor: '南京<秦淮>影像工作室', amount: 50000, text: '50000元' }] },
  ];
  const s = sharedSeededServer({ extra });
  const page = async (q: string) => cheerio.load(await (await fetch(`${s.url}/search?${new URLSearchParams({ q })}`)).text());

  it('marks 抖音 in the titles that hold it and says when it is only in the text', async () => {
    const $ = await page('抖音');
    const ids = $('#results tbody tr')
      .map((_, tr) => Number($(tr).attr('data-id')))
      .get();
    expect(ids).toEqual(expect.arrayContaining([s.ids.whAward, s.ids.xhOutlier, s.ids.bodyOnly]));
    for (const key of ['whAward', 'xhOutlier'] as const) {
      const r = row($, s.ids[key]);
      expect(r.find('td.title-col mark').first().text(), key).toBe('抖音');
      expect(r.find('.in-text').length, key).toBe(0);
    }
    const body = row($, s.ids.bodyOnly);
    expect(body.find('mark').length).toBe(0);
    expect(body.find('.in-text').text()).toContain('正文含 in its text: 抖音');
    // every row says why it matched: a mark, or the words found only in its text
    $('#results tbody tr').each((_, tr) => {
      expect($(tr).find('mark').length + $(tr).find('.in-text').length, $(tr).attr('data-id')).toBeGreaterThan(0);
    });
  });

  it('marks buyers and vendors too, Latin letters whatever their case, and escapes what it marks', async () => {
    const $ = await page('vlog 秦淮');
    const r = row($, s.ids.latin);
    expect(r.length).toBe(1);
    expect(r.find('td.title-col mark').text()).toBe('Vlog');
    const vendorCell = r.find('a[href^="/vendors/"]');
    expect(vendorCell.find('mark').text()).toBe('秦淮');
    expect(vendorCell.text()).toBe('南京<秦淮>影像工作室');
    expect(vendorCell.html()).toContain('&lt;<mark>秦淮</mark>&gt;');
    expect(r.find('.in-text').length).toBe(0);
  });
});
