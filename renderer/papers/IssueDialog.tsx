// "Issue…": the paper as it is now becomes an issued version that never changes. The author adds an
// optional note and, for a re-issue, chooses whether the paper prints "Revised" with a note.
import { useState } from 'react';
import { ExportRefusedError } from '../../shared/docx/export';
import { APP_VERSION } from '../app/version';
import { whenSaved } from '../app/save-state';
import { db } from '../db/database';
import { issuePaper } from '../db/issued-repo';
import { Modal } from '../ui/Modal';
import { useLiveQuery } from 'dexie-react-hooks';
import { applyAccepted } from '../../shared/check/run';
import { usePaperCheck } from './check/use-check';
import { SchemaNote } from './check/CheckPanel';
import { showToast } from '../ui/toast';
import { OVERRIDE_REASON_MIN } from '../../shared/clearance/rules';
import { useReview } from './review/use-review';
import type { Finding } from '../../shared/check/model';
import { CLEARANCE_RULE_ID, splitAcceptedBlockers } from '../../shared/check/rules/clearance';
import { buildDocx } from './export/export-client';

export function IssueDialog({ paperId, nextNumber, onClose }: { paperId: string; nextNumber: number; onClose: () => void }) {
  const [note, setNote] = useState('');
  const [printRevised, setPrintRevised] = useState(nextNumber > 1);
  const [revisedNote, setRevisedNote] = useState('');
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [done, setDone] = useState(false);
  // The same Check as the panel, on the paper as it will be issued.
  const paper = useLiveQuery(() => db.papers.get(paperId), [paperId]);
  const check = usePaperCheck(paperId, true, true, 'issue');
  const [reason, setReason] = useState('');
  // A missing clearance is both the Check's clearance rule and Issue's own refusal: it is listed once,
  // in the clearances box below (with the reason, from the Check or typed here, that lets it go).
  const sorted = applyAccepted(check.findings ?? [], paper?.acceptedFindings);
  const others = (f: Finding) => f.severity === 'error' && f.ruleId !== CLEARANCE_RULE_ID;
  const openErrors = sorted.open.filter(others);
  const acceptedErrors = sorted.accepted.filter(others);
  const blockers = splitAcceptedBlockers(useReview()?.blockers ?? [], paper?.acceptedFindings);
  const missing = blockers.open.length + blockers.accepted.length;
  const notes = sorted.open.filter((f) => f.severity !== 'error').length;

  const issue = async () => {
    setBusy(true);
    setProblem(null);
    try {
      await whenSaved();
      const v = await issuePaper(db, paperId, {
        note,
        revisedNote: nextNumber > 1 && printRevised ? revisedNote : null,
        appVersion: APP_VERSION,
        overrideReason: reason,
        // The version's Word file is built in the export worker, so the window keeps answering.
        build: (bundle, at, seed) => buildDocx({ kind: 'version', bundle, at, seed }),
      });
      setDone(true);
      showToast({ tone: 'success', text: `Issued as version ${v.number}. Its Word file and SHA-256 (${v.docx?.sha256.slice(0, 12)}…) are kept with it.` });
      // After the render that records `done`, so the dialog sends focus to the note about the issue.
      setTimeout(onClose, 0);
    } catch (e) {
      // An export that fails issues nothing: say what to fix and stay open.
      setProblem(e instanceof ExportRefusedError ? `Nothing was issued: ${e.message}` : e instanceof Error ? e.message : String(e));
      setBusy(false);
    }
  };

  return (
    <Modal
      titleId="issue-title"
      title={nextNumber > 1 ? `Issue version ${nextNumber}` : 'Issue this paper'}
      onClose={onClose}
      focusOnClose={done ? '#issued-note' : null}
    >
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void issue();
        }}
      >
        <p className="dialog-message">
          The paper as it is now, with every data block’s figures, is kept exactly as issued, with its Word file. It cannot be changed afterwards; to correct
          it, revise it and issue version {nextNumber + 1}.
        </p>
        <label className="field">
          <span>Note (optional)</span>
          <input autoFocus value={note} onChange={(e) => setNote(e.target.value)} placeholder="Issued to Police and Crime Panel, 8 Dec" maxLength={2000} />
        </label>
        <div className="issue-check" aria-live="polite">
          {check.findings === null || !check.complete ? (
            <p className="muted">Checking the paper before it goes out…</p>
          ) : openErrors.length ? (
            <>
              <p className="field-error">
                The Check found {openErrors.length} error{openErrors.length === 1 ? '' : 's'} not accepted. Fix them, or accept them with a reason in the Check
                panel, before the paper goes out:
              </p>
              <ul className="issue-findings">
                {openErrors.slice(0, 8).map((f) => (
                  <li key={f.key}>
                    {f.message} ({f.location.label})
                  </li>
                ))}
                {openErrors.length > 8 && <li>…and {openErrors.length - 8} more</li>}
              </ul>
            </>
          ) : (
            <p>
              The Check found no errors{missing ? ' besides the required clearances below' : ''}
              {notes ? ` (${notes} warnings and tips are in the Check panel)` : ''}.
            </p>
          )}
          {check.complete && <SchemaNote schema={check.schema} />}
          {acceptedErrors.length > 0 && (
            <>
              <p>Errors accepted with a reason:</p>
              <ul className="issue-findings">
                {acceptedErrors.map((f) => (
                  <li key={f.key}>
                    {f.message} ({f.location.label}) — accepted: {f.reason}
                  </li>
                ))}
              </ul>
            </>
          )}
        </div>
        {nextNumber > 1 && (
          <fieldset className="field-group">
            <legend>Revision</legend>
            <label className="check">
              <input type="checkbox" checked={printRevised} onChange={(e) => setPrintRevised(e.target.checked)} /> Print “Revised” under the title
            </label>
            {printRevised && (
              <label className="field">
                <span>Revision note printed with it (optional)</span>
                <input value={revisedNote} onChange={(e) => setRevisedNote(e.target.value)} placeholder="Paragraph 4.3 corrected" maxLength={2000} />
              </label>
            )}
          </fieldset>
        )}
        {missing > 0 && (
          <div className="issue-blockers" role="group" aria-labelledby="issue-blockers-title">
            <p id="issue-blockers-title" className="dialog-message">
              <strong>
                <span aria-hidden="true">⚠ </span>
                {missing === 1 ? 'A required clearance is missing or out of date:' : `${missing} required clearances are missing or out of date:`}
              </strong>
            </p>
            <ul>
              {blockers.open.map((b) => (
                <li key={b.clearance.id}>{b.message}</li>
              ))}
              {blockers.accepted.map(({ blocker: b, reason: why }) => (
                <li key={b.clearance.id}>
                  {b.message} — accepted in the Check: {why}
                </li>
              ))}
            </ul>
            {blockers.open.length > 0 && (
              <label className="field">
                <span>
                  Reason to issue without {blockers.open.length === 1 ? 'it' : 'them'} (kept with the issued version; at least {OVERRIDE_REASON_MIN} characters)
                </span>
                <textarea rows={2} value={reason} maxLength={2000} onChange={(e) => setReason(e.target.value)} />
              </label>
            )}
          </div>
        )}
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
            {busy ? 'Issuing…' : `Issue version ${nextNumber}`}
          </button>
        </div>
      </form>
    </Modal>
  );
}
