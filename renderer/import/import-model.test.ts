import { describe, expect, it } from 'vitest';
import { MEASURE_VALUE_FIELDS, buildMeasureValuesImport, guessMapping } from '../../shared/import';
import { columnCount, columnOptionLabel, computePreview } from './import-model';

const sheet = {
  name: 'S',
  rows: [
    ['Measure', 'Period', 'Value'],
    ['All Crime', 'Jul-17', '5'],
    ['Burglary', 'Aug-17', 'x'],
  ],
};
const measures = [{ id: 'm1', name: 'All Crime' }];
const preview = (rows: Parameters<typeof buildMeasureValuesImport>[0]) => buildMeasureValuesImport(rows, { measures });

describe('computePreview', () => {
  it('merges mapping and owner errors and blocks import until clean', () => {
    const state = computePreview(sheet, 0, guessMapping(sheet.rows[0]!, MEASURE_VALUE_FIELDS), MEASURE_VALUE_FIELDS, {}, preview);
    expect(state.errors.map((e) => [e.row, e.column])).toEqual([
      [3, 'Value'],
      [3, 'Measure'],
    ]);
    expect([...state.errorRows]).toEqual([3]);
    expect(state.canImport).toBe(false);
    const clean = computePreview(
      { ...sheet, rows: sheet.rows.slice(0, 2) },
      0,
      guessMapping(sheet.rows[0]!, MEASURE_VALUE_FIELDS),
      MEASURE_VALUE_FIELDS,
      {},
      preview,
    );
    expect(clean).toMatchObject({ canImport: true, summary: ['1 value for 1 measure'], errors: [] });
  });
  it('reports mapping problems and empty sheets; survives an owner that throws', () => {
    expect(computePreview(sheet, 0, { measure: null, period: 1, value: 2, note: null }, MEASURE_VALUE_FIELDS, {}, preview).problems).toEqual([
      'Choose the column for "Measure".',
    ]);
    expect(computePreview(sheet, 2, guessMapping(sheet.rows[0]!, MEASURE_VALUE_FIELDS), MEASURE_VALUE_FIELDS, {}, preview).problems).toEqual([
      'There are no rows below the header row to import.',
    ]);
    const boom = computePreview(sheet, 0, guessMapping(sheet.rows[0]!, MEASURE_VALUE_FIELDS), MEASURE_VALUE_FIELDS, {}, () => {
      throw new Error('x');
    });
    expect(boom.canImport).toBe(false);
  });
  it('labels columns', () => {
    expect(columnOptionLabel(['Ref', ''], 0)).toBe('A: Ref');
    expect(columnOptionLabel(['Ref', ''], 1)).toBe('Column B');
    expect(columnCount(sheet)).toBe(3);
  });
});
