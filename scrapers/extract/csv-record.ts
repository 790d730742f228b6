/**
 * A scraper's CSV or sheet export saved as text: a header row of column names ("标题 | 采购单位 |
 * 预算金额 | … | 正文") over the notice's one record row. Read as a table, the record's cells are
 * no labelled fields: the buyer column goes unread while a contact line in the body ("采购人 于女士
 * 024-…") is taken for the buyer, and the title swallows the whole row. So the record is written
 * back as the notice it stands for: its title cell on the first line, then one "column：value" line
 * per cell, then the long body cell as it is.
 * @module
 */

// a column name: a short label, Chinese only (a data row has figures, dates or long names)
const COLUMN = /^[\u4e00-\u9fff（）()]{2,10}$/;
// columns that hold the notice's title, best first
const TITLE_COLUMNS = ['标题', '公告标题', '公告名称', '项目名称', '采购项目名称'];
// a body column: the notice's text, kept as lines after the fields
const BODY_COLUMN = /^(?:正文|公告正文|内容|公告内容|项目内容|详情|摘要|公告摘要)$/;
const MIN_COLUMNS = 4;

/**
 * The text a header-row-plus-record export stands for, or the text unchanged when it is not one
 * (the first non-blank line must be a row of at least four column names and the next line a
 * record with at least as many cells; extra cells, the body's own pipes, stay in the last cell).
 */
export function csvRecordText(text: string): string {
  const head = /^\s*/.exec(text)![0].length;
  const nl = text.indexOf('\n', head);
  if (nl < 0 || nl - head > 300) return text;
  const columns = text.slice(head, nl).split(' | ').map((c) => c.trim());
  if (columns.length < MIN_COLUMNS || !columns.every((c) => COLUMN.test(c))) return text;
  const rest = text.slice(nl + 1);
  const rowEnd = rest.indexOf('\n');
  const row = rowEnd < 0 ? rest : rest.slice(0, rowEnd);
  const cells = row.split(' | ');
  if (cells.length < columns.length) return text;
  // a second row as wide as the header: a table of several rows (a results list), no one record
  const next = rowEnd < 0 ? '' : (/^\s*([^\n]*)/.exec(rest.slice(rowEnd + 1))?.[1] ?? '');
  if (next.split(' | ').length >= columns.length) return text;
  const last = columns.length - 1;
  // the last column takes the rest of the row and every line after it (a quoted body spans lines)
  const values = [...cells.slice(0, last), [cells.slice(last).join(' | '), rowEnd < 0 ? '' : rest.slice(rowEnd)].join('')].map((v) =>
    v.trim().replace(/^"([\s\S]*?)"?$/, '$1'),
  );
  if (values.slice(0, last).some((v) => v.length > 300)) return text;
  const titleAt = TITLE_COLUMNS.map((c) => columns.indexOf(c)).find((i) => i >= 0 && values[i]);
  const lines: string[] = [];
  if (titleAt !== undefined) lines.push(values[titleAt]);
  let body = '';
  columns.forEach((c, i) => {
    if (i === last && BODY_COLUMN.test(c)) body = values[i];
    else if (values[i]) lines.push(`${c}：${values[i]}`);
  });
  return `${lines.join('\n')}\n\n${body}`;
}
