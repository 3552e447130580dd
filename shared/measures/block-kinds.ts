// This feature's data-block kinds (see shared/blocks/kinds.ts).
import type { BlockKindTable } from '../blocks/kinds';
import { periodsInOrder } from '../blocks/example-periods';
import { extendPeriodIds, shiftPeriodId } from '../blocks/roll-forward';
import type { DatabaseSnapshot, SnapshotTable } from '../backup/snapshot';
import { isLive } from '../records/meta';
import { MEASURE_RESOLVERS, MEASURE_WORDING, planMeasures } from './blocks';

const MEASURE_TABLES: readonly SnapshotTable[] = ['plans', 'themes', 'measures', 'measureValues', 'customPeriods'];

/** The live plans with measures, with the latest two periods their values cover. */
function planComparisons(data: DatabaseSnapshot): { planId: string; periodId: string; previousPeriodId: string }[] {
  return data.plans.filter(isLive).flatMap((plan) => {
    const measures = new Set(planMeasures(data, plan.id).map((m) => m.id));
    const periods = periodsInOrder(
      data.measureValues.filter((v) => isLive(v) && measures.has(v.measureId)).map((v) => v.periodId),
      data.customPeriods,
    );
    const periodId = periods.at(-1);
    return periodId ? [{ planId: plan.id, periodId, previousPeriodId: periods.at(-2) ?? periodId }] : [];
  });
}

/** Whether any of the plan's live measures has a value for the period. */
function hasValuesIn(data: DatabaseSnapshot, planId: string, periodId: string): boolean {
  const measures = new Set(planMeasures(data, planId).map((m) => m.id));
  return data.measureValues.some((v) => isLive(v) && v.periodId === periodId && measures.has(v.measureId));
}

export const MEASURE_BLOCK_KINDS: Pick<BlockKindTable, 'measuresSummary' | 'measuresTable' | 'measureExceptions' | 'measureTrendChart'> = {
  measuresSummary: {
    group: 'Performance measures',
    label: 'RAGB summary',
    description: 'count and % per status for two periods, and a sentence you can edit',
    appendixByDefault: false,
    reads: MEASURE_TABLES,
    resolve: MEASURE_RESOLVERS.measuresSummary,
    wording: MEASURE_WORDING.measuresSummary,
    rollForward: (source, ctx) => {
      const periodId = shiftPeriodId(source.periodId, ctx);
      return periodId
        ? {
            source: { ...source, periodId, previousPeriodId: source.periodId, sentence: null },
            check:
              source.sentence !== null
                ? 'your own summary sentence was for the last paper; it now shows the computed sentence: reword it if you need to'
                : null,
          }
        : { source, check: 'its periods could not be moved on: choose them again' };
    },
    hasData: (source, data) => hasValuesIn(data, source.planId, source.periodId),
    examples: (data) => planComparisons(data).map((c) => ({ kind: 'measuresSummary', ...c, sentence: null })),
  },
  measuresTable: {
    group: 'Performance measures',
    label: 'Measures table',
    description: 'chosen measures with two periods’ values and their status, grade or trend, and optionally a comment',
    appendixByDefault: false,
    reads: MEASURE_TABLES,
    resolve: MEASURE_RESOLVERS.measuresTable,
    wording: MEASURE_WORDING.measuresTable,
    rollForward: (source, ctx) => {
      const periodId = shiftPeriodId(source.periodId, ctx);
      return periodId
        ? { source: { ...source, periodId, previousPeriodId: source.periodId }, check: null }
        : { source, check: 'its periods could not be moved on: choose them again' };
    },
    hasData: (source, data) => hasValuesIn(data, source.planId, source.periodId),
    examples: (data) =>
      planComparisons(data).flatMap((c) => [
        { kind: 'measuresTable' as const, ...c, measureIds: [] },
        { kind: 'measuresTable' as const, ...c, measureIds: [], statusColumn: 'grade' as const, commentColumn: true },
        { kind: 'measuresTable' as const, ...c, measureIds: [], statusColumn: 'trend' as const },
      ]),
  },
  measureExceptions: {
    group: 'Performance measures',
    label: 'Exceptions (Red and Blue)',
    description: 'measures significantly worse or better than target, with the reasons',
    appendixByDefault: false,
    reads: MEASURE_TABLES,
    resolve: MEASURE_RESOLVERS.measureExceptions,
    wording: MEASURE_WORDING.measureExceptions,
    rollForward: (source, ctx) => {
      const periodId = shiftPeriodId(source.periodId, ctx);
      return periodId
        ? { source: { ...source, periodId, previousPeriodId: source.periodId }, check: null }
        : { source, check: 'its periods could not be moved on: choose them again' };
    },
    hasData: (source, data) => hasValuesIn(data, source.planId, source.periodId),
    examples: (data) => planComparisons(data).map((c) => ({ kind: 'measureExceptions', ...c })),
  },
  measureTrendChart: {
    group: 'Performance measures',
    label: 'Trend chart',
    description: 'one measure’s values over time with its target line',
    appendixByDefault: false,
    reads: MEASURE_TABLES,
    resolve: MEASURE_RESOLVERS.measureTrendChart,
    rollForward: (source, ctx) => {
      const periodIds = extendPeriodIds(source.periodIds, ctx, 12);
      return periodIds ? { source: { ...source, periodIds }, check: null } : { source, check: 'its periods could not be moved on: choose them again' };
    },
    hasData: (source, data) => data.measureValues.some((v) => isLive(v) && v.measureId === source.measureId && v.periodId === source.periodIds.at(-1)),
    examples: (data) =>
      data.measures
        .filter(isLive)
        .flatMap((m) => {
          const periodIds = periodsInOrder(
            data.measureValues.filter((v) => isLive(v) && v.measureId === m.id).map((v) => v.periodId),
            data.customPeriods,
          );
          return periodIds.length ? [{ kind: 'measureTrendChart' as const, measureId: m.id, periodIds: periodIds.slice(-60) }] : [];
        })
        .slice(0, 1),
  },
};
