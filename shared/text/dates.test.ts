import { describe, expect, it } from 'vitest';
import { formatDayFirst, formatMeetingDate, formatShortDate, formatShortDateTime, ordinal, parseDayFirstDate } from './dates';

describe('ordinal', () => {
  it.each([
    [1, '1st'],
    [2, '2nd'],
    [3, '3rd'],
    [4, '4th'],
    [10, '10th'],
    [11, '11th'],
    [12, '12th'],
    [13, '13th'],
    [21, '21st'],
    [22, '22nd'],
    [23, '23rd'],
    [24, '24th'],
    [30, '30th'],
    [31, '31st'],
    [101, '101st'],
    [111, '111th'],
    [112, '112th'],
  ])('%i → %s', (n, s) => expect(ordinal(n)).toBe(s));
});

describe('formatMeetingDate', () => {
  it('formats like the reference paper', () => {
    expect(formatMeetingDate('2017-12-08')).toBe('8th December 2017');
    expect(formatMeetingDate('2016-04-18')).toBe('18th April 2016');
    expect(formatMeetingDate('2017-11-27')).toBe('27th November 2017');
    expect(formatMeetingDate('2024-01-01')).toBe('1st January 2024');
    expect(formatMeetingDate('2024-03-22')).toBe('22nd March 2024');
    expect(formatMeetingDate('2024-05-23')).toBe('23rd May 2024');
    expect(formatMeetingDate('2024-02-29')).toBe('29th February 2024');
  });

  it('is blank for a blank date', () => {
    expect(formatMeetingDate('')).toBe('');
    expect(formatMeetingDate('   ')).toBe('');
  });

  it('returns anything that is not a real date as typed', () => {
    expect(formatMeetingDate('2023-02-29')).toBe('2023-02-29');
    expect(formatMeetingDate('1900-02-29')).toBe('1900-02-29');
    expect(formatMeetingDate('2017-13-01')).toBe('2017-13-01');
    expect(formatMeetingDate('2017-04-31')).toBe('2017-04-31');
    expect(formatMeetingDate(' TBC ')).toBe('TBC');
  });

  it('does not shift the day with the time zone', () => {
    expect(formatMeetingDate('2017-12-31')).toBe('31st December 2017');
  });
});

describe('formatShortDate (how every screen shows a date)', () => {
  it('is "8 Dec 2017"', () => {
    expect(formatShortDate('2017-12-08')).toBe('8 Dec 2017');
    expect(formatShortDate('2018-03-31')).toBe('31 Mar 2018');
  });
  it('leaves what is not a real date as it is', () => {
    expect(formatShortDate('')).toBe('');
    expect(formatShortDate('2017-02-30')).toBe('2017-02-30');
    expect(formatShortDate('soon')).toBe('soon');
  });
});

describe('formatShortDateTime', () => {
  it('shows the day and the local time', () => {
    const at = new Date(2017, 11, 8, 9, 5, 7).toISOString();
    expect(formatShortDateTime(at)).toBe('8 Dec 2017, 09:05');
    expect(formatShortDateTime(at, true)).toBe('8 Dec 2017, 09:05:07');
  });
});

describe('a date field reads day first, whatever the computer’s locale', () => {
  it.each([
    ['08/02/2022', '2022-02-08'],
    ['8/2/2022', '2022-02-08'],
    ['8/2/22', '2022-02-08'],
    ['8.2.2022', '2022-02-08'],
    ['8-2-2022', '2022-02-08'],
    ['8 Feb 2022', '2022-02-08'],
    ['8 feb 2022', '2022-02-08'],
    ['8th February 2022', '2022-02-08'],
    ['Tuesday 8 February 2022', '2022-02-08'],
    ['8 Sept 2022', '2022-09-08'],
    ['2022-02-08', '2022-02-08'],
    ['  29/02/2024 ', '2024-02-29'],
  ])('%s → %s', (typed, expected) => expect(parseDayFirstDate(typed)).toBe(expected));
  it('a blank field is no date', () => expect(parseDayFirstDate('  ')).toBe(''));
  it.each(['31/02/2022', '29/02/2023', '13/13/2022', '02/30/2022', 'next week', '8 Fe 2022', '8 Foo 2022', '2022/02/08x'])('refuses %s', (typed) =>
    expect(parseDayFirstDate(typed)).toBeNull(),
  );
  it('shows a stored date day first', () => {
    expect(formatDayFirst('2022-02-08')).toBe('08/02/2022');
    expect(formatDayFirst('')).toBe('');
  });
  it('reads back what it shows', () => {
    for (const d of ['2017-12-08', '2024-02-29', '2000-01-01']) expect(parseDayFirstDate(formatDayFirst(d))).toBe(d);
  });
});
