/**
 * Something the tests of one describe block (or file) share, opened in a beforeAll hook and
 * closed in afterAll: the plumbing behind sharedTempDb and sharedSeedDb.
 * @module
 */
import { afterAll, beforeAll } from 'vitest';

/**
 * Register the hooks that `open` and `close` a shared resource, and return a function that
 * hands it out. Calling it before the hook has run (at module load, say) throws, naming
 * `what`, rather than handing out nothing; `timeout` is the hook's, for a slow open.
 */
export function perSuite<T>(what: string, open: () => T, close: (x: T) => void, timeout?: number): () => T {
  let current: T | undefined;
  beforeAll(() => {
    current = open();
  }, timeout);
  afterAll(() => {
    if (current !== undefined) close(current);
  });
  return () => {
    if (current === undefined) throw new Error(`${what} opens in beforeAll: read it inside hooks and tests`);
    return current;
  };
}
