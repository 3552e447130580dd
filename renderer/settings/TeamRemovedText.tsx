// Text typed on this laptop that a colleague's change removed while the two were apart (a paragraph
// deleted on their laptop while it was typed in here). Nothing is lost: each block is kept as it
// stood here, with Restore (back where it stood, for everyone) and Dismiss.
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import type { RemovedText } from '../../shared/sync/rich-text';
import { whenInWords } from '../../shared/sync/connection';
import { db } from '../db/database';
import { settleRemovedTeamText } from '../sync/team';
import { focusWhenShown } from '../ui/focus';
import { showToast } from '../ui/toast';

const entryId = (r: RemovedText) => `${r.table}/${r.recordId}/${r.index}/${r.at}`;

export function TeamRemovedText({ removed }: { removed: readonly RemovedText[] }) {
  const titles = useLiveQuery(async () => {
    const out = new Map<string, string>();
    for (const r of removed) {
      const row = (await db.table(r.table).get(r.recordId)) as { title?: unknown } | undefined;
      if (typeof row?.title === 'string' && row.title.trim()) out.set(r.recordId, row.title.trim());
    }
    return out;
  }, [removed.map(entryId).join('|')]);
  const [busy, setBusy] = useState(false);

  const settle = async (r: RemovedText, restore: boolean) => {
    setBusy(true);
    const ok = await settleRemovedTeamText(r, restore).catch(() => false);
    setBusy(false);
    if (!ok) {
      showToast({
        tone: 'error',
        text: restore ? 'That text could not be restored: the paper may be issued, or the list has changed.' : 'The list has changed since.',
      });
      return;
    }
    if (restore) showToast({ tone: 'success', text: 'Restored. Everyone connected gets it back.' });
    void focusWhenShown(
      () => document.querySelector<HTMLElement>('.team-removed button') ?? document.querySelector<HTMLElement>('[data-testid="team-status"]'),
      { block: 'nearest' },
    );
  };

  return (
    <section className="team-conflicts team-removed" aria-labelledby="team-removed-heading">
      <h3 id="team-removed-heading">Removed by a colleague while you typed</h3>
      <p className="muted small">A colleague deleted these paragraphs while you were typing in them. Restore puts one back where it stood.</p>
      <ul>
        {removed.map((r, i) => {
          const where = `${r.table === 'appendices' ? 'Appendix' : r.table === 'updates' ? 'Update' : 'Section'}${titles?.get(r.recordId) ? ` “${titles.get(r.recordId)}”` : ''}`;
          const headingId = `removed-${i}`;
          return (
            <li key={entryId(r)} className="team-conflict" aria-labelledby={headingId} data-testid="team-removed">
              <p id={headingId}>
                <strong>{where}</strong> <span className="muted small">({whenInWords(r.at)})</span>
              </p>
              <p className="team-conflict-value">{r.text}</p>
              <button type="button" disabled={busy} onClick={() => void settle(r, true)}>
                Restore
              </button>{' '}
              <button type="button" disabled={busy} onClick={() => void settle(r, false)}>
                Dismiss
              </button>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
