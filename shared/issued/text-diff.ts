// Text differences a reader can follow: which paragraphs were inserted, deleted or rewritten, and in
// a rewritten one which words (the diff library's word diff, kept rather than our own).
import { diffArrays, diffWords } from 'diff';
import type { TextUnit } from './text-units';
import { must } from '../records/must';

export interface TextPiece {
  readonly kind: 'same' | 'inserted' | 'deleted';
  readonly text: string;
}

export interface ParagraphChange {
  readonly kind: 'inserted' | 'deleted' | 'changed';
  /** Where it is in the newer state ("4.2"), or in the older one for a deletion. */
  readonly label: string;
  readonly pieces: readonly TextPiece[];
}

/** Word-level pieces between two texts. */
export function wordPieces(before: string, after: string): TextPiece[] {
  return diffWords(before, after).map((c) => ({ kind: c.added ? 'inserted' : c.removed ? 'deleted' : 'same', text: c.value }));
}

/** Paragraph-level changes between two lists of units: unchanged ones left out, neighbouring delete + insert paired as a rewrite. */
export function compareUnits(before: readonly TextUnit[], after: readonly TextUnit[]): ParagraphChange[] {
  const out: ParagraphChange[] = [];
  const parts = diffArrays(
    before.map((u) => u.text),
    after.map((u) => u.text),
  );
  let bi = 0;
  let ai = 0;
  for (let k = 0; k < parts.length; k++) {
    const p = must(parts[k], 'parts[k]');
    const n = p.count;
    if (!p.added && !p.removed) {
      bi += n;
      ai += n;
      continue;
    }
    const next = parts[k + 1];
    if (p.removed && next?.added) {
      const m = next.count;
      const paired = Math.min(n, m);
      for (let i = 0; i < paired; i++)
        out.push({
          kind: 'changed',
          label: must(after[ai + i], 'after[ai + i]').label,
          pieces: wordPieces(must(before[bi + i], 'before[bi + i]').text, must(after[ai + i], 'after[ai + i]').text),
        });
      for (let i = paired; i < n; i++)
        out.push({
          kind: 'deleted',
          label: must(before[bi + i], 'before[bi + i]').label,
          pieces: [{ kind: 'deleted', text: must(before[bi + i], 'before[bi + i]').text }],
        });
      for (let i = paired; i < m; i++)
        out.push({
          kind: 'inserted',
          label: must(after[ai + i], 'after[ai + i]').label,
          pieces: [{ kind: 'inserted', text: must(after[ai + i], 'after[ai + i]').text }],
        });
      bi += n;
      ai += m;
      k++;
    } else if (p.removed) {
      for (let i = 0; i < n; i++)
        out.push({
          kind: 'deleted',
          label: must(before[bi + i], 'before[bi + i]').label,
          pieces: [{ kind: 'deleted', text: must(before[bi + i], 'before[bi + i]').text }],
        });
      bi += n;
    } else {
      for (let i = 0; i < n; i++)
        out.push({
          kind: 'inserted',
          label: must(after[ai + i], 'after[ai + i]').label,
          pieces: [{ kind: 'inserted', text: must(after[ai + i], 'after[ai + i]').text }],
        });
      ai += n;
    }
  }
  return out;
}
