// What the measures screen and the insert forms offer: the plan's periods (months or quarters),
// and number parsing (which periods are compared: use-comparison.ts over shared/measures/comparison.ts). Statuses come from shared/measures only.
import type { DatabaseSnapshot } from '../../shared/backup/snapshot';
import type { DeliveryPlan } from '../../shared/plans/model';
import { parsePeriodId, periodsInRange, sortPeriods } from '../../shared/periods';
import type { ReportingPeriod } from '../../shared/periods/model';
import { isLive } from '../../shared/records/meta';

export type Frequency = 'month' | 'quarter';

type Data = Pick<DatabaseSnapshot, 'measureValues' | 'customPeriods'>;

/** The periods with at least one live value, in order. */
export function periodsWithValues(data: Data): ReportingPeriod[] {
  const customs = data.customPeriods.filter(isLive);
  const ids = new Set(data.measureValues.filter(isLive).map((v) => v.periodId));
  return sortPeriods([...ids].map((id) => parsePeriodId(id, customs)).filter((p): p is ReportingPeriod => p !== null));
}

/** The frequency the plan's values use (the latest value's), months when there are none. */
export function defaultFrequency(data: Data): Frequency {
  const last = periodsWithValues(data).at(-1);
  return last?.kind === 'quarter' ? 'quarter' : 'month';
}

/** The periods offered: the plan's months or quarters, plus any other period that has values. */
export function measurePeriods(data: Data, plan: Pick<DeliveryPlan, 'coversFrom' | 'coversTo'>, frequency: Frequency): ReportingPeriod[] {
  const byId = new Map<string, ReportingPeriod>();
  for (const p of periodsInRange(plan.coversFrom, plan.coversTo, frequency)) byId.set(p.id, p);
  for (const p of periodsWithValues(data)) if (p.kind === frequency || p.kind === 'custom') byId.set(p.id, p);
  return sortPeriods([...byId.values()]);
}

/** The periods a measure's trend chart shows: from its first value to its last (all periods when it has none). */
export function trendPeriods(data: Data, measureId: string, periods: readonly ReportingPeriod[]): ReportingPeriod[] {
  const used = new Set(data.measureValues.filter((v) => isLive(v) && v.measureId === measureId).map((v) => v.periodId));
  const first = periods.findIndex((p) => used.has(p.id));
  if (first < 0) return [...periods];
  const last = periods.length - 1 - [...periods].reverse().findIndex((p) => used.has(p.id));
  return periods.slice(first, last + 1);
}

/** "29.6", "−38.7", "55.7%", "1,200", "+7" → a number; "" → null (no value); anything else → undefined (invalid). */
export function parseFigure(text: string): number | null | undefined {
  const t = text
    .trim()
    .replace(/[\u2212\u2013]/g, '-')
    .replace(/,/g, '')
    .replace(/%$/, '')
    .replace(/^£/, '')
    .trim();
  if (t === '') return null;
  if (!/^[+-]?(\d+\.?\d*|\.\d+)$/.test(t)) return undefined;
  return Number(t);
}

/** A stored figure as it is typed back: plain digits, no grouping. */
export const figureText = (n: number | null | undefined): string => (n === null || n === undefined ? '' : String(n));
