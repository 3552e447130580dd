// Helpers for block kinds' `examples` (kinds.ts): the reporting periods some records use, in time order.
import type { CustomPeriodRecord } from '../periods/model';
import { parsePeriodId } from '../periods';

/** Distinct period ids in time order (oldest first); ids that name no period are left out. */
export function periodsInOrder(ids: Iterable<string>, customPeriods: readonly CustomPeriodRecord[]): string[] {
  const known = [...new Set(ids)].flatMap((id) => {
    const p = parsePeriodId(id, customPeriods);
    return p ? [{ id, start: p.start, end: p.end }] : [];
  });
  return known.sort((a, b) => a.start.localeCompare(b.start) || a.end.localeCompare(b.end) || a.id.localeCompare(b.id)).map((p) => p.id);
}
