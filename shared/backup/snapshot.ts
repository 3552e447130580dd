// The whole database as plain records, table by table. The tables themselves are listed once, in
// tables.ts; this file gives the snapshot its type and helpers.
import type { RecordOf, SnapshotTable } from './tables';
import { TABLE_NAMES } from './tables';

export type { SnapshotTable } from './tables';

/**
 * The whole database as plain records, table by table, soft-deleted rows included (a later merge
 * needs them). A backup file wraps this; the command-line export reads it.
 */
export type DatabaseSnapshot = { readonly [T in SnapshotTable]: readonly RecordOf<T>[] };

/** Every table of a snapshot, in the order a backup file lists them. */
export const SNAPSHOT_TABLES: readonly SnapshotTable[] = TABLE_NAMES;

/** A snapshot with no records, e.g. for tests and as the base of a partial one. */
export function emptySnapshot(): DatabaseSnapshot {
  return Object.fromEntries(SNAPSHOT_TABLES.map((t) => [t, []])) as unknown as DatabaseSnapshot;
}
