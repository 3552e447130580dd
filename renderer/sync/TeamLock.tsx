// Around a screen's fields: when this computer's team sync role may only read the table (a
// reviewer's plans, a lead officer's committees …), a note saying so and every field inside
// read-only, so nothing is typed here that would never reach colleagues.
import type { ReactNode } from 'react';
import type { SnapshotTable } from '../../shared/backup/tables';
import { EditLockContext } from '../ui/edit-lock';
import { useTeamReadOnly } from './team';

/**
 * `disableAll`: buttons too (a screen that only edits, such as Committees); otherwise fields only,
 * so views and pickers that change nothing keep working.
 */
export function TeamLock({ table, what, disableAll, children }: { table: SnapshotTable; what: string; disableAll?: boolean; children: ReactNode }) {
  const locked = useTeamReadOnly(table);
  return (
    <EditLockContext.Provider value={locked}>
      {locked && (
        <p className="message-bar read-only-note" role="note" data-testid="team-read-only-screen">
          Read-only: your team sign-in may only read {what}, so changes made here would not reach your colleagues. Settings → Team shows what you can change.
        </p>
      )}
      {locked && disableAll ? (
        <fieldset disabled className="team-lock-fieldset">
          {children}
        </fieldset>
      ) : (
        children
      )}
    </EditLockContext.Provider>
  );
}
