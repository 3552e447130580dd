import { describe, expect, it } from 'vitest';
import { formatMeetingDate, ordinal } from './dates';

describe('ordinal', () => {
  it.each([
    [1, '1st'], [2, '2nd'], [3, '3rd'], [4, '4th'], [10, '10th'], [11, '11th'], [12, '12th'], [13, '13th'],
    [21, '21st'], [22, '22nd'], [23, '23rd'], [24, '24th'], [30, '30th'], [31, '31st'], [101, '101st'], [111, '111th'], [112, '112th'],
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
