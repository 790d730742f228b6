/**
 * 中标候选人公示: a notice that ranks the bidders before the award is final. The first-ranked
 * candidate is the expected winner (the law makes the buyer pick it unless it withdraws), so
 * it stands as the notice's lot; the others are losing bids and never become lots.
 * @module
 */
import { unitFromQualifier } from './fields.js';
import { readMoney, type Money } from './money.js';
import { cleanOrgName, looksLikeOrg, naturalPerson } from './parties.js';

/** A notice that publishes ranked candidates rather than a final award. */
export const CANDIDATE_NOTICE = /(?:中标|成交)?候选(?:人|供应商|单位)(?:的)?(?:公示|公告|名单|推荐)|推荐的?(?:中标|成交)候选(?:人|供应商)|评标结果公示/;

/** True when the title (or, with no title, the notice's head) says it lists candidates. */
export function isCandidateNotice(title: string | null, lookup: string): boolean {
  if (title && CANDIDATE_NOTICE.test(title)) return true;
  return !title && CANDIDATE_NOTICE.test(lookup.slice(0, 600));
}

// "第一中标候选人：X", "排名第一的中标候选人为X", "第1名候选人 X", "中标候选人第一名：X", and in a
// candidates notice "第一名：X  投标报价：…" (a heading "二、成交候选人" over "第一成交候选人：X" is
// not "候选人第一": the two never join across a line)
const FIRST =
  /(?:第[一1]\s*(?:名|顺序|顺位)?\s*(?:的)?\s*(?:中标|成交|中选)?\s*候选(?:人|供应商|单位)|(?:中标|成交|中选)?候选(?:人|供应商|单位)[ \t]*第[一1]\s*(?:名|顺位)?|排名第[一1](?:名)?的?\s*(?:中标|成交|中选)?候选(?:人|供应商|单位)|(?<![排名次序])第[一1]名(?:[(（](?:成交|中标|中选)(?:人|供应商|单位)[)）])?(?=\s*[:：]))(?:名称)?\s*(?:[:：]|为|是|\|)?\s*/g;
const PRICE_LABEL = /(?:投标报价|最终报价|响应报价|报价|投标价格?|投标总价|投标金额|中标价格?|中标金额|评标价|价格|金额)\s*(?:[(（]([^()（）\n]{1,6})[)）])?\s*(?:[:：]|为)?/;
const NEXT_CANDIDATE = /第\s*[二2三3]\s*(?:名|顺位)?\s*(?:的)?\s*(?:中标|成交|中选)?\s*候选|候选(?:人|供应商|单位)\s*第\s*[二2]/;

const MEMBER_ROLE = /^\s*[(（](?:联合体)?(?:牵头人|牵头方|牵头单位|成员|成员方|成员单位)[)）]/;

/**
 * The members of a consortium whose first member `first` ends at `end`: each further name after
 * a member's role in brackets and a 、 or comma ("A公司（牵头人）、B公司（成员）"); `end` after the last.
 */
export function consortiumTail(text: string, end: number, first: string): string[] & { end: number } {
  const out = Object.assign([first], { end });
  for (let i = 0; i < 5; i++) {
    const role = MEMBER_ROLE.exec(text.slice(out.end, out.end + 20));
    if (!role) break;
    out.end += role[0].length;
    const sep = /^\s*[、，,]\s*/.exec(text.slice(out.end, out.end + 4));
    if (!sep) break;
    const name = cleanOrgName(text.slice(out.end + sep[0].length, out.end + sep[0].length + 80));
    if (!name || !looksLikeOrg(name)) break;
    out.push(name);
    out.end += sep[0].length + name.length;
  }
  return out;
}

/**
 * A result that ranks every bidder and tags the first as the winner ("第一名(成交人):X 比选报价:…",
 * a company platform's 比选 result): the first-ranked is the award, as in a candidates notice.
 */
export const WINNER_TAGGED_RANK = /第[一1]名[(（](?:成交|中标|中选)(?:人|供应商|单位)[)）]\s*[:：]/;

/** The first-ranked candidate's own bid, when the notice names `vendor` first-ranked. */
export function firstCandidateBid(text: string, lookup: string, vendor: string): Money | null {
  const c = firstCandidate(text, lookup);
  return c && c.vendor === vendor ? c.money : null;
}

/** The first-ranked candidate written in prose or label pairs, with its bid when stated. */
export function firstCandidate(text: string, lookup: string): { vendor: string; start: number; money: Money | null } | null {
  FIRST.lastIndex = 0;
  let tried = 0;
  for (const m of lookup.slice(0, 60_000).matchAll(FIRST)) {
    if (++tried > 20) break;
    const at = m.index + m[0].length;
    // a natural person ranked first ("第一成交候选人：欧阳建平（自然人）") is named without the note
    const person = naturalPerson(text.slice(at, at + 20));
    const name = person ? person.name : cleanOrgName(text.slice(at, at + 80));
    if (!name || (!person && !looksLikeOrg(name))) continue;
    let nameEnd = at + (person ? person.length : name.length);
    // a consortium ranked first: "第一名：A公司（牵头人）、B公司": its members joined by "；"
    const members = person ? Object.assign([name], { end: nameEnd }) : consortiumTail(text, nameEnd, name);
    if (members.length > 1) nameEnd = members.end;
    // the bid belongs to this candidate only up to the next candidate's entry
    const rest = lookup.slice(nameEnd, nameEnd + 240);
    const next = NEXT_CANDIDATE.exec(rest);
    const windowEnd = nameEnd + (next ? next.index : rest.length);
    let money: Money | null = null;
    const label = PRICE_LABEL.exec(lookup.slice(nameEnd, windowEnd));
    if (label) {
      const from = nameEnd + label.index + label[0].length;
      const line = lookup.slice(from, windowEnd).search(/\n|[;；]/);
      money = readMoney(text, from, line < 0 ? windowEnd : from + line, unitFromQualifier(label[1] ?? null) ?? 'yuan');
    }
    return { vendor: members.length > 1 ? members.join('\uff1b') : name, start: at, money };
  }
  return null;
}
