/**
 * SYNTHETIC BENCHMARK DATA ONLY. Fills a database with N generated notices (default 1,000,000)
 * spread over every county-level division, so the dashboard's queries can be timed at scale.
 * Nothing here is a real announcement: every notice is marked is_sample = 1 (the dashboard shows
 * its sample-data banner), its text says 合成基准数据, and all rows share one placeholder raw page.
 *
 * Fast path: raw prepared statements in one transaction with the FTS insert trigger dropped,
 * then one FTS `rebuild`, then the derived tables (spend facts, bigram index) in one pass.
 *
 *   npx tsx bench/generate-db.ts [--n 1000000] [--out bench/out/bench.db] [--seed 1]
 * @module
 */
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { openDb } from '../db/index.js';
import { partyKey } from '../db/party-key.js';
import { rebuildDerived } from '../db/queries/maintain.js';
import { mulberry32 } from '../scrapers/replay/mulberry32.js';

const here = dirname(fileURLToPath(import.meta.url));


interface Division {
  code: string;
  province: string;
  city: string | null;
  county: string;
}

/** Every county-level division (GB/T 2260) from the extractor's table; a few real ones if it is absent. */
function loadDivisions(): Division[] {
  const path = join(here, '../scrapers/extract/data/divisions.json');
  if (!existsSync(path)) {
    return [
      { code: '330106', province: '浙江省', city: '杭州市', county: '西湖区' },
      { code: '440305', province: '广东省', city: '深圳市', county: '南山区' },
      { code: '510107', province: '四川省', city: '成都市', county: '武侯区' },
    ];
  }
  const d = JSON.parse(readFileSync(path, 'utf8')) as { provinces: [string, string][]; cities: [string, string][]; areas: [string, string][] };
  const prov = new Map(d.provinces);
  const city = new Map(d.cities);
  return d.areas.map(([code, name]) => {
    const p = prov.get(code.slice(0, 2)) ?? code.slice(0, 2);
    const c = city.get(code.slice(0, 4));
    return { code, province: p, city: c && c !== '市辖区' ? c : p.endsWith('市') ? p : null, county: name };
  });
}

const SERVICES: [string, string, number][] = [
  ['account_operation', '政务新媒体账号运营服务', 0.4],
  ['video_production', '短视频拍摄制作服务', 0.3],
  ['promo_film', '城市形象宣传片拍摄制作', 0.12],
  ['live_streaming', '直播服务', 0.1],
  ['other_video', '融媒体内容制作', 0.08],
];
const NEGATIVE = ['视频监控系统建设', '视频会议系统采购', 'LED显示屏采购'];
const DEPTS = ['融媒体中心', '委宣传部', '文化和广电旅游体育局', '司法局', '人民政府办公室', '公安局', '卫生健康局', '教育局'];
const PLATFORMS = ['抖音', '快手', '视频号', '哔哩哔哩', '微博', '小红书'];
const FILLER = '根据采购需求，供应商负责内容策划、拍摄剪辑、账号日常运维、数据分析与舆情监测，按月提交运营报告，服务期满后由采购人组织验收。';
const KINDS: [string, string, number][] = [
  ['award', '中标公告', 0.55], ['contract', '合同公告', 0.1], ['tender', '公开招标公告', 0.12], ['intention', '采购意向公开', 0.1],
  ['correction', '更正公告', 0.06], ['failure', '终止公告', 0.04], ['single_source', '单一来源公示', 0.03],
];
const METHODS = ['公开招标', '竞争性磋商', '竞争性谈判', '询价', '单一来源'];

function pick<T extends [string, string, number]>(r: number, table: T[]): T {
  let acc = 0;
  for (const t of table) if (r < (acc += t[2])) return t;
  return table[table.length - 1];
}

/** Build the synthetic database at `path` with `n` notices. Returns timings in ms. */
export function generateDb(opts: { path: string; n: number; seed?: number; log?: (s: string) => void }): Record<string, number> {
  const log = opts.log ?? ((s: string) => process.stderr.write(`${s}\n`));
  for (const suffix of ['', '-wal', '-shm']) rmSync(opts.path + suffix, { force: true });
  const t0 = Date.now();
  const db = openDb(opts.path);
  const c = db.$client;
  // A throwaway file: no rollback journal, no fsync, a big page cache. WAL comes back at the end.
  c.pragma('journal_mode = OFF');
  c.pragma('synchronous = OFF');
  c.pragma('cache_size = -524288');
  const rand = mulberry32(opts.seed ?? 1);
  const divisions = loadDivisions();
  const now = new Date().toISOString();
  // Trigger-maintained trigram FTS would index row by row; drop it and rebuild once at the end.
  const ftsTriggers = (c.prepare(`SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'notices_fts_%'`).all() as { name: string; sql: string }[]);
  const timings: Record<string, number> = {};
  c.transaction(() => {
    for (const t of ftsTriggers) c.exec(`DROP TRIGGER ${t.name}`);
    c.prepare(`INSERT INTO sources (id, name, base_url, created_at) VALUES ('bench', '合成基准数据 synthetic benchmark (not real)', 'http://127.0.0.1/', ?)`).run(now);
    c.prepare(`INSERT INTO scrape_runs (source_id, mode, started_at, ended_at, status) VALUES ('bench', 'backfill', ?, ?, 'ok')`).run(now, now);
    const raw = c
      .prepare(`INSERT INTO raw_pages (source_id, url, page_kind, fetched_at, http_status, content_type, charset, content_hash, size, body, parse_status, is_sample)
        VALUES ('bench', 'http://127.0.0.1/synthetic', 'other', ?, 200, 'text/plain', 'utf-8', 'synthetic', 0, ?, 'ok', 1)`)
      .run(now, gzipSync(Buffer.from('合成基准数据：此页面不存在。Synthetic benchmark data: there is no real page.')));
    const rawId = Number(raw.lastInsertRowid);
    const insParty = c.prepare('INSERT INTO parties (name_key, name) VALUES (?, ?)');
    const insName = c.prepare('INSERT OR IGNORE INTO party_names (party_id, name, role) VALUES (?, ?, ?)');
    const party = (name: string, role: string): number => {
      const id = Number(insParty.run(partyKey(name), name).lastInsertRowid);
      insName.run(id, name, role);
      return id;
    };
    const vendors = Array.from({ length: 4000 }, (_, i) => {
      const name = `合成${String.fromCharCode(0x4e00 + ((i * 7919) % 20000))}${String.fromCharCode(0x4e00 + ((i * 104729) % 20000))}传媒有限公司${i}`;
      return { id: party(name, 'vendor'), name };
    });
    const buyers = new Map<string, { id: number; name: string }>();
    const insNotice = c.prepare(`INSERT INTO notices (source_id, source_url, raw_page_id, kind, title, project_code, procurement_method, buyer, buyer_party_id,
        published_at, budget_yuan, awarded_yuan, accounts, platforms, yuan_per_account_year, yuan_per_video, province, city, county, division_code,
        locality_source, is_video_ops, service_type, video_score, evidence, warnings, text, parser_version, extracted_at, is_sample)
      VALUES ('bench', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'buyer_name', ?, ?, ?, '{}', '[]', ?, 'bench-synthetic', ?, 1)`);
    const insLot = c.prepare(`INSERT INTO lots (notice_id, seq, label, vendor, amount_yuan, amount_form, amount_text, rate_value, status, confidence)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 0.9)`);
    const insLotVendor = c.prepare('INSERT INTO lot_vendors (lot_id, seq, party_id, name) VALUES (?, 0, ?, ?)');
    const start = Date.UTC(2021, 0, 1);
    const span = Date.UTC(2026, 0, 1) - start;
    let lastAward: { code: string; buyer: { id: number; name: string }; div: Division } | null = null;
    for (let i = 0; i < opts.n; i++) {
      const div = divisions[Math.floor(rand() * divisions.length)];
      const negative = rand() < 0.15;
      const svc = pick(rand(), SERVICES);
      const kind = pick(rand(), KINDS);
      const dept = DEPTS[Math.floor(rand() * DEPTS.length)];
      const buyerName = `${div.city && div.city !== div.county ? div.city : ''}${div.county}${dept}`;
      let buyer = buyers.get(buyerName);
      if (!buyer) buyers.set(buyerName, (buyer = { id: party(buyerName, 'buyer'), name: buyerName }));
      // A contract or correction usually follows an award of the same project and buyer.
      const follows: boolean = (kind[0] === 'contract' || kind[0] === 'correction') && lastAward !== null && rand() < 0.8;
      const code: string = follows ? lastAward!.code : `BENCH-${div.code}-${i}`;
      const b: { id: number; name: string } = follows ? lastAward!.buyer : buyer;
      const d: Division = follows ? lastAward!.div : div;
      const platform = PLATFORMS[Math.floor(rand() * PLATFORMS.length)];
      const what = negative ? NEGATIVE[i % NEGATIVE.length] : `${platform}${svc[1]}`;
      const title = `${b.name}${what}项目${kind[1]}`;
      const published = new Date(start + rand() * span).toISOString().slice(0, 10);
      const amount = Math.round(Math.exp(Math.log(250000) + (rand() + rand() + rand() - 1.5) * 1.6) / 100) * 100;
      const outcome = ['award', 'contract', 'correction'].includes(kind[0]);
      const rate = outcome && rand() < 0.05;
      const accounts = !negative && svc[0] === 'account_operation' && rand() < 0.3 ? 1 + Math.floor(rand() * 4) : null;
      const videos = !negative && svc[0] === 'video_production' && rand() < 0.3 ? 20 + Math.floor(rand() * 200) : null;
      const text = `【合成基准数据 synthetic benchmark data — not a real announcement】${title}。项目编号：${code}。采购人：${b.name}。平台：${platform}。${FILLER}${outcome && !rate ? `中标金额：${amount}元。` : ''}`;
      const noticeId = Number(
        insNotice.run(
          `http://127.0.0.1/synthetic/${i}`, rawId, kind[0], title, code, METHODS[Math.floor(rand() * METHODS.length)], b.name, b.id, published,
          Math.round(amount * 1.1), outcome && !rate ? amount : null, accounts, JSON.stringify([platform]),
          accounts && outcome && !rate ? amount / accounts : null, videos && outcome && !rate ? amount / videos : null,
          d.province, d.city, d.county, d.code, negative ? 0 : 1, negative ? null : svc[0], negative ? 0.1 : 0.9, text, now,
        ).lastInsertRowid,
      );
      if (outcome) {
        const v = vendors[Math.floor(rand() * vendors.length)];
        const lot = Number(insLot.run(noticeId, 0, null, v.name, rate ? null : amount, rate ? 'rate' : 'total', rate ? '下浮率8%' : `${amount}元`, rate ? 8 : null, 'awarded').lastInsertRowid);
        insLotVendor.run(lot, v.id, v.name);
        if (kind[0] === 'award') lastAward = { code, buyer: b, div: d };
      }
      if (i % 100_000 === 99_999) log(`  ${i + 1} notices…`);
    }
    timings.insertMs = Date.now() - t0;
    log(`inserted ${opts.n} notices in ${timings.insertMs} ms`);
    const t1 = Date.now();
    c.exec(`INSERT INTO notices_fts(notices_fts) VALUES ('rebuild')`);
    c.exec(`INSERT INTO notices_fts(notices_fts) VALUES ('optimize')`);
    for (const t of ftsTriggers) c.exec(t.sql);
    timings.ftsRebuildMs = Date.now() - t1;
    log(`trigram FTS rebuilt in ${timings.ftsRebuildMs} ms`);
  })();
  const t2 = Date.now();
  rebuildDerived(db);
  timings.derivedMs = Date.now() - t2;
  log(`spend facts and bigram index built in ${timings.derivedMs} ms`);
  c.exec('ANALYZE');
  c.pragma('journal_mode = WAL');
  c.close();
  timings.totalMs = Date.now() - t0;
  return timings;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const { values } = parseArgs({ options: { n: { type: 'string' }, out: { type: 'string' }, seed: { type: 'string' } } });
  const n = Number(values.n ?? 1_000_000);
  if (!Number.isInteger(n) || n < 1) throw new Error(`--n must be a positive integer, got ${values.n}`);
  const path = values.out ?? join(here, 'out', `bench-${n}.db`);
  process.stderr.write(`generating SYNTHETIC benchmark data (not real announcements): ${n} notices → ${path}\n`);
  const t = generateDb({ path, n, seed: Number(values.seed ?? 1) });
  process.stdout.write(`${JSON.stringify({ path, n, ...t })}\n`);
}
