/**
 * A title that names only the notice's kind ("中标（成交）结果公告", "成交公告"): a portal's or an
 * API record's section heading over the notice, not its title. The record usually states the
 * title in a field of its own ("公告名称：X项目中标（成交）结果公告"); that field is the title.
 * @module
 */

// nothing but kind words, brackets and spaces (and the programme's name: "政府采购合同公告")
const KIND_ONLY = /^(?:政府|中标|成交|招标|采购|结果|公告|公示|候选人|更正|变更|废标|终止|合同|询价|磋商|谈判|单一来源|[(（)）\s])+$/;
// "公告名称：X结果公告 首次公告时间：…": the value up to the next label (or the line's end)
const NAME_FIELD = /(?:公告名称|公告标题)\s*[:：]\s*(\S[^\n]{3,150}?)(?=\s+[\u4e00-\u9fff（）()]{2,12}\s*[:：]|\n|$)/;
const TITLE_END = /(?:公告|公示|结果|合同)(?:[(（][^)）]{1,10}[)）])?$/;
// a body's name alone: an organ, a centre, a school, a hospital, a firm (not a project's "…项目")
const SITE_NAME = /^[\u4e00-\u9fff（）()]{2,30}(?:中心|局|委员会|办公室|人民政府|政府|学校|中学|小学|医院|卫生院|公司|集团|办事处)$/;

// a place's name before the kind words ("两当县政府采购中标（成交）结果公告"): the programme's heading a
// county prints over every result, no project's name in it
const PLACE_LEAD = /^[\u4e00-\u9fff]{1,8}?(?:省|自治区|市|自治州|州|盟|地区|县|自治县|区|旗|自治旗)/;
// "项目名称：X" opening its line (or a numbered item's): the project's name, to the line's end
const PROJECT_NAME_LINE = /(?:^|\n)[ \t]*(?:[一二三四五六七八九十]{1,3}[、.．][ \t]*)?(?:采购)?项目名称[ \t]*[:：][ \t]*([^\n:：|│]{6,150}?)[ \t]*(?=\n|$)/;

/** Whether `title` names a notice's kind and nothing else. */
export function isKindOnly(title: string | null): boolean {
  return !!title && title.length <= 16 && KIND_ONLY.test(title);
}

// a contract notice's own name on its line ("二、合同名称：X服务合同"): under a kind-only heading
// that says 合同 ("政府采购合同公告"), the contract's name is the title, as its page shows no other
const CONTRACT_NAME_FIELD = /(?:^|\n)[ \t]*(?:[一二三四五六七八九十]{1,3}[、.．][ \t]*)?合同名称[ \t]*[:：][ \t]*(\S[^\n:：]{3,150}?(?:合同|协议))[ \t]*(?=\n|$)/;

/**
 * The title stated by a 公告名称/公告标题 field in the head of `text` (first 4,000 characters)
 * when it ends as a notice's title does and says more than the kind; else null. Under a contract's
 * kind-only heading (`kindTitle`), its 合同名称 line counts too.
 */
export function titleFromNameField(text: string, kindTitle: string | null = null): { title: string; start: number; end: number } | null {
  const head = text.slice(0, 4000);
  const m = NAME_FIELD.exec(head) ?? (/合同/.test(kindTitle ?? '') ? CONTRACT_NAME_FIELD.exec(head) : null);
  if (!m) return null;
  const title = m[1].trim();
  if (!TITLE_END.test(title) || isKindOnly(title)) return null;
  const start = m.index + m[0].indexOf(m[1]);
  return { title, start, end: start + title.length };
}

/**
 * "X项目" read as the title, and a line further down (an aggregator's copy repeats the project's
 * name over its card, then prints the notice's own heading) reads "X项目竞采公告(服务类)": that
 * line, the project's name plus its notice's kind, is the title. Looks at the first 40 lines.
 */
export function extendedTitle(text: string, found: { title: string | null; start: number; end: number }): { title: string; start: number; end: number } | null {
  const t = found.title;
  if (!t || t.length < 6 || TITLE_END.test(t)) return null;
  // a site's own name as its header ("X融媒体中心") is no project's name: a line opening with it may be
  // any notice of the site's side list ("X融媒体中心演播室灯光改造询价结果公示"); the body's heading decides
  if (SITE_NAME.test(t)) return null;
  let pos = found.end;
  for (let i = 0; i < 40 && pos < text.length; i++) {
    const nl = text.indexOf('\n', pos);
    const end = nl < 0 ? text.length : nl;
    const line = text.slice(pos, end).trim();
    if (line.startsWith(t) && line.length - t.length <= 16 && TITLE_END.test(line) && !/[:：|]/.test(line.slice(t.length))) {
      const start = text.indexOf(line, pos);
      return { title: line, start, end: start + line.length };
    }
    pos = end + 1;
  }
  return null;
}

// brackets of either width and spaces set aside: "中标（成交）结果公告" is "中标(成交)结果公告"
const norm = (s: string) => s.replace(/[（(]/g, '(').replace(/[）)]/g, ')').replace(/\s+/g, '');

/**
 * A kind-only heading (a breadcrumb's last step or a column's name, "中标(成交)结果公告") with the
 * notice's own title on one of the next two lines, ending with the same kind words
 * ("X活动服务项目中标(成交)结果公告"): that line; else null.
 */
export function ownTitleBelowKind(text: string, found: { title: string | null; end: number }): { title: string; start: number; end: number } | null {
  const kind = found.title;
  if (!kind || !isKindOnly(kind) || found.end <= 0) return null;
  let pos = found.end;
  for (let n = 0; n < 2 && pos >= 0 && pos < text.length; n++) {
    const nl = text.indexOf('\n', pos + 1);
    const end = nl < 0 ? text.length : nl;
    const from = pos;
    const raw = text.slice(from, end);
    const line = raw.trim();
    pos = nl;
    if (!line) continue;
    if (line.length >= kind.length + 6 && line.length <= 150 && norm(line).endsWith(norm(kind)) && !/[|｜:：，。]/.test(line)) {
      const start = from + raw.indexOf(line);
      return { title: line, start, end: start + line.length };
    }
  }
  return null;
}

/**
 * A heading that is only a place and the kind words ("两当县政府采购中标（成交）结果公告", the only
 * heading of a PDF's text) over a record whose "项目名称：X" line, within the next ten lines, names
 * the project: that name is the title, as the notice names nothing else. Else null.
 */
export function projectNameUnderPlaceKind(text: string, found: { title: string | null; end: number }): { title: string; start: number; end: number } | null {
  const t = found.title;
  const place = t ? PLACE_LEAD.exec(t) : null;
  if (!t || !place || !isKindOnly(t.slice(place[0].length)) || !/采购|招标/.test(t.slice(place[0].length)) || found.end <= 0) return null;
  let to = found.end;
  for (let n = 0; n < 10 && to >= 0; n++) to = text.indexOf('\n', to + 1);
  const m = PROJECT_NAME_LINE.exec(text.slice(found.end, to < 0 ? text.length : to));
  if (!m || !/项目|服务|采购|工程/.test(m[1])) return null;
  const start = found.end + m.index + m[0].indexOf(m[1]);
  return { title: m[1], start, end: start + m[1].length };
}
