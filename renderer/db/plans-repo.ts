// Delivery plans: plans and their status key, themes, deliverables, people and the quarterly updates.
// Every write is one user action (one transaction) and is validated against the backup schema.
import type { DatabaseSnapshot } from '../../shared/backup/snapshot';
import type { Deliverable, DeliverableUpdate, DeliveryPlan, Person, StatusKey, Theme } from '../../shared/plans/model';
import { defaultStatusKey, statusKeyChangeProblems, statusKeyProblems } from '../../shared/plans/status-key';
import { lastPeriodUpdate, startFromLastPeriod, statusUsage } from '../../shared/plans/updates';
import { parsePeriodId } from '../../shared/periods/labels';
import { CUSTOM_PREFIX } from '../../shared/periods/model';
import type { CustomPeriodRecord } from '../../shared/periods/model';
import { customPeriodProblems } from '../../shared/periods/periods';
import { sourcePeriodIds } from '../../shared/blocks/model';
import { byPosition, createMeta, isLive, positionBetween, softDelete, touch } from '../../shared/records/meta';
import { emptyDoc } from '../../shared/richtext/model';
import type { RichDoc } from '../../shared/richtext/model';
import { mergeBodies } from '../sync/merge-bodies';
import { frequencyList, parseWhen, whenDeadline } from '../../shared/plans/when';
import { userAction } from './action';
import type { PanelwrightDb } from './database';
import { valid } from './validate';
import { editRecord, restoreRecord, softDeleteRecord } from './records';
import type { PlanDraft, PlanDraftLead } from '../../shared/import/plan-import';
import { ownersChange } from '../../shared/plans/actions';

const tidy = (s: string) => s.replace(/\s+/g, ' ').trim();

// ---- plans ----

export function createPlan(db: PanelwrightDb, init: { name: string; coversFrom?: string; coversTo?: string; includeBlue?: boolean }): Promise<string> {
  const name = tidy(init.name);
  if (!name) return Promise.reject(new Error('A plan needs a name.'));
  return userAction(db, [db.plans], async ({ by, at }) => {
    const year = Number(at.slice(0, 4)) - (Number(at.slice(5, 7)) < 4 ? 1 : 0);
    const plan: DeliveryPlan = valid('plans', {
      ...createMeta(by, at),
      name,
      coversFrom: init.coversFrom ?? `${year}-04-01`,
      coversTo: init.coversTo ?? `${year + 1}-03-31`,
      statusKey: defaultStatusKey({ includeBlue: init.includeBlue ?? false }),
      measureThresholds: null,
    });
    await db.plans.add(plan);
    return plan.id;
  });
}

export type PlanChanges = Partial<Pick<DeliveryPlan, 'name' | 'coversFrom' | 'coversTo' | 'extraFrequencies'>>;

export function updatePlan(db: PanelwrightDb, id: string, changes: PlanChanges): Promise<void> {
  const c = { ...changes, ...(changes.name !== undefined ? { name: tidy(changes.name) } : {}) };
  if (c.name === '') return Promise.resolve(); // clearing the field to retype loses nothing
  return editRecord(db, 'plans', id, c);
}

export const renamePlan = (db: PanelwrightDb, id: string, name: string) => updatePlan(db, id, { name });

/**
 * Replaces the plan's status key. Refused (with the problems as the message) when statusKeyProblems
 * finds any, or when it drops a status that live updates of the plan still use (updates store the id).
 */
export function setStatusKey(db: PanelwrightDb, id: string, key: StatusKey): Promise<void> {
  const problems = statusKeyProblems(key);
  if (problems.length) return Promise.reject(new Error(problems.join(' ')));
  return userAction(db, [db.plans, db.deliverables, db.updates], async ({ by, at }) => {
    const p = await db.plans.get(id);
    if (!p) return;
    const kept = new Set(key.statuses.map((s) => s.id));
    if (p.statusKey.statuses.some((s) => !kept.has(s.id))) {
      const deliverables = await db.deliverables.where('planId').equals(id).toArray();
      const updates = await db.updates
        .where('deliverableId')
        .anyOf(deliverables.map((d) => d.id))
        .toArray();
      const refused = statusKeyChangeProblems(p.statusKey, key, statusUsage(deliverables, updates));
      if (refused.length) throw new Error(refused.join(' '));
    }
    await db.plans.put(valid('plans', touch(p, { statusKey: key }, by, at)));
  });
}

export const deletePlan = (db: PanelwrightDb, id: string): Promise<void> => softDeleteRecord(db, 'plans', id);
export const restorePlan = (db: PanelwrightDb, id: string): Promise<void> => restoreRecord(db, 'plans', id);

// ---- themes ----

export function addTheme(db: PanelwrightDb, planId: string, init: { number?: string; title?: string; priorities?: string[] } = {}): Promise<string> {
  return userAction(db, [db.themes], async ({ by, at }) => {
    const siblings = (await db.themes.where('planId').equals(planId).toArray()).filter(isLive).sort(byPosition);
    const theme: Theme = valid('themes', {
      ...createMeta(by, at),
      planId,
      position: positionBetween(siblings.at(-1)?.position, undefined),
      number: init.number ?? String(siblings.length + 1),
      title: init.title ?? '',
      priorities: init.priorities ?? [],
    });
    await db.themes.add(theme);
    return theme.id;
  });
}

export function updateTheme(db: PanelwrightDb, id: string, changes: Partial<Pick<Theme, 'number' | 'title' | 'priorities' | 'objectives'>>): Promise<void> {
  return editRecord(db, 'themes', id, changes);
}

export const removeTheme = (db: PanelwrightDb, id: string): Promise<void> => softDeleteRecord(db, 'themes', id);

export const restoreTheme = (db: PanelwrightDb, id: string): Promise<void> => restoreRecord(db, 'themes', id);

/** Moves an item one place up (-1) or down (+1) among its live siblings, by giving it a position between its new neighbours. */
function moved<T extends { id: string; position: number }>(siblings: T[], id: string, delta: -1 | 1): number | null {
  const i = siblings.findIndex((s) => s.id === id);
  const j = i + delta;
  if (i < 0 || j < 0 || j >= siblings.length) return null;
  const rest = siblings.filter((s) => s.id !== id);
  return positionBetween(rest[j - 1]?.position, rest[j]?.position);
}

export function moveTheme(db: PanelwrightDb, id: string, delta: -1 | 1): Promise<void> {
  return userAction(db, [db.themes], async ({ by, at }) => {
    const t = await db.themes.get(id);
    if (!t) return;
    const siblings = (await db.themes.where('planId').equals(t.planId).toArray()).filter(isLive).sort(byPosition);
    const position = moved(siblings, id, delta);
    if (position !== null) await db.themes.put(valid('themes', touch(t, { position }, by, at)));
  });
}

// ---- deliverables ----

export type DeliverableChanges = Partial<
  Pick<Deliverable, 'ref' | 'organisation' | 'leadPersonId' | 'activity' | 'marker' | 'dueDate' | 'themeId' | 'when' | 'ownerPersonIds'>
>;

export function addDeliverable(db: PanelwrightDb, planId: string, themeId: string, init: DeliverableChanges = {}): Promise<string> {
  return userAction(db, [db.deliverables], async ({ by, at }) => {
    const siblings = (await db.deliverables.where('themeId').equals(themeId).toArray()).filter(isLive).sort(byPosition);
    const d: Deliverable = valid('deliverables', {
      ...createMeta(by, at),
      planId,
      themeId,
      position: positionBetween(siblings.at(-1)?.position, undefined),
      ref: '',
      organisation: '',
      leadPersonId: null,
      activity: '',
      marker: '',
      dueDate: null,
      ...init,
    });
    await db.deliverables.add(d);
    return d.id;
  });
}

export function updateDeliverable(db: PanelwrightDb, id: string, changes: DeliverableChanges): Promise<void> {
  return editRecord(db, 'deliverables', id, changes);
}

/**
 * Sets an action's when from what the author typed, read against the plan's frequency list (free text
 * is kept as written); the due date follows a one-off's deadline so older views stay right. Blank clears both.
 */
export function setDeliverableWhen(db: PanelwrightDb, id: string, typed: string): Promise<void> {
  return userAction(db, [db.deliverables, db.plans], async ({ by, at }) => {
    const d = await db.deliverables.get(id);
    if (!d || !isLive(d)) return;
    const plan = await db.plans.get(d.planId);
    const when = parseWhen(typed, frequencyList(plan?.extraFrequencies));
    await db.deliverables.put(valid('deliverables', touch(d, { when, dueDate: whenDeadline(when) }, by, at)));
  });
}

export const removeDeliverable = (db: PanelwrightDb, id: string): Promise<void> => softDeleteRecord(db, 'deliverables', id);

export const restoreDeliverable = (db: PanelwrightDb, id: string): Promise<void> => restoreRecord(db, 'deliverables', id);

export function moveDeliverable(db: PanelwrightDb, id: string, delta: -1 | 1): Promise<void> {
  return userAction(db, [db.deliverables], async ({ by, at }) => {
    const d = await db.deliverables.get(id);
    if (!d) return;
    const siblings = (await db.deliverables.where('themeId').equals(d.themeId).toArray()).filter(isLive).sort(byPosition);
    const position = moved(siblings, id, delta);
    if (position !== null) await db.deliverables.put(valid('deliverables', touch(d, { position }, by, at)));
  });
}

// ---- people ----

export function addPerson(db: PanelwrightDb, init: Partial<Pick<Person, 'name' | 'shortName' | 'email' | 'role'>>): Promise<string> {
  const name = tidy(init.name ?? '');
  if (!name) return Promise.reject(new Error('A person needs a name.'));
  return userAction(db, [db.people], async ({ by, at }) => {
    const p: Person = valid('people', {
      ...createMeta(by, at),
      name,
      shortName: tidy(init.shortName ?? '') || name,
      email: tidy(init.email ?? ''),
      role: tidy(init.role ?? ''),
    });
    await db.people.add(p);
    return p.id;
  });
}

export function updatePerson(db: PanelwrightDb, id: string, changes: Partial<Pick<Person, 'name' | 'shortName' | 'email' | 'role'>>): Promise<void> {
  return editRecord(db, 'people', id, changes);
}

export const removePerson = (db: PanelwrightDb, id: string): Promise<void> => softDeleteRecord(db, 'people', id);

export const restorePerson = (db: PanelwrightDb, id: string): Promise<void> => restoreRecord(db, 'people', id);

// ---- updates ----

export type UpdateChanges = Partial<Pick<DeliverableUpdate, 'statusId' | 'narrative' | 'narrativeDate' | 'authorPersonId'>>;

/**
 * Sets this deliverable's update for the period: changes the live one, or creates it (at most one
 * live update per deliverable and period — any extra live one a merge left is deleted here). With
 * `narrativeBase` (the text the editor's narrative was made from), a narrative stored since by
 * someone else (another window, a colleague through team sync) is merged, not written over.
 */
export function setUpdate(db: PanelwrightDb, deliverableId: string, periodId: string, changes: UpdateChanges, narrativeBase?: RichDoc): Promise<string> {
  return userAction(db, [db.updates], async ({ by, at }) => {
    const existing = (await db.updates.where('[deliverableId+periodId]').equals([deliverableId, periodId]).toArray())
      .filter(isLive)
      .sort((a, b) => (a.updatedAt === b.updatedAt ? (a.id < b.id ? 1 : -1) : a.updatedAt < b.updatedAt ? 1 : -1));
    const [keep, ...extra] = existing;
    for (const x of extra) await db.updates.put(softDelete(x, by, at));
    if (keep) {
      const merged = changes.narrative && narrativeBase ? { ...changes, narrative: mergeBodies(narrativeBase, changes.narrative, keep.narrative) } : changes;
      await db.updates.put(valid('updates', touch(keep, merged, by, at)));
      return keep.id;
    }
    const u: DeliverableUpdate = valid('updates', {
      ...createMeta(by, at),
      deliverableId,
      periodId,
      statusId: null,
      narrative: emptyDoc(),
      narrativeDate: at.slice(0, 10),
      authorPersonId: null,
      ...changes,
    });
    await db.updates.add(u);
    return u.id;
  });
}

/** Starts this period's narrative from last period's text (status not carried over); returns false when there is none. */
export async function startFromPrevious(db: PanelwrightDb, deliverableId: string, periodId: string): Promise<boolean> {
  const customs = (await db.customPeriods.toArray()).filter(isLive);
  const period = parsePeriodId(periodId, customs);
  if (!period) return false;
  const all = await db.updates.where('deliverableId').equals(deliverableId).toArray();
  const previous = lastPeriodUpdate(all, deliverableId, period, (id) => parsePeriodId(id, customs));
  if (!previous) return false;
  await setUpdate(db, deliverableId, periodId, { narrative: startFromLastPeriod(previous) });
  return true;
}

// ---- custom reporting periods ----
// Global records (not a plan's): every plan's and measure's period pickers offer them.

export type CustomPeriodInput = Pick<CustomPeriodRecord, 'label' | 'start' | 'end'>;

async function otherLivePeriods(db: PanelwrightDb, exceptId: string | null): Promise<CustomPeriodRecord[]> {
  return (await db.customPeriods.toArray()).filter((c) => isLive(c) && c.id !== exceptId);
}

/** Adds a custom period (label trimmed); refused with customPeriodProblems' messages. Returns its record id (period id "custom:<id>"). */
export function addCustomPeriod(db: PanelwrightDb, input: CustomPeriodInput): Promise<string> {
  const record = { ...input, label: tidy(input.label) };
  return userAction(db, [db.customPeriods], async ({ by, at }) => {
    const problems = customPeriodProblems(record, await otherLivePeriods(db, null));
    if (problems.length) throw new Error(problems.join(' '));
    const c: CustomPeriodRecord = valid('customPeriods', { ...createMeta(by, at), ...record });
    await db.customPeriods.add(c);
    return c.id;
  });
}

/** Renames a custom period or moves its dates; refused (nothing stored) when the result has problems. */
export function updateCustomPeriod(db: PanelwrightDb, id: string, changes: Partial<CustomPeriodInput>): Promise<void> {
  return userAction(db, [db.customPeriods], async ({ by, at }) => {
    const c = await db.customPeriods.get(id);
    if (!c || !isLive(c)) return;
    const next = { ...c, ...changes, ...(changes.label !== undefined ? { label: tidy(changes.label) } : {}) };
    const problems = customPeriodProblems(next, await otherLivePeriods(db, id));
    if (problems.length) throw new Error(problems.join(' '));
    await db.customPeriods.put(valid('customPeriods', touch(c, next, by, at)));
  });
}

export class PeriodInUseError extends Error {
  override name = 'PeriodInUseError';
}

const counted = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/**
 * Removes (soft-deletes) a custom period nothing uses. One that live deliverable updates, measure
 * values or data blocks of live papers still name is refused with a PeriodInUseError saying what
 * uses it: removing it would hide that data from every screen and paper.
 */
export function removeCustomPeriod(db: PanelwrightDb, id: string): Promise<void> {
  return userAction(db, [db.customPeriods, db.updates, db.measureValues, db.blocks, db.papers], async ({ by, at }) => {
    const c = await db.customPeriods.get(id);
    if (!c || !isLive(c)) return;
    const periodId = `${CUSTOM_PREFIX}${id}`;
    const updates = (await db.updates.where('periodId').equals(periodId).toArray()).filter(isLive).length;
    const values = (await db.measureValues.toArray()).filter((v) => isLive(v) && v.periodId === periodId).length;
    const livePapers = new Set((await db.papers.toArray()).filter(isLive).map((p) => p.id));
    const blocks = (await db.blocks.toArray()).filter((b) => isLive(b) && livePapers.has(b.paperId) && sourcePeriodIds(b.source).includes(periodId)).length;
    const uses = [
      updates ? counted(updates, 'deliverable update is', 'deliverable updates are') + ' written for it' : '',
      values ? counted(values, 'measure value is', 'measure values are') + ' recorded for it' : '',
      blocks ? counted(blocks, 'data block in a paper shows', 'data blocks in papers show') + ' it' : '',
    ].filter(Boolean);
    if (uses.length) throw new PeriodInUseError(`"${c.label}" cannot be removed: ${uses.join('; ')}. Rename it instead, or remove those first.`);
    await db.customPeriods.put(softDelete(c, by, at));
  });
}

export function restoreCustomPeriod(db: PanelwrightDb, id: string): Promise<void> {
  return userAction(db, [db.customPeriods], async ({ by, at }) => {
    const c = await db.customPeriods.get(id);
    if (c && !isLive(c)) await db.customPeriods.put(touch({ ...c, deletedAt: null }, {}, by, at));
  });
}

/** Everything a plan's screens show, read in one transaction (also used by the benchmark). */
export async function loadPlanData(
  db: PanelwrightDb,
  planId: string,
): Promise<Pick<DatabaseSnapshot, 'plans' | 'themes' | 'deliverables' | 'people' | 'updates' | 'customPeriods'>> {
  return db.transaction('r', [db.plans, db.themes, db.deliverables, db.people, db.updates, db.customPeriods], async () => {
    const [plan, themes, deliverables, people, customPeriods] = await Promise.all([
      db.plans.get(planId),
      db.themes.where('planId').equals(planId).toArray(),
      db.deliverables.where('planId').equals(planId).toArray(),
      db.people.toArray(),
      db.customPeriods.toArray(),
    ]);
    const ids = new Set(deliverables.map((d) => d.id));
    const updates = ids.size ? await updatesOf(db, ids) : [];
    return { plans: plan ? [plan] : [], themes, deliverables, people, updates, customPeriods };
  });
}

/** Above this many deliverables, reading by index costs more than one scan of every update. */
const BY_INDEX_UP_TO = 100;

/**
 * The updates of these deliverables, in the table's own (id) order. A plan holding most of the
 * office's deliverables is read in one scan filtered in memory (much faster than anyOf with
 * hundreds of ids); a small plan beside a big one is read by its deliverables' index, so opening
 * it no longer reads every update of every plan.
 */
async function updatesOf(db: PanelwrightDb, ids: ReadonlySet<string>): Promise<DeliverableUpdate[]> {
  if (ids.size <= BY_INDEX_UP_TO && ids.size * 4 <= (await db.deliverables.count())) {
    const rows = await db.updates
      .where('deliverableId')
      .anyOf([...ids])
      .toArray();
    return rows.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  }
  return (await db.updates.toArray()).filter((u) => ids.has(u.deliverableId));
}

/**
 * Writes an accepted spreadsheet import (shared/import/plan-import.ts) into the plan in one user
 * action: new people, themes (an existing theme with the same number is reused), deliverables after
 * the theme's last, and the period's updates. All of it is stored, or none. The records are built
 * first and written with one bulkAdd per table (10,000 single adds spent most of their time in
 * Dexie's per-write bookkeeping).
 */
export function importPlanDraft(
  db: PanelwrightDb,
  planId: string,
  draft: PlanDraft,
): Promise<{ themes: number; deliverables: number; people: number; updates: number }> {
  return userAction(db, [db.people, db.themes, db.deliverables, db.updates, db.plans], async ({ by, at }) => {
    const frequencies = frequencyList((await db.plans.get(planId))?.extraFrequencies);
    const people: Person[] = draft.newPeople.map((p) =>
      valid('people', { ...createMeta(by, at), name: p.name, shortName: p.shortName, email: p.email, role: '' }),
    );
    const newPeopleIds = people.map((p) => p.id);
    const themes = (await db.themes.where('planId').equals(planId).toArray()).filter(isLive).sort(byPosition);
    const newThemes: Theme[] = [];
    const changedThemes = new Map<string, Theme>();
    const deliverables: Deliverable[] = [];
    const updates: DeliverableUpdate[] = [];
    const lastPosition = new Map<string, number | undefined>();
    const personId = (l: PlanDraftLead) => l.personId ?? (l.newPersonIndex !== null ? (newPeopleIds[l.newPersonIndex] ?? null) : null);
    for (const t of draft.themes) {
      let theme = themes.find((x) => x.number.trim() !== '' && x.number.trim() === t.number.trim());
      if (!theme) {
        theme = valid('themes', {
          ...createMeta(by, at),
          planId,
          position: positionBetween(themes.at(-1)?.position, undefined),
          number: t.number,
          title: t.title,
          priorities: [],
          ...(t.objectives?.length ? { objectives: [...t.objectives] } : {}),
        }) as Theme;
        themes.push(theme);
        newThemes.push(theme);
        lastPosition.set(theme.id, undefined);
      } else if (t.objectives?.length) {
        // An existing theme keeps its objectives; the sheet's new lines are added after them.
        const had = theme.objectives ?? [];
        const added = t.objectives.filter((o) => !had.some((x) => x.trim().toLowerCase() === o.trim().toLowerCase()));
        if (added.length > 0) {
          const changed: Theme = valid('themes', touch(theme, { objectives: [...had, ...added].slice(0, 200) }, by, at));
          themes[themes.indexOf(theme)] = changed;
          // A theme made earlier in this sheet is still to be added; a stored one is written back.
          const fresh = newThemes.indexOf(theme);
          if (fresh >= 0) newThemes[fresh] = changed;
          else changedThemes.set(changed.id, changed);
          theme = changed;
        }
      }
      if (!lastPosition.has(theme.id)) {
        const siblings = (await db.deliverables.where('themeId').equals(theme.id).toArray()).filter(isLive).sort(byPosition);
        lastPosition.set(theme.id, siblings.at(-1)?.position);
      }
      let last = lastPosition.get(theme.id);
      for (const d of t.deliverables) {
        const leadPersonId = d.lead ? personId(d.lead) : null;
        const owners = d.owners ? d.owners.map(personId).filter((id): id is string => id !== null) : null;
        const when = d.whenText ? parseWhen(d.whenText, frequencies) : null;
        const position = positionBetween(last, undefined);
        last = position;
        const deliverable: Deliverable = valid('deliverables', {
          ...createMeta(by, at),
          planId,
          themeId: theme.id,
          position,
          ref: d.ref,
          organisation: d.organisation,
          leadPersonId,
          activity: d.activity,
          marker: d.marker,
          dueDate: d.dueDate ?? whenDeadline(when),
          ...(when ? { when } : {}),
          ...(owners && owners.length > 1 ? ownersChange(owners) : {}),
        });
        deliverables.push(deliverable);
        if (d.update && draft.periodId) {
          const narrative = d.update.text.trim()
            ? {
                type: 'doc' as const,
                content: d.update.text
                  .split(/\n{2,}/)
                  .map((para) => ({ type: 'paragraph' as const, content: para.trim() ? [{ type: 'text' as const, text: para.trim() }] : [] })),
              }
            : emptyDoc();
          updates.push(
            valid('updates', {
              ...createMeta(by, at),
              deliverableId: deliverable.id,
              periodId: draft.periodId,
              statusId: d.update.statusId,
              narrative,
              narrativeDate: null,
              authorPersonId: leadPersonId,
            }),
          );
        }
      }
      lastPosition.set(theme.id, last);
    }
    await db.people.bulkAdd(people);
    await db.themes.bulkAdd(newThemes);
    await db.themes.bulkPut([...changedThemes.values()]);
    await db.deliverables.bulkAdd(deliverables);
    await db.updates.bulkAdd(updates);
    return { themes: newThemes.length, deliverables: deliverables.length, people: people.length, updates: updates.length };
  });
}
