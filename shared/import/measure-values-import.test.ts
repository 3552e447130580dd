import { describe, expect, it } from 'vitest';
import { applyMapping, guessMapping, mergeErrors } from './mapping';
import { MEASURE_VALUE_FIELDS, buildMeasureValuesImport, measureNameKey } from './measure-values-import';

const measures = [
  { id: 'm1', name: 'All Crime' },
  { id: 'm2', name: 'NEW: Victim satisfaction' },
];

function run(rows: string[][]) {
  const mapped = applyMapping(rows, 0, guessMapping(rows[0]!, MEASURE_VALUE_FIELDS), MEASURE_VALUE_FIELDS);
  const result = buildMeasureValuesImport(mapped.rows, { measures });
  return { result, errors: mergeErrors(mapped.errors, result.errors) };
}

describe('buildMeasureValuesImport', () => {
  it('matches measures by name ignoring case and "NEW:", reads periods and values', () => {
    const { result, errors } = run([
      ['Measure', 'Period', 'Value', 'Note'],
      ['all crime', 'Jul-17', '1,234', ''],
      ['Victim Satisfaction', 'Q2 2017/18', '55.7%', 'Provisional'],
      ['NEW: victim satisfaction', 'Q3 2017/18', '', 'Currently unavailable'],
      ['All Crime', '2017/18', '£1,200', ''],
      ['All Crime', 'Aug-17', '-3.2', ''],
    ]);
    expect(errors).toEqual([]);
    expect(result.values.map(({ measureId, periodId, value, note }) => ({ measureId, periodId, value, note }))).toEqual([
      { measureId: 'm1', periodId: 'm2017-07', value: 1234, note: '' },
      { measureId: 'm2', periodId: 'fy2017q2', value: 55.7, note: 'Provisional' },
      { measureId: 'm2', periodId: 'fy2017q3', value: null, note: 'Currently unavailable' },
      { measureId: 'm1', periodId: 'fy2017', value: 1200, note: '' },
      { measureId: 'm1', periodId: 'm2017-08', value: -3.2, note: '' },
    ]);
    expect(result.summary).toEqual(['5 values for 2 measures', '1 period with no data']);
  });

  it('reports unknown measures, bad periods and values, and duplicate (measure, period) rows', () => {
    const { errors, result } = run([
      ['Measure', 'Period', 'Value'],
      ['Burglary', 'Jul-17', '1'],
      ['All Crime', 'Julember', '1'],
      ['All Crime', 'Jul-17', 'lots'],
      ['All Crime', 'Q2 2017/18', '5'],
      ['all crime', 'q2 2017-18', '6'],
    ]);
    expect(errors.map((e) => [e.row, e.column, e.message])).toEqual([
      [2, 'Measure', 'No measure called "Burglary" in this plan.'],
      [3, 'Period', expect.stringContaining('"Julember" is not a reporting period')],
      [4, 'Value', '"lots" is not a number.'],
      [6, 'Period', 'Row 5 already gives "all crime" for this period.'],
    ]);
    expect(result.values.map((v) => v.rowNumber)).toEqual([4, 5]);
  });

  it('measureNameKey', () => {
    expect(measureNameKey('  NEW:  Victim   Satisfaction ')).toBe('victim satisfaction');
  });
});
