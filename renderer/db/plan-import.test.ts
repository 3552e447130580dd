import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { PLAN_FIELDS, applyMapping, buildPlanImport, guessMapping, readCsv } from '../../shared/import';
import { isLive } from '../../shared/records/meta';
import { createPlan, importPlanDraft } from './plans-repo';
import { freshDb } from './test-helpers';

const CSV = `Theme number,Theme title,Ref,Organisation,Lead officer,Email,Activity,Status,Update
6,Prevention,C03,Force,Kevin Dennis,kd@example.org,Support the use of GPS tags,Green,Tags now managed by MAIT.
6,,C04,NOPCC,Kevin Dennis,,*Evaluate the violent crime team,Amber,Evaluation delayed.
7,Partnership,P01,Partners,Ruth Fletcher,,Focus on high-demand families,,
`;

describe('importing a plan from a spreadsheet', () => {
  it("a clean file becomes themes, deliverables, people and this period's updates in one action", async () => {
    const db = freshDb();
    const planId = await createPlan(db, { name: 'Police and Crime Delivery Plan 2017/18' });
    const plan = (await db.plans.get(planId))!;
    const read = readCsv(CSV);
    if (!read.ok) throw new Error(read.error);
    const mapping = guessMapping(read.rows[0]!, PLAN_FIELDS);
    const mapped = applyMapping(read.rows, 0, mapping, PLAN_FIELDS, { statusKey: plan.statusKey });
    expect(mapped.errors).toEqual([]);
    const built = buildPlanImport(mapped.rows, { people: [], statusKey: plan.statusKey, periodId: 'fy2017q2' });
    expect(built.errors).toEqual([]);
    const counts = await importPlanDraft(db, planId, built.draft);
    expect(counts).toEqual({ themes: 2, deliverables: 3, people: 2, updates: 2 });

    const deliverables = (await db.deliverables.where('planId').equals(planId).toArray()).filter(isLive);
    expect(deliverables.map((d) => d.ref).sort()).toEqual(['C03', 'C04', 'P01']);
    const people = await db.people.toArray();
    const kevin = people.find((p) => p.name === 'Kevin Dennis')!;
    expect(
      deliverables
        .filter((d) => d.leadPersonId === kevin.id)
        .map((d) => d.ref)
        .sort(),
    ).toEqual(['C03', 'C04']);
    const updates = await db.updates.toArray();
    expect(updates.map((u) => u.statusId).sort()).toEqual(['amber', 'green']);
    expect(JSON.stringify(updates)).toContain('Evaluation delayed.');
  });

  it('an action plan (objective, action, owner, when) keeps every owner and its when, read against the plan’s own frequencies', async () => {
    const db = freshDb();
    const planId = await createPlan(db, { name: 'Business Plan 2014/15' });
    await db.plans.update(planId, { extraFrequencies: ['At each panel meeting'] });
    const plan = (await db.plans.get(planId))!;
    const read = readCsv(`Objective,Action,Owner,Completion date or frequency
Protect victims,Commission victim services,Chief Executive,April 2014
,Report to the panel,"Chief Executive; Chief Finance Officer",at each panel meeting
Spend wisely,Publish the plan,Chief Finance Officer,Before the precept meeting
`);
    if (!read.ok) throw new Error(read.error);
    const mapped = applyMapping(read.rows, 0, guessMapping(read.rows[0]!, PLAN_FIELDS), PLAN_FIELDS, { statusKey: plan.statusKey });
    const built = buildPlanImport(mapped.rows, { people: [], statusKey: plan.statusKey, periodId: null });
    expect([...mapped.errors, ...built.errors]).toEqual([]);
    await importPlanDraft(db, planId, built.draft);
    const byActivity = new Map((await db.deliverables.toArray()).map((d) => [d.activity, d]));
    const people = new Map((await db.people.toArray()).map((p) => [p.name, p.id]));
    expect(byActivity.get('Commission victim services')).toMatchObject({ when: { kind: 'month', year: 2014, month: 4 }, dueDate: '2014-04-30' });
    const panel = byActivity.get('Report to the panel')!;
    expect(panel.when).toEqual({ kind: 'frequency', label: 'At each panel meeting' });
    expect(panel.dueDate).toBeNull();
    expect(panel.ownerPersonIds).toEqual([people.get('Chief Executive'), people.get('Chief Finance Officer')]);
    expect(panel.leadPersonId).toBe(people.get('Chief Executive'));
    expect(byActivity.get('Publish the plan')!.when).toEqual({ kind: 'text', text: 'Before the precept meeting' });
  });

  it('a file with an unknown status is reported by row, and nothing is written', async () => {
    const db = freshDb();
    const planId = await createPlan(db, { name: 'Plan' });
    const plan = (await db.plans.get(planId))!;
    const read = readCsv(CSV.replace('Amber', 'Purple'));
    if (!read.ok) throw new Error(read.error);
    const mapped = applyMapping(read.rows, 0, guessMapping(read.rows[0]!, PLAN_FIELDS), PLAN_FIELDS, { statusKey: plan.statusKey });
    const built = buildPlanImport(mapped.rows, { people: [], statusKey: plan.statusKey, periodId: 'fy2017q2' });
    const errors = [...mapped.errors, ...built.errors];
    expect(errors.some((e) => e.row === 3 && /Purple/.test(e.message))).toBe(true);
    expect(await db.deliverables.count()).toBe(0);
  });

  it('stores a theme objectives column on new themes, and adds only new lines to an existing theme', async () => {
    const db = freshDb();
    const planId = await createPlan(db, { name: 'Police and Crime Delivery Plan 2017/18' });
    const plan = (await db.plans.get(planId))!;
    const importCsv = async (csv: string) => {
      const read = readCsv(csv);
      if (!read.ok) throw new Error(read.error);
      const mapped = applyMapping(read.rows, 0, guessMapping(read.rows[0]!, PLAN_FIELDS), PLAN_FIELDS, { statusKey: plan.statusKey });
      const built = buildPlanImport(mapped.rows, { people: [], statusKey: plan.statusKey, periodId: null });
      expect([...mapped.errors, ...built.errors]).toEqual([]);
      await importPlanDraft(db, planId, built.draft);
    };
    await importCsv(`Theme number,Theme title,Theme objectives,Ref,Activity
6,Prevention,"Reduce repeat victimisation
Support victims",C03,Support the use of GPS tags
`);
    await importCsv(`Theme number,Theme title,Theme objectives,Ref,Activity
6,,"support victims
Improve satisfaction",C04,Evaluate the violent crime team
`);
    const themes = (await db.themes.where('planId').equals(planId).toArray()).filter(isLive);
    expect(themes.map((t) => [t.number, t.objectives])).toEqual([['6', ['Reduce repeat victimisation', 'Support victims', 'Improve satisfaction']]]);
  });
});
