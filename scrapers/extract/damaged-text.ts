/**
 * Text that came out of a PDF or a scan the way real archives hold it: every character spaced
 * out ("采 购 人 ： 某 县"), a page footer and a repeated page header cutting a table in two,
 * the unit of an amount or the end of a name wrapped onto the next line, and OCR confusions a
 * reader resolves without doubt (O for 0 and l for 1 inside a figure, 兀 for 元, Y for ¥, 方 for
 * 万 right before 元, 、 for a thousands comma). Each repair is narrow: it fires only where the
 * damaged form cannot be anything else, and a figure with an illegible digit (■) is masked so
 * that no amount is read from it at all (null beats a guess). Pure, linear.
 * @module
 */

/** Separators of a spaced-out line: a space, an ideographic space or a no-break space. */
const SPACED_SEP = /[ \u3000\u00a0]+/;

/**
 * "成 交 金 额 ： ¥ 2 8 6 , 0 0 0 . 0 0 元" → "成交金额：¥286,000.00元": a line whose tokens are
 * nearly all single characters is a PDF's letter-spaced text; its single separators go, runs of
 * two or more (a column gap) stay as one gap. A table row (" | ") is never touched.
 */
export function despaceLines(text: string): string {
  // (a table row's " | " is no spacing: four single characters in a row, bars aside, are needed)
  if (!/[^\s|][ \u3000\u00a0][^\s|][ \u3000\u00a0][^\s|][ \u3000\u00a0][^\s|](?![^\s|])/.test(text)) return text;
  return text.replace(/^[^\n]{7,2000}$/gm, (line) => {
    if (line.includes('|')) return line;
    const tokens = line.trim().split(SPACED_SEP);
    if (tokens.length < 4) return line;
    let single = 0;
    for (const t of tokens) if ([...t].length === 1) single++;
    // a long line may hold a few words unspaced; a short one must be spaced throughout
    if (single < tokens.length * (tokens.length >= 8 ? 0.85 : 1)) return line;
    const lead = /^[ \u3000\u00a0]*/.exec(line)![0];
    // a run of 2+ separators is a gap between columns: kept as two spaces
    return lead + line.trim().replace(/[ \u3000\u00a0]{2,}/g, '\u0001').replace(/[ \u3000\u00a0]/g, '').replaceAll('\u0001', '  ');
  });
}

// "第 1 页 共 3 页", "第1页/共2页", "— 2 —", "- 2 -", "2/3": a page footer (maybe after the publisher's name)
// (a bare "第 2 页", "1 / 2" or "Page 1 of 2" only alone on its line, or after the publisher and a column gap)
// (a text converter's page marker, "--- 第 1 页 ---", "=== 第2页 ===": the page's number between rules)
const PAGE_FOOTER = /^(?:[^\n]{0,60}?第\s*\d{1,3}\s*页\s*[,，/／]?\s*共\s*\d{1,3}\s*页|\s*[-—–=]{2,}\s*第\s*\d{1,3}\s*页\s*[-—–=]{2,}|(?:[^\n]{0,40}\S[ \u3000]{2,})?\s*(?:第\s*\d{1,3}\s*页|\d{1,3}\s*[/／]\s*\d{1,3}|Page\s+\d{1,3}\s+of\s+\d{1,3})|\s*[—–-]\s*\d{1,3}\s*[—–-])\s*$/i;

// what a footer line holds (found first, so that a long page without one costs one scan)
const FOOTER_MARK = /第\s*\d{1,3}\s*页|\d{1,3}\s*[/／]\s*\d{1,3}[ \t\u3000]*(?:\n|$)|Page\s+\d|[—–-]\s*\d{1,3}\s*[—–-][ \t]*(?:\n|$)/gi;

/** Whether some line of `text` is a page footer (each line holding a footer mark is tested, at most 200). */
function hasPageFooter(text: string): boolean {
  FOOTER_MARK.lastIndex = 0;
  for (let k = 0; k < 200; k++) {
    const m = FOOTER_MARK.exec(text);
    if (!m) return false;
    const start = text.lastIndexOf('\n', m.index) + 1;
    const nl = text.indexOf('\n', m.index);
    if (PAGE_FOOTER.test(text.slice(start, nl < 0 ? text.length : nl))) return true;
    FOOTER_MARK.lastIndex = nl < 0 ? text.length : nl;
  }
  return false;
}

/**
 * A page break inside the body: the footer line, a drawn rule, and the page header repeated at
 * the top of the next page (a line equal to one of the document's first lines). The whole break
 * becomes one line break, so that a table's rows on both sides of it read as one table.
 */
export function dropPageBreaks(text: string): string {
  // (pdftotext marks each new page with a form feed: a break even where no footer is printed)
  const feeds = text.includes('\f');
  if (!feeds && !hasPageFooter(text)) return text;
  const lines = text.split('\n');
  // the first page's first lines, and each two of them joined (a title over two lines repeated on one)
  const firstFooter = lines.findIndex((l) => PAGE_FOOTER.test(l));
  const first = lines.slice(0, Math.min(6, firstFooter < 0 ? lines.length : firstFooter)).map((l) => l.trim());
  const head = new Set([...first, ...first.slice(1).map((l, i) => first[i] + l)].filter((l) => l.length >= 6));
  const out: string[] = [];
  const repeated = new Set<string>();
  let changed = false;
  for (let i = 0; i < lines.length; i++) {
    const feed = feeds && /^[ \t]*\f/.test(lines[i]);
    if (!feed && !PAGE_FOOTER.test(lines[i])) {
      out.push(lines[i]);
      continue;
    }
    changed = true;
    // the blank lines before the footer go with it, and a rule drawn over it (with the blanks above
    // it); before a form feed, the page's bare number too
    const goesWithFooter = (line: string) => !line.trim() || /^[\u2500-\u257f─━═_\-—=]{3,}$/.test(line.trim()) || (feed && /^\s*\d{1,3}\s*$/.test(line));
    while (out.length && goesWithFooter(out[out.length - 1])) out.pop();
    // then blank lines, rules and repeated header lines after it (the form feed's own line first)
    if (feed) lines[i] = lines[i].replace(/^[ \t]*\f/, '');
    let j = feed ? i : i + 1;
    for (; j < lines.length; j++) {
      const t = lines[j].trim();
      if (head.has(t)) repeated.add(t);
      if (!t || /^[\u2500-\u257f─━═_\-—=]{3,}$/.test(t) || head.has(t)) continue;
      break;
    }
    // the lines on both sides of the break meet: a table's rows, a name or a figure cut by it
    i = j - 1;
  }
  // the running header over the first page too, when it is a header's two parts set apart across
  // the page ("X县政府采购      SDGP3713…"): no title, no line of the notice (a repeated line
  // without such a gap may be the notice's own title, and stays)
  const top = out.findIndex((l) => l.trim());
  if (top >= 0 && repeated.has(out[top].trim()) && /\S {6,}\S/.test(out[top].trim())) out[top] = '';
  return changed ? out.join('\n') : text;
}

// "2 8 6 0 0 0 元": a figure whose every digit a PDF spaced out (tokens of one or two characters,
// at least four digits); joined only when the result is a well-formed number
const SPACED_FIGURE = /(?<![\d,，.])\d(?: [\d,，.]{1,2}){3,}(?![\d,，.])/g;
const WELL_FORMED = /^(?:\d{1,3}(?:[,，]\d{3})+|\d+)(?:\.\d{1,2})?$/;

/** Spaced-out figures joined ("2 8 6 0 0 0 元" → "286000 元"); a space before a thousands comma dropped. */
export function joinSpacedFigures(s: string): string {
  let out = s;
  if (/\d [\d,，.]{1,2} [\d,，.]{1,2} /.test(out)) out = out.replace(SPACED_FIGURE, (m) => (WELL_FORMED.test(m.replaceAll(' ', '')) ? m.replaceAll(' ', '') : m));
  // "¥286 ,000.00元"
  return out.includes(' ,') || out.includes(' ，') ? out.replace(/(\d) (?=[,，]\d{3}(?!\d))/g, '$1') : out;
}

// glyphs a scan puts where it could not read a digit
const ILLEGIBLE = '■□▇█▉▊\uFFFD';
// a figure as OCR leaves it: digits with O/o/l/I for 0/1, separators, maybe an illegible glyph
const OCR_NUMBER = new RegExp(`(?<![A-Za-z0-9])[0-9OolI${ILLEGIBLE}][0-9OolI${ILLEGIBLE},，、.]*`, 'g');
const ILLEGIBLE_RE = new RegExp(`[${ILLEGIBLE}]`);
const LEADING_GLYPHS = new RegExp(`^[${ILLEGIBLE}]+`);
const MASKED = new RegExp(`[0-9${ILLEGIBLE}OolI]`, 'g');
const ILLEGIBLE_UPPER = new RegExp(`[零壹贰叁肆伍陆柒捌玖拾佰仟万亿元圆整${ILLEGIBLE}]*[${ILLEGIBLE}][零壹贰叁肆伍陆柒捌玖拾佰仟万亿元圆整${ILLEGIBLE}]*`, 'g');
const MONEY_FIGURE = /(?<=(?:[¥￥]|金额\s*[:：]|价\s*[:：])\s{0,2})\d[\d,]{0,20}(?:\.\d+)?/g;
const ANY_DAMAGE = /[0-9][,，.]?[OolI]|[OolI][,，.]?[0-9]|[0-9]、[0-9]{3}|[■□▇█▉▊\uFFFD兀]|Y\s?\d|\d方元|\d,\d{1,2}(?!\d)|\d\.\d{3}\./;
const MONEY_AFTER = /^\s*(?:万?元|万|圆)/;

/**
 * Same-length OCR repairs (offsets stay valid): inside a figure that holds at least one real
 * digit and touches no Latin word, O/o → 0 and l/I → 1; 、 between digit groups → ","; a figure
 * with an illegible glyph is masked (every digit "*"), so that no amount is read from it.
 * Then 兀 after a numeral → 元, Y before a figure → ¥, 方元 after a digit → 万元.
 */
export function repairOcr(s: string): string {
  // one scan rules out the common case: nothing any repair below would touch
  if (!ANY_DAMAGE.test(s)) return s;
  let out = s;
  if (/[0-9][,，.]?[OolI]|[OolI][,，.]?[0-9]|[0-9]、[0-9]{3}|[■□▇█▉▊\uFFFD]/.test(out)) {
    out = out.replace(OCR_NUMBER, (tok: string, at: number, all: string) => {
      if (tok.length < 2 || !/[0-9]/.test(tok) || /[A-Za-z]/.test(all[at + tok.length] ?? '')) return tok;
      if (ILLEGIBLE_RE.test(tok)) {
        // a glyph leading the figure is a bullet ("■ 1、"), unless a currency sign or a colon precedes it
        const bullet = LEADING_GLYPHS.exec(tok)?.[0] ?? '';
        if (bullet && !/[¥￥:：]\s*$/.test(all.slice(Math.max(0, at - 2), at)) && !ILLEGIBLE_RE.test(tok.slice(bullet.length))) return tok;
        return tok.replace(MASKED, '*');
      }
      if (!/[OolI、]/.test(tok)) return tok;
      // a Latin word of O/l/I only next to digits ("IO") is left alone: letters only where digits surround them
      let t = tok.replace(/[Oo]/g, '0').replace(/[lI]/g, '1');
      if (t.includes('、')) {
        const money = /\.\d{1,2}$/.test(t) || MONEY_AFTER.test(all.slice(at + tok.length, at + tok.length + 4));
        t = money ? t.replace(/(?<=\d)、(?=\d{3}(?!\d))/g, ',') : tok.replace(/[Oo]/g, '0').replace(/[lI]/g, '1');
      }
      return t;
    });
  }
  // an uppercase amount with an illegible character ("贰拾■万元整") says no amount either
  if (ILLEGIBLE_RE.test(out)) out = out.replace(ILLEGIBLE_UPPER, (m) => (/[零壹贰叁肆伍陆柒捌玖拾佰仟]/.test(m) ? '*'.repeat(m.length) : m));
  // "¥286.000.00": a figure cannot have two decimal points; all but the last were commas
  if (/\d\.\d{3}\./.test(out)) out = out.replace(/(?<![\d.])\d{1,3}(?:\.\d{3})+\.\d{2}(?![\d.])/g, (m) => m.slice(0, m.lastIndexOf('.')).replaceAll('.', ',') + m.slice(m.lastIndexOf('.')));
  // a money figure whose digit groups are broken ("¥356,0" where the file was cut, "¥2,86,000.00")
  // is no amount: no reading of it is sure
  if (/\d,\d{1,2}(?!\d)/.test(out)) out = out.replace(MONEY_FIGURE, (m) => (m.includes(',') && !/^\d{1,3}(?:,\d{3})+(?:\.\d+)?$/.test(m) ? '*'.repeat(m.length) : m));
  if (out.includes('兀')) out = out.replace(/(?<=[0-9零壹贰叁肆伍陆柒捌玖拾佰仟万])兀/g, '元');
  if (out.includes('Y')) out = out.replace(/(?<![A-Za-z])Y(?=\s?(?:\d{1,3}(?:,\d{3})+(?:\.\d{1,2})?|\d+\.\d{2})(?!\d))/g, '¥');
  if (out.includes('方元')) out = out.replace(/(?<=\d)方(?=元)/g, '万');
  return out;
}

// a word of a segmented line: a few characters, Chinese or punctuation (numbers and codes pass too)
const SEGMENT_WORD = /^[^\s]{1,20}$/;
const CJK = /[\u4e00-\u9fff\u3000-\u303f\uff00-\uffef]/;

/** Whether a line is a word-segmented sentence: six or more words parted by single spaces, most Chinese, short on average. */
function isSegmented(line: string): boolean {
  const t = line.trim();
  if (t.length < 12 || /\s{2,}|\|/.test(t)) return false;
  const words = t.split(' ');
  if (words.length < 6 || words.some((w) => !SEGMENT_WORD.test(w))) return false;
  const chinese = words.filter((w) => CJK.test(w)).length;
  // (a letter-spaced line, nearly every token one character, is a PDF's: despaceLines reads it)
  const single = words.filter((w) => [...w].length === 1).length;
  return chinese >= words.length * 0.7 && single < words.length * 0.7 && t.replace(/ /g, '').length / words.length <= 3.5;
}

/**
 * A word-segmented text (an NLP corpus file as jieba writes it: "阳朔县 商务局 的 委托 ，"), joined
 * back: every name is spaced into words, so a buyer reads "商务局" and labels run apart ("发布 时间 ：").
 * Only when most lines with Chinese are so segmented (a few such lines are a menu or a
 * letter-spaced heading, left to despaceLines); a space between two ASCII words stays.
 */
export function joinSegmentedWords(text: string): string {
  // cheap test first: a Chinese word, a space, another, a space, another
  if (!/[\u4e00-\u9fff]{1,4} [\u4e00-\u9fff]{1,4} [\u4e00-\u9fff]{1,4} /.test(text.slice(0, 4000))) return text;
  const lines = text.split('\n');
  let chinese = 0;
  let segmented = 0;
  for (const l of lines.slice(0, 200)) {
    if (!/[\u4e00-\u9fff]/.test(l)) continue;
    chinese++;
    if (isSegmented(l)) segmented++;
  }
  if (segmented < 5 || segmented * 2 < chinese) return text;
  return lines.map((l) => (isSegmented(l) ? l.replace(/(?<=\S) (?=\S)/g, (_s, at: number) => (/[A-Za-z0-9]/.test(l[at - 1]) && /[A-Za-z0-9]/.test(l[at + 1]) ? ' ' : '')) : l)).join('\n');
}

// a seal's words as OCR reads them into the line it was stamped over ("乙方（盖章）：X农副产 合同专用章
// 品配送有限公司"): set apart by spaces on both sides, between two Chinese characters of one name
const STAMP_INSIDE = /(?<=[\u4e00-\u9fff])[ \u3000]+(?:合同|招标|投标|业务|财务|采购|公章|单位)?专用章[ \u3000]+(?=[\u4e00-\u9fff])/g;

/** A seal's text read into the middle of a name dropped ("X农副产 合同专用章 品配送有限公司" → "X农副产品配送有限公司"). */
export function dropStampText(text: string): string {
  if (!text.includes('专用章')) return text;
  return text.replace(STAMP_INSIDE, '');
}
