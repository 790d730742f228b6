/**
 * Column names of scraper exports written in English ("title | pub_date | buyer | winner | …",
 * "contract_name,buyer,supplier,amount,…"), and the Chinese labels the extractor reads for them.
 * A column with no label here is dropped: an unknown column is no field (a guess would be worse).
 * Also a splitter for a comma-separated line with quoted cells.
 * @module
 */

// an English column name: a short identifier, letters first ("pub_date", "publishDate", "region")
export const ENGLISH_COLUMN = /^[A-Za-z][A-Za-z0-9_ ]{1,24}$/;

// English columns that hold the notice's title, best first
// (pinyin names as a Chinese team writes them: biaoti, xiangmu_mingcheng)
export const ENGLISH_TITLE_COLUMNS = ['title', 'notice_title', 'announcement_title', 'contract_name', 'project_name', 'name', 'biaoti', 'gonggao_biaoti', 'xiangmu_mingcheng'];

// English body columns: the notice's text
export const ENGLISH_BODY_COLUMN = /^(?:content|body|text|detail|details|html|notice_text|full_text|summary|neirong|zhengwen|gonggao_neirong)$/i;

// normalised name (lower case, no separators) → the label a notice writes
const LABELS: Record<string, string> = {
  pubdate: '发布日期',
  publishdate: '发布日期',
  publishtime: '发布日期',
  pubtime: '发布日期',
  publisheddate: '发布日期',
  publishedat: '发布日期',
  releasedate: '发布日期',
  noticedate: '公告日期',
  date: '发布日期',
  buyer: '采购人',
  purchaser: '采购人',
  agency: '采购代理机构',
  agent: '采购代理机构',
  winner: '中标供应商',
  supplier: '中标供应商',
  vendor: '中标供应商',
  budget: '预算金额',
  signdate: '合同签订日期',
  region: '地区',
  projectcode: '项目编号',
  projectno: '项目编号',
  // pinyin column names (fabu_riqi, caigou_danwei …); a bare yusuan figure has no unit and is left to the body
  faburiqi: '发布日期',
  fabushijian: '发布日期',
  caigoudanwei: '采购人',
  caigouren: '采购人',
  dailijigou: '采购代理机构',
  zhongbiaoren: '中标供应商',
  xiangmubianhao: '项目编号',
};

// an amount column: read only when its value says its unit or currency ("¥168,000.00", "41.8万元");
// a bare "41.8" may be yuan or 万元 and is left to the body
const AMOUNT_COLUMN = /^(?:amount|price|award_amount|contract_amount|bid_amount|winning_amount)$/i;
const AMOUNT_WITH_UNIT = /^(?:[¥￥]\s*[0-9][0-9,.]*|[0-9][0-9,.]*\s*(?:万元|元))$/;

/** The Chinese label for an English column and its value, or null (the column is dropped). */
export function englishColumnLabel(column: string, value: string): string | null {
  if (AMOUNT_COLUMN.test(column)) return AMOUNT_WITH_UNIT.test(value.trim()) ? '金额' : null;
  return LABELS[column.toLowerCase().replace(/[_ ]/g, '')] ?? null;
}

/**
 * A comma-separated record at the start of `text` ("a","b",c): its cells, and where it ends. A
 * quoted cell may span lines and double its quotes; at most `maxChars` are read.
 */
export function splitCsvRecord(text: string, maxChars = 200_000): { cells: string[]; end: number } {
  const cells: string[] = [];
  let cell = '';
  let quoted = false;
  let i = 0;
  const stop = Math.min(text.length, maxChars);
  for (; i < stop; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"' && !cell.trim()) {
      quoted = true;
      cell = '';
    } else if (c === ',') {
      cells.push(cell.trim());
      cell = '';
    } else if (c === '\n') break;
    else cell += c;
  }
  cells.push(cell.trim());
  return { cells, end: i };
}
