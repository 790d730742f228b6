/**
 * Turning fetched bytes into text: UTF-16 by its byte-order mark or its NUL bytes, else the
 * charset from the Content-Type header, else a <meta> declaration, else a byte-level sniff
 * (valid UTF-8 or not). GBK and GB18030 are decoded by Node's own TextDecoder (full ICU).
 * @module
 */
import { utf16Order } from './sniff-binary.js';

const GB_FAMILY = new Set(['gbk', 'gb2312', 'gb18030', 'x-gbk', 'cp936', 'euc-cn']);

function normalizeCharset(cs: string | null | undefined): string | null {
  if (!cs) return null;
  const c = cs.trim().toLowerCase().replace(/^["']|["']$/g, '');
  if (GB_FAMILY.has(c)) return 'gb18030'; // a superset: decodes GBK and GB2312 pages alike
  if (c === 'utf8' || c === 'utf-8') return 'utf-8';
  try {
    return new TextDecoder(c).encoding ? c : null;
  } catch {
    return null;
  }
}

/** The charset named by a Content-Type header value, if any. */
export function charsetFromContentType(contentType: string | null | undefined): string | null {
  const m = /charset\s*=\s*["']?([\w-]+)/i.exec(contentType ?? '');
  return normalizeCharset(m?.[1]);
}

/** The charset declared by a <meta charset> or http-equiv tag in the first 4 KB. */
export function charsetFromMeta(bytes: Uint8Array): string | null {
  const head = Buffer.from(bytes.subarray(0, 4096)).toString('latin1');
  const m = /<meta[^>]+charset\s*=\s*["']?\s*([\w-]+)/i.exec(head);
  return normalizeCharset(m?.[1]);
}

function isValidUtf8(bytes: Uint8Array): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

function hasHighBytes(bytes: Uint8Array): boolean {
  for (const b of bytes) if (b >= 0x80) return true;
  return false;
}

/**
 * Decode a page's bytes. Returns the text and the charset used. The header wins over
 * <meta>, but a page whose declared UTF-8 is not valid UTF-8 while GB18030 reads it
 * cleanly is decoded as GB18030 (portals mislabel GBK pages), and a declared GBK page that is
 * valid multi-byte UTF-8 is decoded as UTF-8.
 */
export function decodeBytes(bytes: Uint8Array, contentType?: string | null): { text: string; charset: string } {
  // A text saved by Windows Notepad as "Unicode" is UTF-16, whatever a <meta> inside it says.
  const utf16 = utf16Order(bytes);
  if (utf16) {
    const text = new TextDecoder(utf16).decode(bytes);
    return { text: text.charCodeAt(0) === 0xfeff ? text.slice(1) : text, charset: utf16 };
  }
  let charset = charsetFromContentType(contentType) ?? charsetFromMeta(bytes);
  if (!charset) charset = isValidUtf8(bytes) ? 'utf-8' : 'gb18030';
  else if (charset === 'utf-8' && !isValidUtf8(bytes)) charset = 'gb18030';
  // The reverse mislabel: a page saved as UTF-8 under an old gb2312 <meta>. Chinese GBK text
  // is practically never valid UTF-8, so valid multi-byte UTF-8 outweighs the declaration.
  else if (charset === 'gb18030' && hasHighBytes(bytes) && isValidUtf8(bytes)) charset = 'utf-8';
  let text = new TextDecoder(charset).decode(bytes);
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  return { text, charset };
}
