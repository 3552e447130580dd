// Per-record ownership on the server: an officer's update to the updates document may change only
// the updates of deliverables they lead or own (shared/sync/ownership.ts). The update is applied to a copy
// of the document to see which records and fields it writes; the owners come from the plans document.
import * as Y from 'yjs';
import type { SnapshotTable } from '../../shared/backup/tables';
import type { SyncDocument } from '../../shared/sync/documents';
import { SYNC_DOCUMENTS } from '../../shared/sync/documents';
import { parseWriteKey } from '../../shared/sync/keys';
import type { OwnersOf, SyncIdentity } from '../../shared/sync/ownership';
import { plansLookup, writeRefusal } from '../../shared/sync/ownership';
import { groupWrites, resolveRecord } from '../../shared/sync/records';

/** Who leads each deliverable, and the people, as the plans document says now. */
export const plansLookupOf = (plans: Y.Doc) => plansLookup((t) => plans.getMap<unknown>(t).entries());

/** Why this person may not apply the update to the document, or null when they may. */
export function ownershipRefusal(doc: Y.Doc, docName: SyncDocument, update: Uint8Array, who: SyncIdentity, ownersOf: OwnersOf): string | null {
  const copy = new Y.Doc();
  Y.applyUpdate(copy, Y.encodeStateAsUpdate(doc));
  const changed = new Map<SnapshotTable, Map<string, Set<string>>>();
  for (const t of SYNC_DOCUMENTS[docName] as readonly SnapshotTable[])
    copy.getMap<unknown>(t).observe((ev) => {
      for (const k of ev.keysChanged as Set<string>) {
        const key = parseWriteKey(k);
        if (!key) continue;
        let recs = changed.get(t);
        if (!recs) changed.set(t, (recs = new Map<string, Set<string>>()));
        const fields = recs.get(key.recordId) ?? new Set<string>();
        fields.add(key.field);
        recs.set(key.recordId, fields);
      }
    });
  // A rich-text body (an update's narrative) lives in its own fragment, "rich␟table␟id␟field":
  // a change anywhere inside one is a write of that field.
  copy.on('afterTransaction', (tr: Y.Transaction) => {
    const roots = new Set<unknown>();
    for (const type of [...tr.changed.keys(), ...tr.changedParentTypes.keys()]) {
      let t = type;
      while (t._item && t._item.parent instanceof Y.AbstractType) t = t._item.parent as typeof type;
      roots.add(t);
    }
    for (const [name, type] of copy.share) {
      if (!roots.has(type)) continue;
      const [kind, table, id, field] = name.split('\u001f');
      if (kind !== 'rich' || !table || !id || !field || !(SYNC_DOCUMENTS[docName] as readonly string[]).includes(table)) continue;
      let recs = changed.get(table as SnapshotTable);
      if (!recs) changed.set(table as SnapshotTable, (recs = new Map<string, Set<string>>()));
      const fields = recs.get(id) ?? new Set<string>();
      fields.add(field);
      recs.set(id, fields);
    }
  });
  Y.applyUpdate(copy, update);
  for (const [t, recs] of changed) {
    const before = groupWrites(doc.getMap<unknown>(t).entries());
    const after = groupWrites(copy.getMap<unknown>(t).entries());
    for (const [id, fields] of recs) {
      const b = before.get(id);
      const a = after.get(id);
      const beforeRec = b ? resolveRecord(t, id, b).fields : null;
      const afterRec = a ? resolveRecord(t, id, a).fields : (beforeRec ?? { id });
      const why = writeRefusal(who, { table: t, fields: [...fields], before: beforeRec, after: afterRec }, ownersOf);
      if (why) return why;
    }
  }
  return null;
}
