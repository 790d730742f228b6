/**
 * Downloads of a filtered search: CSV (UTF-8 with BOM so Excel opens Chinese correctly), a JSON
 * array of the search items, and an OCDS 1.1 release package (one release per notice; the
 * notices of one project share an ocid). The route encodes them batch by batch as the ids come
 * off the search's cursor, so a large set is never held whole.
 * @module
 */
import type { Db } from '../index.js';
import type { SearchItem } from './search.js';
import { projectDecision, projectKey } from './maintain.js';

/** Columns of the CSV download, in order. */
export const CSV_COLUMNS: (keyof SearchItem)[] = [
  'id', 'kind', 'publishedAt', 'title', 'buyer', 'vendor', 'amountYuan', 'countedYuan', 'amountText', 'province', 'city', 'county',
  'divisionCode', 'serviceType', 'isVideoOps', 'procurementMethod', 'projectCode', 'sourceUrl',
];

/** One CSV field: quoted when needed; a leading = + - @ is defused so spreadsheets never run scraped text as a formula. */
export function csvField(v: unknown): string {
  if (v === null || v === undefined) return '';
  let s = String(v);
  if (typeof v === 'string' && /^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function csvLine(item: SearchItem): string {
  return `${CSV_COLUMNS.map((k) => csvField(item[k])).join(',')}\r\n`;
}

export const CSV_HEADER = `\uFEFF${CSV_COLUMNS.join(',')}\r\n`;

const TAGS: Record<string, string[]> = {
  intention: ['planning'], tender: ['tender'], single_source: ['tender'], award: ['award'], contract: ['contract'],
  correction: ['awardUpdate'], failure: ['tenderCancellation'], acceptance: ['implementation'], other: ['tender'],
};
const DOC_TYPE: Record<string, string> = {
  intention: 'procurementPlan', tender: 'tenderNotice', single_source: 'tenderNotice', award: 'awardNotice', contract: 'contractNotice',
  correction: 'awardNotice', failure: 'cancellationDetails', acceptance: 'completionCertificate', other: 'tenderNotice',
};

/** 公开招标 → open, 邀请招标 → selective, 单一来源 → direct, 磋商/谈判/询价 → limited (the proposed mapping in anchors.md). */
export function ocdsMethod(m: string | null): string | undefined {
  if (!m) return undefined;
  if (m.includes('公开招标')) return 'open';
  if (m.includes('邀请')) return 'selective';
  if (m.includes('单一来源')) return 'direct';
  if (/磋商|谈判|询价/.test(m)) return 'limited';
  return undefined;
}

/**
 * The prefix of procwatch's ocids. "pwatch" is not registered with OCP; a publisher re-using
 * this export should substitute its own registered prefix.
 */
export const OCID_PREFIX = 'ocds-pwatch-';

interface ReleaseRow {
  id: number; kind: string; title: string | null; projectCode: string | null; buyer: string | null; buyerPartyId: number | null;
  agency: string | null; agencyPartyId: number | null; publishedAt: string | null; procurementMethod: string | null; budgetYuan: number | null;
  sourceUrl: string; province: string | null; city: string | null; county: string | null; divisionCode: string | null; extractedAt: string;
}

interface LotRow {
  id: number; seq: number; label: string | null; amountYuan: number | null; amountForm: string; amountText: string | null; status: string;
  counted: number | null; countedYuan: number | null; projectKey: string | null;
}

/** Whether the totals count a lot at another amount than it states (a 更正公告 corrected it). */
const isCorrected = (l: LotRow): boolean =>
  l.counted === 1 && l.countedYuan !== null && l.projectKey !== null && (l.amountYuan === null || l.amountForm !== 'total' || Math.abs(l.countedYuan - l.amountYuan) >= 0.005);

/** An OCDS date-time for a notice's date (China time), undefined without one. */
const toDate = (d: string | null): string | undefined => (d && /^\d{4}-\d{2}-\d{2}$/.test(d) ? `${d}T00:00:00+08:00` : (d ?? undefined));

/** OCDS 1.1 releases for `ids`. Amounts that are rates or unit prices never become award values. */
export function ocdsReleases(db: Db, ids: number[]): object[] {
  if (!ids.length) return [];
  const c = db.$client;
  const rows = c
    .prepare(
      `SELECT id, kind, title, project_code AS projectCode, buyer, buyer_party_id AS buyerPartyId, agency, agency_party_id AS agencyPartyId,
        published_at AS publishedAt, procurement_method AS procurementMethod, budget_yuan AS budgetYuan, source_url AS sourceUrl,
        province, city, county, division_code AS divisionCode, extracted_at AS extractedAt
       FROM notices WHERE id IN (${ids.map(() => '?').join(',')})`,
    )
    .all(...ids) as ReleaseRow[];
  const lotsOf = c.prepare(
    `SELECT l.id, l.seq, l.label, l.amount_yuan AS amountYuan, l.amount_form AS amountForm, l.amount_text AS amountText, l.status,
       f.counted, f.amount_yuan AS countedYuan, f.project_key AS projectKey
     FROM lots l LEFT JOIN spend_facts f ON f.lot_id = l.id WHERE l.notice_id = ? ORDER BY l.seq`,
  );
  const dateOf = c.prepare('SELECT published_at FROM notices WHERE id = ?').pluck();
  const vendorsOf = c.prepare('SELECT party_id AS partyId, name FROM lot_vendors WHERE lot_id = ? ORDER BY seq');
  const byId = new Map(rows.map((r) => [r.id, r]));
  return ids.flatMap((id) => {
    const n = byId.get(id);
    if (!n) return [];
    const parties = new Map<string, { id: string; name: string; roles: string[]; address?: object }>();
    const addParty = (pid: number | null, name: string | null, role: string, address?: object) => {
      if (!name) return undefined;
      const key = `CN-PW-${pid ?? name}`;
      const p = parties.get(key) ?? { id: key, name, roles: [], ...(address ? { address } : {}) };
      if (!p.roles.includes(role)) p.roles.push(role);
      parties.set(key, p);
      return { id: key, name };
    };
    const locality = [n.city, n.county].filter(Boolean).join(' ');
    const buyer = addParty(n.buyerPartyId, n.buyer, 'buyer', n.province || locality ? { region: n.province ?? undefined, locality: locality || undefined, countryName: '中国' } : undefined);
    const agency = addParty(n.agencyPartyId, n.agency, 'procuringEntity');
    const lots = lotsOf.all(n.id) as LotRow[];
    const doc = { id: `${n.id}-notice`, documentType: DOC_TYPE[n.kind] ?? 'tenderNotice', url: n.sourceUrl, datePublished: n.publishedAt ?? undefined, format: 'text/html', language: 'zh' };
    const tender: Record<string, unknown> = {
      id: n.projectCode ?? `notice-${n.id}`, title: n.title ?? undefined, procurementMethod: ocdsMethod(n.procurementMethod),
      procurementMethodDetails: n.procurementMethod ?? undefined, value: n.budgetYuan !== null ? { amount: n.budgetYuan, currency: 'CNY' } : undefined,
      procuringEntity: agency, lots: lots.map((l) => ({ id: String(l.seq + 1), title: l.label ?? undefined })),
      documents: ['tender', 'intention', 'single_source', 'failure'].includes(n.kind) ? [doc] : undefined,
      status: n.kind === 'failure' ? 'cancelled' : undefined,
    };
    const outcome = ['award', 'contract', 'correction'].includes(n.kind);
    // A lot counted at another amount than it states was corrected by a 更正公告 (spend_facts
    // holds the corrected figure): only then is the project's decision read, for its amendments.
    const corrected = outcome ? lots.filter(isCorrected) : [];
    const decision = corrected.length ? projectDecision(db, corrected[0].projectKey!) : null;
    const amendments = (l: LotRow) =>
      decision?.items
        .filter((x) => x.outcome === 'applied' && x.lotId === l.id && x.toYuan !== null)
        .map((x) => ({
          id: `${x.noticeId}-${x.seq + 1}`,
          date: toDate(dateOf.get(x.noticeId) as string | null),
          rationale: '更正公告',
          description: `中标金额 ${x.fromYuan ?? '?'} 元 → ${x.toYuan} 元，由更正公告（notice ${x.noticeId}）更正 (award amount corrected from ${x.fromYuan ?? '?'} to ${x.toYuan} CNY by the correction notice ${x.noticeId})`,
        }));
    const awards = outcome
      ? lots.map((l) => ({
          id: `${n.id}-${l.seq + 1}`, status: l.status === 'failed' ? 'unsuccessful' : 'active', date: n.publishedAt ?? undefined,
          // a corrected lot carries the corrected amount, the correction as its amendment
          value: isCorrected(l) ? { amount: l.countedYuan!, currency: 'CNY' } : l.amountForm === 'total' && l.amountYuan !== null ? { amount: l.amountYuan, currency: 'CNY' } : undefined,
          amendments: isCorrected(l) ? amendments(l) : undefined,
          // Rates and unit prices stay text: turning them into a value would be a guess.
          description: l.amountForm !== 'total' && l.amountText ? `${l.amountForm}: ${l.amountText}` : undefined,
          suppliers: (vendorsOf.all(l.id) as { partyId: number; name: string }[]).map((v) => addParty(v.partyId, v.name, 'supplier')),
          relatedLots: [String(l.seq + 1)], documents: n.kind === 'contract' ? undefined : [doc],
        }))
      : undefined;
    const contracts =
      n.kind === 'contract'
        ? lots.map((l) => ({ id: `${n.id}-${l.seq + 1}-c`, awardID: `${n.id}-${l.seq + 1}`, value: l.amountForm === 'total' && l.amountYuan !== null ? { amount: l.amountYuan, currency: 'CNY' } : undefined, documents: [doc] }))
        : undefined;
    return [{
      ocid: `${OCID_PREFIX}${projectKey({ id: n.id, projectCode: n.projectCode, buyerPartyId: n.buyerPartyId }).replace(/[^A-Za-z0-9-]+/g, '-')}`,
      id: `${n.id}-${n.extractedAt.replace(/[^0-9]/g, '').slice(0, 14)}`,
      date: n.publishedAt ? `${n.publishedAt}T00:00:00+08:00` : n.extractedAt,
      tag: TAGS[n.kind] ?? ['tender'], initiationType: 'tender', language: 'zh',
      parties: [...parties.values()], buyer, tender, awards, contracts,
    }];
  });
}

/** The fixed fields of a release package (its `releases` are streamed in between). */
export function ocdsPackageHead(uri: string): string {
  const head = { uri, version: '1.1', publishedDate: new Date().toISOString(), publisher: { name: 'procwatch' } };
  const json = JSON.stringify(head);
  return `${json.slice(0, -1)},"releases":[`;
}
