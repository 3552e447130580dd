// Delivery plans at scale: 500 deliverables in 10 themes, 12 quarters of updates. Prints the time to
// resolve every theme's block, compute every theme's status key, export the appendix for all themes,
// and open the plan view and the lead officer view (load through fake-indexeddb + view model).
import 'fake-indexeddb/auto';
import { emptySnapshot } from '../../shared/backup/snapshot';
import type { DatabaseSnapshot } from '../../shared/backup/snapshot';
import { resolveBlock } from '../../shared/blocks/resolve';
import { exportPaperDocx } from '../../shared/docx/export';
import type { Appendix } from '../../shared/papers/model';
import { statusKeyFigures } from '../../shared/plans/figures';
import type { Deliverable, DeliverableUpdate, Person, Theme } from '../../shared/plans/model';
import { defaultStatusKey } from '../../shared/plans/status-key';
import { leadOfficerProgress } from '../../shared/plans/updates';
import { lastPeriodUpdate } from '../../shared/plans/updates';
import { parsePeriodId, quarterPeriod } from '../../shared/periods';
import { createMeta } from '../../shared/records/meta';
import { doc, para } from '../../shared/richtext/build';
import { sampleSnapshot, SAMPLE_PAPER_ID } from '../../shared/sample/reference-paper';
import { openDatabase } from '../../renderer/db/database';
import { loadPlanData } from '../../renderer/db/plans-repo';
import { planViewModel } from '../../renderer/plans/plan-view-model';

const AT = '2020-01-01T00:00:00.000Z';
const ms = (x: number) => `${x.toFixed(1)} ms`;
const time = async <T>(f: () => T | Promise<T>): Promise<[T, number]> => {
  const t0 = performance.now();
  const r = await f();
  return [r, performance.now() - t0];
};

export function syntheticPlan(deliverableCount = 500, periodCount = 12): DatabaseSnapshot {
  const planId = 'bench-plan';
  const statuses = ['green', 'green', 'green', 'amber', 'red', 'notStarted'];
  const people: Person[] = Array.from({ length: 40 }, (_, i) => ({ ...createMeta('bench', AT, `bench-person-${i}`), name: `Officer ${i}`, shortName: `O${i}`, email: `o${i}@example.org`, role: '' }));
  const themes: Theme[] = Array.from({ length: 10 }, (_, i) => ({ ...createMeta('bench', AT, `bench-theme-${i}`), planId, position: i, number: String(i + 1), title: `Theme ${i + 1}`, priorities: [] }));
  const deliverables: Deliverable[] = Array.from({ length: deliverableCount }, (_, i) => ({
    ...createMeta('bench', AT, `bench-d-${i}`), planId, themeId: `bench-theme-${i % 10}`, position: i, ref: `D${i}`, organisation: 'Force', leadPersonId: `bench-person-${i % 40}`,
    activity: `Deliver activity number ${i}, with partners, to reduce demand and reoffending.`, marker: i % 7 === 0 ? '*' : '', dueDate: null,
  }));
  const periods = Array.from({ length: periodCount }, (_, q) => quarterPeriod(2017 + Math.floor(q / 4), ((q % 4) + 1) as 1 | 2 | 3 | 4));
  const updates: DeliverableUpdate[] = periods.flatMap((p, q) => deliverables.map((d, i) => ({
    ...createMeta('bench', AT, `bench-u-${q}-${i}`), deliverableId: d.id, periodId: p.id, statusId: statuses[(i + q) % statuses.length]!,
    narrative: doc(para(`Progress in ${p.id} on ${d.ref}: work continues with partners; a review is due next quarter.`), para('A second paragraph of the update.')),
    narrativeDate: p.end, authorPersonId: d.leadPersonId,
  })));
  return { ...emptySnapshot(), people, themes, deliverables, updates, plans: [{ ...createMeta('bench', AT, planId), name: 'Bench plan', coversFrom: '2017-04-01', coversTo: '2020-03-31', statusKey: defaultStatusKey(), measureThresholds: null }] };
}

export async function benchPlans(): Promise<void> {
  const data = syntheticPlan();
  const plan = data.plans[0]!;
  const last = 'fy2019q4';
  const paper = sampleSnapshot().papers[0]!;
  console.log(`\nDelivery plan at scale (${data.deliverables.length} deliverables, 10 themes, ${data.updates.length} updates over 12 quarters)`);
  const [, resolveMs] = await time(() => data.themes.map((t) => resolveBlock({ kind: 'planThemeUpdate', planId: plan.id, themeId: t.id, periodId: last }, data, paper)));
  console.log(`  resolve every theme's update block:     ${ms(resolveMs)}`);
  const [, figuresMs] = await time(() => data.themes.map((t) => statusKeyFigures(data.deliverables.filter((d) => d.themeId === t.id), data.updates, last, plan.statusKey)));
  console.log(`  status key figures for every theme:     ${ms(figuresMs)}`);

  // The appendix for all themes, exported in the sample paper.
  const snap = sampleSnapshot();
  const block = { ...createMeta('bench', AT, 'bench-block'), paperId: SAMPLE_PAPER_ID, source: { kind: 'planThemeUpdate' as const, planId: plan.id, themeId: null, periodId: last }, frozen: null };
  const appendix: Appendix = { ...createMeta('bench', AT, 'bench-appendix'), paperId: SAMPLE_PAPER_ID, position: 99, title: 'Plan update', body: { type: 'doc', content: [{ type: 'dataBlock', attrs: { blockId: block.id } }] } as Appendix['body'] };
  const [bytes, exportMs] = await time(async () => {
    const content = resolveBlock(block.source, data, paper);
    const { bundlePaper } = await import('../../shared/papers/bundle');
    const bundle = bundlePaper({ ...snap, appendices: [...snap.appendices, appendix], blocks: [block] }, SAMPLE_PAPER_ID)!;
    return exportPaperDocx({ ...bundle, blocks: { ...bundle.blocks, [block.id]: content } });
  });
  console.log(`  export the paper with all themes' appendix (.docx, ${(bytes.length / 1024).toFixed(0)} KiB): ${ms(exportMs)}`);

  const db = openDatabase(`bench-plans-${Date.now()}`);
  await db.transaction('rw', [db.plans, db.themes, db.deliverables, db.people, db.updates], async () => {
    await db.plans.bulkAdd([...data.plans]);
    await db.themes.bulkAdd([...data.themes]);
    await db.deliverables.bulkAdd([...data.deliverables]);
    await db.people.bulkAdd([...data.people]);
    await db.updates.bulkAdd([...data.updates]);
  });
  const [loaded, loadMs] = await time(() => loadPlanData(db, plan.id));
  const [, vmMs] = await time(() => planViewModel(loaded, plan.id, last));
  console.log(`  open the plan view: load (fake-indexeddb) ${ms(loadMs)} + view model ${ms(vmMs)} = ${ms(loadMs + vmMs)}`);
  const [, officerMs] = await time(() => {
    const vm = planViewModel(loaded, plan.id, last)!;
    const period = vm.period;
    const mine = loaded.deliverables.filter((d) => d.leadPersonId === 'bench-person-0');
    leadOfficerProgress(loaded.deliverables, loaded.updates, period.id, plan.statusKey, 'bench-person-0');
    return mine.map((d) => lastPeriodUpdate(loaded.updates, d.id, period, (id) => parsePeriodId(id)));
  });
  console.log(`  lead officer view (after load): view model + progress + last period for ${loaded.deliverables.filter((d) => d.leadPersonId === 'bench-person-0').length} deliverables: ${ms(officerMs)}`);
  db.close();
  await db.delete();
}
