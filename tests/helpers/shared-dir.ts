import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

/**
 * The folder of shared material (the hand-labelled corpus, its scorer, real sample pages):
 * $PROCWATCH_SHARED, else ../shared beside the checkout, else /work/shared. A clone made
 * elsewhere (CI clones to a temp dir) still finds it; when none exists the tests fail with this
 * message rather than skip.
 */
export function sharedDir(): string {
  const candidates = [process.env.PROCWATCH_SHARED, join(repoRoot, '..', 'shared'), '/work/shared'].filter((d): d is string => !!d);
  const found = candidates.find((d) => existsSync(join(d, 'corpus', 'labels.jsonl')));
  if (!found) throw new Error(`shared corpus not found (looked in ${candidates.join(', ')}); set PROCWATCH_SHARED`);
  return found;
}
