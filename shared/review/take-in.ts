// Taking in a returned file: is it this paper (the review copy's properties, or failing those, how
// much of its text is in the draft), is it from the current draft, and the records its comments and
// changes become. Pure: renderer/db/review-repo.ts stores what this returns.
import { createMeta, newId } from '../records/meta';
import type { DraftParagraph } from './draft-text';
import { matchAnchors } from './match';
import type { ReviewItem } from './model';
import type { ReturnedFile } from './read-returned';
import { must } from '../records/must';

/** Below this share of its paragraphs found in the draft, a file without our marks is not this paper. */
export const SAME_PAPER_SHARE = 0.3;

export interface TakeInContext {
  readonly paperId: string;
  readonly paperTitle: string;
  /** Titles of the other papers, by id, to say which paper a stray file belongs to. */
  readonly otherPaperTitle: (id: string) => string | null;
  readonly draft: readonly DraftParagraph[];
  readonly draftHash: string;
  /** Items already taken in for this paper (a file taken in twice adds nothing twice). */
  readonly existing: readonly ReviewItem[];
}

export type TakeInCheck = { readonly ok: true; readonly notes: readonly string[] } | { readonly ok: false; readonly error: string };

/** Whether the file is a review copy of this paper, and what the author should know about it. */
export function checkReturnedFile(file: ReturnedFile, ctx: TakeInContext): TakeInCheck {
  const notes: string[] = [];
  if (file.paperId !== null && file.paperId !== ctx.paperId) {
    const other = ctx.otherPaperTitle(file.paperId);
    return {
      ok: false,
      error: other
        ? `This is a review copy of another paper, “${other}”, not of “${ctx.paperTitle}”. Open that paper to take it in.`
        : `This is a review copy of a paper that is not on this computer, not of “${ctx.paperTitle}”.`,
    };
  }
  if (file.paperId === null) {
    const texts = file.paragraphs.filter((t) => t.trim().length >= 20);
    if (texts.length === 0) return { ok: false, error: `This file has no text to compare with “${ctx.paperTitle}”, so it cannot be this paper’s review copy.` };
    const matches = matchAnchors(
      texts.map((text, index) => ({ text, index })),
      ctx.draft,
    );
    const found = [...matches.values()].filter(Boolean).length;
    const share = found / texts.length;
    if (share < SAME_PAPER_SHARE)
      return {
        ok: false,
        error: `This file does not look like “${ctx.paperTitle}”: only ${Math.round(share * 100)}% of its paragraphs are in the draft. Check it is the review copy of this paper.`,
      };
    notes.push('The file does not carry this paper’s review mark (it may have been copied into a new document); it was recognised by its text.');
  } else if (file.draftHash !== null && file.draftHash !== ctx.draftHash) {
    notes.push('The draft has changed since this copy was sent: its comments and changes were matched to the paragraphs by their text.');
  }
  return { ok: true, notes: [...notes, ...file.notes] };
}

/**
 * For each paragraph of the file, where it falls in the draft's reading order: a paragraph whose
 * text is in the draft exactly once is placed there; the others fall just after the last placed one.
 * Stored as an item's paragraphIndex, it settles a tie between paragraphs of the same text (a "None"
 * under two headings, a "0" in a table) by place, once text alone cannot.
 */
export function draftOrderOf(fileParagraphs: readonly string[], draft: readonly DraftParagraph[]): number[] {
  const key = (s: string) => s.normalize('NFC').replace(/\s+/g, ' ').trim();
  const count = new Map<string, number>();
  const orderOf = new Map<string, number>();
  for (const p of draft) {
    const k = key(p.text);
    count.set(k, (count.get(k) ?? 0) + 1);
    orderOf.set(k, p.order);
  }
  let last = -1;
  return fileParagraphs.map((t) => {
    const k = key(t);
    if (k && count.get(k) === 1) last = must(orderOf.get(k), 'orderOf.get(k)');
    else if (k) last += 1;
    return Math.max(0, last);
  });
}

const signature = (i: Pick<ReviewItem, 'kind' | 'author' | 'date' | 'text' | 'paragraphText' | 'offset'>) =>
  JSON.stringify([i.kind, i.author, i.date, i.text, i.paragraphText, i.offset]);

/** The file's items as records (replies linked to their comments); items already taken in are left out and counted. */
export function returnedItemRecords(
  file: ReturnedFile,
  ctx: Pick<TakeInContext, 'paperId' | 'existing' | 'draft'>,
  meta: { fileName: string; by: string; at: string },
): { items: ReviewItem[]; duplicates: number; returnId: string } {
  const returnId = newId();
  const order = draftOrderOf(file.paragraphs, ctx.draft);
  const seen = new Set(ctx.existing.filter((i) => i.deletedAt === null).map(signature));
  const ids = new Map(file.items.map((i) => [i.key, newId()]));
  let duplicates = 0;
  const items: ReviewItem[] = [];
  file.items.forEach((i, n) => {
    if (seen.has(signature(i))) {
      duplicates++;
      return;
    }
    items.push({
      ...createMeta(meta.by, meta.at, ids.get(i.key)),
      paperId: ctx.paperId,
      returnId,
      fileName: meta.fileName.slice(0, 500),
      requestId: file.requestId && file.requestId.length <= 100 ? file.requestId : null,
      position: n + 1,
      kind: i.kind,
      author: i.author || 'Unknown reviewer',
      date: i.date,
      text: i.text,
      quote: i.quote,
      paragraphText: i.paragraphText,
      offset: i.offset,
      paragraphIndex: order[i.paragraphIndex] ?? 0,
      parentId: i.parentKey ? (ids.get(i.parentKey) ?? null) : null,
      status: i.done ? 'resolved' : 'open',
      replies: [],
      ...(i.followingText !== undefined ? { followingText: i.followingText } : {}),
      ...(i.formatting ? { formatting: i.formatting } : {}),
      ...(i.inFootnote ? { inFootnote: true } : {}),
    });
  });
  // A reply whose comment was already taken in before points at nothing new: keep it, unlinked.
  const present = new Set(items.map((i) => i.id));
  return { items: items.map((i) => (i.parentId && !present.has(i.parentId) ? { ...i, parentId: null } : i)), duplicates, returnId };
}
