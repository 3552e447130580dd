// This feature's data-block kinds (see shared/blocks/kinds.ts).
import type { BlockKindTable } from '../blocks/kinds';
import { periodsInOrder } from '../blocks/example-periods';
import type { DatabaseSnapshot, SnapshotTable } from '../backup/snapshot';
import { isLive } from '../records/meta';
import type { DeliveryPlan } from './model';
import { PLAN_WORDING, planThemes, resolvePlanStatusChart, resolvePlanThemeUpdate } from './blocks';

const PLAN_TABLES: readonly SnapshotTable[] = ['plans', 'themes', 'deliverables', 'people', 'updates', 'customPeriods'];

/** The live plans that have themes, with the periods their updates cover (oldest first). */
function plansWithUpdates(data: DatabaseSnapshot): { plan: DeliveryPlan; periodIds: string[] }[] {
  return data.plans.filter(isLive).flatMap((plan) => {
    const deliverables = new Set(data.deliverables.filter((d) => isLive(d) && d.planId === plan.id).map((d) => d.id));
    const periodIds = periodsInOrder(data.updates.filter((u) => isLive(u) && deliverables.has(u.deliverableId)).map((u) => u.periodId), data.customPeriods);
    return planThemes(data, plan.id).length && periodIds.length ? [{ plan, periodIds }] : [];
  });
}

export const PLAN_BLOCK_KINDS: Pick<BlockKindTable, 'planThemeUpdate' | 'planStatusChart'> = {
  planThemeUpdate: {
    group: 'Delivery plans',
    label: 'Theme update',
    description: 'status key figures and each deliverable’s update for a period',
    appendixByDefault: true,
    reads: PLAN_TABLES,
    resolve: resolvePlanThemeUpdate,
    wording: PLAN_WORDING.planThemeUpdate,
    examples: (data) =>
      plansWithUpdates(data).flatMap(({ plan, periodIds }) => [
        { kind: 'planThemeUpdate', planId: plan.id, themeId: planThemes(data, plan.id)[0]!.id, periodId: periodIds.at(-1)! },
        { kind: 'planThemeUpdate', planId: plan.id, themeId: null, periodId: periodIds[0]! },
      ]),
  },
  planStatusChart: {
    group: 'Delivery plans',
    label: 'Status chart',
    description: 'counts per status over periods, as a chart',
    appendixByDefault: false,
    reads: PLAN_TABLES,
    resolve: resolvePlanStatusChart,
    examples: (data) => plansWithUpdates(data).map(({ plan, periodIds }) => ({ kind: 'planStatusChart', planId: plan.id, themeId: null, periodIds: periodIds.slice(-60) })),
  },
};
