// The UI side of per-record ownership: an update card of a deliverable the connected officer does
// not lead is read-only, with a note saying whose it is (the laptop would hold such a change back
// and the server refuse it: shared/sync/ownership.ts).
import { useLiveQuery } from 'dexie-react-hooks';
import { checksRecords } from '../../shared/sync/ownership';
import { db } from '../db/database';
import { useTeamSync } from './team';

/**
 * For a team-synced update of a deliverable with this lead (a Person id; null: none): the note to
 * show when this sign-in may not change it, or null when it may (no team sync, the author …).
 */
export function useNotYoursNote(leadPersonId: string | null | undefined): string | null {
  const s = useTeamSync().status;
  const who = s?.signedInAs;
  const notMine = leadPersonId !== undefined && !!who && checksRecords(who.role, 'updates') && (leadPersonId === null || leadPersonId !== s.signedInPersonId);
  const leadName = useLiveQuery(async () => (notMine && leadPersonId ? ((await db.people.get(leadPersonId))?.name ?? null) : null), [notMine, leadPersonId]);
  if (!notMine) return null;
  const whose =
    leadPersonId === null ? 'This deliverable has no lead officer' : leadName ? `${leadName} leads this deliverable` : 'Another officer leads this deliverable';
  return `Read-only: ${whose}. Your team sign-in may change only the updates of deliverables you lead.`;
}
