// One user action = one read-write transaction. The user's name is read inside it, and every record
// the action writes gets the same timestamp, so an action is all-or-nothing and reads as one change.
import type { Table } from 'dexie';
import { nowIso } from '../../shared/records/meta';
import type { PanelwrightDb } from './database';
import { userNameIn } from './settings-repo';

export interface Stamp {
  readonly by: string;
  readonly at: string;
}

export function userAction<T>(db: PanelwrightDb, tables: readonly Table[], run: (stamp: Stamp) => Promise<T>): Promise<T> {
  return db.transaction('rw', [...tables, db.settings], async () => {
    // Only Dexie calls inside: awaiting anything else would let IndexedDB commit the transaction early.
    const stamp = { by: await userNameIn(db), at: nowIso() };
    return run(stamp);
  });
}
