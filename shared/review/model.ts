// Review drafts out and back (issue 15): a review request records who was sent a review copy and
// what they were asked; review items are the comments and tracked changes taken in from the Word
// files reviewers return. Items are matched to the current draft by their paragraph's text (see
// match.ts), never stored as a position, so they follow the text while the author keeps writing.
import type { RecordMeta } from '../records/meta';
import type { ClearanceRole } from '../clearance/model';

/** One person a review copy goes to, what they are asked, and about which sections. */
export interface Reviewer {
  readonly personId: string | null;
  readonly name: string;
  /** The clearance they are asked for, or 'comments' for a general read. */
  readonly role: ClearanceRole | 'comments';
  readonly sectionIds: readonly string[];
  /** "Please clear the Financial Implications (section 5)". */
  readonly ask: string;
}

export interface ReviewRequest extends RecordMeta {
  readonly paperId: string;
  readonly sentAt: string;
  /** 'YYYY-MM-DD' or ''. */
  readonly dueDate: string;
  /** SHA-256 of the draft's text as sent (draftTextHash), also written into the review copy. */
  readonly draftHash: string;
  readonly lineNumbers: boolean;
  readonly reviewers: readonly Reviewer[];
  readonly note: string;
}

export type ReviewItemKind = 'comment' | 'insertion' | 'deletion' | 'moveFrom' | 'moveTo';
export type ReviewItemStatus = 'open' | 'accepted' | 'rejected' | 'resolved';

export interface ReviewReply {
  readonly by: string;
  readonly at: string;
  readonly text: string;
}

/** A comment or tracked change from a returned file. */
export interface ReviewItem extends RecordMeta {
  readonly paperId: string;
  /** Every item taken in from one file shares its returnId. */
  readonly returnId: string;
  readonly fileName: string;
  /** The review request the file answers (from its document properties), or null. */
  readonly requestId: string | null;
  /** Order in the returned file. */
  readonly position: number;
  readonly kind: ReviewItemKind;
  readonly author: string;
  /** As Word wrote it (ISO), or ''. */
  readonly date: string;
  /** The comment's text, or the inserted / deleted / moved text. */
  readonly text: string;
  /** A comment's commented text ('' when it marks a point). */
  readonly quote: string;
  /** The text of the paragraph it is in, as the reviewer had it (deletions in, insertions out): its anchor. */
  readonly paragraphText: string;
  /** Where in paragraphText it starts. */
  readonly offset: number;
  /** The paragraph's place in the returned file (a tie-breaker only). */
  readonly paragraphIndex: number;
  /** A reply in Word: the comment it answers. */
  readonly parentId: string | null;
  readonly status: ReviewItemStatus;
  /** The author's replies in the app. */
  readonly replies: readonly ReviewReply[];
}

export const REVIEW_LIMITS = {
  /** Comments and tracked changes one returned file may hold. */
  itemsPerFile: 5000,
  commentChars: 20_000,
  paragraphChars: 20_000,
} as const;

/** The custom document properties a review copy carries, so a returned file is recognised. */
export const REVIEW_PROPERTY = { paperId: 'PanelwrightPaperId', draftHash: 'PanelwrightDraftHash', requestId: 'PanelwrightReviewRequest' } as const;

export const KIND_LABEL: Readonly<Record<ReviewItemKind, string>> = { comment: 'Comment', insertion: 'Inserted', deletion: 'Deleted', moveFrom: 'Moved away', moveTo: 'Moved here' };
