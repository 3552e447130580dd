// The round of update packs: one record per pack sent (plan, period, officer), marked when its return
// is taken in. The plan's "Update packs" panel reads it: sent / returned / missing, and who to chase.
import type { RecordMeta } from '../records/meta';
import type { OpenedPack } from './pwpack-model';

export interface UpdatePackRecord extends RecordMeta {
  /** The pack's own id (in its hidden data): a return names it. The record's id is the pack id. */
  readonly planId: string;
  readonly periodId: string;
  /** The lead officer (a Person id), or null for deliverables nobody leads. */
  readonly personId: string | null;
  /** As sent, so the chasing list reads even if the person is later renamed or removed. */
  readonly officerName: string;
  readonly officerEmail: string;
  readonly format: 'xlsx' | 'pack';
  readonly deliverableIds: readonly string[];
  readonly sentAt: string;
  /** When its return was taken in (null: not yet). */
  readonly returnedAt: string | null;
  /** The returned file's name, '' until then. */
  readonly returnFile: string;
  /**
   * Set on an officer's computer: a Panelwright pack opened here to fill in (not a pack this app sent).
   * planId then names the author's plan, which need not exist here; the round ignores these records.
   */
  readonly opened?: OpenedPack;
}
