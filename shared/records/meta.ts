// Every stored record carries the fields a later merge (update packs, team sync) needs:
// a globally unique id, when and by whom it last changed, and a soft-delete marker.
export interface RecordMeta {
  readonly id: string;
  readonly createdAt: string; // ISO 8601 instant
  readonly updatedAt: string; // ISO 8601 instant
  readonly updatedBy: string; // display name of the local user who made the change
  readonly deletedAt: string | null; // soft delete: null while live
}

/** A random RFC 4122 v4 id; crypto.randomUUID exists in Node 20, Chromium and Electron. */
export function newId(): string {
  return globalThis.crypto.randomUUID();
}

export function nowIso(clock: () => Date = () => new Date()): string {
  return clock().toISOString();
}

/** Metadata for a record created now by `by`. */
export function createMeta(by: string, at: string = nowIso(), id: string = newId()): RecordMeta {
  return { id, createdAt: at, updatedAt: at, updatedBy: by, deletedAt: null };
}

/** A copy of `record` with `changes` applied and its change stamp moved on. */
export function touch<T extends RecordMeta>(record: T, changes: Partial<Omit<T, keyof RecordMeta>>, by: string, at: string = nowIso()): T {
  return { ...record, ...changes, updatedAt: at, updatedBy: by };
}

export function softDelete<T extends RecordMeta>(record: T, by: string, at: string = nowIso()): T {
  return { ...record, deletedAt: at, updatedAt: at, updatedBy: by };
}

export function isLive(record: RecordMeta): boolean {
  return record.deletedAt === null;
}

/** Ordered collections use a numeric position; sort ties by id so every reader agrees. */
export function byPosition<T extends { position: number; id: string }>(a: T, b: T): number {
  return a.position - b.position || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/** A position between two neighbours (either may be missing), for inserts and moves without renumbering siblings. */
export function positionBetween(before: number | undefined, after: number | undefined): number {
  if (before === undefined && after === undefined) return 1;
  if (before === undefined) return (after as number) - 1;
  if (after === undefined) return before + 1;
  return (before + after) / 2;
}
