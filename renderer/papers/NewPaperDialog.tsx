// "New paper" when templates exist: start from the standard sections or from a committee's template
// (its sections, boilerplate text, footnote style and required sections), the committee's own first.
import { useState } from 'react';
import type { Committee, PaperKind } from '../../shared/papers/model';
import type { PaperTemplate } from '../../shared/issued/model';
import { templatesFor } from '../../shared/issued/templates';
import { navigate } from '../app/route';
import { db } from '../db/database';
import { createPaperFromTemplate } from '../db/issued-repo';
import { createPaper } from '../db/papers-repo';
import { Modal } from '../ui/Modal';

const BLANK = '';

export function NewPaperDialog({
  templates,
  committees,
  onClose,
}: {
  templates: readonly PaperTemplate[];
  committees: readonly Committee[];
  onClose: () => void;
}) {
  const [committeeId, setCommitteeId] = useState<string>('');
  const [kind, setKind] = useState<PaperKind>('committeePaper');
  const plan = kind === 'planDocument';
  const offered = templatesFor(templates, committeeId || null);
  const [choice, setChoice] = useState<string>(offered[0]?.id ?? BLANK);
  const chosen = offered.some((t) => t.id === choice) ? choice : BLANK;
  const name = (t: PaperTemplate) => `${t.name}${t.committeeId ? ` (${committees.find((c) => c.id === t.committeeId)?.name ?? 'a removed committee'})` : ''}`;
  const create = async () => {
    // A template is a committee paper's; a plan document starts from the plan sections.
    const id = plan
      ? await createPaper(db, { kind })
      : chosen === BLANK
        ? await createPaper(db, { cover: { committeeId: committeeId || null } })
        : await createPaperFromTemplate(db, chosen, committeeId || null);
    onClose();
    navigate({ name: 'paper', paperId: id });
  };
  return (
    <Modal titleId="new-paper-title" title="New paper" onClose={onClose}>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void create();
        }}
      >
        <fieldset className="field-group">
          <legend>Kind of document</legend>
          <label className="check">
            <input type="radio" name="paper-kind" value="committeePaper" checked={!plan} onChange={() => setKind('committeePaper')} autoFocus /> Committee
            paper: cover sheet, numbered sections and paragraphs
          </label>
          <label className="check">
            <input type="radio" name="paper-kind" value="planDocument" checked={plan} onChange={() => setKind('planDocument')} /> Plan document (a business
            plan): title page, contents list, headings, action plans
          </label>
        </fieldset>
        {!plan && (
          <>
            <label className="field">
              <span>Committee</span>
              <select value={committeeId} onChange={(e) => setCommitteeId(e.target.value)}>
                <option value="">— choose later —</option>
                {committees.map((c) => (
                  <option key={c.id} value={c.id}>
                    {c.name}
                  </option>
                ))}
              </select>
            </label>
            <fieldset className="field-group">
              <legend>Start from</legend>
              {offered.map((t, i) => (
                <label key={t.id} className="check">
                  <input
                    type="radio"
                    name="start-from"
                    value={t.id}
                    checked={chosen === t.id}
                    onChange={() => setChoice(t.id)}
                    data-first={i === 0 || undefined}
                  />{' '}
                  Template: {name(t)}
                </label>
              ))}
              <label className="check">
                <input type="radio" name="start-from" value={BLANK} checked={chosen === BLANK} onChange={() => setChoice(BLANK)} /> The standard sections of a
                committee report
              </label>
            </fieldset>
          </>
        )}
        <div className="dialog-buttons">
          <button type="button" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" className="primary">
            {plan ? 'Create plan document' : 'Create paper'}
          </button>
        </div>
      </form>
    </Modal>
  );
}
