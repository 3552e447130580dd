// How a table's writes are keyed in its Y.Map: "recordId␟field␟writeId". A new write never reuses a
// key, so concurrent writes are never merged into one by Yjs.
const SEP = '\u001f';

export interface WriteKey {
  readonly recordId: string;
  readonly field: string;
  readonly writeId: string;
}

export const writeKey = (recordId: string, field: string, writeId: string): string => `${recordId}${SEP}${field}${SEP}${writeId}`;

export function parseWriteKey(key: string): WriteKey | null {
  const parts = key.split(SEP);
  if (parts.length !== 3 || !parts[0] || !parts[1] || !parts[2]) return null;
  return { recordId: parts[0], field: parts[1], writeId: parts[2] };
}

/** The value stored under a write key: { v?, by, at } (no `v`: the field was removed). */
export interface StoredWrite {
  readonly v?: unknown;
  readonly by: string;
  readonly at: string;
}

export function isStoredWrite(x: unknown): x is StoredWrite {
  if (x === null || typeof x !== 'object') return false;
  const o = x as Record<string, unknown>;
  return typeof o.by === 'string' && typeof o.at === 'string';
}
