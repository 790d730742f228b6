/**
 * A small but realistic database for dashboard tests, written through the real store
 * (`saveRawPage` + `saveNotice`): several provinces, cities and counties with real GB/T 2260 codes,
 * a multi-lot award, a rate, a unit price, a correction that supersedes an award, a failure that
 * zeroes a project, one project's intention → tender → award → contract, name variants of one
 * vendor, a 视频监控 negative, a central unit, and a hostile notice (script tags, quotes, 1 MB text).
 * @module
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDb, inTransaction, type Db } from '../../db/index.js';
import { ensureSource, type NoticeInput } from '../../db/store.js';
import { scrapeRuns } from '../../db/schema/index.js';
import { storeNotice } from './notice.js';
import { perSuite } from './per-suite.js';

type LotSpec = { label?: string; vendor?: string | null; amount?: number | null; form?: 'total' | 'rate' | 'unit_price' | 'none'; text?: string; rate?: number; status?: 'awarded' | 'failed' };

/** One seeded notice (tests may add their own with `extra`). */
export interface Spec {
  key: string;
  kind: string;
  title: string;
  buyer: string | null;
  code: string | null;
  date: string;
  division: [string | null, string | null, string | null, string | null]; // province, city, county, code
  video?: boolean;
  service?: string | null;
  lots?: LotSpec[];
  method?: string;
  perAccountYear?: number;
  perVideo?: number;
  body?: string;
  budget?: number;
}

const ZJ = '浙江省';
const HZ = '杭州市';
const specs: Spec[] = [
  { key: 'xhIntention', kind: 'intention', title: '杭州市西湖区司法局2024年政务新媒体账号运营服务采购意向', buyer: '杭州市西湖区司法局', code: 'XHSF-2024-001', date: '2024-01-05', division: [ZJ, HZ, '西湖区', '330106'], service: 'account_operation', budget: 300000 },
  { key: 'xhTender', kind: 'tender', title: '杭州市西湖区司法局政务新媒体账号运营服务项目竞争性磋商公告', buyer: '杭州市西湖区司法局', code: 'XHSF-2024-001', date: '2024-02-01', division: [ZJ, HZ, '西湖区', '330106'], service: 'account_operation', method: '竞争性磋商', budget: 300000 },
  { key: 'xhAward', kind: 'award', title: '杭州市西湖区司法局政务新媒体账号运营服务项目成交结果公告', buyer: '杭州市西湖区司法局', code: 'XHSF-2024-001', date: '2024-03-10', division: [ZJ, HZ, '西湖区', '330106'], service: 'account_operation', method: '竞争性磋商', lots: [{ vendor: '杭州星辰传媒有限公司', amount: 250000, text: '250000.00元' }], perAccountYear: 125000 },
  { key: 'xhCorrection', kind: 'correction', title: '杭州市西湖区司法局政务新媒体账号运营服务项目更正公告', buyer: '杭州市西湖区司法局', code: 'XHSF-2024-001', date: '2024-03-20', division: [ZJ, HZ, '西湖区', '330106'], service: 'account_operation', lots: [{ vendor: '杭州星辰传媒有限公司', amount: 248000, text: '248000.00元' }], perAccountYear: 124000 },
  { key: 'scMulti', kind: 'award', title: '杭州市上城区融媒体中心短视频制作及直播服务项目中标公告', buyer: '杭州市上城区融媒体中心', code: 'SCRM-2024-07', date: '2024-05-12', division: [ZJ, HZ, '上城区', '330102'], service: 'video_production', method: '公开招标', lots: [{ label: '包1', vendor: '杭州星辰传媒有限责任公司', amount: 120000, text: '12万元' }, { label: '包2', vendor: '浙江蓝海文化传播有限公司', amount: 80000, text: '80,000.00元' }], perVideo: 1000 },
  { key: 'hzPromo', kind: 'award', title: '中共杭州市委宣传部城市形象宣传片拍摄制作项目中标公告', buyer: '中共杭州市委宣传部', code: 'HZXC-2023-11', date: '2023-11-02', division: [ZJ, HZ, null, '330100'], service: 'promo_film', method: '公开招标', lots: [{ vendor: '杭州星辰传媒 有限公司', amount: 600000, text: '人民币陆拾万元整' }] },
  { key: 'nbRate', kind: 'award', title: '宁波市海曙区融媒体中心新媒体账号代运营服务项目成交公告', buyer: '宁波市海曙区融媒体中心', code: 'HS-2024-3', date: '2024-06-18', division: [ZJ, '宁波市', '海曙区', '330203'], service: 'account_operation', method: '竞争性磋商', lots: [{ vendor: '宁波海风传媒有限公司', amount: null, form: 'rate', rate: 8, text: '下浮率8%' }] },
  { key: 'lcAward', kind: 'award', title: '温州市鹿城区文化和广电旅游体育局短视频运营服务项目中标公告', buyer: '温州市鹿城区文化和广电旅游体育局', code: 'LC-2024-9', date: '2024-04-01', division: [ZJ, '温州市', '鹿城区', '330302'], service: 'account_operation', method: '公开招标', lots: [{ vendor: '温州瓯江影视有限公司', amount: 300000, text: '30万元' }] },
  { key: 'lcFailure', kind: 'failure', title: '温州市鹿城区文化和广电旅游体育局短视频运营服务项目终止公告', buyer: '温州市鹿城区文化和广电旅游体育局', code: 'LC-2024-9', date: '2024-04-15', division: [ZJ, '温州市', '鹿城区', '330302'], service: 'account_operation' },
  { key: 'nsAward', kind: 'award', title: '深圳市南山区委宣传部政务短视频账号运营项目中标公告', buyer: '中共深圳市南山区委宣传部', code: 'NS-2024-02', date: '2024-02-20', division: ['广东省', '深圳市', '南山区', '440305'], service: 'account_operation', method: '公开招标', lots: [{ vendor: '深圳市短视频科技有限公司', amount: 450000, text: '45万元' }], perAccountYear: 150000 },
  { key: 'nsContract', kind: 'contract', title: '深圳市南山区委宣传部政务短视频账号运营项目合同公告', buyer: '中共深圳市南山区委宣传部', code: 'NS-2024-02', date: '2024-03-05', division: ['广东省', '深圳市', '南山区', '440305'], service: 'account_operation', lots: [{ vendor: '深圳市短视频科技有限公司', amount: 450000, text: '450000元' }], perAccountYear: 150000 },
  { key: 'thVideo', kind: 'award', title: '广州市天河区融媒体中心短视频拍摄制作服务项目成交公告', buyer: '广州市天河区融媒体中心', code: 'TH-2023-5', date: '2023-08-09', division: ['广东省', '广州市', '天河区', '440106'], service: 'video_production', method: '询价', lots: [{ vendor: '广州珠江视听传媒有限公司', amount: 180000, text: '18万元' }], perVideo: 1500 },
  { key: 'whAward', kind: 'award', title: '成都市武侯区融媒体中心抖音账号运营服务项目成交公告', buyer: '成都市武侯区融媒体中心', code: 'WH-2024-12', date: '2024-09-03', division: ['四川省', '成都市', '武侯区', '510107'], service: 'account_operation', method: '竞争性谈判', lots: [{ vendor: '成都天府新媒体有限公司', amount: 90000, text: '9万元' }], perAccountYear: 90000 },
  { key: 'jnUnit', kind: 'award', title: '成都市金牛区融媒体中心短视频制作服务项目成交公告', buyer: '成都市金牛区融媒体中心', code: 'JN-2024-4', date: '2024-07-21', division: ['四川省', '成都市', '金牛区', '510106'], service: 'video_production', method: '询价', lots: [{ vendor: '成都天府新媒体有限公司', amount: null, form: 'unit_price', text: '800元/条' }] },
  { key: 'cctv', kind: 'award', title: '杭州市公安局西湖区分局视频监控系统建设项目中标公告', buyer: '杭州市公安局西湖区分局', code: 'XHGA-2024-2', date: '2024-05-30', division: [ZJ, HZ, '西湖区', '330106'], video: false, service: null, method: '公开招标', lots: [{ vendor: '浙江安防科技有限公司', amount: 2000000, text: '200万元' }] },
  { key: 'xhOutlier', kind: 'award', title: '杭州市西湖区文化广电旅游局抖音快手账号运营服务项目中标公告', buyer: '杭州市西湖区文化广电旅游局', code: 'XHWL-2024-6', date: '2024-08-08', division: [ZJ, HZ, '西湖区', '330106'], service: 'account_operation', method: '公开招标', lots: [{ vendor: '浙江蓝海文化传播有限公司', amount: 2500000, text: '250万元' }] },
  { key: 'central', kind: 'award', title: '国家广播电视总局公益宣传片制作服务项目中标公告', buyer: '国家广播电视总局', code: 'GD-2024-1', date: '2024-10-10', division: [null, null, null, null], service: 'promo_film', method: '公开招标', lots: [{ vendor: '北京华视影业有限公司', amount: 1200000, text: '120万元' }] },
  { key: 'hostile', kind: 'award', title: '<script>alert("pw")</script>短视频"运营\'服务<img src=x onerror=alert(1)>中标公告', buyer: '杭州市西湖区<b>融媒体</b>中心', code: 'EVIL-1', date: '2024-07-01', division: [ZJ, HZ, '西湖区', '330106'], service: 'video_production', method: '询价', lots: [{ vendor: '"><script>alert(2)</script>传媒有限公司', amount: 10000, text: '10000元' }], body: `<script>alert("body")</script>${'很长的正文。'.repeat(180_000)}` },
];

/** What a test needs to find seeded rows again. */
export interface Seeded {
  db: Db;
  dir: string;
  path: string;
  /** notice ids by spec key (xhAward, scMulti, hostile, …) */
  ids: Record<string, number>;
  close(): void;
}

/** The seed's notices as specs (read-only), for tests that re-save one. */
export function seedSpec(key: string): Spec {
  const s = specs.find((x) => x.key === key);
  if (!s) throw new Error(`no seed notice "${key}"`);
  return s;
}

/** A spec as the extractor would hand it to saveNotice, and the raw page it came from. */
export function buildNotice(s: Spec, sample: boolean): { input: NoticeInput; html: string } {
  const head = `${s.title}\n一、项目编号：${s.code ?? ''}\n二、项目名称：${s.title.replace(/(中标|成交|结果|更正|终止|合同).*$/, '')}\n`;
  const lotTexts = (s.lots ?? []).map((l, i) => `${l.label ?? `标的${i + 1}`} 供应商名称：${l.vendor ?? ''} 中标（成交）金额：${l.text ?? ''}\n`);
  const tail = `采购人信息 名称：${s.buyer ?? ''}\n公告日期：${s.date}\n${s.body ?? ''}`;
  const text = head + lotTexts.join('') + tail;
  const ev = (field: string, value: string | null | undefined, from = 0) => {
    if (!value) return;
    const start = text.indexOf(value, from);
    if (start >= 0) evidence[field] = { text: value, start, end: start + value.length, confidence: 0.9 };
  };
  const evidence: NoticeInput['evidence'] = {};
  ev('title', s.title);
  ev('projectCode', s.code);
  ev('buyer', s.buyer, head.length);
  ev('publishedAt', s.date);
  let offset = head.length;
  const lots = (s.lots ?? []).map((l, i) => {
    const start = text.indexOf(l.text ?? '\u0000', offset);
    offset += lotTexts[i].length;
    const form = l.form ?? (l.amount !== null && l.amount !== undefined ? 'total' : 'none');
    return {
      lot: l.label ?? null, vendor: l.vendor ?? null, vendors: l.vendor ? [l.vendor] : [],
      amountYuan: form === 'total' ? (l.amount ?? null) : null, amountForm: form, amountText: l.text ?? null,
      amountStart: start >= 0 ? start : null, amountEnd: start >= 0 ? start + (l.text ?? '').length : null,
      rateValue: l.rate ?? null, budgetYuan: null, ceilingYuan: null, status: l.status ?? 'awarded', confidence: 0.9,
    };
  });
  if (lots[0]?.vendor) ev('vendor', lots[0].vendor, head.length);
  if (lots[0]?.amountText) ev('amount', lots[0].amountText, head.length);
  const [province, city, county, code] = s.division;
  const input: NoticeInput = {
    parserVersion: 'seed-1', kind: s.kind, title: s.title, projectCode: s.code, projectName: null,
    procurementMethod: s.method ?? null, buyer: s.buyer, buyerAddress: null, agency: '浙江公采招标代理有限公司',
    publishedAt: s.date, tenderDeadline: null, awardDate: null, contractDate: null, servicePeriodText: '一年',
    serviceMonths: 12, budgetYuan: s.budget ?? null, ceilingYuan: null, lots,
    accounts: s.perAccountYear ? 2 : null, platforms: ['抖音'], videosPerMonth: null, videoCount: null,
    yuanPerAccountYear: s.perAccountYear ?? null, yuanPerVideo: s.perVideo ?? null,
    province, city, county, divisionCode: code, localitySource: code ? 'buyer_name' : 'central',
    isVideoOps: s.video ?? true, serviceType: s.service ?? null, videoScore: s.video === false ? 0.1 : 0.9,
    videoMatched: { for: s.video === false ? [] : ['短视频'], against: s.video === false ? ['视频监控'] : [] },
    evidence, warnings: [], text, isSample: sample,
  };
  const html = `<html><head><title>${s.title}</title></head><body><div class="vF_detail_content">${text.slice(0, 5000)}</div><script>document.title="live"</script></body></html>`;
  return { input, html };
}

/**
 * Store one spec as a scrape of `url` would: its HTML page archived (under `sourceId`, ccgp
 * unless said), then the notice read from it. `edit` changes the extracted notice first, for
 * what a Spec cannot say (a consortium's members). Returns the notice id.
 */
export function storeSpec(db: Db, s: Spec, url: string, opts: { sample?: boolean; sourceId?: string; runId?: number; edit?: (input: NoticeInput) => void } = {}): number {
  const sample = opts.sample ?? true;
  const { input, html } = buildNotice(s, sample);
  opts.edit?.(input);
  const page = { sourceId: opts.sourceId ?? 'ccgp', runId: opts.runId, contentType: 'text/html; charset=utf-8', charset: 'utf-8', isSample: sample };
  return storeNotice(db, url, input, html, page);
}

/** Write the seed notices into `db` (an open database). Returns notice ids by key. */
export function seedInto(db: Db, opts: { sample?: boolean; extra?: Spec[] } = {}): Record<string, number> {
  const sample = opts.sample ?? true;
  ensureSource(db, { id: 'ccgp', name: '中国政府采购网', baseUrl: 'http://www.ccgp.gov.cn' });
  const ids: Record<string, number> = {};
  inTransaction(db, () => {
    const run = db.insert(scrapeRuns).values({ sourceId: 'ccgp', mode: 'nightly', startedAt: '2024-11-01T01:00:00Z', endedAt: '2024-11-01T01:05:00Z', status: 'ok', listed: specs.length, fetched: specs.length, newCount: specs.length }).returning({ id: scrapeRuns.id }).get();
    [...specs, ...(opts.extra ?? [])].forEach((s, i) => {
      const url = `http://www.ccgp.gov.cn/cggg/dfgg/${s.date.replace(/-/g, '')}/t${s.date.replace(/-/g, '')}_${1000 + i}.htm`;
      ids[s.key] = storeSpec(db, s, url, { sample, runId: run.id });
    });
  });
  return ids;
}

/** A fresh temp-dir database holding the seed notices. Call `close()` when done. */
export function seedDb(opts: { sample?: boolean; extra?: Spec[] } = {}): Seeded {
  const dir = mkdtempSync(join(tmpdir(), 'pw-dash-'));
  const path = join(dir, 'seed.db');
  const db = openDb(path);
  const ids = seedInto(db, opts);
  return { db, dir, path, ids, close: () => { db.$client.close(); rmSync(dir, { recursive: true, force: true }); } };
}

/**
 * The seed database shared by the tests of the enclosing describe block (or file): written in
 * a beforeAll hook, removed in afterAll. The handle reads through to it, so tests use `s.db`
 * and `s.ids` as with seedDb.
 */
export function sharedSeedDb(opts: { sample?: boolean; extra?: Spec[] } = {}): Pick<Seeded, 'db' | 'ids'> {
  const current = perSuite('the seed database', () => seedDb(opts), (s) => s.close());
  return {
    get db() {
      return current().db;
    },
    get ids() {
      return current().ids;
    },
  };
}

/**
 * What the seed counts as awarded video-ops spending, by the dashboard's rules: the correction's
 * 248000 supersedes the award's 250000; the contract repeats the award (counted once); the
 * failure zeroes 鹿城区; the rate and the unit price are not money; 视频监控 is not video ops.
 */
export const SEED_EXPECTED = {
  videoSpendYuan: 248000 + 120000 + 80000 + 600000 + 450000 + 180000 + 90000 + 2500000 + 1200000 + 10000,
  provinceSpend: { '330000': 248000 + 120000 + 80000 + 600000 + 2500000 + 10000, '440000': 450000 + 180000, '510000': 90000 },
  countedContracts: 10,
};
