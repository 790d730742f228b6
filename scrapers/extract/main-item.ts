/**
 * The first item a notice lists under its 采购需求 (or 服务内容, 采购内容…): what a buyer names first
 * is, on these pages, the main thing it pays for ("采购需求：1.拍摄制作旅游形象宣传片1部…；2.剪辑短视频
 * 15条…"). A title may call the purchase 宣传服务, 活动服务 or 融媒体服务; the item says what it is.
 * @module
 */

// the label under which the notice lists what it buys (with or without a colon, item on the same or the next line)
const REQUIREMENT_LABEL = /(?:采购需求|服务内容|采购内容|项目内容|服务范围|主要内容)(?:及要求|概况)?\s*[:：]\s*/g;
// an item's number: "1." "1、" "（1）" "(1)" "①"
const ENUM = /^(?:[（(][1一][）)]|1\s*[、.．](?!\d)|①)\s*/;
const NEXT_ENUM = /(?:[；;。]\s*|\n\s*)(?:[（(][2二][）)]|2\s*[、.．](?!\d)|②)/;

/** The notice's first listed requirement item (its number dropped), or null when it lists none. */
export function mainRequirementItem(body: string): string | null {
  const sample = body.slice(0, 20_000);
  // (cheap guard: most notices carry none of these labels)
  if (!/需求|内容|范围/.test(sample)) return null;
  REQUIREMENT_LABEL.lastIndex = 0;
  for (const m of sample.matchAll(REQUIREMENT_LABEL)) {
    const rest = sample.slice(m.index + m[0].length, m.index + m[0].length + 600);
    const numbered = ENUM.exec(rest);
    let item: string;
    if (numbered) {
      const after = rest.slice(numbered[0].length);
      const end = after.search(NEXT_ENUM);
      item = (end >= 0 ? after.slice(0, end) : after.split('\n')[0]) ?? '';
    } else {
      // an unnumbered scope: its first clause
      item = rest.split(/[。；;\n]/)[0] ?? '';
    }
    item = item.trim();
    // ("采购需求：详见采购文件", a lone number or date): no item named
    if (item.length >= 4 && !/^详见|^见/.test(item)) return item.slice(0, 300);
  }
  return null;
}
