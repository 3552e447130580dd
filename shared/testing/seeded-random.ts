// A small seeded random generator (mulberry32): the same sequence for the same seed on every
// machine. Fuzz tests use it so a failure can be replayed; the deterministic Word export
// (shared/docx/deterministic.ts) uses it so an issued version re-exports to the same bytes.

export interface SeededRandom {
  /** A number in [0, 1). */
  readonly next: () => number;
  /** An integer in [0, n). */
  readonly int: (n: number) => number;
  readonly pick: <T>(xs: readonly T[]) => T;
}

export function seededRandom(seed: number): SeededRandom {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (n: number) => Math.floor(next() * n);
  // The choices may themselves be null or undefined (hostile values), so check the index, not the value.
  const pick = <T>(xs: readonly T[]): T => {
    if (xs.length === 0) throw new Error('pick: nothing to choose from');
    return xs[int(xs.length)] as T;
  };
  return { next, int, pick };
}
