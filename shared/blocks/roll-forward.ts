// Moving a block's reporting periods on to the next paper's: a quarterly paper's Q2 update becomes
// Q3's, a measures comparison "Sep-17 against Jul-17" becomes "Dec-17 against Sep-17" (compared with
// what the last paper reported). Each kind says how in its registry entry (`rollForward`); these are
// the period rules they share.
import type { CustomPeriodRecord } from '../periods/model';
import { addMonths } from '../periods/dates';
import { financialYearPeriod, monthPeriod, quarterPeriod } from '../periods/periods';
import { parsePeriodId } from '../periods';
import type { QuarterNumber } from '../periods/model';

export interface RollContext {
  /** How far the next paper is from this one, in months (3 for a quarterly committee). */
  readonly months: number;
  readonly customPeriods: readonly CustomPeriodRecord[];
}

/**
 * The period `months` later of the same kind: quarters move by whole quarters (at least one), months
 * by months, financial years only when the step is a year or more; a custom period has no rule, so
 * it stays (null = "the author must choose").
 */
export function shiftPeriodId(id: string, ctx: RollContext): string | null {
  const p = parsePeriodId(id, ctx.customPeriods);
  if (!p) return null;
  switch (p.kind) {
    case 'quarter': {
      const index = p.fyStartYear * 4 + (p.quarter - 1) + Math.max(1, Math.round(ctx.months / 3));
      return quarterPeriod(Math.floor(index / 4), ((index % 4) + 1) as QuarterNumber).id;
    }
    case 'month': {
      const m = addMonths(p.year, p.month, Math.max(1, Math.round(ctx.months)));
      return monthPeriod(m.year, m.month).id;
    }
    case 'year':
      return ctx.months >= 12 ? financialYearPeriod(p.fyStartYear + Math.round(ctx.months / 12)).id : null;
    case 'custom':
      return null;
  }
}

/** A run of periods extended to the shifted last one (at most `keep` periods, oldest dropped). */
export function extendPeriodIds(ids: readonly string[], ctx: RollContext, keep = 8): string[] | null {
  const last = ids.at(-1);
  if (last === undefined) return null;
  const target = shiftPeriodId(last, ctx);
  if (target === null) return null;
  const out = [...ids];
  // Step one period at a time to the target, so a quarterly chart gains every quarter in between.
  let at = last;
  for (let i = 0; i < 60 && at !== target; i++) {
    const next = shiftPeriodId(at, { ...ctx, months: parsePeriodId(at)?.kind === 'month' ? 1 : 3 });
    if (next === null) break;
    out.push(next);
    at = next;
  }
  return out.slice(-Math.max(keep, ids.length));
}
