/**
 * Two-column text (a PDF's 甲方 block beside its 乙方 block, 采购人 contacts beside the agency's)
 * comes out of a text layer line by line ACROSS the columns: "名称：A      名称：B". Read so, the
 * second column's name sits inside the first's block and the labels that follow each name
 * belong to the wrong party. Such a run of lines is put back in reading order: the left
 * column's lines, then the right's.
 * @module
 */

// a line split by one wide gap into a left and a right cell (indentation aside)
const ONE_GAP = /^(\S(?:.*?\S)?) {4,}(\S(?:.*\S)?)$/;
// a cell that opens with its own short label ("名称：…", "联系人：…")
const LABELLED = /^[^\s:：|]{1,14}[:：]\s*\S/;
// runs shorter than this are a single row of two fields, read fine as they stand
const MIN_RUN = 3;
// and at least this many of a run's rows hold a label in both cells (two parties side by side),
// so a two-column key/value table ("项目名称      X") is never taken apart
const MIN_PAIRED = 2;

interface Row { line: string; left: string; right: string; paired: boolean }

/** Put two-column runs of lines back in column order; any other text is returned unchanged. */
export function unweaveColumns(text: string): string {
  if (!/\S {4,}\S/.test(text)) return text;
  const lines = text.split('\n');
  const out: string[] = [];
  let run: Row[] = [];
  let changed = false;
  const flush = () => {
    if (run.length >= MIN_RUN && run.filter((r) => r.paired).length >= MIN_PAIRED) {
      out.push(...column(run.map((r) => r.left)), ...column(run.map((r) => r.right)));
      changed = true;
    } else for (const r of run) out.push(r.line);
    run = [];
  };
  for (const line of lines) {
    const t = line.trim();
    const m = t.length <= 200 && (t.match(/ {4,}/g)?.length ?? 0) === 1 ? ONE_GAP.exec(t) : null;
    if (!m) {
      flush();
      out.push(line);
      continue;
    }
    run.push({ line, left: m[1], right: m[2], paired: LABELLED.test(m[1]) && LABELLED.test(m[2]) });
  }
  flush();
  return changed ? out.join('\n') : text;
}

// a short unlabelled cell with no punctuation: the rest of a name the column was too narrow for
const WRAPPED = /^[\u4e00-\u9fff（）()]{1,12}$/;

/**
 * A column's cells, a name wrapped inside the column ("名称：星河县文化广电和旅游体" over "育局")
 * joined back onto its labelled line.
 */
function column(cells: string[]): string[] {
  const out: string[] = [];
  for (const c of cells) {
    const prev = out.length ? out[out.length - 1] : '';
    if (prev && LABELLED.test(prev) && WRAPPED.test(c) && /[\u4e00-\u9fff]$/.test(prev)) out[out.length - 1] = prev + c;
    else out.push(c);
  }
  return out;
}
