// Sample records of this feature, added to the first-run sample database (reference-paper.ts).
// The nine Red measures of the reference paper's table 4.6 with their Jul-17 and Sep-17 values, entered
// as shared/measures/reference.test.ts encodes them, in the sample delivery plan (shared/sample/plan.ts).
import type { DatabaseSnapshot } from '../backup/snapshot';
import type { Measure, MeasureValue } from '../measures/model';
import type { RecordMeta } from '../records/meta';
import { SAMPLE_BY, SAMPLE_CREATED_AT, SAMPLE_UPDATED_AT } from './ids';
import { SAMPLE_PLAN_ID } from './plan';

const GROUPS = { measure: 40, value: 41 } as const;

export function sampleMeasureId(group: keyof typeof GROUPS, n: number): string {
  return `5a3e1e00-2017-4000-80${GROUPS[group]}-${n.toString(16).padStart(12, '0')}`;
}

const meta = (group: keyof typeof GROUPS, n: number): RecordMeta => ({
  id: sampleMeasureId(group, n),
  createdAt: SAMPLE_CREATED_AT,
  updatedAt: SAMPLE_UPDATED_AT,
  updatedBy: SAMPLE_BY,
  deletedAt: null,
});

export const SAMPLE_JUL17 = 'm2017-07';
export const SAMPLE_SEP17 = 'm2017-09';
const SOURCE = 'Force Performance and Insight Report to September 2017';

type Init = Pick<Measure, 'name' | 'target' | 'direction' | 'unit' | 'valueBasis' | 'baseline'> &
  Partial<Pick<Measure, 'newThisYear' | 'objective'>> & { jul: number; sep: number; note?: string };

const pctChange = (
  name: string,
  target: Measure['target'],
  direction: Measure['direction'],
  baselineLabel: string,
  jul: number,
  sep: number,
  note = '',
): Init => ({
  name,
  target,
  direction,
  unit: 'percent',
  valueBasis: 'percentChange',
  baseline: { value: null, label: baselineLabel },
  jul,
  sep,
  note,
});

const MEASURES: readonly Init[] = [
  pctChange('A reduction in All Crime compared to 2015-16', { kind: 'reduceVsBaseline' }, 'lowerIsBetter', '2015-16', 35.9, 29.6),
  pctChange('A reduction in Victim-Based Crime compared to 2015-16', { kind: 'reduceVsBaseline' }, 'lowerIsBetter', '2015-16', 33.6, 27.8),
  pctChange(
    'To reduce the levels of rural crime compared to 2015-16 and report on: 1.1. Rural and 1.2. Urban',
    { kind: 'reduceVsBaseline' },
    'lowerIsBetter',
    '2015-16',
    28.9,
    25.3,
  ),
  pctChange(
    'A reduction in the number of non-crime related mental health patients detained in custody suites',
    { kind: 'reduceVsBaseline' },
    'lowerIsBetter',
    'same period 2016-17',
    100,
    100,
    '2 people against 1 in the same quarter last year.',
  ),
  pctChange(
    'A 10% increase in the number of POCA orders compared to 2016-17',
    { kind: 'changeVsBaseline', percent: 10 },
    'higherIsBetter',
    '2016-17',
    -36,
    -38.7,
    'The paper prints the gap from the +10% target (−46%, −48.7%); the change itself is entered.',
  ),
  {
    name: 'Increase BME representation within the Force to reflect the BME community',
    target: { kind: 'reachLevel', level: 11.2 },
    direction: 'higherIsBetter',
    unit: 'percent',
    valueBasis: 'level',
    baseline: null,
    jul: 4.3,
    sep: 4.7,
  },
  {
    name: 'Percentage of people who agree that the police and local councils are dealing with Anti-Social Behaviour and other crime issues',
    target: { kind: 'reachLevel', level: 60 },
    direction: 'higherIsBetter',
    unit: 'percent',
    valueBasis: 'level',
    baseline: null,
    newThisYear: true,
    jul: 56.7,
    sep: 55.7,
  },
  {
    name: 'A reduction in the number of repeat victims of hate crime compared to 2016-17',
    target: { kind: 'reduceVsBaseline' },
    direction: 'lowerIsBetter',
    unit: 'count',
    valueBasis: 'changeFromBaseline',
    baseline: { value: 15, label: '2016/17 monthly average' },
    newThisYear: true,
    jul: -1,
    sep: 7,
  },
  {
    ...pctChange(
      "The number of people Killed or Seriously Injured (KSIs) on Nottinghamshire's roads",
      { kind: 'changeVsBaseline', percent: -50, by: '2020-12-31' },
      'lowerIsBetter',
      '2005-2009 average',
      -40.1,
      -33.6,
    ),
    newThisYear: true,
  },
];

export function sampleMeasureTables(): Partial<Pick<DatabaseSnapshot, 'measures' | 'measureValues'>> {
  const measures: Measure[] = MEASURES.map((m, i) => ({
    ...meta('measure', i + 1),
    planId: SAMPLE_PLAN_ID,
    themeId: null,
    position: i + 1,
    name: m.name,
    objective: m.objective ?? '',
    target: m.target,
    direction: m.direction,
    unit: m.unit,
    valueBasis: m.valueBasis,
    baseline: m.baseline,
    source: SOURCE,
    monitorOnly: false,
    monitorThreshold: null,
    newThisYear: m.newThisYear ?? false,
    noLongerMeasured: false,
  }));
  const measureValues: MeasureValue[] = MEASURES.flatMap((m, i) => [
    { ...meta('value', i * 2 + 1), measureId: sampleMeasureId('measure', i + 1), periodId: SAMPLE_JUL17, value: m.jul, note: '' },
    { ...meta('value', i * 2 + 2), measureId: sampleMeasureId('measure', i + 1), periodId: SAMPLE_SEP17, value: m.sep, note: m.note ?? '' },
  ]);
  return { measures, measureValues };
}
