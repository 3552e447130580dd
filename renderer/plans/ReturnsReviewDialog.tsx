// The review of returned packs: per deliverable what taking it in would do (new / changed /
// unchanged / conflict, why, and what stops it), the officer's update beside the current one. Clean
// rows are ticked; conflicts only when the author ticks them. Nothing is written until "Take in".
import { useState } from 'react';
import type { MergeKind } from '../../shared/merge/diff';
import { statusById } from '../../shared/plans/status-key';
import { cleanRowIds } from '../../shared/packs/returns';
import type { ReturnsReview, ReviewRow } from '../../shared/packs/returns';
import { periodShortLabel } from '../../shared/periods';
import { trackWrite } from '../app/save-state';
import { db } from '../db/database';
import { takeReturns } from '../db/packs-repo';
import { Modal } from '../ui/Modal';
import { StatusBadge } from '../ui/StatusBadge';
import { showToast } from '../ui/toast';
import type { PlanViewModel } from './plan-view-model';
import { useTeamReadOnly } from '../sync/team';

const KIND_LABEL: Record<MergeKind, string> = { new: 'New', changed: 'Changed', unchanged: 'Unchanged', conflict: 'Conflict' };

export function ReturnsReviewDialog({ vm, review, onClose }: { vm: PlanViewModel; review: ReturnsReview; onClose: () => void }) {
  const { plan, period } = vm;
  const clean = cleanRowIds(review);
  const [chosen, setChosen] = useState(() => new Set(clean));
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  // Taking returns in writes updates and update packs: a team sync role that may not write them cannot.
  const packsLocked = useTeamReadOnly('updatePacks');
  const updatesLocked = useTeamReadOnly('updates');
  const locked = packsLocked || updatesLocked;
  const counts = { new: 0, changed: 0, unchanged: 0, conflict: 0 };
  for (const r of review.rows) counts[r.entry.kind]++;
  const problems = review.rows.filter((r) => r.problems.length > 0 && r.entry.kind !== 'unchanged').length;

  const take = async (ids: readonly string[]) => {
    setBusy(true);
    setError(null);
    try {
      const r = await trackWrite(() => takeReturns(db, review, ids));
      showToast({ text: `Took in ${r.written} update${r.written === 1 ? '' : 's'} from ${r.packsReturned} return${r.packsReturned === 1 ? '' : 's'}.` });
      onClose();
    } catch (e) {
      setError(e instanceof Error ? e.message : 'The returns could not be taken in.');
      setBusy(false);
    }
  };
  const toggle = (id: string, on: boolean) => {
    const next = new Set(chosen);
    if (on) next.add(id);
    else next.delete(id);
    setChosen(next);
  };

  return (
    <Modal titleId="returns-title" title={`Take returns in: ${periodShortLabel(period)}`} onClose={onClose} className="returns-dialog">
      <p className="dialog-message" data-testid="returns-summary">
        {review.rows.length} row{review.rows.length === 1 ? '' : 's'} from {review.files.filter((f) => f.ret).length} file{review.files.length === 1 ? '' : 's'}
        : {counts.new} new, {counts.changed} changed, {counts.unchanged} unchanged, {counts.conflict} in conflict
        {problems ? `; ${problems} with a problem to fix` : ''}. Nothing is written until you take rows in.
      </p>
      {review.files.some((f) => f.messages.length > 0) && (
        <ul className="file-messages">
          {review.files.flatMap((f) =>
            f.messages.map((m, i) => (
              <li key={`${f.fileName}-${i}`}>
                <strong>{f.fileName}</strong>
                {f.ret ? '' : ' (refused)'}: {m}
              </li>
            )),
          )}
        </ul>
      )}
      {review.rows.length > 0 && (
        <div className="returns-scroll">
          <table className="data-table returns-table">
            <caption>Each returned deliverable</caption>
            <thead>
              <tr>
                <th scope="col">Take in</th>
                <th scope="col">Deliverable</th>
                <th scope="col">What it would do</th>
                <th scope="col">Officer's update</th>
                <th scope="col">Current update</th>
              </tr>
            </thead>
            <tbody>
              {review.rows.map((r) => (
                <Row key={r.entry.id} row={r} plan={vm.plan} checked={chosen.has(r.entry.id)} onToggle={(on) => toggle(r.entry.id, on)} />
              ))}
            </tbody>
          </table>
        </div>
      )}
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
      {locked && (
        <p className="message-bar read-only-note" role="note" data-testid="team-read-only-returns">
          Read-only: your team sign-in may not take returns in (it may only read update packs or updates), so nothing here would reach your colleagues.
        </p>
      )}
      <div className="dialog-buttons">
        <button type="button" className="primary" disabled={busy || locked || clean.length === 0} onClick={() => void take(clean)}>
          Accept all clean rows ({clean.length})
        </button>
        <button type="button" disabled={busy || locked || chosen.size === 0} onClick={() => void take([...chosen])}>
          Take in ticked rows ({chosen.size})
        </button>
        <button type="button" onClick={onClose}>
          Cancel
        </button>
      </div>
      <p className="muted small">
        Into {plan.name}, {periodShortLabel(period)}.
      </p>
    </Modal>
  );
}

function Row({ row: r, plan, checked, onToggle }: { row: ReviewRow; plan: PlanViewModel['plan']; checked: boolean; onToggle: (on: boolean) => void }) {
  const e = r.entry;
  const takeable = e.kind !== 'unchanged' && r.problems.length === 0;
  const label = `Take in ${r.ref} from ${r.fileName}`;
  return (
    <tr className={`kind-${e.kind}`} data-testid="return-row">
      <td>
        <input type="checkbox" aria-label={label} checked={checked && takeable} disabled={!takeable} onChange={(ev) => onToggle(ev.target.checked)} />
      </td>
      <th scope="row">
        <span className="ref">{r.ref}</span>{' '}
        <span className="activity" title={r.activity}>
          {r.activity}
        </span>
        <div className="muted small">
          {r.fileName}, row {r.rowNumber}
          {r.officerName ? `, ${r.officerName}` : ''}
        </div>
      </th>
      <td>
        <strong className={`merge-kind merge-${e.kind}`}>{KIND_LABEL[e.kind]}</strong>
        {e.reason && <div className="small">{e.reason}</div>}
        {r.problems.map((p) => (
          <div key={p} className="field-error small">
            {p}
          </div>
        ))}
      </td>
      <td>
        <StatusBadge status={statusById(plan.statusKey, e.incoming.statusId)} show="name" />
        <div className="return-text">{r.officerText || <span className="muted">No text.</span>}</div>
      </td>
      <td>
        {e.current ? (
          <>
            <StatusBadge status={statusById(plan.statusKey, e.current.statusId)} show="name" />
            <div className="return-text">{r.currentText || <span className="muted">No text.</span>}</div>
          </>
        ) : (
          <span className="muted">None yet.</span>
        )}
      </td>
    </tr>
  );
}
