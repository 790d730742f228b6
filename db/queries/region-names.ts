/**
 * The name of a region by its GB/T 2260 code, as the extractor stored it on the notices located
 * there. A code's name is fixed by the division table, so a found name is kept for the life of
 * the connection: pages list dozens of regions and each lookup would otherwise cost a table read.
 * @module
 */
import type Database from 'better-sqlite3';
import type { Db } from '../index.js';
import { divisionLevel } from './common.js';

const COL = { province: 'province', city: 'city', county: 'county' } as const;

interface Lookups {
  names: Map<string, string>;
  fact: Record<keyof typeof COL, Database.Statement>;
  notice: Record<keyof typeof COL, Database.Statement>;
}

const cache = new WeakMap<Database.Database, Lookups>();

function lookups(c: Database.Database): Lookups {
  let l = cache.get(c);
  if (!l) {
    const each = (f: (level: keyof typeof COL) => string) =>
      Object.fromEntries((Object.keys(COL) as (keyof typeof COL)[]).map((k) => [k, c.prepare(f(k)).pluck()])) as Record<keyof typeof COL, Database.Statement>;
    l = {
      names: new Map(),
      fact: each((k) => `SELECT ${k} FROM spend_facts WHERE ${k}_code = ? AND ${k} IS NOT NULL LIMIT 1`),
      // A region whose notices hold no lots yet (only intentions or tenders) is named from the notices.
      notice: each((k) => `SELECT ${k} FROM notices WHERE division_code >= ? AND division_code < ? AND ${k} IS NOT NULL LIMIT 1`),
    };
    cache.set(c, l);
  }
  return l;
}

/** The region's name, or null when no stored notice is located in it. */
export function regionName(db: Db, code: string): string | null {
  const l = lookups(db.$client);
  const known = l.names.get(code);
  if (known) return known;
  const level = divisionLevel(code);
  const prefix = level === 'province' ? code.slice(0, 2) : level === 'city' ? code.slice(0, 4) : code;
  const name = ((l.fact[level].get(code) ?? l.notice[level].get(prefix, `${prefix}~`)) as string | undefined) ?? null;
  if (name) l.names.set(code, name);
  return name;
}

/**
 * The 31 provincial divisions of GB/T 2260 (mainland), in code order: the search form offers each
 * of them whether or not a notice is stored there yet, at no query's cost.
 */
export const PROVINCES: readonly { code: string; name: string }[] = (
  [
    ['110000', '北京市'], ['120000', '天津市'], ['130000', '河北省'], ['140000', '山西省'], ['150000', '内蒙古自治区'],
    ['210000', '辽宁省'], ['220000', '吉林省'], ['230000', '黑龙江省'], ['310000', '上海市'], ['320000', '江苏省'],
    ['330000', '浙江省'], ['340000', '安徽省'], ['350000', '福建省'], ['360000', '江西省'], ['370000', '山东省'],
    ['410000', '河南省'], ['420000', '湖北省'], ['430000', '湖南省'], ['440000', '广东省'], ['450000', '广西壮族自治区'],
    ['460000', '海南省'], ['500000', '重庆市'], ['510000', '四川省'], ['520000', '贵州省'], ['530000', '云南省'],
    ['540000', '西藏自治区'], ['610000', '陕西省'], ['620000', '甘肃省'], ['630000', '青海省'], ['640000', '宁夏回族自治区'],
    ['650000', '新疆维吾尔自治区'],
  ] as const
).map(([code, name]) => ({ code, name }));
