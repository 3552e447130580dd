// Update packs: the round of packs sent (updatePacks) and taking returns in. A return is reviewed
// first (shared/packs/returns.ts, nothing written); what the author accepts is written here in one
// user action, after checking that no update changed since the review was drawn.
import { acceptEntries } from '../../shared/merge/accept';
import type { UpdatePack } from '../../shared/packs/model';
import type { UpdatePackRecord } from '../../shared/packs/record';
import type { ReturnsReview } from '../../shared/packs/returns';
import { createMeta, isLive, softDelete, touch } from '../../shared/records/meta';
import { userAction } from './action';
import type { PanelwrightDb } from './database';
import { valid } from './validate';

function packRecord(p: UpdatePack, format: UpdatePackRecord['format'], by: string, at: string): UpdatePackRecord {
  return {
    ...createMeta(by, at, p.packId),
    planId: p.plan.id,
    periodId: p.period.id,
    personId: p.officer?.personId ?? null,
    officerName: p.officer?.name ?? '',
    officerEmail: p.officer?.email ?? '',
    format,
    deliverableIds: p.rows.map((r) => r.deliverableId),
    sentAt: p.madeAt,
    returnedAt: null,
    returnFile: '',
  };
}

/** Records the packs just made as sent (one record per pack; its id is the pack id). */
export function recordPacksSent(db: PanelwrightDb, packs: readonly UpdatePack[], format: UpdatePackRecord['format']): Promise<void> {
  return userAction(db, [db.updatePacks], async ({ by, at }) => {
    for (const p of packs) await db.updatePacks.put(valid('updatePacks', packRecord(p, format, by, at)));
  });
}

export class ReviewOutdatedError extends Error {
  override name = 'ReviewOutdatedError';
}

export interface TakeResult {
  readonly written: number;
  readonly packsReturned: number;
}

/**
 * Writes the chosen rows of a review in one transaction, and marks every pack whose return was in the
 * review as returned. Refused (nothing written) when an update the review compared with has changed
 * since, or when two chosen rows are for one deliverable.
 */
export function takeReturns(db: PanelwrightDb, review: ReturnsReview, chosen: Iterable<string>): Promise<TakeResult> {
  const picked = new Set(chosen);
  return userAction(db, [db.updates, db.updatePacks], async ({ by, at }) => {
    const rows = review.rows.filter((r) => picked.has(r.entry.id));
    const bad = rows.find((r) => r.problems.length > 0);
    if (bad) throw new Error(`${bad.ref} (${bad.fileName}) cannot be taken in: ${bad.problems[0]}`);
    for (const r of rows) {
      const now = r.entry.current
        ? await db.updates.get(r.entry.current.id)
        : (await db.updates.where('[deliverableId+periodId]').equals([r.entry.incoming.deliverableId, r.entry.incoming.periodId]).toArray()).find(isLive);
      if ((now?.updatedAt ?? null) !== (r.entry.current?.updatedAt ?? null))
        throw new ReviewOutdatedError(`The update for ${r.ref} changed while the returns were being reviewed; nothing was taken in. Review the returns again.`);
    }
    const result = acceptEntries(
      rows.map((r) => r.entry),
      picked,
      { by, at },
    );
    if (!result.ok) throw new Error(result.error);
    for (const w of result.writes) {
      await db.updates.put(valid('updates', w));
      // At most one live update per deliverable and period: a second one a merge left behind goes.
      const others = (await db.updates.where('[deliverableId+periodId]').equals([w.deliverableId, w.periodId]).toArray()).filter(
        (u) => u.id !== w.id && isLive(u),
      );
      for (const o of others) await db.updates.put(softDelete(o, by, at));
    }
    let packsReturned = 0;
    for (const f of review.files) {
      if (!f.ret) continue;
      const p = await db.updatePacks.get(f.ret.packId);
      if (p && !isLive(p)) continue;
      const returned = { returnedAt: at, returnFile: f.fileName.slice(0, 300) };
      // A pack made elsewhere (npm run packs) joins the round when its return comes in.
      await db.updatePacks.put(valid('updatePacks', p ? touch(p, returned, by, at) : { ...packRecord(f.ret.sent, f.ret.kind, by, at), ...returned }));
      packsReturned++;
    }
    return { written: result.writes.length, packsReturned };
  });
}
