/**
 * Divisions renamed or merged since a notice was published (scrapers/extract/data/past-divisions.json,
 * from GB/T 2260's 2002–2016 lists): an older notice is placed as it was written, with the code the
 * division had then, and mapped to today's division for counting.
 */
import { describe, expect, it } from 'vitest';
import { placeFrom, placeFromText, type Place } from '../../scrapers/extract/locality.js';
import { pastPlace, todayPlace } from '../../scrapers/extract/past-place.js';

const show = (p: Place | null) => (p ? [p.province, p.city, p.county, p.code] : null);

describe('past divisions', () => {
  it('reads a past name as written, with its code then, and finds today’s division', () => {
    const cases: [string, (string | null)[], (string | null)[] | null][] = [
      ['成都市双流县财政局', ['四川省', '成都市', '双流县', '510122'], ['四川省', '成都市', '双流区', '510116']],
      ['北京市密云县旅游委', ['北京市', '北京市', '密云县', '110228'], ['北京市', '北京市', '密云区', '110118']],
      ['富阳市人民政府', ['浙江省', '杭州市', '富阳市', '330183'], ['浙江省', '杭州市', '富阳区', '330111']],
      // a one-character county became a district of its first character
      ['郫县人民医院', ['四川省', '成都市', '郫县', '510124'], ['四川省', '成都市', '郫都区', '510117']],
      // a prefecture renamed under its old code
      ['思茅市人民政府', ['云南省', '思茅市', null, '530800'], ['云南省', '普洱市', null, '530800']],
      // a district of an abolished prefecture: today the county-level city of the prefecture's name
      ['居巢区人民政府', ['安徽省', '巢湖市', '居巢区', '341402'], ['安徽省', '合肥市', '巢湖市', '340181']],
      // today's names are untouched
      ['成都市双流区财政局', ['四川省', '成都市', '双流区', '510116'], null],
    ];
    for (const [s, then, now] of cases) {
      const p = placeFrom(s);
      expect(show(p), s).toEqual(then);
      expect(show(todayPlace(p!)), s).toEqual(now);
    }
  });

  it('places an older notice as it was: a past prefecture over today’s county, a past district for today’s city', () => {
    const dafang = placeFrom('大方县教育局')!;
    expect(show(dafang)).toEqual(['贵州省', '毕节市', '大方县', '520521']);
    expect(show(pastPlace(dafang, ['大方县教育局', '毕节地区政府采购网\n大方县教育局农村中小学图书室配书项目中标公告'], '2009-06-20'))).toEqual(['贵州省', '毕节地区', '大方县', '522422']);
    const chaohu = placeFrom('巢湖市居巢区人民医院')!;
    expect(show(chaohu)).toEqual(['安徽省', '合肥市', '巢湖市', '340181']);
    expect(show(pastPlace(chaohu, ['巢湖市居巢区人民医院'], '2010-12-03'))).toEqual(['安徽省', '巢湖市', '居巢区', '341402']);
    // a recent notice that mentions the former name keeps today's place
    expect(pastPlace(chaohu, ['巢湖市人民医院', '原居巢区人民医院院区改造'], '2024-05-01')).toBeNull();
    expect(pastPlace(dafang, ['大方县教育局', '原毕节地区'], '2023-01-01')).toBeNull();
  });

  it('never takes a past two-character county in free text for a place (郫县豆瓣 is a sauce)', () => {
    expect(placeFromText('采购郫县豆瓣、菜籽油等食材，配送至学校食堂')).toBeNull();
  });
});
