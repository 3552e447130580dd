// Whole paragraphs inserted or deleted, and paragraphs joined, read from Word's tracked paragraph
// marks. Word counts a paragraph mark as a character: a new paragraph typed after P is P's mark
// inserted plus the new runs (Enter at the end of P, then typing), or the new runs plus their own
// mark inserted (typing, then Enter, at the start of the next paragraph). Either way a paragraph
// whose text is all inserted and which owns an inserted mark (its own, or the one before it) is a
// paragraph inserted; the same with deletions is a paragraph deleted. A deleted mark left over
// joins its paragraph to the next. Inserted marks left over (a paragraph split) stay as they are:
// their text changes are still listed.
import type { BodyChange, BodyParagraph, MarkRevision } from './read-body';

export interface ParagraphRevision extends BodyChange {
  /** The paragraph it is anchored to: for an insertion the one before it, else its own. */
  readonly anchorText: string;
  /** The paragraph after it: an insertion's place when the one before is not in the draft; where a deleted paragraph was once it has gone. */
  readonly followingText?: string;
}

const wholeInserted = (p: BodyParagraph | undefined) => !!p && !p.text.trim() && !!p.accepted.trim();
const wholeDeleted = (p: BodyParagraph | undefined) => !!p && !p.accepted.trim() && !!p.text.trim();

/** The text a neighbour is known by in the draft: an inserted paragraph's new text, any other's text as sent. */
const knownAs = (p: BodyParagraph) => (wholeInserted(p) ? p.accepted : p.text);

function neighbour(paragraphs: readonly BodyParagraph[], from: number, step: 1 | -1): string {
  for (let j = from + step; j >= 0 && j < paragraphs.length; j += step) {
    const p = paragraphs[j];
    if (p && knownAs(p).trim()) return knownAs(p);
  }
  return '';
}

/**
 * The whole-paragraph revisions of a body, and the paragraphs they stand for (their own text
 * changes are not listed again).
 */
export function paragraphRevisions(
  paragraphs: readonly BodyParagraph[],
  changes: readonly BodyChange[],
): { revisions: ParagraphRevision[]; replaced: Set<number> } {
  const consumed = new Set<number>();
  const replaced = new Set<number>();
  const revisions: ParagraphRevision[] = [];
  const firstChange = (i: number, kind: BodyChange['kind']) => changes.find((c) => c.paragraph === i && c.kind === kind);
  const ownerOf = (i: number, kind: MarkRevision['kind']): MarkRevision | null => {
    const prev = paragraphs[i - 1];
    if (prev?.mark?.kind === kind && !consumed.has(i - 1)) {
      consumed.add(i - 1);
      return prev.mark;
    }
    const own = paragraphs[i]?.mark;
    if (own?.kind === kind && !consumed.has(i)) {
      consumed.add(i);
      return own;
    }
    return null;
  };
  paragraphs.forEach((p, i) => {
    if (wholeInserted(p)) {
      const mark = ownerOf(i, 'ins');
      if (!mark) return;
      const by = firstChange(i, 'insertion') ?? mark;
      replaced.add(i);
      revisions.push({
        kind: 'paragraphInserted',
        author: by.author,
        date: by.date,
        text: p.accepted,
        offset: 0,
        paragraph: i,
        anchorText: neighbour(paragraphs, i, -1),
        followingText: neighbour(paragraphs, i, 1),
      });
    } else if (wholeDeleted(p)) {
      const mark = ownerOf(i, 'del');
      if (!mark) return;
      const by = firstChange(i, 'deletion') ?? mark;
      replaced.add(i);
      revisions.push({
        kind: 'paragraphDeleted',
        author: by.author,
        date: by.date,
        text: p.text,
        offset: 0,
        paragraph: i,
        anchorText: p.text,
        // Once the deletion is accepted its paragraph is gone: the item stays beside the paragraph that followed it.
        followingText: neighbour(paragraphs, i, 1),
      });
    }
  });
  paragraphs.forEach((p, i) => {
    const next = paragraphs[i + 1];
    if (p.mark?.kind !== 'del' || consumed.has(i) || !next || !p.text.trim() || !next.text.trim()) return;
    revisions.push({
      kind: 'paragraphsJoined',
      author: p.mark.author,
      date: p.mark.date,
      text: next.text,
      offset: p.text.length,
      paragraph: i,
      anchorText: p.text,
    });
  });
  return { revisions, replaced };
}
