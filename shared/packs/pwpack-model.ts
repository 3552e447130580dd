// What a Panelwright pack file holds besides the pack itself: the officer's answers, one per
// deliverable they have written something for. Kept apart from model.ts so the schema can import it.
import type { RichDoc } from '../richtext/model';
import type { UpdatePack } from './model';

export interface PackAnswer {
  readonly deliverableId: string;
  readonly statusId: string | null;
  readonly narrative: RichDoc;
  /** ISO date the update speaks as of, or null. */
  readonly narrativeDate: string | null;
  /** When the officer last changed it. */
  readonly updatedAt: string;
}

/** A pack being filled in on an officer's computer (the `opened` field of an updatePacks record). */
export interface OpenedPack {
  /** The file it was opened from. */
  readonly fileName: string;
  readonly openedAt: string;
  /** Who is filling it in ("Completed by"); starts as the officer the pack is for. */
  readonly officerName: string;
  readonly pack: UpdatePack;
  readonly answers: readonly PackAnswer[];
}
