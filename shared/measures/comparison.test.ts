import { describe, expect, it } from 'vitest';
import { monthPeriod } from '../periods';
import type { Measure, MeasureValue } from './model';
import { canCompare, comparablePeriods, defaultComparison, missingForComparison } from './comparison';

const months = [7, 8, 9, 10].map((m) => monthPeriod(2017, m));
const [JUL, AUG, SEP, OCT] = months.map((p) => p.id) as [string, string, string, string];
const measure = (id: string, noLongerMeasured = false): Pick<Measure, 'id' | 'noLongerMeasured'> => ({ id, noLongerMeasured });
let n = 0;
const value = (measureId: string, periodId: string, v: number | null = 1): MeasureValue => ({
  id: `v${++n}`,
  createdAt: '2017-10-01T00:00:00.000Z',
  updatedAt: '2017-10-01T00:00:00.000Z',
  updatedBy: 't',
  deletedAt: null,
  measureId,
  periodId,
  value: v,
  note: '',
});

// The sample: nine measures reported for Jul-17 and Sep-17.
const nine = Array.from({ length: 9 }, (_, i) => measure(`m${i + 1}`));
const nineValues = nine.flatMap((m) => [value(m.id, JUL), value(m.id, SEP)]);

describe('which periods can be compared', () => {
  it('Sep-17 compares with Jul-17, not with Aug-17 when no measure has a figure for it', () => {
    expect(comparablePeriods(nine, nineValues, months, SEP).map((p) => p.id)).toEqual([JUL]);
  });
  it('one new measure with a figure for Aug-17 does not make Aug-17 comparable: the nine have none for it', () => {
    const m10 = measure('m10');
    const values = [...nineValues, value('m10', AUG), value('m10', SEP)];
    expect(comparablePeriods([...nine, m10], values, months, SEP).map((p) => p.id)).toEqual([JUL]);
    expect(canCompare([...nine, m10], values, months, SEP, AUG)).toBe(false);
    expect(missingForComparison([...nine, m10], values, months, SEP, AUG)).toBe(9);
    // Against Jul-17 the new measure was not reported yet: it is truly newly rated.
    expect(canCompare([...nine, m10], values, months, SEP, JUL)).toBe(true);
  });
  it('a period missing a figure for a measure reported before it cannot be compared', () => {
    const values = [...nineValues, ...nine.slice(1).map((m) => value(m.id, AUG))];
    expect(comparablePeriods(nine, values, months, SEP).map((p) => p.id)).toEqual([JUL]);
  });
  it('a “no data” record is not a figure, and no-longer-measured measures need none', () => {
    const stopped = measure('old', true);
    const values = [...nineValues, value('m1', AUG, null), value('old', SEP)];
    expect(comparablePeriods([...nine, stopped], values, months, SEP).map((p) => p.id)).toEqual([JUL]);
  });
  it('the first period, or one with nothing in common, compares with nothing', () => {
    expect(comparablePeriods(nine, nineValues, months, JUL)).toEqual([]);
    expect(comparablePeriods(nine, [value('m1', JUL), value('m2', SEP)], months, SEP)).toEqual([]);
  });
});

describe('the default comparison', () => {
  it('is the latest reported period against the latest comparable one', () => {
    const d = defaultComparison(nine, nineValues, months);
    expect([d.current?.id, d.previous?.id]).toEqual([SEP, JUL]);
  });
  it('does not move to a later month because one new measure has a figure for it', () => {
    const values = [...nineValues, value('m10', AUG), value('m10', OCT)];
    const d = defaultComparison([...nine, measure('m10')], values, months);
    expect([d.current?.id, d.previous?.id]).toEqual([SEP, JUL]);
  });
  it('moves on once most measures are reported for the new month', () => {
    const values = [...nineValues, ...nine.slice(0, 6).map((m) => value(m.id, OCT))];
    const d = defaultComparison(nine, values, months);
    expect([d.current?.id, d.previous?.id]).toEqual([OCT, SEP]);
  });
  it('with no figures at all: the last period, compared with nothing', () => {
    const d = defaultComparison(nine, [], months);
    expect([d.current?.id, d.previous]).toEqual([OCT, undefined]);
  });
});
