import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import * as cheerio from 'cheerio';
import { createApp } from '../../server/app.js';
import { startServer } from '../../server/index.js';
import { seedDb, SEED_EXPECTED, type Seeded, type Spec } from '../helpers/seed.js';

describe('dashboard routes on a seeded temp database', () => {
  let s: Seeded;
  let app: ReturnType<typeof createApp>;
  const get = async (path: string) => {
    const res = await app.request(path);
    return { res, text: await res.text() };
  };
  const page = async (path: string) => {
    const { res, text } = await get(path);
    expect(res.status, path).toBe(200);
    return cheerio.load(text);
  };
  beforeAll(() => {
    s = seedDb();
    app = createApp(s.db, { logError: () => {} });
  });
  afterAll(() => s.close());

  it('overview counts each awarded lot once, names what it left out, and shows the banner', async () => {
    const $ = await page('/');
    expect(Number($('#total-yuan').attr('data-yuan'))).toBe(SEED_EXPECTED.videoSpendYuan);
    expect($('#counted-lots').text()).toBe(String(SEED_EXPECTED.countedContracts));
    expect($('#sample-banner').text()).toContain('样例数据 / sample data');
    const reasons = $('.left-out li').map((_, el) => $(el).attr('data-reason')).get();
    expect(reasons).toEqual(expect.arrayContaining(['superseded', 'rate', 'unit_price', 'project_failed']));
    // The issue-2 list: every row links to its source, the CCTV award is not video ops.
    const rows = $('#contracts tbody tr');
    expect(rows.length).toBe(9);
    rows.each((_, tr) => expect($(tr).find('a.source').attr('href')).toMatch(/^http:\/\/www\.ccgp\.gov\.cn\//));
    expect($('#contracts').text()).not.toContain('视频监控');
    // Each row's buyer and the vendors of its counted lots link to their profiles (a correction
    // that superseded its award names the corrected winner).
    const xh = $(`#contracts tr[data-id="${s.ids.xhCorrection}"]`);
    const buyer = xh.find('a[href^="/buyers/"]');
    const vendors = xh.find('a[href^="/vendors/"]');
    expect(buyer.length).toBe(1);
    expect(vendors.length).toBeGreaterThan(0);
    for (const a of [buyer.first(), vendors.first()]) {
      const profile = await page(a.attr('href')!);
      expect(profile('#party-name').text()).toContain(a.text());
    }
    // Freshness: a partial run counts as completed, not as successful, and the page says what partial means.
    expect($('#freshness th').eq(1).text()).toBe('最近完成抓取 Last completed run');
    expect($('#freshness-note').text()).toMatch(/partial means it finished but some pages could not be fetched or read/);
    // "All of them" continues the latest list in its order (newest first), not sorted by amount.
    const latest = $('#contracts tbody tr').map((_, tr) => Number($(tr).attr('data-id'))).get();
    const all = await page($('#latest-all').attr('href')!);
    expect(all('#results tbody tr').map((_, tr) => Number(all(tr).attr('data-id'))).get().slice(0, latest.length)).toEqual(latest);
    const chart = JSON.parse($('#chart-province-data').text());
    expect(chart.labels).toContain('浙江省');
    expect(chart.series[0].data[chart.labels.indexOf('浙江省')]).toBe(SEED_EXPECTED.provinceSpend['330000']);
    // Every bar links somewhere: a province to its page, 中央/未知 to the search for its notices.
    expect(chart.labels).toContain('中央/未知');
    expect(chart.links.every((l: string | null) => typeof l === 'string' && l.length > 0)).toBe(true);
    expect(chart.links[chart.labels.indexOf('中央/未知')]).toMatch(/^\/search\?.*region=none/);
  });

  it("the overview's top buyers and vendors link to searches whose totals are their notice counts (a vendor's as the consortium lead)", async () => {
    const $ = await page('/');
    for (const table of ['#top-buyers', '#top-vendors']) {
      const links = $(`${table} a.count`);
      expect(links.length, table).toBeGreaterThan(0);
      for (const a of links.toArray()) {
        const href = $(a).attr('href')!;
        if (table === '#top-vendors') expect(href).toContain('lead=1');
        const found = await page(href);
        expect(Number(found('#total').attr('data-total')), href).toBe(Number($(a).attr('data-n')));
      }
    }
  });

  it('a search by vendor says its amounts are whole awards and links the vendor\'s own total', async () => {
    const contract = await page(`/contracts/${s.ids.scMulti}`);
    const href = contract('#lots a[href^="/vendors/"]').first().attr('href')!;
    const id = href.split('/').pop();
    const $ = await page(`/search?vendor_id=${id}`);
    expect($('#results tbody tr').map((_, el) => Number($(el).attr('data-id'))).get()).toContain(s.ids.scMulti);
    expect($('#vendor-amount-note').text()).toContain('whole award');
    expect($('#vendor-amount-note a').attr('href')).toBe(href);
    expect((await page('/search?q=' + encodeURIComponent('融媒体')))('#vendor-amount-note').length).toBe(0);
    // the method select glosses the portals' methods in English, its values as written
    expect($('#f-method option[value="公开招标"]').text()).toBe('公开招标 (open tender)');
  });

  it('GET /api/contracts has the issue-2 shape and pages', async () => {
    const body = JSON.parse((await get('/api/contracts?limit=2&offset=1')).text);
    expect(body.total).toBe(9);
    expect(body.items).toHaveLength(2);
    expect(Object.keys(body.items[0]).toSorted()).toEqual(['amountYuan', 'buyer', 'city', 'county', 'id', 'province', 'publishedAt', 'sourceUrl', 'title', 'vendor'].toSorted());
    const all = JSON.parse((await get('/api/contracts?limit=100')).text);
    const xh = all.items.find((i: { id: number }) => i.id === s.ids.xhCorrection);
    expect(xh.amountYuan).toBe(248000);
    expect(all.items.some((i: { id: number }) => i.id === s.ids.xhAward)).toBe(false);
  });

  it('search finds two-character terms through the bigram index and 3+ through trigram', async () => {
    const $ = await page('/search?q=' + encodeURIComponent('抖音'));
    const ids = $('#results tbody tr').map((_, el) => Number($(el).attr('data-id'))).get();
    expect(ids.toSorted()).toEqual([s.ids.whAward, s.ids.xhOutlier].toSorted());
    expect(Number($('#total').attr('data-total'))).toBe(2);
    const api = JSON.parse((await get('/api/search?q=' + encodeURIComponent('短视频 成都'))).text);
    expect(api.items.map((i: { id: number }) => i.id).toSorted()).toEqual([s.ids.jnUnit].toSorted());
    expect(api.terms).toEqual({ trigram: ['短视频'], bigram: ['成都'] });
  });

  it('search results link each vendor of a notice to its profile, once per party', async () => {
    const c = s.db.$client;
    const $ = await page('/search?per=100');
    let linked = 0;
    for (const tr of $('#results tbody tr').toArray()) {
      const id = Number($(tr).attr('data-id'));
      const expected = c
        .prepare('SELECT DISTINCT v.party_id FROM lots l JOIN lot_vendors v ON v.lot_id = l.id WHERE l.notice_id = ? AND v.party_id IS NOT NULL')
        .pluck()
        .all(id) as number[];
      const hrefs = $(tr).find('a[href^="/vendors/"]').map((_, a) => $(a).attr('href')).get();
      expect(hrefs.toSorted(), `notice ${id}`).toEqual(expected.map((p) => `/vendors/${p}`).toSorted());
      linked += hrefs.length;
    }
    expect(linked).toBeGreaterThan(5);
    // The JSON twin carries the same parties.
    const api = JSON.parse((await get(`/api/search?per=100`)).text) as { items: { id: number; vendors: { id: number; name: string }[] }[] };
    expect(api.items.some((i) => i.vendors.length > 1)).toBe(true);
  });

  it('search filters narrow by region, kind, video ops, amount and vendor name variant', async () => {
    const ids = async (qs: string) => JSON.parse((await get(`/api/search?${qs}&per=100`)).text).items.map((i: { id: number }) => i.id);
    const zj = await ids('region=330000');
    expect(zj).toContain(s.ids.nbRate);
    expect(zj).not.toContain(s.ids.nsAward);
    expect(await ids('region=330106&video=1&kind=award')).toEqual(expect.arrayContaining([s.ids.xhAward, s.ids.xhOutlier]));
    expect(await ids('region=330106&video=1&kind=award')).not.toContain(s.ids.cctv);
    expect(await ids('min=1000000&video=1&sort=amount_desc')).toEqual([s.ids.xhOutlier, s.ids.central]);
    // Three spellings of one vendor (（杭州）, 有限责任公司) group under one party.
    expect((await ids('vendor=' + encodeURIComponent('星辰传媒'))).toSorted()).toEqual([s.ids.xhAward, s.ids.xhCorrection, s.ids.scMulti, s.ids.hzPromo].toSorted());
    const region3 = JSON.parse((await get('/api/search?region=330000&region=330100&region=330106')).text);
    expect(region3.filters.region).toBe('330106');
  });

  it('a submitted search form lands on the short URL of the same search, worth sharing', async () => {
    const form = `/search?q=${encodeURIComponent('抖音')}&from=&to=&region=330000&region=330100&region=&kind=&service=&method=&min=&max=&buyer=&vendor=&video=1&sort=`;
    const { res } = await get(form);
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe(`/search?q=${encodeURIComponent('抖音')}&region=330100&video=1`);
    const empty = await get('/search?q=&from=&to=&region=&kind=&sort=');
    expect([empty.res.status, empty.res.headers.get('location')]).toEqual([303, '/search']);
    // A link (no empty value, no repeated key) is answered as it is, in any order; a bad value is still a 400.
    expect((await get('/search?video=1&q=' + encodeURIComponent('抖音'))).res.status).toBe(200);
    expect((await get('/search?min=abc&q=')).res.status).toBe(400);
  });

  it('rejects invalid parameters with 400 and one JSON error shape under /api', async () => {
    for (const qs of ['from=2024-13-45', 'min=abc', 'sort=random', 'region=33', 'page=0', 'kind=nonsense', 'min=10&max=5']) {
      const { res, text } = await get(`/api/search?${qs}`);
      expect(res.status, qs).toBe(400);
      const body = JSON.parse(text);
      expect(Object.keys(body).toSorted()).toEqual(['error', 'ok', 'status']);
      expect(body.ok).toBe(false);
      expect(body.status).toBe(400);
      expect(body.error.length).toBeGreaterThan(5);
    }
    const html = await get('/search?from=yesterday');
    expect(html.res.status).toBe(400);
    expect(cheerio.load(html.text)('#error-message').text()).toContain('from must be a date');
    expect((await get('/api/contracts/999999')).res.status).toBe(404);
    expect(JSON.parse((await get('/api/nothing-here')).text)).toEqual({ ok: false, error: 'no page at /api/nothing-here', status: 404 });
    const nf = await get('/contracts/999999');
    expect(nf.res.status).toBe(404);
    expect(cheerio.load(nf.text)('h1').text()).toContain('Not found');
    expect((await get('/regions/990000')).res.status).toBe(404);
    expect((await get('/regions/3301')).res.status).toBe(400);
    expect((await get('/vendors/0')).res.status).toBe(400);
    expect((await get('/compare?metric=bananas')).res.status).toBe(400);
  });

  it('renders the hostile notice as text: no script element, no live handler, escaped JSON', async () => {
    const { text } = await get(`/contracts/${s.ids.hostile}`);
    const $ = cheerio.load(text);
    expect($('#notice-title').text()).toContain('<script>alert("pw")</script>');
    expect($('script').filter((_, el) => !$(el).attr('src') && $(el).attr('type') !== 'application/json').length).toBe(0);
    expect($('img').length).toBe(0);
    expect(text).not.toContain('<script>alert');
    expect($('#source-text').text().length).toBeGreaterThan(150_000);
    const search = await get('/search?q=' + encodeURIComponent('运营'));
    expect(search.text).not.toContain('<img src=x');
    // Embedded chart JSON never carries a raw "<".
    const home = await get('/');
    const jsonBlocks = cheerio.load(home.text)('script[type="application/json"]').map((_, el) => cheerio.load(home.text)(el).html()).get();
    for (const j of jsonBlocks) expect(j).not.toContain('<');
  });

  it('contract page highlights evidence, lists the project with corrections applied, links the archive', async () => {
    const $ = await page(`/contracts/${s.ids.xhAward}`);
    expect($('mark[data-field="buyer"]').text()).toBe('杭州市西湖区司法局');
    expect($('#lots tr[data-counted="0"]').length).toBe(1);
    const statuses = $('#project li').map((_, el) => `${$(el).attr('data-id')}:${$(el).attr('data-status')}`).get();
    expect(statuses).toEqual([`${s.ids.xhIntention}:no_outcome`, `${s.ids.xhTender}:no_outcome`, `${s.ids.xhAward}:superseded`, `${s.ids.xhCorrection}:counted`]);
    const raw = await app.request($('#raw-link').attr('href')!);
    expect(raw.headers.get('content-type')).toMatch(/^text\/plain/);
    expect(raw.headers.get('content-security-policy')).toContain('sandbox');
    expect(await raw.text()).toContain('<script>document.title="live"</script>');
  });

  it('region pages drill down province → city → county with siblings and medians', async () => {
    const p = await page('/regions/330000');
    expect(Number(p('#region-total').attr('data-yuan'))).toBe(SEED_EXPECTED.provinceSpend['330000']);
    expect(p('#children tr[data-code="330100"] a').attr('href')).toBe('/regions/330100');
    expect(p('#siblings tr[data-code="440000"]').length).toBe(1);
    const city = await page('/regions/330100');
    expect(city('#children tr[data-code="330106"]').length).toBe(1);
    expect(city('#children').text()).toContain('市本级');
    const county = await page('/regions/330106');
    expect(county('#crumbs a').map((_, a) => county(a).text()).get()).toEqual(['全国 All', '浙江省', '杭州市', '西湖区']);
    expect(county('#siblings tr[data-code="330102"]').length).toBe(1);
    const med = county('#per-service tr[data-service="account_operation"] .amount').eq(0).attr('data-yuan');
    expect(Number(med)).toBe((248000 + 2500000) / 2);
    const api = JSON.parse((await get('/api/regions/330106')).text);
    expect(api.totalYuan).toBe(248000 + 2500000 + 10000);
    // Months with no spending are explicit zeros between the first and the last.
    expect(api.perMonth.map((m: { month: string }) => m.month)).toEqual(['2024-03', '2024-04', '2024-05', '2024-06', '2024-07', '2024-08']);
    expect(api.perMonth[1].yuan).toBe(0);
    // Year by year as a table too (not only a chart's hover), each year linked to its notices.
    const years = county('#region-per-year tbody tr').map((_, tr) => ({ year: county(tr).attr('data-year'), yuan: Number(county(tr).find('.amount').attr('data-yuan')), lots: Number(county(tr).find('.count').attr('data-n')) })).get();
    expect(years).toEqual(api.perYear.map((y: { year: string; yuan: number; lots: number }) => ({ year: y.year, yuan: y.yuan, lots: y.lots })));
    expect(county('#region-per-year tr[data-year="2024"] a.amount').attr('href')).toBe('/search?counted=1&sort=amount_desc&region=330106&from=2024-01-01&to=2024-12-31');
    // Its prices set beside the parent's, and a lone region says it has no sibling to compare with.
    expect(county('#compare-parent a').attr('href')).toBe('/compare?region=330100');
    expect(county('#lone-sibling').length).toBe(0);
    const lone = await page('/regions/440305');
    expect(lone('#siblings tbody tr').length).toBe(1);
    expect(lone('#lone-sibling').text()).toContain('no other county of 深圳市 has counted spending');
  });

  it('vendor page groups name variants and shows its share of each region', async () => {
    const $ = await page('/api/contracts?limit=1'.replace(/.*/, `/contracts/${s.ids.scMulti}`));
    const vendorHref = $('#lots a[href^="/vendors/"]').first().attr('href')!;
    const v = await page(vendorHref);
    const names = v('#names li').map((_, el) => v(el).text()).get().join('|');
    expect(names).toContain('杭州星辰传媒有限公司');
    expect(names).toContain('杭州星辰传媒有限责任公司');
    expect(Number(v('#party-total').attr('data-yuan'))).toBe(248000 + 120000 + 600000);
    const share = Number(v('#regions tr[data-code="330102"] [data-share]').attr('data-share'));
    expect(share).toBeCloseTo(120000 / 200000);
    const b = await page(`/buyers/${JSON.parse((await get(`/api/contracts/${s.ids.xhAward}`)).text).notice.buyerPartyId}`);
    expect(Number(b('#party-total').attr('data-yuan'))).toBe(248000);
  });

  it('party pages list each counterpart with its share of the party\'s counted amount, and mark half or more for review', async () => {
    const c = s.db.$client;
    const buyers = c.prepare(`SELECT buyer_party_id AS id FROM spend_facts WHERE counted = 1 AND is_video_ops = 1 AND buyer_party_id IS NOT NULL GROUP BY 1`).pluck().all() as number[];
    expect(buyers.length).toBeGreaterThan(1);
    for (const id of buyers) {
      const expected = c
        .prepare(`SELECT vendor_party_id AS id, sum(amount_yuan) AS yuan, count(*) AS lots FROM spend_facts WHERE counted = 1 AND is_video_ops = 1 AND buyer_party_id = ? GROUP BY 1`)
        .all(id) as { id: number | null; yuan: number; lots: number }[];
      const total = expected.reduce((t, r) => t + r.yuan, 0);
      const lots = expected.reduce((t, r) => t + r.lots, 0);
      const $ = await page(`/buyers/${id}`);
      const rows = $('#partners tbody tr');
      expect(rows.length, `buyer ${id}`).toBe(expected.length);
      for (const e of expected) {
        const tr = $(`#partners tr[data-party="${e.id ?? ''}"]`);
        expect(Number(tr.find('.amount').attr('data-yuan')), `buyer ${id} vendor ${e.id}`).toBe(e.yuan);
        expect(Number(tr.find('[data-share]').attr('data-share'))).toBeCloseTo(e.yuan / total);
        expect(tr.hasClass('review'), `buyer ${id} vendor ${e.id}`).toBe(e.id !== null && e.yuan / total >= 0.5 && e.lots >= 2 && lots >= 3);
      }
      expect($('#review-note').length).toBe($('#partners tr.review').length ? 1 : 0);
    }
    // Its counted amount by procurement method adds up to its total.
    const b = JSON.parse((await get(`/api/buyers/${buyers[0]}`)).text);
    expect(b.methods.reduce((t: number, m: { yuan: number }) => t + m.yuan, 0)).toBe(b.totalYuan);
    const nanshan = c.prepare(`SELECT buyer_party_id FROM notices WHERE id = ?`).pluck().get(s.ids.nsAward) as number;
    const $ns = await page(`/buyers/${nanshan}`);
    expect(Number($ns('#methods tr[data-method="公开招标"] .amount').attr('data-yuan'))).toBe(450000);
    // The method is glossed in English, on the party's page and on the notice's.
    expect($ns('#methods tr[data-method="公开招标"] a').text()).toBe('公开招标 (open tender)');
    const ns = await page(`/contracts/${s.ids.nsAward}`);
    expect(ns('#fields tr[data-field="procurementMethod"] td').text()).toContain('公开招标 (open tender)');
    // The other way round: a vendor's buyers.
    const v = JSON.parse((await get(`/api/vendors/${(c.prepare('SELECT vendor_party_id FROM spend_facts WHERE counted = 1 AND vendor_party_id IS NOT NULL LIMIT 1').pluck().get() as number)}`)).text);
    expect(v.partners.reduce((t: number, p: { yuan: number }) => t + p.yuan, 0)).toBe(v.totalYuan);
  });

  it('marks a vendor with half or more of a buyer\'s counted spending over three lots for review', async () => {
    // A buyer of its own with three counted lots: two to one vendor (80%), one to another.
    const buyer = '湖州市吴兴区融媒体中心';
    const place: Spec['division'] = ['浙江省', '湖州市', '吴兴区', '330502'];
    const award = (n: number, vendor: string, amount: number): Spec => ({
      key: `wx${n}`, kind: 'award', title: `${buyer}短视频运营服务项目${n}中标公告`, buyer, code: `WX-2024-${n}`, date: `2024-0${n}-01`, division: place,
      service: 'account_operation', method: '公开招标', lots: [{ vendor, amount, text: `${amount}元` }],
    });
    const own = seedDb({ extra: [award(1, '湖州太湖传媒有限公司', 300000), award(2, '湖州太湖传媒有限公司', 500000), award(3, '湖州南浔影视有限公司', 200000)] });
    try {
      const ownApp = createApp(own.db, { logError: () => {} });
      const id = JSON.parse(await (await ownApp.request(`/api/contracts/${own.ids.wx1}`)).text()).notice.buyerPartyId;
      const $ = cheerio.load(await (await ownApp.request(`/buyers/${id}`)).text());
      const flagged = $('#partners tr.review');
      expect(flagged.length).toBe(1);
      expect(flagged.find('a').first().text()).toBe('湖州太湖传媒有限公司');
      expect(Number(flagged.find('[data-share]').attr('data-share'))).toBeCloseTo(0.8);
      expect($('#review-note').text()).toContain('not proof');
      // One large contract is not repeat business: the smaller vendor's single lot is not marked at any share.
      expect($('#partners tr[data-party]').length).toBe(2);
      // Its vendor's page, the other way round: all of its income from this buyer, over two lots only, is not marked.
      const vendorId = flagged.attr('data-party');
      const v = cheerio.load(await (await ownApp.request(`/vendors/${vendorId}`)).text());
      expect(Number(v('#partners [data-share]').attr('data-share'))).toBe(1);
      expect(v('#partners tr.review').length).toBe(0);
    } finally {
      own.close();
    }
  });

  it('a project\'s notices say where a later notice changed the award amount', async () => {
    const $ = await page(`/contracts/${s.ids.xhAward}`);
    const items = $('#project li');
    expect(items.map((_, li) => Number($(li).attr('data-id'))).get()).toEqual([s.ids.xhIntention, s.ids.xhTender, s.ids.xhAward, s.ids.xhCorrection]);
    const changed = $(`#project li[data-id="${s.ids.xhCorrection}"] .changed`);
    expect(Number(changed.attr('data-from'))).toBe(250000);
    expect(changed.text()).toContain('−0.8%');
    expect($('#project .changed').length).toBe(1);
    // A contract restating its award's amount is no change.
    const ns = await page(`/contracts/${s.ids.nsContract}`);
    expect(ns('#project li').length).toBe(2);
    expect(ns('#project .changed').length).toBe(0);
  });

  it('every party\'s total links to exactly the notices behind it, by party id', async () => {
    const c = s.db.$client;
    const expected = (role: 'buyer' | 'vendor', id: number) =>
      (c
        .prepare(
          role === 'buyer'
            ? 'SELECT DISTINCT notice_id FROM spend_facts WHERE counted = 1 AND is_video_ops = 1 AND buyer_party_id = ? ORDER BY 1'
            : 'SELECT DISTINCT f.notice_id FROM lot_vendors v JOIN spend_facts f ON f.lot_id = v.lot_id WHERE v.party_id = ? AND f.counted = 1 AND f.is_video_ops = 1 ORDER BY 1',
        )
        .pluck()
        .all(id) as number[]);
    for (const role of ['buyer', 'vendor'] as const) {
      const ids = c.prepare(`SELECT DISTINCT party_id FROM party_names WHERE role = ?`).pluck().all(role) as number[];
      let linked = 0;
      for (const id of ids) {
        const $ = await page(`/${role}s/${id}`);
        const href = $('#party-total a').attr('href');
        if (!href) continue; // nothing counted: the zero is not linked
        linked++;
        expect(href).toContain(`${role}_id=${id}`);
        const listed = await page(`${href}&per=200`);
        const got = listed('#results tbody tr').map((_, tr) => Number(listed(tr).attr('data-id'))).get().toSorted((a, b) => a - b);
        expect(got, `${role} ${id}`).toEqual(expected(role, id));
      }
      expect(linked, role).toBeGreaterThan(3);
    }
    expect((await get('/search?buyer_id=abc')).res.status).toBe(400);
  });

  it('compare lists quartiles per service type and names the outlier', async () => {
    const $ = await page('/compare');
    expect(Number($('#boxes tr[data-service="account_operation"]').attr('data-n'))).toBe(4);
    const api = JSON.parse((await get('/api/compare?metric=account_year')).text);
    expect(api.boxes.find((b: { serviceType: string }) => b.serviceType === 'account_operation').n).toBe(3);
    const year = JSON.parse((await get('/api/compare?year=2023')).text);
    expect(year.boxes.map((b: { serviceType: string }) => b.serviceType).toSorted()).toEqual(['promo_film', 'video_production']);
    // A county is named (not shown as its code) and can be widened to its city, province and the nation.
    const county = await page('/compare?region=330106');
    expect(county('#c-region option[selected]').text().trim()).toBe('西湖区');
    expect(county('#compare-scope').text()).toContain('西湖区');
    expect(county('#compare-scope').text()).not.toContain('330106');
    expect(county('#compare-wider a').map((_, a) => county(a).attr('href')).get()).toEqual(['/compare?region=330100', '/compare?region=330000', '/compare']);
  });

  it('downloads hold the whole filtered set: CSV with BOM, JSON, OCDS release package', async () => {
    const csv = await app.request('/search.csv?video=1&region=330000');
    const bytes = Buffer.from(await csv.arrayBuffer());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.toString('utf8');
    const lines = text.trim().split('\r\n');
    const api = JSON.parse((await get('/api/search?video=1&region=330000')).text);
    expect(lines.length - 1).toBe(api.total);
    expect(lines[0]).toContain('sourceUrl');
    expect(text).toContain('"""><script>alert(2)</script>传媒有限公司"');
    const json = JSON.parse(await (await app.request('/search.json?video=1&region=330000')).text());
    expect(json.map((r: { id: number }) => r.id)).toEqual(expect.arrayContaining(api.items.map((i: { id: number }) => i.id)));
    const ocds = JSON.parse(await (await app.request('/search.ocds.json?q=' + encodeURIComponent('西湖区司法局'))).text());
    expect(ocds.version).toBe('1.1');
    expect(ocds.releases).toHaveLength(4);
    const ocids = new Set(ocds.releases.map((r: { ocid: string }) => r.ocid));
    expect(ocids.size).toBe(1);
    const award = ocds.releases.find((r: { tag: string[] }) => r.tag.includes('award'));
    expect(award.awards[0].value).toEqual({ amount: 250000, currency: 'CNY' });
    expect(award.buyer.name).toBe('杭州市西湖区司法局');
    const rate = JSON.parse(await (await app.request('/search.ocds.json?q=' + encodeURIComponent('海曙区'))).text());
    expect(rate.releases[0].awards[0].value).toBeUndefined();
  });

  it('sends secure headers with a self-only CSP and serves chart.js locally', async () => {
    const res = await app.request('/');
    const csp = res.headers.get('content-security-policy')!;
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("script-src 'self'");
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    const js = await app.request('/assets/chart.umd.min.js');
    expect(js.status).toBe(200);
    expect((await js.text()).length).toBeGreaterThan(100_000);
    const $ = cheerio.load(await res.text());
    $('script[src], link[href]').each((_, el) => expect($(el).attr('src') ?? $(el).attr('href')).toMatch(/^(\/|data:,$)/));
  });

  it('reports the server time of every answer, errors included, in a Server-Timing header, and an HTML page its rendering share', async () => {
    for (const [path, status, html] of [['/', 200, true], ['/api/search?q=' + encodeURIComponent('抖音'), 200, false], ['/contracts/999999', 404, true], ['/api/search?page=x', 400, false]] as const) {
      const res = await app.request(path);
      expect(res.status, path).toBe(status);
      const m = /^(?:render;dur=(\d+\.\d{2});desc="HTML", )?app;dur=(\d+\.\d{2});desc="[^"]+"$/.exec(res.headers.get('server-timing') ?? '');
      expect(m, path).not.toBeNull();
      expect(Number(m![2])).toBeGreaterThan(0);
      expect(m![1] !== undefined, `${path} render entry`).toBe(html);
      if (html) expect(Number(m![1])).toBeLessThanOrEqual(Number(m![2]));
    }
  });
});

describe('banner', () => {
  it('is absent when no notice is sample data', async () => {
    const s = seedDb({ sample: false });
    try {
      const $ = cheerio.load(await (await createApp(s.db).request('/')).text());
      expect($('#sample-banner').length).toBe(0);
    } finally {
      s.close();
    }
  });
});

// A downloaded file has no banner: the name it is saved under says it holds sample data.
async function downloadNames(sample: boolean): Promise<string[]> {
  const s = seedDb({ sample });
  const server = await startServer({ dbPath: s.path, port: 0 });
  try {
    const out: string[] = [];
    for (const path of ['/search.csv?q=抖音', '/search.json', '/search.ocds.json?video=1']) {
      const res = await fetch(server.url + encodeURI(path));
      expect(res.status, path).toBe(200);
      await res.arrayBuffer();
      out.push(/filename="([^"]+)"/.exec(res.headers.get('content-disposition') ?? '')?.[1] ?? '');
    }
    return out;
  } finally {
    await server.close();
    s.close();
  }
}

describe('download file names', () => {
  it('say SAMPLE-DATA when the database holds sample notices, and nothing more when it does not', async () => {
    expect(await downloadNames(true)).toEqual(['procwatch-search-SAMPLE-DATA.csv', 'procwatch-search-SAMPLE-DATA.json', 'procwatch-search-SAMPLE-DATA.ocds.json']);
    expect(await downloadNames(false)).toEqual(['procwatch-search.csv', 'procwatch-search.json', 'procwatch-search.ocds.json']);
  });
});
