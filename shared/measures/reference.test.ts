// The nine Red measures of the reference paper's table 4.6 (performance to September 2017), entered
// with targets read from their wording and their Jul-17 and Sep-17 values. Each case states how the
// "more than 5% difference" was applied. All must be Red for Sep-17 under the default rules.
import { describe, expect, it } from 'vitest';
import { measureStatus } from './status';
import { DEFAULT_THRESHOLDS } from './model';
import type { Measure } from './model';
import { measure } from './test-fixtures';

interface Case {
  readonly name: string;
  readonly measure: Measure;
  readonly jul17: number;
  readonly sep17: number;
  /** Expected Sep-17 difference from target (basis units) and basis. */
  readonly sepDifference: number;
  readonly basis: 'percentagePoints' | 'relative';
  readonly how: string;
}

const pctChange = (name: string, target: Measure['target'], direction: Measure['direction'], baselineLabel: string): Measure =>
  measure({ id: name, name, target, direction, unit: 'percent', valueBasis: 'percentChange', baseline: { value: null, label: baselineLabel } });

const CASES: readonly Case[] = [
  {
    name: '1. A reduction in All Crime compared to 2015-16',
    measure: pctChange('all-crime', { kind: 'reduceVsBaseline' }, 'lowerIsBetter', '2015-16'),
    jul17: 35.9,
    sep17: 29.6,
    sepDifference: 29.6,
    basis: 'percentagePoints',
    how: 'value is the % change on 2015-16 (+29.6%); target is any reduction (0%); 29.6 points worse > 5 points',
  },
  {
    name: '2. A reduction in Victim-Based Crime compared to 2015-16',
    measure: pctChange('victim-based', { kind: 'reduceVsBaseline' }, 'lowerIsBetter', '2015-16'),
    jul17: 33.6,
    sep17: 27.8,
    sepDifference: 27.8,
    basis: 'percentagePoints',
    how: '+27.8% against a 0% target: 27.8 points worse > 5 points',
  },
  {
    name: '3. To reduce the levels of rural crime compared to 2015-16',
    measure: pctChange('rural', { kind: 'reduceVsBaseline' }, 'lowerIsBetter', '2015-16'),
    jul17: 28.9,
    sep17: 25.3,
    sepDifference: 25.3,
    basis: 'percentagePoints',
    how: '+25.3% against a 0% target: 25.3 points worse > 5 points',
  },
  {
    name: '4. A reduction in non-crime related mental health patients detained in custody suites',
    // 5.8–5.9: two people were taken to custody in Q1 2017-18 against (we infer) one in the same quarter
    // of 2016-17, so the 100% is a +100% change on last year — tiny numbers, hence "Red despite improvement".
    measure: pctChange('mental-health', { kind: 'reduceVsBaseline' }, 'lowerIsBetter', 'same period 2016-17'),
    jul17: 100,
    sep17: 100,
    sepDifference: 100,
    basis: 'percentagePoints',
    how: 'value is the % change on last year (+100%: 2 against 1); target is a reduction (0%); 100 points worse > 5 points',
  },
  {
    name: '5. A 10% increase in the number of POCA orders compared to 2016-17',
    // 5.10: "a reduction of 38.7%, placing the Force 48.7 percentage points below the 10% increase
    // target": the table's −46% / −48.7% are gaps from the target, so the changes entered are −36% and −38.7%.
    measure: pctChange('poca', { kind: 'changeVsBaseline', percent: 10 }, 'higherIsBetter', '2016-17'),
    jul17: -36,
    sep17: -38.7,
    sepDifference: -48.7,
    basis: 'percentagePoints',
    how: 'value is the % change on 2016-17 (−38.7%); target +10%; 48.7 points below (the figure the paper prints) > 5 points',
  },
  {
    name: '6. Increase BME representation within the Force to reflect the BME community (11.2%)',
    measure: measure({ id: 'bme', target: { kind: 'reachLevel', level: 11.2 }, direction: 'higherIsBetter', unit: 'percent', valueBasis: 'level' }),
    jul17: 4.3,
    sep17: 4.7,
    sepDifference: ((4.7 - 11.2) / 11.2) * 100,
    basis: 'relative',
    how: 'a level target in %: 4.7% is 58.0% below 11.2% (relative) > 5% (also 6.5 points, Red on either basis)',
  },
  {
    name: '7. Percentage of people who agree that the police and local councils are dealing with ASB',
    measure: measure({
      id: 'asb',
      target: { kind: 'reachLevel', level: 60 },
      direction: 'higherIsBetter',
      unit: 'percent',
      valueBasis: 'level',
      newThisYear: true,
    }),
    jul17: 56.7,
    sep17: 55.7,
    sepDifference: ((55.7 - 60) / 60) * 100,
    basis: 'relative',
    how: 'a level target in %: 55.7% is 7.2% below 60% (relative) > 5%. In points it is only 4.3 (Amber) — the paper grades it Red, which is why % levels are compared relatively',
  },
  {
    name: '8. A reduction in the number of repeat victims of hate crime compared to 2016-17',
    // 5.23–5.24: 22 repeat victims in September against a 2016/17 monthly average of 15: "7 more".
    measure: measure({
      id: 'hate-repeat',
      target: { kind: 'reduceVsBaseline' },
      direction: 'lowerIsBetter',
      unit: 'count',
      valueBasis: 'changeFromBaseline',
      baseline: { value: 15, label: '2016/17 monthly average' },
      newThisYear: true,
    }),
    jul17: -1,
    sep17: 7,
    sepDifference: (7 / 15) * 100,
    basis: 'relative',
    how: 'value is the difference from the baseline (+7, so 22 against 15); a count, so relative: 46.7% above the target of 15 > 5%',
  },
  {
    name: "9. The number of people Killed or Seriously Injured (KSIs) on Nottinghamshire's roads (50% by 2020)",
    measure: pctChange('ksi', { kind: 'changeVsBaseline', percent: -50, by: '2020-12-31' }, 'lowerIsBetter', '2005-2009 average'),
    jul17: -40.1,
    sep17: -33.6,
    sepDifference: 16.4,
    basis: 'percentagePoints',
    how: 'value is the % change on the 2005-09 baseline (−33.6%); target −50% by 2020 (compared with the end target); 16.4 points short > 5 points',
  },
];

describe('reference table 4.6: the nine Red measures, Sep-17', () => {
  it.each(CASES)('$name is Red ($how)', (c) => {
    const result = measureStatus(c.measure, c.sep17, DEFAULT_THRESHOLDS);
    expect(result.status).toBe('red');
    expect(result.basis).toBe(c.basis);
    expect(result.differenceFromTarget).toBeCloseTo(c.sepDifference, 9);
    expect(Math.abs(result.differenceFromTarget ?? 0)).toBeGreaterThan(DEFAULT_THRESHOLDS.significance);
  });

  it('makes nine Red, 41% of the 22 targets', () => {
    expect(CASES.filter((c) => measureStatus(c.measure, c.sep17).status === 'red')).toHaveLength(9);
  });

  it('reproduces the paper’s own gap figures', () => {
    const [poca, asb] = [CASES[4]!, CASES[6]!];
    expect(measureStatus(poca.measure, poca.sep17).reason).toContain('48.7 percentage points worse than the target (A 10% increase compared to 2016-17)');
    expect(measureStatus(asb.measure, asb.sep17).reason).toBe('7.2% worse than the target (Reach 60%); more than 5%, so significantly worse than target.');
    expect(measureStatus(asb.measure, asb.sep17).compared).toBe(55.7);
  });

  it('POCA is Red too if the table figures are entered literally as changes', () => {
    const poca = CASES[4]!;
    expect(measureStatus(poca.measure, -48.7)).toMatchObject({ status: 'red', basis: 'percentagePoints' });
    expect(measureStatus(poca.measure, -48.7).differenceFromTarget).toBeCloseTo(-58.7, 9);
  });

  it('ASB would be Amber if a plan chose percentage points for % levels', () => {
    const asb = CASES[6]!;
    const r = measureStatus(asb.measure, asb.sep17, { ...DEFAULT_THRESHOLDS, percentLevelBasis: 'percentagePoints' });
    expect(r.status).toBe('amber');
    expect(r.differenceFromTarget).toBeCloseTo(-4.3, 9);
  });
});

describe('reference table 4.6, Jul-17 (computed; the paper gives only the Jul-17 totals)', () => {
  it('rates the Jul-17 values', () => {
    const jul = Object.fromEntries(CASES.map((c) => [c.measure.id, measureStatus(c.measure, c.jul17).status]));
    expect(jul).toEqual({
      'all-crime': 'red',
      'victim-based': 'red',
      rural: 'red',
      'mental-health': 'red',
      poca: 'red',
      bme: 'red',
      asb: 'red', // 56.7% is 5.5% below 60%
      // 14 against 15 is 6.7% better. The paper's Jul-17 column has no Blue, so the Force likely used the
      // unrounded monthly average (e.g. 14.6, giving Green); left open in the README.
      'hate-repeat': 'blue',
      ksi: 'red', // −40.1% against −50%: 9.9 points short of the 2020 target; no trajectory is modelled
    });
  });
});
