/**
 * Divisions renamed or merged since a notice (双流县, now 双流区; 居巢区 of the former 巢湖市):
 * today's division for a past one, so a notice is counted with today's regions, and the place as
 * an older notice knew it, when a past name on the page says so. Data: divisions.ts.
 * @module
 */
import { aliasesOf, byCode, byName, LAST_PAST_YEAR, pastByName, type Division } from './divisions.js';
import { fullNamesIn, placeOf, type Place } from './locality.js';

/**
 * Today's division for a past one: the division of the same stem in its city (双流县 → 双流区;
 * a prefecture's in its province: 毕节地区 → 毕节市), else the one that took over its code
 * (襄樊市 → 襄阳市, 桥东区 → 襄都区), else the only division of its stem in the province (the
 * prefecture 巢湖市 → the county-level 巢湖市), else today's division of its parent.
 */
function todayOf(d: Division): Division | null {
  if (!d.past) return d;
  const stem = aliasesOf(d.name, d.level)[0] ?? d.name;
  const named = (byName.get(stem) ?? []).filter((x) => !x.past);
  const scope = d.code.slice(0, d.level === 3 ? 4 : 2);
  const near = named.filter((x) => x.level === d.level && x.code.startsWith(scope));
  if (near.length === 1) return near[0];
  if (d.name.length === 2) {
    // a one-character county became a district or city of its first character (郫县 → 郫都区, 梅县 → 梅县区)
    const first = [...byCode.values()].filter((x) => !x.past && x.level === d.level && x.code.startsWith(scope) && x.name[0] === d.name[0]);
    if (first.length === 1) return first[0];
  }
  const renamed = byCode.get(d.code);
  if (renamed && !renamed.past) return renamed;
  const wide = named.filter((x) => x.code.startsWith(d.code.slice(0, 2)));
  if (wide.length === 1) return wide[0];
  const parent = d.level > 1 ? byCode.get(d.code.slice(0, d.level === 3 ? 4 : 2)) : undefined;
  return parent && parent !== d ? todayOf(parent) : null;
}

/**
 * Where a place written with a past division's name lies today (双流县 → 四川省/成都市/双流区,
 * 510116), so spending is counted with today's regions; null when the place is today's.
 */
export function todayPlace(place: Place): Place | null {
  if (!place.code || place.central) return null;
  const c = place.code;
  const key = place.level === 1 ? c.slice(0, 2) : place.level === 2 ? c.slice(0, 4) : c;
  const name = place.level === 3 ? place.county : place.level === 2 ? place.city : place.province;
  // a past name whose code today's list gave to another division (定安县 469025) is found by name
  const named = name ? [...(byName.get(name) ?? []), ...(pastByName.get(name) ?? [])].find((x) => x.code === key) : undefined;
  const d = named ?? byCode.get(key);
  const now = d ? todayOf(d) : null;
  if (!now) return null;
  const p = placeOf(now);
  return p.code === place.code && p.province === place.province && p.city === place.city && p.county === place.county ? null : p;
}

/**
 * The place as an older notice knew it, when it names a past division its own place belongs
 * to: "巢湖市居巢区人民医院" read as today's county-level 巢湖市 is 居巢区 of the former 巢湖市;
 * 大方县 under a masthead "毕节地区政府采购网" is 大方县 of 毕节地区. Only for notices dated up to
 * a year after the last list that had the past name (or undated), so a recent notice that
 * mentions a former name in passing keeps today's place. Null when nothing changes.
 */
export function pastPlace(place: Place, texts: Array<string | null>, publishedAt: string | null): Place | null {
  if (!place.code || place.central || place.level < 2) return null;
  const year = publishedAt ? Number(publishedAt.slice(0, 4)) : null;
  // most notices are newer than every past name: no need to read their text for one
  if (year !== null && year > LAST_PAST_YEAR + 1) return null;
  const fresh = (d: Division) => year === null || year <= Number(d.until!.slice(0, 4)) + 1;
  const named = texts.flatMap((t) => (t ? fullNamesIn(t.slice(0, 4000), 200) : [])).filter((d) => d.past && fresh(d));
  const key = place.code.slice(0, place.level === 2 ? 4 : 6);
  for (const d of named.toSorted((a, b) => b.level - a.level)) {
    const now = todayOf(d);
    if (!now) continue;
    // the past division is today's place itself (居巢区 → 巢湖市 340181)
    if (now.code === key && d.level >= 2) return placeOf(d);
    // a past prefecture around today's county: the county as it was listed under it
    if (d.level === 2 && place.level === 3 && key.startsWith(now.code) && place.county) {
      const then = (pastByName.get(place.county) ?? []).find((x) => x.code.startsWith(d.code) && fresh(x));
      if (then) return placeOf(then);
    }
  }
  return place.level === 2 ? movedCounty(texts, key, fresh) : null;
}

/**
 * A county the notice names that was listed then under the city it is placed in and has moved
 * since to another city under the same name (枞阳县: 安庆市 340823 until 2015, now 铜陵市 340722;
 * a 2014 notice "所属地区：安徽 - 安庆", buyer 枞阳县公安局): the county as it was listed under
 * that city. (fullNamesIn skips such a name: today's county and the past one share it.)
 */
function movedCounty(texts: Array<string | null>, city: string, fresh: (d: Division) => boolean): Place | null {
  let n = 0;
  for (const t of texts) {
    if (!t) continue;
    for (const m of t.slice(0, 4000).matchAll(/[\u4e00-\u9fff]{1,10}?(?:县|区|市|旗)/g)) {
      if (++n > 200) return null;
      for (let k = 0; k < m[0].length - 2; k++) {
        const then = (pastByName.get(m[0].slice(k)) ?? []).find((x) => x.level === 3 && x.code.startsWith(city) && fresh(x));
        if (then) return placeOf(then);
      }
    }
  }
  return null;
}
