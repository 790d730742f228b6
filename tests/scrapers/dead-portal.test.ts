/**
 * A scrape pointed at a host where nothing listens (a wrong --base-url, the portal down): the
 * run ends 'failed' and its one-line error says why (the connection refused, and where), not
 * only that URLs are owed; every URL stays owed for the next run. Real sockets on loopback,
 * real SQLite.
 */
import { createServer } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runScrape } from '../../scrapers/run.js';
import { runRow } from '../../scrapers/run/run-row.js';
import { ccgp } from '../../scrapers/sources/ccgp.js';
import { tempDb, type TempDb } from '../helpers/temp-db.js';

let t: TempDb;
let deadPort: number;

beforeAll(async () => {
  t = tempDb();
  // a port that was free a moment ago: nothing listens there now
  const srv = createServer();
  await new Promise<void>((resolve) => srv.listen(0, '127.0.0.1', resolve));
  deadPort = (srv.address() as { port: number }).port;
  await new Promise<void>((resolve) => srv.close(() => resolve()));
});
afterAll(() => t.cleanup());

describe('a scrape of a host where nothing listens', () => {
  it('fails, and its error names the refused connection and the host', async () => {
    const events: { event: string; [k: string]: unknown }[] = [];
    const summary = await runScrape(t.db, { source: ccgp, baseUrl: `http://127.0.0.1:${deadPort}`, rate: 0, retries: 1, backoffMs: 5, timeoutMs: 2_000, robots: false, log: (e) => events.push(e) });
    expect(summary.status).toBe('failed');
    expect(summary.fetched).toBe(0);
    expect(summary.failed).toBeGreaterThan(0);
    expect(summary.error).toMatch(new RegExp(`^nothing could be fetched: ${summary.failed} page\\(s\\) failed, the last with FetchError: .*ECONNREFUSED.* at 127\\.0\\.0\\.1:${deadPort}; ${summary.failed} URLs owed`));
    expect(runRow(t.db, summary.runId)?.error).toBe(summary.error);
    expect(events.at(-1)).toMatchObject({ event: 'run_end', status: 'failed', error: summary.error });
    expect(summary.owed?.count).toBe(summary.failed);
  });
});
