/**
 * The replayed ccgp pages in real Chromium over 127.0.0.1: the hostile notice's page and the
 * list that carries it show its `<script>` title as text and run none of it.
 */
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { ccgpChannelEntries, ccgpFixtureIndex } from '../../scrapers/replay/ccgp.js';
import { startReplay, type Replay } from '../../scrapers/replay/index.js';

let browser: Browser;
let server: Replay;
beforeAll(async () => {
  browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
  server = await startReplay({ portal: 'ccgp', port: 0 });
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

it('shows the hostile title as text on its detail page and in its list, with no dialog', async () => {
  const hostile = ccgpFixtureIndex().find((e) => e.origin === 'hostile')!;
  const page = await browser.newPage();
  const dialogs: string[] = [];
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  try {
    await page.goto(server.baseUrl + hostile.path, { waitUntil: 'domcontentloaded' });
    expect(await page.locator('div.vF_detail_header h2.tc').textContent()).toBe(hostile.title);
    expect(await page.title()).toBe(hostile.title);
    const at = ccgpChannelEntries('dfgg', 'zbgg').findIndex((e) => e.origin === 'hostile');
    await page.goto(`${server.baseUrl}/cggg/dfgg/zbgg/${at < 20 ? 'index.htm' : `index_${Math.floor(at / 20)}.htm`}`, { waitUntil: 'domcontentloaded' });
    expect(await page.locator('ul.c_list_bid > li a').allTextContents()).toContain(hostile.title);
    expect(dialogs).toEqual([]);
  } finally {
    await page.close();
  }
});
