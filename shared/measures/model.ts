import type { RecordMeta } from '../records/meta';
import type { IsoDate } from '../periods/dates';

/** What a measure's figures count. 'percent' is a level such as 55.7%; 'percentagePoints' a gap such as +2.1 pp. */
export type MeasureUnit = 'count' | 'percent' | 'percentagePoints' | 'currency' | 'minutes' | 'rate';
export type Direction = 'higherIsBetter' | 'lowerIsBetter';

/**
 * What a recorded value is. Performance reports give some measures as the figure itself (55.7%,
 * 22 victims), some as a % change against a baseline (+29.6%), some as the difference from it (+7).
 */
export type ValueBasis = 'level' | 'percentChange' | 'changeFromBaseline';

interface TargetBase {
  /** The date the target is for ("by 2020"); shown with it, not used to interpolate. */
  readonly by?: IsoDate | null;
}

/**
 * The target, in the wording plans use:
 * - reduceVsBaseline: "A reduction in All Crime compared to 2015-16" — any fall on the baseline meets it.
 * - changeVsBaseline: "A 10% increase in POCA orders compared to 2016-17" (+10), "50% fewer KSIs by 2020" (−50).
 * - reachLevel: "Reach 60%", "11.2% BME representation".
 * - noMoreThan: "No more than 7% by March 2018" — a ceiling; lower is always better.
 */
export type MeasureTarget =
  | (TargetBase & { readonly kind: 'reduceVsBaseline' })
  | (TargetBase & { readonly kind: 'changeVsBaseline'; readonly percent: number })
  | (TargetBase & { readonly kind: 'reachLevel'; readonly level: number })
  | (TargetBase & { readonly kind: 'noMoreThan'; readonly level: number });

export interface Baseline {
  /** The baseline figure in the measure's unit; null when only its label is known. */
  readonly value: number | null;
  /** "2015-16", "2005-2009 average", "2016/17 monthly average". */
  readonly label: string;
}

export interface Measure extends RecordMeta {
  readonly planId: string;
  readonly themeId: string | null;
  readonly position: number;
  readonly name: string;
  readonly objective: string;
  /** Null for monitor-only measures, which have no target. */
  readonly target: MeasureTarget | null;
  readonly direction: Direction;
  readonly unit: MeasureUnit;
  readonly valueBasis: ValueBasis;
  readonly baseline: Baseline | null;
  readonly source: string;
  /** No RAGB unless the change on the baseline passes the monitor-only threshold (reference footnote b). */
  readonly monitorOnly: boolean;
  /** This measure's own monitor-only threshold in %; null uses the plan's (10 by default). */
  readonly monitorThreshold: number | null;
  /** Printed as "NEW:" before the name. */
  readonly newThisYear: boolean;
  /** Counted in the RAGB table as "No Longer Measured", never rated. */
  readonly noLongerMeasured: boolean;
}

/** One measure's figure for one reporting period (a ReportingPeriod id such as "m2017-09"). */
export interface MeasureValue extends RecordMeta {
  readonly measureId: string;
  readonly periodId: string;
  /** Null when the period is known to have no data ("currently unavailable"). */
  readonly value: number | null;
  readonly note: string;
  /** A grade for the period ("Good", "Requires Improvement", "Pending"; shared/measures/grades.ts); optional: absent or '' means none. */
  readonly grade?: string;
}

/** How a level in % is compared with its target: relative to the target (default), or in percentage points. */
export type PercentLevelBasis = 'relative' | 'percentagePoints';

/** Per-plan RAGB thresholds, all in % (or percentage points where that is the basis). */
export interface MeasureThresholds {
  /** "More than 5% difference" separates Blue from Green and Red from Amber. */
  readonly significance: number;
  /** Monitor-only measures are rated only at or beyond ± this change (reference footnote b: 10). */
  readonly monitorOnly: number;
  readonly percentLevelBasis: PercentLevelBasis;
}

export const DEFAULT_THRESHOLDS: MeasureThresholds = { significance: 5, monitorOnly: 10, percentLevelBasis: 'relative' };

export type MeasureStatus = 'blue' | 'green' | 'amber' | 'red' | 'none' | 'noLongerMeasured';
export type DifferenceBasis = 'relative' | 'percentagePoints';

export interface MeasureStatusResult {
  readonly status: MeasureStatus;
  /** A sentence saying why, with the figures, for tooltips and the author. */
  readonly reason: string;
  /**
   * Compared figure minus target, signed (not "better"), in `basis` units: percentage points, or % of
   * the target. For monitor-only measures it is the change on the baseline. Null when not computable.
   */
  readonly differenceFromTarget: number | null;
  readonly basis: DifferenceBasis;
  /** The figure compared against: a target change in % or a target level in the measure's unit. */
  readonly target: number | null;
  /** The value as compared: a level derived from a change if the target is a level, else the value. */
  readonly compared: number | null;
}
