/**
 * Metamorphic tests, second family: the same notice with OTHER NAMES must give the same fields.
 * metamorphic-names.ts renames, one role at a time, every labelled buyer, agency or vendor of
 * every labelled notice (the shared corpus and heldout to heldout23, the batches these gates were
 * set on) to a name the seeded grammar (metamorphic-names-grammar.ts) makes in one of 35 shapes,
 * text and label alike, and judges each field as the shared scorer does. A notice counts against
 * a shape and field when the original is right and the renamed copy wrong. Skipped: a name not
 * written as labelled (or also written another way: hard-wrapped, spaced, a soft hyphen inside),
 * a natural person, a central buyer, a buyer whose leading place chain does not hold its locality.
 *
 * First table (parser 1.26.0; shapes with no change left out; n = notices renamed in that shape):
 * shape            n   kind  buyer vendor amount lotPre county
 * b:县委宣传部      63      0      1      0      0      0      0
 * b:村民委员会      65      0      1      0      0      0      0   (a soft hyphen in the old name: now skipped)
 * b:景区管委会      80      0      1      0      0      0      0
 * b:投资集团        75      0      1      0      0      0      1
 * b:交警支队        88      0      3      0      0      0      1
 * v:工作室          53      0      0      1      1      0      0
 * v:个人独资企业    43      1      0     43     41     34      0
 * v:联合体          52      0      0      4      4      3      0
 * v:拉丁品牌        58      0      0      1      1      0      0
 * v:间隔号          61      0      1      2      2      2      1
 * Fixes (parser 1.27.0), each a row of traps-names.test.ts: 个人独资企业 / 合伙企业 end an
 * organisation's name; a consortium listed "A（牵头人）、B" (in prose, after a winner label, ranked
 * first among candidates) gives all its members; a member's role tag ends a name; a signed-contract
 * news item's vendor may carry Latin letters, digits, a middle dot, and its buyer be a detachment;
 * a firm's name after "中标供应商为" may do the same and end as a studio or cooperative; a winner
 * label glued to a name with a Latin brand; a title's buyer runs on to a sub-unit (公安局交通警察
 * 支队) and may be a Party committee's department (中共X县委宣传部).
 * Three vendor shapes added then (个体工商户, 广告部, 传播中心; every notice's draw moved) broke
 * 8 vendors more: a news item's vendor may be a shop (…部, …店); inline lots' winners may carry
 * （个体工商户）; a consortium's members joined by 与/和 after a bracket or a shop's 部; a consortium
 * the evaluators 推荐; a glued result row keeps a partnership's （有限合伙）. Left: three consortia on
 * 入围 share lines (s43).
 * What is left among buyers (the gates below): a text that signs with an abbreviation of the old name (县委网信办,
 * 区融媒体中心) or names the buyer by a shorter form (江湾镇人民政府): the rename cannot rewrite it,
 * so the copy names two buyers. List the misses with `npx tsx tests/extract/metamorphic-names-misses.ts`.
 * The gates are the counts after the fixes: a change that makes any count grow fails here.
 * heldout23 joined (parser 1.28.0): b:投资集团 buyer 1→2, q07 (a title "关于X拟直接委托的公示" read
 * with its 关于 when the renamed buyer is a company; parser 1.27.0 did the same).
 * heldout24 joined (parser 1.29.0): no gate moved. Two misses it showed were fixed, not gated: the
 * platform owner read from the page's <title> now takes any body's name (a hospital's too), not a
 * company's alone; a prose winner "确定成交供应商为X" may carry a hyphen between Latin letters
 * (广州K-Star影视有限公司).
 */
import { describe, expect, it } from 'vitest';
import { FIELDS, type Field } from './metamorphic.js';
import { formatNameSweep, sweepNames } from './metamorphic-names.js';

/** Notices allowed to change per shape and field (absent = 0). */
const GATES: Record<string, Partial<Record<Field, number>>> = {
  'b:景区管委会': { buyer: 1 },
  'b:投资集团': { buyer: 2, county: 1 },
  'b:交警支队': { buyer: 1, county: 1 },
  'v:联合体': { vendor: 1 },
};

describe('metamorphic names: the same notice with other names gives the same fields', () => {
  it('no shape changes more notices per field than its gate allows', () => {
    const { rows, skipped } = sweepNames();
    const table = formatNameSweep(rows);
    const over: string[] = [];
    for (const r of rows) {
      // a shape that fits few notices tests little: each is drawn for a good share of them
      expect(r.applied, `${r.shape} applied`).toBeGreaterThanOrEqual(30);
      for (const f of FIELDS) {
        const allowed = GATES[r.shape]?.[f] ?? 0;
        if (r.changed[f].length > allowed) over.push(`${r.shape} ${f}: ${r.changed[f].length} > ${allowed}\n    ${r.changed[f].join('\n    ')}`);
      }
    }
    // most labelled names are renamed: the skips (a name not written as labelled, a person) stay a minority
    expect(skipped.vendor + skipped.buyer + skipped.agency).toBeLessThan(400);
    expect(over, `${table}\n${over.join('\n')}`).toEqual([]);
  }, 120_000);
});
