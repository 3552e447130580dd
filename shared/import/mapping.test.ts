import { describe, expect, it } from 'vitest';
import { defaultStatusKey } from '../plans/status-key';
import { applyMapping, columnLetter, guessHeaderRow, guessMapping } from './mapping';
import type { ImportField } from './mapping';
import { MAX_CELL_CHARS } from './limits';
import { PLAN_FIELDS } from './plan-import';
import { MEASURE_VALUE_FIELDS } from './measure-values-import';
import { matchStatus, parseDateText, parseNumberText, parsePeriodText } from './values';

describe('values', () => {
  it('parseNumberText', () => {
    expect(['55.7%', '1,234', '-3.2', '£1,200', '(3.2)', '+7', '−4', ' 12 ', '1 234', '2.1pp', '.5'].map(parseNumberText)).toEqual([
      55.7, 1234, -3.2, 1200, -3.2, 7, -4, 12, 1234, 2.1, 0.5,
    ]);
    expect(['', 'n/a', '1,23', '12abc', '=1+1', '1e400', '--1', '%'].map(parseNumberText)).toEqual([null, null, null, null, null, null, null, null]);
  });
  it('parseDateText reads day-first dates, month names, serials', () => {
    expect(parseDateText('2018-03-31')).toBe('2018-03-31');
    expect(parseDateText('2018-03-31T00:00:00')).toBe('2018-03-31');
    expect(parseDateText('31/03/2018')).toBe('2018-03-31');
    expect(parseDateText('1/4/18')).toBe('2018-04-01');
    expect(parseDateText('31 March 2018')).toBe('2018-03-31');
    expect(parseDateText('31-Mar-18')).toBe('2018-03-31');
    expect(parseDateText('March 2018')).toBe('2018-03-31');
    expect(parseDateText('43190')).toBe('2018-03-31');
    expect(['31/02/2018', '13/13/2018', 'soon', '12', '2018', 'Q2 2017/18'].map((t) => parseDateText(t))).toEqual([null, null, null, null, null, null]);
  });
  it('parsePeriodText uses the app periods', () => {
    expect(
      ['Q2 2017/18', 'q2 2017-18', '2017/18 Q2', 'Q2 FY2017/18', 'Jul-17', 'July 2017', '2017/18', 'fy2017q2', '2017-07-01'].map((t) => parsePeriodText(t)?.id),
    ).toEqual(['fy2017q2', 'fy2017q2', 'fy2017q2', 'fy2017q2', 'm2017-07', 'm2017-07', 'fy2017', 'fy2017q2', 'm2017-07']);
    expect(parsePeriodText('Year to date', [{ id: 'u1', label: 'Year to Date', start: '2017-04-01', end: '2017-09-30' }])?.id).toBe('custom:u1');
    expect(['Q5 2017/18', 'Q2 2017/19', 'Jul-0999', 'Smarch-17', ''].map((t) => parsePeriodText(t))).toEqual([null, null, null, null, null]);
  });
  it('matchStatus by id, label, letter, case-insensitively', () => {
    const key = defaultStatusKey({ includeBlue: true });
    expect(['Green', 'G', 'amber', 'R', 'NS', 'White', 'white (ns)', 'notStarted', 'Not started', 'blue'].map((t) => matchStatus(t, key)?.id)).toEqual([
      'green',
      'green',
      'amber',
      'red',
      'notStarted',
      'notStarted',
      'notStarted',
      'notStarted',
      'notStarted',
      'blue',
    ]);
    expect(matchStatus('Purple', key)).toBeNull();
  });
});

describe('guessMapping', () => {
  it('maps headers to fields by label and aliases, each column once', () => {
    const headers = ['Theme', 'Theme title', 'Ref', 'Org', 'Lead Officer', 'Email', 'Activity', '*', 'Due date', 'RAG status', 'Progress update', 'Other'];
    expect(guessMapping(headers, PLAN_FIELDS)).toEqual({
      themeNumber: 0,
      themeTitle: 1,
      objectives: null,
      ref: 2,
      organisation: 3,
      leadName: 4,
      leadEmail: 5,
      activity: 6,
      marker: 7,
      dueDate: 8,
      when: null,
      status: 9,
      update: 10,
    });
    // An action plan's columns.
    expect(guessMapping(['Objective', 'Action', 'Owner', 'Completion date or frequency'], PLAN_FIELDS)).toMatchObject({
      themeTitle: 0,
      activity: 1,
      leadName: 2,
      when: 3,
      ref: null,
      dueDate: null,
    });
    expect(guessMapping(['Measure', 'Month', 'Value', 'Notes'], MEASURE_VALUE_FIELDS)).toEqual({ measure: 0, period: 1, value: 2, note: 3 });
    expect(guessMapping([], MEASURE_VALUE_FIELDS)).toEqual({ measure: null, period: null, value: null, note: null });
  });
  it('guessHeaderRow finds the header under a title row', () => {
    expect(guessHeaderRow([['Delivery plan 2017/18'], [], ['Measure', 'Period', 'Value'], ['x', 'Jul-17', '1']], MEASURE_VALUE_FIELDS)).toBe(2);
  });
  it('columnLetter', () => {
    expect([0, 25, 26, 199].map(columnLetter)).toEqual(['A', 'Z', 'AA', 'GR']);
  });
});

describe('applyMapping', () => {
  const fields: ImportField[] = [
    { key: 'name', label: 'Name', required: true, type: 'text', aliases: [] },
    { key: 'when', label: 'When', required: false, type: 'date', aliases: [] },
    { key: 'n', label: 'Number', required: false, type: 'number', aliases: [] },
    { key: 'status', label: 'Status', required: false, type: 'status', aliases: [] },
    { key: 'period', label: 'Period', required: false, type: 'period', aliases: [] },
    { key: 'unused', label: 'Unused', required: false, type: 'text', aliases: [] },
  ];
  const mapping = { name: 0, when: 1, n: 2, status: 3, period: 4, unused: null };
  const context = { statusKey: defaultStatusKey() };

  it('types values, skips blank rows, gives spreadsheet row numbers for errors', () => {
    const rows = [
      ['Name', 'When', 'Number', 'Status', 'Period'],
      ['  A\u0007 ', '31/03/2018', '55.7%', 'G', 'Q2 2017/18'],
      ['', '', '', '', ''],
      ['B', 'soon', 'lots', 'Purple', 'Q9'],
      ['', '2018-01-01'],
      ['=HYPERLINK("http://evil","x")'],
    ];
    const r = applyMapping(rows, 0, mapping, fields, context);
    expect(r.problems).toEqual([]);
    expect(r.rows.map((x) => x.rowNumber)).toEqual([2, 4, 5, 6]);
    expect(r.rows[0]!.values).toEqual({ name: 'A', when: '2018-03-31', n: 55.7, status: 'green', period: 'fy2017q2', unused: '' });
    expect(r.rows[3]!.values.name).toBe('=HYPERLINK("http://evil","x")');
    expect(r.errors).toEqual([
      { row: 4, column: 'When', message: expect.stringContaining('"soon" is not a date') },
      { row: 4, column: 'Number', message: '"lots" is not a number.' },
      { row: 4, column: 'Status', message: expect.stringContaining('"Purple" is not a status in the plan\'s key (Green, Amber, Red, White (NS))') },
      { row: 4, column: 'Period', message: expect.stringContaining('"Q9" is not a reporting period') },
      { row: 5, column: 'Name', message: 'Name is missing.' },
    ]);
  });
  it('reports a required field without a column, and over-long cells', () => {
    expect(applyMapping([['x']], -1, { ...mapping, name: null }, fields).problems).toEqual(['Choose the column for "Name".']);
    const r = applyMapping([['x'.repeat(MAX_CELL_CHARS + 1)]], -1, mapping, fields);
    expect(r.errors).toEqual([{ row: 1, column: 'Name', message: 'The cell is longer than 20,000 characters. Shorten it.' }]);
  });
  it('a cell longer than its field can store is a row error in the preview, not a failed import', () => {
    const organisation = PLAN_FIELDS.find((f) => f.key === 'organisation')!;
    const r = applyMapping([['Organisation'], ['N'.repeat(201)], ['NOPCC']], 0, { organisation: 0 }, [organisation]);
    expect(r.errors).toEqual([{ row: 2, column: 'Organisation', message: 'Organisation can be at most 200 characters; this one has 201. Shorten it.' }]);
    expect(r.rows[1]!.values.organisation).toBe('NOPCC');
    expect(MEASURE_VALUE_FIELDS.find((f) => f.key === 'note')!.maxLength).toBe(2000);
  });
});
