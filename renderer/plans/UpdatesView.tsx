// The lead officer's view: "my deliverables for this period", last period's status and text beside
// the update being written; status required, narrative required for Amber/Red (validateUpdate);
// progress for the officer and the plan; autosave; keyboard flow between deliverables.
import { useMemo, useRef, useState } from 'react';
import type { KeyboardEvent, ReactNode } from 'react';
import { isLive } from '../../shared/records/meta';
import type { Deliverable, DeliverableUpdate, DeliveryPlan } from '../../shared/plans/model';
import { lastPeriodUpdate, leadOfficerProgress, updateProgress } from '../../shared/plans/updates';
import { deliverableOwners } from '../../shared/plans/actions';
import { parsePeriodId, periodShortLabel } from '../../shared/periods';
import { trackWrite } from '../app/save-state';
import { RichDocView } from '../blocks/RichDocView';
import type { RichDoc } from '../../shared/richtext/model';
import { db } from '../db/database';
import { setUpdate, startFromPrevious } from '../db/plans-repo';
import { journalEntry } from '../app/durable-edits';
import type { PlanData, PlanViewModel } from './plan-view-model';
import { UpdateCard, moveBetweenCards } from './UpdateCard';
import type { CardChanges } from './UpdateCard';
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
  const mineProgress = person
    ? leadOfficerProgress(all, data.updates, period.id, plan.statusKey, person.id)
    : updateProgress(all, data.updates, period.id, plan.statusKey);
  const cards = useRef<HTMLElement | null>(null);

  const choosePerson = (id: string) => {
    setPersonId(id);
    localStorage.setItem(`panelwright.leadOfficer.${plan.id}`, id);
  };

  const onKeyDown = (e: KeyboardEvent<HTMLElement>) => moveBetweenCards(e, cards.current);

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
        Choose a status with the arrow keys or by pressing its letter ({plan.statusKey.statuses.map((s) => s.letter.charAt(0)).join(', ')}). Alt+↓ or Ctrl+Enter
        goes to the next deliverable, Alt+↑ to the previous one. Everything is saved as you type.
      </p>
      {mine.length === 0 ? (
        <div className="empty-state">
          <p>{person ? `${person.name} leads no deliverables in this plan.` : 'This plan has no deliverables yet: add them on the Overview.'}</p>
        </div>
      ) : (
        // eslint-disable-next-line jsx-a11y/no-noninteractive-element-interactions -- Alt+↓/↑ from the controls inside, delegated; the section is not a control
        <section ref={cards} className="update-cards" onKeyDown={onKeyDown} aria-label="Deliverables to update">
          {mine.map((d) => (
            <PlanUpdateCard
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

/** A deliverable of this plan: its update is a record in the updates table. */
function PlanUpdateCard({
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
  const save = (changes: CardChanges, narrativeBase?: RichDoc) =>
    trackWrite(() => setUpdate(db, d.id, periodId, { ...changes, ...(authorId ? { authorPersonId: authorId } : {}) }, narrativeBase));
  return (
    <UpdateCard
      statusKey={plan.statusKey}
      deliverable={d}
      current={current}
      previous={previous ? { label: resolveLabel(previous.periodId), statusId: previous.statusId, text: previous.narrative } : null}
      save={save}
      journal={journalEntry.updateNarrative(d.id, periodId, authorId)}
      startFromPrevious={() => trackWrite(() => startFromPrevious(db, d.id, periodId))}
      renderPrevious={(doc) => <RichDocView doc={doc} />}
      owners={deliverableOwners(d)}
      updateId={current?.id}
    />
  );
}
