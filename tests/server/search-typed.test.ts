/**
 * Queries as researchers type them: an empty result shows no pager (第 1 / 1 页 of nothing).
 * Over real HTTP on a real SQLite file.
 */
import * as cheerio from 'cheerio';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer } from '../../server/index.js';
import { seedDb, type Seeded, type Spec } from '../helpers/seed.js';

const NJ: Spec['division'] = ['江苏省', '南京市', '鼓楼区', '320106'];

describe('search queries as researchers type them', () => {
  const extra: Spec[] = [
    // 抖音 in the text only, beside punctuation; 快手 nowhere.
    { key: 'njBody', kind: 'award', title: '南京市鼓楼区政务新媒体账号运营服务项目成交公告', buyer: '南京市鼓楼区人民政府办公室', code: 'GL-1', date: '2025-03-01', division: NJ, service: 'account_operation', method: '竞争性磋商', lots: [{ vendor: '南京石城文化传媒有限公司', amount: 80000, text: '80000元' }], body: '服务内容：“抖音”、微信视频号（短视频）账号日常运营。' },
    // 抖音 and 快手 both, in the text.
    { key: 'njBoth', kind: 'tender', title: '南京市鼓楼区融媒体中心短视频拍摄服务项目招标公告', buyer: '南京市鼓楼区融媒体中心', code: 'GL-2', date: '2025-04-01', division: NJ, service: 'video_production', method: '公开招标', body: '平台：抖音，快手，微博。' },
  ];
  let s: Seeded;
  let server: Awaited<ReturnType<typeof startServer>>;
  beforeAll(async () => {
    s = seedDb({ extra });
    server = await startServer({ dbPath: s.path, port: 0 });
  });
  afterAll(async () => {
    await server?.close();
    s.close();
  });

  const page = async (params: Record<string, string>) => {
    const res = await fetch(`${server.url}/search?${new URLSearchParams(params)}`);
    expect(res.status).toBe(200);
    return cheerio.load(await res.text());
  };
  it('shows no pager when nothing matches, and keeps it when something does', async () => {
    const none = await page({ q: '没有这个词xyz' });
    expect(Number(none('#total').attr('data-total'))).toBe(0);
    expect(none('#no-results').length).toBe(1);
    expect(none('#pagination').length).toBe(0);
    expect(none.text()).not.toContain('第 1 / 1 页');
    const some = await page({ q: '抖音' });
    expect(some('#pagination').text()).toContain('第 1 / 1 页');
  });

});
