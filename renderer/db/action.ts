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

/** Told how each action ended, so the status bar can report a failed one (renderer/app/save-state.ts). */
export interface ActionObserver {
  failed(error: unknown): void;
  succeeded(): void;
}

let observer: ActionObserver | null = null;

export function setActionObserver(next: ActionObserver | null): void {
  observer = next;
}

export function userAction<T>(db: PanelwrightDb, tables: readonly Table[], run: (stamp: Stamp) => Promise<T>): Promise<T> {
  const done = db.transaction('rw', [...tables, db.settings], async () => {
    // Only Dexie calls inside: awaiting anything else would let IndexedDB commit the transaction early.
    const stamp = { by: await userNameIn(db), at: nowIso() };
    return run(stamp);
  });
  return done.then(
    (result) => {
      observer?.succeeded();
      return result;
    },
    (e: unknown) => {
      observer?.failed(e);
      throw e;
    },
  );
}
