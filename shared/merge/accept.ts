// Turning the entries a user accepted into the records to write. Pure: the caller writes them (one
// transaction) after validating each against the backup schema.
import type { RecordMeta } from '../records/meta';
import type { MergeEntry } from './diff';

export interface AcceptStamp {
  readonly by: string;
  readonly at: string;
}

export type AcceptResult<R extends RecordMeta> = { readonly ok: true; readonly writes: R[] } | { readonly ok: false; readonly error: string };

/**
 * The records to write for the chosen entries. A new record keeps its id (so taking the same return
 * in again finds it); a changed or conflicting one takes the incoming fields onto the record here,
 * keeping its id and creation stamp. Unchanged entries write nothing. Two chosen entries with the
 * same key are refused: only one return's text can win.
 */
export function acceptEntries<R extends RecordMeta>(entries: readonly MergeEntry<R>[], chosen: Iterable<string>, stamp: AcceptStamp): AcceptResult<R> {
  const pick = new Set(chosen);
  const byKey = new Map<string, MergeEntry<R>>();
  for (const e of entries) {
    if (!pick.has(e.id) || e.kind === 'unchanged') continue;
    const had = byKey.get(e.key);
    if (had) return { ok: false, error: `Two returns for the same record were both chosen (${had.source} and ${e.source}); choose one.` };
    byKey.set(e.key, e);
  }
  const writes: R[] = [];
  for (const e of byKey.values()) {
    const meta = { updatedAt: stamp.at, updatedBy: stamp.by, deletedAt: e.incoming.deletedAt };
    if (!e.current) writes.push({ ...e.incoming, createdAt: stamp.at, ...meta });
    else writes.push({ ...e.incoming, id: e.current.id, createdAt: e.current.createdAt, ...meta });
  }
  return { ok: true, writes };
}
