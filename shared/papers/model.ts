import type { RecordMeta } from '../records/meta';
import type { RichDoc } from '../richtext/model';
import type { BlockContent } from '../blocks/content';

/** A committee or panel papers go to; a reusable list so names are spelt the same every time. */
export interface Committee extends RecordMeta {
  readonly name: string;
  /** Its meeting dates (ISO), so the next paper's meeting date can be filled in; optional (absent: none known). */
  readonly meetingDates?: readonly string[];
  /** The most pages a paper to it should run to, appendices not counted; absent when it sets none. */
  readonly pageLimit?: number | undefined;
}

export type PaperPurpose = 'consideration' | 'decision' | 'information';
export type Publicity = 'public' | 'non-public';
/**
 * 'draft' while being written; 'issued' once the author has issued it: the paper then shows its
 * latest issued version (shared/issued), which never changes, until the author starts a revision.
 */
export type PaperStatus = 'draft' | 'issued';
/** Footnote marks: a, b, c (as the reference papers do) or 1, 2, 3. */
export type FootnoteStyle = 'letter' | 'number';

/** Every field of the cover-sheet table at the top of a committee paper. */
export interface CoverSheet {
  readonly purpose: PaperPurpose;
  readonly publicity: Publicity;
  /** Required for a Non Public paper: why it is exempt from publication. */
  readonly exemptionReason: string;
  readonly committeeId: string | null;
  /** ISO date (YYYY-MM-DD), or '' while unknown. */
  readonly meetingDate: string;
  readonly reportOf: string;
  readonly author: string;
  readonly email: string;
  readonly otherContacts: string;
  readonly agendaItem: string;
}

/** A person named in the closing "For any enquiries about this report please contact" block. */
export interface Contact {
  readonly id: string;
  readonly name: string;
  readonly role: string;
  readonly email: string;
  readonly phone: string;
}

export interface Paper extends RecordMeta {
  readonly title: string;
  readonly cover: CoverSheet;
  readonly status: PaperStatus;
  readonly footnoteStyle: FootnoteStyle;
  readonly contacts: readonly Contact[];
  /** What the author must refresh in a paper started from last quarter's (shared/issued/next-paper.ts); optional. */
  readonly refreshChecklist?: readonly ChecklistItem[];
}

/** One thing to check in a paper rolled forward: where it is, what to do, and whether it is done. */
export interface ChecklistItem {
  readonly id: string;
  readonly text: string;
  /** A section, appendix or block id to jump to, or '' for the paper as a whole. */
  readonly targetId: string;
  readonly done: boolean;
}

/**
 * What a section's body is. 'text' is written by the author; 'appendices' also lists the paper's
 * appendices (A, B …) after any text the author adds, so the list never drifts from the appendices.
 */
export type SectionKind = 'text' | 'appendices';

export interface Section extends RecordMeta {
  readonly paperId: string;
  readonly position: number;
  readonly title: string;
  readonly kind: SectionKind;
  readonly body: RichDoc;
  /** Written afresh for every paper (the next paper's checklist names it); optional. */
  readonly rewriteEachTime?: boolean;
  /** Required by the committee's template (removing it asks first); optional. */
  readonly required?: boolean;
}

/** An appendix printed after the paper on its own page, lettered A, B … by position. */
export interface Appendix extends RecordMeta {
  readonly paperId: string;
  readonly position: number;
  readonly title: string;
  readonly body: RichDoc;
}

/** Everything needed to show or export one paper: what the docx builder takes. */
export interface PaperBundle {
  readonly paper: Paper;
  readonly committee: Committee | null;
  /** Live sections in order. */
  readonly sections: readonly Section[];
  /** Live appendices in order. */
  readonly appendices: readonly Appendix[];
  /** What each data block placed in the paper prints, by block id (frozen in an issued version). */
  readonly blocks: Readonly<Record<string, BlockContent>>;
  /** Printed when the author re-issues a revised paper: "Revised" and the note under the title; optional. */
  readonly revision?: { readonly number: number; readonly note: string } | null;
}

export const PURPOSE_LABEL: Record<PaperPurpose, string> = {
  consideration: 'For Consideration',
  decision: 'For Decision',
  information: 'For Information',
};

export const PUBLICITY_LABEL: Record<Publicity, string> = {
  public: 'Public',
  'non-public': 'Non Public',
};
