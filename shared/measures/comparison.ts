// Which reporting periods a plan's measures can be compared across, and which are shown first. The
// movement sentence ("Red rated measures have increased by 9") is only true when the earlier period
// holds figures for the same measures: compared with a month the measures were not reported in, every
// measure looks "newly rated". And the periods shown must not move by themselves when one new value
// for a later month is typed (see "Comparing periods" in README.md beside this file).
import type { ReportingPeriod } from '../periods/model';
import type { Measure, MeasureValue } from './model';
import { liveValueIndex } from './values';
import { must } from '../records/must';

type MeasureRef = Pick<Measure, 'id' | 'noLongerMeasured'>;

/** For each period (in order), the ids of the rated measures with a figure for it. */
function valuedIn(measures: readonly MeasureRef[], values: readonly MeasureValue[], periods: readonly ReportingPeriod[]): Set<string>[] {
  const rated = new Set(measures.filter((m) => !m.noLongerMeasured).map((m) => m.id));
  const index = liveValueIndex(values.filter((v) => rated.has(v.measureId)));
  const byPeriod = new Map<string, Set<string>>();
  for (const v of index.values()) {
    if (v.value === null || !Number.isFinite(v.value)) continue; // a "no data" record is not a figure
    const set = byPeriod.get(v.periodId) ?? new Set<string>();
    set.add(v.measureId);
    byPeriod.set(v.periodId, set);
  }
  return periods.map((p) => byPeriod.get(p.id) ?? new Set<string>());
}

/**
 * The periods the one with `currentId` can be compared with, latest last: an earlier period that has
 * a figure for every measure with a figure now that was already reported by then (a measure first
 * reported after it is newly rated, truly), and shares at least one measure with now.
 */
export function comparablePeriods(
  measures: readonly MeasureRef[],
  values: readonly MeasureValue[],
  periods: readonly ReportingPeriod[],
  currentId: string,
): ReportingPeriod[] {
  const at = periods.findIndex((p) => p.id === currentId);
  if (at <= 0) return [];
  const valued = valuedIn(measures, values, periods);
  const now = must(valued[at], 'valued[at]');
  const firstIndex = new Map<string, number>();
  valued.forEach((set, i) => set.forEach((id) => (firstIndex.has(id) ? undefined : firstIndex.set(id, i))));
  return periods.slice(0, at).filter((_, i) => {
    const then = must(valued[i], 'valued[i]');
    let shared = false;
    for (const id of now) {
      if (then.has(id)) shared = true;
      else if ((firstIndex.get(id) ?? Infinity) <= i) return false;
    }
    return shared;
  });
}

export function canCompare(
  measures: readonly MeasureRef[],
  values: readonly MeasureValue[],
  periods: readonly ReportingPeriod[],
  currentId: string,
  previousId: string,
): boolean {
  return comparablePeriods(measures, values, periods, currentId).some((p) => p.id === previousId);
}

/** How many measures with a figure for `previousId` are missing one now: said when a period cannot be compared. */
export function missingForComparison(
  measures: readonly MeasureRef[],
  values: readonly MeasureValue[],
  periods: readonly ReportingPeriod[],
  currentId: string,
  previousId: string,
): number {
  const valued = valuedIn(measures, values, periods);
  const now = valued[periods.findIndex((p) => p.id === currentId)] ?? new Set<string>();
  const then = valued[periods.findIndex((p) => p.id === previousId)] ?? new Set<string>();
  return [...now].filter((id) => !then.has(id)).length;
}

export interface Comparison {
  readonly current: ReportingPeriod | undefined;
  readonly previous: ReportingPeriod | undefined;
}

/**
 * What is shown first: the latest period in which the measures are reported (at least half as many
 * have a figure as in the best-reported period, so one new measure's figure for a later month does
 * not make that month the default), compared with the latest period it can be compared with.
 */
export function defaultComparison(measures: readonly MeasureRef[], values: readonly MeasureValue[], periods: readonly ReportingPeriod[]): Comparison {
  const valued = valuedIn(measures, values, periods);
  const most = Math.max(0, ...valued.map((s) => s.size));
  let at = -1;
  for (let i = valued.length - 1; i >= 0 && at < 0; i--) if (most > 0 && must(valued[i], 'valued[i]').size * 2 >= most) at = i;
  const current = at >= 0 ? periods[at] : periods.at(-1);
  return { current, previous: current ? comparablePeriods(measures, values, periods, current.id).at(-1) : undefined };
}
