import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { doc, para } from '../../shared/richtext/build';
import { defaultStatusKey } from '../../shared/plans/status-key';
import { parsePeriodId } from '../../shared/periods/labels';
import { isLive } from '../../shared/records/meta';
import {
  addCustomPeriod,
  addDeliverable,
  addPerson,
  addTheme,
  createPlan,
  deletePlan,
  loadPlanData,
  moveDeliverable,
  moveTheme,
  removeCustomPeriod,
  removeDeliverable,
  renamePlan,
  restoreCustomPeriod,
  restorePlan,
  setStatusKey,
  setUpdate,
  startFromPrevious,
  updateCustomPeriod,
  updateDeliverable,
} from './plans-repo';
import { addMeasure, setValue } from './measures-repo';
import { createBlock } from './blocks-repo';
import { createPaper, deletePaper } from './papers-repo';
import { withBlue } from '../../shared/plans/status-key';
import { setUserName } from './settings-repo';
import { freshDb, reopen, tick } from './test-helpers';

describe('plans repo', () => {
  it('creates a plan with the default key (Blue optional), renames it, deletes and restores it softly', async () => {
    const db = freshDb();
    await setUserName(db, 'Kevin Dennis');
    const id = await createPlan(db, { name: '  Police and Crime   Delivery Plan 2019/20 ' });
    const blue = await createPlan(db, { name: 'With Blue', includeBlue: true });
    const again = reopen(db);
    expect(await again.plans.get(id)).toMatchObject({
      name: 'Police and Crime Delivery Plan 2019/20',
      updatedBy: 'Kevin Dennis',
      statusKey: defaultStatusKey(),
    });
    expect((await again.plans.get(blue))?.statusKey.statuses.map((s) => s.id)).toEqual(['blue', 'green', 'amber', 'red', 'notStarted']);
    await renamePlan(again, id, 'Renamed');
    await renamePlan(again, id, '   ');
    expect((await again.plans.get(id))?.name).toBe('Renamed');
    await deletePlan(again, id);
    expect((await again.plans.get(id))?.deletedAt).toEqual(expect.any(String));
    await restorePlan(again, id);
    expect((await again.plans.get(id))?.deletedAt).toBeNull();
    await expect(createPlan(again, { name: ' ' })).rejects.toThrow('A plan needs a name.');
  });

  it('refuses a status key with problems, and stores a good one', async () => {
    const db = freshDb();
    const id = await createPlan(db, { name: 'Plan' });
    const key = defaultStatusKey();
    const bad = { statuses: key.statuses.map((s) => (s.id === 'amber' ? { ...s, letter: 'G' } : s)) };
    await expect(setStatusKey(db, id, bad)).rejects.toThrow('More than one status uses the letter "G"');
    const good = { statuses: key.statuses.map((s) => (s.id === 'amber' ? { ...s, meaning: 'At risk' } : s)) };
    await setStatusKey(db, id, good);
    expect((await db.plans.get(id))?.statusKey.statuses[1]?.meaning).toBe('At risk');
  });

  it('never drops a status that live updates of the plan use, and says how many', async () => {
    const db = freshDb();
    const id = await createPlan(db, { name: 'Plan', includeBlue: true });
    const other = await createPlan(db, { name: 'Other', includeBlue: true });
    const themeId = await addTheme(db, id);
    const [a, b, gone] = [await addDeliverable(db, id, themeId), await addDeliverable(db, id, themeId), await addDeliverable(db, id, themeId)];
    await setUpdate(db, a, 'fy2017q1', { statusId: 'blue' });
    await setUpdate(db, b, 'fy2017q2', { statusId: 'blue' });
    await setUpdate(db, gone, 'fy2017q2', { statusId: 'blue' });
    await removeDeliverable(db, gone);
    const key = defaultStatusKey({ includeBlue: true });
    await expect(setStatusKey(db, id, withBlue(key, false))).rejects.toThrow('Blue is used by 2 updates, so it cannot be removed from the key.');
    expect((await db.plans.get(id))?.statusKey.statuses.map((s) => s.id)).toEqual(['blue', 'green', 'amber', 'red', 'notStarted']);
    // Another plan's updates do not hold this key; once its Blue is unused, Blue can go and come back.
    await setStatusKey(db, other, withBlue(key, false));
    expect((await db.plans.get(other))?.statusKey).toEqual(defaultStatusKey());
    await setUpdate(db, a, 'fy2017q1', { statusId: 'green' });
    await setUpdate(db, b, 'fy2017q2', { statusId: null });
    await setStatusKey(db, id, withBlue(key, false));
    await setStatusKey(db, id, key);
    expect((await db.plans.get(id))?.statusKey).toEqual(key);
  });

  it('adds, renames and removes custom periods, validating them', async () => {
    const db = freshDb();
    await setUserName(db, 'Kevin Dennis');
    const id = await addCustomPeriod(db, { label: '  April to   November 2017 ', start: '2017-04-01', end: '2017-11-30' });
    const again = reopen(db);
    expect(await again.customPeriods.get(id)).toMatchObject({
      label: 'April to November 2017',
      start: '2017-04-01',
      end: '2017-11-30',
      updatedBy: 'Kevin Dennis',
      deletedAt: null,
    });
    expect(parsePeriodId(`custom:${id}`, await again.customPeriods.toArray())).toMatchObject({ kind: 'custom', label: 'April to November 2017' });
    await expect(addCustomPeriod(again, { label: 'april to november 2017', start: '2017-04-01', end: '2017-11-30' })).rejects.toThrow(
      'There is already a period called "april to november 2017".',
    );
    await expect(addCustomPeriod(again, { label: ' ', start: '2017-12-01', end: '2017-11-30' })).rejects.toThrow(
      'Give the period a label. The end date is before the start date.',
    );
    const ytd = await addCustomPeriod(again, { label: 'Year to date', start: '2017-04-01', end: '2017-12-31' });
    await updateCustomPeriod(again, id, { label: 'April–November 2017' });
    await expect(updateCustomPeriod(again, id, { label: 'year to date' })).rejects.toThrow('There is already a period called "year to date".');
    await expect(updateCustomPeriod(again, id, { end: '2017-03-01' })).rejects.toThrow('The end date is before the start date.');
    expect(await again.customPeriods.get(id)).toMatchObject({ label: 'April–November 2017', end: '2017-11-30' });
    await removeCustomPeriod(again, ytd);
    expect((await again.customPeriods.get(ytd))?.deletedAt).toEqual(expect.any(String));
    // Its label is free again once it is removed; Undo brings it back.
    const other = await addCustomPeriod(again, { label: 'Year to date', start: '2017-04-01', end: '2018-01-31' });
    await removeCustomPeriod(again, other);
    await restoreCustomPeriod(again, ytd);
    expect((await again.customPeriods.get(ytd))?.deletedAt).toBeNull();
  });

  it('refuses to remove a custom period that updates, measure values or a live paper’s data blocks use', async () => {
    const db = freshDb();
    const period = await addCustomPeriod(db, { label: 'April to November 2017', start: '2017-04-01', end: '2017-11-30' });
    const periodId = `custom:${period}`;
    const planId = await createPlan(db, { name: 'Plan' });
    const d = await addDeliverable(db, planId, await addTheme(db, planId));
    const u = await setUpdate(db, d, periodId, { statusId: 'green' });
    const measure = await addMeasure(db, planId);
    await setValue(db, measure, periodId, 42);
    const paperId = await createPaper(db, { title: 'Update report' });
    await createBlock(db, paperId, { kind: 'planStatusChart', planId, themeId: null, periodIds: ['fy2017q1', periodId] });
    await expect(removeCustomPeriod(db, period)).rejects.toThrow(
      '"April to November 2017" cannot be removed: 1 deliverable update is written for it; 1 measure value is recorded for it; 1 data block in a paper shows it. Rename it instead, or remove those first.',
    );
    expect((await db.customPeriods.get(period))?.deletedAt).toBeNull();
    await db.updates.update(u, { deletedAt: '2017-12-01T00:00:00.000Z' });
    await db.measureValues.toCollection().modify({ deletedAt: '2017-12-01T00:00:00.000Z' });
    await expect(removeCustomPeriod(db, period)).rejects.toThrow('cannot be removed: 1 data block in a paper shows it.');
    await deletePaper(db, paperId);
    await removeCustomPeriod(db, period);
    expect((await db.customPeriods.get(period))?.deletedAt).toEqual(expect.any(String));
  });

  it('keeps themes and deliverables in order; moves and soft deletes', async () => {
    const db = freshDb();
    const planId = await createPlan(db, { name: 'Plan' });
    const t1 = await addTheme(db, planId, { title: 'One' });
    const t2 = await addTheme(db, planId, { title: 'Two' });
    expect((await db.themes.get(t2))?.number).toBe('2');
    await moveTheme(db, t2, -1);
    const order = async () =>
      (await loadPlanData(db, planId)).themes
        .filter(isLive)
        .sort((a, b) => a.position - b.position)
        .map((t) => t.title);
    expect(await order()).toEqual(['Two', 'One']);
    const a = await addDeliverable(db, planId, t1, { ref: 'C03' });
    const b = await addDeliverable(db, planId, t1, { ref: 'C04' });
    const c = await addDeliverable(db, planId, t1, { ref: 'C05' });
    await moveDeliverable(db, a, 1);
    await updateDeliverable(db, b, { activity: 'Evaluate the violent crime team', marker: '*' });
    await removeDeliverable(db, c);
    const ds = (await loadPlanData(db, planId)).deliverables.filter(isLive).sort((x, y) => x.position - y.position);
    expect(ds.map((d) => `${d.marker}${d.ref}`)).toEqual(['*C04', 'C03']);
  });

  it("a small plan beside a big one loads exactly its own updates, in the table's order", async () => {
    const db = freshDb();
    const big = await createPlan(db, { name: 'Big plan' });
    const bigTheme = await addTheme(db, big);
    for (let i = 0; i < 30; i++) await setUpdate(db, await addDeliverable(db, big, bigTheme, { ref: `B${i}` }), 'fy2017q2', { statusId: 'green' });
    const small = await createPlan(db, { name: 'Small plan' });
    const smallTheme = await addTheme(db, small);
    const mine: string[] = [];
    for (let i = 0; i < 3; i++) {
      const d = await addDeliverable(db, small, smallTheme, { ref: `S${i}` });
      mine.push(d);
      for (const period of ['fy2017q1', 'fy2017q2', 'fy2017q3']) await setUpdate(db, d, period, { statusId: 'amber' });
    }
    await removeDeliverable(db, mine[2]!); // a removed deliverable's updates still come with its plan (restore)
    const scanned = async (planId: string) => {
      const ids = new Set((await db.deliverables.where('planId').equals(planId).toArray()).map((d) => d.id));
      return (await db.updates.toArray()).filter((u) => ids.has(u.deliverableId));
    };
    const loaded = (await loadPlanData(db, small)).updates;
    expect(loaded).toHaveLength(9);
    expect(loaded).toEqual(await scanned(small));
    expect((await loadPlanData(db, big)).updates).toEqual(await scanned(big));
  });

  it('setUpdate keeps one live update per deliverable and period, and validates what it stores', async () => {
    const db = freshDb();
    const planId = await createPlan(db, { name: 'Plan' });
    const themeId = await addTheme(db, planId);
    const personId = await addPerson(db, { name: 'Det Supt Firth', email: 'firth@example.org' });
    const d = await addDeliverable(db, planId, themeId, { ref: 'F03', leadPersonId: personId });
    const u1 = await setUpdate(db, d, 'fy2017q2', { statusId: 'amber' });
    await tick();
    const u2 = await setUpdate(db, d, 'fy2017q2', { narrative: doc(para('No dedicated cyber resource.')) });
    expect(u2).toBe(u1);
    const live = (await db.updates.where('[deliverableId+periodId]').equals([d, 'fy2017q2']).toArray()).filter(isLive);
    expect(live).toHaveLength(1);
    expect(live[0]).toMatchObject({ statusId: 'amber', narrative: doc(para('No dedicated cyber resource.')) });
    await expect(setUpdate(db, d, 'not-a-period', { statusId: 'green' })).rejects.toThrow('Not saved');
  });

  it('a second live update (left by a merge) is retired by the next write; the later one wins', async () => {
    const db = freshDb();
    const planId = await createPlan(db, { name: 'Plan' });
    const d = await addDeliverable(db, planId, await addTheme(db, planId));
    const first = await setUpdate(db, d, 'fy2017q2', { statusId: 'green' });
    const copy = { ...(await db.updates.get(first))!, id: crypto.randomUUID(), updatedAt: '2999-01-01T00:00:00.000Z', statusId: 'red' };
    await db.updates.add(copy);
    const kept = await setUpdate(db, d, 'fy2017q2', { narrativeDate: '2017-10-13' });
    expect(kept).toBe(copy.id);
    expect((await db.updates.toArray()).filter(isLive).map((u) => u.statusId)).toEqual(['red']);
  });

  it('starts from last period’s text, without its status', async () => {
    const db = freshDb();
    const planId = await createPlan(db, { name: 'Plan' });
    const d = await addDeliverable(db, planId, await addTheme(db, planId));
    expect(await startFromPrevious(db, d, 'fy2017q2')).toBe(false);
    await setUpdate(db, d, 'fy2017q1', { statusId: 'amber', narrative: doc(para('Last quarter.')) });
    expect(await startFromPrevious(db, d, 'fy2017q2')).toBe(true);
    const u = (await db.updates.where('[deliverableId+periodId]').equals([d, 'fy2017q2']).toArray())[0];
    expect(u).toMatchObject({ statusId: null, narrative: doc(para('Last quarter.')) });
  });
});
