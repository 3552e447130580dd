import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { doc, para } from '../../shared/richtext/build';
import { defaultStatusKey } from '../../shared/plans/status-key';
import { isLive } from '../../shared/records/meta';
import {
  addDeliverable,
  addPerson,
  addTheme,
  createPlan,
  deletePlan,
  loadPlanData,
  moveDeliverable,
  moveTheme,
  removeDeliverable,
  renamePlan,
  restorePlan,
  setStatusKey,
  setUpdate,
  startFromPrevious,
  updateDeliverable,
} from './plans-repo';
import { setUserName } from './settings-repo';
import { freshDb, reopen, tick } from './test-helpers';

describe('plans repo', () => {
  it('creates a plan with the default key (Blue optional), renames it, deletes and restores it softly', async () => {
    const db = freshDb();
    await setUserName(db, 'Kevin Dennis');
    const id = await createPlan(db, { name: '  Police and Crime   Delivery Plan 2019/20 ' });
    const blue = await createPlan(db, { name: 'With Blue', includeBlue: true });
    const again = reopen(db);
    expect(await again.plans.get(id)).toMatchObject({ name: 'Police and Crime Delivery Plan 2019/20', updatedBy: 'Kevin Dennis', statusKey: defaultStatusKey() });
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

  it('keeps themes and deliverables in order; moves and soft deletes', async () => {
    const db = freshDb();
    const planId = await createPlan(db, { name: 'Plan' });
    const t1 = await addTheme(db, planId, { title: 'One' });
    const t2 = await addTheme(db, planId, { title: 'Two' });
    expect((await db.themes.get(t2))?.number).toBe('2');
    await moveTheme(db, t2, -1);
    const order = async () => (await loadPlanData(db, planId)).themes.filter(isLive).sort((a, b) => a.position - b.position).map((t) => t.title);
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
