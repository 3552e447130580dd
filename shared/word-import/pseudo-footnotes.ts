// Footnotes typed by hand: a superscript mark in the text ("…to September 2017.ᵃ") and, further on,
// a paragraph starting with the same superscript mark and the note's text ("ᵃ http://…"), as papers
// pasted together from PDFs and older documents have them. Where the note's text is found, the mark
// becomes a real footnote and the note paragraph goes; otherwise the mark stays as text and the
// report says so. Ordinals (8ᵗʰ) are not marks.
import type { Item, ParaItem, PendingNote } from './body';
import { noteContentOf } from './inline';
import type { Piece } from './runs';
import { must } from '../records/must';

const MARK = /^\s*([a-z]{1,3}|\d{1,3})\s*$/;
const ORDINAL = /^(st|nd|rd|th)$/i;

interface Candidate {
  readonly index: number;
  readonly mark: string;
  readonly content: Piece[];
  used: boolean;
}

/** A paragraph that starts with a superscript mark followed by text: the note of that mark. */
function noteParagraph(item: ParaItem, index: number): Candidate | null {
  const first = item.pieces.findIndex((p) => p.t !== 'text' || p.text.trim() !== '');
  const head = item.pieces[first];
  if (!head || head.t !== 'text' || !head.sup) return null;
  const m = MARK.exec(head.text);
  if (!m) return null;
  const rest = item.pieces.slice(first + 1);
  if (!rest.some((p) => p.t === 'text' && p.text.trim() !== '')) return null;
  return { index, mark: must(m[1], 'm[1]'), content: rest, used: false };
}

function isOrdinal(prev: Piece | undefined, text: string): boolean {
  return ORDINAL.test(text.trim()) && prev?.t === 'text' && /\d$/.test(prev.text);
}

/**
 * Replaces findable superscript marks with footnotes and removes their note paragraphs. Returns the
 * items left, and whether any were found (so the paper's footnote style can follow the marks).
 */
export function resolvePseudoFootnotes(items: Item[]): { items: Item[]; found: number; letters: boolean } {
  const candidates: Candidate[] = [];
  items.forEach((it, i) => {
    if (it.kind === 'para') {
      const c = noteParagraph(it, i);
      if (c) candidates.push(c);
    }
  });
  if (!candidates.length) return { items, found: 0, letters: false };
  const byMark = new Map<string, Candidate[]>();
  for (const c of candidates) byMark.set(c.mark, [...(byMark.get(c.mark) ?? []), c]);
  const noteIndexes = new Set(candidates.map((c) => c.index));
  let found = 0;
  let letters = false;

  const take = (mark: string, after: number): Candidate | null => byMark.get(mark)?.find((c) => !c.used && c.index > after) ?? null;

  const resolveIn = (item: ParaItem, at: number) => {
    const out: Piece[] = [];
    item.pieces.forEach((p, k) => {
      if (p.t !== 'text' || !p.sup || isOrdinal(item.pieces[k - 1], p.text)) return void out.push(p);
      const m = MARK.exec(p.text);
      if (!m) return void out.push(p);
      const mark = must(m[1], 'm[1]');
      // "bc" is two lettered notes, b and c, when each has its text
      const marks = /^[a-z]+$/.test(mark) && mark.length > 1 && !byMark.has(mark) ? Array.from(mark) : [mark];
      const hits = marks.map((x) => take(x, at));
      if (hits.every((h) => h)) {
        for (const h of hits as Candidate[]) {
          h.used = true;
          out.push({ t: 'inlineNote', content: noteContentOf(h.content) });
          found++;
          if (/^[a-z]/.test(h.mark)) letters = true;
        }
        return;
      }
      item.notes.push({
        kind: 'footnote',
        what: `the superscript “${p.text.trim()}” looks like a footnote mark but no note text for it was found, so it was kept as plain text`,
      } satisfies PendingNote);
      out.push({ ...p, sup: false });
    });
    item.pieces = out;
  };

  items.forEach((it, i) => {
    if (noteIndexes.has(i)) return;
    if (it.kind === 'para') resolveIn(it, i);
    else for (const row of it.rows) for (const cell of row.cells) for (const p of cell.paragraphs) resolveIn(p, i);
  });
  const used = new Set(candidates.filter((c) => c.used).map((c) => c.index));
  return { items: items.filter((_, i) => !used.has(i)), found, letters };
}
