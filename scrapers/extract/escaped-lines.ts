/**
 * A notice kept as a string literal in code (a scraper's test fixture, a log line) and saved with
 * its escapes as written: every line ends in a literal backslash-n, the whole notice is one
 * physical line. Read as it stands, each field value runs on into the next label ("庄河市融媒体中心\n"),
 * so the escapes become the line breaks they stand for before anything is read.
 * @module
 */

// a literal \n, \r\n or \t not itself escaped (\\n is a backslash and an n)
const ESCAPE_RE = /(?<!\\)\\(?:r\\n|n|t)/g;

// enough escapes on one line that they are the line's structure, not a path or a regex in prose
const MIN_ESCAPES = 3;

/**
 * Turn literal line-break escapes into real breaks on each physical line that carries at least
 * three of them and some Chinese text (a notice, not code); other lines stay as they are.
 */
export function unescapeLineBreaks(s: string): string {
  if (!s.includes('\\')) return s;
  return s.replace(/[^\n]+/g, (line) => {
    if (!/[\u4e00-\u9fff]/.test(line)) return line;
    const n = line.match(ESCAPE_RE)?.length ?? 0;
    if (n < MIN_ESCAPES) return line;
    return line.replace(ESCAPE_RE, (e) => (e === '\\t' ? '\t' : '\n'));
  });
}

// a line that opens or closes a string literal in code and holds nothing else of the notice:
// 'SAMPLE_NOTICE = """', 'notice = r"""', 'const raw = `', '"""', '""")'
const LITERAL_OPEN = /^[ \t]*(?:(?:const|let|var|final|static|private|String)\s+)*[A-Za-z_][\w.]*\s*(?::\s*str\s*)?=\s*[rbuRBU]{0,2}(?:"""|'''|`)[ \t]*$/gm;
const LITERAL_CLOSE = /^[ \t]*(?:"""|'''|`)[ \t]*\)?[ \t]*;?[ \t]*$/gm;

/**
 * A notice kept in a test's string literal (a Python triple-quoted string, a template literal)
 * with the code around it: the lines that open and close the literal are blanked, so the
 * assignment is not read into the title on the line after it.
 */
export function blankLiteralMarks(s: string): string {
  if (!/"""|'''|`/.test(s)) return s;
  return s.replace(LITERAL_OPEN, '').replace(LITERAL_CLOSE, '');
}

// a \uXXXX escape (not itself escaped)
const UNICODE_ESCAPE = /(?<!\\)\\u([0-9a-fA-F]{4})/g;
// enough of them that they are how the text writes its Chinese (PyYAML's or ensure_ascii's output)
const MIN_UNICODE_ESCAPES = 20;

/**
 * A text that writes every non-ASCII character as a \uXXXX escape (a vcrpy cassette's body as
 * PyYAML dumps it, a JSON dump with ensure_ascii) read as the characters: its escapes decoded, and
 * a double-quoted scalar's folded lines (a backslash closing the line, the next line's indent)
 * joined back. Only when the escapes outnumber the text's own Chinese characters.
 */
export function decodeUnicodeEscapes(s: string): string {
  if (!s.includes('\\u')) return s;
  const n = s.slice(0, 200_000).match(UNICODE_ESCAPE)?.length ?? 0;
  if (n < MIN_UNICODE_ESCAPES || n <= (s.slice(0, 200_000).match(/[\u4e00-\u9fff]/g)?.length ?? 0)) return s;
  return s.replace(/(?<!\\)\\\r?\n[ \t]*/g, '').replace(UNICODE_ESCAPE, (_m, h: string) => String.fromCharCode(parseInt(h, 16)));
}
