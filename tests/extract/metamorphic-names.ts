/**
 * The second metamorphic family: the same notice with OTHER NAMES. For each labelled notice whose
 * label names a buyer, an agency or vendors, every occurrence of each labelled name in the text
 * (the exact string, and its variant with the other width of brackets) is replaced by a name the
 * seeded grammar (metamorphic-names-grammar.ts) makes in one shape, and the label with it. Each
 * role is renamed on its own (buyer, agency, vendors), so a regression is charged to one shape.
 *
 * The rewrite keeps the meaning: the role words and the punctuation around each name stay (only
 * the name's own characters change, brackets in the width the occurrence used); a buyer keeps its
 * leading chain of division names (so its locality as written) and is skipped when that chain
 * does not hold the label's most precise locality, or the buyer is central; invented words open
 * no division's name; a vendor's real place is far from the notice's. All labelled names are first
 * swapped for placeholders, longest first, so a name inside another and two names of one notice
 * never collide; a substitute that contains another name of the notice is drawn again. A role is
 * skipped when one of its names does not occur in the text as labelled.
 */
import { readFileSync } from 'node:fs';
import { extname } from 'node:path';
import { extractBytes } from '../../scrapers/commands/extract.js';
import { decodeBytes } from '../../scrapers/extract/decode.js';
import { FIELDS, judge, labelledFiles, laterBatch, type Field } from './metamorphic.js';
import { AGENCY_SHAPES, BUYER_SHAPES, VENDOR_SHAPES, placeChain, rngFor, type NameContext, type Shape } from './metamorphic-names-grammar.js';

type Label = Record<string, unknown> & { file: string };
export type Role = 'buyer' | 'agency' | 'vendor';
export const ROLES: Role[] = ['buyer', 'agency', 'vendor'];
const SHAPES: Record<Role, Shape[]> = { buyer: BUYER_SHAPES, agency: AGENCY_SHAPES, vendor: VENDOR_SHAPES };

/** A renamed notice: its text, its label, and the shape used. */
export interface Renamed {
  text: string;
  label: Label;
  shape: string;
}

const swapWidth = (s: string) => s.replace(/[()（）]/g, (c) => ({ '(': '\uff08', ')': '\uff09', '\uff08': '(', '\uff09': ')' })[c]!);
const toHalf = (s: string) => s.replace(/\uff08/g, '(').replace(/\uff09/g, ')');
const toFull = (s: string) => s.replace(/\(/g, '\uff08').replace(/\)/g, '\uff09');

/** The labelled names of a role ([] = none); a consortium's parts one by one. */
function namesOf(label: Label, role: Role): string[] {
  if (role === 'vendor') {
    const lots = (label.lots ?? []) as Array<{ vendor: string | null }>;
    return [...new Set(lots.flatMap((l) => (l.vendor ? l.vendor.split(/[；;]/).map((s) => s.trim()).filter(Boolean) : [])))];
  }
  const v = label[role];
  return typeof v === 'string' && v.trim() ? [v.trim()] : [];
}

const occurs = (text: string, name: string) => text.includes(name) || text.includes(swapWidth(name));

// a natural person (2-4 Han characters, no organisation word): renaming one into a company would
// change the notice's meaning (the text says 自然人, gives an ID number)
const isPerson = (name: string) => /^[\u4e00-\u9fff]{2,4}$/.test(name);

/** Folded for "is the old name still written somewhere": widths, white space and format characters (zero-width, soft hyphen) aside. */
const squash = (s: string) => s.normalize('NFKC').replace(/[\s\p{Cf}]+/gu, '');

/** Whether the buyer's place chain holds the label's most precise locality (so renaming keeps it). */
function keepsLocality(label: Label, place: string): boolean {
  if (label.province === '中央') return false;
  const precise = [label.county, label.city, label.province].find((x) => typeof x === 'string' && x) as string | undefined;
  if (!precise) return place !== '';
  return place !== '' && (place.includes(precise) || (label.city === label.province && place.startsWith(precise)));
}

/** `text` with `role`'s labelled names renamed in one shape, or null when the notice does not fit. */
export function renameRole(file: string, text: string, label: Label, role: Role): Renamed | null {
  const names = namesOf(label, role);
  if (!names.length || !names.every((n) => occurs(text, n) && !isPerson(n))) return null;
  const buyer = typeof label.buyer === 'string' ? label.buyer : '';
  const ctx: NameContext = { province: (label.province as string) ?? null, city: (label.city as string) ?? null, place: placeChain(buyer) };
  if (role === 'buyer' && !keepsLocality(label, ctx.place)) return null;
  const rng = rngFor(`${file}:${role}`);
  const shapes = SHAPES[role];
  const shape = shapes[Math.floor(rng() * shapes.length)];
  const all = [...new Set(ROLES.flatMap((r) => namesOf(label, r)))].toSorted((a, b) => b.length - a.length);
  // a substitute per renamed name, drawn again while it holds or sits inside another name of the notice
  const subs = new Map<string, { text: string; label: string }>();
  for (const n of names) {
    let s = shape.make(rng, ctx);
    for (let i = 0; s && i < 20; i++) {
      const taken = [...all, ...[...subs.values()].map((x) => x.text)];
      if (!taken.some((t) => t.includes(s!.text) || s!.text.includes(t))) break;
      s = shape.make(rng, ctx);
    }
    if (!s) return null;
    subs.set(n, s);
  }
  // placeholders first (longest name first), so no replacement rewrites another's result
  let out = text;
  const back: Array<[string, string]> = [];
  all.forEach((n, i) => {
    const ph = String.fromCharCode(0xe000 + i * 2);
    const phAlt = String.fromCharCode(0xe001 + i * 2);
    const alt = swapWidth(n);
    out = out.split(n).join(ph);
    if (alt !== n) out = out.split(alt).join(phAlt);
    const sub = subs.get(n)?.text;
    // a substitute takes the bracket width its occurrence was written in
    const altWidth = /[()]/.test(alt) ? toHalf : toFull;
    back.push([ph, sub ?? n], [phAlt, sub ? (alt !== n ? altWidth(sub) : sub) : alt]);
  });
  for (const [ph, s] of back) out = out.split(ph).join(s);
  // a name also written another way (hard-wrapped, spaced, zero-width characters) would stay
  // behind as the old name: the copy would no longer say one thing, so the notice is skipped
  const squashed = squash(out);
  if (names.some((n) => squashed.includes(squash(n)))) return null;
  const newLabel: Label = { ...label };
  if (role === 'vendor') {
    newLabel.lots = ((label.lots ?? []) as Array<Record<string, unknown>>).map((l) => ({
      ...l,
      vendor: typeof l.vendor === 'string' ? l.vendor.split(/[；;]/).map((p) => subs.get(p.trim())?.label ?? p.trim()).join('\uff1b') : l.vendor,
    }));
  } else newLabel[role] = subs.get(names[0])!.label;
  return { text: out, label: newLabel, shape: shape.name };
}

/** One role's outcome per shape: notices renamed, and per field the notices that went right → wrong. */
export interface NameRow {
  shape: string;
  applied: number;
  changed: Record<Field, string[]>;
}

type Pred = Record<string, unknown>;
function extractFile(name: string, bytes: Buffer, html: boolean): Pred {
  try {
    return extractBytes(name, bytes, html ? '.html' : '.txt');
  } catch (e) {
    return { error: (e as Error).message };
  }
}

/** The labelled files the name sweep reads: the shared corpus and the batches its gates were set on. */
export const nameSweepFiles = () => labelledFiles(laterBatch);

/** Rename every fitting notice once per role; rows per shape (and per role, the skipped count). */
export function sweepNames(files = nameSweepFiles(), onMiss?: (shape: string, field: Field, path: string, was: Pred, got: Pred, label: Label) => void): { rows: NameRow[]; skipped: Record<Role, number> } {
  const rows = new Map<string, NameRow>();
  for (const r of ROLES) for (const s of SHAPES[r]) rows.set(s.name, { shape: s.name, applied: 0, changed: Object.fromEntries(FIELDS.map((f) => [f, []])) as unknown as Record<Field, string[]> });
  const skipped: Record<Role, number> = { buyer: 0, agency: 0, vendor: 0 };
  for (const f of files) {
    const bytes = readFileSync(f.path);
    const html = extname(f.path).toLowerCase() !== '.txt';
    const p0 = extractFile(f.label.file, bytes, html);
    const base = judge(f.label, p0);
    const text = decodeBytes(bytes, null).text;
    for (const role of ROLES) {
      const r = renameRole(f.label.file, text, f.label, role);
      if (!r) {
        if (namesOf(f.label, role).length) skipped[role]++;
        continue;
      }
      const row = rows.get(r.shape)!;
      row.applied++;
      const p1 = extractFile(f.label.file, Buffer.from(r.text, 'utf8'), html);
      const got = judge(r.label, p1);
      for (const k of FIELDS) {
        if (base[k] === true && got[k] === false) {
          row.changed[k].push(f.path);
          onMiss?.(r.shape, k, f.path, p0, p1, r.label);
        }
      }
    }
  }
  return { rows: [...rows.values()], skipped };
}

/** The sweep as a table: one row per shape, the count of notices right as written and wrong renamed per field. */
export function formatNameSweep(rows: NameRow[]): string {
  const head = ['shape'.padEnd(14), 'n'.padStart(5), ...FIELDS.map((f) => f.slice(0, 6).padStart(6))].join(' ');
  const body = rows.map((r) => [r.shape.padEnd(14 - [...r.shape].filter((c) => c > '\u2e80').length), String(r.applied).padStart(5), ...FIELDS.map((f) => String(r.changed[f].length).padStart(6))].join(' '));
  return [head, ...body].join('\n');
}
