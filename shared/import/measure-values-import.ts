// Performance-measure values from a spreadsheet: one row per (measure, period, value[, note]).
// Measures are matched by name (case-insensitive, spaces collapsed, a leading "NEW:" ignored on
// either side); periods are read by shared/periods; a blank value means "no data" for that period.
import type { Measure } from '../measures/model';
import type { ImportField, MappedRow, RowError } from './mapping';
import { idValue, numberValue, short, textValue } from './mapping';
import { MEASURE_NOTE_LIMIT } from '../backup/schema-measures';
import { must } from '../records/must';

export const MEASURE_VALUE_FIELDS: readonly ImportField[] = [
  { key: 'measure', label: 'Measure', required: true, type: 'text', aliases: ['Measure name', 'Performance measure', 'Indicator', 'KPI', 'Name'] },
  {
    key: 'period',
    label: 'Period',
    required: true,
    type: 'period',
    aliases: ['Month', 'Quarter', 'Reporting period', 'Year', 'Date'],
    hint: '"Q2 2017/18", "Jul-17" or "2017/18".',
  },
  {
    key: 'value',
    label: 'Value',
    required: false,
    type: 'number',
    aliases: ['Figure', 'Actual', 'Result', 'Performance', 'Value (%)'],
    hint: 'A blank value records "no data" for the period.',
  },
  { key: 'note', label: 'Note', required: false, type: 'text', maxLength: MEASURE_NOTE_LIMIT, aliases: ['Notes', 'Comment', 'Comments'] },
];

export interface ImportedMeasureValue {
  readonly rowNumber: number;
  readonly measureId: string;
  readonly periodId: string;
  /** Null records "no data" for the period. */
  readonly value: number | null;
  readonly note: string;
}

export interface MeasureValuesImportResult {
  readonly values: readonly ImportedMeasureValue[];
  readonly errors: readonly RowError[];
  /** "40 values for 10 measures", "3 with no data". */
  readonly summary: readonly string[];
}

/** A measure's name as compared: "NEW: Victim satisfaction" and "victim  satisfaction" are the same. */
export function measureNameKey(name: string): string {
  return name
    .trim()
    .replace(/^new\s*:\s*/i, '')
    .replace(/\s+/g, ' ')
    .toLowerCase();
}

/** The values from mapped rows (see MEASURE_VALUE_FIELDS). Never throws. */
export function buildMeasureValuesImport(
  rows: readonly MappedRow[],
  options: { readonly measures: readonly Pick<Measure, 'id' | 'name'>[] },
): MeasureValuesImportResult {
  const byName = new Map<string, string>();
  const ambiguous = new Set<string>();
  for (const m of options.measures) {
    const key = measureNameKey(m.name);
    if (byName.has(key) && byName.get(key) !== m.id) ambiguous.add(key);
    else byName.set(key, m.id);
  }
  const errors: RowError[] = [];
  const values: ImportedMeasureValue[] = [];
  const seen = new Map<string, number>();
  for (const row of rows) {
    const before = errors.length;
    const err = (column: string, message: string) => errors.push({ row: row.rowNumber, column, message });
    const name = textValue(row, 'measure');
    const key = measureNameKey(name);
    const measureId = byName.get(key);
    if (name === '') err('Measure', 'Measure is missing.');
    else if (ambiguous.has(key)) err('Measure', `More than one measure is called "${short(name)}": rename one and import again.`);
    else if (measureId === undefined) err('Measure', `No measure called "${short(name)}" in this plan.`);
    const periodId = idValue(row, 'period');
    // An unreadable period or value is reported by applyMapping; its value here is null.
    if (measureId !== undefined && periodId !== null && !ambiguous.has(key)) {
      const pair = `${measureId}\u0000${periodId}`;
      const first = seen.get(pair);
      if (first !== undefined) err('Period', `Row ${first} already gives "${short(name)}" for this period.`);
      else seen.set(pair, row.rowNumber);
    }
    if (errors.length > before || measureId === undefined || periodId === null) continue;
    values.push({ rowNumber: row.rowNumber, measureId, periodId, value: numberValue(row, 'value'), note: textValue(row, 'note') });
  }
  const measures = new Set(values.map((v) => v.measureId)).size;
  const noData = values.filter((v) => v.value === null).length;
  const n = (count: number, one: string, many: string) => `${count.toLocaleString('en-GB')} ${count === 1 ? one : many}`;
  const summary = [`${n(values.length, 'value', 'values')} for ${n(measures, 'measure', 'measures')}`];
  if (noData > 0) summary.push(`${n(noData, 'period', 'periods')} with no data`);
  if (rows.length > 0 && values.length === 0 && errors.length === 0)
    errors.push({ row: must(rows[0], 'rows[0]').rowNumber, column: 'Measure', message: 'No values to import.' });
  return { values, errors, summary };
}
