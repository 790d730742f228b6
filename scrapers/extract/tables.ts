/**
 * Tables in a notice's text, with every cell's offsets: pipe rows ("a | b | c", what HTML
 * tables and tab-separated copies become), space-separated rows under a header line, and
 * "vertical" tables that lost their row structure (one cell per line: a block of header lines,
 * then blocks of as many value lines).
 * @module
 */

export interface Cell {
  text: string;
  start: number;
  end: number;
}

export interface Table {
  header: Cell[];
  rows: Cell[][];
  /** where the table starts in the text */
  start: number;
}

import { displayWidth, readLayoutTable } from './layout-table.js';

/** A word of a table's header cell (序号, 名称, 金额 …). */
// (事项, 经办人: a village's or a unit's own disclosure of what it bought heads its columns so)
export const HEADER_WORD = /序号|名称|金额|承接主体|承接单位|地址|报价|数量|单价|总价|品牌|规格|型号|单位|备注|内容|得分|评分|排名|供应商|标的|价格|日期|期限|服务期|交货期|包号|分标|包组|标段|品目|结果|编号|项号|联系|预算|限额|中标|成交|候选人|分数|标项|类别|时间|方式|标题|地区|区域|工期|项目经理|项目负责人|信用代码|事项|经办人|经手人/;

interface Line {
  text: string;
  start: number;
}

function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  while (start <= text.length) {
    const nl = text.indexOf('\n', start);
    const end = nl < 0 ? text.length : nl;
    lines.push({ text: text.slice(start, end), start });
    if (nl < 0) break;
    start = nl + 1;
  }
  return lines;
}

function cellsOf(line: Line, sep: RegExp): Cell[] {
  const cells: Cell[] = [];
  let pos = 0;
  const parts = line.text.split(sep);
  for (const part of parts) {
    const idx = line.text.indexOf(part, pos);
    const lead = part.length - part.trimStart().length;
    const t = part.trim();
    cells.push({ text: t, start: line.start + idx + lead, end: line.start + idx + lead + t.length });
    pos = idx + part.length;
  }
  return cells;
}

// a column headed by what it prices and its unit ("横版（元/分钟）", "竖版（元/条）"): a heading too
const PRICE_UNIT_HEAD = /^[\u4e00-\u9fff]{1,8}[(（]\s*万?元\s*\/\s*[\u4e00-\u9fff]{1,3}[)）]$/;

function isHeaderRow(cells: Cell[]): boolean {
  const filled = cells.filter((c) => c.text);
  if (filled.length < 2) return false;
  const headerish = filled.filter((c) => c.text.length <= 20 && (HEADER_WORD.test(c.text) || PRICE_UNIT_HEAD.test(c.text)) && !/^[\d.,]+$/.test(c.text));
  return headerish.length >= Math.ceil(filled.length * 0.6);
}

/** Find the tables of `text` (bounded: at most 200 tables, 400 rows each). */
export function findTables(text: string): Table[] {
  const lines = splitLines(text);
  const tables: Table[] = [];
  // pipe tables
  let i = 0;
  while (i < lines.length && tables.length < 200) {
    if (!lines[i].text.includes('|')) {
      i++;
      continue;
    }
    const block: Cell[][] = [];
    const start = lines[i].start;
    while (i < lines.length && block.length < 400) {
      if (lines[i].text.includes('|')) {
        const cells = cellsOf(lines[i], /\|/);
        if (!joinsBrokenCell(block, cells)) block.push(cells);
        i++;
      } else if (!lines[i].text.trim() && i + 1 < lines.length && lines[i + 1].text.includes('|')) {
        i++; // a blank line between rows (HTML rows often come out so)
      } else break;
    }
    pushBlock(tables, block, start);
  }
  // vertical and space-separated tables
  for (let j = 0; j < lines.length && tables.length < 200; j++) {
    const t = lines[j].text.trim();
    if (!t || t.includes('|')) continue;
    // a layout PDF's table: columns parted by wide gaps, long cells wrapped inside their column
    if (/总价|金额|报价|价格/.test(t) && /\S {2,}\S/.test(t)) {
      const layout = readLayoutTable(lines, j, isHeaderRow);
      if (layout) {
        tables.push({ header: layout.header, rows: layout.rows, start: lines[j].start });
        j = layout.next - 1;
        continue;
      }
    }
    // space-separated header line
    const tokens = t.split(/[ ]+/);
    // (or a header whose price columns are named by their item alone, under a heading that says they
    // are unit prices: "入围供应商及单价（单位：元/条）" over "序号 供应商名称 短视频 专题片")
    const pricedAbove = j > 0 && /单价/.test(lines[j - 1].text) && /[(（]单位[:：]\s*元/.test(lines[j - 1].text);
    if (tokens.length >= 3 && tokens.length <= 12 && (/总价|金额|报价|价格/.test(t) ? isHeaderRow(tokens.map((x) => ({ text: x, start: 0, end: 0 })))
      : pricedAbove && tokens[0] === '序号' && /^(?:供应商|单位|公司)(?:名称)?$/.test(tokens[1]))) {
      const header = cellsOf({ text: lines[j].text, start: lines[j].start }, /[ ]+/).filter((c) => c.text);
      const rows: Cell[][] = [];
      let rowLine: Line = lines[j];
      for (let k = j + 1; k < lines.length && rows.length < 50; k++) {
        const row = cellsOf({ text: lines[k].text, start: lines[k].start }, /[ ]+/).filter((c) => c.text);
        if (row.length < header.length) {
          // a PDF's wrapped cells: the rest of the row's long cells on the next line
          if (rows.length && wrapsInto(rows[rows.length - 1], row, rowLine, lines[k])) continue;
          break;
        }
        rows.push(alignRow(header, row));
        rowLine = lines[k];
      }
      if (rows.length) tables.push({ header, rows, start: lines[j].start });
      continue;
    }
    // vertical: a block of >= 3 short header lines, then blocks of as many value lines
    if (t.length > 16 || !HEADER_WORD.test(t)) continue;
    // a numbered section's heading ("三、中标信息") over the header lines is not a column
    if (/^[一二三四五六七八九十]{1,3}[、.．]/.test(t)) continue;
    const head: Line[] = [];
    let k = j;
    while (k < lines.length && head.length < 16) {
      const lt = lines[k].text.trim();
      if (!lt || lt.length > 16 || !HEADER_WORD.test(lt) || lt.includes('|') || /[:：]/.test(lt)) break;
      head.push(lines[k]);
      k++;
    }
    if (head.length < 3) continue;
    const header = head.map((l) => trimCell(l));
    const rows: Cell[][] = [];
    const rowsStart = k;
    while (rows.length < 50) {
      while (k < lines.length && !lines[k].text.trim()) k++;
      const row: Cell[] = [];
      while (k < lines.length && lines[k].text.trim() && row.length < header.length) {
        row.push(trimCell(lines[k]));
        k++;
      }
      if (row.length !== header.length) break;
      // a row must start where a new block starts (the next line is blank or ends the text), or,
      // in a page's text that keeps no blank lines, read as one: its numbers where the header
      // says numbers, then another such row or the next section
      if (k < lines.length && lines[k].text.trim() && !(valuesFit(header, row) && (endsTable(lines[k].text) || nextRowFits(lines, k, header)))) break;
      rows.push(row);
    }
    // a plain pdftotext copy wraps a long cell at the page's width, so a row holds more lines than
    // the header has cells: rows under a 序号 column are read from one sequence number to the next
    if (!rows.length && /^序号$/.test(header[0].text)) {
      const numbered = numberedRows(lines, rowsStart, header);
      if (numbered.rows.length) {
        tables.push({ header, rows: numbered.rows, start: head[0].start });
        j = numbered.end - 1;
        continue;
      }
    }
    if (rows.length) tables.push({ header, rows, start: head[0].start });
    j = k - 1;
  }
  return tables.toSorted((a, b) => a.start - b.start);
}

/**
 * Rows of a vertical table under a 序号 column, each from its sequence number ("1", "2", …) to the
 * next or to the table's end; a row with more lines than the header has cells had a long cell
 * wrapped at the page's width, so the line after the longest full line is joined back to it
 * (never a number, never the money). Each row must then read as one (see valuesFit).
 */
function numberedRows(lines: Line[], k: number, header: Cell[]): { rows: Cell[][]; end: number } {
  const rows: Cell[][] = [];
  while (rows.length < 50) {
    while (k < lines.length && !lines[k].text.trim()) k++;
    if (k >= lines.length || lines[k].text.trim() !== String(rows.length + 1)) break;
    const next = String(rows.length + 2);
    const cells: Cell[] = [trimCell(lines[k++])];
    while (k < lines.length && cells.length < header.length + 4) {
      const t = lines[k].text.trim();
      if (!t || t === next || (cells.length >= header.length && endsTable(lines[k].text))) break;
      cells.push(trimCell(lines[k++]));
    }
    while (cells.length > header.length) {
      let at = -1;
      for (let i = 1; i < cells.length - 1; i++) {
        if (cells[i].text.length < 12 || NUMBER_CELL.test(cells[i + 1].text) || NUMBER_CELL.test(cells[i].text)) continue;
        if (at < 0 || cells[i].text.length > cells[at].text.length) at = i;
      }
      if (at < 0) break;
      cells.splice(at, 2, { text: cells[at].text + cells[at + 1].text, start: cells[at].start, end: cells[at + 1].end });
    }
    if (cells.length !== header.length || !valuesFit(header, cells)) break;
    rows.push(cells);
  }
  return { rows, end: k };
}

const NUMERIC_HEADER = /金额|价|数量|合计|率|得分|分数/;
const NUMBER_CELL = /^[\d.,，%￥¥]+(?:元|万元)?$/;

/** A line that closes a table: the next numbered section ("四、…", "5.") or a labelled field. */
const TABLE_END = /^\s*(?:[一二三四五六七八九十]{1,3}[、.．]|\d{1,2}[、.．](?!\d)|[（(][一二三四五六七八九十\d]{1,3}[)）]|[^\s:：]{2,12}[:：])/;

function endsTable(line: string): boolean {
  return TABLE_END.test(line);
}

/**
 * Whether a block of value lines reads as a row under `header` with no blank line to close it:
 * a sequence number under 序号, a number under every money or price column, and at least one
 * such column (a list of words is no table row).
 */
function valuesFit(header: Cell[], row: Cell[]): boolean {
  let numeric = 0;
  for (let i = 0; i < header.length; i++) {
    const h = header[i].text;
    const v = row[i].text.replace(/\s+/g, '');
    if (/^(?:序号|编号|项号)$/.test(h) && !/^\d{1,3}$/.test(v)) return false;
    if (/金额|价/.test(h)) {
      if (!/^[￥¥]?\d[\d,，]*(?:\.\d+)?(?:元|万元)?$/.test(v)) return false;
      numeric++;
    }
  }
  return numeric > 0;
}

/** Whether the lines from `k` hold another row under `header` (see valuesFit). */
function nextRowFits(lines: Line[], k: number, header: Cell[]): boolean {
  if (k + header.length > lines.length) return false;
  const row = lines.slice(k, k + header.length).map((l) => trimCell(l));
  return row.every((c) => c.text) && valuesFit(header, row);
}

/**
 * A row with more cells than its header ("华为 TE30" split at its space): the trailing money
 * and quantity columns are aligned from the right, the surplus merged into the cell before them.
 */
function alignRow(header: Cell[], row: Cell[]): Cell[] {
  if (row.length <= header.length) return row;
  let right = 0;
  while (right < header.length - 1 && NUMERIC_HEADER.test(header[header.length - 1 - right].text)) right++;
  if (!right) return row;
  const left = header.length - right;
  const merged = row.slice(left - 1, row.length - right);
  const mid: Cell = { text: merged.map((c) => c.text).join(' '), start: merged[0].start, end: merged[merged.length - 1].end };
  return [...row.slice(0, left - 1), mid, ...row.slice(row.length - right)];
}

/**
 * A line that continues the row above it in text taken from a PDF ("1 X传媒有 X市梅山南
 * 386,000.00 一年" / "限公司 路218号"): each of its cells ends one of the row's text cells, in
 * order. Not a label line, a section heading, a total or a number. Appends in place.
 */
function wrapsInto(prev: Cell[], cont: Cell[], prevLine: Line, contLine: Line): boolean {
  const line = cont.map((c) => c.text).join(' ');
  if (!cont.length || line.length > 40 || /[:：]|^(?:[一二三四五六七八九十]{1,3}、|\d{1,2}[.、．])|合计|总计|小计|第\s*\d+\s*页/.test(line)) return false;
  if (cont.some((c) => NUMBER_CELL.test(c.text))) return false;
  const textCells = prev.map((c, k) => (NUMBER_CELL.test(c.text) || /^\d{1,3}$/.test(c.text) ? -1 : k)).filter((k) => k >= 0);
  if (cont.length > textCells.length) return false;
  // a layout copy keeps each piece under its own column ("第一包  X公司  428,600.00  签订合同后" /
  // "（学生" under 第一包, "30日内" under 签订合同后): when every piece starts where a text cell of
  // the row starts (in display columns, a CJK character two wide), each goes to that cell, not
  // to the row's text cells in order (which put "30日内" on the vendor's name)
  const byColumn = columnTargets(prev, prevLine, cont, contLine, textCells);
  cont.forEach((c, i) => {
    const k = byColumn ? byColumn[i] : textCells[i];
    prev[k] = { text: prev[k].text + c.text, start: prev[k].start, end: prev[k].end };
  });
  return true;
}

/** For each piece of a continuation line, the text cell of the row above starting in its column, or null when one does not line up. */
function columnTargets(prev: Cell[], prevLine: Line, cont: Cell[], contLine: Line, textCells: number[]): number[] | null {
  // a laid-out row starts its cells after runs of two or more spaces; a copy with single spaces has no columns to go by
  if (!/\S[ ]{2,}\S/.test(prevLine.text)) return null;
  const colOf = (c: Cell, l: Line) => displayWidth(l.text.slice(0, c.start - l.start));
  const out: number[] = [];
  for (const c of cont) {
    const col = colOf(c, contLine);
    const k = textCells.find((t) => Math.abs(colOf(prev[t], prevLine) - col) <= 2);
    if (k === undefined || out.includes(k)) return null;
    out.push(k);
  }
  return out;
}

/**
 * A row whose cell held a line break (an HTML cell's <br> in a page saved as text): the row's
 * cells before the break end one line, the rest start the next ("1 | 联合体牵头人：X" /
 * "联合体成员：Y | 地址 | 568,000.00元"). Two short lines whose cells, the broken one counted
 * once, fill the header's width are one row: the broken cell's halves joined by a space.
 * Merges in place.
 */
function joinsBrokenCell(block: Cell[][], cells: Cell[]): boolean {
  if (block.length < 2 || !isHeaderRow(block[0])) return false;
  const width = block[0].length;
  const prev = block[block.length - 1];
  if (prev.length >= width || cells.length >= width || prev.length + cells.length - 1 !== width) return false;
  const [a, b] = [prev[prev.length - 1], cells[0]];
  if (!a.text || !b.text || NUMBER_CELL.test(a.text) || NUMBER_CELL.test(b.text)) return false;
  prev[prev.length - 1] = { text: `${a.text} ${b.text}`, start: a.start, end: b.end };
  prev.push(...cells.slice(1));
  return true;
}

function trimCell(l: Line): Cell {
  const lead = l.text.length - l.text.trimStart().length;
  const t = l.text.trim();
  return { text: t, start: l.start + lead, end: l.start + lead + t.length };
}

function pushBlock(tables: Table[], block: Cell[][], start: number) {
  // split the block at header rows: one pipe block often holds several tables
  let header: Cell[] | null = null;
  let rows: Cell[][] = [];
  let headerEdged = false;
  let tStart = start;
  const flush = () => {
    if (header && rows.length) tables.push({ header, rows, start: tStart });
    else if (!header && rows.length > 1) tables.push({ header: [], rows, start: tStart });
  };
  for (let cells of block) {
    // markdown-style "| a | b |" rows carry empty edge cells; drop them only when the row is
    // longer than its header (an empty first cell can be a real blank column)
    const want = header?.length ?? 0;
    // both edges empty under a header that had both edges empty too: a markdown row, however
    // short (a truncated last row "| 1 | X公司 |" keeps its cells where they stand)
    const edged = cells.length > 2 && !cells[0].text && !cells[cells.length - 1].text;
    if (edged && header && headerEdged) cells = cells.slice(1, -1);
    if (cells.length > 1 && !cells[cells.length - 1].text && (!header || cells.length > want)) cells = cells.slice(0, -1);
    if (cells.length > 1 && !cells[0].text && (!header || cells.length > want)) cells = cells.slice(1);
    if ((cells.length >= 3 && isHeaderRow(cells)) || (cells.length === 2 && isVendorAmountHeader(cells))) {
      if (header && !rows.length && cells.length === header.length) {
        // a header split over two rows ("成交供应商" over "名称 | 统一社会信用代码"): one header
        // whose cells read group + sub-heading, so that 成交供应商名称 is told from its code
        header = header.map((h, k) => mergeHeaderCell(h, cells[k]));
        continue;
      }
      flush();
      headerEdged = edged;
      header = cells;
      rows = [];
      tStart = cells[0]?.start ?? start;
    } else rows.push(cells);
  }
  flush();
}

/** A two-column header "中标供应商 | 中标金额" (two cells that are both headings, one a party, one money). */
function isVendorAmountHeader(cells: Cell[]): boolean {
  const [a, b] = cells.map((c) => c.text);
  const party = /供应商|中标人|成交人|单位名称|投标人/;
  const money = /金额|报价|价格|总价/;
  return a.length <= 16 && b.length <= 16 && ((party.test(a) && money.test(b) && !money.test(a)) || (money.test(a) && party.test(b) && !money.test(b)));
}

function mergeHeaderCell(top: Cell, sub: Cell): Cell {
  if (!top.text || top.text === sub.text) return sub;
  if (!sub.text) return top;
  return { text: top.text + sub.text, start: sub.start, end: sub.end };
}

/**
 * The money unit a column header names: "成交金额（万元）", "金额(单位：万元)", and in a merged
 * two-row header "中标（成交）供应商信息中标（成交）金额 （万元）" (the first bracket is no unit).
 */
export function headerUnit(header: string): 'yuan' | 'wan' | null {
  for (const m of header.matchAll(/[(（]([^()（）]{1,8})[)）]/g)) {
    if (/万元|万/.test(m[1])) return 'wan';
    if (/元/.test(m[1])) return 'yuan';
  }
  return null;
}

/** Index of the header cell matching `re`, or -1. */
export function columnOf(table: Table, re: RegExp): number {
  return table.header.findIndex((c) => re.test(c.text));
}

/**
 * The money unit a line just above a table names for it ("中标结果（金额单位：万元）",
 * "单位：万元"), or null. The column header's own unit, when present, wins over this.
 */
export function unitAbove(lookup: string, table: Table): 'yuan' | 'wan' | null {
  const before = lookup.slice(Math.max(0, table.start - 80), table.start);
  let unit: 'yuan' | 'wan' | null = null;
  for (const m of before.matchAll(/(?:金额|价格|货币|报价)?单位\s*[:：为]?\s*(?:人民币)?\s*(万元|元)/g)) unit = m[1] === '万元' ? 'wan' : 'yuan';
  return unit;
}
