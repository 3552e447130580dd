// Hostile input: whatever bytes arrive, readSpreadsheet returns {ok:false, error} with a sentence or
// sheets, and mapping gives values or row errors; nothing throws.
import { describe, expect, it } from 'vitest';
import { defaultStatusKey } from '../plans/status-key';
import { applyMapping, guessMapping, mergeErrors } from './mapping';
import { readSpreadsheet } from './read-spreadsheet';
import { buildXlsx } from './test-fixtures';
import { PLAN_FIELDS, buildPlanImport } from './plan-import';
import { MEASURE_VALUE_FIELDS, buildMeasureValuesImport } from './measure-values-import';

/** A small seeded generator, so a failure can be replayed. */
function random(seed: number) {
  let s = seed >>> 0;
  return () => (s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32;
}

function expectSentence(r: { ok: boolean; error?: string }) {
  if (r.ok) return;
  expect(r.error).toMatch(/^[A-Z].{10,}[.)]$/s);
  expect(r.error).not.toMatch(/undefined|null|NaN|\bat \w+ \(|Error:/);
}

async function throughEverything(name: string, bytes: Uint8Array) {
  const r = await readSpreadsheet(name, bytes);
  expectSentence(r);
  if (!r.ok) return r;
  const statusKey = defaultStatusKey();
  for (const sheet of r.sheets) {
    for (const fields of [PLAN_FIELDS, MEASURE_VALUE_FIELDS]) {
      const mapping = guessMapping(sheet.rows[0] ?? [], fields);
      const mapped = applyMapping(sheet.rows, 0, mapping, fields, { statusKey });
      const built =
        fields === PLAN_FIELDS
          ? buildPlanImport(mapped.rows, { people: [], statusKey, periodId: 'fy2017q2' })
          : buildMeasureValuesImport(mapped.rows, { measures: [{ id: 'm', name: 'x' }] });
      for (const e of mergeErrors(mapped.errors, built.errors)) {
        expect(e.row).toBeGreaterThan(0);
        expect(e.message).not.toMatch(/undefined|NaN/);
      }
    }
  }
  return r;
}

describe('import fuzz', () => {
  it('random bytes, with and without a zip signature, under any name', async () => {
    const next = random(20170701);
    for (let i = 0; i < 150; i++) {
      const bytes = new Uint8Array(Math.floor(next() * 3000));
      for (let j = 0; j < bytes.length; j++) bytes[j] = Math.floor(next() * 256);
      if (i % 3 === 0 && bytes.length > 4) bytes.set([0x50, 0x4b, 0x03, 0x04]);
      await throughEverything(['x.csv', 'x.xlsx', 'x', 'x.tsv'][i % 4]!, bytes);
    }
  });

  it('truncated and bit-flipped workbooks', async () => {
    const good = await buildXlsx([
      {
        name: 'S',
        cells: [
          { ref: 'A1', s: 'Measure' },
          { ref: 'B1', s: 'Period' },
          { ref: 'A2', s: 'x' },
          { ref: 'B2', s: 'Jul-17' },
        ],
      },
    ]);
    const next = random(7);
    for (let i = 0; i < 60; i++) {
      const cut = good.slice(0, Math.floor(next() * good.length));
      expect((await throughEverything('t.xlsx', cut)).ok).toBe(false);
      const flipped = good.slice();
      for (let k = 0; k < 5; k++) {
        const at = Math.floor(next() * flipped.length);
        flipped[at] = (flipped[at] ?? 0) ^ (1 << Math.floor(next() * 8));
      }
      await throughEverything('f.xlsx', flipped);
    }
  });

  it('a CSV of 30,000 rows is refused with a message; 20,000 rows are read', async () => {
    const row = 'All Crime,Jul-17,5\n';
    const big = await readSpreadsheet('big.csv', new TextEncoder().encode(`Measure,Period,Value\n${row.repeat(30_000)}`));
    expect(big).toEqual({ ok: false, error: expect.stringMatching(/more than 20,000 rows/) });
    const fits = await readSpreadsheet('fits.csv', new TextEncoder().encode(`Measure,Period,Value\n${'x,Jul-17,5\n'.repeat(19_999)}`));
    expect(fits.ok && fits.sheets[0]!.rows.length).toBe(20_000);
  });

  it('huge cells, formula-looking cells, control characters and wrong types give row errors, not exceptions', async () => {
    const csv = [
      'Measure,Period,Value,Note',
      `x,Jul-17,5,"${'n'.repeat(100_000)}"`,
      'x,"=HYPERLINK(""http://evil.example"",""click"")",=1+1,"=HYPERLINK(""http://evil.example"",""click"")"',
      'x,Aug-17,1e999,\u0001\u0002bell\u0007',
      'x,Sep-17,,"@SUM(A1:A9)"',
      `x,Oct-17,${'9'.repeat(400)},`,
    ].join('\r\n');
    const r = await throughEverything('hostile.csv', new TextEncoder().encode(csv));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const mapped = applyMapping(r.sheets[0]!.rows, 0, guessMapping(r.sheets[0]!.rows[0]!, MEASURE_VALUE_FIELDS), MEASURE_VALUE_FIELDS);
    expect(mapped.errors.map((e) => [e.row, e.column])).toEqual([
      [2, 'Note'],
      [3, 'Period'],
      [3, 'Value'],
      [4, 'Value'],
      [6, 'Value'],
    ]);
    const built = buildMeasureValuesImport(mapped.rows, { measures: [{ id: 'm', name: 'x' }] });
    const sep = built.values.find((v) => v.periodId === 'm2017-09')!;
    expect(sep).toMatchObject({ value: null, note: '@SUM(A1:A9)' });
    expect(built.values.find((v) => v.periodId === 'm2017-08')!.note).toBe('bell');
    // Formula text is kept as plain text wherever it lands.
    const noteRow = applyMapping(r.sheets[0]!.rows, 0, { measure: 3, period: null, value: null, note: null }, [
      { key: 'measure', label: 'Measure', required: true, type: 'text', aliases: [] },
    ]);
    expect(noteRow.rows.map((x) => x.values.measure)).toContain('=HYPERLINK("http://evil.example","click")');
  });

  it('plain messages for empty, binary, old and oversized files', async () => {
    expect(await readSpreadsheet('e.csv', new Uint8Array())).toEqual({ ok: false, error: 'The file is empty.' });
    expect(await readSpreadsheet('blank.csv', new TextEncoder().encode(',,\n\n'))).toEqual({ ok: false, error: 'The file has no data in it.' });
    expect(await readSpreadsheet('pic.png', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0]))).toEqual({
      ok: false,
      error: expect.stringMatching(/not a spreadsheet/),
    });
    expect(await readSpreadsheet('old.xls', new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 1, 2]))).toEqual({ ok: false, error: expect.stringMatching(/\.xls/) });
    expect(await readSpreadsheet('fake.xlsx', new TextEncoder().encode('a,b'))).toEqual({ ok: false, error: expect.stringMatching(/not an Excel workbook/) });
    const huge = new Uint8Array(50 * 1024 * 1024 + 1);
    expect(await readSpreadsheet('huge.csv', huge)).toEqual({ ok: false, error: 'The file is larger than 50 MB and cannot be imported.' });
    for (const r of [await readSpreadsheet('e.csv', new Uint8Array()), await readSpreadsheet('x.xlsx', new Uint8Array([0x50, 0x4b]))]) expectSentence(r);
  });

  it('reads a CSV or a workbook through the one entry point', async () => {
    const csv = await readSpreadsheet('C:\\data\\values.csv', new TextEncoder().encode('\uFEFFMeasure;Period\r\nx;Jul-17\r\n'));
    expect(csv).toEqual({
      ok: true,
      sheets: [
        {
          name: 'values',
          rows: [
            ['Measure', 'Period'],
            ['x', 'Jul-17'],
          ],
        },
      ],
    });
    const xlsx = await readSpreadsheet('book', await buildXlsx([{ name: 'Plan', cells: [{ ref: 'A1', s: 'Ref' }] }]));
    expect(xlsx).toEqual({ ok: true, sheets: [{ name: 'Plan', rows: [['Ref']] }] });
  });
});
