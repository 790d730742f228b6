/**
 * One notice in full: every field with its evidence span in the notice text, its lots and
 * whether each counts as spending, the archived raw page, and the other notices of the same
 * project (intention → tender → award → contract) with corrections applied.
 * @module
 */
import type { Db } from '../index.js';
import { checkId, QueryError, REASONS, stmt } from './common.js';
import { projectDecision, projectKey, type CorrectionItemRow, type ItemOutcome } from './maintain.js';
import { rawPageBody } from '../store.js';

export interface EvidenceSpan {
  field: string;
  text: string;
  start: number;
  end: number;
  confidence: number;
}

export interface LotDetail {
  id: number;
  label: string | null;
  vendor: string | null;
  vendors: { partyId: number; name: string }[];
  amountYuan: number | null;
  amountForm: string;
  amountText: string | null;
  amountStart: number | null;
  amountEnd: number | null;
  rateValue: number | null;
  status: string;
  counted: boolean;
  /** why the lot is not counted (null when it is) */
  reason: string | null;
  reasonLabel: string | null;
  /** the amount the lot counts at (spend_facts): its own, or as a correction set it; null when not counted */
  countedYuan: number | null;
  /** the corrections applied to this lot's amount, oldest first */
  corrections: LotCorrection[];
  /** the corrections that named another winner for this lot, oldest first (the last one's winner is the lot's counted vendor) */
  vendorCorrections: LotVendorCorrection[];
}

/** A correction that moved a lot to another winner: which notice, from whom to whom (as written and as parties), and its evidence span there. */
export interface LotVendorCorrection {
  noticeId: number;
  publishedAt: string | null;
  fromPartyId: number | null;
  fromName: string | null;
  toPartyId: number;
  toName: string;
  /** the evidence field on the correction's page (`correctedAward.N.vendor`, else its amount's), null when none was recorded */
  evidenceField: string | null;
}

/** A correction that changed a lot's counted amount: which notice, from what to what, and its evidence span there. */
export interface LotCorrection {
  noticeId: number;
  publishedAt: string | null;
  fromYuan: number | null;
  toYuan: number;
  /** the evidence field on the correction's page (`correctedAward.N.amount`) */
  evidenceField: string;
}

/** One award item of a correction and what counting made of it (see decideProject). */
export interface CorrectionItemDetail extends Omit<CorrectionItemRow, 'id' | 'noticeId'> {
  amountText: string | null;
  outcome: ItemOutcome;
  /** the winner it moved the lot to (applied, naming another party than the lot's counted vendor), else null */
  toVendorPartyId: number | null;
  /** the lot it applied to (or named another winner for), its notice, and that lot's amount before it */
  lotId: number | null;
  awardNoticeId: number | null;
  fromYuan: number | null;
  evidenceField: string | null;
}

export interface ProjectNotice {
  id: number;
  kind: string;
  title: string | null;
  publishedAt: string | null;
  awardedYuan: number | null;
  budgetYuan: number | null;
  countedYuan: number | null;
  status: 'counted' | 'superseded' | 'failed' | 'no_outcome';
  /**
   * The award total the project's previous outcome notice (award, contract, correction) stated,
   * when this notice states a different one: a correction or contract that changed the amount.
   */
  changedFrom: number | null;
  /** a correction's award items and what counting made of each (empty for other notices) */
  correctionItems: { seq: number; outcome: ItemOutcome; awardNoticeId: number | null; fromYuan: number | null; toYuan: number | null; toVendorPartyId: number | null; toVendorName: string | null }[];
}

export interface ContractDetail {
  notice: Record<string, unknown> & { id: number; title: string | null; text: string; sourceUrl: string; isSample: boolean };
  lots: LotDetail[];
  evidence: EvidenceSpan[];
  /** the text cut into plain and highlighted pieces (highlight = evidence field name) */
  segments: { text: string; field: string | null }[];
  countedYuan: number | null;
  rawPage: { id: number; url: string; fetchedAt: string; contentType: string | null; size: number; contentHash: string } | null;
  project: ProjectNotice[];
  /** a correction's award items (更正前/更正后), each with what counting made of it; empty for other notices */
  correctedAward: CorrectionItemDetail[];
  /** this notice's awarded total beside its project's budget (see {@link awardVsBudget}) */
  awardVsBudget: AwardVsBudget | null;
  warnings: string[];
}

/** An awarded total as a share of the budget stated for its project, and where that budget stood. */
export interface AwardVsBudget {
  awardedYuan: number;
  budgetYuan: number;
  /** the notice that states the budget (this one, or an earlier notice of the project) */
  budgetNoticeId: number;
  budgetKind: string;
  budgetPublishedAt: string | null;
  ratio: number;
}

/**
 * The award as a share of the budget (OCP red flag R031 reads a price at or above its budget).
 * Only for an outcome notice whose every lot is an awarded total (a rate, a unit price or a
 * failed lot makes the sum no price for the whole), beside the budget this notice states, else
 * the latest one stated before it in its project (an intention's, a tender's or its correction's).
 */
export function awardVsBudget(
  notice: { id: number; kind: string; budgetYuan: number | null; publishedAt: string | null },
  lots: Pick<LotDetail, 'status' | 'amountForm' | 'amountYuan'>[],
  project: Pick<ProjectNotice, 'id' | 'kind' | 'budgetYuan' | 'publishedAt'>[],
): AwardVsBudget | null {
  if (!['award', 'contract', 'correction'].includes(notice.kind) || !lots.length) return null;
  if (!lots.every((l) => l.status === 'awarded' && l.amountForm === 'total' && l.amountYuan !== null && l.amountYuan > 0)) return null;
  const awardedYuan = lots.reduce((s, l) => s + l.amountYuan!, 0);
  const here = project.findIndex((p) => p.id === notice.id);
  const before = (here < 0 ? project : project.slice(0, here)).filter((p) => BUDGET_KINDS.has(p.kind) && p.budgetYuan !== null && p.budgetYuan > 0);
  const src = notice.budgetYuan !== null && notice.budgetYuan > 0 ? notice : before.at(-1);
  if (!src) return null;
  return { awardedYuan, budgetYuan: src.budgetYuan!, budgetNoticeId: src.id, budgetKind: src.kind, budgetPublishedAt: src.publishedAt, ratio: awardedYuan / src.budgetYuan! };
}
const BUDGET_KINDS = new Set(['intention', 'tender', 'single_source', 'correction']);

const FIELDS = `id, source_id AS sourceId, source_url AS sourceUrl, raw_page_id AS rawPageId, kind, title, project_code AS projectCode,
  project_name AS projectName, procurement_method AS procurementMethod, buyer, buyer_party_id AS buyerPartyId, buyer_address AS buyerAddress,
  agency, agency_party_id AS agencyPartyId, published_at AS publishedAt, tender_deadline AS tenderDeadline, award_date AS awardDate,
  contract_date AS contractDate, service_period_text AS servicePeriodText, service_months AS serviceMonths, budget_yuan AS budgetYuan,
  ceiling_yuan AS ceilingYuan, awarded_yuan AS awardedYuan, accounts, platforms, videos_per_month AS videosPerMonth, video_count AS videoCount,
  yuan_per_account_year AS yuanPerAccountYear, yuan_per_video AS yuanPerVideo, province, city, county, division_code AS divisionCode,
  locality_source AS localitySource, is_video_ops AS isVideoOps, service_type AS serviceType, video_score AS videoScore,
  video_matched AS videoMatched, evidence, warnings, text, parser_version AS parserVersion, extracted_at AS extractedAt, is_sample AS isSample`;

function parseJson<T>(s: unknown, fallback: T): T {
  if (typeof s !== 'string') return fallback;
  try {
    return JSON.parse(s) as T;
  } catch {
    return fallback;
  }
}

/** Cut `text` into pieces so each evidence span (valid, non-overlapping) is its own piece. */
export function segmentText(text: string, spans: EvidenceSpan[]): { text: string; field: string | null }[] {
  const valid = spans
    .filter((s) => Number.isInteger(s.start) && Number.isInteger(s.end) && s.start >= 0 && s.end > s.start && s.end <= text.length)
    .toSorted((a, b) => a.start - b.start || b.end - a.end);
  const out: { text: string; field: string | null }[] = [];
  let at = 0;
  for (const s of valid) {
    if (s.start < at) continue; // overlapping spans: the first one wins
    if (s.start > at) out.push({ text: text.slice(at, s.start), field: null });
    out.push({ text: text.slice(s.start, s.end), field: s.field });
    at = s.end;
  }
  if (at < text.length) out.push({ text: text.slice(at), field: null });
  return out;
}

/** The contract page's data. Throws QueryError 400 (bad id) or 404 (unknown id). */
export function contractDetail(db: Db, rawId: string): ContractDetail {
  const id = checkId(rawId, 'notice');
  const c = db.$client;
  const row = c.prepare(`SELECT ${FIELDS} FROM notices WHERE id = ?`).get(id) as Record<string, unknown> | undefined;
  if (!row) throw new QueryError(`no notice with id ${id}`, 404);
  const notice = { ...row, isVideoOps: Boolean(row.isVideoOps), isSample: Boolean(row.isSample), platforms: parseJson(row.platforms, []), videoMatched: parseJson(row.videoMatched, null) } as unknown as ContractDetail['notice'];
  const evObj = parseJson<Record<string, Omit<EvidenceSpan, 'field'>>>(row.evidence, {});
  const lotRows = c
    .prepare(
      `SELECT l.id, l.label, l.vendor, l.amount_yuan AS amountYuan, l.amount_form AS amountForm, l.amount_text AS amountText,
        l.amount_start AS amountStart, l.amount_end AS amountEnd, l.rate_value AS rateValue, l.status, f.counted, f.reason,
        f.amount_yuan AS countedYuan
       FROM lots l LEFT JOIN spend_facts f ON f.lot_id = l.id WHERE l.notice_id = ? ORDER BY l.seq`,
    )
    .all(id) as (Omit<LotDetail, 'vendors' | 'counted' | 'reasonLabel' | 'corrections'> & { counted: number | null })[];
  const key = projectKey({ id, projectCode: row.projectCode as string | null, buyerPartyId: row.buyerPartyId as number | null });
  const decision = projectDecision(db, key);
  const project = projectNotices(db, { id, projectCode: row.projectCode as string | null, buyerPartyId: row.buyerPartyId as number | null }, decision);
  const dateOf = new Map(project.map((p) => [p.id, p.publishedAt]));
  const noticeOfLot = new Map(decision.lots.map((l) => [l.id, l.noticeId]));
  const vendorsOf = c.prepare('SELECT party_id AS partyId, name FROM lot_vendors WHERE lot_id = ? ORDER BY seq');
  const itemText = c.prepare('SELECT vendor_before AS vendorBefore, vendor_after AS vendorAfter FROM correction_items WHERE id = ?');
  const partyName = c.prepare('SELECT name FROM parties WHERE id = ?').pluck();
  const evidenceOf = c.prepare('SELECT evidence FROM notices WHERE id = ?').pluck();
  const vendorCorrection = (x: (typeof decision.items)[number]): LotVendorCorrection => {
    const words = itemText.get(x.itemId) as { vendorBefore: string | null; vendorAfter: string | null } | undefined;
    const ev = parseJson<Record<string, unknown>>(evidenceOf.get(x.noticeId), {});
    const field = [`correctedAward.${x.seq}.vendor`, `correctedAward.${x.seq}.amount`].find((f) => f in ev) ?? null;
    return {
      noticeId: x.noticeId,
      publishedAt: dateOf.get(x.noticeId) ?? null,
      fromPartyId: x.fromVendorPartyId,
      fromName: words?.vendorBefore ?? (x.fromVendorPartyId !== null ? ((partyName.get(x.fromVendorPartyId) as string | undefined) ?? null) : null),
      toPartyId: x.toVendorPartyId!,
      toName: words?.vendorAfter ?? ((partyName.get(x.toVendorPartyId!) as string | undefined) ?? `#${x.toVendorPartyId}`),
      evidenceField: field,
    };
  };
  const lots: LotDetail[] = lotRows.map((l) => ({
    ...l,
    counted: l.counted === 1,
    reasonLabel: l.reason ? (REASONS[l.reason] ?? l.reason) : null,
    vendors: vendorsOf.all(l.id) as { partyId: number; name: string }[],
    corrections: decision.items
      .filter((x) => x.outcome === 'applied' && x.lotId === l.id && x.toYuan !== null)
      .map((x) => ({ noticeId: x.noticeId, publishedAt: dateOf.get(x.noticeId) ?? null, fromYuan: x.fromYuan, toYuan: x.toYuan!, evidenceField: `correctedAward.${x.seq}.amount` })),
    vendorCorrections: decision.items.filter((x) => x.outcome === 'applied' && x.lotId === l.id && x.toVendorPartyId !== null).map(vendorCorrection),
  }));
  const outcomes = new Map(decision.items.filter((x) => x.noticeId === id).map((x) => [x.seq, x]));
  const correctedAward: CorrectionItemDetail[] = (
    c.prepare(
      `SELECT seq, label, vendor_before AS vendorBefore, vendor_after AS vendorAfter, amount_before AS amountBefore, amount_after AS amountAfter,
        amount_text AS amountText FROM correction_items WHERE notice_id = ? ORDER BY seq`,
    ).all(id) as Omit<CorrectionItemDetail, 'outcome' | 'toVendorPartyId' | 'lotId' | 'awardNoticeId' | 'fromYuan' | 'evidenceField'>[]
  ).map((x) => {
    const o = outcomes.get(x.seq);
    return {
      ...x,
      // a correction that restates its own lots does not apply its items (its lots count instead)
      outcome: o?.outcome ?? 'no_match',
      toVendorPartyId: o?.toVendorPartyId ?? null,
      lotId: o?.lotId ?? null,
      awardNoticeId: o?.lotId != null ? (noticeOfLot.get(o.lotId) ?? null) : null,
      fromYuan: o?.fromYuan ?? null,
      evidenceField: evObj[`correctedAward.${x.seq}.amount`] ? `correctedAward.${x.seq}.amount` : null,
    };
  });
  const evidence: EvidenceSpan[] = Object.entries(evObj).map(([field, e]) => ({ field, ...e }));
  lots.forEach((l, i) => {
    if (l.amountStart !== null && l.amountEnd !== null && l.amountText) evidence.push({ field: `lot${i + 1}.amount`, text: l.amountText, start: l.amountStart, end: l.amountEnd, confidence: 1 });
  });
  const counted = lots.filter((l) => l.counted);
  const raw = c
    .prepare(`SELECT id, url, fetched_at AS fetchedAt, content_type AS contentType, size, content_hash AS contentHash FROM raw_pages WHERE id = ?`)
    .get(row.rawPageId) as ContractDetail['rawPage'] | undefined;
  return {
    notice,
    lots,
    evidence,
    segments: segmentText(notice.text, evidence),
    countedYuan: counted.length ? counted.reduce((s, l) => s + (l.countedYuan ?? l.amountYuan ?? 0), 0) : null,
    rawPage: raw ?? null,
    project,
    correctedAward,
    awardVsBudget: awardVsBudget({ id, kind: String(row.kind), budgetYuan: row.budgetYuan as number | null, publishedAt: row.publishedAt as string | null }, lots, project),
    warnings: parseJson<string[]>(row.warnings, []),
  };
}

/** The notices of the project `n` belongs to, oldest first, each with what it counts for. */
export function projectNotices(
  db: Db,
  n: { id: number; projectCode: string | null; buyerPartyId: number | null },
  decision: Pick<ReturnType<typeof projectDecision>, 'items' | 'lots'> = projectDecision(db, projectKey(n)),
): ProjectNotice[] {
  const noticeOfLot = new Map(decision.lots.map((l) => [l.id, l.noticeId]));
  const partyName = stmt(db, 'SELECT name FROM parties WHERE id = ?').pluck();
  // The key refreshNotice stores on every notice (notices_project_key_idx): the whole project,
  // however many notices its buyer has.
  const rows = stmt(
    db,
    `SELECT n.id, n.kind, n.title, n.published_at AS publishedAt, n.awarded_yuan AS awardedYuan, n.budget_yuan AS budgetYuan,
      (SELECT sum(amount_yuan) FROM spend_facts f WHERE f.notice_id = n.id AND f.counted = 1) AS countedYuan,
      (SELECT group_concat(DISTINCT reason) FROM spend_facts f WHERE f.notice_id = n.id AND f.counted = 0) AS reasons
     FROM notices n WHERE n.project_key = ? ORDER BY n.published_at, n.id`,
  ).all(projectKey(n)) as (Omit<ProjectNotice, 'status' | 'changedFrom' | 'correctionItems'> & { reasons: string | null })[];
  let stated: number | null = null;
  return rows.map(({ reasons, ...r }) => {
    const outcome = r.kind === 'award' || r.kind === 'contract' || r.kind === 'correction';
    const changedFrom = outcome && r.awardedYuan !== null && stated !== null && Math.abs(r.awardedYuan - stated) >= 0.005 ? stated : null;
    if (outcome && r.awardedYuan !== null) stated = r.awardedYuan;
    return {
      ...r,
      status: (r.countedYuan !== null ? 'counted' : reasons?.includes('superseded') ? 'superseded' : reasons?.includes('failed') || r.kind === 'failure' ? 'failed' : 'no_outcome') as ProjectNotice['status'],
      changedFrom,
      correctionItems: decision.items
        .filter((x) => x.noticeId === r.id)
        .map((x) => ({
          seq: x.seq,
          outcome: x.outcome,
          awardNoticeId: x.lotId !== null ? (noticeOfLot.get(x.lotId) ?? null) : null,
          fromYuan: x.fromYuan,
          toYuan: x.toYuan,
          toVendorPartyId: x.toVendorPartyId,
          toVendorName: x.toVendorPartyId !== null ? ((partyName.get(x.toVendorPartyId) as string | undefined) ?? null) : null,
        })),
    };
  });
}

/** The archived page bytes and how they were served, or a 404. */
export function rawPage(db: Db, rawId: string): { url: string; contentType: string | null; charset: string | null; body: Buffer; fetchedAt: string } {
  const id = checkId(rawId, 'raw page');
  const r = db.$client.prepare('SELECT url, content_type AS contentType, charset, body, fetched_at AS fetchedAt FROM raw_pages WHERE id = ?').get(id) as
    | { url: string; contentType: string | null; charset: string | null; body: Buffer; fetchedAt: string }
    | undefined;
  if (!r) throw new QueryError(`no archived page with id ${id}`, 404);
  return { ...r, body: rawPageBody(r.body) };
}
