/**
 * The views' synchronous `html` tag (server/views/html.ts) must write exactly what hono/html's
 * writes for every value the pages interpolate, and refuse what it cannot render synchronously.
 */
import fc from 'fast-check';
import { html as honoHtml, raw } from 'hono/html';
import { describe, expect, it } from 'vitest';
import { escapeHtml, html } from '../../server/views/html.js';

const value: fc.Arbitrary<unknown> = fc.letrec((tie) => ({
  leaf: fc.oneof(
    fc.string({ unit: 'binary', maxLength: 40 }),
    fc.constantFrom('<script>alert("x")</script>', "a'b\"c&d<e>f", '&amp;', '抖音 & 快手', ''),
    fc.double(),
    fc.integer(),
    fc.constantFrom(null, undefined, true, false),
    fc.string({ maxLength: 20 }).map((s) => raw(`<b>${s}</b>`)),
  ),
  any: fc.oneof({ depthSize: 'small' }, tie('leaf'), fc.array(tie('any'), { maxLength: 4 })),
})).any;

describe('html tag', () => {
  it('writes what hono/html writes for strings, numbers, null, booleans, arrays and escaped values', () => {
    fc.assert(
      fc.property(fc.array(value, { maxLength: 5 }), fc.array(fc.string({ maxLength: 10 }), { minLength: 6, maxLength: 6 }), (values, parts) => {
        // A template's literal parts: one more than its values (both tags read only the array).
        const strings = parts.slice(0, values.length + 1) as unknown as TemplateStringsArray;
        expect(String(html(strings, ...values))).toBe(String(honoHtml(strings, ...values)));
      }),
      { numRuns: 3000 },
    );
  });

  it('escapes the five characters, passes its own results through, and marks them escaped', () => {
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;');
    const inner = html`<i>${'<b>'}</i>`;
    expect(String(html`<p>${inner}</p>`)).toBe('<p><i>&lt;b&gt;</i></p>');
    expect((html`x` as unknown as { isEscaped: boolean }).isEscaped).toBe(true);
  });

  it('refuses a promise rather than writing [object Promise]', () => {
    expect(() => html`${Promise.resolve('x')}`).toThrow(/promise/);
  });
});
