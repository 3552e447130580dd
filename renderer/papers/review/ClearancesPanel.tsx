// The Clearances panel: which sections need clearance by whom, each one's state in words, recording
// a clearance, and adding or removing a required one.
import { useState } from 'react';
import type { Clearance, ClearanceRole } from '../../../shared/clearance/model';
import { CLEARANCE_ROLES, ROLE_LABEL } from '../../../shared/clearance/model';
import { STATE_SYMBOL, clearanceStateText } from '../../../shared/clearance/rules';
import type { Section } from '../../../shared/papers/model';
import { db } from '../../db/database';
import { removeClearance, requireClearance, restoreClearance } from '../../db/clearance-repo';
import { showToast } from '../../ui/toast';
import { usePeople } from './people';
import { RecordClearanceDialog } from './RecordClearanceDialog';
import { useReview } from './use-review';

const OTHER = '__other__';

export function ClearancesPanel({ paperId, sections, readOnly }: { paperId: string; sections: readonly Section[]; readOnly: boolean }) {
  const review = useReview();
  const people = usePeople();
  const [recording, setRecording] = useState<Clearance | null>(null);
  const [sectionId, setSectionId] = useState(sections.find((s) => /financ/i.test(s.title))?.id ?? sections[0]?.id ?? '');
  const [role, setRole] = useState<ClearanceRole>('finance');
  const [personId, setPersonId] = useState<string>(OTHER);
  const [name, setName] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  if (!review) return <p className="loading">Loading clearances…</p>;
  const number = (id: string) => sections.findIndex((s) => s.id === id) + 1;
  const add = async () => {
    const person = personId === OTHER ? { id: null, name } : { id: personId, name: people.find((p) => p.id === personId)?.name ?? '' };
    if (!person.name.trim()) {
      setProblem('Name who must clear it: choose a person or type a name.');
      return;
    }
    if (!sectionId) {
      setProblem('Choose a section.');
      return;
    }
    setProblem(null);
    try {
      await requireClearance(db, paperId, sectionId, role, person);
      setName('');
      showToast({ tone: 'success', text: `Section ${number(sectionId)} now needs clearance: ${ROLE_LABEL[role]} (${person.name.trim()}).` });
    } catch (e) {
      setProblem(e instanceof Error ? e.message : String(e));
    }
  };
  const remove = async (c: Clearance) => {
    await removeClearance(db, c.id);
    showToast({ text: `Clearance removed from section ${number(c.sectionId)}.`, action: { label: 'Undo', run: () => restoreClearance(db, c.id) } });
  };
  return (
    <section className="clearances-panel" aria-labelledby="clearances-title">
      {recording && (
        <RecordClearanceDialog
          clearance={recording}
          sectionLabel={`${number(recording.sectionId)}. ${sections.find((s) => s.id === recording.sectionId)?.title ?? ''}`}
          onClose={() => setRecording(null)}
        />
      )}
      <h3 id="clearances-title">Clearances</h3>
      {review.clearances.length === 0 ? (
        <p className="muted">
          No section needs clearance yet. Add the Financial Implications (Chief Finance Officer) and Legal (Monitoring Officer) below; a template saved from
          this paper keeps them.
        </p>
      ) : (
        <table className="data-table clearances-table">
          <caption className="visually-hidden">Required clearances and their state</caption>
          <thead>
            <tr>
              <th scope="col">Section</th>
              <th scope="col">Cleared by</th>
              <th scope="col">State</th>
              <th scope="col">
                <span className="visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {review.clearances.map((c) => {
              const state = review.stateOf(c);
              const title = sections.find((s) => s.id === c.sectionId)?.title ?? '';
              return (
                <tr key={c.id} data-clearance={c.role}>
                  <td>
                    {number(c.sectionId)}. {title}
                  </td>
                  <td>
                    {ROLE_LABEL[c.role]}
                    <br />
                    {c.personName}
                  </td>
                  <td className={`clearance-${state?.kind ?? 'checking'}`}>
                    {state ? (
                      <>
                        <span aria-hidden="true">{STATE_SYMBOL[state.kind]} </span>
                        {clearanceStateText(c, state)}
                        {state.kind === 'changed' && <span className="clearance-hint"> — the text has changed since: clear it again.</span>}
                      </>
                    ) : (
                      'Checking…'
                    )}
                  </td>
                  <td className="row-actions">
                    {!readOnly && (
                      <>
                        <button
                          type="button"
                          onClick={() => setRecording(c)}
                          aria-label={`Record ${ROLE_LABEL[c.role]} clearance of section ${number(c.sectionId)}`}
                        >
                          {state?.kind === 'cleared' ? 'Clear again…' : 'Record clearance…'}
                        </button>
                        <button
                          type="button"
                          onClick={() => void remove(c)}
                          aria-label={`Remove the ${ROLE_LABEL[c.role]} clearance of section ${number(c.sectionId)}`}
                        >
                          Remove
                        </button>
                      </>
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
      {!readOnly && (
        <form
          className="clearance-add"
          onSubmit={(e) => {
            e.preventDefault();
            void add();
          }}
        >
          <div className="field">
            <label htmlFor="clearance-section">Section</label>
            <select id="clearance-section" value={sectionId} onChange={(e) => setSectionId(e.target.value)}>
              {sections.map((s, i) => (
                <option key={s.id} value={s.id}>
                  {i + 1}. {s.title}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor="clearance-role">Cleared by (role)</label>
            <select id="clearance-role" value={role} onChange={(e) => setRole(e.target.value as ClearanceRole)}>
              {CLEARANCE_ROLES.map((r) => (
                <option key={r} value={r}>
                  {ROLE_LABEL[r]}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor="clearance-person">Person</label>
            <select id="clearance-person" value={personId} onChange={(e) => setPersonId(e.target.value)}>
              {people.map((p) => (
                <option key={p.id} value={p.id}>
                  {p.name}
                  {p.role ? ` — ${p.role}` : ''}
                </option>
              ))}
              <option value={OTHER}>Someone else (type the name)</option>
            </select>
          </div>
          {personId === OTHER && (
            <label className="field">
              <span>Name</span>
              <input value={name} maxLength={200} onChange={(e) => setName(e.target.value)} />
            </label>
          )}
          <button type="submit">Require this clearance</button>
          {problem && (
            <p className="field-error" role="alert">
              {problem}
            </p>
          )}
        </form>
      )}
    </section>
  );
}
