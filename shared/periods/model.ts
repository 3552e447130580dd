import type { RecordMeta } from '../records/meta';
import type { IsoDate } from './dates';

// A reporting period is a value, not a record: quarters, months and financial years are derived
// from their id alone, so two devices always agree on them. Only custom periods are stored.

export type QuarterNumber = 1 | 2 | 3 | 4;
export type PeriodKind = 'quarter' | 'month' | 'year' | 'custom';
/** How a financial year is written: "2017/18" (slash) or "2017-18" (dash). */
export type FyStyle = 'slash' | 'dash';

interface PeriodBase {
  /** Stable id used as a foreign key: "fy2017q2", "m2017-07", "fy2017", "custom:<uuid>". */
  readonly id: string;
  /** First day, inclusive. */
  readonly start: IsoDate;
  /** Last day, inclusive. */
  readonly end: IsoDate;
}

/** A UK financial-year quarter: Q1 April–June … Q4 January–March of the following calendar year. */
export interface QuarterPeriod extends PeriodBase {
  readonly kind: 'quarter';
  /** The calendar year the financial year starts in: 2017 for 2017/18. */
  readonly fyStartYear: number;
  readonly quarter: QuarterNumber;
}

export interface MonthPeriod extends PeriodBase {
  readonly kind: 'month';
  readonly year: number;
  /** 1 = January. */
  readonly month: number;
}

/** A whole UK financial year, 1 April to 31 March. */
export interface FinancialYearPeriod extends PeriodBase {
  readonly kind: 'year';
  readonly fyStartYear: number;
}

/** Any span the author names, e.g. "April to November 2016" or a year-to-date. */
export interface CustomPeriod extends PeriodBase {
  readonly kind: 'custom';
  readonly label: string;
}

export type ReportingPeriod = QuarterPeriod | MonthPeriod | FinancialYearPeriod | CustomPeriod;

/** How a custom period is stored; its period id is "custom:" + the record id. */
export interface CustomPeriodRecord extends RecordMeta {
  readonly label: string;
  readonly start: IsoDate;
  readonly end: IsoDate;
}

export const CUSTOM_PREFIX = 'custom:';
