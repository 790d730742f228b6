/**
 * The demo's 平江县 award (486,000 元) and its correction (更正前 486000.00元, 更正后 468000.00元),
 * archived and ingested as a scrape does: the award's contract page and its /api twin show the
 * amount as corrected, linked to the correction with its evidence span, the correction's own page
 * highlights that span and lists the item as applied, and the project list no longer flags "no
 * corrected amount was read".
 */
import * as cheerio from 'cheerio';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../db/index.js';
import { ensureSource, saveRawPage } from '../../db/store.js';
import { ingestRawPage } from '../../scrapers/ingest.js';
import { ccgpDetailHtml, ccgpFixtureIndex } from '../../scrapers/replay/ccgp.js';
import { createApp } from '../../server/app.js';
import { tempDb, type TempDb } from '../helpers/temp-db.js';

const WWW = 'https://www.ccgp.gov.cn';
const index = ccgpFixtureIndex();
const award = index.find((e) => e.projectCode === 'PJCG-2023-0417' && e.kind === 'award')!;
const correction = index.find((e) => e.projectCode === 'PJCG-2023-0417' && e.kind === 'correction')!;

let t: TempDb;
let db: Db;
const ids: Record<string, number> = {};
beforeAll(() => {
  t = tempDb('pw-corr-page-');
  db = t.db;
  ensureSource(db, { id: 'ccgp', name: 'ccgp', baseUrl: WWW });
  for (const [name, path] of [['award', award.path], ['correction', correction.path]] as const) {
    const page = saveRawPage(db, { sourceId: 'ccgp', url: WWW + path, pageKind: 'detail', httpStatus: 200, body: Buffer.from(ccgpDetailHtml(path)!), isSample: true });
    ids[name] = ingestRawPage(db, page.id).noticeId!;
  }
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
