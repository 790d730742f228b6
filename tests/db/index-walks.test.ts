/**
 * /compare's quartiles and the region page's medians are read by OFFSET walks along indexes and
 * its totals from trigger-kept rollups, never by loading every price. They must equal the
 * textbook computation over all the prices, for every filter.
 */
import { describe, expect, it } from 'vitest';
import { median, quantile } from '../../db/queries/common.js';
import { compare, parseCompareParams } from '../../db/queries/compare.js';
import { regionDetail } from '../../db/queries/region.js';
import { mulberry32 } from '../../scrapers/replay/mulberry32.js';
import { awardedLot, ensureCcgp, noticeInput, storeNotice, type NoticeInput } from '../helpers/notice.js';
import { sharedTempDb } from '../helpers/temp-db.js';

const PLACES = [
  { province: '浙江省', city: '杭州市', county: '西湖区', divisionCode: '330106' },
  { province: '浙江省', city: '杭州市', county: null, divisionCode: '330100' },
  { province: '浙江省', city: '宁波市', county: '海曙区', divisionCode: '330203' },
  { province: '广东省', city: '深圳市', county: '南山区', divisionCode: '440305' },
];
const SERVICES = ['account_operation', 'video_production', 'promo_film'];


function notice(i: number, r: () => number): NoticeInput {
  const place = PLACES[Math.floor(r() * PLACES.length)];
  // Heavy-tailed prices with ties, so fences and outliers are exercised.
  const price = () => Math.round(10 ** (4 + r() * 2.5) / 100) * 100;
  // Drawn in this order (vendor, vendors, price; then date, per-unit prices, service) so the
  // seeded sequence, and so the prices the walks are checked on, stay the same.
  const lots = Array.from({ length: 1 + Math.floor(r() * 2) }, (_, k) => {
    const vendor = `供应商${Math.floor(r() * 5)}有限公司`;
    const vendors = [`供应商${Math.floor(r() * 5)}有限公司`];
    return awardedLot(price(), { lot: `包${k + 1}`, vendor, vendors });
  });
  return noticeInput({
    title: `视频运营 ${i}`, projectCode: `P-${i}`, buyer: `${place.county ?? place.city}融媒体中心`,
    publishedAt: `${r() < 0.5 ? 2024 : 2025}-0${1 + Math.floor(r() * 9)}-15`, lots,
    yuanPerAccountYear: r() < 0.3 ? price() : null, yuanPerVideo: r() < 0.3 ? Math.round(r() * 5000) : null,
    ...place, serviceType: SERVICES[Math.floor(r() * SERVICES.length)],
  });
}

const walks = sharedTempDb('pw-walks-', (db) => {
  ensureCcgp(db);
  const r = mulberry32(20261125);
  db.$client.transaction(() => {
    for (let i = 0; i < 400; i++) storeNotice(db, `http://www.ccgp.gov.cn/t_${i}.htm`, notice(i, r), String(i));
  })();
});

const COLUMN = { contract: 'amount_yuan', account_year: 'per_account_year', video: 'per_video' } as const;

describe('index walks equal the computation over every price', () => {
  const cases = [{}, { year: '2024' }, { region: '330000' }, { region: '330100' }, { region: '330106', year: '2025' }, { metric: 'account_year' }, { metric: 'video', region: '440000' }];
  it.each(cases)('compare %o', (q) => {
    const p = parseCompareParams(q);
    const got = compare(walks.db, p);
    let checked = 0;
    for (const svc of SERVICES) {
      const conds = [`service_type = ?`, 'is_video_ops = 1', 'counted = 1', `${COLUMN[p.metric]} IS NOT NULL`];
      const args: unknown[] = [svc];
      if (p.year) {
        conds.push('year = ?');
        args.push(p.year);
      }
      if (p.region) {
        conds.push(`${p.region.endsWith('0000') ? 'province' : p.region.endsWith('00') ? 'city' : 'county'}_code = ?`);
        args.push(p.region);
      }
      const xs = walks.db.$client.prepare(`SELECT ${COLUMN[p.metric]} FROM spend_facts WHERE ${conds.join(' AND ')} ORDER BY 1`).pluck().all(...args) as number[];
      const box = got.boxes.find((b) => b.serviceType === svc);
      if (!xs.length) {
        expect(box).toBeUndefined();
        continue;
      }
      checked++;
      const [q1, med, q3] = [0.25, 0.5, 0.75].map((x) => quantile(xs, x)!);
      expect({ n: box!.n, min: box!.min, max: box!.max }).toEqual({ n: xs.length, min: xs[0], max: xs.at(-1) });
      expect(box!.q1).toBeCloseTo(q1, 6);
      expect(box!.median).toBeCloseTo(med, 6);
      expect(box!.q3).toBeCloseTo(q3, 6);
      const iqr = q3 - q1;
      const outside = xs.filter((x) => iqr > 0 && (x > q3 + 1.5 * iqr || x < q1 - 1.5 * iqr));
      expect(box!.outlierCount).toBe(outside.length);
      expect(box!.outliers.map((o) => o.value).toSorted((a, b) => a - b)).toEqual(
        outside.toSorted((a, b) => Math.abs(b - (q1 + q3) / 2) - Math.abs(a - (q1 + q3) / 2)).slice(0, 20).toSorted((a, b) => a - b),
      );
      expect(box!.points.length).toBeLessThanOrEqual(300);
      for (const pt of box!.points) expect(xs).toContain(pt.value);
    }
    expect(checked).toBeGreaterThan(0);
  });

  it.each(['330000', '330100', '330106', '440305'])('region %s: totals per year and service, and medians', (code) => {
    const d = regionDetail(walks.db, code);
    const col = code.endsWith('0000') ? 'province_code' : code.endsWith('00') ? 'city_code' : 'county_code';
    const rows = walks.db.$client.prepare(`SELECT service_type AS s, amount_yuan AS a, month FROM spend_facts WHERE ${col} = ? AND is_video_ops = 1 AND counted = 1`).all(code) as { s: string; a: number; month: string }[];
    expect(d.lots).toBe(rows.length);
    expect(d.totalYuan).toBeCloseTo(rows.reduce((t, r) => t + r.a, 0), 2);
    for (const svc of d.perService) {
      const xs = rows.filter((r) => r.s === svc.serviceType).map((r) => r.a).toSorted((a, b) => a - b);
      expect(svc.lots).toBe(xs.length);
      expect(svc.medianYuan).toBe(median(xs));
    }
    for (const y of d.perYear) expect(y.lots).toBe(rows.filter((r) => r.month.startsWith(y.year)).length);
  });
});
