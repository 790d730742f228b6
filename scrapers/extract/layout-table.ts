/**
 * A table as `pdftotext -layout` prints it: cells set in columns by runs of spaces, a long cell
 * wrapped onto the next lines inside its own column ("山东X医疗科技有限" / "公司" under it), a
 * cell's words themselves parted by single spaces ("数字化医用 X 射线"). Split at single spaces,
 * such a row has more cells than its header and a wrapped line reads as a row of its own. Read
 * by columns instead: a cell is what sits under a header's column (display width counted, a
 * Chinese character two columns wide), a line with nothing under the first column continues the
 * row above it. Pure, bounded (50 rows).
 * @module
 */

export interface LayoutCell {
  text: string;
  start: number;
  end: number;
}

interface Seg extends LayoutCell {
  col: number;
  width: number;
}

// East Asian wide and full-width characters take two columns in a monospaced layout
const WIDE = /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/;

/** The columns `s` takes in a fixed-width layout (pdftotext -layout, a monospaced dump): a CJK or full-width character takes two. */
export function displayWidth(s: string): number {
  let w = 0;
  for (const ch of s) w += WIDE.test(ch) ? 2 : 1;
  return w;
}

/** A line's cells: runs of text parted by two or more spaces, each with its display column. */
function segments(text: string, start: number): Seg[] {
  const out: Seg[] = [];
  for (const m of text.matchAll(/\S+(?: \S+)*/g)) {
    out.push({ text: m[0], start: start + m.index, end: start + m.index + m[0].length, col: displayWidth(text.slice(0, m.index)), width: displayWidth(m[0]) });
  }
  return out;
}

/** The header column a cell sits under: the one its span overlaps most. */
function columnOf(cols: Array<{ from: number; to: number }>, s: Seg): number {
  let best = -1;
  let most = 0;
  for (let c = 0; c < cols.length; c++) {
    const overlap = Math.min(cols[c].to, s.col + s.width) - Math.max(cols[c].from, s.col);
    if (overlap > most) {
      most = overlap;
      best = c;
    }
  }
  return best;
}

const FIGURE = /^[¥￥]?\d[\d,，]*(?:\.\d+)?(?:元|万元)?$/;
const CJK_END = /[\u4e00-\u9fff（）()]$/;

/**
 * The layout table whose header is line `j` (three or more cells parted by wide gaps), read to
 * the first blank line or the first line that fits no column; null when it is no such table
 * (`isHeader` says whether the header's cells read as a header).
 */
export function readLayoutTable(
  lines: Array<{ text: string; start: number }>, j: number, isHeader: (cells: LayoutCell[]) => boolean,
): { header: LayoutCell[]; rows: LayoutCell[][]; next: number } | null {
  const head = segments(lines[j].text, lines[j].start);
  if (head.length < 3 || head.length > 12 || !isHeader(head)) return null;
  const cols = head.map((h, c) => ({ from: c === 0 ? 0 : h.col, to: c + 1 < head.length ? head[c + 1].col : 10_000 }));
  const rows: LayoutCell[][] = [];
  let k = j + 1;
  let wrapped = false;
  for (; k < lines.length && rows.length < 50; k++) {
    const segs = segments(lines[k].text, lines[k].start);
    if (!segs.length) break;
    const at = segs.map((s) => columnOf(cols, s));
    if (at.some((c) => c < 0) || new Set(at).size !== at.length) break;
    if (at[0] === 0) {
      if (segs.length < 2) break;
      const row: LayoutCell[] = head.map(() => ({ text: '', start: lines[k].start, end: lines[k].start }));
      segs.forEach((s, i) => (row[at[i]] = { text: s.text, start: s.start, end: s.end }));
      rows.push(row);
    } else if (rows.length) {
      const row = rows[rows.length - 1];
      segs.forEach((s, i) => {
        // a figure never wraps inside its cell: one under a cell that already holds a figure
        // belongs to the next empty column (a page's continuation set a few columns off)
        if (FIGURE.test(s.text) && FIGURE.test(row[at[i]].text)) {
          const free = row.findIndex((x, c) => c > at[i] && !x.text);
          if (free < 0) return;
          at[i] = free;
        }
        const c = row[at[i]];
        // a wrapped Chinese cell runs on without a space; words in Latin letters keep theirs
        row[at[i]] = c.text ? { text: c.text + (CJK_END.test(c.text) || /^[\u4e00-\u9fff]/.test(s.text) ? '' : ' ') + s.text, start: c.start, end: s.end } : { text: s.text, start: s.start, end: s.end };
      });
      wrapped = true;
    } else break;
  }
  // a table whose every row fits on its line reads the same split at spaces: left to that reader
  return rows.length && wrapped ? { header: head.map(({ text, start, end }) => ({ text, start, end })), rows, next: k } : null;
}
