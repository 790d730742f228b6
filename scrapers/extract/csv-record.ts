/**
 * A scraper's CSV or sheet export saved as text: a header row of column names ("标题 | 采购单位 |
 * 预算金额 | … | 正文") over the notice's one record row. Read as a table, the record's cells are
 * no labelled fields: the buyer column goes unread while a contact line in the body ("采购人 于女士
 * 024-…") is taken for the buyer, and the title swallows the whole row. So the record is written
 * back as the notice it stands for: its title cell on the first line, then one "column：value" line
 * per cell, then the long body cell as it is.
 * @module
 */
import { ENGLISH_BODY_COLUMN, ENGLISH_COLUMN, ENGLISH_TITLE_COLUMNS, englishColumnLabel, splitCsvRecord } from './csv-columns.js';

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
  const out = recordText(text);
  if (out !== text || text.charCodeAt(/^\s*/.exec(text)![0].length) !== 35) return out;
  return commentedRecordText(text);
}

// a "#" comment line over an export: the crawl's own note ("# 数据采集记录 来源：… 采集日期：…")
// or the header row written as a comment ("# 字段：标题 | 区划 | … | 正文")
const COMMENT_LINE = /^[ \t]*#[^\n]*\n/;
const COMMENT_HEADER = /^[ \t]*#+[ \t]*(?:(?:字段|字段名|列名|列|表头|columns?|fields?)[ \t]*[:：])?[ \t]*/i;

/**
 * An export whose header row is preceded by the crawler's "#" notes, or written as one of them:
 * the notes are no part of the notice (their crawl date is not its date, their first line is no
 * title), so they are dropped and the commented header is read as the header row. The text is
 * kept as it is unless what follows reads as a header row over one record.
 */
function commentedRecordText(text: string): string {
  let rest = text.replace(/^\s*/, '');
  for (let k = 0; k < 4; k++) {
    const line = COMMENT_LINE.exec(rest);
    if (!line) break;
    const asHeader = line[0].replace(COMMENT_HEADER, '');
    const tried = recordText(asHeader + rest.slice(line[0].length));
    if (tried !== asHeader + rest.slice(line[0].length)) return tried;
    rest = rest.slice(line[0].length);
    const plain = recordText(rest);
    if (plain !== rest) return plain;
  }
  return text;
}

function recordText(text: string): string {
  text = copyBlockText(text);
  let head = /^\s*/.exec(text)![0].length;
  // a spreadsheet's export with its sheet title and export time on lines of their own above the
  // header row ("X汇总,,,,,", "导出时间：2017-11-03,,,,,", a blank line): those lines are no record
  for (let k = 0; k < 4; k++) {
    const pre = /^[^,\n]{0,80},{2,}[ \t]*\r?\n\s*/.exec(text.slice(head, head + 200));
    if (!pre) break;
    head += pre[0].length;
  }
  const nl = text.indexOf('\n', head);
  if (nl < 0 || nl - head > 300) return text;
  const headLine = text.slice(head, nl).replace(/\r$/, '');
  // a tab-separated export (TSV, a spreadsheet's copy) reads as the " | " one: its cells hold no tabs
  const sep = headLine.includes(' | ') ? ' | ' : /\t/.test(headLine) && !/\t\t|^\t|\t$/.test(headLine) ? '\t' : null;
  // English names over comma-separated cells ("contract_name,buyer,supplier,amount,…")
  if (!sep) return commaRecordText(text, head, nl);
  const columns = headLine.split(sep).map((c) => c.trim());
  const english = columns.every((c) => ENGLISH_COLUMN.test(c));
  if (columns.length < MIN_COLUMNS || !(english || columns.every((c) => COLUMN.test(c)))) return text;
  const rest = text.slice(nl + 1);
  const rowEnd = rest.indexOf('\n');
  const row = rowEnd < 0 ? rest : rest.slice(0, rowEnd);
  const cells = row.replace(/\r$/, '').split(sep);
  if (cells.length < columns.length) return text;
  // a second row as wide as the header: a table of several rows (a results list), no one record
  const next = rowEnd < 0 ? '' : (/^\s*([^\n]*)/.exec(rest.slice(rowEnd + 1))?.[1] ?? '');
  if (next.split(sep).length >= columns.length) return text;
  const last = columns.length - 1;
  // the last column takes the rest of the row and every line after it (a quoted body spans lines)
  const values = [...cells.slice(0, last), [cells.slice(last).join(sep), rowEnd < 0 ? '' : rest.slice(rowEnd)].join('')].map((v) =>
    v.trim().replace(/^"([\s\S]*?)"?$/, '$1'),
  );
  if (values.slice(0, last).some((v) => v.length > 300)) return text;
  return english ? englishRecord(columns, values, '') : chineseRecord(columns, values);
}

// a PostgreSQL dump's data block: "COPY t (id, title, …) FROM stdin;", its tab-separated rows, "\\."
const COPY_LINE = /^COPY [\w."]{1,80} \(([^)\n]{1,600})\) FROM stdin;[ \t]*$/m;

/**
 * A pg_dump file's one-row COPY block as the export it is: the column list as a tab-separated
 * header over its row (the dump's SET and CREATE lines before it are chrome). Other texts unchanged.
 */
function copyBlockText(text: string): string {
  if (!text.includes('FROM stdin;')) return text;
  const m = COPY_LINE.exec(text);
  if (!m) return text;
  const columns = m[1].split(',').map((c) => c.trim().replace(/^"(.*)"$/, '$1'));
  const rows = text.slice(m.index + m[0].length + 1);
  const end = rows.search(/^\\\.[ \t]*$/m);
  return `${columns.join('\t')}\n${end < 0 ? rows : rows.slice(0, end)}`;
}

function chineseRecord(columns: string[], values: string[]): string {
  const last = columns.length - 1;
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

/**
 * A record under English column names: the title cell first, then a Chinese-labelled line per
 * column the extractor knows (others dropped), then the body cell and any text after the record.
 */
function englishRecord(columns: string[], values: string[], after: string): string {
  const lower = columns.map((c) => c.toLowerCase());
  const titleAt = ENGLISH_TITLE_COLUMNS.map((c) => lower.indexOf(c)).find((i) => i >= 0 && values[i]);
  const lines: string[] = [];
  if (titleAt !== undefined) lines.push(values[titleAt]);
  const bodies: string[] = [];
  columns.forEach((c, i) => {
    if (i === titleAt || !values[i]) return;
    if (ENGLISH_BODY_COLUMN.test(c)) bodies.push(values[i]);
    else {
      const label = englishColumnLabel(c, values[i]);
      if (label) lines.push(`${label}：${values[i]}`);
    }
  });
  const body = [...bodies, after].join('\n').trim();
  // the body's own first line restating the title cell with its notice word ("X合同" over "X合同公告")
  const first = /^[^\n]*/.exec(body)![0].trim();
  if (titleAt !== undefined && first.startsWith(values[titleAt]) && /^(?:的)?(?:公告|公示|通知)$/.test(first.slice(values[titleAt].length))) lines[0] = first;
  return `${lines.join('\n')}\n\n${body}`;
}

/**
 * A comma-separated sheet row under Chinese column names, an English key or two among them
 * ("id,标题,公告类型,地区,采购人,代理机构,预算金额,公告日期,项目内容,原文链接"), over one record:
 * read only when a title column names the sheet (a notice's first line listing places or names
 * with commas has none) and no second record as wide follows (a list of rows is no one notice).
 * Body columns (项目内容, 正文) go after the fields wherever they stand; English keys without a
 * label ("id") are dropped.
 */
function chineseCommaRecord(text: string, nl: number, columns: string[]): string {
  if (!columns.every((c) => COLUMN.test(c) || ENGLISH_COLUMN.test(c)) || !columns.some((c) => TITLE_COLUMNS.includes(c))) return text;
  if (columns.filter((c) => COLUMN.test(c)).length * 2 < columns.length) return text;
  const record = splitCsvRecord(text.slice(nl + 1));
  if (record.cells.length < columns.length) return text;
  const last = columns.length - 1;
  const values = [...record.cells.slice(0, last), record.cells.slice(last).join(',')];
  if (values.some((v, i) => v.length > 300 && !BODY_COLUMN.test(columns[i]))) return text;
  const after = text.slice(nl + 1 + record.end + 1);
  if (splitCsvRecord(after.replace(/^\s*/, ''), 20_000).cells.length >= columns.length) return text;
  const titleAt = TITLE_COLUMNS.map((c) => columns.indexOf(c)).find((i) => i >= 0 && values[i]);
  const lines: string[] = titleAt === undefined ? [] : [values[titleAt]];
  const bodies: string[] = [];
  columns.forEach((c, i) => {
    if (!values[i]) return;
    if (BODY_COLUMN.test(c)) bodies.push(values[i]);
    else if (COLUMN.test(c)) lines.push(`${c}：${values[i]}`);
    else {
      const label = englishColumnLabel(c, values[i]);
      if (label) lines.push(`${label}：${values[i]}`);
    }
  });
  return `${lines.join('\n')}\n\n${[...bodies, after].join('\n').trim()}`;
}

/**
 * A comma-separated export under English column names: the header, one record (quoted cells may
 * span lines), and whatever follows (a body written as its own one-column record, "content" over a
 * quoted text). Chinese comma headers go to chineseCommaRecord (read only under a title column).
 */
function commaRecordText(text: string, head: number, nl: number): string {
  const columns = text.slice(head, nl).split(',').map((c) => c.trim().replace(/^"(.*)"$/, '$1'));
  if (columns.length < MIN_COLUMNS) return text;
  if (!columns.every((c) => ENGLISH_COLUMN.test(c))) return chineseCommaRecord(text, nl, columns);
  const record = splitCsvRecord(text.slice(nl + 1));
  // a long cell is the body's, whichever column holds it ("…,content,detail_url": the body before the link)
  if (record.cells.length < columns.length || record.cells.slice(0, columns.length - 1).some((v, i) => v.length > 300 && !ENGLISH_BODY_COLUMN.test(columns[i]))) return text;
  const values = [...record.cells.slice(0, columns.length - 1), record.cells.slice(columns.length - 1).join(',')];
  let rest = text.slice(nl + 1 + record.end + 1);
  // "content" on its own line over a quoted body: the body column written as a record of its own
  const own = /^\s*"?([A-Za-z_]{2,24})"?\s*\n/.exec(rest);
  if (own && ENGLISH_BODY_COLUMN.test(own[1])) rest = splitCsvRecord(rest.slice(own[0].length)).cells.join(',') || rest;
  return englishRecord(columns, values, rest);
}
