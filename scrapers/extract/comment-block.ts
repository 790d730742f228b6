/**
 * A notice kept in a code repository as a commented-out block: a Word export or a scraped page
 * pasted under "# " (Python, shell, YAML) or "// " (JavaScript, Java, Go) on every line. The
 * comment marks are no part of the notice: with them the title reads "# …" and every label
 * starts mid-line.
 * @module
 */

// a line's comment mark: "#" or "//", then at most one space
const MARK = /^[ \t]*(#|\/\/)[ \t]?/;

/**
 * `text` with the comment marks taken off when every non-blank line of it carries the same one
 * and there are at least five such lines (a Markdown heading or two, a shell script's shebang,
 * or a lone "# note" keep the text as it is). Pure; linear in the text.
 */
export function uncommentBlock(text: string): string {
  // cheap test first: most notices start with no mark at all
  if (!MARK.test(text.slice(0, 200).replace(/^\s+/, ''))) return text;
  const lines = text.split('\n');
  let mark: string | null = null;
  let marked = 0;
  for (const line of lines) {
    if (!line.trim()) continue;
    const m = MARK.exec(line);
    // a Markdown "## heading" or a "#!" shebang is no comment block
    if (!m || (mark !== null && m[1] !== mark) || /^[ \t]*#[#!]/.test(line)) return text;
    mark = m[1];
    marked++;
  }
  if (marked < 5) return text;
  return lines.map((line) => line.replace(MARK, '')).join('\n');
}

// a block comment's opening and closing lines ("/**", "/*", " */") and a line inside it that
// carries the " * " mark of Javadoc, JSDoc and C
const BLOCK_OPEN = /^[ \t]*\/\*+[ \t]*/;
const BLOCK_CLOSE = /^[ \t]*\*+\/[ \t]*$/;
const STAR = /^[ \t]*\*(?!\/)[ \t]?/;

/**
 * A notice pasted into a block comment of code (a JS or Java file's "/* … *\/" with " * " on every
 * line): within each such block whose inner lines all carry the star, the stars are taken off and the
 * opening and closing lines blanked, so its first line is no title "* X公告" and its labels start
 * their lines. Text outside the blocks stays as it is.
 */
export function unstarBlockComments(text: string): string {
  if (!text.includes('/*')) return text;
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    if (!BLOCK_OPEN.test(lines[i]) || lines[i].includes('*/')) continue;
    let j = i + 1;
    while (j < lines.length && j - i < 2000 && !BLOCK_CLOSE.test(lines[j]) && (STAR.test(lines[j]) || !lines[j].trim())) j++;
    if (j >= lines.length || !BLOCK_CLOSE.test(lines[j]) || j - i < 3) continue;
    lines[i] = lines[i].replace(BLOCK_OPEN, '');
    for (let k = i + 1; k < j; k++) lines[k] = lines[k].replace(STAR, '');
    lines[j] = '';
    i = j;
  }
  return lines.join('\n');
}
