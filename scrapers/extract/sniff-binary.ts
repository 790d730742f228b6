/**
 * Is this a text at all? A notice reaches us as HTML or text; a PDF, a Word file, an image or
 * random bytes decoded as GB18030 would read as a garbage title and an empty notice, a wrong
 * record where the honest answer is an error. The check reads the first bytes only.
 * @module
 */

/** Magic numbers of the files a portal's attachment link or a mis-saved download hands us. */
const MAGIC: [bytes: number[], what: string][] = [
  [[0x25, 0x50, 0x44, 0x46, 0x2d], 'a PDF file'],
  [[0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], 'an old Office file (.doc/.xls)'],
  [[0x50, 0x4b, 0x03, 0x04], 'a ZIP archive (or .docx/.xlsx)'],
  [[0x52, 0x61, 0x72, 0x21], 'a RAR archive'],
  [[0x89, 0x50, 0x4e, 0x47], 'a PNG image'],
  [[0xff, 0xd8, 0xff], 'a JPEG image'],
  [[0x47, 0x49, 0x46, 0x38], 'a GIF image'],
  [[0x7b, 0x5c, 0x72, 0x74, 0x66], 'an RTF file'],
];

/** The first bytes looked at: enough for a page's head, cheap for a 20 MB file. */
const WINDOW = 4096;

/**
 * Which UTF-16 byte order the bytes are in, by their byte-order mark or, without one, by the
 * NUL bytes of ASCII and line breaks falling on every other byte (Windows Notepad's "Unicode").
 */
export function utf16Order(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  const n = Math.min(bytes.length, WINDOW) & ~1;
  if (n < 8) return null;
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenNul++;
    if (bytes[i + 1] === 0) oddNul++;
  }
  const pairs = n / 2;
  // Chinese text has few ASCII characters, so a fifth of the pairs is enough; NULs on both
  // sides is no UTF-16 text but binary data.
  if (oddNul >= pairs * 0.2 && evenNul <= pairs * 0.02) return 'utf-16le';
  if (evenNul >= pairs * 0.2 && oddNul <= pairs * 0.02) return 'utf-16be';
  return null;
}

/**
 * What the bytes are when they are no text (a phrase for an error message), or null for a text.
 * Text in UTF-16 is text. Otherwise NUL bytes in more than one byte in a hundred, or control
 * characters in more than one in twenty, of the first 4 KB mean binary data: saved text has
 * tabs and line breaks, and a broken page may hold a stray NUL or two, not more.
 */
export function binaryFormat(bytes: Uint8Array): string | null {
  for (const [magic, what] of MAGIC) if (magic.every((b, i) => bytes[i] === b)) return what;
  if (utf16Order(bytes)) return null;
  const n = Math.min(bytes.length, WINDOW);
  let nul = 0;
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i];
    if (b === 0) nul++;
    // tab, line feed, vertical tab, form feed, carriage return and escape occur in saved text
    else if (b < 0x20 && (b < 0x09 || b > 0x0d) && b !== 0x1b) control++;
  }
  if (nul > n / 100) return 'binary data (NUL bytes)';
  return control > n / 20 ? 'binary data (control characters)' : null;
}
