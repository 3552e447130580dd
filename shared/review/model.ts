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

export type ReviewItemKind =
  | 'comment'
  | 'insertion'
  | 'deletion'
  | 'moveFrom'
  | 'moveTo'
  /** A whole paragraph inserted (its runs and a paragraph mark): `text` is its text, `paragraphText` the paragraph before it. */
  | 'paragraphInserted'
  /** A whole paragraph deleted (its runs and a paragraph mark): `text` and `paragraphText` are its text. */
  | 'paragraphDeleted'
  /** A deleted paragraph mark: this paragraph (`paragraphText`) and the next (`text`) become one. */
  | 'paragraphsJoined'
  /** Formatting only (w:rPrChange, w:pPrChange): `text` is the text whose look changed; `formatting` says how. */
  | 'formatting';

/** The formatting our papers hold, which a formatting change can add or take away. */
export type FormatMark = 'bold' | 'italic' | 'underline';

export interface FormattingChange {
  readonly added: readonly FormatMark[];
  readonly removed: readonly FormatMark[];
  /** Other formatting Word changed that our papers do not hold ("font size", "paragraph formatting"). */
  readonly other: readonly string[];
}
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
  /** A paragraph inserted: the text of the paragraph after it as the reviewer had it (its place when the one before is not found). */
  readonly followingText?: string;
  /** A formatting change: what changed. */
  readonly formatting?: FormattingChange;
  /** A comment in a footnote: matched to the footnotes' text, not the body's. */
  readonly inFootnote?: boolean;
}

export const REVIEW_LIMITS = {
  /** Comments and tracked changes one returned file may hold. */
  itemsPerFile: 5000,
  commentChars: 20_000,
  paragraphChars: 20_000,
} as const;

/** The custom document properties a review copy carries, so a returned file is recognised. */
export const REVIEW_PROPERTY = { paperId: 'PanelwrightPaperId', draftHash: 'PanelwrightDraftHash', requestId: 'PanelwrightReviewRequest' } as const;

export const KIND_LABEL: Readonly<Record<ReviewItemKind, string>> = {
  comment: 'Comment',
  insertion: 'Inserted',
  deletion: 'Deleted',
  moveFrom: 'Moved away',
  moveTo: 'Moved here',
  paragraphInserted: 'Paragraph inserted',
  paragraphDeleted: 'Paragraph deleted',
  paragraphsJoined: 'Paragraphs joined',
  formatting: 'Formatting',
};

export const FORMAT_LABEL: Readonly<Record<FormatMark, string>> = { bold: 'Bold', italic: 'Italic', underline: 'Underline' };

/** "Bold added, italic removed; font size changed". */
export function describeFormatting(f: FormattingChange): string {
  const parts = [
    ...f.added.map((m) => `${FORMAT_LABEL[m]} added`),
    ...f.removed.map((m) => `${FORMAT_LABEL[m]} removed`),
    ...f.other.map((o) => `${o} changed`),
  ];
  const s = parts.join(', ').toLowerCase();
  return s ? s.charAt(0).toUpperCase() + s.slice(1) : 'Formatting changed';
}

/** How an item is named to the author: "Comment", "Paragraph inserted", "Bold added". */
export function itemLabel(item: Pick<ReviewItem, 'kind' | 'formatting'>): string {
  return item.kind === 'formatting' && item.formatting ? describeFormatting(item.formatting) : KIND_LABEL[item.kind];
}
