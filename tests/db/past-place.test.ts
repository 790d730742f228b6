/**
 * A notice from before a division reform names the division as it was (双流县, since 2015 成都市
 * 双流区): `procwatch extract` reports it as written, with the code it had then, and the store
 * counts it with today's division, so a region page's years run on across the reform.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { regionDetail } from '../../db/queries/region.js';
import { decodeBytes } from '../../scrapers/extract/decode.js';
import { extractNotice } from '../../scrapers/extract/index.js';
import type { Extraction } from '../../scrapers/extract/types.js';
import { ensureCcgp, storeNotice } from '../helpers/notice.js';
import { sharedTempDb } from '../helpers/temp-db.js';

const fixture = join(import.meta.dirname, '..', 'fixtures', 'extract', 'heldout29', 's01-shuangliu-2013-zhengwu-weibo-tuoguan-tanpan-gbk.txt');

let x: Extraction;
const t = sharedTempDb('pw-past-', (db) => {
  ensureCcgp(db);
  x = extractNotice({ text: decodeBytes(readFileSync(fixture)).text });
  storeNotice(db, 'http://www.ccgp.gov.cn/past_1.htm', x, '1');
});

describe('a division renamed since the notice', () => {
  it('is extracted as written, with the code it had then, and today’s place beside it', () => {
    expect([x.province, x.city, x.county, x.divisionCode]).toEqual(['四川省', '成都市', '双流县', '510122']);
    expect(x.placeToday).toEqual({ province: '四川省', city: '成都市', county: '双流区', divisionCode: '510116' });
  });

  it('is stored and counted under today’s division', () => {
    const row = t.db.$client.prepare('SELECT county, division_code AS code, warnings FROM notices').get() as { county: string; code: string; warnings: string };
    expect([row.county, row.code]).toEqual(['双流区', '510116']);
    // the contract page lists the notice's warnings: this one says how it was placed
    expect(JSON.parse(row.warnings)).toContain(
      '地区按今日区划计：公告写作 四川省成都市双流县（510122），今为 四川省成都市双流区（510116） (the notice names a division since renamed or merged; it is counted under today\'s)',
    );
    const r = regionDetail(t.db, '510116');
    expect(r.name).toBe('双流区');
    expect(r.path.map((p) => p.name)).toEqual(['四川省', '成都市', '双流区']);
    expect(r.perYear).toEqual([{ year: '2013', yuan: x.lots[0].amountYuan, lots: 1 }]);
  });
});
