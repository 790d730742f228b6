/**
 * Derived tables the dashboard reads: `spend_facts` (which lot counts as spending, and why the
 * others do not) and `notices_bigram` (the side index for one- and two-character search terms).
 * Both are rebuilt from notices and lots alone, so they can be dropped and rebuilt at any time.
 * @module
 */
import type Database from 'better-sqlite3';
import type { Db } from '../index.js';
import { bigramPlaceWords } from './place-tokens.js';
import { facetWords, type FacetRow } from './facet-tokens.js';
import { partyKey } from '../party-key.js';
import { correctionVendorParty } from '../parties.js';

/** Why a lot is not counted as spending (null when it is). */
export type FactReason = 'rate' | 'unit_price' | 'no_amount' | 'failed' | 'superseded' | 'project_failed' | 'not_outcome';

/** Notice kinds whose lots state an outcome (who won, for how much). */
const OUTCOME_KINDS = new Set(['award', 'contract', 'correction']);

/**
 * The key that groups the notices of one procurement project: its 项目编号 within one buyer
 * (codes are only unique per buyer's portal), or the notice alone when it has no code.
 */
export function projectKey(n: { id: number; projectCode: string | null; buyerPartyId: number | null }): string {
  const code = n.projectCode?.normalize('NFKC').replace(/\s+/g, '').toUpperCase();
  return code ? `p:${n.buyerPartyId ?? ''}:${code}` : `n:${n.id}`;
}

/** The space-separated bigrams of `text` (deduplicated; letters and digits only), for notices_bigram. */
export function bigrams(text: string): string {
  const out = new Set<string>();
  const word = /[\p{L}\p{N}]/u;
  // Walks the code points pairwise instead of materialising Array.from(text): texts run to
  // 200,000 characters and this runs on every stored notice.
  let prev: string | null = null;
  let prevWord = false;
  for (const ch of text.normalize('NFKC').toLowerCase()) {
    const isWord = word.test(ch);
    if (prevWord) out.add(isWord ? prev! + ch : prev!);
    prev = ch;
    prevWord = isWord;
  }
  // A single character is kept when nothing follows it, so a 1-character prefix query still finds it.
  if (prevWord) out.add(prev!);
  return [...out].join(' ');
}

interface NoticeRow {
  id: number;
  kind: string;
  projectCode: string | null;
  buyerPartyId: number | null;
  publishedAt: string | null;
  divisionCode: string | null;
  province: string | null;
  city: string | null;
  county: string | null;
  serviceType: string | null;
  isVideoOps: number;
  yuanPerAccountYear: number | null;
  yuanPerVideo: number | null;
  isSample: number;
  /** the project key stored on the notice by the last refresh (null before its first) */
  storedKey: string | null;
  procurementMethod: string | null;
  awardedYuan: number | null;
}

interface LotRow {
  id: number;
  noticeId: number;
  amountYuan: number | null;
  amountForm: string;
  status: string;
  vendorPartyId: number | null;
  /** the lot's label as written (包1), and its vendor as written, for matching a correction's items */
  label?: string | null;
  vendor?: string | null;
}

/** One award item a correction changes (correction_items). */
export interface CorrectionItemRow {
  id: number;
  noticeId: number;
  seq: number;
  label: string | null;
  vendorBefore: string | null;
  vendorAfter: string | null;
  /** the winner after as a party (parties.ts correctionVendorParty); null when none is named, or not yet resolved */
  vendorAfterPartyId?: number | null;
  amountBefore: number | null;
  amountAfter: number | null;
}

/**
 * What became of a correction's item: `applied` (the lot now counts at amountAfter, and for the
 * winner after when it names another party), or why it changed nothing: no live lot matched
 * (`no_match`), two did (`ambiguous`), it names another winner that could not be resolved to a
 * party (`vendor_changed`: the lot stays counted as before), its new amount was not read and it
 * names no other winner (`nothing_read`), or the lot it names is priced as a rate or unit price
 * (`not_total`).
 */
export type ItemOutcome = 'applied' | 'no_match' | 'ambiguous' | 'vendor_changed' | 'nothing_read' | 'not_total';

export interface AppliedItem {
  itemId: number;
  noticeId: number;
  seq: number;
  outcome: ItemOutcome;
  /** the lot it applies to (null when none or several matched) */
  lotId: number | null;
  /** the lot's amount before this item, and after it (when applied with an amount read) */
  fromYuan: number | null;
  toYuan: number | null;
  /** the lot's counted vendor before this item, and the winner it moved the lot to (when applied naming another party; else null) */
  fromVendorPartyId: number | null;
  toVendorPartyId: number | null;
}

/** What decideProject says of a project: each lot's reason, the amounts corrections set, each item's outcome. */
export interface ProjectDecision {
  reasons: Map<number, FactReason | null>;
  /** lot id -> the amount it counts at after the corrections applied to it */
  amounts: Map<number, number>;
  /** lot id -> the winner a correction moved it to (another party than its own first vendor), and that correction */
  vendors: Map<number, { partyId: number; noticeId: number }>;
  items: AppliedItem[];
}

const CN_NUM: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10 };

/** A comparable key for a lot label as written: 包1, 第一包, 1, 一标段, A包 → 1, 1, 1, 1, A. */
export function lotLabelKey(label: string | null | undefined): string | null {
  if (!label) return null;
  const s = label.normalize('NFKC').replace(/\s/g, '').replace(/^(?:第|包件|包组|包号|分包|包|标段|分标|标包|标项|合同包|采购包)+/, '');
  const m = /^([0-9]{1,3}|[A-Za-z](?![A-Za-z])|[一二三四五六七八九十]{1,3})/.exec(s);
  if (!m) return null;
  const k = m[1];
  if (/^[0-9]+$/.test(k)) return String(Number(k));
  if (!/^[一二三四五六七八九十]+$/.test(k)) return k.toUpperCase();
  if (k.length === 1) return String(CN_NUM[k]);
  if (k.length === 2) return String(k[0] === '十' ? 10 + CN_NUM[k[1]] : k[1] === '十' ? 10 * CN_NUM[k[0]] : NaN);
  return k[1] === '十' ? String(10 * CN_NUM[k[0]] + CN_NUM[k[2]]) : null;
}

const NOTICE_COLS = `id, kind, project_code AS projectCode, buyer_party_id AS buyerPartyId, published_at AS publishedAt,
  division_code AS divisionCode, province, city, county, service_type AS serviceType, is_video_ops AS isVideoOps,
  yuan_per_account_year AS yuanPerAccountYear, yuan_per_video AS yuanPerVideo, is_sample AS isSample, project_key AS storedKey,
  procurement_method AS procurementMethod, awarded_yuan AS awardedYuan`;

/** spend_facts columns in insert order; existing rows are read back in the same order to diff them. */
const FACT_COLS = `lot_id, notice_id, project_key, published_at, year, month, province_code, city_code,
        county_code, province, city, county, buyer_party_id, vendor_party_id, service_type, is_video_ops, counted, reason,
        amount_yuan, per_account_year, per_video, is_sample, vendor_corrected_by`;

/** Split a GB/T 2260 code into its province, city and county codes (null where it stops). */
export function divisionLevels(code: string | null): { province: string | null; city: string | null; county: string | null } {
  if (!code || !/^\d{6}$/.test(code)) return { province: null, city: null, county: null };
  return {
    province: `${code.slice(0, 2)}0000`,
    city: code.slice(2, 4) === '00' ? null : `${code.slice(0, 4)}00`,
    county: code.slice(4) === '00' ? null : code,
  };
}

/**
 * Decide, for every lot of one project's notices, whether it counts. Outcome notices (award,
 * contract, or a correction that restates lots) are read oldest first, each replacing what it
 * restates: an award or a correction restates the whole result; a contract restates the lots of
 * the vendors it names (a project of two lots signs two contracts, one per winner), or the whole
 * result when it names none of them. A failure newer than every outcome zeroes the project; rates
 * and unit prices are never money totals.
 */
export function decideLots(notices: NoticeRow[], lots: LotRow[]): Map<number, FactReason | null> {
  return decideProject(notices, lots, []).reasons;
}

/**
 * decideLots, with the award items corrections change (correction_items). A correction that
 * restates no lot applies each of its items, in date order among the outcomes, to the live lot it
 * names: by lot label; else the one live lot whose amount (as corrected so far) equals the item's
 * amount before; else the project's only live lot. That lot then counts at the item's amount
 * after (its current amount when none was read), and for the item's winner after when that is
 * another party than the lot's counted vendor (a name of the same party key is the same vendor):
 * spend_facts.vendor_party_id becomes that party, vendor_corrected_by the correction. An item that
 * matches no live lot, or two, names a winner not resolved to a party, or neither moves the lot nor
 * gives a new amount, changes nothing; its outcome says why (the contract page flags it).
 */
export function decideProject(notices: NoticeRow[], lots: LotRow[], items: CorrectionItemRow[]): ProjectDecision {
  const byNotice = new Map<number, LotRow[]>();
  for (const l of lots) {
    const g = byNotice.get(l.noticeId);
    if (g) g.push(l);
    else byNotice.set(l.noticeId, [l]);
  }
  const itemsOf = new Map<number, CorrectionItemRow[]>();
  for (const x of items) {
    const g = itemsOf.get(x.noticeId);
    if (g) g.push(x);
    else itemsOf.set(x.noticeId, [x]);
  }
  const ordered = notices.toSorted((a, b) => (a.publishedAt ?? '').localeCompare(b.publishedAt ?? '') || a.id - b.id);
  const superseded = new Set<number>();
  const amounts = new Map<number, number>();
  const movedTo: ProjectDecision['vendors'] = new Map();
  const applied: AppliedItem[] = [];
  let live: LotRow[] = [];
  let failed = false;
  let stated = false;
  for (const n of ordered) {
    const ls = byNotice.get(n.id) ?? [];
    if (n.kind === 'failure') failed = true;
    if (!OUTCOME_KINDS.has(n.kind) || !ls.some((l) => l.amountForm !== 'none' || l.status === 'failed')) {
      if (n.kind === 'correction') for (const x of (itemsOf.get(n.id) ?? []).toSorted((a, b) => a.seq - b.seq)) applied.push(applyItem(x, live, amounts, movedTo));
      continue;
    }
    failed = false;
    stated = true;
    const vendors = new Set(ls.map((l) => l.vendorPartyId).filter((v) => v !== null));
    const same = n.kind === 'contract' ? live.filter((l) => l.vendorPartyId !== null && vendors.has(l.vendorPartyId)) : [];
    const replaced = same.length ? same : live;
    for (const l of replaced) superseded.add(l.id);
    live = [...live.filter((l) => !superseded.has(l.id)), ...ls];
  }
  const kindOf = new Map(notices.map((n) => [n.id, n.kind]));
  // an outcome notice that states no lot (winners without amounts) gives way to one that does
  const liveIds = new Set(live.map((l) => l.id));
  const out = new Map<number, FactReason | null>();
  for (const l of lots) {
    let reason: FactReason | null;
    if (!OUTCOME_KINDS.has(kindOf.get(l.noticeId) ?? '')) reason = 'not_outcome';
    else if (failed) reason = 'project_failed';
    else if (superseded.has(l.id) || (stated && !liveIds.has(l.id))) reason = 'superseded';
    else if (l.status === 'failed') reason = 'failed';
    else if (l.amountForm === 'rate') reason = 'rate';
    else if (l.amountForm === 'unit_price') reason = 'unit_price';
    else if ((l.amountForm !== 'total' || l.amountYuan === null) && !amounts.has(l.id)) reason = 'no_amount';
    else reason = null;
    out.set(l.id, reason);
  }
  return { reasons: out, amounts, vendors: movedTo, items: applied };
}

/**
 * Apply one correction item to the live lots (see decideProject); `amounts` holds the corrected
 * amounts so far, `vendors` the winners corrections moved lots to so far.
 */
function applyItem(x: CorrectionItemRow, live: LotRow[], amounts: Map<number, number>, vendors: ProjectDecision['vendors']): AppliedItem {
  const current = (l: LotRow) => amounts.get(l.id) ?? (l.amountForm === 'total' ? l.amountYuan : null);
  const vendorOf = (l: LotRow) => vendors.get(l.id)?.partyId ?? l.vendorPartyId;
  const result = (outcome: ItemOutcome, lot: LotRow | null, movedTo: number | null = null): AppliedItem => ({
    itemId: x.id, noticeId: x.noticeId, seq: x.seq, outcome, lotId: lot?.id ?? null, fromYuan: lot ? current(lot) : null,
    toYuan: outcome === 'applied' ? x.amountAfter : null, fromVendorPartyId: lot ? vendorOf(lot) : null, toVendorPartyId: movedTo,
  });
  const awarded = live.filter((l) => l.status === 'awarded');
  const key = lotLabelKey(x.label);
  let cands = key ? awarded.filter((l) => lotLabelKey(l.label) === key) : [];
  if (!cands.length && x.amountBefore !== null) cands = awarded.filter((l) => current(l) !== null && Math.abs(current(l)! - x.amountBefore!) < 0.5);
  // the only live lot, unless the item names a lot that lot is not
  if (!cands.length && awarded.length === 1 && !(key && lotLabelKey(awarded[0].label) && lotLabelKey(awarded[0].label) !== key)) cands = awarded;
  if (cands.length !== 1) return result(cands.length ? 'ambiguous' : 'no_match', null);
  const lot = cands[0];
  if (lot.amountForm === 'rate' || lot.amountForm === 'unit_price') return result('not_total', lot);
  const to = x.vendorAfterPartyId ?? null;
  // The same vendor: no winner named, its party, or (a lot not moved yet) its name as written under the same party key.
  const same = !x.vendorAfter || (to !== null && to === vendorOf(lot)) || (!vendors.has(lot.id) && lot.vendor !== null && lot.vendor !== undefined && partyKey(x.vendorAfter) === partyKey(lot.vendor));
  if (!same && to === null) return result('vendor_changed', lot);
  if (same && x.amountAfter === null) return result('nothing_read', lot);
  const r = result('applied', lot, same ? null : to);
  if (x.amountAfter !== null) amounts.set(lot.id, x.amountAfter);
  // Moved back to the lot's own first vendor, it is that vendor's lot again as its notice names it.
  if (!same) {
    if (to === lot.vendorPartyId) vendors.delete(lot.id);
    else vendors.set(lot.id, { partyId: to!, noticeId: x.noticeId });
  }
  return r;
}

function statements(c: Database.Database) {
  return {
    notice: c.prepare(`SELECT ${NOTICE_COLS} FROM notices WHERE id = ?`),
    oldKeys: c.prepare(`SELECT DISTINCT project_key AS k FROM spend_facts WHERE notice_id = ?`),
    byKey: c.prepare(`SELECT ${NOTICE_COLS} FROM notices WHERE project_key = ?`),
    setKey: c.prepare(`UPDATE notices SET project_key = ? WHERE id = ?`),
    factsOfKey: c.prepare(`SELECT ${FACT_COLS} FROM spend_facts WHERE project_key = ?`).raw(true),
    delLot: c.prepare(`DELETE FROM spend_facts WHERE lot_id = ?`),
    delNotice: c.prepare(`DELETE FROM spend_facts WHERE notice_id = ?`),
    lots: c.prepare(
      `SELECT l.id, l.notice_id AS noticeId, l.amount_yuan AS amountYuan, l.amount_form AS amountForm, l.status, l.label, l.vendor,
        (SELECT party_id FROM lot_vendors v WHERE v.lot_id = l.id ORDER BY v.seq LIMIT 1) AS vendorPartyId
       FROM lots l WHERE l.notice_id = ? ORDER BY l.seq`,
    ),
    // All lots of a project in one statement (lots_notice_idx under notices_project_key_idx).
    lotsOfKey: c.prepare(
      `SELECT l.id, l.notice_id AS noticeId, l.amount_yuan AS amountYuan, l.amount_form AS amountForm, l.status, l.label, l.vendor,
        (SELECT party_id FROM lot_vendors v WHERE v.lot_id = l.id ORDER BY v.seq LIMIT 1) AS vendorPartyId
       FROM notices n JOIN lots l ON l.notice_id = n.id WHERE n.project_key = ? ORDER BY l.notice_id, l.seq`,
    ),
    // A correction's award items (read only for the corrections of a project).
    items: c.prepare(
      `SELECT id, notice_id AS noticeId, seq, label, vendor_before AS vendorBefore, vendor_after AS vendorAfter, vendor_after_party_id AS vendorAfterPartyId,
        amount_before AS amountBefore, amount_after AS amountAfter FROM correction_items WHERE notice_id = ? ORDER BY seq`,
    ),
    insert: c.prepare(
      `INSERT INTO spend_facts (${FACT_COLS})
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ),
    bigramDel: c.prepare(`DELETE FROM notices_bigram WHERE rowid = ?`),
    bigramIns: c.prepare(`INSERT INTO notices_bigram(rowid, grams) VALUES (?, ?)`),
  };
}

const cache = new WeakMap<Database.Database, ReturnType<typeof statements>>();
function stmts(c: Database.Database) {
  let s = cache.get(c);
  if (!s) cache.set(c, (s = statements(c)));
  return s;
}

type FactValue = string | number | null;

function sameFact(a: FactValue[], b: FactValue[]): boolean {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return a.length === b.length;
}

/**
 * Make the spend_facts rows of project `key` match what decideLots says for `notices`. The rows
 * are diffed against the stored ones and only changed rows are written: adding one notice to a
 * project of many rewrites the one or two lots whose status changed, not the whole project
 * (each spend_facts row carries a dozen index entries, so rewriting was the scraper's main cost).
 */
function writeProject(s: ReturnType<typeof statements>, key: string, notices: NoticeRow[], projectLots?: LotRow[]): void {
  const before = new Map<number, FactValue[]>();
  for (const r of s.factsOfKey.all(key) as FactValue[][]) before.set(r[0] as number, r);
  const byId = new Map(notices.map((n) => [n.id, n]));
  const lots = projectLots ?? notices.flatMap((n) => s.lots.all(n.id) as LotRow[]);
  const { reasons: decided, amounts, vendors } = decideProject(notices, lots, projectItems(s, notices));
  const firstCounted = new Map<number, number>();
  for (const l of lots) if (decided.get(l.id) === null && !firstCounted.has(l.noticeId)) firstCounted.set(l.noticeId, l.id);
  for (const l of lots) {
    const n = byId.get(l.noticeId)!;
    const reason = decided.get(l.id) ?? null;
    const lv = divisionLevels(n.divisionCode);
    const year = n.publishedAt && /^\d{4}/.test(n.publishedAt) ? Number(n.publishedAt.slice(0, 4)) : null;
    const month = n.publishedAt && /^\d{4}-\d{2}/.test(n.publishedAt) ? n.publishedAt.slice(0, 7) : null;
    // Unit prices are the notice's; they belong to its first counted lot only, never repeated per lot.
    const first = reason === null && firstCounted.get(n.id) === l.id;
    const row: FactValue[] = [
      l.id, n.id, key, n.publishedAt, year, month, lv.province, lv.city, lv.county, n.province, n.city, n.county,
      n.buyerPartyId, vendors.get(l.id)?.partyId ?? l.vendorPartyId, n.serviceType, n.isVideoOps ? 1 : 0, reason === null ? 1 : 0, reason,
      reason === null ? (amounts.get(l.id) ?? l.amountYuan) : null, first ? n.yuanPerAccountYear : null, first ? n.yuanPerVideo : null, n.isSample ? 1 : 0,
      vendors.get(l.id)?.noticeId ?? null,
    ];
    const old = before.get(l.id);
    before.delete(l.id);
    // Delete, then insert: the rollup triggers (migration 0009) see both halves of a change, which
    // INSERT OR REPLACE would hide from them (REPLACE fires no delete trigger).
    if (old && sameFact(old, row)) continue;
    if (old) s.delLot.run(l.id);
    s.insert.run(...row);
  }
  // Rows of lots no longer in the project (their notice moved or was deleted).
  for (const lotId of before.keys()) s.delLot.run(lotId);
}

/** The award items of a project's corrections (none read when it has no correction). */
function projectItems(s: ReturnType<typeof statements>, notices: NoticeRow[]): CorrectionItemRow[] {
  return notices.filter((n) => n.kind === 'correction').flatMap((n) => s.items.all(n.id) as CorrectionItemRow[]);
}

/**
 * How project `key` is counted, as writeProject decides it (the contract page shows what each
 * correction did to the award).
 */
export function projectDecision(db: Db, key: string): ProjectDecision & { lots: LotRow[] } {
  const s = stmts(db.$client);
  const notices = s.byKey.all(key) as NoticeRow[];
  const lots = s.lotsOfKey.all(key) as LotRow[];
  return { ...decideProject(notices, lots, projectItems(s, notices)), lots };
}

/**
 * Recompute the spend facts of the project `noticeId` belongs to (and of the project it belonged
 * to before, if its code changed), and its bigram search row. Call after writing the notice and
 * its lots, inside the same transaction (saveNotice does). After a deletion, pass the key the
 * notice had (`deletedKey`): a notice without lots leaves no spend_facts row to find it by.
 */
export function refreshNotice(db: Db, noticeId: number, title: string | null, text: string, deletedKey: string | null = null): void {
  const s = stmts(db.$client);
  const n = s.notice.get(noticeId) as NoticeRow | undefined;
  const oldKeys = (s.oldKeys.all(noticeId) as { k: string }[]).map((r) => r.k);
  s.delNotice.run(noticeId);
  if (n) {
    const key = projectKey(n);
    // The stored key is the one from before this write (saveNotice does not touch the column),
    // so a notice without lots that changed project still has its old project recomputed.
    if (n.storedKey !== key) s.setKey.run(key, noticeId);
    const keys = new Set([key, ...oldKeys]);
    if (n.storedKey !== null) keys.add(n.storedKey);
    for (const k of keys) writeProject(s, k, s.byKey.all(k) as NoticeRow[], s.lotsOfKey.all(k) as LotRow[]);
  } else {
    // The notice was deleted: recompute the projects it was part of without it.
    const keys = new Set(deletedKey ? [deletedKey, ...oldKeys] : oldKeys);
    for (const k of keys) writeProject(s, k, s.byKey.all(k) as NoticeRow[], s.lotsOfKey.all(k) as LotRow[]);
  }
  s.bigramDel.run(noticeId);
  if (n) s.bigramIns.run(noticeId, bigramRow(title, text, n));
}

/**
 * Store the project key on notices that lack it (written before the column existed, or inserted
 * without refreshNotice), in batches. Cheap when there are none: one index probe.
 * @returns how many notices were filled
 */
export function fillProjectKeys(db: Db): number {
  const c = db.$client;
  const probe = c.prepare('SELECT 1 FROM notices WHERE project_key IS NULL LIMIT 1');
  if (!probe.get()) return 0;
  const s = stmts(c);
  const page = c.prepare(`SELECT ${NOTICE_COLS} FROM notices WHERE project_key IS NULL AND id > ? ORDER BY id LIMIT 2000`);
  let filled = 0;
  c.transaction(() => {
    let last = 0;
    for (;;) {
      const batch = page.all(last) as NoticeRow[];
      if (!batch.length) break;
      for (const r of batch) s.setKey.run(projectKey(r), r.id);
      filled += batch.length;
      last = batch[batch.length - 1].id;
    }
  })();
  return filled;
}

/**
 * Rebuild spend_facts and notices_bigram from scratch (after a bulk load, or on a database
 * written before these tables existed). Runs in one transaction.
 */
export function rebuildDerived(db: Db, opts: { bigrams?: boolean } = {}): void {
  const c = db.$client;
  const s = stmts(c);
  c.transaction(() => {
    c.exec('DELETE FROM spend_facts');
    const rows = c.prepare(`SELECT ${NOTICE_COLS} FROM notices ORDER BY id`).all() as NoticeRow[];
    const groups = new Map<string, NoticeRow[]>();
    for (const r of rows) {
      const k = projectKey(r);
      if (r.storedKey !== k) s.setKey.run(k, r.id);
      const g = groups.get(k);
      if (g) g.push(r);
      else groups.set(k, [r]);
    }
    for (const [k, g] of groups) writeProject(s, k, g);
    if (opts.bigrams !== false) rebuildBigrams(db);
  })();
}

/**
 * Merge each search index into one segment. After a bulk write (a rebuild, a reparse) an index
 * is many segments, and every query reads each: 短视频拍摄 took 69 ms at 1M notices after
 * migration 0016's rebuild, 11 ms after this (about 45 s at that size, a second for tens of
 * thousands). Nightly scrapes need not call it: FTS5 merges small writes as they come.
 */
export function optimizeSearchIndexes(db: Db, which: ('notices_fts' | 'notices_bigram')[] = ['notices_fts', 'notices_bigram']): void {
  for (const t of which) db.$client.prepare(`INSERT INTO ${t}(${t}) VALUES ('optimize')`).run();
}

/** Rewrite every row of notices_bigram from the notices (call inside a transaction). */
function rebuildBigrams(db: Db): void {
  const c = db.$client;
  const s = stmts(c);
  c.exec(`DELETE FROM notices_bigram`);
  // Batches, because better-sqlite3 cannot write while an iterator is open on the connection.
  const page = c.prepare(`SELECT id, title, text, division_code AS divisionCode, kind, service_type AS serviceType, is_video_ops AS isVideoOps,
    procurement_method AS procurementMethod, published_at AS publishedAt, awarded_yuan AS awardedYuan FROM notices WHERE id > ? ORDER BY id LIMIT 2000`);
  let last = 0;
  for (;;) {
    const batch = page.all(last) as ({ id: number; title: string | null; text: string } & BigramFacts)[];
    if (!batch.length) break;
    for (const r of batch) s.bigramIns.run(r.id, bigramRow(r.title, r.text, r));
    last = batch[batch.length - 1].id;
  }
  // Every row was deleted and written again: without a merge, queries read the old segments too.
  optimizeSearchIndexes(db, ['notices_bigram']);
}

/** What a bigram row holds besides the text: the place and the facets. */
type BigramFacts = FacetRow & { divisionCode: string | null };

/**
 * A notice's notices_bigram row: its text's bigrams, then its place's tokens (place-tokens.ts)
 * and its facet words (facet-tokens.ts), so 抖音 within a region or with a filter is one
 * intersection inside the index, as for the trigram terms.
 */
function bigramRow(title: string | null, text: string, n: BigramFacts): string {
  return [bigrams(`${title ?? ''}\n${text}`), bigramPlaceWords(n.divisionCode), facetWords(n)].filter(Boolean).join(' ');
}

/**
 * Finish upgrades a migration could only ask for (SQL cannot split text into bigrams): each is
 * a row of `upgrades_pending`, done and deleted in one transaction. Cheap when none is pending.
 */
export function runPendingUpgrades(db: Db): string[] {
  const c = db.$client;
  const pending = c.prepare('SELECT name FROM upgrades_pending ORDER BY name').pluck().all() as string[];
  let bigramsRebuilt = false;
  for (const name of pending) {
    c.transaction(() => {
      // 0013: bigram rows gain their notice's place tokens; 0017: its facet words (one rebuild writes both).
      if ((name === 'bigram_place' || name === 'bigram_facets') && !bigramsRebuilt) {
        rebuildBigrams(db);
        bigramsRebuilt = true;
      }
      // 0022: the winners after of correction items stored before it, then the projects holding a correction recounted.
      if (name === 'correction_vendor') resolveCorrectionVendors(db);
      c.prepare('DELETE FROM upgrades_pending WHERE name = ?').run(name);
    })();
  }
  return pending;
}

/**
 * Resolve the winner after of every correction item that names one but has no party yet (stored
 * before migration 0022), then recount each project holding a correction item (call inside a
 * transaction). Returns how many items were resolved.
 */
export function resolveCorrectionVendors(db: Db): number {
  const c = db.$client;
  const s = stmts(c);
  const todo = c.prepare('SELECT id, vendor_after AS v FROM correction_items WHERE vendor_after IS NOT NULL AND vendor_after_party_id IS NULL').all() as { id: number; v: string }[];
  const set = c.prepare('UPDATE correction_items SET vendor_after_party_id = ? WHERE id = ?');
  for (const x of todo) set.run(correctionVendorParty(db, x.v), x.id);
  const keys = c.prepare('SELECT DISTINCT n.project_key FROM correction_items x JOIN notices n ON n.id = x.notice_id WHERE n.project_key IS NOT NULL').pluck().all() as string[];
  for (const k of keys) writeProject(s, k, s.byKey.all(k) as NoticeRow[], s.lotsOfKey.all(k) as LotRow[]);
  return todo.length;
}

/** True when notices exist but the derived tables were never built (a database older than them). */
export function derivedMissing(db: Db): boolean {
  const c = db.$client;
  const notices = c.prepare('SELECT EXISTS (SELECT 1 FROM lots) AS n').get() as { n: number };
  const facts = c.prepare('SELECT EXISTS (SELECT 1 FROM spend_facts) AS n').get() as { n: number };
  return notices.n === 1 && facts.n === 0;
}
