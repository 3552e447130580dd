// What a laptop must send for one record: its record now (local), the record as last agreed with
// the sync document (base), and the record the document holds now (remote). Records are compared
// by what each field says (a short hash of its stable JSON), so the base kept on the laptop stays
// small and a tick compares strings, not documents.
import { stableJson } from '../merge/diff';

export type Fields = Readonly<Record<string, unknown>>;
/** Per field, a hash of what it says; a field left out is not listed. */
export type Says = Readonly<Record<string, string>>;

export interface Push {
  readonly field: string;
  /** False: the field was removed here. */
  readonly has: boolean;
  readonly value: unknown;
  /**
   * True: the write replaces the writes this laptop saw (an edit of what was agreed). False: it
   * stands beside them (this laptop never agreed on a value: it joined with data of its own), so a
   * guarded difference is shown, not overwritten.
   */
  readonly replaces: boolean;
}

/** cyrb53: a fast 53-bit string hash; collisions are negligible for one field's values. */
export function hash53(s: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36);
}

/** What each field of a record says (id left out: it is the key). */
export function saysOf(r: Fields): Says {
  const out: Record<string, string> = {};
  for (const [f, v] of Object.entries(r)) if (f !== 'id' && v !== undefined) out[f] = hash53(stableJson(v));
  return out;
}

const fieldsOf = (...rs: Says[]) => [...new Set(rs.flatMap((r) => Object.keys(r)))];
const differ = (a: Says, b: Says) => fieldsOf(a, b).filter((f) => a[f] !== b[f]);
const push = (r: Fields, f: string, replaces: boolean): Push => ({ field: f, has: r[f] !== undefined, value: r[f], replaces });

export const sameSays = (a: Says, b: Says): boolean => differ(a, b).length === 0;

export interface Remote {
  readonly says: Says;
  readonly updatedAt: unknown;
}

/**
 * The fields to write into the sync document.
 * - With a base: every field that differs from it (this laptop changed it), replacing what it saw.
 * - Without a base and nothing remote: the whole record (new here).
 * - Without a base but a remote record (a cold join, or both laptops seeded the same sample):
 *   nothing when they say the same, or when the remote record is the newer one (an untouched seed
 *   never overwrites a colleague's edit); otherwise the differing fields, beside the remote ones.
 */
export function pushesFor(local: Fields | undefined, localSays: Says, base: Says | undefined, remote: Remote | undefined): Push[] {
  if (!local) return [];
  if (base) return differ(localSays, base).map((f) => push(local, f, true));
  if (!remote) return Object.keys(localSays).map((f) => push(local, f, true));
  const differing = differ(localSays, remote.says);
  if (differing.length === 0) return [];
  const lAt = typeof local.updatedAt === 'string' ? local.updatedAt : '';
  const rAt = typeof remote.updatedAt === 'string' ? remote.updatedAt : '';
  if (lAt <= rAt) return [];
  return differing.map((f) => push(local, f, false));
}
