/**
 * The extractor's output: what one announcement says, field by field, with the evidence for
 * each. Everything here is plain data so that it can be stored, diffed and printed as JSON.
 * @module
 */

export type NoticeKind =
  | 'intention'
  | 'tender'
  | 'single_source'
  | 'award'
  | 'contract'
  | 'correction'
  | 'failure'
  | 'acceptance'
  | 'other';

/** total: money for the whole lot; rate: a percentage (下浮率/折扣率/费率); unit_price: per item/year. */
export type AmountForm = 'total' | 'rate' | 'unit_price' | 'none';

export type ServiceType = 'account_operation' | 'video_production' | 'promo_film' | 'live_streaming' | 'other_video';

/** Where the locality came from, in order of trust. */
export type LocalitySource = 'region_field' | 'buyer_name' | 'buyer_address' | 'hint' | 'central';

/** A span of `Extraction.text` that a value was read from. */
export interface Evidence {
  /** the text exactly as it stands in `Extraction.text.slice(start, end)` */
  text: string;
  start: number;
  end: number;
  /** 0..1: how sure the extractor is of the value */
  confidence: number;
}

export interface Lot {
  /** the lot's label as written (包1, 第二标段, A), or null for a single lot */
  lot: string | null;
  /** the winning vendor as written; a consortium joined with "；" */
  vendor: string | null;
  /** consortium members one by one (one entry for a single vendor, empty when none) */
  vendors: string[];
  /** the awarded amount in yuan when it is a total; null for rates, unit prices and when absent */
  amountYuan: number | null;
  amountForm: AmountForm;
  /** the amount exactly as written (evidence), or null */
  amountText: string | null;
  /** offsets of amountText in Extraction.text */
  amountStart: number | null;
  amountEnd: number | null;
  /** the rate in percent, when amountForm is rate */
  rateValue: number | null;
  /** the unit price in yuan and its unit, when amountForm is unit_price */
  unitPriceYuan: number | null;
  unitPriceUnit: string | null;
  budgetYuan: number | null;
  ceilingYuan: number | null;
  /** awarded, or failed (废标/流标 for this lot: spending zero) */
  status: 'awarded' | 'failed';
  confidence: number;
}

/** One award item a correction changes: amounts in yuan, null where the correction states none (or unreadably). */
export interface CorrectedAward {
  /** the lot's label as written when the correction names a 包/标段, else null */
  lot: string | null;
  vendorBefore: string | null;
  vendorAfter: string | null;
  amountBefore: number | null;
  amountAfter: number | null;
  /** the corrected amount exactly as written (evidence), and its offsets in Extraction.text */
  amountText: string | null;
  amountStart: number | null;
  amountEnd: number | null;
}

/** Hints a portal's list page or API gives about a notice; the extractor trusts the page first. */
export interface ExtractHints {
  title?: string | null;
  publishedAt?: string | null;
  /** region name or code as the portal gives it (e.g. 广东, 440300, 龙华区) */
  region?: string | null;
  buyer?: string | null;
  agency?: string | null;
  /** notice type as the portal labels it (中标公告, ZcyAnnouncement4 …) */
  noticeType?: string | null;
  /** the project's budget in yuan as the portal's API gives it (gdgpo's `budget`), used when the text states none */
  budget?: string | null;
}

export interface ExtractInput {
  /** the page's HTML (a full portal page, or an HTML fragment); or */
  html?: string;
  /** plain text (aggregator copies, .txt files) */
  text?: string;
  url?: string | null;
  hints?: ExtractHints;
}

export interface Extraction {
  parserVersion: string;
  kind: NoticeKind;
  title: string | null;
  projectCode: string | null;
  projectName: string | null;
  procurementMethod: string | null;
  buyer: string | null;
  buyerAddress: string | null;
  agency: string | null;
  /** YYYY-MM-DD */
  publishedAt: string | null;
  tenderDeadline: string | null;
  awardDate: string | null;
  contractDate: string | null;
  servicePeriodText: string | null;
  serviceMonths: number | null;
  budgetYuan: number | null;
  ceilingYuan: number | null;
  /** each lot's own 预算金额 / 最高限价 where stated (tenders and awards alike; empty when none) */
  lotTerms: Array<{ lot: string; budgetYuan: number | null; ceilingYuan: number | null; budgetText: string | null; ceilingText: string | null }>;
  lots: Lot[];
  /**
   * single-source notices (单一来源公示): the proposed vendor and price. Not an award, so not in
   * `lots` (nothing is spent yet); kept for researchers tracking who is lined up.
   */
  proposed: Lot[];
  /**
   * a correction's changes to an award (更正前/更正后 of the 中标/成交 金额 and 供应商): one entry per
   * corrected award item; empty on other notices and on corrections that change no award
   */
  correctedAward: CorrectedAward[];
  accounts: number | null;
  platforms: string[];
  videosPerMonth: number | null;
  videoCount: number | null;
  yuanPerAccountYear: number | null;
  yuanPerVideo: number | null;
  province: string | null;
  city: string | null;
  county: string | null;
  divisionCode: string | null;
  /**
   * Where the place lies today when the notice names a division since renamed or merged (双流县
   * → 双流区 510116): the store counts the notice there; null when the notice's place is today's.
   */
  placeToday: { province: string | null; city: string | null; county: string | null; divisionCode: string | null } | null;
  localitySource: LocalitySource | null;
  localityAmbiguous: boolean;
  isVideoOps: boolean;
  serviceType: ServiceType | null;
  videoScore: number;
  videoMatched: { for: string[]; against: string[] };
  /** field name (title, buyer, budgetYuan, publishedAt, locality, …) -> where it was read */
  evidence: Record<string, Evidence>;
  /** disagreements and doubts worth a reader's attention (e.g. summary box ≠ body amount) */
  warnings: string[];
  /** the notice's plain text; every Evidence offset indexes into it */
  text: string;
  /** true when the page says it is generated sample data (replay fixtures) */
  isSample: boolean;
}

/** The title-only classifier's answer (`procwatch classify`). */
export interface TitleClassification {
  title: string;
  isVideoOps: boolean;
  serviceType: ServiceType | null;
  score: number;
  matched: string[];
}
