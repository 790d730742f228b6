/**
 * Other notices' entries in a page saved as text. An aggregator's or a portal's page lists other
 * projects beside the notice ("相似项目", "附近招标", "相关公告"), each a title with its buyer,
 * winner or amount; saved as text, those entries stand in the notice's own lines and their
 * parties read as its own. Once the text's own title is known (the line heading its body, see
 * body-title.ts), a reader knows them for what they are. Pure: no I/O.
 */
import { bodyTitle } from './body-title.js';

/** A party's or an amount's label, as an entry of another notice carries it. */
const FACT_LABEL = /(?:采购人|采购单位|招标人|中标人|中选人|供应商|中标单位|成交单位|中标金额|成交金额|中选金额|预算金额|预算|最高限价)\s*[:：]/;

/** The labels another notice's entry opens its facts with (a party or an amount). */
const ENTRY_LABEL = '(?:采购人|采购单位|招标人|中标人|中选人|中标供应商|成交供应商|中标单位|成交单位|中标金额|成交金额|中选金额|预算金额)\\s*[:：]';

/**
 * Another notice's entry on one line: its title (ending 公告 or 公示), white space, then a
 * party's or an amount's label ("X中标公告  采购人：Y  中标金额：66万元  2024-03-28").
 */
const ENTRY_LINE = new RegExp(`^\\s*(?:\\[[^\\]\\n]{1,6}\\]\\s*)?[^\\s:：|]{8,80}(?:公告|公示)[ \\t\\u3000]+(?:[^\\s:：]{1,8}[ \\t\\u3000]+)?${ENTRY_LABEL}`);

/**
 * A recommended project's entry: its name, perhaps its region, its date, then a party's or an
 * amount's label ("米林市文化局非遗纪录片拍摄项目  西藏  2025-11-10  中标金额：42万元"), as an
 * aggregator's 为您推荐 list prints it (the name need not end 公告).
 */
const DATED_ENTRY = new RegExp(`^\\s*[^\\s:：|]{6,80}(?:[ \\t\\u3000]+[^\\s:：|]{1,12}){0,2}[ \\t\\u3000]+(?:19|20)\\d{2}[-/.]\\d{1,2}[-/.]\\d{1,2}[ \\t\\u3000]+${ENTRY_LABEL}`);

/** Longer lines are a flattened notice's text, not a list's entry. */
const MAX_ENTRY = 220;

// the buyer a header line names ("采购单位：罗田县文化和旅游局  代理机构：X"), and its agency's field
const HEADER_BUYER = /(?:采购人|采购单位|招标人|招标单位)\s*[:：]\s*([\u4e00-\u9fff（）()]{4,40}?)(?=\s|$|[|｜，,；;])/;
const HEADER_AGENCY = /(?:采购代理机构|招标代理机构|代理机构)\s*[:：]\s*[\u4e00-\u9fff（）()]{4,40}(?:公司|中心)/;

/**
 * The line blanked, but for its agency's field when the line is an aggregator's header over its
 * own copy of the notice ("采购单位：X局  代理机构：Y公司") rather than another notice's entry:
 * the buyer it names opens the body's own title (a list's entry names another project's buyer).
 * The agency is the one fact there the body may lack (a login wall often cuts its contact block);
 * the header's buyer and amounts, often shortened or rounded, give way to the body's.
 */
function ownAgencyKept(line: string, title: string): string {
  const buyer = HEADER_BUYER.exec(line);
  const agency = buyer && title.startsWith(buyer[1]) ? HEADER_AGENCY.exec(line) : null;
  if (!agency) return blank(line);
  const end = agency.index + agency[0].length;
  return blank(line.slice(0, agency.index)) + line.slice(agency.index, end) + blank(line.slice(end));
}

/** `line` as white space of the same length: offsets into the text stay valid. */
const blank = (line: string) => line.replace(/[^\n]/g, ' ');

/**
 * The text with other notices' entries blanked: above the body's title, each line carrying a
 * party's or an amount's label (the side list a page shows before its notice); anywhere else,
 * each line that opens with another notice's title followed by such a label. A text whose
 * body's title is not found is returned as it is: without it, nothing tells the notice's own
 * lines from a list's.
 */
export function blankSideNotices(text: string): string {
  const body = bodyTitle(text);
  if (!body) return text;
  const lines = text.split('\n');
  let pos = 0;
  let changed = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    const at = pos;
    pos += line.length + 1;
    const above = at + line.length <= body.start;
    const own = at <= body.start && body.start <= at + line.length;
    if (own || line.length > MAX_ENTRY) continue;
    if ((above && FACT_LABEL.test(line)) || ENTRY_LINE.test(line) || DATED_ENTRY.test(line)) {
      lines[i] = above ? ownAgencyKept(line, body.title) : blank(line);
      changed = true;
    }
  }
  return changed ? lines.join('\n') : text;
}
