/**
 * One linear pass from HTML to the plain text the extractor reads: block tags become line
 * breaks, table cells become " | " separated cells (the same shape aggregator copies have),
 * scripts, styles and comments vanish, entities are decoded. No DOM is built: this is the
 * hot path of a full reparse, and it must stay linear on unclosed or nested garbage.
 * @module
 */
import { chromeEnd, noiseBudget } from './page-noise.js';

const BLOCK = new Set([
  'p', 'div', 'br', 'tr', 'li', 'ul', 'ol', 'table', 'tbody', 'thead', 'tfoot', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6',
  'section', 'article', 'header', 'footer', 'dd', 'dt', 'dl', 'hr', 'blockquote', 'pre', 'form', 'caption', 'main', 'nav',
]);
const CELL = new Set(['td', 'th']);
const SKIP = new Set(['script', 'style', 'noscript', 'template', 'textarea', 'svg', 'head']);

const NAMED: Record<string, string> = {
  nbsp: ' ', amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", ensp: ' ', emsp: ' ', thinsp: ' ', middot: '·',
  ldquo: '“', rdquo: '”', lsquo: '‘', rsquo: '’', hellip: '…', mdash: '—', ndash: '–', yen: '¥', times: '×', deg: '°',
};

/** Decode HTML entities (named ones portals use, decimal and hex). Unknown ones stay as written. */
export function decodeEntities(s: string): string {
  if (!s.includes('&')) return s;
  return s.replace(/&(#x[0-9a-f]{1,6}|#[0-9]{1,7}|[a-z]{2,8});/gi, (whole, body: string) => {
    if (body[0] === '#') {
      const code = body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
      return code > 0 && code < 0x110000 && !(code >= 0xd800 && code < 0xe000) ? String.fromCodePoint(code) : ' ';
    }
    return NAMED[body.toLowerCase()] ?? whole;
  });
}

export interface HtmlText {
  text: string;
  /** the <title> element's text, if any */
  docTitle: string | null;
  /** the first <h1>/<h2>/<h3> heading's text, if any */
  heading: string | null;
  /** true when a <meta name="procwatch-sample"> tag is present */
  isSample: boolean;
}

function tagName(tag: string): string {
  let i = tag[1] === '/' ? 2 : 1;
  let name = '';
  for (; i < tag.length && name.length < 12; i++) {
    const c = tag[i];
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')) name += c;
    else break;
  }
  return name.toLowerCase();
}

/**
 * Turn HTML into text. Linear: each `<` is answered by one indexOf for its `>`; an unclosed
 * tag ends the markup and the rest is read as text.
 */
export function htmlToText(html: string): HtmlText {
  const out: string[] = [];
  let lineHasCell = false;
  let docTitle: string | null = null;
  let heading: string | null = null;
  let headingStart = -1;
  let headingName = '';
  let isSample = false;
  let pos = 0;
  let outLen = 0;
  // the tables being read (nested tables stack), for block tags inside cells and header spans
  const tables: TableState[] = [];
  const budget = noiseBudget();
  const lastChar = () => {
    for (let k = out.length - 1; k >= 0; k--) {
      const t = out[k].replace(/ +$/, '');
      if (t) return t[t.length - 1];
    }
    return '\n';
  };
  const emit = (s: string) => {
    out.push(s);
    outLen += s.length;
  };
  const closeCell = (tb: TableState) => {
    const c = tb.cell;
    if (!c) return;
    tb.cell = null;
    // paragraph breaks inside the cell: spaces in a cell that is a value (the row stays one
    // line), line breaks in a layout cell that holds a whole notice (old table-based pages)
    if (c.breaks) {
      const sep = outLen - c.outLen <= 400 && c.breaks <= 8 ? ' ' : '\n';
      for (let k = c.outIndex; k < out.length; k++) if (out[k].includes(CELL_BREAK)) out[k] = out[k].replaceAll(CELL_BREAK, sep);
    }
    for (let k = c.outIndex; k < out.length && !tb.rowHasDigit; k++) if (/\d/.test(out[k])) tb.rowHasDigit = true;
    // only a spanning cell's text is needed (to repeat it where it spans)
    const text = c.colspan > 1 || c.rowspan > 1 ? collapse(out.slice(c.outIndex).join('')) : '';
    // a placeholder where a header cell's repeats go when the row turns out to be a header
    const slot = out.length;
    emit('');
    tb.rowCells.push({ text, col: c.col, colspan: c.colspan, rowspan: c.rowspan, slot });
    tb.col = c.col + c.colspan;
  };
  const emitCarried = (tb: TableState) => {
    // cells spanning down from a header row above take their columns in this row
    for (let guard = 0; guard < 64 && tb.carry.length; guard++) {
      const k = tb.carry.findIndex((x) => x.col === tb.col && x.fromRow < tb.row);
      if (k < 0) break;
      if (lineHasCell) emit(' | ');
      lineHasCell = true;
      emit(tb.carry[k].text);
      tb.col++;
    }
  };
  const endRow = (tb: TableState) => {
    closeCell(tb);
    if (!tb.inRow) return;
    emitCarried(tb);
    tb.inRow = false;
    for (const x of tb.carry) if (x.fromRow < tb.row) x.left--;
    tb.carry = tb.carry.filter((x) => x.left > 0);
    // a header row with cells spanning rows (序号 rowspan=2 | 成交供应商 colspan=2 …): repeat
    // each spanning cell where it spans, so that the rows below line up column by column
    const isSpanHeader = tb.headerZone && !tb.rowHasDigit && tb.rowCells.some((c) => c.rowspan > 1);
    if (isSpanHeader) {
      for (const c of tb.rowCells) {
        if (c.colspan > 1 && c.text) {
          const rep = ` | ${c.text}`.repeat(c.colspan - 1);
          out[c.slot] = rep;
          outLen += rep.length;
        }
        if (c.rowspan > 1) for (let j = 0; j < c.colspan; j++) tb.carry.push({ col: c.col + j, text: c.text, left: c.rowspan - 1, fromRow: tb.row });
      }
    } else if (!tb.headerZone || tb.rowHasDigit) {
      // a data cell spanning rows (包号 over two winners, a vendor over its items) belongs to each
      // row it spans: repeat it there, so the rows below keep their columns (lots read from such
      // tables are de-duplicated where a vendor and its amount repeat)
      for (const c of tb.rowCells) if (c.rowspan > 1 && c.colspan === 1 && c.text.length <= 200) tb.carry.push({ col: c.col, text: c.text, left: c.rowspan - 1, fromRow: tb.row });
    }
    if (tb.rowHasDigit) tb.headerZone = false;
    tb.rowCells = [];
    tb.row++;
  };
  let afterShort = false;
  // that banner, handed on as the heading when no notice's heading follows (findTitle knows it as chrome)
  let banner: string | null = null;
  const spanKeys: string[] = [];
  const spanFrom: number[] = [];
  let spanClosed = { key: '', at: -1, field: false };
  while (pos < html.length) {
    const lt = html.indexOf('<', pos);
    if (lt < 0) {
      emit(inlineText(html.slice(pos)));
      break;
    }
    if (lt > pos) emit(inlineText(html.slice(pos, lt)));
    if (html.startsWith('<!--', lt)) {
      const end = html.indexOf('-->', lt + 4);
      pos = end < 0 ? html.length : end + 3;
      continue;
    }
    const gt = html.indexOf('>', lt + 1);
    if (gt < 0) {
      emit(inlineText(html.slice(lt)));
      break;
    }
    const tag = html.slice(lt, Math.min(gt + 1, lt + 2000));
    const name = tagName(tag);
    const closing = tag[1] === '/';
    pos = gt + 1;
    if (!name) {
      // "<" not starting a tag (e.g. "a < b"): keep it as text
      if (!/^<[/!?]/.test(tag)) {
        emit('<');
        pos = lt + 1;
      }
      continue;
    }
    // replay/demo sample data: <meta name="procwatch-sample"> on pages, class="procwatch-sample" in JSON fragments
    if ((name === 'meta' || /class\s*=\s*["'][^"']*procwatch-sample/i.test(tag)) && /procwatch-sample/i.test(tag)) isSample = true;
    if (!closing && (SKIP.has(name) || name === 'title')) {
      // skip to the matching close tag; search case-insensitively in a bounded way
      const closeRe = new RegExp(`</${name}\\s*>`, 'ig');
      closeRe.lastIndex = pos;
      const m = closeRe.exec(html);
      const end = m ? m.index : html.length;
      if (name === 'title' && docTitle === null) docTitle = collapse(decodeEntities(html.slice(pos, Math.min(end, pos + 2000))));
      pos = m ? m.index + m[0].length : html.length;
      if (name === 'head') {
        // <head> may hold the sample marker and the <title>
        const head = html.slice(gt + 1, end);
        if (/procwatch-sample/i.test(head) && /<meta[^>]{0,300}procwatch-sample/i.test(head)) isSample = true;
        const t = /<title[^>]{0,200}>([^<]{0,2000})<\/title>/i.exec(head);
        if (t && docTitle === null) docTitle = collapse(decodeEntities(t[1]));
      }
      continue;
    }
    const tb = tables.length ? tables[tables.length - 1] : null;
    if (!closing) {
      // menus, side lists of other projects, prev/next links, footers: not the notice
      const end = chromeEnd(html, tag, name, pos, budget);
      if (end > 0) {
        pos = end;
        if (tb?.cell) emit(' ');
        else if (lastChar() !== '\n') emit('\n');
        continue;
      }
    }
    if (CELL.has(name)) {
      if (!tb) {
        if (!closing) {
          if (lineHasCell) emit(' | ');
          lineHasCell = true;
        }
        continue;
      }
      if (closing) {
        closeCell(tb);
        continue;
      }
      closeCell(tb);
      if (!tb.inRow) {
        tb.inRow = true;
        tb.col = 0;
        tb.rowHasDigit = false;
      }
      emitCarried(tb);
      if (lineHasCell) emit(' | ');
      lineHasCell = true;
      tb.cell = { outIndex: out.length, outLen, breaks: 0, col: tb.col, colspan: spanOf(tag, 'colspan'), rowspan: spanOf(tag, 'rowspan') };
      continue;
    }
    if (BLOCK.has(name)) {
      if (/^h[1-3]$/.test(name)) {
        if (!closing && heading === null) {
          headingStart = outLen;
          headingName = name;
        } else if (closing && heading === null && headingStart >= 0 && name === headingName) {
          heading = collapse(out.join('').slice(headingStart)) || null;
          // a short section heading ("项目进度", "公告详情") above the notice's own: look on, for a
          // heading that names a notice (not a section's "一、项目信息")
          // (a site's own name set as its first heading, "XX县教育和体育局", is no title either)
          // (and a side menu's heading, "信息公开目录", "栏目导航", names the site's sections, not the notice)
          if (heading && (heading.length < 6 || (afterShort && !NOTICE_HEADING.test(heading)) || (!NOTICE_HEADING.test(heading) && (ORG_HEADING.test(heading) || NAV_HEADING.test(heading))))) {
            if (!NOTICE_HEADING.test(heading) && ORG_HEADING.test(heading)) banner ??= heading;
            afterShort = true;
            heading = null;
          }
          headingStart = -1;
        }
      }
      // a paragraph or line break inside a table cell stays in the cell: the row is one line
      if (tb?.cell && name !== 'table' && name !== 'tr') {
        if (!endsInSpace(out)) {
          emit(CELL_BREAK);
          tb.cell.breaks++;
        }
        continue;
      }
      if (name === 'table') {
        if (closing) {
          if (tb) {
            endRow(tb);
            tables.pop();
          }
        } else {
          if (tb) closeCell(tb);
          if (tables.length < 32) tables.push(newTable());
        }
      } else if (name === 'tr' && tb) endRow(tb);
      if (lastChar() !== '\n') emit('\n');
      if (name === 'tr' || name === 'table') lineHasCell = false;
      continue;
    }
    // inline tags vanish without a trace (spans split dates and numbers: "201"+"7"), except
    // between a label span and its value span, which a mobile page sets apart by their classes
    // (<span class="lbl">采购单位</span><span class="val">X</span>) or lays out as a box of its own
    // (<span style="display:inline-block;width:90px">采购人</span><span>X</span>): a space parts them
    // (and between two spans each holding a whole field, "<span>采购人：X局</span><span>区县：荣昌区</span>":
    // an info bar's fields, set apart by the layout, not one value running into the next label)
    if (name === 'span') {
      if (closing) {
        const from = spanFrom.pop() ?? out.length;
        spanClosed = { key: spanKeys.pop() ?? '', at: outLen, field: out.length - from <= 8 && out.slice(from).some((t) => SPAN_FIELD.test(t)) };
      } else {
        const key = tag.length > 6 ? spanKey(tag) : '';
        if (spanKeys.length < 64) {
          spanKeys.push(key);
          spanFrom.push(out.length);
        }
        const fieldAfterField = spanClosed.field && SPAN_FIELD.test(html.slice(pos, pos + 24));
        if (outLen === spanClosed.at && outLen > 0 && (spanClosed.key === BOX || (key && spanClosed.key && key !== spanClosed.key) || fieldAfterField) && !endsInSpace(out)) emit(' ');
      }
    }
  }
  // a cell never closed (the page ended inside it): its breaks stay line breaks
  const text = out.join('');
  return { text: text.includes(CELL_BREAK) ? text.replaceAll(CELL_BREAK, '\n') : text, docTitle: docTitle || null, heading: heading ?? banner, isSample };
}

// a span's text that is a labelled field: a short label, its colon, a value ("区县：荣昌区")
const SPAN_FIELD = /^\s*[\u4e00-\u9fff]{2,8}\s*[:：]\s*\S/;

/** Marks a paragraph break inside a table cell until the cell's size decides what it becomes. */
const CELL_BREAK = '\u0001';

function endsInSpace(out: string[]): boolean {
  for (let k = out.length - 1; k >= 0; k--) {
    const last = out[k][out[k].length - 1];
    if (last !== undefined) return last === CELL_BREAK || /\s/.test(last);
  }
  return true;
}

interface TableState {
  row: number;
  col: number;
  inRow: boolean;
  rowHasDigit: boolean;
  /** no row with a digit seen yet: header rows may still come */
  headerZone: boolean;
  cell: { outIndex: number; outLen: number; breaks: number; col: number; colspan: number; rowspan: number } | null;
  rowCells: Array<{ text: string; col: number; colspan: number; rowspan: number; slot: number }>;
  carry: Array<{ col: number; text: string; left: number; fromRow: number }>;
}

function newTable(): TableState {
  return { row: 0, col: 0, inRow: false, rowHasDigit: false, headerZone: true, cell: null, rowCells: [], carry: [] };
}

/** A cell's rowspan or colspan (1 when absent; capped, since pages write nonsense like 999). */
const SPAN_RE = { rowspan: /\browspan\s*=\s*["']?(\d{1,3})/i, colspan: /\bcolspan\s*=\s*["']?(\d{1,3})/i };

function spanOf(tag: string, attr: 'rowspan' | 'colspan'): number {
  if (!tag.includes('span')) return 1;
  const m = SPAN_RE[attr].exec(tag);
  const n = m ? Number(m[1]) : 1;
  return n >= 1 ? Math.min(n, 12) : 1;
}

// In HTML, line breaks inside text are collapsible white space: only block tags break lines.
function inlineText(s: string): string {
  return decodeEntities(s.replace(/[ \t\r\n\f]+/g, ' '));
}

function collapse(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

const BOX = '\u0000box';
const NOTICE_HEADING = /公告|公示|结果|意向|合同|通知|预告/;
// a side menu's or list's heading: the site's sections, never a notice's title
const NAV_HEADING = /^[\u4e00-\u9fff]{0,10}(?:目录|导航|栏目|菜单|列表|链接|推荐|排行|相关信息|热点信息)$/;
// an organisation's name and nothing else: a government site's or department 子站's banner heading
const ORG_HEADING = /^[\u4e00-\u9fff（）()]{2,30}(?:局|委员会|委|办公室|中心|厅|院|馆|镇|乡|街道办事处)$/;

/** A span's mark: its class, or BOX when its style lays it out as a box (a fixed width, a block). */
function spanKey(tag: string): string {
  const cls = /\bclass\s*=\s*["']([^"']{1,60})["']/i.exec(tag)?.[1];
  if (cls) return cls;
  const style = /\bstyle\s*=\s*["']([^"']{1,300})["']/i.exec(tag)?.[1];
  return style && /display\s*:\s*(?:inline-)?block|(?:^|[;\s])(?:min-)?width\s*:/i.test(style) ? BOX : '';
}
