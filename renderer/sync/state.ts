// Team sync's state on this laptop, in the device-local `syncState` store (schema version 5): per
// sync document its Yjs state, the records as last agreed with it (the base of every three-way
// comparison), the records changed here and not yet confirmed, and the scope the server granted.
// Also the connection (address and token). Never part of a backup.
import * as Y from 'yjs';
import type { SyncDocument } from '../../shared/sync/documents';
import type { Says } from '../../shared/sync/three-way';
import type { PanelwrightDb } from '../db/database';

/** A record as last agreed: its updatedAt then, and what each field said. */
export interface Agreed {
  readonly at: string;
  readonly says: Says;
  /**
   * Set while an open editor is bound to a body of the record: when the tick that saved the Y state
   * agreed it. After the app closed without letting go, the later of Dexie's save and this stands.
   */
  readonly boundAt?: string;
}

export interface DocState {
  /** Per table, per record id. */
  readonly base: Readonly<Record<string, Readonly<Record<string, Agreed>>>>;
  readonly waiting: readonly string[];
  readonly scope: 'read-write' | 'readonly' | null;
  /**
   * Has this laptop had the server's copy of the document once? Until then it sends nothing: a
   * laptop whose data came from the same seed as the server's must see the server's first (the
   * seed trap), so its records are compared with the server's, not written beside them.
   */
  readonly joined: boolean;
}

interface StoredDoc {
  readonly update: Uint8Array;
  readonly base: DocState['base'];
  readonly waiting: readonly string[];
  readonly scope: DocState['scope'];
  readonly joined: boolean;
}

const docKey = (doc: SyncDocument) => `doc:${doc}`;

export async function loadDocState(db: PanelwrightDb, doc: SyncDocument): Promise<{ update: Uint8Array | null; state: DocState }> {
  const row = await db.syncState.get(docKey(doc));
  const v = row?.value as StoredDoc | undefined;
  if (!v) return { update: null, state: { base: {}, waiting: [], scope: null, joined: false } };
  return { update: v.update, state: { base: v.base, waiting: v.waiting, scope: v.scope, joined: v.joined } };
}

/** Saves in the caller's transaction (which must include db.syncState). */
export async function saveDocState(db: PanelwrightDb, doc: SyncDocument, ydoc: Y.Doc, state: DocState): Promise<void> {
  const value: StoredDoc = { update: Y.encodeStateAsUpdate(ydoc), base: state.base, waiting: state.waiting, scope: state.scope, joined: state.joined };
  await db.syncState.put({ key: docKey(doc), value });
}

/**
 * The server refused a change this laptop's copy of the document holds: the copy is dropped, to be
 * joined again from the server's. The records stay in Dexie. A record sent but never confirmed loses
 * its base, so the next tick compares it with the server's afresh and sends it again (or holds it back).
 */
export async function dropDocCopy(db: PanelwrightDb, doc: SyncDocument): Promise<void> {
  await db.transaction('rw', db.syncState, async () => {
    const v = (await db.syncState.get(docKey(doc)))?.value as StoredDoc | undefined;
    if (!v) return;
    const base: Record<string, Record<string, Agreed>> = {};
    for (const [t, recs] of Object.entries(v.base)) base[t] = { ...recs };
    for (const w of v.waiting) {
      const [t, id] = [w.slice(0, w.indexOf('/')), w.slice(w.indexOf('/') + 1)];
      delete base[t]?.[id];
    }
    const value: StoredDoc = { update: Y.encodeStateAsUpdate(new Y.Doc()), base, waiting: [], scope: v.scope, joined: false };
    await db.syncState.put({ key: docKey(doc), value });
  });
}

/** Where this laptop syncs: the office's server address and this person's token. */
export interface SyncConnection {
  readonly url: string;
  readonly token: string;
}

const CONNECTION = 'connection';

export async function loadConnection(db: PanelwrightDb): Promise<SyncConnection | null> {
  const v = (await db.syncState.get(CONNECTION))?.value as SyncConnection | undefined;
  return v && typeof v.url === 'string' && typeof v.token === 'string' ? v : null;
}

export async function saveConnection(db: PanelwrightDb, c: SyncConnection): Promise<void> {
  await db.syncState.put({ key: CONNECTION, value: c });
}

/** Disconnecting forgets the server and every document's state: the data stays as it is in Dexie. */
export async function forgetSync(db: PanelwrightDb): Promise<void> {
  await db.syncState.clear();
}
