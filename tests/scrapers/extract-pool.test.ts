/**
 * The extraction pool: results match the in-thread extractor, a page past the time limit is
 * an ExtractTimeoutError (the worker replaced, the pool still usable), and a pool whose workers
 * cannot start falls back to extracting in this thread.
 */
import { writeFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { extractNotice } from '../../scrapers/extract/index.js';
import { ExtractPool, ExtractTimeoutError } from '../../scrapers/run/extract-pool.js';

const html = '<html><body><div class="vF_detail_content"><p>采购人：某县融媒体中心</p><p>中标（成交）金额：24.8万元</p></div></body></html>';
const dir = mkdtempSync(join(tmpdir(), 'procwatch-pool-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('ExtractPool', () => {
  it('extracts in a worker exactly what the extractor returns in this thread', async () => {
    const pool = new ExtractPool(1);
    try {
      const x = await pool.extract({ html, url: 'u' }, 20_000);
      const y = extractNotice({ html, url: 'u' });
      expect(x.buyer).toBe(y.buyer);
      expect(x.lots).toEqual(y.lots);
    } finally {
      await pool.close();
    }
  });

  it('times a hung extraction out and keeps serving', async () => {
    // a worker that never answers stands in for a pathological page
    const hang = join(dir, 'hang.mjs');
    writeFileSync(hang, "import { parentPort } from 'node:worker_threads';\nparentPort.postMessage({ ready: true });\nparentPort.on('message', () => { for (;;) {} });\n");
    const pool = new ExtractPool(1, 300, pathToFileURL(hang));
    try {
      await expect(pool.extract({ html }, 300)).rejects.toBeInstanceOf(ExtractTimeoutError);
      await expect(pool.extract({ html }, 300)).rejects.toBeInstanceOf(ExtractTimeoutError);
    } finally {
      await pool.close();
    }
  });

  it('falls back to this thread when workers cannot start', async () => {
    const broken = join(dir, 'broken.mjs');
    writeFileSync(broken, "throw new Error('no runtime here');\n");
    const pool = new ExtractPool(1, 5_000, pathToFileURL(broken));
    try {
      const x = await pool.extract({ html });
      expect(x.buyer).toBe(extractNotice({ html }).buyer);
      expect((await pool.extract({ html })).buyer).toBe(x.buyer);
    } finally {
      await pool.close();
    }
  });
});
