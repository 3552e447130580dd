// A field as a set of writes. Each laptop that changes a field adds a write under a new key and
// removes the writes it saw, so two laptops changing the same field while apart leave two writes
// (Yjs never has to pick one by client id). This file decides what such a set means.
import { stableJson } from '../merge/diff';

/** One write of one field, as it is held in the sync document. */
export interface FieldWrite {
  /** Unique key of the write in its table's map (recordId, field, writeId). */
  readonly key: string;
  /** False: the write removed the field (an optional field left out). */
  readonly has: boolean;
  readonly value: unknown;
  /** Who made the change (the record's updatedBy on that laptop). */
  readonly by: string;
  /** When the change was made on that laptop (the record's updatedAt then). */
  readonly at: string;
}

export type FieldState =
  /** One value (several writes that say the same count as one). */
  | { readonly kind: 'single'; readonly has: boolean; readonly value: unknown }
  /**
   * A guarded field changed differently on two or more laptops while apart. `options` holds each
   * distinct value (oldest change first); `has`/`value` is the one shown until a person picks, the
   * latest change (the same on every laptop, whatever its client id).
   */
  | { readonly kind: 'conflict'; readonly has: boolean; readonly value: unknown; readonly options: readonly FieldWrite[] };

const later = (a: FieldWrite, b: FieldWrite) => (a.at !== b.at ? (a.at > b.at ? a : b) : a.key > b.key ? a : b);
const sayOf = (w: FieldWrite) => (w.has ? stableJson(w.value) : '\u0000absent');

/**
 * What a field is now. An ordinary field changed on two sides takes the later change (by the time
 * it was made, not by a random client id); a guarded one keeps both and is a conflict.
 */
export function resolveField(writes: readonly FieldWrite[], guarded: boolean): FieldState | null {
  if (writes.length === 0) return null;
  const distinct = new Map<string, FieldWrite>();
  for (const w of writes) {
    const k = sayOf(w);
    const had = distinct.get(k);
    // Among writes that say the same, the earliest stands for them (who changed it first).
    distinct.set(k, had && (had.at < w.at || (had.at === w.at && had.key < w.key)) ? had : w);
  }
  const latest = writes.reduce(later);
  if (distinct.size === 1 || !guarded) return { kind: 'single', has: latest.has, value: latest.value };
  const options = [...distinct.values()].sort((a, b) => (a.at !== b.at ? (a.at < b.at ? -1 : 1) : a.key < b.key ? -1 : 1));
  return { kind: 'conflict', has: latest.has, value: latest.value, options };
}

/** "Changed by Kim Dunn and by Alex Carr while apart." */
export function conflictSentence(options: readonly FieldWrite[]): string {
  const names = options.map((o) => `by ${o.by || 'someone'}`);
  const list = names.length <= 2 ? names.join(' and ') : `${names.slice(0, -1).join(', ')} and ${names.at(-1) ?? ''}`;
  return `Changed ${list} while apart.`;
}
