// Issued versions: the record of exactly what went to a panel. A paper is issued as version 1, 2 …;
// each version holds the whole paper as printed (cover, sections, appendices, contacts, and every
// data block's content frozen) and the .docx file it produced with its SHA-256. Versions are only ever
// added, never changed: the data layer refuses any other write, and a restore refuses to replace one.
import type { RecordMeta } from '../records/meta';
import type { FootnoteStyle, Contact, CoverSheet, PaperBundle, SectionKind } from '../papers/model';
import type { RichDoc } from '../richtext/model';
import type { ClearanceRequirement, IssuedClearances } from '../clearance/model';

/** The Word file an issue produced, kept so the same bytes can be given out again years later. */
export interface IssuedDocx {
  /** Lower-case hex SHA-256 of the file's bytes. */
  readonly sha256: string;
  /** The file, base64. */
  readonly base64: string;
  /** The app version that built it (a later app may lay pages out differently). */
  readonly appVersion: string;
}

export interface IssuedVersion extends RecordMeta {
  readonly paperId: string;
  /** 1 for the first issue, then 2, 3 … for each re-issue after a revision. */
  readonly number: number;
  /** When it was issued (also its createdAt) and by whom. */
  readonly issuedAt: string;
  readonly issuedBy: string;
  /** The author's note, e.g. "Issued to Police and Crime Panel, 8 Dec". */
  readonly note: string;
  /** The paper as printed, blocks frozen; `bundle.revision` says whether it printed "Revised". */
  readonly bundle: PaperBundle;
  /** null only for papers marked Final before issued versions existed (no file was kept then). */
  readonly docx: IssuedDocx | null;
  /** The clearances it went out with and any reason for issuing without one (issue 15); optional, never printed. */
  readonly clearances?: IssuedClearances;
}

/** A section of a template: its title, boilerplate text, and what the committee asks of it. */
export interface TemplateSection {
  readonly id: string;
  readonly title: string;
  readonly kind: SectionKind;
  readonly body: RichDoc;
  readonly rewriteEachTime: boolean;
  readonly required: boolean;
  /** Clearances each paper from the template needs for this section (issue 15); optional. */
  readonly clearances?: readonly ClearanceRequirement[];
}

/** A committee's usual paper: "New paper" offers it, and the paper starts from its sections and text. */
export interface PaperTemplate extends RecordMeta {
  readonly name: string;
  /** The committee it is for, or null for any. */
  readonly committeeId: string | null;
  readonly footnoteStyle: FootnoteStyle;
  readonly cover: Pick<CoverSheet, 'purpose' | 'publicity' | 'exemptionReason' | 'reportOf' | 'author' | 'email' | 'otherContacts'>;
  readonly sections: readonly TemplateSection[];
  readonly contacts: readonly Contact[];
}
