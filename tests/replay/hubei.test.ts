/**
 * The Hubei replay serves pages shaped like the real saved ones (tests/fixtures/hubei/), says on
 * every page that it is sample data, and answers 404 for what it does not know.
 */
import { readFileSync } from 'node:fs';
import * as cheerio from 'cheerio';
import { describe, expect, it } from 'vitest';
import { HUBEI_NOTICES, hubeiDetailPath, hubeiHandler } from '../../scrapers/replay/hubei.js';

const dir = new URL('../fixtures/hubei/', import.meta.url);
const get = (path: string) => hubeiHandler({ method: 'GET', path, query: new URLSearchParams(), body: '', headers: {} }, { baseUrl: 'http://127.0.0.1:1' });
const text = (path: string) => String(get(path)!.body);

/** The body's heading paragraphs (一、… 十、), in order. */
const headings = ($: cheerio.CheerioAPI) => $('div.art_con p').toArray().map((p) => $(p).text().trim()).filter((t) => /^[一二三四五六七八九十]+、/.test(t)).map((t) => t.split('、')[0]);

/** What an item's markup looks like, in the terms a parser relies on. */
const shape = ($$: cheerio.CheerioAPI, el: Parameters<cheerio.CheerioAPI>[0]) => ({
  children: $$(el).children().toArray().map((c) => (c as { tagName: string }).tagName),
  font: $$(el).find('a > font').attr('color'),
  target: $$(el).find('a').attr('target'),
  date: /^\d{4}-\d{2}-\d{2}$/.test($$(el).children('span').text()),
  bracket: /^\s*\[/.test($$(el).children('a').text()),
});

describe('hubei replay', () => {
  it('serves six notices: four video awards (one broken), two non-video', () => {
    expect(HUBEI_NOTICES).toHaveLength(6);
    expect(HUBEI_NOTICES.filter((n) => n.videoOps)).toHaveLength(4);
    expect(HUBEI_NOTICES.filter((n) => n.broken)).toHaveLength(1);
    expect(new Set(HUBEI_NOTICES.map((n) => n.id)).size).toBe(6);
  });

  it('the home tab copies the real list items: prefix in a red font, title text, span date', () => {
    const real = cheerio.load(readFileSync(new URL('list-1.html', dir), 'utf8'));
    const $ = cheerio.load(text('/'));
    const li = $('#area-1-4 ul.news-list-content > li');
    expect(li).toHaveLength(6);
    expect(shape($, li.get(0)!)).toEqual(shape(real, real('li').get(0)!));
    expect($('#area-1-4 ul').attr('class')).toBe(real('ul').attr('class'));
  });

  it('detail pages copy the real div.art_con: title span, header labels, numbered p pairs, 万元 award and fee', () => {
    const real = cheerio.load(readFileSync(new URL('detail-1.html', dir), 'utf8'));
    for (const n of HUBEI_NOTICES.filter((x) => !x.broken)) {
      const $ = cheerio.load(text(hubeiDetailPath(n)));
      expect($('div.art_con h2 > span').text()).toBe(n.title);
      const header = $('div.art_con h2').next('div').text();
      expect(header).toMatch(/^\s*发布日期：\d{4}-\d{2}-\d{2} \d{2}:\d{2}｜发布单位：.+｜项目监管地：.+\|阅读次数：/);
      expect(headings($)).toEqual(headings(real));
      expect($('div.art_con').text()).toContain(`中标（成交）金额：${n.amountWan}(万元)`);
      expect($('div.art_con').text()).toContain(`收费金额：${n.feeWan}(万元)`);
      expect($('meta[name=procwatch-sample]').attr('content')).toBe('replayed sample page, not a real announcement');
      expect($('div.art_con .procwatch-sample').text()).toBe('【样例数据·非真实公告】');
    }
  });

  it('the broken notice has no div.art_con; the home page is labelled; unknown paths are 404', () => {
    const broken = HUBEI_NOTICES.find((n) => n.broken)!;
    const $ = cheerio.load(text(hubeiDetailPath(broken)));
    expect($('div.art_con')).toHaveLength(0);
    expect($('body').text()).toContain(broken.title);
    const home = cheerio.load(text('/'));
    expect(home('meta[name=procwatch-sample]').attr('content')).toBe('replayed sample page, not a real announcement');
    expect(home('body').text()).toContain('【样例数据·非真实公告】');
    expect(get('/notice/202608/notice_ffffffffffffffffffffffffffffffff.html')).toBeNull();
    expect(get(`/notice/202501/notice_${HUBEI_NOTICES[0].id}.html`)).toBeNull();
  });
});
