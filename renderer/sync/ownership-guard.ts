// Per-record ownership on the laptop: a change this person may not make (an officer's edit of an
// update of a deliverable someone else leads) is held back by the mirror — kept on this laptop,
// counted with the changes "your role does not send", never sent and never overwritten — because
// the server would refuse it (shared/sync/ownership.ts holds the rule both use).
import type { SnapshotTable } from '../../shared/backup/tables';
import type { SyncDocument } from '../../shared/sync/documents';
import type { IdentityMessage, PlansEntries } from '../../shared/sync/ownership';
import { checksRecords, parseIdentityMessage, plansLookup, writeRefusal } from '../../shared/sync/ownership';
import type { Fields } from '../../shared/sync/three-way';
import type { PanelwrightDb } from '../db/database';

/** Decides, inside a mirror's tick, which of this laptop's changes may be sent. */
export interface SendGuard {
  /** Tables the guard reads inside the tick (added to its transaction). */
  readonly reads: readonly SnapshotTable[];
  /** Called once per tick with sends; the returned function says why a change is held back, or null. */
  prepare(): Promise<(table: SnapshotTable, local: Fields, fields: readonly string[], before: Fields | null) => string | null>;
}

const IDENTITY = 'identity';

/** Who the server said this laptop's token stands for (kept so an offline start knows too). */
export async function loadIdentity(db: PanelwrightDb): Promise<IdentityMessage | null> {
  const v = (await db.syncState.get(IDENTITY))?.value;
  return typeof v === 'string' ? parseIdentityMessage(v) : null;
}

export async function saveIdentity(db: PanelwrightDb, m: IdentityMessage): Promise<void> {
  await db.syncState.put({ key: IDENTITY, value: JSON.stringify(m) });
}

/**
 * The guard for one document, or null when the document rule is enough (documents.ts, read-only
 * per document). Leads and people come from this laptop's copy of the server's plans document (the
 * same the server judges by), not from its Dexie records. With no identity yet, the updates
 * document holds everything back until the server has said who this is.
 */
export function ownershipGuard(doc: SyncDocument, identity: IdentityMessage | null, plans: () => PlansEntries | null): SendGuard | null {
  if (doc !== 'updates') return null;
  if (identity && !checksRecords(identity.role, doc)) return null;
  return {
    reads: [],
    prepare: () => {
      const entries = plans();
      if (!identity || !entries) return Promise.resolve(() => 'The server has not yet said who this sign-in is.');
      const lookup = plansLookup(entries);
      const who = { role: identity.role, personId: lookup.personId(identity.person) };
      return Promise.resolve((table, local, fields, before) => writeRefusal(who, { table, fields, before, after: local }, lookup.ownersOf));
    },
  };
}
