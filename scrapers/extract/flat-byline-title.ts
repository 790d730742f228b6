/**
 * The title of a page saved as text that lost its line breaks: a portal's name, its menu, a
 * breadcrumb and a side list of other notices (each a title and a date) all run into one line
 * before the notice. A reader finds the notice's own title where its byline starts: the words
 * right before "发布时间：<date>" (or 发布日期/信息时间/公告时间). A side list's entries carry a
 * bare date, never such a label, and a menu's words never end as a title does. Pure.
 * @module
 */

import { TITLE_END } from './body-title.js';

/** How far into a flattened line the byline is looked for: chrome rarely runs longer. */
const MAX_HEAD = 3_000;

/** A byline label and its date, after white space: "  发布时间：2025-10-09", "发布日期：2026年01月09日". */
const BYLINE = /[ \t\u3000\u00a0]+(?:发布时间|发布日期|信息时间|公告时间|公告日期)\s*[:：]\s*(?:19|20)\d{2}\s*[-/.年]/g;


/** No title holds a label, a column or a breadcrumb's arrow (a "·" may stand inside its quotes). */
const NOT_TITLE = /[:：|｜>»＞]|^[·•]/;

/** A title found in a flattened line, with its offsets in the line. */
export interface FlatTitle {
  title: string;
  start: number;
  end: number;
  /** where the byline's white space starts (after the kind tag, when there is one) */
  byline: number;
}

/**
 * The word (10 to 150 characters, no white space) that ends as a title does and stands right
 * before the line's first byline label with a date (or before a kind tag of two to four words
 * there); null when there is none in the first 3,000
 * characters or the word before the byline reads as no title.
 */
export function bylineTitleSpan(line: string): FlatTitle | null {
  const head = line.length > MAX_HEAD ? line.slice(0, MAX_HEAD) : line;
  BYLINE.lastIndex = 0;
  const by = BYLINE.exec(head);
  if (!by) return null;
  const before = head.slice(0, by.index);
  // (an aggregator tags the title with the notice's kind between it and the byline: "X成交公告 成交")
  const m = /(\S{10,150})(?:[ \t\u3000\u00a0]+[\u4e00-\u9fff]{2,4})?$/.exec(before);
  if (!m) return null;
  const word = m[1];
  if (!TITLE_END.test(word) || NOT_TITLE.test(word)) return null;
  return { title: word, start: m.index, end: m.index + word.length, byline: by.index };
}
