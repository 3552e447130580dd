// A grade typed beside a measure's value: stored with the value, blank removes it, and a period with
// no value yet gets one (no figure) to hold it.
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { isLive } from '../../shared/records/meta';
import { addMeasure, setGrade, setValue } from './measures-repo';
import { createPlan } from './plans-repo';
import { freshDb } from './test-helpers';

describe('measure grades', () => {
  it('sets, changes and clears a period’s grade, keeping its figure and note', async () => {
    const db = freshDb();
    const planId = await createPlan(db, { name: 'Plan' });
    const m = await addMeasure(db, planId, { name: 'Inspection' });
    await setValue(db, m, 'm2017-09', 55.7, 'Survey of 1,200');
    await setGrade(db, m, 'm2017-09', '  Requires   Improvement ');
    const live = async () => (await db.measureValues.toArray()).filter(isLive);
    expect(await live()).toMatchObject([{ value: 55.7, note: 'Survey of 1,200', grade: 'Requires Improvement' }]);
    // a new figure keeps the grade
    await setValue(db, m, 'm2017-09', 58);
    expect((await live())[0]).toMatchObject({ value: 58, grade: 'Requires Improvement' });
    await setGrade(db, m, 'm2017-09', ' ');
    const cleared = (await live())[0]!;
    expect(cleared).toMatchObject({ value: 58, note: 'Survey of 1,200' });
    expect('grade' in cleared).toBe(false);
  });

  it('a grade for a period with no value yet makes one with no figure; a blank grade there stores nothing', async () => {
    const db = freshDb();
    const planId = await createPlan(db, { name: 'Plan' });
    const m = await addMeasure(db, planId, { name: 'Inspection' });
    await setGrade(db, m, 'fy2017q2', '');
    expect(await db.measureValues.count()).toBe(0);
    await setGrade(db, m, 'fy2017q2', 'Pending');
    expect((await db.measureValues.toArray()).filter(isLive)).toMatchObject([{ measureId: m, periodId: 'fy2017q2', value: null, note: '', grade: 'Pending' }]);
  });

  it('refuses a grade longer than a value may hold, storing nothing', async () => {
    const db = freshDb();
    const planId = await createPlan(db, { name: 'Plan' });
    const m = await addMeasure(db, planId, { name: 'Inspection' });
    await setValue(db, m, 'm2017-09', 1);
    await expect(setGrade(db, m, 'm2017-09', 'x'.repeat(101))).rejects.toThrow();
    expect((await db.measureValues.toArray()).filter(isLive)[0]).not.toHaveProperty('grade');
  });
});
