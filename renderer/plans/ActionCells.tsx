// A deliverable kept as an action: its owners (lead first, more than one allowed) and its when, as
// typed ("April 2014", "Q3 2014/15", "Monthly", "Routinely 2014/15"), read by shared/plans/when.ts.
// An overdue one-off says so in words; text that fits no date or frequency is kept and says so.
import { useEffect, useState } from 'react';
import type { Deliverable, DeliveryPlan, Person, StatusDefinition } from '../../shared/plans/model';
import { deliverableOverdue, deliverableOwners, ownersChange } from '../../shared/plans/actions';
import { deliverableWhen, formatWhen, overdueText, STANDARD_FREQUENCIES } from '../../shared/plans/when';
import { isoDateOf } from '../../shared/periods/dates';
import { trackWrite } from '../app/save-state';
import { db } from '../db/database';
import { setDeliverableWhen, updateDeliverable, updatePlan } from '../db/plans-repo';
import { TextArea } from '../ui/fields';

export function WhenCell({ d, name, latestStatus }: { d: Deliverable; name: string; latestStatus: StatusDefinition | undefined }) {
  const when = deliverableWhen(d);
  const shown = formatWhen(when);
  const [v, setV] = useState(shown);
  useEffect(() => setV(shown), [shown]);
  const overdue = deliverableOverdue(d, isoDateOf(new Date()), latestStatus);
  return (
    <div className="when-cell">
      <input
        className="cell-input"
        aria-label={`Completion date or frequency of ${name}`}
        value={v}
        placeholder="April 2014, Monthly…"
        onChange={(e) => setV(e.target.value)}
        onBlur={() => v.trim() !== shown && void trackWrite(() => setDeliverableWhen(db, d.id, v))}
        onKeyDown={(e) => e.key === 'Enter' && e.currentTarget.blur()}
      />
      {overdue && <span className="overdue">{overdueText(when)}</span>}
      {when?.kind === 'text' && <span className="muted small">Kept as written (not a date or a listed frequency)</span>}
    </div>
  );
}

/**
 * A big plan has hundreds of rows, each with two people pickers: their options (one per person) were
 * most of the overview's elements. A picker holds only its chosen person until it is focused, pressed
 * or hovered, and then every person, before the browser opens its list.
 */
function usePickerOpen(): [boolean, { onFocus: () => void; onPointerDown: () => void; onPointerEnter: () => void }] {
  const [open, setOpen] = useState(false);
  const show = () => setOpen(true);
  return [open, { onFocus: show, onPointerDown: show, onPointerEnter: show }];
}

export function OwnersCell({ d, name, people }: { d: Deliverable; name: string; people: readonly Person[] }) {
  const [open, openers] = usePickerOpen();
  const owners = deliverableOwners(d);
  const save = (ids: string[]) => trackWrite(() => updateDeliverable(db, d.id, ownersChange(ids)));
  const label = (id: string) => {
    const p = people.find((x) => x.id === id);
    return p ? p.shortName || p.name : 'a removed person';
  };
  const others = people.filter((p) => !owners.includes(p.id));
  return (
    <div className="owners-cell">
      <select
        aria-label={`Lead officer of ${name}`}
        value={owners[0] ?? ''}
        {...openers}
        onChange={(e) => void save(e.target.value ? [e.target.value, ...owners.slice(1).filter((id) => id !== e.target.value)] : owners.slice(1))}
      >
        <option value="">—</option>
        {(open ? people : people.filter((p) => p.id === owners[0])).map((p) => (
          <option key={p.id} value={p.id}>
            {p.shortName || p.name}
          </option>
        ))}
      </select>
      {owners.slice(1).map((id) => (
        <span key={id} className="owner-chip">
          {label(id)}
          <button
            type="button"
            className="icon"
            aria-label={`Remove ${label(id)} as an owner of ${name}`}
            onClick={() => void save(owners.filter((o) => o !== id))}
          >
            ×
          </button>
        </span>
      ))}
      {owners.length > 0 && others.length > 0 && (
        <select aria-label={`Add an owner to ${name}`} value="" {...openers} onChange={(e) => e.target.value && void save([...owners, e.target.value])}>
          <option value="">+ owner</option>
          {(open ? others : []).map((p) => (
            <option key={p.id} value={p.id}>
              {p.shortName || p.name}
            </option>
          ))}
        </select>
      )}
    </div>
  );
}

/** The plan's own frequencies, beyond the standard list, one per line. */
export function PlanFrequenciesField({ plan }: { plan: DeliveryPlan }) {
  return (
    <TextArea
      label="Frequencies of your own (one per line)"
      hint={`Always offered: ${STANDARD_FREQUENCIES.join(', ')}.`}
      rows={2}
      value={(plan.extraFrequencies ?? []).join('\n')}
      save={(v) =>
        updatePlan(db, plan.id, {
          extraFrequencies: v
            .split('\n')
            .map((s) => s.trim().slice(0, 200))
            .filter(Boolean)
            .slice(0, 100),
        })
      }
    />
  );
}
