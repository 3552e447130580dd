// Recording a clearance: who cleared the section, in what role, when and how. The text as it is now
// is what they cleared (its hash is kept), so a later edit shows the clearance as out of date.
import { useState } from 'react';
import type { Clearance, ClearanceMethod } from '../../../shared/clearance/model';
import { METHOD_LABEL, ROLE_LABEL } from '../../../shared/clearance/model';
import { whenSaved } from '../../app/save-state';
import { db } from '../../db/database';
import { recordClearance } from '../../db/clearance-repo';
import { Modal } from '../../ui/Modal';
import { showToast } from '../../ui/toast';

const today = () => new Date().toISOString().slice(0, 10);

export function RecordClearanceDialog({ clearance, sectionLabel, onClose }: { clearance: Clearance; sectionLabel: string; onClose: () => void }) {
  const [by, setBy] = useState(clearance.personName);
  const [role, setRole] = useState(ROLE_LABEL[clearance.role].split(' — ').pop() ?? '');
  const [date, setDate] = useState(today());
  const [how, setHow] = useState<ClearanceMethod>('email');
  const [note, setNote] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const save = async () => {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || Number.isNaN(new Date(`${date}T12:00:00Z`).getTime())) {
      setProblem('Give the date it was cleared, like 2026-12-04.');
      return;
    }
    setBusy(true);
    setProblem(null);
    try {
      await whenSaved();
      // Cleared today: now; an earlier day: midday of that day.
      const at = date === today() ? new Date().toISOString() : `${date}T12:00:00.000Z`;
      await recordClearance(db, clearance.id, { by, role, at, how, note });
      showToast({ tone: 'success', text: `Recorded: ${sectionLabel} cleared by ${by.trim()}. Any change to its text will show the clearance as out of date.` });
      onClose();
    } catch (e) {
      setProblem(e instanceof Error ? e.message : String(e));
      setBusy(false);
    }
  };
  return (
    <Modal titleId="record-clearance-title" title={`Record clearance of ${sectionLabel}`} onClose={onClose}>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void save();
        }}
      >
        <p className="dialog-message">The section’s text as it is now is what is recorded as cleared.</p>
        <label className="field">
          <span>Cleared by</span>
          {/* eslint-disable-next-line jsx-a11y/no-autofocus -- first field of the dialog */}
          <input autoFocus value={by} maxLength={200} onChange={(e) => setBy(e.target.value)} required />
        </label>
        <label className="field">
          <span>Their role</span>
          <input value={role} maxLength={300} onChange={(e) => setRole(e.target.value)} />
        </label>
        <label className="field">
          <span>Date cleared (YYYY-MM-DD)</span>
          <input value={date} onChange={(e) => setDate(e.target.value.trim())} inputMode="numeric" />
        </label>
        <div className="field">
          <label htmlFor="clearance-how">How</label>
          <select id="clearance-how" value={how} onChange={(e) => setHow(e.target.value as ClearanceMethod)}>
            {(Object.keys(METHOD_LABEL) as ClearanceMethod[]).map((m) => (
              <option key={m} value={m}>
                {METHOD_LABEL[m]}
              </option>
            ))}
          </select>
        </div>
        <label className="field">
          <span>Note (optional)</span>
          <input value={note} maxLength={2000} onChange={(e) => setNote(e.target.value)} placeholder="E-mail of 4 Dec, 10:14" />
        </label>
        {problem && (
          <p className="field-error" role="alert">
            {problem}
          </p>
        )}
        <div className="dialog-buttons">
          <button type="button" onClick={onClose} disabled={busy}>
            Cancel
          </button>
          <button type="submit" className="primary" disabled={busy}>
            Record clearance
          </button>
        </div>
      </form>
    </Modal>
  );
}
