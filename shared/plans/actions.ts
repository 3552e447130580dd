// A plan's deliverables kept as an action plan's actions: every owner (lead first), whether one is
// complete, and whether it is overdue. The plan screen and the action-plan block both call these.
import type { IsoDate } from '../periods/dates';
import type { Deliverable, Person, StatusDefinition } from './model';
import { deliverableWhen, isOverdue } from './when';

/** The action's owners, lead first: ownerPersonIds when set, else the lead officer alone. */
export function deliverableOwners(d: Pick<Deliverable, 'leadPersonId' | 'ownerPersonIds'>): string[] {
  const ids = d.ownerPersonIds ?? (d.leadPersonId ? [d.leadPersonId] : []);
  return ids.filter((id, i) => ids.indexOf(id) === i);
}

/** The fields to store for a new list of owners: the first is the lead officer (who writes the update). */
export function ownersChange(ids: readonly string[]): Pick<Deliverable, 'leadPersonId' | 'ownerPersonIds'> {
  const unique = ids.filter((id, i) => id && ids.indexOf(id) === i);
  return { leadPersonId: unique[0] ?? null, ownerPersonIds: unique };
}

/** "KD, ACC Prior": owners as the Owner column prints them (short names; a removed person is left out). */
export function ownersText(d: Pick<Deliverable, 'leadPersonId' | 'ownerPersonIds'>, people: ReadonlyMap<string, Pick<Person, 'name' | 'shortName'>>): string {
  return deliverableOwners(d)
    .map((id) => people.get(id))
    .filter((p): p is Pick<Person, 'name' | 'shortName'> => p !== undefined)
    .map((p) => p.shortName || p.name)
    .join(', ');
}

/** A status that means done: the key's Blue, or one whose label or meaning says "Complete". */
export function isCompleteStatus(s: Pick<StatusDefinition, 'id' | 'label' | 'meaning'> | undefined | null): boolean {
  if (!s) return false;
  return s.id === 'blue' || /^(complete|completed|achieved in full)\b/i.test(s.meaning.trim()) || /^complete/i.test(s.label.trim());
}

/** Whether the action is overdue on `asOf`, given the status of its latest update. */
export function deliverableOverdue(
  d: Pick<Deliverable, 'when' | 'dueDate'>,
  asOf: IsoDate,
  latestStatus: Pick<StatusDefinition, 'id' | 'label' | 'meaning'> | undefined | null,
): boolean {
  return isOverdue(deliverableWhen(d), asOf, isCompleteStatus(latestStatus));
}
