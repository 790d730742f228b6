/**
 * The JSON record `procwatch extract --json` prints for a notice: the keys of
 * docs/extract-contract.md, plus the evidence, warnings and finer fields.
 * @module
 */
import type { Extraction } from './types.js';

export interface ContractRecord {
  file: string;
  kind: string;
  title: string | null;
  buyer: string | null;
  agency: string | null;
  lots: Array<{ lot: string | null; vendor: string | null; amountYuan: number | null; amountForm: string; amountText: string | null }>;
  budgetYuan: number | null;
  publishedAt: string | null;
  province: string | null;
  city: string | null;
  county: string | null;
  divisionCode: string | null;
  isVideoOps: boolean;
  serviceType: string | null;
  [extra: string]: unknown;
}

/** Build the contract record for `file` from an extraction. */
export function toContractRecord(file: string, e: Extraction): ContractRecord {
  return {
    file,
    kind: e.kind,
    title: e.title,
    buyer: e.buyer,
    agency: e.agency,
    lots: e.lots.map((l) => ({
      lot: l.lot,
      vendor: l.vendor,
      amountYuan: l.amountYuan,
      amountForm: l.amountForm,
      amountText: l.amountText,
      amountStart: l.amountStart,
      amountEnd: l.amountEnd,
      vendors: l.vendors,
      rateValue: l.rateValue,
      unitPriceYuan: l.unitPriceYuan,
      unitPriceUnit: l.unitPriceUnit,
      budgetYuan: l.budgetYuan,
      ceilingYuan: l.ceilingYuan,
      confidence: l.confidence,
    })),
    lotTerms: e.lotTerms,
    correctedAward: e.correctedAward,
    proposedLots: e.proposed.map((l) => ({ vendor: l.vendor, amountYuan: l.amountYuan, amountForm: l.amountForm, amountText: l.amountText })),
    budgetYuan: e.budgetYuan,
    publishedAt: e.publishedAt,
    province: e.province,
    city: e.city,
    county: e.county,
    divisionCode: e.divisionCode,
    placeToday: e.placeToday,
    isVideoOps: e.isVideoOps,
    serviceType: e.serviceType,
    parserVersion: e.parserVersion,
    projectCode: e.projectCode,
    projectName: e.projectName,
    procurementMethod: e.procurementMethod,
    ceilingYuan: e.ceilingYuan,
    tenderDeadline: e.tenderDeadline,
    awardDate: e.awardDate,
    contractDate: e.contractDate,
    servicePeriodText: e.servicePeriodText,
    serviceMonths: e.serviceMonths,
    accounts: e.accounts,
    platforms: e.platforms,
    videosPerMonth: e.videosPerMonth,
    yuanPerAccountYear: e.yuanPerAccountYear,
    yuanPerVideo: e.yuanPerVideo,
    localitySource: e.localitySource,
    localityAmbiguous: e.localityAmbiguous,
    videoScore: e.videoScore,
    videoMatched: e.videoMatched,
    isSample: e.isSample,
    evidence: e.evidence,
    warnings: e.warnings,
  };
}
