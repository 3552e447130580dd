// The three writes every repo needs for a record of any registry table, each one user action (one
// transaction), validated against the table's schema: change fields, soft-delete, restore. Feature
// repos (plans-repo.ts, library-repo.ts, measures-repo.ts …) build their named operations on these
// instead of writing their own.
import type { Table } from 'dexie';
import type { RecordOf, SnapshotTable } from '../../shared/backup/tables';
import type { RecordMeta } from '../../shared/records/meta';
import { isLive, softDelete, touch } from '../../shared/records/meta';
import { userAction } from './action';
import type { Stamp } from './action';
import type { PanelwrightDb } from './database';
import { valid } from './validate';

/** The fields of a record a change may set (never its id or change stamps). */
export type Fields<T extends SnapshotTable> = Partial<Omit<RecordOf<T>, keyof RecordMeta>>;

const tableFor = <T extends SnapshotTable>(db: PanelwrightDb, name: T) => db.table(name) as unknown as Table<RecordOf<T>, string>;

/**
 * Reads a live record, applies `change` (the fields to set, or null for nothing) and stores the
 * validated result with a new change stamp. A record that is gone or deleted is left alone: it may
 * have been removed in another window.
 */
export function editRecord<T extends SnapshotTable>(
  db: PanelwrightDb,
  name: T,
  id: string,
  change: Fields<T> | ((record: RecordOf<T>, stamp: Stamp) => Fields<T> | null),
): Promise<void> {
  const table = tableFor(db, name);
  return userAction(db, [table], async (stamp) => {
    const r = await table.get(id);
    if (!r || !isLive(r)) return;
    const c = typeof change === 'function' ? change(r, stamp) : change;
    if (c) await table.put(valid(name, touch(r, c, stamp.by, stamp.at) as RecordOf<T>));
  });
}

/** Soft-deletes (live = false) or restores (live = true) a record; nothing when it already is so. */
export function setRecordLive<T extends SnapshotTable>(db: PanelwrightDb, name: T, id: string, live: boolean): Promise<void> {
  const table = tableFor(db, name);
  return userAction(db, [table], async ({ by, at }) => {
    const r = await table.get(id);
    if (!r || isLive(r) === live) return;
    await table.put(live ? touch({ ...r, deletedAt: null }, {}, by, at) : softDelete(r, by, at));
  });
}

export const softDeleteRecord = <T extends SnapshotTable>(db: PanelwrightDb, name: T, id: string) => setRecordLive(db, name, id, false);
export const restoreRecord = <T extends SnapshotTable>(db: PanelwrightDb, name: T, id: string) => setRecordLive(db, name, id, true);
