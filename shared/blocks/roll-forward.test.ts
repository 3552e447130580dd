import { describe, expect, it } from 'vitest';
import { extendPeriodIds, shiftPeriodId } from './roll-forward';

const quarterly = { months: 3, customPeriods: [] };

describe('moving reporting periods on to the next paper', () => {
  it('quarters by whole quarters across the financial year; months by months; years only by a year', () => {
    expect(shiftPeriodId('fy2017q2', quarterly)).toBe('fy2017q3');
    expect(shiftPeriodId('fy2017q4', quarterly)).toBe('fy2018q1');
    expect(shiftPeriodId('m2017-09', quarterly)).toBe('m2017-12');
    expect(shiftPeriodId('m2017-11', quarterly)).toBe('m2018-02');
    expect(shiftPeriodId('fy2017', quarterly)).toBeNull();
    expect(shiftPeriodId('fy2017', { months: 12, customPeriods: [] })).toBe('fy2018');
    expect(shiftPeriodId('custom:x', quarterly)).toBeNull();
    expect(shiftPeriodId('fy2017q2', { months: 6, customPeriods: [] })).toBe('fy2017q4');
  });

  it('a run of periods gains every period up to the new last one', () => {
    expect(extendPeriodIds(['fy2017q1', 'fy2017q2'], quarterly)).toEqual(['fy2017q1', 'fy2017q2', 'fy2017q3']);
    expect(extendPeriodIds(['m2017-07', 'm2017-08', 'm2017-09'], quarterly)).toEqual(['m2017-07', 'm2017-08', 'm2017-09', 'm2017-10', 'm2017-11', 'm2017-12']);
    expect(extendPeriodIds([], quarterly)).toBeNull();
  });
});
