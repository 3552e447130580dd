// Performance measures: measures of a plan (order, flags, soft deletes), one live value per measure
// and period, and the plan's RAGB thresholds. Every write is one user action (one transaction) and is
// validated against the backup schema.
import type { DatabaseSnapshot } from '../../shared/backup/snapshot';
import type { Measure, MeasureThresholds, MeasureValue } from '../../shared/measures/model';
import type { RecordMeta } from '../../shared/records/meta';
import { byPosition, createMeta, isLive, positionBetween, softDelete, touch } from '../../shared/records/meta';
import { userAction } from './action';
import type { PanelwrightDb } from './database';
import { valid } from './validate';
import { restoreRecord, softDeleteRecord } from './records';

const tidy = (s: string) => s.replace(/\s+/g, ' ').trim();

export type MeasureFields = Omit<Measure, keyof RecordMeta | 'planId' | 'position'>;
export type MeasureChanges = Partial<MeasureFields>;

export const NEW_MEASURE: MeasureFields = {
  themeId: null,
  name: 'New measure',
  objective: '',
  target: { kind: 'reachLevel', level: 100 },
  direction: 'higherIsBetter',
  unit: 'count',
  valueBasis: 'level',
  baseline: null,
  source: '',
  monitorOnly: false,
  monitorThreshold: null,
  newThisYear: false,
  noLongerMeasured: false,
};

function cleaned(changes: MeasureChanges): MeasureChanges {
  return changes.name !== undefined ? { ...changes, name: tidy(changes.name) } : changes;
}

export function addMeasure(db: PanelwrightDb, planId: string, init: MeasureChanges = {}): Promise<string> {
  const c = cleaned(init);
  return userAction(db, [db.measures], async ({ by, at }) => {
    const siblings = (await db.measures.where('planId').equals(planId).toArray()).filter(isLive).sort(byPosition);
    const m: Measure = valid('measures', {
      ...createMeta(by, at),
      planId,
      position: positionBetween(siblings.at(-1)?.position, undefined),
      ...NEW_MEASURE,
      ...c,
      name: c.name || NEW_MEASURE.name,
    });
    await db.measures.add(m);
    return m.id;
  });
}

/** Changes a measure's fields; a cleared name is not stored (the field keeps the old one until retyped). */
export function updateMeasure(db: PanelwrightDb, id: string, changes: MeasureChanges): Promise<void> {
  const c = cleaned(changes);
  if (c.name === '') return Promise.resolve();
  return userAction(db, [db.measures], async ({ by, at }) => {
    const m = await db.measures.get(id);
    if (m) await db.measures.put(valid('measures', touch(m, c, by, at)));
  });
}

export const removeMeasure = (db: PanelwrightDb, id: string): Promise<void> => softDeleteRecord(db, 'measures', id);
export const restoreMeasure = (db: PanelwrightDb, id: string): Promise<void> => restoreRecord(db, 'measures', id);

export function moveMeasure(db: PanelwrightDb, id: string, delta: -1 | 1): Promise<void> {
  return userAction(db, [db.measures], async ({ by, at }) => {
    const m = await db.measures.get(id);
    if (!m) return;
    const siblings = (await db.measures.where('planId').equals(m.planId).toArray()).filter(isLive).sort(byPosition);
    const i = siblings.findIndex((s) => s.id === id);
    const j = i + delta;
    if (i < 0 || j < 0 || j >= siblings.length) return;
    const rest = siblings.filter((s) => s.id !== id);
    const position = positionBetween(rest[j - 1]?.position, rest[j]?.position);
    await db.measures.put(valid('measures', touch(m, { position }, by, at)));
  });
}

/** The live values of (measure, period), newest first; a merge may have left more than one. */
async function liveValues(db: PanelwrightDb, measureId: string, periodId: string): Promise<MeasureValue[]> {
  return (await db.measureValues.where('[measureId+periodId]').equals([measureId, periodId]).toArray())
    .filter(isLive)
    .sort((a, b) => (a.updatedAt === b.updatedAt ? (a.id < b.id ? 1 : -1) : a.updatedAt < b.updatedAt ? 1 : -1));
}

export interface ValueInput {
  readonly measureId: string;
  readonly periodId: string;
  /** Null records "no data for this period" (currently unavailable). */
  readonly value: number | null;
  readonly note?: string;
}

type Stamp = { by: string; at: string };

async function writeValue(db: PanelwrightDb, input: ValueInput, { by, at }: Stamp): Promise<string> {
  const [keep, ...extra] = await liveValues(db, input.measureId, input.periodId);
  for (const x of extra) await db.measureValues.put(softDelete(x, by, at));
  if (keep) {
    const changes = input.note === undefined ? { value: input.value } : { value: input.value, note: input.note };
    await db.measureValues.put(valid('measureValues', touch(keep, changes, by, at)));
    return keep.id;
  }
  const v: MeasureValue = valid('measureValues', {
    ...createMeta(by, at),
    measureId: input.measureId,
    periodId: input.periodId,
    value: input.value,
    note: input.note ?? '',
  });
  await db.measureValues.add(v);
  return v.id;
}

/**
 * Sets the measure's value for the period: changes the live one or creates it (at most one live value
 * per measure and period — any extra live one a merge left is deleted here). `note` undefined keeps it.
 */
export function setValue(db: PanelwrightDb, measureId: string, periodId: string, value: number | null, note?: string): Promise<string> {
  return userAction(db, [db.measureValues], (stamp) =>
    writeValue(db, note === undefined ? { measureId, periodId, value } : { measureId, periodId, value, note }, stamp),
  );
}

/**
 * Sets the grade of the measure's value for the period ("Good", "Requires Improvement" …; blank
 * removes it). A period with no value yet gets one with no figure ("No data"), holding the grade.
 */
export function setGrade(db: PanelwrightDb, measureId: string, periodId: string, grade: string): Promise<void> {
  const g = grade.replace(/\s+/g, ' ').trim();
  return userAction(db, [db.measureValues], async ({ by, at }) => {
    const [keep, ...extra] = await liveValues(db, measureId, periodId);
    for (const x of extra) await db.measureValues.put(softDelete(x, by, at));
    if (keep) {
      // Without the field when blank, so a value with no grade is stored as it always was.
      const { grade: _old, ...rest } = keep;
      const next: MeasureValue = g ? { ...rest, grade: g } : rest;
      await db.measureValues.put(valid('measureValues', touch(next, {}, by, at)));
      return;
    }
    if (!g) return;
    await db.measureValues.add(valid('measureValues', { ...createMeta(by, at), measureId, periodId, value: null, note: '', grade: g }));
  });
}

/** Many values in one user action (a CSV import): all are stored, or none. */
export function setValues(db: PanelwrightDb, inputs: readonly ValueInput[]): Promise<string[]> {
  return userAction(db, [db.measureValues], async (stamp) => {
    const ids: string[] = [];
    for (const input of inputs) ids.push(await writeValue(db, input, stamp));
    return ids;
  });
}

/** Removes the period's value (soft delete): the period then has no value at all. */
export function clearValue(db: PanelwrightDb, measureId: string, periodId: string): Promise<void> {
  return userAction(db, [db.measureValues], async ({ by, at }) => {
    for (const v of await liveValues(db, measureId, periodId)) await db.measureValues.put(softDelete(v, by, at));
  });
}

/** The plan's RAGB thresholds; null goes back to the defaults (5%, ±10%, % levels relative). */
export function setThresholds(db: PanelwrightDb, planId: string, thresholds: MeasureThresholds | null): Promise<void> {
  return userAction(db, [db.plans], async ({ by, at }) => {
    const p = await db.plans.get(planId);
    if (p) await db.plans.put(valid('plans', touch(p, { measureThresholds: thresholds }, by, at)));
  });
}

export type MeasureData = Pick<DatabaseSnapshot, 'plans' | 'themes' | 'measures' | 'measureValues' | 'customPeriods'>;

/** Everything the measures screen shows for a plan, read in one transaction. */
export async function loadMeasureData(db: PanelwrightDb, planId: string): Promise<MeasureData> {
  return db.transaction('r', [db.plans, db.themes, db.measures, db.measureValues, db.customPeriods], async () => {
    const [plan, themes, measures, customPeriods] = await Promise.all([
      db.plans.get(planId),
      db.themes.where('planId').equals(planId).toArray(),
      db.measures.where('planId').equals(planId).toArray(),
      db.customPeriods.toArray(),
    ]);
    const ids = measures.map((m) => m.id);
    const measureValues = ids.length ? await db.measureValues.where('measureId').anyOf(ids).toArray() : [];
    return { plans: plan ? [plan] : [], themes, measures, measureValues, customPeriods };
  });
}
