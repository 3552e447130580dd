// Where a transaction changed its document, in the new document's positions: what a decoration
// plugin needs to look at again, so a keystroke costs what it changed rather than the whole section.
import type { Transaction } from '@tiptap/pm/state';

export function changedRanges(tr: Transaction): { from: number; to: number }[] {
  const maps = tr.mapping.maps;
  const out: { from: number; to: number }[] = [];
  maps.forEach((map, i) => {
    map.forEach((_oldStart, _oldEnd, newStart, newEnd) => {
      let from = newStart;
      let to = newEnd;
      // Carried through the steps after this one (their own changes are added in their turn).
      for (const later of maps.slice(i + 1)) {
        from = later.map(from, -1);
        to = later.map(to, 1);
      }
      out.push({ from: Math.min(from, to), to: Math.max(from, to) });
    });
  });
  return out;
}
