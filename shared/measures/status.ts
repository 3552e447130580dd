// RAGB status of one measure's value, by rule. See README.md for how "more than 5% difference" is applied.
import { DEFAULT_THRESHOLDS } from './model';
import type { DifferenceBasis, Direction, Measure, MeasureStatus, MeasureStatusResult, MeasureThresholds, MeasureUnit } from './model';
import { describeTarget, formatNumber, formatValue } from './format';

/** Differences within this of a threshold count as on it: 10.1 − 5.1 is 4.999999999999999 in floating point. */
const EPSILON = 1e-9;

/** The direction that counts as better: a reduction or a ceiling target is always lower-is-better. */
export function effectiveDirection(measure: Pick<Measure, 'target' | 'direction'>): Direction {
  const kind = measure.target?.kind;
  return kind === 'reduceVsBaseline' || kind === 'noMoreThan' ? 'lowerIsBetter' : measure.direction;
}

/** How two levels in this unit are compared: relative to the target, except pp measures (and % levels if the plan says so). */
export function levelBasis(unit: MeasureUnit, thresholds: MeasureThresholds = DEFAULT_THRESHOLDS): DifferenceBasis {
  if (unit === 'percentagePoints') return 'percentagePoints';
  if (unit === 'percent') return thresholds.percentLevelBasis;
  return 'relative';
}

function unrated(
  status: 'none' | 'noLongerMeasured',
  reason: string,
  basis: DifferenceBasis,
  target: number | null = null,
  compared: number | null = null,
): MeasureStatusResult {
  return { status, reason, differenceFromTarget: null, basis, target, compared };
}

/** The baseline figure if it is usable, else why not. */
function baselineOf(measure: Measure): number | string {
  const b = measure.baseline?.value;
  if (b === null || b === undefined || !Number.isFinite(b)) return 'No baseline value is recorded, so the change cannot be measured.';
  return b;
}

/** The value as a level in the measure's unit (a change is applied to the baseline), or why it cannot be. */
function levelOf(measure: Measure, value: number): number | string {
  if (measure.valueBasis === 'level') return value;
  const b = baselineOf(measure);
  if (typeof b === 'string') return b;
  return measure.valueBasis === 'changeFromBaseline' ? b + value : (b * (100 + value)) / 100;
}

function units(basis: DifferenceBasis, n: number): string {
  return basis === 'percentagePoints' ? `${formatNumber(n)} percentage point${Math.abs(n) === 1 ? '' : 's'}` : `${formatNumber(n)}%`;
}

/** Places the difference in the four bands; `diff` is null when the target is zero and a relative difference is undefined. */
function classify(
  compared: number,
  target: number,
  diff: number | null,
  basis: DifferenceBasis,
  direction: Direction,
  significance: number,
  targetText: string,
): MeasureStatusResult {
  const raw = compared - target;
  if (Math.abs(raw) <= EPSILON) {
    return { status: 'green', reason: `On target (${targetText}).`, differenceFromTarget: 0, basis, target, compared };
  }
  const better = direction === 'higherIsBetter' ? raw > 0 : raw < 0;
  const word = better ? 'better' : 'worse';
  if (diff === null) {
    return {
      status: better ? 'blue' : 'red',
      reason: `The target is zero (${targetText}), so any difference from it is significant: significantly ${word} than target.`,
      differenceFromTarget: null,
      basis,
      target,
      compared,
    };
  }
  const significant = Math.abs(diff) > significance + EPSILON;
  const status: MeasureStatus = better ? (significant ? 'blue' : 'green') : significant ? 'red' : 'amber';
  const band = significant ? `more than ${formatNumber(significance)}` : `within ${formatNumber(significance)}`;
  const verdict = { blue: 'significantly better than target', green: 'better than target', amber: 'close to target', red: 'significantly worse than target' }[
    status
  ];
  const gap = basis === 'percentagePoints' ? units(basis, Math.abs(diff)) : `${formatNumber(Math.abs(diff))}%`;
  return {
    status,
    reason: `${gap} ${word} than the target (${targetText}); ${band}${basis === 'percentagePoints' ? ' points' : '%'}, so ${verdict}.`,
    differenceFromTarget: diff,
    basis,
    target,
    compared,
  };
}

function relative(compared: number, target: number): number | null {
  return target === 0 ? null : ((compared - target) / Math.abs(target)) * 100;
}

/** Monitor-only: no RAGB unless the change on the baseline is at or beyond ±threshold, then Blue or Red by direction. */
function monitorStatus(measure: Measure, value: number, thresholds: MeasureThresholds): MeasureStatusResult {
  const threshold = measure.monitorThreshold ?? thresholds.monitorOnly;
  let change: number;
  let basis: DifferenceBasis;
  let reference: number | null = null;
  let compared = value;
  if (measure.valueBasis === 'percentChange') {
    // The value already is the change on the baseline.
    change = value;
    basis = 'relative';
  } else {
    const b = baselineOf(measure);
    basis = levelBasis(measure.unit, thresholds);
    if (typeof b === 'string') return unrated('none', `Monitor only. ${b}`, basis);
    reference = b;
    compared = measure.valueBasis === 'changeFromBaseline' ? b + value : value;
    if (basis === 'percentagePoints') change = compared - b;
    else if (b === 0) return unrated('none', 'Monitor only. The baseline is zero, so a % change cannot be measured.', basis, b, compared);
    else change = ((compared - b) / Math.abs(b)) * 100;
  }
  const sign = change > 0 ? '+' : change < 0 ? '−' : '';
  const shown = basis === 'percentagePoints' ? `${sign}${units(basis, Math.abs(change))}` : `${sign}${formatNumber(Math.abs(change))}%`;
  const limit = basis === 'percentagePoints' ? `±${formatNumber(threshold)} points` : `±${formatNumber(threshold)}%`;
  // Footnote b: rated only "if the measure is + or − 10%", so reaching the threshold is enough.
  if (Math.abs(change) + EPSILON < threshold) {
    return {
      status: 'none',
      reason: `Monitor only: the change of ${shown} is within ${limit}, so no RAGB is assigned.`,
      differenceFromTarget: change,
      basis,
      target: reference,
      compared,
    };
  }
  const better = effectiveDirection(measure) === 'higherIsBetter' ? change > 0 : change < 0;
  return {
    status: better ? 'blue' : 'red',
    reason: `Monitor only: the change of ${shown} is at or beyond ${limit}, so it is rated ${better ? 'Blue (significantly better)' : 'Red (significantly worse)'}.`,
    differenceFromTarget: change,
    basis,
    target: reference,
    compared,
  };
}

/**
 * The RAGB status of `value` for `measure`:
 * Blue = better than target by more than the significance threshold; Green = on or better than target;
 * Amber = worse but within the threshold; Red = worse by more than it. No-longer-measured, missing
 * values, monitor-only measures and unusable baselines are handled before any comparison.
 */
export function measureStatus(measure: Measure, value: number | null | undefined, thresholds: MeasureThresholds = DEFAULT_THRESHOLDS): MeasureStatusResult {
  const target = measure.target;
  const changeTarget = target?.kind === 'reduceVsBaseline' || target?.kind === 'changeVsBaseline';
  const basis: DifferenceBasis = changeTarget && measure.valueBasis === 'percentChange' ? 'percentagePoints' : levelBasis(measure.unit, thresholds);
  if (measure.noLongerMeasured) return unrated('noLongerMeasured', 'No longer measured, so not rated.', basis);
  if (value === null || value === undefined) return unrated('none', 'No value is recorded for this period.', basis);
  if (!Number.isFinite(value)) return unrated('none', 'The recorded value is not a number.', basis);
  if (measure.monitorOnly) return monitorStatus(measure, value, thresholds);
  if (!target) return unrated('none', 'No target is set, so the measure is not rated.', basis);

  const direction = effectiveDirection(measure);
  const significance = thresholds.significance;
  const targetText = describeTarget(measure);

  if (target.kind === 'reduceVsBaseline' || target.kind === 'changeVsBaseline') {
    const wanted = target.kind === 'changeVsBaseline' ? target.percent : 0;
    if (measure.valueBasis === 'percentChange') {
      // A % change against a % change target: the gap is in percentage points (a 0% target has no relative gap).
      return classify(value, wanted, value - wanted, 'percentagePoints', direction, significance, targetText);
    }
    const b = baselineOf(measure);
    if (typeof b === 'string') return unrated('none', b, basis);
    if (b === 0) return unrated('none', 'The baseline is zero, so a change against it cannot be measured; set a level target instead.', basis);
    const level = measure.valueBasis === 'changeFromBaseline' ? b + value : value;
    const targetLevel = (b * (100 + wanted)) / 100;
    const diff = basis === 'percentagePoints' ? level - targetLevel : relative(level, targetLevel);
    return classify(level, targetLevel, diff, basis, direction, significance, `${targetText}: ${formatValue(targetLevel, measure.unit)}`);
  }

  const level = levelOf(measure, value);
  if (typeof level === 'string') return unrated('none', level, basis);
  const diff = basis === 'percentagePoints' ? level - target.level : relative(level, target.level);
  return classify(level, target.level, diff, basis, direction, significance, targetText);
}

const RANK: Partial<Record<MeasureStatus, number>> = { red: 1, amber: 2, green: 3, blue: 4 };

/** Movement between two periods' statuses, for the measures table; null when either is unrated. */
export function statusMovement(previous: MeasureStatus, current: MeasureStatus): 'improved' | 'worsened' | 'unchanged' | null {
  const a = RANK[previous];
  const b = RANK[current];
  if (a === undefined || b === undefined) return null;
  return b > a ? 'improved' : b < a ? 'worsened' : 'unchanged';
}
