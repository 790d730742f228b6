/**
 * The hand-written number formatting of the pages (server/views/format.ts) must write exactly
 * what Intl.NumberFormat('en-US') writes: it replaced Intl for speed, not to change a digit.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { count, exactYuan, grouped, methodLabel, searchHref, yuan } from '../../server/views/format.js';

const intl2 = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 });
const intl0 = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });

describe('grouped number formatting', () => {
  it('equals Intl.NumberFormat on halfway cases, carries, signs and extremes', () => {
    const cases = [
      0, -0, 1, 9.995, 1.005, 2.675, 0.125, 0.005, 0.004999, 999.995, 999999.995, 24.805, 248050 / 1e4, 1234567.895, 99.999, 0.01, 0.001,
      -1.5, -0.001, -2.675, 1e15, 123456789012345.6, 1e21, 5e-7, 2 ** 53, Number.MAX_SAFE_INTEGER, 1e-10, 12345.5, 0.5, 1.5, 2.5,
    ];
    for (const n of cases) {
      expect(grouped(n, 2), `${n}`).toBe(intl2.format(n));
      expect(grouped(n, 0), `${n}`).toBe(intl0.format(n));
    }
  });

  it('equals Intl.NumberFormat on random amounts, yuan with fen, and any double', () => {
    const amount = fc.oneof(
      fc.integer({ min: 0, max: 5e11 }),
      fc.integer({ min: 0, max: 5e12 }).map((fen) => fen / 100),
      fc.integer({ min: 0, max: 1e9 }).map((x) => x / 1000),
      fc.double({ noNaN: true, noDefaultInfinity: true }),
    );
    fc.assert(
      fc.property(amount, (n) => {
        expect(grouped(n, 2)).toBe(intl2.format(n));
        expect(grouped(n, 0)).toBe(intl0.format(n));
        // The 万元/亿元 forms divide first; the same double reaches Intl and the hand formatter.
        expect(grouped(n / 1e4, 2)).toBe(intl2.format(n / 1e4));
        expect(grouped(n / 1e8, 2)).toBe(intl2.format(n / 1e8));
      }),
      { numRuns: 20_000 },
    );
  });

  it('writes amounts the Chinese way', () => {
    expect(yuan(248000)).toBe('24.8万元');
    expect(yuan(1234)).toBe('1,234元');
    expect(yuan(3.2e8)).toBe('3.2亿元');
    expect(yuan(99995)).toBe('10万元');
    expect(yuan(null)).toBe('—');
    expect(exactYuan(1234567.5)).toBe('1,234,567.5 元');
    expect(count(1_000_000)).toBe('1,000,000');
  });
});

/** What searchHref wrote when it built a URLSearchParams per link. */
function reference(p: Record<string, string>): string {
  const out = new URLSearchParams();
  for (const [k, v] of Object.entries(p)) if (v !== '') out.set(k, k === 'q' || k === 'buyer' || k === 'vendor' ? v.trim() : v);
  const qs = out.toString();
  return qs ? `/search?${qs}` : '/search';
}

describe('search links', () => {
  it('encode every value as URLSearchParams does, in the order given', () => {
    const value = fc.oneof(fc.string({ maxLength: 60 }), fc.string({ unit: 'binary', maxLength: 60 }), fc.constantFrom('', ' ', '抖音 短视频', "a+b&c=d'(x)~!*", '杭州市西湖区 融媒体中心'));
    fc.assert(
      fc.property(fc.dictionary(fc.constantFrom('q', 'region', 'kind', 'buyer', 'vendor', 'from', 'sort'), value), (p) => {
        expect(searchHref(p)).toBe(reference(p));
      }),
      { numRuns: 3000 },
    );
  });

  it('survives a lone surrogate (written as U+FFFD, as URLSearchParams does)', () => {
    expect(searchHref({ vendor: 'a\uD800b' })).toBe(reference({ vendor: 'a\uD800b' }));
  });
});

describe('procurement methods in English', () => {
  it('glosses the methods the portals write, and leaves others as written', () => {
    expect(methodLabel('单一来源')).toBe('单一来源 (single source)');
    expect(methodLabel('竞争性磋商采购')).toBe('竞争性磋商采购 (competitive consultation)');
    expect(methodLabel('其他方式')).toBe('其他方式');
  });
});
