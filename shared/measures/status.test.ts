import { describe, expect, it } from 'vitest';
import { DEFAULT_THRESHOLDS } from './model';
import type { Measure } from './model';
import { effectiveDirection, levelBasis, measureStatus, statusMovement } from './status';
import { describeTarget, formatNumber, formatValue } from './format';
import { MEASURE_STATUS_STYLE, ragbKeyText } from './style';
import { contrastRatio, MIN_TEXT_CONTRAST } from '../plans/colour';
import { measure } from './test-fixtures';

const status = (m: Measure, v: number | null | undefined, t = DEFAULT_THRESHOLDS) => measureStatus(m, v, t).status;

describe('the four bands (level target, count: relative to the target)', () => {
  const m = measure({ target: { kind: 'reachLevel', level: 100 }, direction: 'higherIsBetter', unit: 'count' });
  it.each<[number, string, string]>([
    [106, 'blue', 'more than 5% better'],
    [105, 'green', 'exactly 5% better is not "more than" 5%'],
    [100.5, 'green', 'better'],
    [100, 'green', 'on target counts as achieved'],
    [96, 'amber', 'worse, within 5%'],
    [95, 'amber', 'exactly 5% worse is still within'],
    [94.9, 'red', 'more than 5% worse'],
    [0, 'red', 'far below'],
  ])('%d → %s (%s)', (value, expected) => {
    expect(status(m, value)).toBe(expected);
  });
  it('reports the signed relative difference and the basis', () => {
    expect(measureStatus(m, 94)).toMatchObject({ differenceFromTarget: -6, basis: 'relative', target: 100, compared: 94 });
    expect(measureStatus(m, 100).reason).toBe('On target (Reach 100).');
  });
  it('mirrors for lower-is-better', () => {
    const lower = measure({ target: { kind: 'reachLevel', level: 20 }, direction: 'lowerIsBetter', unit: 'minutes' });
    expect([18.9, 19, 20, 21, 21.1].map((v) => status(lower, v))).toEqual(['blue', 'green', 'green', 'amber', 'red']);
  });
  it('uses the plan’s significance threshold', () => {
    expect(status(m, 106, { ...DEFAULT_THRESHOLDS, significance: 10 })).toBe('green');
    expect(status(m, 91, { ...DEFAULT_THRESHOLDS, significance: 10 })).toBe('amber');
  });
});

describe('% change targets: percentage points', () => {
  const reduce = measure({
    target: { kind: 'reduceVsBaseline' },
    direction: 'lowerIsBetter',
    unit: 'percent',
    valueBasis: 'percentChange',
    baseline: { value: null, label: '2015-16' },
  });
  it('compares the change with 0% for "a reduction"', () => {
    expect([-6, -5, -0.1, 0, 3, 5, 5.1].map((v) => status(reduce, v))).toEqual(['blue', 'green', 'green', 'green', 'amber', 'amber', 'red']);
    expect(measureStatus(reduce, 3)).toMatchObject({ basis: 'percentagePoints', differenceFromTarget: 3, target: 0 });
  });
  it('compares with a signed % target (+10%)', () => {
    const increase = measure({ target: { kind: 'changeVsBaseline', percent: 10 }, direction: 'higherIsBetter', unit: 'percent', valueBasis: 'percentChange' });
    expect([16, 15, 10, 6, 4.9].map((v) => status(increase, v))).toEqual(['blue', 'green', 'green', 'amber', 'red']);
  });
  it('is not fooled by floating point at the threshold', () => {
    const increase = measure({
      target: { kind: 'changeVsBaseline', percent: -20.6 },
      direction: 'higherIsBetter',
      unit: 'percent',
      valueBasis: 'percentChange',
    });
    expect(-15.6 - -20.6).toBeGreaterThan(5); // 5.000000000000002 in floating point
    expect(status(increase, -15.6)).toBe('green');
    const other = { ...increase, target: { kind: 'changeVsBaseline' as const, percent: -29.7 } };
    expect(-34.7 - -29.7).toBeLessThan(-5); // −5.0000000000000036
    expect(status(other, -34.7)).toBe('amber');
  });
  it('forces lower-is-better for a reduction whatever the direction field says', () => {
    expect(effectiveDirection({ target: { kind: 'reduceVsBaseline' }, direction: 'higherIsBetter' })).toBe('lowerIsBetter');
    expect(status({ ...reduce, direction: 'higherIsBetter' }, 10)).toBe('red');
  });
});

describe('% change targets on raw figures: the target level is the baseline moved by the %', () => {
  const counts = measure({
    target: { kind: 'changeVsBaseline', percent: 10 },
    direction: 'higherIsBetter',
    unit: 'count',
    valueBasis: 'level',
    baseline: { value: 100, label: '2016-17' },
  });
  it('compares a count with baseline × 1.1, relatively', () => {
    expect(measureStatus(counts, 115)).toMatchObject({ status: 'green', target: 110, basis: 'relative' });
    expect(status(counts, 104)).toBe('red'); // 5.45% below 110
    expect(status(counts, 105)).toBe('amber'); // 4.5% below
  });
  it('accepts the difference from the baseline', () => {
    const diff = { ...counts, valueBasis: 'changeFromBaseline' as const };
    expect(measureStatus(diff, 15)).toMatchObject({ compared: 115, status: 'green' });
  });
  it('gives no status without a baseline or with a zero baseline', () => {
    expect(measureStatus({ ...counts, baseline: null }, 115)).toMatchObject({
      status: 'none',
      reason: 'No baseline value is recorded, so the change cannot be measured.',
    });
    expect(status({ ...counts, baseline: { value: null, label: '2016-17' } }, 115)).toBe('none');
    expect(measureStatus({ ...counts, baseline: { value: 0, label: '2016-17' } }, 5).reason).toContain('The baseline is zero');
  });
});

describe('level targets in %', () => {
  const level = measure({ target: { kind: 'reachLevel', level: 60 }, direction: 'higherIsBetter', unit: 'percent' });
  it('compares relatively by default', () => {
    expect(measureStatus(level, 57.5)).toMatchObject({ status: 'amber', basis: 'relative' }); // 4.2% below
    expect(status(level, 56.9)).toBe('red'); // 5.2% below, 3.1 points
  });
  it('compares in percentage points if the plan says so', () => {
    const pp = { ...DEFAULT_THRESHOLDS, percentLevelBasis: 'percentagePoints' as const };
    expect(measureStatus(level, 56.9, pp)).toMatchObject({ status: 'amber', basis: 'percentagePoints' });
    expect(status(level, 54.9, pp)).toBe('red');
    expect(status(level, 65, pp)).toBe('green');
    expect(status(level, 65.1, pp)).toBe('blue');
  });
  it('treats "no more than" as a ceiling', () => {
    const ceiling = measure({ target: { kind: 'noMoreThan', level: 7, by: '2018-03-31' }, direction: 'higherIsBetter', unit: 'percent' });
    expect(effectiveDirection(ceiling)).toBe('lowerIsBetter');
    expect([6.5, 7, 7.3, 7.4].map((v) => status(ceiling, v))).toEqual(['blue', 'green', 'amber', 'red']);
  });
  it('always uses points for measures in percentage points', () => {
    const gap = measure({ target: { kind: 'reachLevel', level: 2 }, direction: 'higherIsBetter', unit: 'percentagePoints' });
    expect(levelBasis('percentagePoints')).toBe('percentagePoints');
    expect(measureStatus(gap, -4)).toMatchObject({ status: 'red', differenceFromTarget: -6, basis: 'percentagePoints' });
    expect(status(gap, -2.5)).toBe('amber');
  });
});

describe('level targets on changes', () => {
  it('turns a % change into a level with the baseline', () => {
    const m = measure({ target: { kind: 'reachLevel', level: 110 }, valueBasis: 'percentChange', baseline: { value: 100, label: '2016-17' } });
    expect(measureStatus(m, 12)).toMatchObject({ status: 'green', compared: 112 });
    expect(status({ ...m, baseline: null }, 12)).toBe('none');
  });
  it('turns a difference into a level with the baseline', () => {
    const m = measure({ target: { kind: 'noMoreThan', level: 20 }, valueBasis: 'changeFromBaseline', baseline: { value: 15, label: 'avg' } });
    expect(measureStatus(m, 7)).toMatchObject({ status: 'red', compared: 22 });
  });
});

describe('zero targets', () => {
  it('any amount over a zero ceiling is significantly worse', () => {
    const zero = measure({ target: { kind: 'noMoreThan', level: 0 } });
    expect(measureStatus(zero, 0)).toMatchObject({ status: 'green', differenceFromTarget: 0 });
    expect(measureStatus(zero, 2)).toMatchObject({ status: 'red', differenceFromTarget: null });
  });
  it('any amount over a zero floor is significantly better', () => {
    expect(status(measure({ target: { kind: 'reachLevel', level: 0 } }), 3)).toBe('blue');
  });
  it('a zero % change target is compared in points, so it is never undefined', () => {
    const m = measure({ target: { kind: 'changeVsBaseline', percent: 0 }, direction: 'higherIsBetter', unit: 'percent', valueBasis: 'percentChange' });
    expect(measureStatus(m, -2)).toMatchObject({ status: 'amber', differenceFromTarget: -2 });
  });
});

describe('missing data and flags', () => {
  const m = measure();
  it('gives no status for a missing or invalid value', () => {
    expect(measureStatus(m, null)).toMatchObject({ status: 'none', reason: 'No value is recorded for this period.', differenceFromTarget: null });
    expect(status(m, undefined)).toBe('none');
    expect(measureStatus(m, Number.NaN).reason).toBe('The recorded value is not a number.');
    expect(status(m, Number.POSITIVE_INFINITY)).toBe('none');
  });
  it('rates a no-longer-measured measure as such, value or not', () => {
    expect(status({ ...m, noLongerMeasured: true }, 50)).toBe('noLongerMeasured');
    expect(status({ ...m, noLongerMeasured: true }, null)).toBe('noLongerMeasured');
  });
  it('gives no status without a target', () => {
    expect(measureStatus({ ...m, target: null }, 5).reason).toBe('No target is set, so the measure is not rated.');
  });
  it('does not let "new this year" change anything', () => {
    expect(measureStatus({ ...m, newThisYear: true }, 94)).toEqual(measureStatus(m, 94));
  });
});

describe('monitor-only (reference footnote b: no RAGB unless ±10%)', () => {
  const changeMeasure = measure({ monitorOnly: true, target: null, direction: 'lowerIsBetter', unit: 'percent', valueBasis: 'percentChange' });
  const countMeasure = measure({ monitorOnly: true, target: null, direction: 'lowerIsBetter', unit: 'count', baseline: { value: 200, label: '2016-17' } });
  it('is unrated inside ±10%', () => {
    expect(measureStatus(changeMeasure, 9.9)).toMatchObject({ status: 'none', differenceFromTarget: 9.9 });
    expect(measureStatus(countMeasure, 212).reason).toBe('Monitor only: the change of +6% is within ±10%, so no RAGB is assigned.');
    expect(status(changeMeasure, 0)).toBe('none');
  });
  it('is Red or Blue, by direction, at or beyond ±10%', () => {
    expect(status(changeMeasure, 10)).toBe('red');
    expect(status(changeMeasure, -10)).toBe('blue');
    expect(status(countMeasure, 220)).toBe('red');
    expect(measureStatus(countMeasure, 170)).toMatchObject({ status: 'blue', differenceFromTarget: -15, compared: 170, target: 200 });
    expect(status({ ...countMeasure, direction: 'higherIsBetter' }, 170)).toBe('red');
  });
  it('ignores any target it has', () => {
    expect(status({ ...changeMeasure, target: { kind: 'reduceVsBaseline' } }, 6)).toBe('none');
  });
  it('honours the measure’s and the plan’s thresholds', () => {
    expect(status({ ...changeMeasure, monitorThreshold: 5 }, 6)).toBe('red');
    expect(status(changeMeasure, 12, { ...DEFAULT_THRESHOLDS, monitorOnly: 15 })).toBe('none');
  });
  it('measures a difference from the baseline', () => {
    expect(measureStatus({ ...countMeasure, valueBasis: 'changeFromBaseline' }, -30)).toMatchObject({ status: 'blue', compared: 170 });
  });
  it('uses points for % levels if the plan says so', () => {
    const pct = measure({ monitorOnly: true, target: null, direction: 'higherIsBetter', unit: 'percent', baseline: { value: 80, label: '2016-17' } });
    expect(status(pct, 71)).toBe('red'); // −11.25% relative
    expect(measureStatus(pct, 71, { ...DEFAULT_THRESHOLDS, percentLevelBasis: 'percentagePoints' })).toMatchObject({
      status: 'none',
      basis: 'percentagePoints',
      differenceFromTarget: -9,
    });
  });
  it('cannot be rated without a usable baseline', () => {
    expect(measureStatus({ ...countMeasure, baseline: null }, 220).reason).toBe(
      'Monitor only. No baseline value is recorded, so the change cannot be measured.',
    );
    expect(status({ ...countMeasure, baseline: { value: 0, label: 'x' } }, 220)).toBe('none');
  });
});

describe('statusMovement', () => {
  it('ranks Red < Amber < Green < Blue', () => {
    expect(statusMovement('amber', 'red')).toBe('worsened');
    expect(statusMovement('green', 'blue')).toBe('improved');
    expect(statusMovement('red', 'red')).toBe('unchanged');
    expect(statusMovement('none', 'red')).toBeNull();
    expect(statusMovement('green', 'noLongerMeasured')).toBeNull();
  });
});

describe('words and styles', () => {
  it('describes targets', () => {
    const base = { baseline: { value: null, label: '2015-16' }, unit: 'percent' as const };
    expect(describeTarget({ ...base, target: { kind: 'reduceVsBaseline' } })).toBe('A reduction compared to 2015-16');
    expect(describeTarget({ ...base, target: { kind: 'changeVsBaseline', percent: 10 } })).toBe('A 10% increase compared to 2015-16');
    expect(describeTarget({ ...base, baseline: null, target: { kind: 'changeVsBaseline', percent: -50, by: '2020-12-31' } })).toBe(
      'A 50% reduction compared to the baseline by December 2020',
    );
    expect(describeTarget({ ...base, target: { kind: 'reachLevel', level: 60 } })).toBe('Reach 60%');
    expect(describeTarget({ ...base, target: { kind: 'noMoreThan', level: 7, by: '2018-03-31' } })).toBe('No more than 7% by March 2018');
    expect(describeTarget({ ...base, target: null })).toBe('No target (monitor only)');
  });
  it('formats figures', () => {
    expect(formatNumber(29.64)).toBe('29.6');
    expect(formatNumber(-48.7)).toBe('−48.7');
    expect(formatNumber(21736)).toBe('21,736');
    expect(formatNumber(-0.01)).toBe('0');
    expect(formatValue(55.7, 'percent')).toBe('55.7%');
    expect(formatValue(1, 'percentagePoints')).toBe('1 percentage point');
    expect(formatValue(36705, 'currency')).toBe('£36,705');
    expect(formatValue(12.5, 'currency')).toBe('£12.50');
    expect(formatValue(-3, 'currency')).toBe('−£3');
    expect(formatValue(12, 'minutes')).toBe('12 minutes');
    expect(formatValue(0.764, 'rate')).toBe('0.76');
  });
  it('prints the reference key wording with the plan’s threshold', () => {
    expect(ragbKeyText('blue')).toBe('Significantly better than Target >5% difference');
    expect(ragbKeyText('amber', { ...DEFAULT_THRESHOLDS, significance: 3 })).toBe('Close to achieving Target (within 3%)');
  });
  it('gives every status a letter, a distinct symbol and readable text', () => {
    const styles = Object.values(MEASURE_STATUS_STYLE);
    expect(new Set(styles.map((s) => s.symbol)).size).toBe(styles.length);
    for (const s of styles) expect(contrastRatio(s.fill, s.text), s.label).toBeGreaterThanOrEqual(MIN_TEXT_CONTRAST);
    expect(MEASURE_STATUS_STYLE.red).toMatchObject({ letter: 'R', symbol: '●', fill: '#C00000' });
  });
});
