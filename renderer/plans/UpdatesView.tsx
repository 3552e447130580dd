// The lead officer's view: "my deliverables for this period", last period's status and text beside
// the update being written; status required, narrative required for Amber/Red (validateUpdate);
// progress for the officer and the plan; autosave; keyboard flow between deliverables.
import { useEffect, useMemo, useRef, useState } from 'react';
import type { KeyboardEvent, ReactNode } from 'react';
import { isLive } from '../../shared/records/meta';
import type { Deliverable, DeliverableUpdate, DeliveryPlan } from '../../shared/plans/model';
import { statusById } from '../../shared/plans/status-key';
import { isBlankNarrative, lastPeriodUpdate, leadOfficerProgress, richDocHasText, updateProgress, validateUpdate } from '../../shared/plans/updates';
import { parsePeriodId, periodShortLabel } from '../../shared/periods';
import { trackWrite } from '../app/save-state';
import { RichDocView } from '../blocks/RichDocView';
import { db } from '../db/database';
import { setUpdate, startFromPrevious } from '../db/plans-repo';
import { RichTextEditor } from '../editor/RichTextEditor';
import { journalEntry } from '../app/durable-edits';
import { DateInput } from '../ui/DateField';
import { showToast } from '../ui/toast';
import type { PlanData, PlanViewModel } from './plan-view-model';
import { StatusBadge } from '../ui/StatusBadge';

const NO_LABELS = { sectionNo: null, footnoteMarks: new Map<string, string>() };
const ALL = '*';

export function UpdatesView({ vm, data, periodPicker }: { vm: PlanViewModel; data: PlanData; periodPicker: ReactNode }) {
  const { plan, period } = vm;
  const all = useMemo(() => vm.themes.flatMap((t) => t.deliverables), [vm]);
  const leads = useMemo(() => vm.people.filter((p) => all.some((d) => d.leadPersonId === p.id)), [vm, all]);
  const [personId, setPersonId] = useState<string>(() => localStorage.getItem(`panelwright.leadOfficer.${plan.id}`) ?? ALL);
  const person = leads.find((p) => p.id === personId);
  const mine = person ? all.filter((d) => d.leadPersonId === person.id) : all;
  const customs = data.customPeriods.filter(isLive);
  const resolve = (id: string) => parsePeriodId(id, customs);
  const mineProgress = person ? leadOfficerProgress(all, data.updates, period.id, plan.statusKey, person.id) : updateProgress(all, data.updates, period.id, plan.statusKey);
  const cards = useRef<HTMLElement | null>(null);

  const choosePerson = (id: string) => {
    setPersonId(id);
    localStorage.setItem(`panelwright.leadOfficer.${plan.id}`, id);
  };

  /** Alt+↓ / Ctrl+Enter: next deliverable; Alt+↑: previous. Focus lands on its status group. */
  const onKeyDown = (e: KeyboardEvent<HTMLElement>) => {
    const next = (e.altKey && e.key === 'ArrowDown') || (e.ctrlKey && e.key === 'Enter');
    const prev = e.altKey && e.key === 'ArrowUp';
    if (!next && !prev) return;
    const list = [...(cards.current?.querySelectorAll<HTMLElement>('.update-card') ?? [])];
    const here = list.findIndex((c) => c.contains(e.target as Node));
    const target = list[here + (next ? 1 : -1)];
    if (!target) return;
    e.preventDefault();
    const radio = target.querySelector<HTMLInputElement>('input[type=radio]:checked') ?? target.querySelector<HTMLInputElement>('input[type=radio]');
    radio?.focus();
    target.scrollIntoView({ block: 'nearest' });
  };

  return (
    <section aria-labelledby="updates-heading">
      <h2 id="updates-heading">Lead officer updates</h2>
      <div className="updates-controls">
        {periodPicker}
        <div className="field">
          <label htmlFor="lead-officer">Lead officer</label>
          <select id="lead-officer" value={person ? person.id : ALL} onChange={(e) => choosePerson(e.target.value)}>
            <option value={ALL}>Everyone (all deliverables)</option>
            {leads.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name}
                {p.shortName && p.shortName !== p.name ? ` (${p.shortName})` : ''}
              </option>
            ))}
          </select>
        </div>
        <div className="progress-box" aria-live="polite">
          <p className="progress-text" data-testid="officer-progress">
            {person ? `${person.name}: ` : 'All deliverables: '}
            {mineProgress.text}
          </p>
          <p className="progress-text" data-testid="plan-progress">
            Whole plan: {vm.summary.progress.text}
          </p>
        </div>
      </div>
      <p className="muted small">
        Choose a status with the arrow keys or by pressing its letter ({plan.statusKey.statuses.map((s) => s.letter.charAt(0)).join(', ')}). Alt+↓ or Ctrl+Enter goes to the next deliverable, Alt+↑ to the previous one. Everything is saved as you type.
      </p>
      {mine.length === 0 ? (
        <div className="empty-state">
          <p>{person ? `${person.name} leads no deliverables in this plan.` : 'This plan has no deliverables yet: add them on the Overview.'}</p>
        </div>
      ) : (
        <section ref={cards} className="update-cards" onKeyDown={onKeyDown} aria-label="Deliverables to update">
          {mine.map((d) => (
            <UpdateCard
              key={`${d.id}-${period.id}`}
              plan={plan}
              deliverable={d}
              periodId={period.id}
              current={vm.current.get(d.id)}
              previous={lastPeriodUpdate(data.updates, d.id, period, resolve)}
              resolveLabel={(id) => {
                const p = resolve(id);
                return p ? periodShortLabel(p) : id;
              }}
              authorId={person?.id ?? d.leadPersonId}
            />
          ))}
        </section>
      )}
    </section>
  );
}

function UpdateCard({
  plan,
  deliverable: d,
  periodId,
  current,
  previous,
  resolveLabel,
  authorId,
}: {
  plan: DeliveryPlan;
  deliverable: Deliverable;
  periodId: string;
  current: DeliverableUpdate | undefined;
  previous: DeliverableUpdate | undefined;
  resolveLabel: (periodId: string) => string;
  authorId: string | null;
}) {
  const [editorKey, setEditorKey] = useState(0);
  // After "Start from last period's text" the editor is rebuilt once the stored text has come back.
  const [awaitingStart, setAwaitingStart] = useState(false);
  const startedText = richDocHasText(current?.narrative);
  useEffect(() => {
    if (awaitingStart && startedText) {
      setAwaitingStart(false);
      setEditorKey((k) => k + 1);
    }
  }, [awaitingStart, startedText]);
  const problems = current ? validateUpdate(current, plan.statusKey) : [];
  const statusProblem = problems.find((p) => p.field === 'status');
  const narrativeProblem = problems.find((p) => p.field === 'narrative');
  const save = (changes: Parameters<typeof setUpdate>[3]) => trackWrite(() => setUpdate(db, d.id, periodId, { ...changes, ...(authorId ? { authorPersonId: authorId } : {}) }));
  const groupName = `status-${d.id}`;
  const hasText = richDocHasText(current?.narrative);
  const headingId = `upd-${d.id}`;

  const onStatusKey = (e: KeyboardEvent<HTMLFieldSetElement>) => {
    if (e.altKey || e.ctrlKey || e.metaKey || e.key.length !== 1) return;
    const k = e.key.toUpperCase();
    const s = plan.statusKey.statuses.find((x) => x.letter.toUpperCase().startsWith(k)) ?? plan.statusKey.statuses.find((x) => x.label.toUpperCase().startsWith(k));
    if (!s) return;
    e.preventDefault();
    void save({ statusId: s.id });
    // At once, not on the next frame: a fast typist's Ctrl+Enter may already have moved on, and a late
    // focus would pull them back to this deliverable.
    document.getElementById(`${groupName}-${s.id}`)?.focus();
  };

  const start = async () => {
    const ok = await trackWrite(() => startFromPrevious(db, d.id, periodId));
    if (ok) setAwaitingStart(true);
    else showToast({ text: 'There is no text from an earlier period to start from.' });
  };

  const status = statusById(plan.statusKey, current?.statusId);
  return (
    <article className={`update-card${current && problems.length === 0 ? ' is-complete' : ''}`} aria-labelledby={headingId}>
      <h3 id={headingId}>
        <span className="ref">{d.ref}</span> {d.marker}
        {d.activity || <em>No activity text</em>}
      </h3>
      <div className="update-columns">
        <div className="update-previous">
          <h4>{previous ? `Last period (${resolveLabel(previous.periodId)})` : 'Last period'}</h4>
          {previous ? (
            <>
              <StatusBadge status={statusById(plan.statusKey, previous.statusId)} show="name" title={statusById(plan.statusKey, previous.statusId)?.meaning} />
              <div className="previous-text">{richDocHasText(previous.narrative) ? <RichDocView doc={previous.narrative} /> : <p className="muted">No text.</p>}</div>
            </>
          ) : (
            <p className="muted">No update from an earlier period.</p>
          )}
        </div>
        <div className="update-current">
          <fieldset className="status-group" onKeyDown={onStatusKey} aria-describedby={statusProblem ? `${groupName}-err` : undefined}>
            <legend>Status for {d.ref} (required)</legend>
            {plan.statusKey.statuses.map((s) => (
              <label key={s.id} className={`status-option${current?.statusId === s.id ? ' chosen' : ''}`} title={s.meaning}>
                <input type="radio" id={`${groupName}-${s.id}`} name={groupName} value={s.id} checked={current?.statusId === s.id} onChange={() => void save({ statusId: s.id })} />
                <StatusBadge status={s} show="name" title={s.meaning} />
              </label>
            ))}
            {statusProblem && (
              <p id={`${groupName}-err`} className="field-error">
                {statusProblem.message}
              </p>
            )}
          </fieldset>
          <div className={`narrative${narrativeProblem ? ' has-error' : ''}`}>
            <div className="narrative-head">
              <span className="narrative-label" id={`${headingId}-nl`}>
                Update{status?.requiresNarrative ? ' (required for ' + status.label + ')' : ''}
              </span>
              <button type="button" onClick={() => void start()} disabled={!previous || hasText} title={hasText ? 'Clear the text first to start again from last period' : undefined}>
                Start from last period's text
              </button>
            </div>
            <RichTextEditor
              key={editorKey}
              initial={current?.narrative ?? { type: 'doc', content: [{ type: 'paragraph' }] }}
              version={current?.updatedAt}
              labels={NO_LABELS}
              ariaLabel={`Update for ${d.ref}`}
              ctrlEnterLeaves
              placeholder="What has been done this period, and what happens next."
              // The editor reports its untouched empty body once it mounts: that must not create an update.
              save={(narrative) => (current || !isBlankNarrative(narrative) ? save({ narrative }) : Promise.resolve())}
              journal={(narrative) => (current || !isBlankNarrative(narrative) ? journalEntry.updateNarrative(d.id, periodId, authorId)(narrative) : null)}
            />
            {narrativeProblem && <p className="field-error" role="alert">{narrativeProblem.message}</p>}
          </div>
          <div className="narrative-date">
            <label htmlFor={`${groupName}-date`}>Update as at</label>
            <DateInput id={`${groupName}-date`} value={current?.narrativeDate ?? ''} onChange={(iso) => void save({ narrativeDate: iso || null })} />
          </div>
        </div>
      </div>
    </article>
  );
}
