// What a window waiting for team sync (another window of this computer runs it, team.ts) must know to
// lock what this sign-in may not change: the documents granted read-only and who the server said this
// is. Without it the waiting window let a reviewer type into a paper that would never be sent. It is
// read once from the sync state the running window keeps (an offline start knows it too), then kept
// current by that window over a BroadcastChannel.
import type { SyncDocument } from '../../shared/sync/documents';
import { SYNC_DOCUMENT_NAMES } from '../../shared/sync/documents';
import type { IdentityMessage } from '../../shared/sync/ownership';
import { parseIdentityMessage, personIdFor } from '../../shared/sync/ownership';
import type { PanelwrightDb } from '../db/database';
import { loadIdentity } from './ownership-guard';
import { loadDocState } from './state';

export interface TeamRoles {
  readonly readOnly: readonly SyncDocument[];
  readonly signedInAs: IdentityMessage | null;
  readonly signedInPersonId: string | null;
}

const CHANNEL = 'panelwright-team-roles';

/** The roles as this computer's sync state holds them (what the running window last saved). */
export async function storedRoles(db: PanelwrightDb): Promise<TeamRoles> {
  const readOnly: SyncDocument[] = [];
  for (const d of SYNC_DOCUMENT_NAMES) if ((await loadDocState(db, d)).state.scope === 'readonly') readOnly.push(d);
  const signedInAs = await loadIdentity(db);
  const signedInPersonId = signedInAs ? personIdFor(await db.people.toArray(), signedInAs.person) : null;
  return { readOnly, signedInAs, signedInPersonId };
}

/** Messages on the channel come from windows of this app, but are read as untrusted all the same. */
export function parseRoles(data: unknown): TeamRoles | null {
  if (typeof data !== 'object' || data === null) return null;
  const o = data as Record<string, unknown>;
  if (o.kind !== 'roles' || !Array.isArray(o.readOnly)) return null;
  const readOnly = o.readOnly.filter((d): d is SyncDocument => typeof d === 'string' && (SYNC_DOCUMENT_NAMES as readonly string[]).includes(d));
  const signedInAs = typeof o.signedInAs === 'string' ? parseIdentityMessage(o.signedInAs) : null;
  const signedInPersonId = typeof o.signedInPersonId === 'string' ? o.signedInPersonId : null;
  return { readOnly, signedInAs, signedInPersonId };
}

const sameRoles = (a: TeamRoles | null, b: TeamRoles) =>
  !!a && a.readOnly.join() === b.readOnly.join() && JSON.stringify(a.signedInAs) === JSON.stringify(b.signedInAs) && a.signedInPersonId === b.signedInPersonId;

function channel(): BroadcastChannel | null {
  return typeof BroadcastChannel === 'undefined' ? null : new BroadcastChannel(CHANNEL);
}

/** The running window: tells waiting windows the roles whenever they change, and when one asks. */
export class RolesAnnouncer {
  private readonly ch = channel();
  private last: TeamRoles | null = null;

  constructor() {
    if (this.ch)
      this.ch.onmessage = (e: MessageEvent) => {
        if ((e.data as { kind?: unknown } | null)?.kind === 'ask' && this.last) this.post(this.last);
      };
  }

  announce(roles: TeamRoles): void {
    if (sameRoles(this.last, roles)) return;
    this.last = roles;
    this.post(roles);
  }

  private post(r: TeamRoles) {
    this.ch?.postMessage({
      kind: 'roles',
      readOnly: [...r.readOnly],
      signedInAs: r.signedInAs ? JSON.stringify(r.signedInAs) : null,
      signedInPersonId: r.signedInPersonId,
    });
  }

  close(): void {
    this.ch?.close();
  }
}

/** A waiting window: the stored roles first, then each the running window announces. Returns stop. */
export function followRoles(db: PanelwrightDb, onRoles: (r: TeamRoles) => void): () => void {
  const ch = channel();
  let heard = false;
  let stopped = false;
  if (ch) {
    ch.onmessage = (e: MessageEvent) => {
      const r = parseRoles(e.data);
      if (!r || stopped) return;
      heard = true;
      onRoles(r);
    };
    ch.postMessage({ kind: 'ask' });
  }
  void storedRoles(db)
    .then((r) => {
      // An announcement is newer than what was saved: it stands.
      if (!heard && !stopped) onRoles(r);
    })
    .catch(() => undefined);
  return () => {
    stopped = true;
    ch?.close();
  };
}
