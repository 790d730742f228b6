/**
 * The table counts of one clean, fault-free ccgp scrape of a replay server: the figure a run
 * that was killed, faulted or left URLs owed must end with once it has caught up.
 */
import { runScrape } from '../../scrapers/run.js';
import { ccgp } from '../../scrapers/sources/ccgp.js';
import { testRunOptions, type Replay } from './replay-server.js';
import { tableCounts, tempDb } from './temp-db.js';

/** Scrape `server` once into a throwaway database and return its table counts. */
export async function cleanScrapeCounts(server: Replay): Promise<Record<string, number>> {
  const base = tempDb();
  try {
    await runScrape(base.db, { source: ccgp, ...testRunOptions(server) });
    return tableCounts(base.db);
  } finally {
    base.cleanup();
  }
}
