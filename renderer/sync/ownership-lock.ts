// The UI side of per-record ownership: an update card of a deliverable the connected officer neither
// leads nor owns is read-only, with a note saying whose it is (the laptop would hold such a change back
// and the server refuse it: shared/sync/ownership.ts).
import { useLiveQuery } from 'dexie-react-hooks';
import { checksRecords } from '../../shared/sync/ownership';
import { db } from '../db/database';
import { useTeamSync } from './team';

/**
 * For a team-synced update of a deliverable with these owners (Person ids, lead first; none: no lead):
 * the note to show when this sign-in may not change it, or null when it may (no team sync, the author …).
 */
export function useNotYoursNote(owners: readonly string[] | undefined): string | null {
  const t = useTeamSync();
  // A window waiting while another syncs knows the sign-in from that window (window-roles.ts).
  const s = t.status ?? t.roles;
  const who = s?.signedInAs;
  const leadPersonId = owners === undefined ? undefined : (owners[0] ?? null);
  const notMine = owners !== undefined && !!who && checksRecords(who.role, 'updates') && !(s.signedInPersonId !== null && owners.includes(s.signedInPersonId));
  const leadName = useLiveQuery(async () => (notMine && leadPersonId ? ((await db.people.get(leadPersonId))?.name ?? null) : null), [notMine, leadPersonId]);
  if (!notMine) return null;
  const whose =
    leadPersonId === null ? 'This deliverable has no lead officer' : leadName ? `${leadName} leads this deliverable` : 'Another officer leads this deliverable';
  return `Read-only: ${whose}. Your team sign-in may change only the updates of deliverables you lead or own.`;
}
