// A worker thread that runs the extractor, so a pathological page can be timed out (the
// worker terminated) instead of hanging a nightly run. Plain JS so it starts in any runtime:
// it registers tsx itself before loading the TypeScript extractor.
/* oxlint-disable unicorn/require-post-message-target-origin -- worker_threads, not window.postMessage */
import { parentPort } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
const { extractNotice } = await import('../extract/index.ts');
const { readFetchedPage } = await import('./read-page.ts');
parentPort.on('message', ({ id, input, page }) => {
  try {
    // A fetched page comes as bytes: decoding and the adapter's parseDetail happen here too.
    if (page) {
      const read = readFetchedPage(page);
      if (!('input' in read)) return parentPort.postMessage({ id, failure: read });
      input = read.input;
    }
    parentPort.postMessage({ id, result: extractNotice(input) });
  } catch (e) {
    parentPort.postMessage({ id, error: e instanceof Error ? `${e.name}: ${e.message}` : String(e) });
  }
});
parentPort.postMessage({ ready: true });
