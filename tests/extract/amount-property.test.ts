/**
 * Property tests for the amount parser: any integer written in uppercase (大写) or with 万
 * parses back to itself, and full-width digits read like half-width ones.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findNumbers, parseChineseNumeral, toYuan } from '../../scrapers/extract/numbers.js';

const D = '零壹贰叁肆伍陆柒捌玖';
const U = ['', '拾', '佰', '仟'];

/** Write 0 < n < 10^12 in uppercase the way finance does: 壹仟零伍万零叁佰元整. */
function toUpper(n: number): string {
  const sections: number[] = [];
  let x = n;
  while (x > 0) {
    sections.push(x % 10000);
    x = Math.floor(x / 10000);
  }
  const big = ['', '万', '亿'];
  let out = '';
  let pendingZero = false;
  for (let i = sections.length - 1; i >= 0; i--) {
    const sec = sections[i];
    if (sec === 0) {
      pendingZero = out.length > 0;
      continue;
    }
    if (out && (sec < 1000 || pendingZero)) out += '零';
    pendingZero = false;
    let s = '';
    let zero = false;
    for (let p = 3; p >= 0; p--) {
      const d = Math.floor(sec / 10 ** p) % 10;
      if (d === 0) {
        zero = s.length > 0;
        continue;
      }
      if (zero) s += '零';
      zero = false;
      s += D[d] + U[p];
    }
    out += s + big[i];
  }
  return `${out}元整`;
}

describe('amount parser properties', () => {
  it('uppercase integers parse back to themselves', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 999_999_999_999 }), (n) => {
        expect(parseChineseNumeral(toUpper(n))).toBe(n);
      }),
      { numRuns: 2000 },
    );
  });

  it('uppercase with 角 and 分 parses to the fen', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 99_999_999 }), fc.integer({ min: 1, max: 9 }), fc.integer({ min: 1, max: 9 }), (n, j, f) => {
        const s = toUpper(n).replace(/整$/, '') + `${D[j]}角${D[f]}分`;
        expect(parseChineseNumeral(s)).toBeCloseTo(n + j / 10 + f / 100, 2);
      }),
      { numRuns: 500 },
    );
  });

  it('"N万元" and "N.NN万元" read as N×10000 yuan', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 9_999_999 }), fc.integer({ min: 0, max: 99 }), (n, cents) => {
        const whole = findNumbers(`金额${n}万元`);
        expect(whole).toHaveLength(1);
        expect(toYuan(whole[0].value, whole[0].unit)).toBe(n * 10000);
        const dec = findNumbers(`金额${n}.${String(cents).padStart(2, '0')}万元`);
        expect(toYuan(dec[0].value, dec[0].unit)).toBeCloseTo(n * 10000 + cents * 100, 2);
      }),
      { numRuns: 1000 },
    );
  });

  it('thousands separators and full-width digits read like plain digits', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1000, max: 999_999_999 }), (n) => {
        const grouped = n.toLocaleString('en-US');
        const full = grouped.replace(/[0-9]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0)).replace(/,/g, '，');
        for (const s of [`${grouped}.00元`, `¥${grouped}`, `${full}元`]) {
          const hits = findNumbers(s);
          expect(hits[0].value).toBe(n);
          expect(s.slice(hits[0].start, hits[0].end).length).toBeGreaterThan(0);
        }
      }),
      { numRuns: 500 },
    );
  });
});
