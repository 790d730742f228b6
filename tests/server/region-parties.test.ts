/**
 * A region page's top vendors and buyers (issue 5: "which vendors win most in this province, and
 * from whom?"). A seeded temp database, with one consortium lot added, served over real HTTP: on
 * a province, a city and a county page each listed party has the right counted yuan, lots,
 * notices and share (recounted here from spend_facts), its name opens its profile, and its
 * figures link to a search whose total is its notice count and whose rows are exactly its
 * notices there. /api/regions/:code carries the same lists beside its old keys.
 */
import * as cheerio from 'cheerio';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inTransaction, type Db } from '../../db/index.js';
import { seedInto, SEED_EXPECTED, storeSpec, type Spec } from '../helpers/seed.js';
import { getText, searchListing, serveTempDb, type ServedTempDb } from '../helpers/served.js';
import type { TempDb } from '../helpers/temp-db.js';

const LEAD = '杭州云帆数字科技有限公司';
const MEMBER = '杭州星辰传媒有限公司'; // a seeded vendor, here a consortium's second member
/** A consortium award in 西湖区: its lot counts for its first-named vendor only. */
const consortium: Spec = {
  key: 'consortium', kind: 'award', title: '杭州市西湖区融媒体中心短视频账号运营服务项目中标公告', buyer: '杭州市西湖区融媒体中心', code: 'XHRM-2024-3',
  date: '2024-09-09', division: ['浙江省', '杭州市', '西湖区', '330106'], service: 'account_operation', method: '公开招标',
  lots: [{ vendor: `${LEAD}；${MEMBER}`, amount: 300000, text: '30万元' }],
};


function seed(db: Db): Record<string, number> {
  const out = seedInto(db);
  inTransaction(db, () => {
    out.consortium = storeSpec(db, consortium, 'http://www.ccgp.gov.cn/cggg/dfgg/20240909/t20240909_9001.htm', {
      edit: (input) => (input.lots[0].vendors = [LEAD, MEMBER]),
    });
  });
  return out;
}

let served: ServedTempDb<Record<string, number>>;
let t: TempDb;
let ids: Record<string, number>;
beforeAll(async () => {
  served = await serveTempDb('pw-regparty-', seed);
  ({ t, filled: ids } = served);
});
afterAll(() => served?.close());

const get = (path: string) => getText(served.url, path);
const partyId = (name: string, role: string) =>
  t.db.$client.prepare('SELECT party_id FROM party_names WHERE name = ? AND role = ?').pluck().get(name, role) as number;

interface Want {
  id: number;
  yuan: number;
  lots: number;
  notices: number[];
}

/** The region's counted lots per buyer or first-named vendor, recounted from spend_facts. */
function recount(code: string, role: 'buyer' | 'vendor'): { total: number; rows: Want[] } {
  const col = code.endsWith('0000') ? 'province_code' : code.endsWith('00') ? 'city_code' : 'county_code';
  const facts = t.db.$client
    .prepare(`SELECT ${role}_party_id AS id, amount_yuan AS yuan, notice_id AS notice FROM spend_facts WHERE ${col} = ? AND is_video_ops = 1 AND counted = 1`)
    .all(code) as { id: number | null; yuan: number; notice: number }[];
  const by = new Map<number, Want>();
  for (const f of facts) {
    if (f.id === null) continue;
    const w = by.get(f.id) ?? { id: f.id, yuan: 0, lots: 0, notices: [] };
    w.yuan += f.yuan;
    w.lots++;
    if (!w.notices.includes(f.notice)) w.notices.push(f.notice);
    by.set(f.id, w);
  }
  return { total: facts.reduce((s, f) => s + f.yuan, 0), rows: [...by.values()].toSorted((a, b) => b.yuan - a.yuan || b.id - a.id) };
}

interface Row {
  id: number;
  profile: string;
  yuan: number;
  share: number;
  lots: number;
  notices: number;
  href: string;
}

/** The rows of a region page's vendor or buyer table. */
function rows($: cheerio.CheerioAPI, id: string): Row[] {
  return $(`#${id} tbody tr`)
    .toArray()
    .map((tr) => {
      const r = $(tr);
      const amount = r.find('a.amount');
      const count = r.find('td').eq(4).find('a.count');
      expect(count.attr('href')).toBe(amount.attr('href'));
      return {
        id: Number(r.attr('data-party')),
        profile: r.find('td').eq(0).find('a').attr('href')!,
        yuan: Number(amount.attr('data-yuan')),
        share: Number(r.find('td[data-share]').attr('data-share')),
        lots: Number(r.find('td').eq(3).find('.count').attr('data-n')),
        notices: Number(count.attr('data-n')),
        href: amount.attr('href')!,
      };
    });
}

/** A search link's listing through its JSON twin, every row. */
const follow = (href: string) => searchListing(served.url, href);

describe('a region page lists who wins and who buys there', () => {
  it('浙江: the right vendors and buyers, first-named vendor for the consortium, with totals and shares', async () => {
    const $ = cheerio.load((await get('/regions/330000')).text);
    const total = SEED_EXPECTED.provinceSpend['330000'] + 300000;
    expect(Number($('#region-total').attr('data-yuan'))).toBe(total);
    const vendors = rows($, 'region-vendors');
    expect(vendors.map((v) => [v.id, v.yuan, v.lots, v.notices])).toEqual([
      [partyId('浙江蓝海文化传播有限公司', 'vendor'), 2500000 + 80000, 2, 2],
      // the correction's 248000 (not the superseded 250000), 上城区's lot 1, the city's promo film; not the consortium's lot
      [partyId(MEMBER, 'vendor'), 248000 + 120000 + 600000, 3, 3],
      [partyId(LEAD, 'vendor'), 300000, 1, 1],
      [partyId('"><script>alert(2)</script>传媒有限公司', 'vendor'), 10000, 1, 1],
    ]);
    for (const v of vendors) expect(v.share).toBeCloseTo(v.yuan / total, 12);
    expect($('#region-vendors').text()).toContain('"><script>alert(2)</script>传媒有限公司'); // as text, not markup
    const buyers = rows($, 'region-buyers');
    expect(buyers.map((b) => [b.id, b.yuan, b.lots, b.notices])).toEqual([
      [partyId('杭州市西湖区文化广电旅游局', 'buyer'), 2500000, 1, 1],
      [partyId('中共杭州市委宣传部', 'buyer'), 600000, 1, 1],
      [partyId('杭州市西湖区融媒体中心', 'buyer'), 300000, 1, 1],
      [partyId('杭州市西湖区司法局', 'buyer'), 248000, 1, 1],
      [partyId('杭州市上城区融媒体中心', 'buyer'), 200000, 2, 1], // two lots, one notice
      [partyId('杭州市西湖区<b>融媒体</b>中心', 'buyer'), 10000, 1, 1],
    ]);
    for (const b of buyers) expect(b.share).toBeCloseTo(b.yuan / total, 12);
    expect($('#parties-note').text()).toContain('第一名供应商');
    expect($('#parties-note').text()).toContain('first-named vendor');
  });

  it('on a province, a city and a county page every row matches a recount and its links land on exactly its notices', async () => {
    for (const code of ['330000', '330100', '330106', '440000', '510107']) {
      const $ = cheerio.load((await get(`/regions/${code}`)).text);
      for (const role of ['vendor', 'buyer'] as const) {
        const want = recount(code, role);
        const got = rows($, role === 'vendor' ? 'region-vendors' : 'region-buyers');
        expect(got.length, `${code} ${role}s`).toBe(Math.min(10, want.rows.length));
        expect(got.length).toBeGreaterThan(0);
        for (const [i, r] of got.entries()) {
          const w = want.rows[i];
          const at = `${code} ${role} ${r.id}`;
          expect([r.id, r.yuan, r.lots, r.notices], at).toEqual([w.id, w.yuan, w.lots, w.notices.length]);
          expect(r.share, at).toBeCloseTo(w.yuan / want.total, 12);
          expect(r.profile).toBe(`/${role}s/${r.id}`);
          const u = new URL(r.href, served.url);
          expect(u.searchParams.get('region')).toBe(code);
          expect(u.searchParams.get('counted')).toBe('1');
          expect(u.searchParams.get(`${role}_id`)).toBe(String(r.id));
          const listed = await follow(r.href);
          expect(listed.total, at).toBe(r.notices);
          expect(listed.ids, at).toEqual(w.notices.toSorted((a, b) => a - b));
        }
      }
    }
  });

  it("a vendor's link lists the lots it is named first on; without lead=1 a consortium it only joined is listed too", async () => {
    const $ = cheerio.load((await get('/regions/330106')).text);
    const member = rows($, 'region-vendors').find((v) => v.id === partyId(MEMBER, 'vendor'))!;
    expect(member.href).toContain('lead=1');
    expect((await follow(member.href)).ids).toEqual([ids.xhCorrection]); // the correction, which superseded the award
    const loose = new URL(member.href, served.url);
    loose.searchParams.delete('lead');
    expect((await follow(loose.pathname + loose.search)).ids).toEqual([ids.xhCorrection, ids.consortium].toSorted((a, b) => a - b));
    // the search page says what lead=1 keeps, and a lead without a vendor is refused
    const s = cheerio.load((await get(member.href)).text);
    expect(s('#active-filters li[data-filter="lead"]').text()).toContain('named first on');
    expect(s('input[name="lead"]').attr('value')).toBe('1');
    const bad = await get('/api/search?lead=1&region=330106');
    expect(bad.res.status).toBe(400);
    expect(JSON.parse(bad.text).error).toContain('vendor_id');
  });

  it('each name opens the profile of that party', async () => {
    const $ = cheerio.load((await get('/regions/330100')).text);
    for (const [id, role] of [['region-vendors', 'vendors'], ['region-buyers', 'buyers']]) {
      const first = $(`#${id} tbody tr`).first().find('td a').first();
      const profile = await get(first.attr('href')!);
      expect(profile.res.status).toBe(200);
      expect(first.attr('href')).toMatch(new RegExp(`^/${role}/\\d+$`));
      expect(cheerio.load(profile.text)('h1').text()).toContain(first.text());
    }
  });

  it('/api/regions/:code gains topVendors and topBuyers and keeps every old key', async () => {
    const body = JSON.parse((await get('/api/regions/330100')).text) as Record<string, unknown> & {
      totalYuan: number;
      topVendors: { id: number; name: string; yuan: number; lots: number; notices: number; share: number }[];
      topBuyers: { id: number; yuan: number; notices: number; share: number }[];
    };
    for (const k of ['ok', 'code', 'name', 'level', 'path', 'totalYuan', 'lots', 'perYear', 'perMonth', 'perService', 'children', 'siblings', 'leftOut']) expect(body).toHaveProperty(k);
    const $ = cheerio.load((await get('/regions/330100')).text);
    expect(body.topVendors.map((v) => [v.id, v.yuan, v.notices])).toEqual(rows($, 'region-vendors').map((r) => [r.id, r.yuan, r.notices]));
    expect(body.topBuyers.map((v) => [v.id, v.yuan, v.notices])).toEqual(rows($, 'region-buyers').map((r) => [r.id, r.yuan, r.notices]));
    expect(body.topVendors[0]).toMatchObject({ name: '浙江蓝海文化传播有限公司', yuan: 2580000, lots: 2, notices: 2 });
    expect(body.topVendors[0].share).toBeCloseTo(2580000 / body.totalYuan, 12);
  });

  it('a region with no counted lots shows no party lists', async () => {
    // 鹿城区's award was zeroed by its failure notice
    const $ = cheerio.load((await get('/regions/330302')).text);
    expect($('#no-spending').length).toBe(1);
    expect($('#region-parties').length).toBe(0);
    const body = JSON.parse((await get('/api/regions/330302')).text) as { topVendors: unknown[]; topBuyers: unknown[] };
    expect(body.topVendors).toEqual([]);
    expect(body.topBuyers).toEqual([]);
  });
});
