// A worker thread that runs the extractor, so a pathological page can be timed out (the
// worker terminated) instead of hanging a nightly run. Plain JS so it starts in any runtime:
// it registers tsx itself before loading the TypeScript extractor.
/* oxlint-disable unicorn/require-post-message-target-origin -- worker_threads, not window.postMessage */
import { parentPort } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
const { extractNotice } = await import('../extract/index.ts');
parentPort.on('message', ({ id, input }) => {
  try {
    parentPort.postMessage({ id, result: extractNotice(input) });
  } catch (e) {
    parentPort.postMessage({ id, error: e instanceof Error ? `${e.name}: ${e.message}` : String(e) });
  }
});
parentPort.postMessage({ ready: true });
