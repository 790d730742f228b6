/**
 * Dates as notices write them (2025年05月27日, 2019-7-12, 2022/01/04), checked to be real
 * calendar dates, and the publication date from labels, header lines or the signature.
 * @module
 */
import type { Field } from './fields.js';

const DATE_RE = /(?<!\d)((?:19|20)\d{2})\s*[年\-/.]\s*(\d{1,2})\s*[月\-/.]\s*(\d{1,2})(?!\d)/;

/** The first real date in `s` as YYYY-MM-DD, with its span, or null. */
export function parseDate(s: string): { iso: string; start: number; end: number } | null {
  const m = DATE_RE.exec(s);
  if (!m) return null;
  const y = Number(m[1]);
  const mo = Number(m[2]);
  const d = Number(m[3]);
  const dt = new Date(Date.UTC(y, mo - 1, d));
  if (dt.getUTCFullYear() !== y || dt.getUTCMonth() !== mo - 1 || dt.getUTCDate() !== d) return null;
  const iso = `${m[1]}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
  return { iso, start: m.index, end: m.index + m[0].length };
}

export interface DateHit {
  iso: string;
  start: number;
  end: number;
  how: 'label' | 'header' | 'signature' | 'award_date' | 'hint';
}

/** The publication date: a labelled field, a date line at the top, the signature line, the award date. */
export function findPublished(text: string, fields: Field[]): DateHit | null {
  for (const f of fields) {
    if (f.role !== 'published') continue;
    const d = parseDate(f.value.slice(0, 40));
    if (d) return { iso: d.iso, start: f.valueStart + d.start, end: f.valueStart + d.end, how: 'label' };
  }
  // a header line near the top that starts with a date ("2025年05月27日 20:20 来源：…")
  let pos = 0;
  for (let i = 0; i < 6 && pos < text.length; i++) {
    const nl = text.indexOf('\n', pos);
    const end = nl < 0 ? text.length : nl;
    const line = text.slice(pos, end);
    const t = line.trimStart();
    const d = parseDate(t.slice(0, 24));
    if (d && d.start === 0 && /^[\d年月日\-/. :：]*(?:来源|$|\s)/.test(t.slice(0, d.end + 12))) {
      const lead = line.length - t.length;
      return { iso: d.iso, start: pos + lead, end: pos + lead + d.end, how: 'header' };
    }
    pos = end + 1;
  }
  // the signature: a line at the end that is only a date
  const tailStart = Math.max(0, text.length - 600);
  const tail = text.slice(tailStart);
  const lines = tail.split('\n');
  let off = tailStart;
  let sig: DateHit | null = null;
  for (const line of lines) {
    const t = line.trim();
    if (t.length <= 16) {
      const d = parseDate(t);
      if (d && d.start === 0 && d.end >= t.length - 1) {
        const lead = line.indexOf(t);
        sig = { iso: d.iso, start: off + lead, end: off + lead + (d.end - d.start), how: 'signature' };
      }
    }
    off += line.length + 1;
  }
  if (sig) return sig;
  for (const f of fields) {
    // an award date may stand in for publication; a contract's signing date may not
    if (f.role !== 'awardDate' || f.label.includes('签')) continue;
    const d = parseDate(f.value.slice(0, 40));
    if (d) return { iso: d.iso, start: f.valueStart + d.start, end: f.valueStart + d.end, how: 'award_date' };
  }
  return null;
}
