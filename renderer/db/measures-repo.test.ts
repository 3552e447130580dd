import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { isLive } from '../../shared/records/meta';
import { createMeta } from '../../shared/records/meta';
import {
  addMeasure,
  clearValue,
  loadMeasureData,
  moveMeasure,
  removeMeasure,
  restoreMeasure,
  setThresholds,
  setValue,
  setValues,
  updateMeasure,
} from './measures-repo';
import { createPlan } from './plans-repo';
import { setUserName } from './settings-repo';
import { freshDb, reopen, tick } from './test-helpers';

describe('measures repo', () => {
  it('adds measures in order, updates fields and flags, moves and soft deletes', async () => {
    const db = freshDb();
    await setUserName(db, 'Analyst');
    const planId = await createPlan(db, { name: 'Plan' });
    const a = await addMeasure(db, planId, { name: '  All   crime ', target: { kind: 'reduceVsBaseline' }, valueBasis: 'percentChange', unit: 'percent' });
    const b = await addMeasure(db, planId, { name: 'ASB' });
    const again = reopen(db);
    expect(await again.measures.get(a)).toMatchObject({ name: 'All crime', planId, updatedBy: 'Analyst', target: { kind: 'reduceVsBaseline' } });
    await updateMeasure(again, b, { monitorOnly: true, newThisYear: true, noLongerMeasured: true, baseline: { value: 15, label: '2016-17' } });
    await updateMeasure(again, b, { name: '   ' });
    expect(await again.measures.get(b)).toMatchObject({
      name: 'ASB',
      monitorOnly: true,
      newThisYear: true,
      noLongerMeasured: true,
      baseline: { value: 15, label: '2016-17' },
    });
    await moveMeasure(again, b, -1);
    let data = await loadMeasureData(again, planId);
    expect(
      data.measures
        .filter(isLive)
        .sort((x, y) => x.position - y.position)
        .map((m) => m.id),
    ).toEqual([b, a]);
    await removeMeasure(again, a);
    data = await loadMeasureData(again, planId);
    expect(data.measures.find((m) => m.id === a)?.deletedAt).toEqual(expect.any(String));
    await restoreMeasure(again, a);
    expect((await again.measures.get(a))?.deletedAt).toBeNull();
  });

  it('refuses a record the backup would refuse', async () => {
    const db = freshDb();
    const planId = await createPlan(db, { name: 'Plan' });
    const id = await addMeasure(db, planId);
    await expect(updateMeasure(db, id, { target: { kind: 'reachLevel', level: Number.NaN } })).rejects.toThrow('Not saved');
    await expect(setValue(db, id, 'not a period', 5)).rejects.toThrow('Not saved');
  });

  it('keeps at most one live value per measure and period', async () => {
    const db = freshDb();
    const planId = await createPlan(db, { name: 'Plan' });
    const m = await addMeasure(db, planId);
    const first = await setValue(db, m, 'm2017-07', 56.7, 'survey');
    await tick();
    const second = await setValue(db, m, 'm2017-07', 55.7);
    expect(second).toBe(first);
    expect(await db.measureValues.get(first)).toMatchObject({ value: 55.7, note: 'survey' });
    // A merge left a second live value: the next write keeps the newest and deletes the other.
    await db.measureValues.add({ ...createMeta('Other', '2099-01-01T00:00:00.000Z'), measureId: m, periodId: 'm2017-07', value: 1, note: '' });
    await setValue(db, m, 'm2017-07', 50, '');
    const live = (await db.measureValues.where('[measureId+periodId]').equals([m, 'm2017-07']).toArray()).filter(isLive);
    expect(live).toHaveLength(1);
    expect(live[0]).toMatchObject({ value: 50 });
    await setValue(db, m, 'm2017-09', null, 'currently unavailable');
    await clearValue(db, m, 'm2017-07');
    const data = await loadMeasureData(db, planId);
    expect(data.measureValues.filter(isLive).map((v) => [v.periodId, v.value])).toEqual([['m2017-09', null]]);
  });

  it('stores many values in one action, all or nothing', async () => {
    const db = freshDb();
    const planId = await createPlan(db, { name: 'Plan' });
    const m = await addMeasure(db, planId);
    await setValues(db, [
      { measureId: m, periodId: 'm2017-07', value: 1 },
      { measureId: m, periodId: 'm2017-08', value: 2 },
    ]);
    await expect(
      setValues(db, [
        { measureId: m, periodId: 'm2017-09', value: 3 },
        { measureId: m, periodId: 'bad', value: 4 },
      ]),
    ).rejects.toThrow();
    expect((await db.measureValues.toArray()).map((v) => v.periodId).sort()).toEqual(['m2017-07', 'm2017-08']);
  });

  it('sets and resets the plan thresholds', async () => {
    const db = freshDb();
    const planId = await createPlan(db, { name: 'Plan' });
    await setThresholds(db, planId, { significance: 3, monitorOnly: 15, percentLevelBasis: 'percentagePoints' });
    expect((await db.plans.get(planId))?.measureThresholds).toEqual({ significance: 3, monitorOnly: 15, percentLevelBasis: 'percentagePoints' });
    await setThresholds(db, planId, null);
    expect((await db.plans.get(planId))?.measureThresholds).toBeNull();
  });
});
