// How periods are written in papers, and reading those spellings back (CSV imports use "Jul-17").
import { lastOfMonth, partsOf } from './dates';
import type { IsoDate } from './dates';
import { CUSTOM_PREFIX } from './model';
import type { CustomPeriodRecord, FyStyle, MonthPeriod, QuarterNumber, ReportingPeriod } from './model';
import { customPeriod, financialYearPeriod, monthPeriod, quarterPeriod } from './periods';

export const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'] as const;

const EN_DASH = '\u2013';

function monthName(month: number): string {
  return MONTH_NAMES[month - 1] ?? '';
}

/** "2017/18" or "2017-18"; the second year is always two digits ("1999/00"). */
export function fyLabel(fyStartYear: number, style: FyStyle = 'slash'): string {
  const next = String((fyStartYear + 1) % 100).padStart(2, '0');
  return `${fyStartYear}${style === 'dash' ? '-' : '/'}${next}`;
}

/** The start year of "2017/18", "2017-18", "2017/2018" or "2017–18"; null unless the years are consecutive. */
export function parseFinancialYear(text: string): number | null {
  const m = /^\s*(?:FY\s*)?(\d{4})\s*[/\-\u2013]\s*(\d{2}|\d{4})\s*$/i.exec(text);
  if (!m) return null;
  const start = Number(m[1]);
  const end = m[2] ?? '';
  const ok = end.length === 4 ? Number(end) === start + 1 : Number(end) === (start + 1) % 100;
  return ok ? start : null;
}

/** The short month label the reference papers use in table headings: "Jul-17". */
export function monthLabel(period: Pick<MonthPeriod, 'year' | 'month'>): string {
  return `${monthName(period.month).slice(0, 3)}-${String(period.year % 100).padStart(2, '0')}`;
}

/**
 * Reads "Jul-17", "jul 17", "Sept-2017" or "July 2017". Two-digit years are taken as 20xx: these
 * papers are about current performance, not the last century.
 */
export function parseMonthLabel(text: string): MonthPeriod | null {
  const m = /^\s*([A-Za-z]+)\.?[\s\-/]*(\d{2}|\d{4})\s*$/.exec(text);
  if (!m) return null;
  const word = (m[1] ?? '').toLowerCase();
  const index = MONTH_NAMES.findIndex((name) => {
    const n = name.toLowerCase();
    return word === n || word === n.slice(0, 3) || (n === 'september' && word === 'sept');
  });
  if (index < 0) return null;
  const digits = m[2] ?? '';
  const year = digits.length === 2 ? 2000 + Number(digits) : Number(digits);
  return monthPeriod(year, index + 1);
}

/**
 * A date span in words: whole months read "July–September 2017" or "April 2017–March 2018";
 * anything else gives the days, "3 April–15 June 2017".
 */
export function spanLabel(start: IsoDate, end: IsoDate): string {
  const s = partsOf(start);
  const e = partsOf(end);
  const wholeMonths = s.day === 1 && end === lastOfMonth(e.year, e.month);
  if (wholeMonths) {
    if (s.year === e.year && s.month === e.month) return `${monthName(s.month)} ${s.year}`;
    if (s.year === e.year) return `${monthName(s.month)}${EN_DASH}${monthName(e.month)} ${e.year}`;
    return `${monthName(s.month)} ${s.year}${EN_DASH}${monthName(e.month)} ${e.year}`;
  }
  if (start === end) return `${s.day} ${monthName(s.month)} ${s.year}`;
  const left = s.year === e.year ? `${s.day} ${monthName(s.month)}` : `${s.day} ${monthName(s.month)} ${s.year}`;
  return `${left}${EN_DASH}${e.day} ${monthName(e.month)} ${e.year}`;
}

export interface LabelOptions {
  readonly fyStyle?: FyStyle;
}

/** The compact label for table headings: "Q2 2017/18", "Jul-17", "2017/18", or a custom period's own label. */
export function periodShortLabel(period: ReportingPeriod, options: LabelOptions = {}): string {
  switch (period.kind) {
    case 'quarter':
      return `Q${period.quarter} ${fyLabel(period.fyStartYear, options.fyStyle)}`;
    case 'month':
      return monthLabel(period);
    case 'year':
      return fyLabel(period.fyStartYear, options.fyStyle);
    case 'custom':
      return period.label;
  }
}

/** The full label for text: "Q2 2017/18 (July–September 2017)", "July 2017", "2017/18 (April 2017–March 2018)". */
export function periodLabel(period: ReportingPeriod, options: LabelOptions = {}): string {
  switch (period.kind) {
    case 'quarter':
    case 'year':
      return `${periodShortLabel(period, options)} (${spanLabel(period.start, period.end)})`;
    case 'month':
      return spanLabel(period.start, period.end);
    case 'custom':
      return period.label.trim() === '' ? spanLabel(period.start, period.end) : period.label;
  }
}

export function isCustomPeriodId(id: string): boolean {
  return id.startsWith(CUSTOM_PREFIX);
}

/**
 * The period an id names, for quarters ("fy2017q2"), months ("m2017-07") and years ("fy2017").
 * Custom ids need their stored record: pass the records to resolve them, else they give null.
 */
export function parsePeriodId(id: string, customRecords: readonly Pick<CustomPeriodRecord, 'id' | 'label' | 'start' | 'end'>[] = []): ReportingPeriod | null {
  if (isCustomPeriodId(id)) {
    const record = customRecords.find((r) => `${CUSTOM_PREFIX}${r.id}` === id);
    return record ? customPeriod(record) : null;
  }
  let m = /^fy(\d{4})q([1-4])$/.exec(id);
  if (m) return quarterPeriod(Number(m[1]), Number(m[2]) as QuarterNumber);
  m = /^fy(\d{4})$/.exec(id);
  if (m) return financialYearPeriod(Number(m[1]));
  m = /^m(\d{4})-(\d{2})$/.exec(id);
  if (m && Number(m[2]) >= 1 && Number(m[2]) <= 12) return monthPeriod(Number(m[1]), Number(m[2]));
  return null;
}
