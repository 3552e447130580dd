// A measure's stored values, one live value per (measure, period).
import { isLive } from '../records/meta';
import type { MeasureValue } from './model';

/** The live value of each (measure, period); if a merge left two, the latest change wins. */
export function liveValueIndex(values: readonly MeasureValue[]): Map<string, MeasureValue> {
  const out = new Map<string, MeasureValue>();
  for (const v of values) {
    if (!isLive(v)) continue;
    const key = valueKey(v.measureId, v.periodId);
    const had = out.get(key);
    if (!had || had.updatedAt < v.updatedAt || (had.updatedAt === v.updatedAt && had.id < v.id)) out.set(key, v);
  }
  return out;
}

export const valueKey = (measureId: string, periodId: string) => `${measureId}|${periodId}`;
