// The one Dexie database. `db` is the app's singleton; `openDatabase(name)` gives tests their own.
import { Dexie } from 'dexie';
import type { EntityTable } from 'dexie';
import type { Table } from 'dexie';
import type { DatabaseSnapshot, SnapshotTable } from '../../shared/backup/snapshot';
import { SNAPSHOT_TABLES } from '../../shared/backup/snapshot';
import type { RecordOf } from '../../shared/backup/tables';
import { SCHEMA_VERSIONS } from './schema/versions';

/** Device-local settings (userName, sampleSeeded): not part of a backup. */
export interface Setting {
  readonly key: string;
  readonly value: unknown;
}

/** One row of team sync's state: a document's Yjs state, its agreed records, or its waiting changes. */
export interface SyncStateRow {
  readonly key: string;
  readonly value: unknown;
}

/** One typed table per entry of the registry (shared/backup/tables.ts): `db.papers`, `db.updates` … */
type RegistryTables = { [T in SnapshotTable]: EntityTable<RecordOf<T>, 'id'> };

// Declaration merging gives the class a typed property per registry table; Dexie creates them at run time.
// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging
export interface PanelwrightDb extends RegistryTables {}
// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging
export class PanelwrightDb extends Dexie {
  settings!: EntityTable<Setting, 'key'>;
  /** Team sync's state on this computer (renderer/sync/state.ts); not part of a backup. */
  syncState!: EntityTable<SyncStateRow, 'key'>;

  constructor(name: string) {
    // Strict durability: a write is reported done only once it is on disk (Chrome's default is relaxed).
    super(name, { chromeTransactionDurability: 'strict' });
    for (const v of SCHEMA_VERSIONS) {
      const declared = this.version(v.version).stores(v.stores);
      if (v.upgrade) declared.upgrade(v.upgrade);
    }
  }
}

/** Every data table (settings excluded: they belong to this computer, not to the papers). */
export function allDataTables(db: PanelwrightDb): Table<{ id: string }, string>[] {
  return SNAPSHOT_TABLES.map((t) => db.table(t));
}

export function tableOf(db: PanelwrightDb, name: SnapshotTable): Table<{ id: string }, string> {
  return db.table(name);
}

/** Every record of every data table, read in the caller's transaction (or each table on its own without one). */
export async function readAll(db: PanelwrightDb): Promise<DatabaseSnapshot> {
  const out: Record<string, unknown[]> = {};
  for (const t of SNAPSHOT_TABLES) out[t] = await tableOf(db, t).toArray();
  return out as unknown as DatabaseSnapshot;
}

export function openDatabase(name: string): PanelwrightDb {
  return new PanelwrightDb(name);
}

export const DATABASE_NAME = 'panelwright';
export const db = openDatabase(DATABASE_NAME);
