// How many section paragraph numbers each placed block takes (a block the author numbered takes one
// per sentence: shared/papers/numbering.ts blockNumberCount). Each block's view reports its count once
// its content is known; the paper screen reads them so the editor numbers paragraphs after a numbered
// block as Word will.
import { useSyncExternalStore } from 'react';

let counts: ReadonlyMap<string, number> = new Map();
const listeners = new Set<() => void>();

export function reportBlockNumbers(blockId: string, count: number): void {
  if ((counts.get(blockId) ?? 0) === count) return;
  const next = new Map(counts);
  if (count > 0) next.set(blockId, count);
  else next.delete(blockId);
  counts = next;
  for (const l of listeners) l();
}

/** The counts of every block that takes numbers (a new map whenever one changes). */
export function useBlockNumbers(): ReadonlyMap<string, number> {
  return useSyncExternalStore(
    (l) => {
      listeners.add(l);
      return () => listeners.delete(l);
    },
    () => counts,
  );
}
