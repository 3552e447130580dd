import { describe, expect, it } from 'vitest';
import { addMonths, daysInMonth, isIsoDate, isoDateOf, parseIsoDate, partsOf, toIsoDate } from './dates';
import {
  comparePeriods,
  customPeriod,
  customPeriodProblems,
  latestPeriodEndingBefore,
  financialYearOf,
  financialYearPeriod,
  monthOf,
  monthPeriod,
  nextPeriod,
  periodContaining,
  periodContains,
  periodsInRange,
  periodsOverlap,
  previousPeriod,
  quarterOf,
  quarterPeriod,
  sortPeriods,
} from './periods';
import { fyLabel, isCustomPeriodId, monthLabel, parseFinancialYear, parseMonthLabel, parsePeriodId, periodLabel, periodShortLabel, spanLabel } from './labels';
import type { ReportingPeriod } from './model';

const custom = customPeriod({ id: 'a1b2', label: 'April to November 2016', start: '2016-04-01', end: '2016-11-30' });

describe('ISO dates', () => {
  it('accepts real calendar dates only', () => {
    expect(isIsoDate('2017-07-31')).toBe(true);
    expect(isIsoDate('2016-02-29')).toBe(true);
    expect(isIsoDate('2017-02-29')).toBe(false);
    expect(isIsoDate('2017-13-01')).toBe(false);
    expect(isIsoDate('2017-7-1')).toBe(false);
    expect(isIsoDate('')).toBe(false);
    expect(parseIsoDate('2017-09-30')).toEqual({ year: 2017, month: 9, day: 30 });
    expect(() => partsOf('nope')).toThrow(RangeError);
  });
  it('does month arithmetic across year ends', () => {
    expect(addMonths(2017, 12, 1)).toEqual({ year: 2018, month: 1 });
    expect(addMonths(2018, 1, -1)).toEqual({ year: 2017, month: 12 });
    expect(addMonths(2017, 4, -16)).toEqual({ year: 2015, month: 12 });
    expect(daysInMonth(2000, 2)).toBe(29);
    expect(daysInMonth(1900, 2)).toBe(28);
    expect(toIsoDate(2017, 7, 1)).toBe('2017-07-01');
  });
  it('takes the local calendar date of a Date', () => {
    expect(isoDateOf(new Date(2017, 8, 30, 23, 59))).toBe('2017-09-30');
    expect(isoDateOf(new Date(2017, 9, 1, 0, 1))).toBe('2017-10-01');
  });
});

describe('financial-year quarters', () => {
  it('starts the financial year in April', () => {
    expect(financialYearOf('2017-04-01')).toBe(2017);
    expect(financialYearOf('2018-03-31')).toBe(2017);
    expect(financialYearOf('2017-03-31')).toBe(2016);
  });
  it('maps each month to its quarter (Q1 Apr–Jun … Q4 Jan–Mar)', () => {
    const cases: [string, string][] = [
      ['2017-04-01', 'fy2017q1'],
      ['2017-06-30', 'fy2017q1'],
      ['2017-07-01', 'fy2017q2'],
      ['2017-09-30', 'fy2017q2'],
      ['2017-10-01', 'fy2017q3'],
      ['2017-12-31', 'fy2017q3'],
      ['2018-01-01', 'fy2017q4'],
      ['2018-03-31', 'fy2017q4'],
      ['2018-04-01', 'fy2018q1'],
    ];
    for (const [date, id] of cases) expect(quarterOf(date).id, date).toBe(id);
  });
  it('gives each quarter its first and last day', () => {
    expect(quarterPeriod(2017, 1)).toMatchObject({ start: '2017-04-01', end: '2017-06-30' });
    expect(quarterPeriod(2017, 2)).toMatchObject({ start: '2017-07-01', end: '2017-09-30' });
    expect(quarterPeriod(2017, 3)).toMatchObject({ start: '2017-10-01', end: '2017-12-31' });
    expect(quarterPeriod(2017, 4)).toMatchObject({ start: '2018-01-01', end: '2018-03-31' });
    expect(quarterPeriod(2019, 4).end).toBe('2020-03-31');
  });
  it('rejects impossible quarters and years', () => {
    expect(() => quarterPeriod(2017, 5 as never)).toThrow(RangeError);
    expect(() => quarterPeriod(17, 1)).toThrow(RangeError);
  });
  it('steps across financial-year boundaries', () => {
    expect(nextPeriod(quarterPeriod(2017, 4))?.id).toBe('fy2018q1');
    expect(previousPeriod(quarterPeriod(2017, 1))?.id).toBe('fy2016q4');
    expect(previousPeriod(quarterPeriod(2017, 3))?.id).toBe('fy2017q2');
  });
  it('has whole financial years', () => {
    const fy = financialYearPeriod(2017);
    expect(fy).toMatchObject({ id: 'fy2017', start: '2017-04-01', end: '2018-03-31' });
    expect(nextPeriod(fy)?.id).toBe('fy2018');
    expect(previousPeriod(fy)?.id).toBe('fy2016');
  });
});

describe('months', () => {
  it('labels months as the reference tables do', () => {
    expect(monthLabel(monthPeriod(2017, 7))).toBe('Jul-17');
    expect(monthLabel(monthPeriod(2017, 9))).toBe('Sep-17');
    expect(monthLabel(monthPeriod(2009, 1))).toBe('Jan-09');
  });
  it('reads month labels back', () => {
    expect(parseMonthLabel('Jul-17')?.id).toBe('m2017-07');
    expect(parseMonthLabel('sep 17')?.id).toBe('m2017-09');
    expect(parseMonthLabel('Sept-2017')?.id).toBe('m2017-09');
    expect(parseMonthLabel('September 2017')?.id).toBe('m2017-09');
    expect(parseMonthLabel('Juy-17')).toBeNull();
    expect(parseMonthLabel('Jul')).toBeNull();
  });
  it('finds and steps months', () => {
    const jul = monthOf('2017-07-15');
    expect(jul).toMatchObject({ id: 'm2017-07', start: '2017-07-01', end: '2017-07-31' });
    expect(nextPeriod(monthPeriod(2017, 12))?.id).toBe('m2018-01');
    expect(previousPeriod(monthPeriod(2017, 1))?.id).toBe('m2016-12');
    expect(monthPeriod(2016, 2).end).toBe('2016-02-29');
    expect(() => monthPeriod(2017, 0)).toThrow(RangeError);
  });
});

describe('custom periods', () => {
  it('prefixes the record id and keeps the label', () => {
    expect(custom).toEqual({ kind: 'custom', id: 'custom:a1b2', label: 'April to November 2016', start: '2016-04-01', end: '2016-11-30' });
    expect(isCustomPeriodId(custom.id)).toBe(true);
    expect(isCustomPeriodId('fy2017q2')).toBe(false);
  });
  it('has no previous or next period', () => {
    expect(previousPeriod(custom)).toBeNull();
    expect(nextPeriod(custom)).toBeNull();
  });
  it('refuses back-to-front or invalid dates', () => {
    expect(() => customPeriod({ id: 'x', label: 'x', start: '2017-02-01', end: '2017-01-31' })).toThrow(RangeError);
    expect(() => customPeriod({ id: 'x', label: 'x', start: '2017-02-30', end: '2017-03-01' })).toThrow(RangeError);
    expect(customPeriodProblems({ label: ' ', start: '2017-02-01', end: '2017-01-31' })).toEqual([
      'Give the period a label.',
      'The end date is before the start date.',
    ]);
    expect(customPeriodProblems({ label: 'YTD', start: '', end: '2017-01-31' })).toEqual(['Enter a valid start date.']);
    expect(customPeriodProblems({ label: 'YTD', start: '2017-04-01', end: '2017-09-30' })).toEqual([]);
  });
  it('refuses a label another period already has (pickers and imports find periods by label), or an over-long one', () => {
    const others = [{ label: 'April to November 2016' }];
    expect(customPeriodProblems({ label: ' april to november 2016 ', start: '2017-04-01', end: '2017-11-30' }, others)).toEqual([
      'There is already a period called "april to november 2016".',
    ]);
    expect(customPeriodProblems({ label: 'April to November 2017', start: '2017-04-01', end: '2017-11-30' }, others)).toEqual([]);
    expect(customPeriodProblems({ label: 'x'.repeat(201), start: '2017-04-01', end: '2017-11-30' })).toEqual(['Shorten the label to 200 characters or fewer.']);
  });
});

describe('labels', () => {
  it('writes financial years both ways', () => {
    expect(fyLabel(2017)).toBe('2017/18');
    expect(fyLabel(2017, 'dash')).toBe('2017-18');
    expect(fyLabel(1999)).toBe('1999/00');
  });
  it('reads financial years', () => {
    expect(parseFinancialYear('2017/18')).toBe(2017);
    expect(parseFinancialYear('2017-18')).toBe(2017);
    expect(parseFinancialYear('2017/2018')).toBe(2017);
    expect(parseFinancialYear('FY 2019/20')).toBe(2019);
    expect(parseFinancialYear('1999/00')).toBe(1999);
    expect(parseFinancialYear('2017/19')).toBeNull();
    expect(parseFinancialYear('2016-18')).toBeNull();
    expect(parseFinancialYear('2017')).toBeNull();
  });
  it('gives the long label for each kind', () => {
    expect(periodLabel(quarterPeriod(2017, 2))).toBe('Q2 2017/18 (July–September 2017)');
    expect(periodLabel(quarterPeriod(2017, 4))).toBe('Q4 2017/18 (January–March 2018)');
    expect(periodLabel(quarterPeriod(2017, 3), { fyStyle: 'dash' })).toBe('Q3 2017-18 (October–December 2017)');
    expect(periodLabel(monthPeriod(2017, 7))).toBe('July 2017');
    expect(periodLabel(financialYearPeriod(2017))).toBe('2017/18 (April 2017–March 2018)');
    expect(periodLabel(custom)).toBe('April to November 2016');
    expect(periodLabel({ ...custom, label: '' })).toBe('April–November 2016');
  });
  it('gives the short label for each kind', () => {
    expect(periodShortLabel(quarterPeriod(2017, 2))).toBe('Q2 2017/18');
    expect(periodShortLabel(monthPeriod(2017, 9))).toBe('Sep-17');
    expect(periodShortLabel(financialYearPeriod(2016), { fyStyle: 'dash' })).toBe('2016-17');
    expect(periodShortLabel(custom)).toBe('April to November 2016');
  });
  it('writes spans of days when they are not whole months', () => {
    expect(spanLabel('2017-04-03', '2017-06-15')).toBe('3 April–15 June 2017');
    expect(spanLabel('2016-10-01', '2017-09-30')).toBe('October 2016–September 2017');
    expect(spanLabel('2016-12-24', '2017-01-02')).toBe('24 December 2016–2 January 2017');
    expect(spanLabel('2017-07-14', '2017-07-14')).toBe('14 July 2017');
  });
});

describe('ids', () => {
  it('round-trips every fixed kind through its id', () => {
    const periods: ReportingPeriod[] = [quarterPeriod(2017, 2), monthPeriod(2017, 7), financialYearPeriod(2019)];
    for (const p of periods) expect(parsePeriodId(p.id)).toEqual(p);
  });
  it('resolves custom ids only from their records', () => {
    expect(parsePeriodId('custom:a1b2')).toBeNull();
    expect(parsePeriodId('custom:a1b2', [{ id: 'a1b2', label: 'April to November 2016', start: '2016-04-01', end: '2016-11-30' }])).toEqual(custom);
  });
  it('rejects unknown ids', () => {
    for (const id of ['', 'fy2017q5', 'm2017-13', 'q2', 'fy17']) expect(parsePeriodId(id), id).toBeNull();
  });
});

describe('ordering and ranges', () => {
  it('sorts by start, shorter first, then id', () => {
    const sorted = sortPeriods([quarterPeriod(2017, 2), financialYearPeriod(2017), monthPeriod(2017, 7), quarterPeriod(2017, 1), monthPeriod(2017, 4), custom]);
    expect(sorted.map((p) => p.id)).toEqual(['custom:a1b2', 'm2017-04', 'fy2017q1', 'fy2017', 'm2017-07', 'fy2017q2']);
    expect(comparePeriods(quarterPeriod(2017, 2), quarterPeriod(2017, 2))).toBe(0);
  });
  it('lists the periods overlapping a range', () => {
    expect(periodsInRange('2016-04-01', '2016-11-30', 'quarter').map((p) => p.id)).toEqual(['fy2016q1', 'fy2016q2', 'fy2016q3']);
    expect(periodsInRange('2017-07-15', '2017-09-01', 'month').map((p) => p.id)).toEqual(['m2017-07', 'm2017-08', 'm2017-09']);
    expect(periodsInRange('2016-04-01', '2018-03-31', 'year').map((p) => p.id)).toEqual(['fy2016', 'fy2017']);
    expect(periodsInRange('2016-04-01', '2018-03-31', 'quarter')).toHaveLength(8);
    expect(periodsInRange('2017-09-30', '2017-07-01', 'quarter')).toEqual([]);
  });
  it('finds the latest period that ended before another starts', () => {
    const aprNov17 = customPeriod({ id: 'c17', label: 'April to November 2017', start: '2017-04-01', end: '2017-11-30' });
    const candidates = [quarterPeriod(2016, 3), financialYearPeriod(2016), quarterPeriod(2016, 4), quarterPeriod(2017, 1), custom];
    // FY 2016/17 and its Q4 both end on 31 March 2017: the later start (the shorter, more recent span) wins.
    expect(latestPeriodEndingBefore(candidates, aprNov17)?.id).toBe('fy2016q4');
    expect(latestPeriodEndingBefore(candidates.slice(0, 2), aprNov17)?.id).toBe('fy2016');
    // Ending the day before it starts counts; overlapping (Q1 2017/18) or ending on its first day does not.
    expect(latestPeriodEndingBefore([quarterPeriod(2017, 1)], quarterPeriod(2017, 2))?.id).toBe('fy2017q1');
    expect(latestPeriodEndingBefore([quarterPeriod(2017, 1)], aprNov17)).toBeNull();
    expect(latestPeriodEndingBefore([monthPeriod(2017, 3)], { start: '2017-03-31' })).toBeNull();
    expect(latestPeriodEndingBefore([], aprNov17)).toBeNull();
  });
  it('finds the period containing a date', () => {
    expect(periodContaining('2017-08-10', 'quarter').id).toBe('fy2017q2');
    expect(periodContaining('2017-08-10', 'month').id).toBe('m2017-08');
    expect(periodContaining('2018-02-10', 'year').id).toBe('fy2017');
    expect(periodContains(quarterPeriod(2017, 2), '2017-09-30')).toBe(true);
    expect(periodContains(quarterPeriod(2017, 2), '2017-10-01')).toBe(false);
    expect(periodsOverlap(custom, quarterPeriod(2016, 3))).toBe(true);
    expect(periodsOverlap(custom, quarterPeriod(2016, 4))).toBe(false);
  });
});
