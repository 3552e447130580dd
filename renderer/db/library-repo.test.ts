import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { byPosition, isLive } from '../../shared/records/meta';
import { groupForwardPlan } from '../../shared/library/forward-plan';
import { tableLines } from '../../shared/library/tables';
import {
  addAmbition,
  addCategory,
  addColumn,
  addForwardPlanItem,
  addPresentation,
  addRow,
  createCaseStudy,
  createDataTable,
  createForwardPlan,
  moveAmbition,
  moveCategory,
  moveForwardPlanItem,
  moveRow,
  removeAmbition,
  removeCaseStudy,
  removeCategory,
  removeColumn,
  removeForwardPlanItem,
  removePresentation,
  removeRow,
  restoreCaseStudy,
  setCell,
  setRowGroup,
  updateAmbition,
  updateCaseStudy,
  updateColumn,
  updateDataTable,
  updateForwardPlanItem,
  updatePresentation,
} from './library-repo';
import { setUserName } from './settings-repo';
import { freshDb, reopen } from './test-helpers';

describe('library repo', () => {
  it('keeps case studies and their presentations, with soft deletes', async () => {
    const db = freshDb();
    await setUserName(db, 'Author');
    const id = await createCaseStudy(db, { title: '  Knife   crime ' });
    await updateCaseStudy(db, id, { author: 'KD', title: '' });
    const p = await addPresentation(db, id, { committeeId: '5a3e1e00-2017-4000-8001-000000000002' });
    await updatePresentation(db, id, p, { meetingDate: '2017-12-08' });
    const again = reopen(db);
    expect(await again.caseStudies.get(id)).toMatchObject({
      title: 'Knife crime',
      author: 'KD',
      updatedBy: 'Author',
      presentations: [{ id: p, meetingDate: '2017-12-08' }],
    });
    await expect(updatePresentation(again, id, p, { meetingDate: '8 Dec' })).rejects.toThrow('Not saved');
    await removePresentation(again, id, p);
    await removeCaseStudy(again, id);
    expect((await again.caseStudies.get(id))?.deletedAt).toEqual(expect.any(String));
    await restoreCaseStudy(again, id);
    expect(await again.caseStudies.get(id)).toMatchObject({ deletedAt: null, presentations: [] });
  });

  it('creates a forward plan with the default categories; items numbered and moved within a category', async () => {
    const db = freshDb();
    const planId = await createForwardPlan(db);
    let plan = (await db.forwardPlans.get(planId))!;
    expect(plan.categories.map((c) => c.title)).toEqual([
      'Business cases',
      'Contracts above £250k',
      'Estates, ICT and Asset Strategic Planning',
      'Workforce Plan and Recruitment Strategies',
      'Strategic Issues including Finance',
      'Other Commissioning',
    ]);
    const contracts = plan.categories[1]!.id;
    const a = await addForwardPlanItem(db, planId, contracts, { subject: 'A' });
    const b = await addForwardPlanItem(db, planId, contracts, { subject: 'B', cost: { kind: 'amount', pounds: 300_000 } });
    await updateForwardPlanItem(db, a, { decisionDate: '2018-01' });
    await expect(updateForwardPlanItem(db, a, { decisionDate: 'January' })).rejects.toThrow('Not saved');
    await moveForwardPlanItem(db, b, -1);
    const items = await db.forwardPlanItems.toArray();
    expect(groupForwardPlan(plan, items)[1]!.items.map((i) => `${i.reference} ${i.item.subject}`)).toEqual(['2.1 B', '2.2 A']);
    await expect(removeCategory(db, planId, contracts)).rejects.toThrow('still has 2 items');
    const extra = await addCategory(db, planId, 'Collaboration');
    await moveCategory(db, planId, extra, -1);
    plan = (await db.forwardPlans.get(planId))!;
    expect(plan.categories.map((c) => c.title).slice(-2)).toEqual(['Collaboration', 'Other Commissioning']);
    await removeCategory(db, planId, extra);
    await removeForwardPlanItem(db, a);
    expect((await db.forwardPlanItems.get(a))?.deletedAt).toEqual(expect.any(String));
  });

  it('edits a budget table: rows, cells, computed variance and totals', async () => {
    const db = freshDb();
    const id = await createDataTable(db, 'budget');
    let t = (await db.dataTables.get(id))!;
    expect(t.columns.map((c) => [c.label, c.type, c.difference !== null])).toEqual([
      ['Entity', 'text', false],
      ['Budget', 'money', false],
      ['Forecast outturn', 'money', false],
      ['Variance', 'money', true],
    ]);
    const [entity, budget, outturn, variance] = t.columns.map((c) => c.id) as [string, string, string, string];
    const r1 = t.rows[0]!.id;
    await setCell(db, id, r1, entity, 'Force');
    await setCell(db, id, r1, budget, 1000);
    await setCell(db, id, r1, outturn, 1250);
    await setCell(db, id, r1, variance, 99);
    const r2 = await addRow(db, id, '', { [entity]: 'OPCC', [budget]: 500, [outturn]: 400 });
    await updateDataTable(db, id, { moneyUnit: 'thousands', title: 'Budget 2017/18' });
    const again = reopen(db);
    t = (await again.dataTables.get(id))!;
    expect(t.rows[0]!.cells[variance]).toBeUndefined();
    const total = tableLines(t).at(-1)!;
    expect(total.kind === 'total' && total.values).toEqual([null, 1500, 1650, 150]);
    expect(t).toMatchObject({ moneyUnit: 'thousands', title: 'Budget 2017/18' });
    await moveRow(again, id, r2, -1);
    await setRowGroup(again, id, r2, 'Group');
    t = (await again.dataTables.get(id))!;
    expect(t.rows.map((r) => [r.id, r.group])).toEqual([
      [r2, 'Group'],
      [r1, ''],
    ]);
    await removeRow(again, id, r2);
    await removeColumn(again, id, budget);
    t = (await again.dataTables.get(id))!;
    expect(t.columns.find((c) => c.id === variance)?.difference).toBeNull();
    expect(t.rows[0]!.cells[budget]).toBeUndefined();
    const pct = await addColumn(again, id, 'Share', 'percent');
    await updateColumn(again, id, pct, { total: true, label: 'Share of total' });
    t = (await again.dataTables.get(id))!;
    expect(t.columns.find((c) => c.id === pct)).toMatchObject({ label: 'Share of total', type: 'percent', total: false });
  });

  it('creates an estates disposals table grouped completed / contracts exchanged', async () => {
    const db = freshDb();
    const id = await createDataTable(db, 'disposals');
    const t = (await db.dataTables.get(id))!;
    expect(t.columns.map((c) => c.label)).toEqual(['Site', 'Completion date or status', 'Proposed future use', 'Capital receipt']);
    expect(t.rows.map((r) => r.group)).toEqual(['Completed', 'Contracts exchanged']);
    const added = await addRow(db, id, 'Completed');
    expect((await db.dataTables.get(id))!.rows.map((r) => r.id).indexOf(added)).toBe(1);
  });

  it("keeps a plan's ambitions in order", async () => {
    const db = freshDb();
    const planId = '5a3e1e00-2017-4000-8011-000000000001';
    const a = await addAmbition(db, planId, { text: 'Reduce reoffending' });
    const b = await addAmbition(db, planId, { text: 'Increase referrals' });
    await updateAmbition(db, a, { target: 'no more than 7%', by: 'March 2024' });
    await moveAmbition(db, b, -1);
    const list = (await db.ambitions.where('planId').equals(planId).toArray()).filter(isLive).sort(byPosition);
    expect(list.map((x) => x.text)).toEqual(['Increase referrals', 'Reduce reoffending']);
    await removeAmbition(db, b);
    expect((await db.ambitions.get(b))?.deletedAt).toEqual(expect.any(String));
  });
});
