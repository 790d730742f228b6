/**
 * mulberry32: a small deterministic PRNG, so generated data (the replay's filler notices, the
 * benchmark database, property tests, the metamorphic renames) is the same on every run and a
 * failure can be replayed from its seed. Not for anything that needs real randomness.
 * @module
 */

/** A sequence of floats in [0, 1) determined by `seed` (a 32-bit integer). */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
