// Issued versions are immutable on the server too: an update to the issued document may add new
// issued records but never change or remove a write of one that exists. Checked on a copy of the
// document before the update is applied; a refused update closes that connection.
import * as decoding from 'lib0/decoding';
import * as Y from 'yjs';
import { groupWrites, resolveRecord } from '../../shared/sync/records';
import { sameSays, saysOf } from '../../shared/sync/three-way';

const MESSAGE_SYNC = 0;
const SYNC_STEP2 = 1;
const SYNC_UPDATE = 2;

/** The Yjs update a raw Hocuspocus message carries, or null when it carries none. */
export function updateOfMessage(data: Uint8Array): Uint8Array | null {
  const d = decoding.createDecoder(data);
  decoding.readVarString(d);
  if (decoding.readVarUint(d) !== MESSAGE_SYNC) return null;
  const t = decoding.readVarUint(d);
  return t === SYNC_STEP2 || t === SYNC_UPDATE ? decoding.readVarUint8Array(d) : null;
}

/** Why the update may not be applied to the issued document, or null when it may. */
export function issuedChangeRefusal(doc: Y.Doc, update: Uint8Array): string | null {
  const before = groupWrites(doc.getMap<unknown>('issuedVersions').entries());
  if (before.size === 0) return null;
  const copy = new Y.Doc();
  Y.applyUpdate(copy, Y.encodeStateAsUpdate(doc));
  Y.applyUpdate(copy, update);
  const after = groupWrites(copy.getMap<unknown>('issuedVersions').entries());
  for (const [id, fields] of before) {
    const had = resolveRecord('issuedVersions', id, fields);
    const now = after.get(id);
    // The same values written again (two laptops seeding one sample) change nothing and pass.
    if (!now) return 'An issued version cannot be removed.';
    const res = resolveRecord('issuedVersions', id, now);
    if (!sameSays(saysOf(had.fields), saysOf(res.fields)) || res.conflicts.length > had.conflicts.length) return 'An issued version cannot be changed.';
  }
  return null;
}
