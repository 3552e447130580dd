// Sending a draft for review, taking in the files reviewers return, and acting on their comments
// and tracked changes (issue 15). Everything that is not a Dexie call (building the review copy,
// reading the returned .docx, hashing) happens before the transaction; the transaction then checks
// nothing changed meanwhile. Accepting and rejecting a change: review-decisions.ts.
import { bundlePaper } from '../../shared/papers/bundle';
import type { PaperBundle } from '../../shared/papers/model';
import { createMeta, isLive, touch } from '../../shared/records/meta';
import { isChange } from '../../shared/review/apply';
import { draftFootnotes, draftParagraphs, draftParts, draftTextHash } from '../../shared/review/draft-text';
import { matchItems } from '../../shared/review/match';
import type { ReviewItem, ReviewRequest, Reviewer } from '../../shared/review/model';
import { REVIEW_LIMITS } from '../../shared/review/model';
import { readReturnedFile } from '../../shared/review/read-returned';
import { exportReviewCopy } from '../../shared/review/review-copy';
import { checkReturnedFile, returnedItemRecords } from '../../shared/review/take-in';
import { userAction } from './action';
import { ReviewRefusedError } from './review-decisions';
import { snapshot } from './backup-repo';
import type { PanelwrightDb } from './database';
import { markAskedIn } from './clearance-repo';
import { editablePaper } from './paper-guard';
import { valid } from './validate';

export { acceptReviewChange, rejectReviewChange, ReviewRefusedError } from './review-decisions';
export type { ReviewDecision } from './review-decisions';

async function liveBundle(db: PanelwrightDb, paperId: string): Promise<PaperBundle> {
  const bundle = bundlePaper(await snapshot(db), paperId);
  // An issued paper is refused by the edit guard inside each write (PaperIssuedError says to revise it).
  if (!bundle) throw new ReviewRefusedError('That paper no longer exists.');
  return bundle;
}

export interface ReviewRequestInput {
  readonly reviewers: readonly Reviewer[];
  readonly dueDate: string;
  readonly lineNumbers: boolean;
  readonly note: string;
}

/**
 * Records the request, marks the clearances it asks for as asked, and returns the review copy to
 * save. The file is built first: a paper that cannot be exported records nothing.
 */
export async function sendForReview(db: PanelwrightDb, paperId: string, input: ReviewRequestInput): Promise<{ request: ReviewRequest; bytes: Uint8Array }> {
  if (input.reviewers.length === 0) throw new ReviewRefusedError('Add at least one reviewer.');
  if (input.reviewers.some((r) => !r.name.trim())) throw new ReviewRefusedError('Every reviewer needs a name.');
  const bundle = await liveBundle(db, paperId);
  const draftHash = await draftTextHash(bundle);
  const draft = await userAction(db, [], async ({ by, at }) =>
    valid('reviewRequests', {
      ...createMeta(by, at),
      paperId,
      sentAt: at,
      dueDate: input.dueDate,
      draftHash,
      lineNumbers: input.lineNumbers,
      reviewers: input.reviewers.map((r) => ({ ...r, name: r.name.trim(), ask: r.ask.trim() })),
      note: input.note.trim(),
    }),
  );
  const bytes = await exportReviewCopy(bundle, draft);
  const request = await userAction(db, [db.papers, db.clearances, db.reviewRequests], async ({ by }) => {
    await editablePaper(db, paperId);
    await db.reviewRequests.add(draft);
    // Each reviewer asked for a clearance they are named for (or of a section they were sent) is now "asked".
    const clearances = (await db.clearances.where('paperId').equals(paperId).toArray()).filter(isLive);
    const asked = clearances.filter((c) => draft.reviewers.some((r) => r.role === c.role && (r.sectionIds.length === 0 || r.sectionIds.includes(c.sectionId))));
    await markAskedIn(
      db,
      asked.map((c) => c.id),
      draft.sentAt,
      by,
    );
    return draft;
  });
  return { request, bytes };
}

export async function listReviewRequests(db: PanelwrightDb, paperId: string): Promise<ReviewRequest[]> {
  return (await db.reviewRequests.where('paperId').equals(paperId).toArray()).filter(isLive).sort((a, b) => a.sentAt.localeCompare(b.sentAt));
}

export async function listReviewItems(db: PanelwrightDb, paperId: string): Promise<ReviewItem[]> {
  return (await db.reviewItems.where('paperId').equals(paperId).toArray())
    .filter(isLive)
    .sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.position - b.position);
}

export interface TakeInResult {
  readonly added: number;
  readonly duplicates: number;
  readonly unmatched: number;
  readonly reviewers: readonly string[];
  readonly notes: readonly string[];
}

/** Reads a returned review copy and stores its comments and changes; refuses (storing nothing) a file that is not this paper's. */
export async function takeInReturnedFile(db: PanelwrightDb, paperId: string, fileName: string, bytes: Uint8Array): Promise<TakeInResult> {
  const read = await readReturnedFile(bytes);
  if (!read.ok) throw new ReviewRefusedError(read.error);
  const data = await snapshot(db);
  const bundle = await liveBundle(db, paperId);
  const draft = draftParagraphs(draftParts(bundle));
  const existing = data.reviewItems.filter((i) => i.paperId === paperId);
  const ctx = {
    paperId,
    paperTitle: bundle.paper.title || 'Untitled paper',
    otherPaperTitle: (id: string) => data.papers.find((p) => p.id === id && isLive(p))?.title ?? null,
    draft,
    draftHash: await draftTextHash(bundle),
    existing,
  };
  const check = checkReturnedFile(read.file, ctx);
  if (!check.ok) throw new ReviewRefusedError(check.error);
  if (existing.length + read.file.items.length > REVIEW_LIMITS.itemsPerFile * 4)
    throw new ReviewRefusedError('This paper already holds as many review comments and changes as it can: resolve or remove some first.');
  return userAction(db, [db.papers, db.reviewItems], async ({ by, at }) => {
    await editablePaper(db, paperId);
    const { items, duplicates } = returnedItemRecords(read.file, ctx, { fileName, by, at });
    await db.reviewItems.bulkAdd(items.map((i) => valid('reviewItems', i)));
    const matched = matchItems(items, draft, draftFootnotes(draftParts(bundle)));
    return {
      added: items.length,
      duplicates,
      unmatched: items.filter((i) => !matched.get(i.id)).length,
      reviewers: [...new Set(items.map((i) => i.author))],
      notes: check.notes,
    };
  });
}

/** Sets an item's state: a change rejected (the draft stays as it is), a comment resolved or reopened. */
export function setReviewItemStatus(db: PanelwrightDb, itemId: string, status: 'open' | 'rejected' | 'resolved'): Promise<void> {
  return userAction(db, [db.papers, db.reviewItems], async ({ by, at }) => {
    const i = await db.reviewItems.get(itemId);
    if (!i || !isLive(i)) return;
    await editablePaper(db, i.paperId);
    if (status === 'rejected' && !isChange(i)) throw new ReviewRefusedError('A comment cannot be rejected: resolve it instead.');
    await db.reviewItems.put(valid('reviewItems', touch(i, { status }, by, at)));
  });
}

export function replyToComment(db: PanelwrightDb, itemId: string, text: string): Promise<void> {
  const t = text.trim();
  if (!t) return Promise.reject(new ReviewRefusedError('Write a reply first.'));
  if (t.length > REVIEW_LIMITS.commentChars)
    return Promise.reject(new ReviewRefusedError(`A reply can hold up to ${REVIEW_LIMITS.commentChars.toLocaleString('en-GB')} characters.`));
  return userAction(db, [db.papers, db.reviewItems], async ({ by, at }) => {
    const i = await db.reviewItems.get(itemId);
    if (!i || !isLive(i)) return;
    await editablePaper(db, i.paperId);
    await db.reviewItems.put(valid('reviewItems', touch(i, { replies: [...i.replies, { by, at, text: t }] }, by, at)));
  });
}
