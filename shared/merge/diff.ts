// The per-record merge rules: what each incoming record would do to the database, judged against the
// record it was made from (its base) and the record here now. Generic over tables and independent of
// where the records came from, so update packs, backup merge and team sync share one rule.
import type { RecordMeta } from '../records/meta';

export type MergeKind = 'new' | 'changed' | 'unchanged' | 'conflict';

/** One record offered by the other side. */
export interface Incoming<R extends RecordMeta> {
  /** The record as the other side has it now. */
  readonly record: R;
  /** The record as it was when the other side took its copy (null: it started from nothing). */
  readonly base: R | null;
  /** Where it came from, as the user knows it: "Return from Kim Dunn (Q2 2017/18)". */
  readonly source: string;
}

export interface MergeEntry<R extends RecordMeta> {
  /** Unique among the entries of one diff: source and key. */
  readonly id: string;
  readonly kind: MergeKind;
  /** The natural key: entries with the same key write the same record. */
  readonly key: string;
  readonly incoming: R;
  readonly base: R | null;
  /** The live or deleted record here now with this id or key, if any. */
  readonly current: R | undefined;
  readonly source: string;
  /** Why it is unchanged or in conflict, in a sentence; null for plain new / changed. */
  readonly reason: string | null;
}

export interface MergeRules<R extends RecordMeta> {
  /** Records with the same key are the same thing (an update: deliverable + period). Default: the id. */
  readonly key?: (r: R) => string;
  /** Do two records say the same? Default: every field but the record metadata is equal. */
  readonly same?: (a: R, b: R) => boolean;
  /** How a date is shown in a reason. Default: the ISO date. */
  readonly when?: (iso: string) => string;
}

const META = new Set(['id', 'createdAt', 'updatedAt', 'updatedBy', 'deletedAt']);

/** JSON with object keys sorted and undefined fields left out, so equal values give equal text. */
export function stableJson(value: unknown): string {
  const sort = (v: unknown): unknown => {
    if (Array.isArray(v)) return v.map(sort);
    if (v === null || typeof v !== 'object') return v;
    const out: Record<string, unknown> = {};
    for (const k of Object.keys(v).sort()) if ((v as Record<string, unknown>)[k] !== undefined) out[k] = sort((v as Record<string, unknown>)[k]);
    return out;
  };
  return JSON.stringify(sort(value));
}

/**
 * Whether two values give the same stableJson, without writing either out: a save compares whole
 * section bodies (90 KB of JSON) twice, and building and sorting both strings was most of that.
 * Plain JSON data (what IndexedDB and the editor hold); like JSON, undefined object fields do not
 * count and a number that is not finite reads as null.
 */
export function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  const ta = jsonType(a);
  if (ta !== jsonType(b)) return false;
  if (ta === 'null') return true;
  if (ta === 'array') {
    const x = a as unknown[];
    const y = b as unknown[];
    if (x.length !== y.length) return false;
    // JSON writes an undefined array item as null
    for (let i = 0; i < x.length; i++) if (!sameJson(x[i] === undefined ? null : x[i], y[i] === undefined ? null : y[i])) return false;
    return true;
  }
  if (ta === 'object') {
    const x = a as Record<string, unknown>;
    const y = b as Record<string, unknown>;
    let defined = 0;
    for (const k in x) {
      if (!Object.prototype.hasOwnProperty.call(x, k) || x[k] === undefined) continue;
      defined++;
      if (!Object.prototype.hasOwnProperty.call(y, k) || !sameJson(x[k], y[k])) return false;
    }
    for (const k in y) if (Object.prototype.hasOwnProperty.call(y, k) && y[k] !== undefined) defined--;
    return defined === 0;
  }
  return a === b;
}

/** typeof, with what JSON writes as null (null and numbers that are not finite) and arrays apart. */
function jsonType(v: unknown): string {
  if (v === null || (typeof v === 'number' && !Number.isFinite(v))) return 'null';
  return Array.isArray(v) ? 'array' : typeof v;
}

/** The record without its metadata, keys sorted: what a comparison looks at. */
export function contentOf(r: RecordMeta): string {
  const fields: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(r)) if (!META.has(k)) fields[k] = v;
  return stableJson(fields);
}

const defaultSame = (a: RecordMeta, b: RecordMeta) => contentOf(a) === contentOf(b);

/**
 * Classifies every incoming record:
 * - unchanged: the other side left it as it was sent, or it already says what the record here says;
 * - new: nothing here has its id or key;
 * - changed: the record here is still the one the other side started from;
 * - conflict: the record here changed (or was written, or removed) since the other side's copy was
 *   made, or another incoming record with the same key says something different.
 */
export function diffRecords<R extends RecordMeta>(incoming: readonly Incoming<R>[], current: readonly R[], rules: MergeRules<R> = {}): MergeEntry<R>[] {
  const keyOf = rules.key ?? ((r: R) => r.id);
  const same = rules.same ?? defaultSame;
  const when = rules.when ?? ((iso: string) => iso.slice(0, 10));
  const byId = new Map(current.map((r) => [r.id, r]));
  const byKey = new Map<string, R>();
  for (const r of current) {
    const k = keyOf(r);
    const had = byKey.get(k);
    // A live record wins the key over a deleted one; among equals, the later change.
    if (!had || (had.deletedAt !== null && r.deletedAt === null) || ((had.deletedAt === null) === (r.deletedAt === null) && r.updatedAt > had.updatedAt))
      byKey.set(k, r);
  }

  const entries = incoming.map((inc, i): MergeEntry<R> => {
    const key = keyOf(inc.record);
    const cur = byId.get(inc.record.id) ?? byKey.get(key);
    const entry = (kind: MergeKind, reason: string | null): MergeEntry<R> => ({
      id: `${i}:${key}`,
      kind,
      key,
      incoming: inc.record,
      base: inc.base,
      current: cur,
      source: inc.source,
      reason,
    });
    if (inc.base && same(inc.record, inc.base) && inc.base.deletedAt === inc.record.deletedAt) return entry('unchanged', 'Left as it was sent.');
    if (!cur) return entry('new', null);
    if (same(cur, inc.record) && (cur.deletedAt === null) === (inc.record.deletedAt === null)) return entry('unchanged', 'Already the same here.');
    const by = cur.updatedBy ? ` by ${cur.updatedBy}` : '';
    if (cur.deletedAt !== null && (!inc.base || inc.base.deletedAt === null))
      return entry('conflict', `Removed here${by} on ${when(cur.deletedAt)}, after the copy was made.`);
    if (!inc.base) return entry('conflict', `Written here${by} on ${when(cur.updatedAt)}, after the copy was made.`);
    if (cur.updatedAt === inc.base.updatedAt || same(cur, inc.base)) return entry('changed', null);
    return entry('conflict', `Changed here${by} on ${when(cur.updatedAt)}, after the copy was made.`);
  });

  // Two sources writing the same record differently: neither is clean.
  const writers = new Map<string, MergeEntry<R>[]>();
  for (const e of entries) if (e.kind !== 'unchanged') writers.set(e.key, [...(writers.get(e.key) ?? []), e]);
  return entries.map((e) => {
    const rivals = (writers.get(e.key) ?? []).filter((o) => o !== e && !same(o.incoming, e.incoming));
    if (e.kind === 'unchanged' || rivals.length === 0) return e;
    const names = [...new Set(rivals.map((o) => o.source))].join(', ');
    const also = `Also returned differently in ${names}.`;
    return { ...e, kind: 'conflict', reason: e.reason ? `${e.reason} ${also}` : also };
  });
}

export interface MergeCounts {
  readonly new: number;
  readonly changed: number;
  readonly unchanged: number;
  readonly conflict: number;
}

export function mergeCounts(entries: readonly MergeEntry<RecordMeta>[]): MergeCounts {
  const c = { new: 0, changed: 0, unchanged: 0, conflict: 0 };
  for (const e of entries) c[e.kind]++;
  return c;
}

/** The entries "Accept all clean rows" takes: new and changed; one per key (identical duplicates collapse to the first). */
export function cleanEntryIds(entries: readonly MergeEntry<RecordMeta>[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const e of entries) {
    if ((e.kind !== 'new' && e.kind !== 'changed') || seen.has(e.key)) continue;
    seen.add(e.key);
    out.push(e.id);
  }
  return out;
}
