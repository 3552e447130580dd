// The review copy: the paper as the docx builder prints it, plus a draft marking on every page,
// optional line numbers, a note before the cover sheet saying what is asked of whom, and the custom
// document properties that let a returned file be recognised (read-returned.ts). The public export
// never passes these options.
import type { ReviewCopyOptions } from '../docx/document';
import { exportPaperDocx } from '../docx/export';
import type { PaperBundle } from '../papers/model';
import { formatMeetingDate } from '../text/dates';
import { ROLE_LABEL } from '../clearance/model';
import type { ReviewRequest, Reviewer } from './model';
import { REVIEW_PROPERTY } from './model';

export const REVIEW_MARKING = 'DRAFT FOR REVIEW — NOT FOR PUBLICATION';

const sectionList = (bundle: Pick<PaperBundle, 'sections'>, ids: readonly string[]): string => {
  const named = bundle.sections.flatMap((s, i) => (ids.includes(s.id) ? [`${i + 1}, ${s.title}`] : []));
  return named.length === 0 ? 'the whole paper' : `section${named.length > 1 ? 's' : ''} ${named.join('; ')}`;
};

/** What one reviewer is asked, in a sentence, unless the author wrote their own. */
export function askOf(bundle: Pick<PaperBundle, 'sections'>, r: Reviewer): string {
  if (r.ask.trim()) return r.ask.trim();
  return r.role === 'comments'
    ? `please comment on ${sectionList(bundle, r.sectionIds)}`
    : `please clear ${sectionList(bundle, r.sectionIds)} (${ROLE_LABEL[r.role]})`;
}

export function reviewCoverLines(bundle: Pick<PaperBundle, 'sections'>, request: Pick<ReviewRequest, 'sentAt' | 'dueDate' | 'reviewers' | 'note'>): string[] {
  const sent = formatMeetingDate(request.sentAt.slice(0, 10));
  return [
    `Review copy — a draft for comment, not for publication. Sent ${sent}${request.dueDate ? `; please reply by ${formatMeetingDate(request.dueDate)}` : ''}.`,
    ...request.reviewers.map((r) => `${r.name}: ${askOf(bundle, r)}.`),
    ...(request.note.trim() ? [request.note.trim()] : []),
    'Add comments and tracked changes in Word (Review › Track Changes) and send this file back; keep its name and its sections as they are.',
  ];
}

export function reviewCopyOptions(bundle: PaperBundle, request: ReviewRequest): ReviewCopyOptions {
  return {
    marking: REVIEW_MARKING,
    coverNote: reviewCoverLines(bundle, request),
    lineNumbers: request.lineNumbers,
    properties: [
      { name: REVIEW_PROPERTY.paperId, value: request.paperId },
      { name: REVIEW_PROPERTY.draftHash, value: request.draftHash },
      { name: REVIEW_PROPERTY.requestId, value: request.id },
    ],
  };
}

export function exportReviewCopy(bundle: PaperBundle, request: ReviewRequest): Promise<Uint8Array> {
  return exportPaperDocx(bundle, { review: reviewCopyOptions(bundle, request) });
}
