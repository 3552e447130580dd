// The status bar's word on team sync, a link to Settings → Team (where the details and the values to
// choose are). Nothing shows without a connection.
import { shortStatusInWords } from '../../shared/sync/connection';
import { useTeamSync } from './team';

export function TeamStatusLink() {
  const { url, status, lastSynced, elsewhere } = useTeamSync();
  if (!url) return null;
  const words = status
    ? shortStatusInWords({ link: status.link, waiting: status.waiting, blocked: status.blocked, conflicts: status.conflicts.length, lastSynced })
    : elsewhere
      ? 'Team: syncing in another window'
      : 'Team: starting…';
  const attention = !!status && (status.conflicts.length > 0 || status.link.kind === 'refused');
  return (
    <a href="#/settings" className={`team-status-link${attention ? ' attention' : ''}`} data-testid="team-status-link" title={`Team sync with ${url}`}>
      {words}
    </a>
  );
}
