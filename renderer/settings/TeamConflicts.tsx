// The guarded values two people changed while apart (statuses, sign-off, figures, section text…):
// each value with who made it and when, and a button to keep it. Nothing is settled for them: until a
// person chooses, the app shows the later change and this list keeps asking.
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import type { SnapshotTable } from '../../shared/backup/tables';
import { whenInWords } from '../../shared/sync/connection';
import { conflictOptionsInWords } from '../../shared/sync/conflict-words';
import { conflictSentence } from '../../shared/sync/register';
import { db } from '../db/database';
import type { SyncStatus } from '../sync/engine';
import { chooseTeamValue } from '../sync/team';
import { focusWhenShown } from '../ui/focus';
import { showToast } from '../ui/toast';

type Conflict = SyncStatus['conflicts'][number];

const TABLE_WORDS: Partial<Record<SnapshotTable, string>> = {
  papers: 'Paper',
  sections: 'Section',
  appendices: 'Appendix',
  updates: 'Update',
  reviewItems: 'Review comment',
  clearances: 'Clearance',
  measures: 'Measure',
  measureValues: 'Measure value',
  issuedVersions: 'Issued version',
};

const FIELD_WORDS: Readonly<Record<string, string>> = {
  status: 'status',
  cover: 'cover sheet',
  statusId: 'status',
  narrative: 'update text',
  signOff: 'sign-off',
  history: 'clearance history',
  askedAt: 'date clearance was asked',
  value: 'value',
  target: 'target',
  baseline: 'baseline',
  body: 'text',
};

/** A record's name as people know it: its title, name, heading or reference. */
function recordName(r: Record<string, unknown> | undefined): string | null {
  if (!r) return null;
  for (const k of ['title', 'name', 'heading', 'ref', 'activity', 'label']) {
    const v = r[k];
    if (typeof v === 'string' && v.trim()) return v.trim();
  }
  return null;
}

const conflictId = (c: Conflict) => `${c.table}/${c.recordId}/${c.field}`;

export function TeamConflicts({ conflicts }: { conflicts: readonly Conflict[] }) {
  const names = useLiveQuery(async () => {
    const out = new Map<string, string | null>();
    for (const c of conflicts) {
      const r = (await db.table(c.table).get(c.recordId)) as Record<string, unknown> | undefined;
      out.set(`${c.table}/${c.recordId}`, recordName(r));
    }
    return out;
  }, [conflicts.map(conflictId).join('|')]);
  // An update's status reads as its label in its plan's key ("Amber"): update → deliverable → plan.
  const statusLabels = useLiveQuery(async () => {
    const out = new Map<string, ReadonlyMap<string, string>>();
    for (const c of conflicts) {
      if (c.table !== 'updates' || c.field !== 'statusId') continue;
      const u = await db.updates.get(c.recordId);
      const d = u ? await db.deliverables.get(u.deliverableId) : undefined;
      const plan = d ? await db.plans.get(d.planId) : undefined;
      if (plan) out.set(c.recordId, new Map(plan.statusKey.statuses.map((st) => [st.id, st.label])));
    }
    return out;
  }, [conflicts.map(conflictId).join('|')]);
  const [busy, setBusy] = useState(false);

  const choose = async (c: Conflict, key: string, index: number) => {
    setBusy(true);
    const ok = await chooseTeamValue(db, c, key).catch(() => false);
    setBusy(false);
    if (!ok) {
      showToast({ tone: 'error', text: 'That value could not be kept: the list has changed since. Choose again.' });
      return;
    }
    showToast({ tone: 'success', text: 'Kept. Everyone connected gets this value.' });
    // Next: the following conflict's first choice once the chosen one has gone, or the status when none is left.
    const chosen = conflictId(c);
    void focusWhenShown(
      () => {
        if (document.querySelector(`[data-conflict="${CSS.escape(chosen)}"]`)) return null;
        const left = [...document.querySelectorAll<HTMLElement>('.team-conflict')];
        const next = left[index] ?? left.at(-1);
        return next ? next.querySelector('button') : document.querySelector<HTMLElement>('[data-testid="team-status"]');
      },
      { block: 'nearest' },
    );
  };

  return (
    <section className="team-conflicts" aria-labelledby="team-conflicts-heading">
      <h3 id="team-conflicts-heading">Changed by two people while apart</h3>
      <p className="muted small">Choose which value stands. Until you do, the later change is shown.</p>
      <ul>
        {conflicts.map((c, i) => {
          const what =
            `${TABLE_WORDS[c.table] ?? c.table} ${names?.get(`${c.table}/${c.recordId}`) ? `“${names.get(`${c.table}/${c.recordId}`)}”` : ''}`.trim();
          const field = FIELD_WORDS[c.field] ?? c.field;
          const headingId = `conflict-${i}`;
          const labels = c.table === 'updates' ? statusLabels?.get(c.recordId) : undefined;
          const values = conflictOptionsInWords(c.table, c.field, c.options, { statusLabel: (id) => labels?.get(id) });
          return (
            <li key={conflictId(c)} className="team-conflict" aria-labelledby={headingId} data-testid="team-conflict" data-conflict={conflictId(c)}>
              <p id={headingId}>
                <strong>
                  {what}: {field}
                </strong>{' '}
                — {conflictSentence(c.options)}
              </p>
              <ul className="team-conflict-options">
                {c.options.map((o, n) => (
                  <li key={o.key}>
                    <span className="team-conflict-value">{values[n]}</span>{' '}
                    <span className="muted small">
                      ({o.by || 'someone'}, {whenInWords(o.at)})
                    </span>{' '}
                    <button type="button" disabled={busy} onClick={() => void choose(c, o.key, i)}>
                      Keep {o.by ? `${o.by}’s` : 'this'} value
                    </button>
                  </li>
                ))}
              </ul>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
