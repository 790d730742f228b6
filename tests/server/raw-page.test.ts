/**
 * /raw/:id names the page it archived in X-Archived-From: the very URL fetched, its own
 * %-escapes kept (a Guangxi articleId holds %2B and %3D), non-ASCII escaped once.
 */
import { describe, expect, it } from 'vitest';
import { ensureSource, saveRawPage } from '../../db/store.js';
import { headerUrl } from '../../server/routes/contract.js';
import { withServer } from '../helpers/served.js';
import { sharedTempDb } from '../helpers/temp-db.js';

const ARCHIVED_URL = 'http://www.ccgp-guangxi.gov.cn/portal/detail?articleId=IKIk%2ByiqLONl52nrbe%2BmKA%3D%3D&parentId=66485&t=阳朔 县';
let id: number;
const t = sharedTempDb('pw-raw-', (db) => {
  ensureSource(db, { id: 'guangxi', name: 'guangxi', baseUrl: 'http://www.ccgp-guangxi.gov.cn' });
  id = saveRawPage(db, { sourceId: 'guangxi', url: ARCHIVED_URL, pageKind: 'detail', httpStatus: 200, body: Buffer.from('{"ok":true}') }).id;
});

describe('X-Archived-From', () => {
  it('is the archived URL with its escapes kept, over real HTTP', async () => {
    await withServer(t.path, async (server) => {
      const res = await fetch(`${server.url}/raw/${id}`);
      expect(res.status).toBe(200);
      expect(res.headers.get('x-archived-from')).toBe('http://www.ccgp-guangxi.gov.cn/portal/detail?articleId=IKIk%2ByiqLONl52nrbe%2BmKA%3D%3D&parentId=66485&t=%E9%98%B3%E6%9C%94%20%E5%8E%BF');
      expect(decodeURIComponent(new URL(res.headers.get('x-archived-from')!).searchParams.get('articleId')!)).toBe('IKIk+yiqLONl52nrbe+mKA==');
      await res.arrayBuffer();
    });
  });

  it('never throws on a lone surrogate', () => {
    expect(headerUrl('http://a.example/\ud800x')).toBe('http://a.example/x');
  });
});
