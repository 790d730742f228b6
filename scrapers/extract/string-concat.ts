/**
 * A notice kept in code as a string built from one literal a line (Java's and JavaScript's
 * `"…\n" + "…\n"`, C#'s and Go's the same, Python's adjacent literals inside brackets). Read as it
 * stands, every line keeps its quotes, its `+` and its escapes, and each field value runs into them
 * (a buyer "X\n\""). The run of literal lines is read as the string it builds: the literals joined,
 * their escapes decoded, so a `\n` is the line break it stands for and a literal without one runs on
 * into the next, as the program's string does. Pure, linear.
 * @module
 */
import { decodeEscapes } from './code-record.js';

// one line that is a string literal and the operators around it: `+ "…\n"`, `"…" +`, `"…\n";`,
// `"…",` (an array of lines), `String s = "…" +` (the assignment that opens it)
const LITERAL_LINE = /^[ \t]*(?:(?:[A-Za-z_][\w.<>[\]]*[ \t]+)*[A-Za-z_][\w.[\]]*[ \t]*\+?=[ \t]*)?(?:\+[ \t]*)?([rRuUbBf@$]{0,2})(["'])((?:[^"'\\\n]|\\.|(?!\2)["'])*)\2[ \t]*\+?[ \t]*[;,)]*[ \t]*$/;

// fewer lines than this are a string on a line of code, not a notice kept in one
const MIN_LINES = 3;

/** `s` with every run of at least three string-literal lines holding Chinese read as the string they build. */
export function joinStringLiterals(s: string): string {
  // cheap guard: a quote right after a line's indent or a `+`
  if (!/^[ \t]*\+?[ \t]*["']/m.test(s.slice(0, 200_000))) return s;
  const lines = s.split('\n');
  const out: string[] = [];
  let run: string[] = [];
  const flush = () => {
    if (run.length >= MIN_LINES && /[\u4e00-\u9fff]/.test(run.join(''))) {
      // the string the run builds; with no escaped line break in any literal it is a list of lines
      // (an array's items, "…",), one literal a line, not one run-on sentence
      const builds = run.some((r) => /(?<!\\)\\n/.test(r));
      out.push(decodeEscapes(run.join(builds ? '' : '\n')).replace(/\n$/, ''));
    } else out.push(...run.map((_, k) => lines[runStart + k]));
    run = [];
  };
  let runStart = 0;
  for (let i = 0; i < lines.length; i++) {
    const m = LITERAL_LINE.exec(lines[i]);
    // (a raw literal, r"…", is no part of a run: its backslashes are its own)
    if (m && !/[rR]/.test(m[1])) {
      if (!run.length) runStart = i;
      run.push(m[3]);
      continue;
    }
    if (run.length) flush();
    out.push(lines[i]);
  }
  if (run.length) flush();
  return out.join('\n');
}
