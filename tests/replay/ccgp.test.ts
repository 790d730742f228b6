import * as cheerio from 'cheerio';
import { describe, expect, it } from 'vitest';
import {
  CCGP_CHANGED_LAYOUT_PREFIX,
  CCGP_LIST_PAGE_SIZE,
  ccgpBlockPage,
  ccgpCaptchaPage,
  ccgpChannelEntries,
  ccgpFixtureIndex,
  ccgpHandler,
} from '../../scrapers/replay/ccgp.js';
import { CCGP_CHANNELS } from '../../scrapers/replay/fixture-ccgp-spec.js';
import type { ReplayRequest } from '../../scrapers/replay/types.js';

const ctx = { baseUrl: 'http://127.0.0.1:40123' };
const get = (path: string, query = ''): ReplayRequest => ({ method: 'GET', path, query: new URLSearchParams(query), body: '', headers: {} });
const page = (path: string, query = ''): string => {
  const res = ccgpHandler(get(path, query), ctx);
  if (!res) throw new Error(`no page at ${path}`);
  expect(res.status).toBe(200);
  expect(res.headers?.['content-type']).toMatch(/text\/html; charset=utf-8/);
  return String(res.body);
};
const index = ccgpFixtureIndex();
/** the 42 files of shared/corpus/labels.jsonl */
const CORPUS_FILES =
  '002.txt 004.txt 006.txt 008.txt 010.txt 012.txt 015.txt 017.txt 019.txt 024.txt 025.txt 027.txt 029.txt 031.txt 034.txt 036.txt 038.txt 040.txt 042.txt 045.txt 047.txt ' +
  '048.txt 050.txt 053.txt gh-003.txt gh-005.txt gh-007.txt gh-010.txt gh-011.txt gh-013.txt gh-015.txt gh-017.txt gh-019.txt gh-021.txt gh-024.txt gh-026.txt gh-028.txt gh-029.txt gh-032.txt gh-034.txt gh-037.txt gh-039.html';

describe('ccgp fixture index', () => {
  it('serves the 42 corpus texts, 40+ modelled notices, 100 filler and one hostile notice', () => {
    const count = (o: string): number => index.filter((e) => e.origin === o).length;
    expect(count('corpus')).toBe(42);
    expect(count('modelled')).toBeGreaterThanOrEqual(40);
    expect(count('filler')).toBeGreaterThanOrEqual(100);
    expect(count('hostile')).toBe(1);
    const labelled = CORPUS_FILES.split(' ');
    expect(new Set(index.filter((e) => e.origin === 'corpus').map((e) => e.corpusFile))).toEqual(new Set(labelled));
    expect(new Set(index.map((e) => e.path)).size).toBe(index.length);
  });

  it('covers every notice kind, video-ops and negatives, and spreads over 2021–2026', () => {
    const modelled = index.filter((e) => e.origin === 'modelled');
    for (const k of ['tender', 'intention', 'single-source', 'award', 'contract', 'correction', 'failure']) {
      expect(modelled.some((e) => e.kind === k), k).toBe(true);
    }
    expect(modelled.filter((e) => !e.videoOps && /视频|LED|摄像机/.test(e.title)).length).toBeGreaterThanOrEqual(6);
    const years = new Set(index.filter((e) => e.origin !== 'corpus').map((e) => e.pubTime.slice(0, 4)));
    for (const y of ['2021', '2022', '2023', '2024', '2025', '2026']) expect(years.has(y), y).toBe(true);
    expect(new Set(index.map((e) => e.zone).filter(Boolean)).size).toBeGreaterThanOrEqual(25);
  });
});

describe('ccgp expected values (modelled notices)', () => {
  it('every modelled notice has an oracle whose vendors, labels and totals the page itself states', () => {
    const modelled = index.filter((e) => e.origin === 'modelled');
    for (const e of modelled) {
      expect(e.expected, e.title).toBeDefined();
      const $ = cheerio.load(page(e.path));
      const body = $('div.vF_detail_content').text();
      for (const lot of e.expected!.lots) {
        expect(body, e.title).toContain(lot.vendor);
        if (lot.label) expect(body, e.title).toContain(lot.label);
      }
      const pairs = new Map<string, string>();
      $('div.table td.title').each((_, td) => void pairs.set($(td).text(), $(td).next().text()));
      const total = pairs.get('总中标金额') ?? pairs.get('总成交金额');
      const amounts = e.expected!.lots.map((l) => l.amountYuan);
      if (total && e.kind === 'award') {
        const sum = amounts.reduce<number>((s, a) => s + (a ?? 0), 0);
        expect(total, e.title).toBe(`￥${(sum / 10000).toFixed(6)} 万元（人民币）`);
      }
      if (amounts.includes(null)) expect(total, e.title).toBeUndefined(); // a rate or unit price is never a total
      if (e.expected!.budgetYuan != null) expect(pairs.get('预算金额')).toBe(`￥${(e.expected!.budgetYuan / 10000).toFixed(6)} 万元（人民币）`);
    }
    expect(modelled.filter((e) => e.kind === 'award' && e.expected!.lots.length > 1).length).toBeGreaterThanOrEqual(6);
    expect(modelled.filter((e) => e.expected!.lots.some((l) => l.amountYuan === null)).length).toBeGreaterThanOrEqual(2);
  });

  it('the correction of the 平江县 award is published after it, under the same project code', () => {
    const award = index.find((e) => e.projectCode === 'PJCG-2023-0417' && e.kind === 'award')!;
    const corr = index.find((e) => e.projectCode === 'PJCG-2023-0417' && e.kind === 'correction')!;
    expect(corr.pubTime > award.pubTime).toBe(true);
    expect(corr.channel).toBe('gzgg');
    const text = cheerio.load(page(corr.path))('div.vF_detail_content').text();
    expect(text).toContain(award.title);
    expect(text).toContain('486000.00元');
    expect(text).toContain('468000.00元');
  });
});

describe('ccgp detail pages', () => {
  it('every page has the real detail structure and the sample marker', () => {
    for (const e of index) {
      const $ = cheerio.load(page(e.path));
      expect($('meta[name=ArticleTitle]').attr('content'), e.path).toBe(e.title);
      expect($('meta[name=PubDate]').attr('content')).toBe(e.pubTime);
      expect($('meta[name=procwatch-sample]').length).toBe(1);
      expect($('body').text()).toContain('【样例数据·非真实公告】');
      expect($('div.vF_deail_currentloc').text()).toContain(e.scope === 'zygg' ? '中央公告' : '地方公告');
      expect($('div.vF_detail_header h2.tc').text()).toBe(e.title);
      expect($('span#pubTime').text()).toMatch(/^\d{4}年\d{2}月\d{2}日 \d{2}:\d{2}$/);
      expect($('div.table td.title').length).toBeGreaterThan(0);
      expect($('div.vF_detail_content_container > div.vF_detail_content').text().trim().length).toBeGreaterThan(100);
      expect($('script#keyparam').attr('src')).toBe('/_bot_sbu/sbu_fpcm.js');
    }
  });

  it('summary box pairs label and value cells, two pairs per row where the real page has them', () => {
    const e = index.find((x) => x.origin === 'modelled' && x.title.startsWith('成都市公安局'))!;
    const $ = cheerio.load(page(e.path));
    const pairs = new Map<string, string>();
    $('div.table td.title').each((_, td) => void pairs.set($(td).text(), $(td).next().text()));
    expect(pairs.get('采购单位')).toBe('成都市公安局');
    expect(pairs.get('总中标金额')).toBe('￥113.650000 万元（人民币）');
    expect(pairs.get('行政区域')).toBe('成都市');
    expect($('div.table tr').filter((_, tr) => $(tr).find('td.title').length === 2).length).toBeGreaterThan(0);
    const body = $('div.vF_detail_content').text();
    expect(body).toContain('01包');
    expect(body).toContain('688500.00元');
  });

  it('the real sample page keeps its URL, summary and lots; the expert list is capped', () => {
    const $ = cheerio.load(page('/cggg/dfgg/zbgg/202505/t20250527_24670758.htm'));
    expect($('div.table').text()).toContain('￥668.790000 万元（人民币）');
    expect($('div.vF_detail_content').text()).toContain('中标（成交）金额：6687920.0元');
    expect($('div.table').text().length).toBeLessThan(3000);
  });

  it('corpus pages carry the corpus text as paragraphs', () => {
    const e = index.find((x) => x.corpusFile === '015.txt')!;
    const $ = cheerio.load(page(e.path));
    expect($('div.vF_detail_content p').first().text()).toBe('关于《手语新闻》节目制作播出项目作为单一来源项目进行采购的公示');
    expect(e.channel).toBe('dylygg');
  });

  it('serves the changed-layout variant with its body container renamed', () => {
    const path = '/cggg/dfgg/zbgg/202505/t20250527_24670758.htm';
    const $ = cheerio.load(page(CCGP_CHANGED_LAYOUT_PREFIX + path));
    expect($('div.vF_detail_content').length).toBe(0);
    expect($('div.vF_detail_content_container').length).toBe(0);
    expect($('div.vF_detail_header h2.tc').text()).toContain('空调采购');
    expect(ccgpHandler(get(CCGP_CHANGED_LAYOUT_PREFIX + index.find((e) => e.origin === 'filler')!.path), ctx)).toBeNull();
  });

  it('unknown paths and other methods get null', () => {
    expect(ccgpHandler(get('/cggg/dfgg/zbgg/202505/t20250527_1.htm'), ctx)).toBeNull();
    expect(ccgpHandler(get('/robots.txt'), ctx)).toBeNull();
    expect(ccgpHandler(get('/cggg/../../tests/fixtures/ccgp/index.json'), ctx)).toBeNull();
    expect(ccgpHandler(get(CCGP_CHANGED_LAYOUT_PREFIX + '/../index.json'), ctx)).toBeNull();
    expect(ccgpHandler(get('/cggg/dfgg/nochannel/index.htm'), ctx)).toBeNull();
    expect(ccgpHandler({ ...get('/bxsearch'), method: 'POST' }, ctx)).toBeNull();
  });
});

describe('ccgp channel lists', () => {
  it('pages every channel by file name, 20 per page, newest first, and links resolve', () => {
    let listed = 0;
    for (const scope of ['zygg', 'dfgg']) {
      for (const channel of Object.keys(CCGP_CHANNELS)) {
        const all = ccgpChannelEntries(scope, channel);
        const pages = Math.max(1, Math.ceil(all.length / CCGP_LIST_PAGE_SIZE));
        const seen: string[] = [];
        for (let p = 0; p < pages; p++) {
          const $ = cheerio.load(page(`/cggg/${scope}/${channel}/${p === 0 ? 'index.htm' : `index_${p}.htm`}`));
          const lis = $('ul.c_list_bid > li');
          expect(lis.length).toBe(Math.min(CCGP_LIST_PAGE_SIZE, all.length - p * CCGP_LIST_PAGE_SIZE));
          lis.each((_, li) => {
            const a = $(li).find('a[href][title]');
            expect(a.attr('href')).toMatch(/^\.\/\d{6}\/t\d{8}_\d+\.htm$/);
            const path = new URL(a.attr('href')!, `http://x/cggg/${scope}/${channel}/index.htm`).pathname;
            const ems = $(li).find('em');
            expect(ems.eq(0).text()).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$/);
            seen.push(ems.eq(0).text());
            expect(index.find((e) => e.path === path)?.buyer ?? '').toBe(ems.eq(2).text());
            listed++;
          });
        }
        expect(seen.toSorted().toReversed()).toEqual(seen);
        expect(ccgpHandler(get(`/cggg/${scope}/${channel}/index_${pages}.htm`), ctx)).toBeNull();
      }
    }
    expect(listed).toBe(index.length);
    expect(Math.ceil(ccgpChannelEntries('dfgg', 'zbgg').length / 20)).toBeGreaterThanOrEqual(3);
  });
});

const q = (params: Record<string, string>): cheerio.CheerioAPI =>
  cheerio.load(page('/bxsearch', new URLSearchParams({ searchtype: '1', page_index: '1', bidSort: '0', pinMu: '0', bidType: '0', dbselect: 'bidx', kw: '', timeType: '6', start_time: '2000:01:01', end_time: '2030:12:31', displayZone: '', zoneId: '', ...params }).toString()));
const total = ($: cheerio.CheerioAPI): number => Number($('body > div').eq(4).children('div').first().find('p').first().find('span').eq(1).text());

describe('ccgp bxsearch', () => {
  it('an empty keyword lists everything, 20 a page, with Pager, a.next and ohtmlurls', () => {
    const $ = q({});
    expect(total($)).toBe(index.length);
    const lis = $('ul.vT-srch-result-list-bid > li');
    expect(lis.length).toBe(20);
    expect($('a.next').attr('href')).toContain('page_index=2');
    expect($.html()).toContain(`Pager({size: ${Math.ceil(index.length / 20)}, current: 0})`);
    const urls = /var ohtmlurls="([^"]*)"/.exec($.html())![1].split(',');
    expect(urls).toEqual(lis.map((_, li) => $(li).find('a').attr('href')).get());
    // Absolute to the real portal, as on the live site: the scraper rebases them.
    expect(urls[0].startsWith('http://www.ccgp.gov.cn/cggg/')).toBe(true);
    expect($('a.next').attr('href')).toMatch(/^http:\/\/search\.ccgp\.gov\.cn\/bxsearch\?/);
    const meta = lis.first().find('span').text();
    expect(meta).toMatch(/^\d{4}\.\d{2}\.\d{2} \d{2}:\d{2}:\d{2} \| 采购人：.* \| 代理机构：/);
    expect(lis.first().find('span strong').length).toBe(2);
    const last = q({ page_index: String(Math.ceil(index.length / 20)) });
    expect(last('a.next').length).toBe(0);
  });

  it('title vs full-text search, keyword highlighted in red', () => {
    const byTitle = q({ kw: '短视频' });
    const byText = q({ kw: '短视频', searchtype: '2' });
    expect(total(byTitle)).toBe(index.filter((e) => e.title.includes('短视频')).length);
    expect(total(byText)).toBeGreaterThan(total(byTitle));
    expect(byTitle('ul.vT-srch-result-list-bid > li a font[color=red]').first().text()).toBe('短视频');
  });

  it('filters by bidType, bidSort, zone and date window', () => {
    const awards = q({ bidType: '7' });
    expect(total(awards)).toBe(index.filter((e) => e.channel === 'zbgg').length);
    awards('ul.vT-srch-result-list-bid > li span strong:first-of-type').each((_, s) => void expect(awards(s).text()).toBe('中标公告'));
    expect(total(q({ bidSort: '1' }))).toBe(index.filter((e) => e.scope === 'zygg').length);
    expect(total(q({ zoneId: '43', displayZone: '湖南' }))).toBe(index.filter((e) => e.zoneId === '43').length);
    expect(total(q({ displayZone: '湖南' }))).toBe(index.filter((e) => e.zoneId === '43').length);
    expect(total(q({ pinMu: '2' }))).toBe(index.filter((e) => e.pinMu === 2).length);
    expect(total(q({ buyerName: '融媒体中心' }))).toBe(index.filter((e) => (e.buyer ?? '').includes('融媒体中心')).length);
    const win = q({ start_time: '2024:01:01', end_time: '2024:06:30' });
    expect(total(win)).toBe(index.filter((e) => e.pubTime >= '2024-01-01' && e.pubTime.slice(0, 10) <= '2024-06-30').length);
  });

  it('shows the no-results text when nothing matches', () => {
    const $ = q({ kw: '不存在的关键词组合' });
    expect(total($)).toBe(0);
    expect($('body').text()).toContain('抱歉，没有找到相关数据');
    expect($('ul.vT-srch-result-list-bid').length).toBe(0);
  });
});

describe('hostile notice and fault pages', () => {
  const hostile = index.find((e) => e.origin === 'hostile')!;

  it('keeps its script tags, quotes and & as text and weighs about 1 MB', () => {
    expect(hostile.title).toContain('<script>alert(1)</script>');
    expect(hostile.title).toMatch(/["'&]/);
    const html = page(hostile.path);
    expect(Buffer.byteLength(html)).toBeGreaterThan(1_000_000);
    expect(html).not.toContain('<script>alert(1)</script>');
    const $ = cheerio.load(html);
    expect($('div.vF_detail_header h2.tc').text()).toBe(hostile.title);
    expect(hostile.videoOps).toBe(true);
  });

  it('appears in its channel list and in search', () => {
    const $ = cheerio.load(page('/cggg/dfgg/zbgg/index.htm'));
    const titles = $('ul.c_list_bid > li a').map((_, a) => $(a).attr('title')).get();
    const listed = ccgpChannelEntries('dfgg', 'zbgg').findIndex((e) => e.origin === 'hostile');
    expect(listed).toBeGreaterThanOrEqual(0);
    if (listed < 20) expect(titles).toContain(hostile.title);
    const s = cheerio.load(page('/bxsearch', 'searchtype=1&kw=alert&timeType=6&start_time=2026:01:01&end_time=2026:12:31'));
    expect(s('ul.vT-srch-result-list-bid > li a').first().text().trim()).toBe(hostile.title);
  });

  it('block and captcha pages carry the markers scrapers look for', () => {
    const block = ccgpBlockPage('203.0.113.7');
    expect(block).toContain('<title>频繁访问!</title>');
    expect(block).toContain('访问过于频繁');
    expect(block).toContain('203.0.113.7');
    expect(ccgpBlockPage('<x>')).not.toContain('<x>');
    expect(ccgpCaptchaPage()).toMatch(/验证码[\s\S]*|安全验证/);
  });
});
