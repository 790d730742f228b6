/**
 * A table written as comma-separated lines inside a notice's text (a CSV export's body cell, a
 * scraper that joined each row's cells with commas): a header line of column names ("包号,中标人,
 * 中标金额,交货期") over rows with as many cells. Read as prose, the row is one run-on value and its
 * winners and amounts go unread; so the block is rewritten with the " | " cells the table reader
 * knows. A line is a row only when it splits into exactly the header's number of cells, so a figure
 * written with thousands commas ("553,200.00") ends the block rather than shifting its cells.
 * @module
 */

// a column name: short, Chinese, with its unit in brackets at most ("中标金额（元）")
const COLUMN = /^[\u4e00-\u9fff]{2,10}(?:[(（][\u4e00-\u9fff%/]{1,6}[)）])?$/;
const MIN_COLUMNS = 3;
const MAX_ROWS = 200;

/** `text` with each comma-separated table (a header of column names over rows as wide) written with " | " cells. */
export function commaTables(text: string): string {
  // cheap guard: a line of Chinese words and commas, as a header is
  if (!/^[\u4e00-\u9fff（）()]{2,14}(?:,[\u4e00-\u9fff（）()]{2,14}){2,}[ \t]*$/m.test(text)) return text;
  const lines = text.split('\n');
  for (let i = 0; i < lines.length - 1; i++) {
    const head = lines[i].trim().split(',');
    if (head.length < MIN_COLUMNS || !head.every((c) => COLUMN.test(c.trim()))) continue;
    let j = i + 1;
    while (j < lines.length && j - i <= MAX_ROWS) {
      const cells = lines[j].trim().split(',');
      if (cells.length !== head.length || !cells[0].trim() || !/[\u4e00-\u9fff0-9]/.test(lines[j])) break;
      j++;
    }
    if (j === i + 1) continue;
    for (let k = i; k < j; k++) lines[k] = lines[k].trim().split(',').map((c) => c.trim()).join(' | ');
    i = j - 1;
  }
  return lines.join('\n');
}
