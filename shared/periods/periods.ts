// Constructing, finding and ordering reporting periods. Pure: dates are passed in, never read from a clock.
import { addMonths, firstOfMonth, isIsoDate, lastOfMonth, partsOf, toIsoDate } from './dates';
import type { IsoDate } from './dates';
import { CUSTOM_PREFIX } from './model';
import type { CustomPeriod, CustomPeriodRecord, FinancialYearPeriod, MonthPeriod, QuarterNumber, QuarterPeriod, ReportingPeriod } from './model';

function checkYear(year: number): void {
  if (!Number.isInteger(year) || year < 1000 || year > 9998) throw new RangeError(`Not a supported year: ${year}`);
}

/** The start year of the UK financial year containing `date` (April starts a new year). */
export function financialYearOf(date: IsoDate): number {
  const { year, month } = partsOf(date);
  return month >= 4 ? year : year - 1;
}

export function financialYearPeriod(fyStartYear: number): FinancialYearPeriod {
  checkYear(fyStartYear);
  return { kind: 'year', id: `fy${fyStartYear}`, fyStartYear, start: toIsoDate(fyStartYear, 4, 1), end: toIsoDate(fyStartYear + 1, 3, 31) };
}

/** Quarter `quarter` of the financial year starting in April `fyStartYear` ("periodFor"). */
export function quarterPeriod(fyStartYear: number, quarter: QuarterNumber): QuarterPeriod {
  checkYear(fyStartYear);
  if (![1, 2, 3, 4].includes(quarter)) throw new RangeError(`Not a quarter: ${quarter}`);
  // Q1 starts in April; each quarter is three months on.
  const first = addMonths(fyStartYear, 4, (quarter - 1) * 3);
  const last = addMonths(first.year, first.month, 2);
  return {
    kind: 'quarter',
    id: `fy${fyStartYear}q${quarter}`,
    fyStartYear,
    quarter,
    start: firstOfMonth(first.year, first.month),
    end: lastOfMonth(last.year, last.month),
  };
}

/** The financial-year quarter containing `date`. */
export function quarterOf(date: IsoDate): QuarterPeriod {
  const { month } = partsOf(date);
  const fy = financialYearOf(date);
  // April–June → 1, July–September → 2, October–December → 3, January–March → 4.
  const quarter = (Math.floor(((month + 8) % 12) / 3) + 1) as QuarterNumber;
  return quarterPeriod(fy, quarter);
}

export function monthPeriod(year: number, month: number): MonthPeriod {
  checkYear(year);
  if (!Number.isInteger(month) || month < 1 || month > 12) throw new RangeError(`Not a month: ${month}`);
  return { kind: 'month', id: `m${year}-${String(month).padStart(2, '0')}`, year, month, start: firstOfMonth(year, month), end: lastOfMonth(year, month) };
}

export function monthOf(date: IsoDate): MonthPeriod {
  const { year, month } = partsOf(date);
  return monthPeriod(year, month);
}

/** A custom period from its stored record. Throws if the dates are not valid or are back to front. */
export function customPeriod(record: Pick<CustomPeriodRecord, 'id' | 'label' | 'start' | 'end'>): CustomPeriod {
  if (!isIsoDate(record.start) || !isIsoDate(record.end)) throw new RangeError('A custom period needs ISO start and end dates');
  if (record.start > record.end) throw new RangeError('A custom period cannot end before it starts');
  return { kind: 'custom', id: `${CUSTOM_PREFIX}${record.id}`, label: record.label, start: record.start, end: record.end };
}

/** As long as a stored label may be (the backup schema's limit). */
export const CUSTOM_PERIOD_LABEL_MAX = 200;

/**
 * Problems with a custom period the user is entering, as messages for the form. `others` are the
 * other live custom periods: labels must differ, because pickers and spreadsheet imports find a
 * period by its label.
 */
export function customPeriodProblems(
  input: { label: string; start: string; end: string },
  others: readonly Pick<CustomPeriodRecord, 'label'>[] = [],
): string[] {
  const problems: string[] = [];
  const label = input.label.trim();
  if (label === '') problems.push('Give the period a label.');
  else if (label.length > CUSTOM_PERIOD_LABEL_MAX) problems.push(`Shorten the label to ${CUSTOM_PERIOD_LABEL_MAX} characters or fewer.`);
  else if (others.some((o) => o.label.trim().toLowerCase() === label.toLowerCase())) problems.push(`There is already a period called "${label}".`);
  if (!isIsoDate(input.start)) problems.push('Enter a valid start date.');
  if (!isIsoDate(input.end)) problems.push('Enter a valid end date.');
  if (isIsoDate(input.start) && isIsoDate(input.end) && input.start > input.end) problems.push('The end date is before the start date.');
  return problems;
}

/** The same kind of period immediately before; null for custom periods, which have no natural neighbour. */
export function previousPeriod(period: ReportingPeriod): ReportingPeriod | null {
  return step(period, -1);
}

export function nextPeriod(period: ReportingPeriod): ReportingPeriod | null {
  return step(period, 1);
}

function step(period: ReportingPeriod, delta: -1 | 1): ReportingPeriod | null {
  switch (period.kind) {
    case 'quarter': {
      const index = period.fyStartYear * 4 + (period.quarter - 1) + delta;
      return quarterPeriod(Math.floor(index / 4), ((index % 4) + 1) as QuarterNumber);
    }
    case 'month': {
      const m = addMonths(period.year, period.month, delta);
      return monthPeriod(m.year, m.month);
    }
    case 'year':
      return financialYearPeriod(period.fyStartYear + delta);
    case 'custom':
      return null;
  }
}

/**
 * The most recent of `periods` that ends before `period` starts: the latest end, then the later start
 * (the shorter, more recent span), then id, so every caller picks the same one. Null when none does.
 */
export function latestPeriodEndingBefore<T extends ReportingPeriod>(periods: Iterable<T>, period: Pick<ReportingPeriod, 'start'>): T | null {
  let best: T | null = null;
  for (const p of periods) {
    if (p.end >= period.start) continue;
    if (!best || p.end > best.end || (p.end === best.end && comparePeriods(p, best) > 0)) best = p;
  }
  return best;
}

/** Chronological order: by start date, then the shorter period first (a month before its quarter), then id. */
export function comparePeriods(a: ReportingPeriod, b: ReportingPeriod): number {
  if (a.start !== b.start) return a.start < b.start ? -1 : 1;
  if (a.end !== b.end) return a.end < b.end ? -1 : 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

export function sortPeriods<T extends ReportingPeriod>(periods: readonly T[]): T[] {
  return [...periods].sort(comparePeriods);
}

export function periodContains(period: ReportingPeriod, date: IsoDate): boolean {
  return period.start <= date && date <= period.end;
}

/** The quarter, month or financial year containing `date`. */
export function periodContaining(date: IsoDate, kind: 'quarter' | 'month' | 'year'): ReportingPeriod {
  if (kind === 'quarter') return quarterOf(date);
  if (kind === 'month') return monthOf(date);
  return financialYearPeriod(financialYearOf(date));
}

/**
 * Every period of `kind` that overlaps [from, to] (both inclusive), in order. A range that starts
 * mid-quarter includes that quarter, so a plan "April to November 2016" lists Q1–Q3.
 */
export function periodsInRange(from: IsoDate, to: IsoDate, kind: 'quarter' | 'month' | 'year'): ReportingPeriod[] {
  partsOf(from); // throws on a malformed date rather than returning a wrong list
  partsOf(to);
  if (from > to) return [];
  const out: ReportingPeriod[] = [];
  for (let p: ReportingPeriod | null = periodContaining(from, kind); p && p.start <= to; p = nextPeriod(p)) out.push(p);
  return out;
}

/** Does `a` overlap `b` by at least one day? */
export function periodsOverlap(a: ReportingPeriod, b: ReportingPeriod): boolean {
  return a.start <= b.end && b.start <= a.end;
}
