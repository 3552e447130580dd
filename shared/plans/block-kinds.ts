// This feature's data-block kinds (see shared/blocks/kinds.ts).
import type { BlockKindTable } from '../blocks/kinds';
import { periodsInOrder } from '../blocks/example-periods';
import { extendPeriodIds, shiftPeriodId } from '../blocks/roll-forward';
import type { DatabaseSnapshot, SnapshotTable } from '../backup/snapshot';
import { isLive } from '../records/meta';
import type { DeliveryPlan } from './model';
import { PLAN_WORDING, planThemes, resolvePlanStatusChart, resolvePlanThemeUpdate } from './blocks';
import { resolveActionPlan } from './action-plan-block';
import { OVERVIEW_WORDING, resolvePlanOverview } from './overview-block';
import { must } from '../records/must';

const PLAN_TABLES: readonly SnapshotTable[] = ['plans', 'themes', 'deliverables', 'people', 'updates', 'customPeriods'];

/** The live plans that have themes, with the periods their updates cover (oldest first). */
function plansWithUpdates(data: DatabaseSnapshot): { plan: DeliveryPlan; periodIds: string[] }[] {
  return data.plans.filter(isLive).flatMap((plan) => {
    const deliverables = new Set(data.deliverables.filter((d) => isLive(d) && d.planId === plan.id).map((d) => d.id));
    const periodIds = periodsInOrder(
      data.updates.filter((u) => isLive(u) && deliverables.has(u.deliverableId)).map((u) => u.periodId),
      data.customPeriods,
    );
    return planThemes(data, plan.id).length && periodIds.length ? [{ plan, periodIds }] : [];
  });
}

/** Whether the plan has any live update in each of the periods. */
function hasUpdatesIn(data: DatabaseSnapshot, planId: string, periodIds: readonly string[]): boolean {
  const deliverables = new Set(data.deliverables.filter((d) => isLive(d) && d.planId === planId).map((d) => d.id));
  return periodIds.every((p) => data.updates.some((u) => isLive(u) && u.periodId === p && deliverables.has(u.deliverableId)));
}

export const PLAN_BLOCK_KINDS: Pick<BlockKindTable, 'planThemeUpdate' | 'planStatusChart' | 'actionPlan' | 'planOverview'> = {
  planThemeUpdate: {
    group: 'Delivery plans',
    label: 'Theme update',
    description: 'status key figures and each deliverable’s update for a period',
    appendixByDefault: true,
    reads: PLAN_TABLES,
    resolve: resolvePlanThemeUpdate,
    wording: PLAN_WORDING.planThemeUpdate,
    rollForward: (source, ctx) => {
      const periodId = shiftPeriodId(source.periodId, ctx);
      return periodId
        ? { source: { ...source, periodId }, check: null }
        : { source, check: 'its reporting period has no next period by rule: choose the new one' };
    },
    hasData: (source, data) => hasUpdatesIn(data, source.planId, [source.periodId]),
    examples: (data) =>
      plansWithUpdates(data).flatMap(({ plan, periodIds }) => [
        {
          kind: 'planThemeUpdate',
          planId: plan.id,
          themeId: must(planThemes(data, plan.id)[0], 'planThemes(data, plan.id)[0]').id,
          periodId: must(periodIds.at(-1), 'periodIds.at(-1)'),
        },
        { kind: 'planThemeUpdate', planId: plan.id, themeId: null, periodId: must(periodIds[0], 'periodIds[0]') },
      ]),
  },
  planStatusChart: {
    group: 'Delivery plans',
    label: 'Status chart',
    description: 'counts per status over periods, as a chart',
    appendixByDefault: false,
    reads: PLAN_TABLES,
    resolve: resolvePlanStatusChart,
    rollForward: (source, ctx) => {
      const periodIds = extendPeriodIds(source.periodIds, ctx);
      return periodIds ? { source: { ...source, periodIds }, check: null } : { source, check: 'its periods could not be moved on: choose them again' };
    },
    hasData: (source, data) => hasUpdatesIn(data, source.planId, source.periodIds.slice(-1)),
    examples: (data) =>
      plansWithUpdates(data).map(({ plan, periodIds }) => ({ kind: 'planStatusChart', planId: plan.id, themeId: null, periodIds: periodIds.slice(-60) })),
  },
  actionPlan: {
    group: 'Delivery plans',
    label: 'Action plan',
    description: 'objectives with their actions, owners and completion date or frequency; optionally each action’s update and status for a period',
    appendixByDefault: false,
    reads: PLAN_TABLES,
    resolve: resolveActionPlan,
    // Without a period it prints the plan as written, whatever the quarter; with one it moves on with the paper.
    rollForward: (source, ctx) => {
      if (source.periodId === null) return { source, check: null };
      const periodId = shiftPeriodId(source.periodId, ctx);
      return periodId
        ? { source: { ...source, periodId }, check: null }
        : { source, check: 'its reporting period has no next period by rule: choose the new one' };
    },
    hasData: (source, data) => source.periodId === null || hasUpdatesIn(data, source.planId, [source.periodId]),
    examples: (data) =>
      data.plans
        .filter((p) => isLive(p) && planThemes(data, p.id).length > 0)
        .flatMap((plan) => {
          const latest =
            plansWithUpdates(data)
              .find((x) => x.plan.id === plan.id)
              ?.periodIds.at(-1) ?? null;
          return [
            { kind: 'actionPlan' as const, planId: plan.id, themeId: null, periodId: null, titles: null },
            ...(latest
              ? [
                  {
                    kind: 'actionPlan' as const,
                    planId: plan.id,
                    themeId: must(planThemes(data, plan.id)[0], 'planThemes(data, plan.id)[0]').id,
                    periodId: latest,
                    titles: { action: 'What we will do', owner: 'Lead', when: 'By when' },
                  },
                ]
              : []),
          ];
        }),
  },
  planOverview: {
    group: 'Delivery plans',
    label: 'Plan overview',
    description: 'the plan on a page: each theme with its priorities and objectives beside it',
    appendixByDefault: false,
    reads: PLAN_TABLES,
    resolve: resolvePlanOverview,
    wording: OVERVIEW_WORDING,
    // It prints the plan as written, whatever the quarter: nothing moves on with the paper.
    examples: (data) =>
      data.plans
        .filter((p) => isLive(p) && planThemes(data, p.id).length > 0)
        .flatMap((plan) => [
          { kind: 'planOverview' as const, planId: plan.id, themeId: null, columns: ['priorities' as const, 'objectives' as const] },
          {
            kind: 'planOverview' as const,
            planId: plan.id,
            themeId: must(planThemes(data, plan.id)[0], 'planThemes(data, plan.id)[0]').id,
            columns: ['objectives' as const],
          },
        ]),
  },
};
