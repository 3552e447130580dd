// Status key figures ("Green 11/13 (84.6%)") and their change since the previous period:
// computed from the updates, never typed, and the one function the screens and the export call.
import { isLive } from '../records/meta';
import type { Deliverable, DeliverableUpdate, StatusKey } from './model';
import { formatPercent, percentOf } from './percent';
import { updatesForPeriod } from './updates';

/** Status key percentages carry one decimal, as the reference prints them (11/13 → 84.6%). */
export const STATUS_KEY_DECIMALS = 1;

export interface StatusFigure {
  readonly statusId: string;
  readonly label: string;
  readonly count: number;
  /** Every live deliverable in scope, updated or not: the reference's denominator (…/13). */
  readonly total: number;
  /** Rounded half up to one decimal; null when there are no deliverables. */
  readonly percentage: number | null;
  /** "84.6%", "0%". */
  readonly percentageText: string;
  /** "11/13 (84.6%)". */
  readonly text: string;
}

export interface StatusKeyFigures {
  readonly periodId: string;
  readonly total: number;
  /** One row per status, in key order. */
  readonly rows: readonly StatusFigure[];
  /** Deliverables with no update, or an update with no status yet. */
  readonly notUpdated: number;
  /** Updates whose status is no longer in the key (the key was edited); shown so the sums still add up. */
  readonly unknownStatus: number;
}

/**
 * Counts each status among the deliverables' updates for one period. Pass a theme's deliverables for
 * a theme's key, or the plan's for the plan's. Deleted deliverables and updates are ignored.
 * Invariant: sum of row counts + notUpdated + unknownStatus = total.
 */
export function statusKeyFigures(
  deliverables: readonly Deliverable[],
  updates: readonly DeliverableUpdate[],
  periodId: string,
  key: StatusKey,
): StatusKeyFigures {
  const live = deliverables.filter(isLive);
  const byDeliverable = updatesForPeriod(updates, periodId);
  const counts = new Map<string, number>(key.statuses.map((s) => [s.id, 0]));
  let notUpdated = 0;
  let unknownStatus = 0;
  for (const d of live) {
    const statusId = byDeliverable.get(d.id)?.statusId ?? null;
    if (statusId === null || statusId === '') notUpdated += 1;
    else if (counts.has(statusId)) counts.set(statusId, (counts.get(statusId) ?? 0) + 1);
    else unknownStatus += 1;
  }
  const total = live.length;
  const rows = key.statuses.map((s): StatusFigure => {
    const count = counts.get(s.id) ?? 0;
    const percentage = percentOf(count, total, STATUS_KEY_DECIMALS);
    const percentageText = formatPercent(percentage, STATUS_KEY_DECIMALS);
    return { statusId: s.id, label: s.label, count, total, percentage, percentageText, text: `${count}/${total} (${percentageText})` };
  });
  return { periodId, total, rows, notUpdated, unknownStatus };
}

export interface StatusChange {
  readonly statusId: string;
  readonly label: string;
  readonly current: number;
  readonly previous: number | null;
  /** current − previous; null when there is no previous period. */
  readonly delta: number | null;
}

export interface ChangeSincePrevious {
  readonly rows: readonly StatusChange[];
  /** "3 more Green, 2 fewer Amber". */
  readonly sentence: string;
}

/**
 * Per-status change between two periods' figures, matched by status id (current key order first,
 * then any status only the previous period had). The sentence lists only the statuses that moved.
 */
export function changeSincePrevious(current: StatusKeyFigures, previous: StatusKeyFigures | null): ChangeSincePrevious {
  const prevRows = new Map((previous?.rows ?? []).map((r) => [r.statusId, r]));
  const rows: StatusChange[] = current.rows.map((r) => {
    const before = previous ? (prevRows.get(r.statusId)?.count ?? 0) : null;
    return { statusId: r.statusId, label: r.label, current: r.count, previous: before, delta: before === null ? null : r.count - before };
  });
  for (const r of previous?.rows ?? []) {
    if (!current.rows.some((c) => c.statusId === r.statusId))
      rows.push({ statusId: r.statusId, label: r.label, current: 0, previous: r.count, delta: -r.count });
  }
  if (!previous) return { rows, sentence: 'There is no previous period to compare with' };
  const parts = rows
    .filter((r) => r.delta !== null && r.delta !== 0)
    .map((r) => `${Math.abs(r.delta ?? 0)} ${(r.delta ?? 0) > 0 ? 'more' : 'fewer'} ${r.label}`);
  return { rows, sentence: parts.length ? parts.join(', ') : 'No change since the previous period' };
}
