/**
 * The search form offers every region a notice can be searched in, not only those with counted
 * spending: a province whose only notices are calls (宁夏, here) is a choice, and so are its
 * city and county once it is selected. Found by reading the demo dashboard (its 宁夏 single-source
 * notice and intention could not be reached from the form).
 */
import * as cheerio from 'cheerio';
import { afterAll, describe, expect, it } from 'vitest';
import { createApp } from '../../server/app.js';
import { seedDb, type Seeded, type Spec } from '../helpers/seed.js';

const tender: Spec = {
  key: 'nxTender', kind: 'tender', title: '同心县融媒体中心新媒体账号运营服务项目竞争性磋商公告', buyer: '同心县融媒体中心', code: 'TX-2025-3',
  date: '2025-05-06', division: ['宁夏回族自治区', '吴忠市', '同心县', '640324'], service: 'account_operation', budget: 200000,
};

let s: Seeded;
afterAll(() => s?.close());

describe('search form regions', () => {
  it('lists a province, city and county that hold notices but no spending, and every province besides', async () => {
    s = seedDb({ extra: [tender] });
    const app = createApp(s.db, { logError: () => {} });
    const options = async (path: string, select: string) => {
      const res = await app.request(path);
      expect(res.status, path).toBe(200);
      const $ = cheerio.load(await res.text());
      return $(`${select} option`).map((_, o) => $(o).attr('value')).get().filter(Boolean);
    };
    const provinces = await options('/search', '#f-province');
    expect(provinces).toContain('640000');
    expect(provinces).toContain('110000'); // no notice there yet: still a choice, answered with none
    expect(provinces).toHaveLength(31);
    // provinces with spending keep the overview's order (largest first), ahead of the others
    expect(provinces[0]).toBe('330000');
    expect(await options('/search?region=640000', '#f-city')).toEqual(['640300']);
    expect(await options('/search?region=640300', '#f-county')).toEqual(['640324']);
    const api = JSON.parse(await (await app.request('/api/search?region=640324')).text()) as { items: { id: number }[] };
    expect(api.items.map((i) => i.id)).toEqual([s.ids.nxTender]);
  });
});
