/**
 * Text a Word file gives through docx2txt spaces its parts its own way: one blank line between
 * the cells of a table row (and the lines of one paragraph), three between paragraphs and rows.
 * Read as it stands, every cell is a paragraph of its own and a result table is no table. The
 * spacing is undone before reading: a single blank line inside such a text goes (a row's cells
 * become consecutive lines, as a table reader expects them), a longer run becomes one blank line.
 * Only a text whose blank runs are nearly all of those two lengths, with many of each, is so read;
 * any other text is returned unchanged. Pure, linear.
 * @module
 */

const BLANK_RUN = /\n(?:[ \t]*\n)+/g;

/** A docx2txt text with its one-blank / three-blank spacing undone (unchanged when not such a text). */
export function undoDocxSpacing(text: string): string {
  // cheap test first: three blank lines in a row somewhere
  if (!/\n[ \t]*\n[ \t]*\n[ \t]*\n[^\n]/.test(text)) return text;
  let one = 0;
  let three = 0;
  let other = 0;
  for (const m of text.matchAll(BLANK_RUN)) {
    const blanks = m[0].split('\n').length - 2;
    if (blanks === 1) one++;
    else if (blanks === 3) three++;
    else if (m.index + m[0].length < text.length) other++;
  }
  if (one < 4 || three < 4 || other * 10 > one + three) return text;
  return text.replace(BLANK_RUN, (m, at: number) => {
    if (at + m.length >= text.length) return m;
    return m.split('\n').length - 2 === 1 ? '\n' : '\n\n';
  });
}
