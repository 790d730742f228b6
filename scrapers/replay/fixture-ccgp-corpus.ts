/**
 * Turns the 42 hand-labelled corpus texts (shared/corpus) into ccgp notice specs for the replay.
 * The body is the text itself, one `<p>` per line; the 公告概要 states only what the label file
 * supports (title, buyer, region, total award or budget). Portal-side metadata the text cannot
 * give (channel, publication date when the text has none, 品目 top level) is assigned here and
 * flagged (`dateAssigned`). Two corpus files are real ccgp pages and keep their real URL, body
 * and summary: 048 (= shared/samples/ccgp-detail-1.html) and gh-039 (a 2016 central award).
 * Used only by the fixture generator; reads files.
 * @module
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as cheerio from 'cheerio';
import { projectName } from './fixture-ccgp-notice.js';
import { PROVINCES, esc, summaryWan, type CcgpNoticeKind, type CcgpNoticeSpec, type SummaryRow } from './fixture-ccgp-spec.js';

interface Label {
  file: string;
  title: string | null;
  kind: 'award' | 'tender' | 'intention' | 'other';
  is_video_ops: boolean;
  buyer: string | null;
  lots: Array<{ lot: string | null; vendor: string | null; amount_yuan: number | null }>;
  budget_yuan: number | null;
  date: string | null;
  province: string | null;
  city: string | null;
  county: string | null;
}

/** Real ccgp URLs known for two corpus items (labels.jsonl source_url / portals.md §9). */
const REAL_PATHS: Record<string, { scope: 'zygg' | 'dfgg'; channel: string; id: number; pubTime: string }> = {
  '048.txt': { scope: 'dfgg', channel: 'zbgg', id: 24670758, pubTime: '2025-05-27 20:20' },
  'gh-039.html': { scope: 'zygg', channel: 'zbgg', id: 6869131, pubTime: '2016-06-06 12:50' },
};

function refineKind(l: Label, title: string): CcgpNoticeKind {
  if (/合同/.test(title)) return 'contract';
  if (/单一来源/.test(title)) return 'single-source';
  if (l.kind === 'award') return 'award';
  if (l.kind === 'tender') return 'tender';
  if (l.kind === 'intention') return 'intention';
  return 'other';
}

function channelFor(kind: CcgpNoticeKind, title: string): string {
  // 中标（成交）结果公告 is listed under 中标公告 on ccgp (gh-026's breadcrumb); plain 成交 under 成交公告
  if (kind === 'award') return /中标/.test(title) || !/成交/.test(title) ? 'zbgg' : 'cjgg';
  if (kind === 'single-source') return 'dylygg';
  if (kind === 'tender') {
    if (/比选|选取/.test(title)) return 'qtgg';
    if (/磋商/.test(title)) return 'jzxcs';
    return 'gkzb';
  }
  return 'qtgg';
}

function pinMuFor(l: Label, title: string): 1 | 2 | 3 {
  if (l.is_video_ops) return 3;
  if (/工程|改造|施工/.test(title)) return 2;
  if (/采购|设备|空调|摄片|订书机|运动服|路灯|显示屏/.test(title) && !/服务/.test(title)) return 1;
  return 3;
}

/** text → paragraphs: one escaped `<p>` per non-empty line, the text otherwise untouched */
export function textToParagraphs(text: string): string {
  return text
    .split(/\r?\n/)
    .filter((line) => line.trim() !== '')
    .map((line) => `<p>${esc(line)}</p>`)
    .join('\n');
}

/**
 * A date for undated texts: deterministic, in the first year the text's opening mentions (2013–2026)
 * so a 2021 project is not published in 2025, else spread over 2021-2026.
 */
function assignedTime(i: number, text: string): string {
  const year = /20(1[3-9]|2[0-6])/.exec(text.slice(0, 600))?.[0];
  const day = year
    ? new Date(Date.UTC(Number(year), (i * 5) % 11, 1 + ((i * 7) % 27)))
    : new Date(Date.UTC(2021, 2, 1) + i * 47 * 86_400_000);
  const hh = String(8 + (i % 10)).padStart(2, '0');
  const mm = String((i * 13) % 60).padStart(2, '0');
  return `${day.toISOString().slice(0, 10)} ${hh}:${mm}`;
}

/** Real 048 page: its body container and its 公告概要 with the expert list capped. */
function samplePage(samplePath: string): { body: string; summary: string } {
  const $ = cheerio.load(readFileSync(samplePath, 'utf8'));
  // the sample ends with a 100 KB base64 QR image: not content, trimmed like the expert list
  $('div.vF_detail_content img[src^="data:"]').remove();
  const experts = $('div.table td.title')
    .filter((_, el) => $(el).text() === '评审专家名单')
    .next();
  const names = experts.text().split(',');
  experts.text(names.slice(0, 40).join(',') + `…（共${names.length}人，样例截断）`);
  return { body: $('div.vF_detail_content').html() ?? '', summary: $.html($('div.table')) };
}

/** Real gh-039 page (2016 layout): its own div.table and its vT_detail_content body, as is. */
function oldCcgpPage(html: string): { body: string; summary: string } {
  const $ = cheerio.load(html);
  $('div.table').attr('style', 'display: none;');
  return { body: $('div.vT_detail_content').html() ?? '', summary: $.html($('div.table')) };
}

/** Build specs for every labelled corpus file. ids are assigned from `firstId` upwards. */
export function corpusSpecs(corpusDir: string, samplePath: string, firstId: number): CcgpNoticeSpec[] {
  const labels: Label[] = readFileSync(join(corpusDir, 'labels.jsonl'), 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as Label);
  return labels.map((l, i) => {
    const raw = readFileSync(join(corpusDir, l.file), 'utf8');
    const firstLine = raw.split('\n').find((x) => x.trim())?.trim() ?? l.file;
    const title = l.title ?? firstLine.replace(/<[^>]+>/g, '').slice(0, 80);
    const kind = refineKind(l, title);
    const real = REAL_PATHS[l.file];
    const central = l.file === 'gh-039.html';
    const pubTime = real?.pubTime ?? (l.date ? `${l.date} ${String(9 + (i % 8)).padStart(2, '0')}:30` : assignedTime(i, raw));
    const region = l.county ?? l.city ?? l.province;
    const lotsKnown = l.lots.length > 0 && l.lots.every((x) => x.amount_yuan != null);
    const summary: SummaryRow[] = [{ head: '公告信息：' }];
    if (l.title) summary.push({ pairs: [['采购项目名称', projectName(l.title)]] });
    if (l.buyer) summary.push({ pairs: [['采购单位', l.buyer]] });
    const when = pubTime.replace(/^(\d{4})-(\d\d)-(\d\d) /, '$1年$2月$3日  ');
    summary.push({ pairs: region ? [['行政区域', region], ['公告时间', when]] : [['公告时间', when]] });
    if (kind === 'award' && lotsKnown) {
      summary.push({ pairs: [['总中标金额', summaryWan(l.lots.reduce((s, x) => s + (x.amount_yuan ?? 0), 0))]] });
    }
    if (kind === 'tender' && l.budget_yuan != null) summary.push({ pairs: [['预算金额', summaryWan(l.budget_yuan)]] });
    summary.push({ head: '联系人及联系方式：' });
    if (l.buyer) summary.push({ pairs: [['采购单位', l.buyer]] });

    let bodyHtml = l.file.endsWith('.html') ? raw : textToParagraphs(raw);
    let summaryHtml: string | undefined;
    if (l.file === '048.txt') ({ body: bodyHtml, summary: summaryHtml } = samplePage(samplePath));
    if (l.file === 'gh-039.html') ({ body: bodyHtml, summary: summaryHtml } = oldCcgpPage(raw));

    return {
      id: real?.id ?? firstId + i * 7,
      scope: central ? 'zygg' : 'dfgg',
      channel: real?.channel ?? channelFor(kind, title),
      pubTime,
      title,
      kind,
      videoOps: l.is_video_ops,
      province: central ? '北京市' : l.province && PROVINCES[l.province] ? l.province : null,
      region,
      buyer: l.buyer,
      agency: null,
      pinMu: pinMuFor(l, title),
      category: { 1: '货物', 2: '工程', 3: '服务' }[pinMuFor(l, title)],
      summary,
      summaryHtml,
      bodyHtml,
      origin: 'corpus',
      corpusFile: l.file,
      dateAssigned: !real && !l.date,
      features: [...(real ? ['real-ccgp-page'] : []), ...(l.title ? [] : ['title-from-first-line'])],
    } satisfies CcgpNoticeSpec;
  });
}
