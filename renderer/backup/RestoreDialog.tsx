// Restore's confirmation, shown once the file has been checked: when it was made and by which version,
// what it holds in words, and the choice between replacing everything and bringing back one paper or
// delivery plan (with the rule for records that exist in both, shared/backup/restore-one.ts).
import { useId, useState } from 'react';
import { RESTORE_ONE_RULE } from '../../shared/backup/restore-one';
import type { RestoreCandidate, RestoreOneKind } from '../../shared/backup/restore-one';
import { joinInWords } from '../../shared/backup/summary';
import { formatShortDate, formatShortDateTime } from '../../shared/text/dates';
import { Modal } from '../ui/Modal';

export type RestoreChoice = { kind: 'all' } | { kind: RestoreOneKind; id: string };

interface Props {
  readonly label: string;
  readonly madeAt: string;
  readonly appVersion: string;
  readonly formatVersion: number;
  /** What the backup holds and what this computer holds now, in words ("3 papers"). */
  readonly holds: readonly string[];
  readonly here: readonly string[];
  readonly candidates: readonly RestoreCandidate[];
  readonly onCancel: () => void;
  readonly onRestore: (choice: RestoreChoice) => void;
}

const HERE: Record<RestoreCandidate['here'], string> = { present: 'on this computer', removed: 'removed here', absent: 'not on this computer' };
const keyOf = (c: RestoreCandidate) => `${c.kind}:${c.id}`;

export function RestoreDialog({ label, madeAt, appVersion, formatVersion, holds, here, candidates, onCancel, onRestore }: Props) {
  const id = useId();
  const [mode, setMode] = useState<'all' | 'one'>('all');
  const [picked, setPicked] = useState(candidates[0] ? keyOf(candidates[0]) : '');
  const chosen = candidates.find((c) => keyOf(c) === picked);
  const confirmLabel = mode === 'all' ? 'Replace everything' : chosen?.kind === 'plan' ? 'Restore this plan' : 'Restore this paper';
  return (
    <Modal titleId={`${id}-title`} title={`Restore from “${label}”`} onClose={onCancel} className="restore-dialog" focusOnClose="#restore-button">
      <form
        onSubmit={(e) => {
          e.preventDefault();
          if (mode === 'all') onRestore({ kind: 'all' });
          else if (chosen) onRestore({ kind: chosen.kind, id: chosen.id });
        }}
      >
        <p className="dialog-message">
          This backup was made on {formatShortDateTime(madeAt)} by Panelwright {appVersion} (backup format {formatVersion}). It holds {joinInWords(holds)}.
        </p>
        <fieldset className="restore-choice">
          <legend>What to restore</legend>
          <label className="check">
            <input type="radio" name={`${id}-mode`} checked={mode === 'all'} onChange={() => setMode('all')} autoFocus /> Everything: replace all that is on
            this computer with the backup
          </label>
          <p className="field-hint restore-hint">This computer now has {joinInWords(here)}; all of it is replaced.</p>
          <label className="check">
            <input type="radio" name={`${id}-mode`} checked={mode === 'one'} disabled={candidates.length === 0} onChange={() => setMode('one')} /> One paper or
            delivery plan, into what is here
          </label>
          {candidates.length === 0 && <p className="field-hint restore-hint">The backup has no papers or plans.</p>}
          {mode === 'one' && (
            <div className="restore-one">
              <div className="field">
                <label htmlFor={`${id}-pick`}>Paper or plan</label>
                <select id={`${id}-pick`} value={picked} onChange={(e) => setPicked(e.target.value)}>
                  {candidates.map((c) => (
                    <option key={keyOf(c)} value={keyOf(c)}>
                      {c.kind === 'paper' ? 'Paper' : 'Plan'}: {c.title} (backup copy of {formatShortDate(c.updatedAt.slice(0, 10))}; {HERE[c.here]})
                    </option>
                  ))}
                </select>
              </div>
              <p className="field-hint restore-hint">{RESTORE_ONE_RULE}</p>
            </div>
          )}
        </fieldset>
        <p className="field-hint">A copy of what is here now is kept first under Automatic backups (Before a restore).</p>
        <div className="dialog-buttons">
          <button type="button" onClick={onCancel}>
            Cancel
          </button>
          <button type="submit" className={mode === 'all' ? 'danger' : 'primary'}>
            {confirmLabel}
          </button>
        </div>
      </form>
    </Modal>
  );
}
