/**
 * The demo's 平江县 award (486,000 元) and its correction (更正前 486000.00元, 更正后 468000.00元),
 * archived and ingested as a scrape does: the award's contract page and its /api twin show the
 * amount as corrected, linked to the correction with its evidence span, the correction's own page
 * highlights that span and lists the item as applied, and the project list no longer flags "no
 * corrected amount was read". Then the same correction naming another winner (中标供应商 A → B),
 * served over real HTTP: B's vendor page counts the lot with the correction as its source, A's
 * shows it struck through as moved to B, each total equals the search it links to, and the
 * award's contract page says "A → B by 更正公告 of 2023-06-20".
 */
import * as cheerio from 'cheerio';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../db/index.js';
import { ensureSource, saveRawPage } from '../../db/store.js';
import { ingestRawPage } from '../../scrapers/ingest.js';
import { ccgpDetailHtml, ccgpFixtureIndex } from '../../scrapers/replay/ccgp.js';
import { createApp } from '../../server/app.js';
import { startServer } from '../../server/index.js';
import { tempDb, type TempDb } from '../helpers/temp-db.js';

const WWW = 'https://www.ccgp.gov.cn';
const index = ccgpFixtureIndex();
const award = index.find((e) => e.projectCode === 'PJCG-2023-0417' && e.kind === 'award')!;
const correction = index.find((e) => e.projectCode === 'PJCG-2023-0417' && e.kind === 'correction')!;

/** The award's winner (A) and the winner the correction variant names (B). */
const A = '岳阳市星火文化传媒有限公司';
const B = '岳阳市云帆数字传媒有限公司';

/** Archive and ingest the award and the correction (its 更正 table's rows replaced by `rows` when given) into `into`. */
function ingest(into: Db, got: Record<string, number>, rows?: [string, string, string][]) {
  ensureSource(into, { id: 'ccgp', name: 'ccgp', baseUrl: WWW });
  for (const [name, path] of [['award', award.path], ['correction', correction.path]] as const) {
    let html = ccgpDetailHtml(path)!;
    if (name === 'correction' && rows) {
      const row = '<tr><td>1</td><td>中标（成交）金额</td><td>486000.00元</td><td>468000.00元</td></tr>';
      expect(html).toContain(row);
      html = html.replace(row, rows.map(([what, before, after], i) => `<tr><td>${i + 1}</td><td>${what}</td><td>${before}</td><td>${after}</td></tr>`).join(''));
    }
    const page = saveRawPage(into, { sourceId: 'ccgp', url: WWW + path, pageKind: 'detail', httpStatus: 200, body: Buffer.from(html), isSample: true });
    got[name] = ingestRawPage(into, page.id).noticeId!;
  }
}

let t: TempDb;
let db: Db;
const ids: Record<string, number> = {};
beforeAll(() => {
  t = tempDb('pw-corr-page-');
  db = t.db;
  ingest(db, ids);
});
afterAll(() => t.cleanup());

describe('a correction that changed the award amount, on the contract pages', () => {
  it('the award page shows 486,000 → 468,000 元 by the correction, linked to its evidence span, and counts 468,000', async () => {
    const $ = cheerio.load(await (await createApp(db).request(`/contracts/${ids.award}`)).text());
    const c = $('#lots .corrected');
    expect(c.length).toBe(1);
    expect(c.text()).toContain('486,000 → 468,000 元');
    expect(c.text()).toContain('更正公告 of 2023-06-20');
    expect(c.find('a').attr('href')).toBe(`/contracts/${ids.correction}#ev-correctedAward.0.amount`);
    expect($('#counted-yuan').attr('data-yuan')).toBe('468000');
    const fix = $(`#project li[data-id="${ids.correction}"]`);
    expect(fix.find('.corrected-award').text()).toContain('486,000 → 468,000 元');
    expect(fix.find('.unread-correction').length).toBe(0);
    expect($(`#project li[data-id="${ids.award}"]`).text()).toContain('计入 counted');
  });

  it('the correction\'s page highlights the corrected amount and lists the item as applied', async () => {
    const $ = cheerio.load(await (await createApp(db).request(`/contracts/${ids.correction}`)).text());
    expect($('mark[id="ev-correctedAward.0.amount"]').text()).toBe('468000.00元');
    const li = $('#corrected-award li');
    expect(li.attr('data-outcome')).toBe('applied');
    expect(li.text()).toContain('486,000 → 468,000 元');
    expect(li.find(`a[href="/contracts/${ids.award}"]`).length).toBe(1);
  });

  it('/api/contracts/:id says the same', async () => {
    const body = (await (await createApp(db).request(`/api/contracts/${ids.award}`)).json()) as {
      countedYuan: number;
      lots: { amountYuan: number; countedYuan: number; corrections: unknown[] }[];
      project: { id: number; correctionItems: unknown[] }[];
    };
    expect(body.countedYuan).toBe(468000);
    expect(body.lots).toMatchObject([{ amountYuan: 486000, countedYuan: 468000, corrections: [{ noticeId: ids.correction, publishedAt: '2023-06-20', fromYuan: 486000, toYuan: 468000, evidenceField: 'correctedAward.0.amount' }] }]);
    expect(body.project.find((p) => p.id === ids.correction)!.correctionItems).toMatchObject([{ outcome: 'applied', awardNoticeId: ids.award, fromYuan: 486000, toYuan: 468000 }]);
    const corr = (await (await createApp(db).request(`/api/contracts/${ids.correction}`)).json()) as { correctedAward: unknown[] };
    expect(corr.correctedAward).toMatchObject([{ amountBefore: 486000, amountAfter: 468000, amountText: '468000.00元', outcome: 'applied', awardNoticeId: ids.award }]);
  });
});

describe('a correction naming another winner (A → B), over real HTTP', () => {
  let t2: TempDb;
  const got: Record<string, number> = {};
  let server: Awaited<ReturnType<typeof startServer>>;
  const page = async (path: string) => {
    const res = await fetch(server.url + path);
    expect(res.status, path).toBe(200);
    return cheerio.load(await res.text());
  };
  const party = (name: string) => t2.db.$client.prepare('SELECT party_id FROM party_names WHERE name = ? AND role = ?').pluck().get(name, 'vendor') as number;
  /** the notices and summed counted yuan of the search a vendor page's total links to */
  const linked = async (href: string) => {
    const body = (await (await fetch(`${server.url}/api${href}&per=200`)).json()) as { total: number; items: { id: number; countedYuan: number | null }[] };
    return { ids: body.items.map((x) => x.id), yuan: body.items.reduce((s, x) => s + (x.countedYuan ?? 0), 0) };
  };
  beforeAll(async () => {
    t2 = tempDb('pw-corr-winner-page-');
    ingest(t2.db, got, [['中标（成交）供应商', A, B]]);
    t2.db.$client.pragma('wal_checkpoint(TRUNCATE)');
    server = await startServer({ dbPath: t2.path, port: 0 });
  });
  afterAll(async () => {
    await server.close();
    t2.cleanup();
  });

  it("B's vendor page counts the lot, the correction as its source; its total equals the search it links to", async () => {
    const $ = await page(`/vendors/${party(B)}`);
    expect(Number($('#party-total').attr('data-yuan'))).toBe(486000);
    const row = $(`#contracts tr[data-id="${got.award}"]`);
    expect(row.attr('data-corrected-by')).toBe(String(got.correction));
    expect(row.find('.moved-in').text()).toContain('更正公告 of 2023-06-20');
    expect(row.find('.moved-in a').attr('href')).toBe(`/contracts/${got.correction}#ev-correctedAward.0.vendor`);
    expect(row.find(`a[href="/buyers/${t2.db.$client.prepare('SELECT buyer_party_id FROM notices WHERE id = ?').pluck().get(got.award)}"]`).length).toBe(1);
    const href = $('#party-total a').attr('href')!;
    expect(href).toContain(`vendor_id=${party(B)}`);
    expect(href).toContain('counted=1');
    expect(await linked(href)).toEqual({ ids: [got.award], yuan: 486000 });
    // its notices: the award whose lot moved to it, and the correction naming it
    expect($('#party-notices .count').attr('data-n')).toBe('2');
    // the overview's latest contracts and /api/contracts name B as the lot's vendor
    const home = await page('/');
    expect(home(`#contracts tr[data-id="${got.award}"] a[href^="/vendors/"]`).map((_, el) => home(el).text()).get()).toEqual([B]);
    const list = (await (await fetch(`${server.url}/api/contracts`)).json()) as { items: { id: number; vendor: string }[] };
    expect(list.items.find((x) => x.id === got.award)!.vendor).toBe(B);
    const all = (await (await fetch(`${server.url}/api/search?vendor_id=${party(B)}`)).json()) as { items: { id: number }[] };
    expect(all.items.map((x) => x.id).toSorted((a, b) => a - b)).toEqual([got.award, got.correction].toSorted((a, b) => a - b));
  });

  it("A's vendor page no longer counts it, and shows it struck through as moved to B by the correction, linked", async () => {
    const $ = await page(`/vendors/${party(A)}`);
    expect(Number($('#party-total').attr('data-yuan'))).toBe(0);
    expect($('#contracts tbody tr').length).toBe(0);
    const li = $(`#moved-away li[data-id="${got.award}"]`);
    expect(li.find('s .amount').attr('data-yuan')).toBe('486000');
    expect(li.find(`a[href="/vendors/${party(B)}"]`).text()).toBe(B);
    expect(li.find('a.moved-by').attr('href')).toBe(`/contracts/${got.correction}#ev-correctedAward.0.vendor`);
    expect(li.find('a.moved-by').text()).toContain('更正公告 of 2023-06-20');
    expect(await linked(`/search?vendor_id=${party(A)}&counted=1`)).toEqual({ ids: [], yuan: 0 });
    // lead=1 (the rankings' credit) agrees
    expect(await linked(`/search?vendor_id=${party(B)}&lead=1&counted=1`)).toEqual({ ids: [got.award], yuan: 486000 });
  });

  it('the award\'s contract page says A → B by 更正公告 of 2023-06-20, linked to the correction\'s words; the correction\'s page lists the item as applied', async () => {
    const $ = await page(`/contracts/${got.award}`);
    const v = $('#lots .vendor-corrected');
    expect(v.length).toBe(1);
    expect(v.text()).toContain(`${A} → ${B} by 更正公告 of 2023-06-20`);
    expect(v.find('a.by').attr('href')).toBe(`/contracts/${got.correction}#ev-correctedAward.0.vendor`);
    expect(v.find(`a[href="/vendors/${party(B)}"]`).text()).toBe(B);
    expect($('#lots .corrected').length).toBe(0);
    expect($('#counted-yuan').attr('data-yuan')).toBe('486000');
    const fix = $(`#project li[data-id="${got.correction}"]`);
    expect(fix.find('.corrected-vendor').text()).toContain(B);
    expect(fix.find('.unapplied-correction, .unread-correction').length).toBe(0);
    const c = await page(`/contracts/${got.correction}`);
    expect(c('mark[id="ev-correctedAward.0.vendor"]').text()).toContain(B);
    const li = c('#corrected-award li');
    expect(li.attr('data-outcome')).toBe('applied');
    expect(li.text()).toContain('the lot now counts for the winner after');
    const api = (await (await fetch(`${server.url}/api/contracts/${got.award}`)).json()) as { lots: { vendorCorrections: unknown[] }[] };
    expect(api.lots[0].vendorCorrections).toMatchObject([{ noticeId: got.correction, publishedAt: '2023-06-20', fromPartyId: party(A), fromName: A, toPartyId: party(B), toName: B, evidenceField: 'correctedAward.0.vendor' }]);
  });
});
