// "Send for review…": who gets the review copy and what each is asked (a clearance of named
// sections, or comments), a reply-by date and line numbers; the copy is saved for the author to send,
// and the request is recorded (the clearances it asks for become "asked").
import { useState } from 'react';
import type { ClearanceRole } from '../../../shared/clearance/model';
import { CLEARANCE_ROLES, ROLE_LABEL } from '../../../shared/clearance/model';
import { paperFileName } from '../../../shared/papers/file-name';
import type { Paper, Section } from '../../../shared/papers/model';
import type { Reviewer } from '../../../shared/review/model';
import { whenSaved } from '../../app/save-state';
import { db } from '../../db/database';
import { sendForReview } from '../../db/review-repo';
import { getHost } from '../../host';
import { Modal } from '../../ui/Modal';
import { showToast } from '../../ui/toast';
import { useReview } from './use-review';

interface Row {
  readonly key: number;
  readonly name: string;
  readonly role: ClearanceRole | 'comments';
  readonly sectionIds: readonly string[];
}

export function SendForReviewDialog({ paper, sections, onClose }: { paper: Paper; sections: readonly Section[]; onClose: () => void }) {
  const review = useReview();
  // Start from the paper's required clearances not yet cleared: one reviewer per person.
  const initial = (): Row[] => {
    const rows = new Map<string, Row>();
    for (const c of review?.clearances ?? []) {
      if (review?.stateOf(c)?.kind === 'cleared') continue;
      const k = `${c.personName}|${c.role}`;
      const r = rows.get(k);
      rows.set(k, { key: rows.size + 1, name: c.personName, role: c.role, sectionIds: [...(r?.sectionIds ?? []), c.sectionId] });
    }
    return rows.size ? [...rows.values()] : [{ key: 1, name: '', role: 'comments', sectionIds: [] }];
  };
  const [rows, setRows] = useState<Row[]>(initial);
  const [due, setDue] = useState('');
  const [lineNumbers, setLineNumbers] = useState(true);
  const [note, setNote] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const set = (key: number, change: Partial<Row>) => setRows((rs) => rs.map((r) => (r.key === key ? { ...r, ...change } : r)));
  const send = async () => {
    if (due && !/^\d{4}-\d{2}-\d{2}$/.test(due)) {
      setProblem('Give the reply-by date like 2026-12-08, or leave it empty.');
      return;
    }
    setBusy(true);
    setProblem(null);
    try {
      await whenSaved();
      const reviewers: Reviewer[] = rows.map((r) => ({ personId: null, name: r.name, role: r.role, sectionIds: r.sectionIds, ask: '' }));
      const { bytes } = await sendForReview(db, paper.id, { reviewers, dueDate: due, lineNumbers, note });
      const saved = await getHost().saveFile({
        suggestedName: paperFileName({ ...paper, title: `${paper.title} (review copy)` }),
        data: bytes,
        filter: { name: 'Word document', extensions: ['docx'] },
      });
      showToast({
        tone: 'success',
        text: `Review request recorded for ${reviewers.map((r) => r.name.trim()).join(', ')}.${saved.saved ? ` Review copy saved to ${saved.location}: send it to them.` : ' The copy was not saved: export it again from Send for review.'}`,
      });
      onClose();
    } catch (e) {
      setProblem(e instanceof Error ? e.message : String(e));
      setBusy(false);
    }
  };
  return (
    <Modal titleId="send-review-title" title="Send for review" onClose={onClose} className="wide-dialog">
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void send();
        }}
      >
        <p className="dialog-message">
          Saves a review copy marked “{'DRAFT FOR REVIEW — NOT FOR PUBLICATION'}” with a note on its cover of what is asked of whom. Reviewers add comments and
          tracked changes in Word and send it back; take their files in with “Take in a returned file…”.
        </p>
        {rows.map((r, i) => (
          <fieldset key={r.key} className="field-group reviewer-row">
            <legend>Reviewer {i + 1}</legend>
            <label className="field">
              <span>Name</span>
              {/* eslint-disable-next-line jsx-a11y/no-autofocus -- first field of the dialog */}
              <input autoFocus={i === 0} value={r.name} maxLength={200} onChange={(e) => set(r.key, { name: e.target.value })} />
            </label>
            <div className="field">
              <label htmlFor={`reviewer-role-${r.key}`}>Asked for</label>
              <select id={`reviewer-role-${r.key}`} value={r.role} onChange={(e) => set(r.key, { role: e.target.value as Row['role'] })}>
                <option value="comments">Comments</option>
                {CLEARANCE_ROLES.map((x) => (
                  <option key={x} value={x}>
                    Clearance: {ROLE_LABEL[x]}
                  </option>
                ))}
              </select>
            </div>
            <fieldset className="section-picks">
              <legend>Sections (none ticked: the whole paper)</legend>
              {sections.map((s, k) => (
                <label key={s.id} className="check">
                  <input
                    type="checkbox"
                    checked={r.sectionIds.includes(s.id)}
                    onChange={(e) => set(r.key, { sectionIds: e.target.checked ? [...r.sectionIds, s.id] : r.sectionIds.filter((x) => x !== s.id) })}
                  />{' '}
                  {k + 1}. {s.title}
                </label>
              ))}
            </fieldset>
            {rows.length > 1 && (
              <button type="button" onClick={() => setRows((rs) => rs.filter((x) => x.key !== r.key))}>
                Remove reviewer {i + 1}
              </button>
            )}
          </fieldset>
        ))}
        <button
          type="button"
          onClick={() => setRows((rs) => [...rs, { key: Math.max(0, ...rs.map((x) => x.key)) + 1, name: '', role: 'comments', sectionIds: [] }])}
        >
          Add a reviewer
        </button>
        <label className="field">
          <span>Reply by (YYYY-MM-DD, optional)</span>
          <input value={due} onChange={(e) => setDue(e.target.value.trim())} inputMode="numeric" />
        </label>
        <label className="check">
          <input type="checkbox" checked={lineNumbers} onChange={(e) => setLineNumbers(e.target.checked)} /> Print line numbers
        </label>
        <label className="field">
          <span>Note on the cover (optional)</span>
          <input value={note} maxLength={2000} onChange={(e) => setNote(e.target.value)} />
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
            {busy ? 'Saving the review copy…' : 'Save review copy'}
          </button>
        </div>
      </form>
    </Modal>
  );
}
