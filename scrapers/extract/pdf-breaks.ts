/**
 * Text copied out of a PDF breaks lines where the page's column ended, inside names and
 * numbers: "¥280,\n000.00", "贰拾\n捌万元整", "X招标代理有\n限公司". Such a break is joined back
 * before anything is read, so that the amount and the name are read whole. Only breaks that
 * cannot end a line of a real notice are joined: after a thousands separator before three
 * digits, between two uppercase numerals, and before a line that holds nothing but the rest of
 * a company's legal suffix. Pure, linear.
 * @module
 */

// "280,\n000.00": a thousands separator never ends a line
const NUMBER_BREAK = /(\d[,，])[ \t]*\r?\n[ \t]*(?=\d{3}(?!\d))/g;
// "贰拾\n捌万元整": uppercase numerals run on
const UPPER_BREAK = /([零壹贰叁肆伍陆柒捌玖拾佰仟])[ \t]*\r?\n[ \t]*(?=[零壹贰叁肆伍陆柒捌玖拾佰仟万亿元圆整])/g;
// "名称：X传媒有\n限公司": a line holding only the rest of a legal suffix (or it and the next label);
// not after a space-separated table row, whose wrapped cells the table reader puts back in place
const SUFFIX_BREAK = /(^|\n)([^\n \t|]*[\u4e00-\u9fff])[ \t]*\r?\n[ \t]*(?=(?:有限责任公司|有限公司|限责任公司|限公司|责任公司|公司)(?:[ \t]*(?:\r?\n|$)|[ \t]+[^\s:：]{1,8}[:：]))/g;

// "合同金额：35.8\n万元": the unit of a figure wrapped onto the next line
const UNIT_MARK = /\n[ \t]*万?元/;
const UNIT_BREAK = /(\d)[ \t]*\r?\n[ \t]*(?=(?:万元|元)(?:整|[^\u4e00-\u9fff]|$))/g;
// "¥12\n0,000.00元": a money figure cut by a line (or page) break, joined when the whole is a
// grouped figure (a comma in it says the digits run on)
const FIGURE_BREAK = /((?:[¥￥]|金额\s*[:：])\s?\d{1,3})[ \t]*\r?\n[ \t]*(\d{0,3}(?:[,，]\d{3})+(?:\.\d{1,2})?)(?=\s*(?:万?元|\n|$))/g;
const GROUPED = /^\d{1,3}(?:[,，]\d{3})+(?:\.\d{1,2})?$/;

// "…中标（成交）结果公\n告": a title's last character wrapped
const GONGGAO_BREAK = /公[ \t]*\r?\n[ \t]*(?=告)/g;
// "X采购项目合同\n公告": a headline's closing word wrapped onto a line of its own; only near the top,
// after a line of eight characters or more that ends as a headline's head does (no punctuation,
// a procurement word), so a menu's "通知\n公告" stays two entries
const HEADLINE_WORD_BREAK = /^([ \t]*[^\n:：。；;，,]{6,80}(?:合同|项目|采购|招标|中标|成交|结果|服务|工程|竞争性磋商|询价|谈判|单一来源|更正|变更))[ \t]*\r?\n[ \t]*((?:公告|公示)[ \t]*)(?=\r?\n|$)/m;
// "名 称：隆回县融媒\n体中心": a labelled name cut before its organisation word, the rest alone on the next line
// (found from the colon, the rarer mark: a long page pays one quick scan)
// (the value's run is taken whole, never given back: (?=(x))\1 is an atomic group, so that a
// colon before a long line costs one pass, not one per character given back)
const NAME_FRAGMENT = /[:：][ \t]*(?=([^\n \t|:：]{2,40}))\1[ \t]*\r?\n[ \t]*([\u4e00-\u9fff（）()]{1,12})(?=[ \t]*(?:\r?\n|$))/g;
const ORG_END = /(?:中心|公司|局|部|委员会|办公室|政府|院|站|所|馆|队|社|台|处|厅|集团|工作室|学校|医院|协会|联合会)$/;

/**
 * The fragment line joined to the labelled value above it ("名 称：隆回县融媒" + "体中心"), when
 * the label is short (the colon within 16 characters of the line's start) and the name is
 * unfinished without the fragment and finished with it; otherwise the text is left as it is.
 */
function joinNameFragment(m: string, value: string, rest: string, at: number, all: string): string {
  const lineStart = all.lastIndexOf('\n', at) + 1;
  // (a name cut mid-word ends in a character of it: a phone number or a code ending its line, "联系电话：
  // 0512-53571246", is whole, and the signature under it, "太仓市X街道办事处", is no fragment of it)
  if (at - lineStart > 16 || !/[\u4e00-\u9fff（）()]$/.test(value) || !ORG_END.test(value + rest) || ORG_END.test(value)) return m;
  return m.slice(0, m.indexOf(value) + value.length) + rest;
}

/** `text` with the line breaks a PDF put inside numbers and names removed. */
export function joinPdfBreaks(text: string): string {
  if (!text.includes('\n')) return text;
  let out = text.replace(NUMBER_BREAK, '$1').replace(UPPER_BREAK, '$1').replace(SUFFIX_BREAK, '$1$2');
  // (each rule only where its mark is: a long page pays a scan per mark, not per rule)
  if (UNIT_MARK.test(out)) out = out.replace(UNIT_BREAK, '$1');
  if (out.includes('公')) out = out.replace(GONGGAO_BREAK, '公');
  // (the headline is among the first lines: only they are looked at)
  const head = out.slice(0, 400);
  const hw = HEADLINE_WORD_BREAK.exec(head);
  if (hw && !out.slice(0, hw.index).trim().includes('\n')) out = out.slice(0, hw.index) + hw[1] + hw[2].trim() + out.slice(hw.index + hw[0].length);
  if (/[¥￥]|金额/.test(out)) out = out.replace(FIGURE_BREAK, (m, a: string, b: string) => (GROUPED.test(/\d+$/.exec(a)![0] + b) ? a + b : m));
  return out.replace(NAME_FRAGMENT, joinNameFragment);
}
