/**
 * The extractor: one notice (portal HTML, an HTML fragment or plain text) in, its fields with
 * evidence out. Pure and bounded: no I/O, input capped, linear regexes; it never throws on
 * bad input and never reports a number whose text it cannot point to.
 * @module
 */
import { findPublished, parseDate } from './dates.js';
import { firstFieldValue, scanFields } from './fields.js';
import { projectCodeField } from './project-code.js';
import { htmlToText } from './html-text.js';
import { findTitle } from './title.js';
import { blankSideNotices } from './side-notices.js';
import { withListedBuyers } from './listed-buyers.js';
import { completeBuyer, ownSiteBuyer } from './buyer-completion.js';
import { detectKind, kindFromTitle } from './kind.js';
import { contractNewsParties, notProcurement } from './news-notice.js';
import { buyerAddress, locate, siteOwners } from './buyer-place.js';
import { ambiguousStart } from './locality.js';
import { pastPlace, todayPlace } from './past-place.js';
import { budgetFromTables, ceilingFromTables, correctedFromTables, findBudget } from './budget.js';
import { uncommentBlock, unstarBlockComments } from './comment-block.js';
import { joinStringLiterals } from './string-concat.js';
import { commaTables } from './comma-table.js';
import { isCandidateNotice } from './candidates.js';
import { blankLiteralMarks, unescapeLineBreaks } from './escaped-lines.js';
import { csvRecordText } from './csv-record.js';
import { noticeFromScripts } from './json-notice.js';
import { openWrapper } from './wrapped-input.js';
import { dropLogLines, wrapperHeaderText } from './wrapper-header.js';
import { readIntentionList } from './intention-rows.js';
import { findLotTerms, lotKey } from './lot-terms.js';
import { findLots } from './lots.js';
import { readCorrectedAward } from './corrected-award.js';
import { dropNoiseLines } from './page-noise.js';
import { joinPdfBreaks } from './pdf-breaks.js';
import { splitFlatLines } from './flat-lines.js';
import { noticeFromContainers } from './container-notice.js';
import { despaceLines, dropPageBreaks, dropStampText, joinSegmentedWords } from './damaged-text.js';
import { addresseeAsWinner } from './notice-letter.js';
import { undoDocxSpacing } from './docx-spacing.js';
import type { Money } from './money.js';
import { MAX_TEXT_CHARS, normalizeText, toSimplified } from './normalize-text.js';
import { findAgency, findBuyer } from './parties.js';
import { findQuantities } from './quantities.js';
import { findDeadline } from './deadline.js';
import { columnOf, findTables, type Table } from './tables.js';
import { purchaseColumns } from './purchase-table.js';
import type { Evidence, Extraction, ExtractInput, NoticeKind } from './types.js';
import { classifyNotice, classifyTitle } from './video-classifier.js';
import { placementOutweighs, videoLotService } from './mixed-scope.js';
import { serviceOfAwardedLots } from './service-type.js';
import { visibleChars } from './input-shape.js';

export { classifyTitle };
export { isJsonWithoutNotice } from './json-notice.js';
export { toContractRecord, type ContractRecord } from './contract-record.js';

/** Bumped whenever the output for some input changes; stored on every notice. */
export const PARSER_VERSION = '1.64.0';

/** HTML beyond this many characters is cut before parsing. */
export const MAX_HTML_CHARS = 6_000_000;

const AWARDING = new Set<NoticeKind>(['award', 'contract']);
/**
 * An awarded total below this many yuan is no award: a row number or a quantity read in the
 * amount's place (a flattened table's "中标金额（元） 1 文旅宣传片…" gave 1). Budgets under 100 are
 * dropped the same way (budget.ts); an unknown amount is null, not a wrong number.
 */
const MIN_AWARD_YUAN = 100;
const ALL_FAILED = /流标|项目废标|本项目废标|废标处理|终止采购|不足三家|均废标|全部废标|采购失败/;

function evidence(text: string, start: number, end: number, confidence: number): Evidence {
  return { text: text.slice(start, end), start, end, confidence };
}

function moneyEvidence(text: string, m: Money | null, confidence: number): Evidence | null {
  return m ? evidence(text, m.start, m.end, confidence) : null;
}

function blank(text: string, isSample: boolean, warnings: string[]): Extraction {
  return {
    parserVersion: PARSER_VERSION, kind: 'other', title: null, projectCode: null, projectName: null, procurementMethod: null,
    buyer: null, buyerAddress: null, agency: null, publishedAt: null, tenderDeadline: null, awardDate: null, contractDate: null,
    servicePeriodText: null, serviceMonths: null, budgetYuan: null, ceilingYuan: null, lotTerms: [], lots: [], proposed: [], correctedAward: [], accounts: null, platforms: [],
    videosPerMonth: null, videoCount: null, yuanPerAccountYear: null, yuanPerVideo: null, province: null, city: null, county: null,
    divisionCode: null, placeToday: null, localitySource: null, localityAmbiguous: false, isVideoOps: false, serviceType: null, videoScore: 0,
    videoMatched: { for: [], against: [] }, evidence: {}, warnings, text, isSample,
  };
}

/** A project code ends at white space, a separator, sentence punctuation or an unopened bracket. */
function cleanCode(v: string): string | null {
  let depth = 0;
  let i = 0;
  for (; i < v.length; i++) {
    const c = v[i];
    if (/[\s|，。,;；：:]/.test(c)) break;
    if (/[(（[【〔]/.test(c)) depth++;
    else if (/[)）\]】〕]/.test(c)) {
      if (depth === 0) break;
      depth--;
    }
  }
  const code = v.slice(0, i).replace(/[。.]+$/, '');
  return code.length >= 2 && !/^[*＊]+$/.test(code) ? code : null;
}

/**
 * Extract one notice. Never throws: on an internal error it returns what it has, with a
 * warning naming the failure.
 */
export function extractNotice(input: ExtractInput): Extraction {
  return extractOnce(input, 0);
}

/** The input a JSON document or an empty app shell stands for, with the caller's hints kept on top. */
function unwrapped(inner: ExtractInput, outer: ExtractInput): ExtractInput {
  const hints = { ...inner.hints };
  for (const [k, v] of Object.entries(outer.hints ?? {})) if (v != null && v !== '') (hints as Record<string, unknown>)[k] = v;
  return { ...inner, url: outer.url, hints };
}

function extractOnce(input: ExtractInput, depth: number): Extraction {
  if (depth === 0) {
    // a record, a feed, an API response or markup saved as text: the notice it holds is read (wrapped-input.ts)
    const w = openWrapper(input, MAX_HTML_CHARS);
    if (w.inner) return extractOnce(unwrapped(w.inner, input), 1);
    if (w.html !== null) return extractOnce({ ...input, html: w.html, text: undefined }, 1);
    input = w.input;
  }
  const warnings: string[] = [];
  let raw = '';
  let heading: string | null = null;
  let docTitle: string | null = null;
  let isSample = false;
  try {
    if (typeof input?.html === 'string') {
      let html = input.html;
      if (html.length > MAX_HTML_CHARS) {
        warnings.push(`html cut at ${MAX_HTML_CHARS} of ${html.length} characters`);
        html = html.slice(0, MAX_HTML_CHARS);
      }
      const h = htmlToText(html);
      const visible = depth === 0 ? visibleChars(h.text, 300) : Infinity;
      if (visible < 300) {
        // a single-page app's shell: the notice is in a JSON state object inside a script
        // (taken only when it says more than the page itself)
        const inner = noticeFromScripts(html);
        const innerText = inner ? (inner.html ?? inner.text ?? '').replace(/<[^>]{0,500}>|\s+/g, '') : '';
        if (inner && innerText.length > visible) return extractOnce(unwrapped(inner, input), 1);
        // or in an element the text reader skips: a hidden textarea, a noscript fallback, an iframe srcdoc
        const held = noticeFromContainers(html);
        if (held && visibleChars(htmlToText(held).text, 300) > visible) return extractOnce({ ...input, html: held }, 1);
      }
      raw = h.text;
      heading = h.heading;
      docTitle = h.docTitle;
      isSample = h.isSample;
    } else if (typeof input?.text === 'string') {
      // a page saved as text keeps its side lists: other notices' entries go once its own title is known
      // (a notice kept in code loses its comment marks, block comments' stars, the quotes and + of a string
      // built a literal a line, string-literal lines and literal \n escapes; a
      // sheet export's header row and record, or a crawler's header over the notice, become labelled fields;
      // a table written as comma-separated lines gets the cells the table reader knows)
      raw = blankSideNotices(commaTables(uncommentBlock(csvRecordText(wrapperHeaderText(dropLogLines(blankLiteralMarks(unescapeLineBreaks(joinStringLiterals(unstarBlockComments(input.text))))))))));
      isSample = /<meta[^>]{0,200}procwatch-sample/i.test(raw.slice(0, 4000));
    } else {
      warnings.push('no html or text given');
    }
  } catch (e) {
    warnings.push(`could not read the page: ${(e as Error).message}`);
  }
  // side lists of other projects, prev/next links and footers go before anything is read
  // CRLF (a scraper's or a Windows dump's) folded before any line-wise pass reads the text, and a
  // copy that lost its line breaks cut back into lines (flat-lines.ts)
  const norm = normalizeText(dropNoiseLines(joinPdfBreaks(addresseeAsWinner(dropPageBreaks(dropStampText(despaceLines(splitFlatLines(joinSegmentedWords(undoDocxSpacing(raw.replace(/\r\n?/g, '\n')))))))))));
  warnings.push(...norm.warnings);
  const { text, lookup } = norm;
  const out = blank(text, isSample, warnings);
  try {
    fill(out, text, lookup, heading, docTitle, input?.hints ?? {}, typeof input?.html === 'string', siteOwners(raw));
  } catch (e) {
    out.warnings.push(`extraction stopped early: ${(e as Error).message}`);
  }
  if (norm.asWritten) asWrittenEvidence(out, norm.asWritten);
  void MAX_TEXT_CHARS;
  return out;
}

function fill(
  out: Extraction, text: string, lookup: string, heading: string | null, docTitle: string | null, hints: NonNullable<ExtractInput['hints']>, isHtml: boolean, owners: string,
) {
  const fields = scanFields(lookup);
  const tables = findTables(lookup);
  const t = findTitle(text, heading, docTitle, hints.title, isHtml);
  out.title = t.title;
  if (t.title && t.end > t.start) out.evidence.title = evidence(text, t.start, t.end, 0.8);
  const titleLookup = t.title ? toSimplified(t.title) : null;

  const code = projectCodeField(fields, titleLookup);
  if (code) out.projectCode = cleanCode(text.slice(code.valueStart, code.valueEnd));
  const pname = firstFieldValue(fields, 'projectName', 120);
  if (pname) out.projectName = text.slice(pname.valueStart, pname.valueEnd).split(/ \| /)[0] || null;
  if (!out.projectName) out.projectName = tableProjectName(tables);
  const method = fields.find((f) => f.role === 'method' && /公开招标|邀请招标|竞争性磋商|竞争性谈判|询价|单一来源|框架协议|网上超市|电子卖场|比选|竞价/.test(f.value));
  if (method) out.procurementMethod = /公开招标|邀请招标|竞争性磋商|竞争性谈判|询价|单一来源|框架协议|网上超市|电子卖场|比选|竞价/.exec(method.value)![0];
  else {
    // Not the national template's heading 评审专家（单一来源采购人员）名单, which every notice carries.
    const m = /(公开招标|邀请招标|竞争性磋商|竞争性谈判|询价|单一来源(?!采购人员)|框架协议|网上超市)/.exec(lookup.slice(0, 5000));
    if (m) out.procurementMethod = m[1];
    // a 比选 (a self-run selection below the tendering threshold) names itself in its title
    else if (titleLookup && /比选/.test(titleLookup)) out.procurementMethod = '比选';
  }

  out.kind = detectKind(titleLookup, lookup, hints.noticeType);
  // a 三资公开 or a spending disclosure whose body is a table of purchases made awards each (purchase-table.ts)
  if (out.kind === 'other' && tables.some((tb) => purchaseColumns(lookup, tb))) out.kind = 'award';

  const buyer = ownSiteBuyer(completeBuyer(text, withListedBuyers(text, lookup, fields, tables, findBuyer(text, lookup, fields, tables, t.title))), docTitle, text);
  if (buyer) {
    out.buyer = buyer.name;
    out.evidence.buyer = evidence(text, buyer.start, buyer.end, buyer.confidence);
  } else if (hints.buyer) {
    out.buyer = hints.buyer.trim().slice(0, 100) || null;
  }
  const agency = findAgency(text, lookup, fields);
  if (agency && agency.name !== out.buyer) {
    out.agency = agency.name;
    out.evidence.agency = evidence(text, agency.start, agency.end, agency.confidence);
  } else if (hints.agency) out.agency = hints.agency.trim().slice(0, 100) || null;
  const addr = buyerAddress(text, lookup, fields, out.agency !== null);
  if (addr) out.buyerAddress = text.slice(addr.valueStart, addr.valueEnd).split(/ \| |[ ]{2,}/)[0].slice(0, 100) || null;

  const pub = findPublished(lookup, fields);
  if (pub) {
    out.publishedAt = pub.iso;
    out.evidence.publishedAt = evidence(text, pub.start, pub.end, pub.how === 'label' ? 0.9 : 0.7);
  } else if (hints.publishedAt) out.publishedAt = parseDate(String(hints.publishedAt))?.iso ?? null;
  // a call for bids' deadline from its headings and sentences too; elsewhere (a correction's 更正前
  // row, a result's recital) only the labelled field counts
  out.tenderDeadline = findDeadline(lookup, fields, out.kind !== 'tender');
  const ad = fields.find((f) => f.role === 'awardDate' && /\d{4}/.test(f.value));
  const adIso = ad ? parseDate(ad.value)?.iso : null;
  if (adIso) {
    if (/签/.test(ad!.label)) out.contractDate = adIso;
    else out.awardDate = adIso;
  }

  let { budget, ceiling } = findBudget(text, lookup, fields);
  // a correction's table of changed items: its 更正后 figures replace the labelled ones
  const corrected = out.kind === 'correction' ? correctedFromTables(text, tables) : null;
  budget = corrected?.budget ?? budget;
  ceiling = corrected?.ceiling ?? ceiling;
  if (!budget) {
    const fromTable = budgetFromTables(text, tables, (row) => classifyTitle(row).isVideoOps);
    if (fromTable) {
      budget = fromTable.money;
      if (fromTable.note) out.warnings.push(fromTable.note);
    }
  }
  if (budget) {
    out.budgetYuan = budget.yuan;
    out.evidence.budgetYuan = moneyEvidence(text, budget, 0.85)!;
  } else if (hints.budget && /^\d{3,10}(?:\.\d{1,2})?$/.test(hints.budget.trim())) out.budgetYuan = Number(hints.budget.trim()); // the API's own field (yuan)
  // "… | 预算金额（万元） | 最高限价（万元） | …": a ceiling column beside the budget's
  ceiling ??= ceilingFromTables(text, tables);
  if (ceiling) {
    out.ceilingYuan = ceiling.yuan;
    out.evidence.ceilingYuan = moneyEvidence(text, ceiling, 0.85)!;
  }

  const candidates = out.kind === 'award' && isCandidateNotice(titleLookup, lookup);
  let lots = findLots(text, lookup, fields, tables, AWARDING.has(out.kind), { candidates });
  if (out.kind === 'tender' && !kindFromTitle(titleLookup) && !kindFromTitle(hints.noticeType ?? null)) {
    // no title says the kind, and the body's head reads like a call for bids ("项目概况"), yet
    // its result section names a winner with an amount: the notice is an award
    const asAward = findLots(text, lookup, fields, tables, true);
    if (/(?:中标|成交)(?:\(成交\)|（成交）)?(?:信息|结果)/.test(lookup) && asAward.lots.some((l) => l.vendor && l.amountForm !== 'none')) {
      out.kind = 'award';
      lots = asAward;
    }
  }
  out.lots = lots.lots;
  for (const l of out.lots) {
    if (l.amountForm !== 'total' || l.amountYuan === null || l.amountYuan >= MIN_AWARD_YUAN) continue;
    out.warnings.push(`an award of ${l.amountYuan} yuan ("${l.amountText ?? ''}") is no plausible total: amount unknown`);
    Object.assign(l, { amountYuan: null, amountForm: 'none', amountText: null, amountStart: null, amountEnd: null });
  }
  // a 结果公告 whose every lot failed ("废标理由：有效供应商不足三家") awards nothing: a failure
  if (out.kind === 'award' && !out.lots.length && !candidates && ALL_FAILED.test(lookup)) out.kind = 'failure';
  if (out.kind === 'single_source') out.proposed = findLots(text, lookup, fields, tables, true).lots;
  if (out.kind === 'correction') readCorrectedAward(out, text, lookup, tables);
  out.warnings.push(...lots.warnings);
  if (lots.total) out.evidence.totalAward = moneyEvidence(text, lots.total, 0.8)!;
  attachLotTerms(out, findLotTerms(text, lookup, fields, tables));
  out.lots.forEach((l, i) => {
    if (l.amountStart != null && l.amountEnd != null) out.evidence[`lots.${i}.amount`] = evidence(text, l.amountStart, l.amountEnd, l.confidence);
    if (l.vendor) {
      const at = text.indexOf(l.vendor.split('；')[0]);
      if (at >= 0) out.evidence[`lots.${i}.vendor`] = evidence(text, at, at + l.vendor.split('；')[0].length, l.confidence);
    }
  });

  contractNewsParties(out, lookup);
  const loc = locate(text, lookup, fields, out.buyer, t.title, hints.region, out.agency !== null, owners);
  out.province = loc.place.province;
  out.city = loc.place.city;
  out.county = loc.place.county;
  out.divisionCode = loc.place.code;
  const then = pastPlace(loc.place, [out.buyer, text], out.publishedAt);
  if (then) [out.province, out.city, out.county, out.divisionCode] = [then.province, then.city, then.county, then.code];
  const today = todayPlace(then ?? loc.place);
  out.placeToday = today && { province: today.province, city: today.city, county: today.county, divisionCode: today.code };
  out.localitySource = loc.place.code || loc.place.central ? loc.source : null;
  out.localityAmbiguous = loc.place.ambiguous;
  if (loc.place.level < 3 && !loc.place.central) {
    // say when a name could not be placed for certain (朝阳区 alone: Beijing or Changchun)
    const region = fields.find((f) => f.role === 'region');
    for (const s of [region?.value ?? null, out.buyer ? toSimplified(out.buyer) : null]) {
      const amb = ambiguousStart(s);
      if (amb) {
        out.localityAmbiguous = true;
        out.warnings.push(`locality stays at the certain level: "${s!.slice(0, 20)}" could be ${amb.join(' or ')}`);
        break;
      }
    }
  }
  if (loc.ev) out.evidence.locality = loc.ev;

  const video = classifyNotice(titleLookup, out.projectName ? toSimplified(out.projectName) : null, lookup);
  // advertising priced apart and larger than the video work is advertising; an out-of-scope
  // title (equipment) with an awarded video lot is in scope through that lot
  const lotService = video.isVideoOps ? null : videoLotService(lookup, out.lots);
  out.isVideoOps = lotService ? true : video.isVideoOps && !placementOutweighs(lookup);
  // lots priced one by one, each named by its service elsewhere: the money decides
  out.serviceType = out.isVideoOps ? lotService ?? serviceOfAwardedLots(lookup, out.lots) ?? video.serviceType : null;
  if (out.kind === 'intention') readIntentionList(out, lookup, fields, tables);
  notProcurement(out, titleLookup, lookup);
  out.videoScore = video.score;
  out.videoMatched = { for: video.matchedFor, against: video.matchedAgainst };

  const q = findQuantities(lookup, fields);
  out.servicePeriodText = q.servicePeriodText;
  out.serviceMonths = q.serviceMonths;
  out.accounts = q.accounts;
  out.platforms = q.platforms;
  out.videosPerMonth = q.videosPerMonth;
  out.videoCount = q.videoCount;
  const totalYuan = out.lots.length ? out.lots.reduce((s, l) => s + (l.amountYuan ?? 0), 0) : null;
  if (totalYuan && out.isVideoOps) {
    if (q.accounts && q.serviceMonths) out.yuanPerAccountYear = Math.round(totalYuan / q.accounts / (q.serviceMonths / 12));
    const videos = q.videoCount ?? (q.videosPerMonth && q.serviceMonths ? q.videosPerMonth * q.serviceMonths : null);
    if (videos) out.yuanPerVideo = Math.round(totalYuan / videos);
  }
}

/**
 * The text, the evidence and the lots' amount texts as they stood before the OCR repairs (which
 * keep every length, so every offset holds): "¥98,5OO.OO元" is shown as written, read as 98500.
 */
function asWrittenEvidence(out: Extraction, written: string) {
  out.text = written;
  // a title read from the text is shown as written too ("O2O平台" is no "020平台")
  const t = out.evidence.title;
  if (t && out.title === t.text) out.title = written.slice(t.start, t.end);
  for (const ev of Object.values(out.evidence)) if (ev) ev.text = written.slice(ev.start, ev.end);
  for (const l of out.lots) if (l.amountText != null && l.amountStart != null && l.amountEnd != null) l.amountText = written.slice(l.amountStart, l.amountEnd);
}

/** Each lot's budget and ceiling: its own where the notice states them, the project's for a single lot. */
function attachLotTerms(out: Extraction, terms: Extraction['lotTerms']) {
  out.lotTerms = terms;
  const byKey = new Map(terms.map((t) => [lotKey(t.lot), t]));
  for (const lot of out.lots) {
    const t = byKey.get(lotKey(lot.lot)) ?? (out.lots.length === 1 && terms.length === 1 ? terms[0] : undefined);
    if (t) {
      lot.budgetYuan = t.budgetYuan;
      lot.ceilingYuan = t.ceilingYuan;
    } else if (out.lots.length === 1 && !terms.length) {
      lot.budgetYuan = out.budgetYuan;
      lot.ceilingYuan = out.ceilingYuan;
    }
  }
  // a notice whose only budgets are per lot: when no ceiling is stated for the project, none is invented
}

/** A one-row table's 合同名称 / 项目名称 cell ("合同名称 | 甲方 | 乙方 | 合同金额"), when no field names the project. */
function tableProjectName(tables: Table[]): string | null {
  for (const t of tables) {
    if (t.rows.length !== 1) continue;
    const c = columnOf(t, /^(?:合同名称|项目名称|采购项目名称)$/);
    const v = c >= 0 ? t.rows[0][c]?.text.trim() : '';
    if (v && v.length >= 4 && v.length <= 120) return v;
  }
  return null;
}

