// From a table's writes to its records: group the writes by record and field, resolve each field,
// and list the guarded conflicts. Pure: the engine feeds it a Y.Map's entries.
import type { SnapshotTable } from '../backup/tables';
import { isGuarded } from './guarded';
import { isStoredWrite, parseWriteKey } from './keys';
import type { FieldWrite } from './register';
import { resolveField } from './register';

/** A record's fields as the writes say (not yet validated), with any guarded conflicts. */
export interface ResolvedRecord {
  readonly id: string;
  readonly fields: Readonly<Record<string, unknown>>;
  readonly conflicts: readonly FieldConflict[];
}

export interface FieldConflict {
  readonly table: SnapshotTable;
  readonly recordId: string;
  readonly field: string;
  readonly options: readonly FieldWrite[];
}

/** writes by record id, then by field. */
export type TableWrites = Map<string, Map<string, FieldWrite[]>>;

export function groupWrites(entries: Iterable<readonly [string, unknown]>): TableWrites {
  const out: TableWrites = new Map();
  for (const [key, raw] of entries) {
    const k = parseWriteKey(key);
    if (!k || !isStoredWrite(raw)) continue;
    let rec = out.get(k.recordId);
    if (!rec) out.set(k.recordId, (rec = new Map<string, FieldWrite[]>()));
    const list = rec.get(k.field) ?? [];
    list.push({ key, has: 'v' in raw, value: raw.v, by: raw.by, at: raw.at });
    rec.set(k.field, list);
  }
  return out;
}

export function resolveRecord(table: SnapshotTable, id: string, fields: ReadonlyMap<string, readonly FieldWrite[]>): ResolvedRecord {
  const out: Record<string, unknown> = { id };
  const conflicts: FieldConflict[] = [];
  for (const [field, writes] of fields) {
    if (field === 'id') continue;
    const s = resolveField(writes, isGuarded(table, field));
    if (!s) continue;
    if (s.has) out[field] = s.value;
    if (s.kind === 'conflict') conflicts.push({ table, recordId: id, field, options: s.options });
  }
  return { id, fields: out, conflicts };
}
