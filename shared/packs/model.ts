// An update pack: what one lead officer is asked for in one reporting period, independent of the file
// it travels in (.xlsx for Excel and LibreOffice, or a Panelwright pack file). Made by make.ts from a
// plan's records; written by xlsx-write.ts / pwpack.ts; read back as a PackReturn.
import type { DeliverableUpdate, StatusKey } from '../plans/model';

export const PACK_FORMAT = 'panelwright-update-pack';
export const PACK_VERSION = 1;

export interface PackRow {
  readonly deliverableId: string;
  readonly ref: string;
  /** "6: Prevention, early intervention …". */
  readonly theme: string;
  readonly activity: string;
  /** Last period's status and text, printed read-only beside the update. */
  readonly previous: { readonly periodLabel: string; readonly statusId: string | null; readonly text: string } | null;
  /** This period's update as it stood when the pack was made (null: none yet). */
  readonly base: DeliverableUpdate | null;
  /** The id this period's update has or will have: the base's, or a new one fixed when the pack is made. */
  readonly updateId: string;
}

export interface UpdatePack {
  readonly packId: string;
  readonly madeAt: string;
  readonly madeBy: string;
  readonly plan: { readonly id: string; readonly name: string; readonly statusKey: StatusKey };
  readonly period: { readonly id: string; readonly label: string };
  /** The lead officer it is for (null: deliverables nobody leads yet). */
  readonly officer: { readonly personId: string; readonly name: string; readonly email: string } | null;
  readonly rows: readonly PackRow[];
}

/** One row of a returned pack, as read from the file (before any merge). */
export interface ReturnRow {
  /** The spreadsheet's own row number (1-based), or the row's place in a pack file. */
  readonly rowNumber: number;
  readonly deliverableId: string;
  readonly updateId: string;
  readonly ref: string;
  /** Status as typed or chosen (a status id, or the cell text when it is not in the key). */
  readonly statusText: string;
  readonly narrativeText: string;
  readonly officerName: string;
  readonly dateText: string;
}

/** A returned pack: which pack it answers, and its rows; problems name the row. */
export interface PackReturn {
  readonly fileName: string;
  readonly kind: 'xlsx' | 'pack';
  readonly packId: string;
  readonly planId: string;
  readonly periodId: string;
  readonly personId: string | null;
  readonly officerName: string;
  /** What was sent (the checksum proved it untouched), so the merge knows each row's base. */
  readonly sent: UpdatePack;
  readonly rows: readonly ReturnRow[];
  /** Rows of the file that cannot be taken in (added rows, an edited reference), each naming its row. */
  readonly problems: readonly string[];
  /** A pack file carries rich narratives: the updates as the officer saved them. */
  readonly updates?: readonly DeliverableUpdate[];
}

export type ReadReturnResult = { readonly ok: true; readonly ret: PackReturn } | { readonly ok: false; readonly error: string };

/** The drop-down text of a status: letter and words, "G – Green". */
export const statusOption = (s: { letter: string; label: string }): string => (s.letter && s.letter !== s.label ? `${s.letter} – ${s.label}` : s.label);
