import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { columnIndexOf, customFormat, readXlsx, resolvePartPath } from './read-xlsx';
import { serialToIsoDate } from './excel-dates';
import { buildXlsx } from './test-fixtures';
import { MAX_COLUMNS, MAX_ROWS } from './limits';

async function sheetsOf(bytes: Uint8Array) {
  const r = await readXlsx(bytes);
  if (!r.ok) throw new Error(r.error);
  return r.sheets;
}

describe('readXlsx', () => {
  it('reads shared, inline and formula strings, numbers, and keeps row numbers with gaps', async () => {
    const bytes = await buildXlsx([
      {
        name: 'Plan & measures',
        cells: [
          { ref: 'A1', s: 'Ref' },
          { ref: 'B1', s: 'Activity' },
          { ref: 'D1', s: 'Value' },
          { ref: 'A2', s: 'C01' },
          { ref: 'B2', inline: 'Fund <refuges> & "outreach"' },
          { ref: 'D2', n: 55.700000000000003 },
          { ref: 'A4', formula: { f: 'HYPERLINK("http://x","y")', v: 'y' } },
          { ref: 'B4', inline: '=HYPERLINK("http://x","y")' },
          { ref: 'D4', n: 0.1 + 0.2 },
        ],
      },
      { name: 'Second', cells: [{ ref: 'B2', s: 'x' }] },
    ]);
    const [plan, second] = await sheetsOf(bytes);
    expect(plan!.name).toBe('Plan & measures');
    expect(plan!.rows).toEqual([
      ['Ref', 'Activity', '', 'Value'],
      ['C01', 'Fund <refuges> & "outreach"', '', '55.7'],
      [],
      ['y', '=HYPERLINK("http://x","y")', '', '0.3'],
    ]);
    expect(second!.rows).toEqual([[], ['', 'x']]);
  });

  it('gives ISO dates for date-formatted serials, percentages with %, and times', async () => {
    const bytes = await buildXlsx([
      {
        name: 'S',
        cells: [
          { ref: 'A1', n: 43190, style: 1 },
          { ref: 'B1', n: 43190.75, style: 2 },
          { ref: 'C1', n: 0.557, style: 3 },
          { ref: 'D1', n: 0.5, style: 4 },
          { ref: 'E1', n: 43190 },
        ],
      },
    ]);
    expect((await sheetsOf(bytes))[0]!.rows[0]).toEqual(['2018-03-31', '2018-03-31', '55.7%', '12:00', '43190']);
    const mac = await buildXlsx([{ name: 'S', cells: [{ ref: 'A1', n: 41728, style: 1 }] }], { date1904: true });
    expect((await sheetsOf(mac))[0]!.rows[0]).toEqual(['2018-03-31']);
  });

  it('refuses non-zip bytes, .xls, zips without a workbook, and damaged zips with plain messages', async () => {
    const plain = await readXlsx(new TextEncoder().encode('Ref,Activity'));
    expect(plain).toEqual({ ok: false, error: expect.stringMatching(/not an Excel workbook/) });
    expect(await readXlsx(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0, 0, 0, 0]))).toEqual({
      ok: false,
      error: expect.stringMatching(/older Excel file \(\.xls\)/),
    });
    const other = new JSZip();
    other.file('readme.txt', 'hello');
    expect(await readXlsx(await other.generateAsync({ type: 'uint8array' }))).toEqual({ ok: false, error: expect.stringMatching(/no workbook inside/) });
    const noSheet = await buildXlsx([{ name: 'S', cells: [{ ref: 'A1', s: 'x' }] }], { omit: ['xl/worksheets/sheet1.xml'] });
    expect(await readXlsx(noSheet)).toEqual({
      ok: false,
      error: 'The sheet "S" is missing from the file, which is damaged. Open it in Excel, save it again and retry.',
    });
    const good = await buildXlsx([{ name: 'S', cells: [{ ref: 'A1', s: 'x' }] }]);
    for (const cut of [10, 100, good.length / 2, good.length - 30]) {
      const r = await readXlsx(good.subarray(0, Math.floor(cut)));
      expect(r.ok).toBe(false);
      expect(!r.ok && r.error).toMatch(/^This /);
    }
  });

  it('stops a zip bomb before it unpacks past the limit', async () => {
    const zip = new JSZip();
    zip.file('_rels/.rels', '<Relationships><Relationship Id="r" Type="x/officeDocument" Target="xl/workbook.xml"/></Relationships>');
    zip.file('xl/workbook.xml', `<workbook><sheets/></workbook>${' '.repeat(120 * 1024 * 1024)}`);
    const bytes = await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE', compressionOptions: { level: 9 } });
    expect(bytes.length).toBeLessThan(1024 * 1024);
    const r = await readXlsx(bytes);
    expect(r).toEqual({ ok: false, error: expect.stringMatching(/unpacks to more than 100 MB/) });
  });

  it('refuses cells beyond the row and column limits', async () => {
    const tall = await buildXlsx([{ name: 'S', cells: [{ ref: `A${MAX_ROWS + 1}`, s: 'x' }] }]);
    expect(await readXlsx(tall)).toEqual({ ok: false, error: expect.stringMatching(/^Sheet "S": The sheet has more than 20,000 rows/) });
    const wide = await buildXlsx([{ name: 'S', cells: [{ ref: 'GS1', s: 'x' }] }]);
    expect(columnIndexOf('GS1')).toBe(MAX_COLUMNS);
    expect(await readXlsx(wide)).toEqual({ ok: false, error: expect.stringMatching(/more than 200 columns/) });
    // Styled empty cells far away do not count.
    const styled = await buildXlsx([
      {
        name: 'S',
        cells: [
          { ref: 'A1', s: 'x' },
          { ref: 'XFD1048576', style: 1 },
        ],
      },
    ]);
    expect((await sheetsOf(styled))[0]!.rows).toEqual([['x']]);
  });
});

describe('xlsx helpers', () => {
  it('columnIndexOf', () => {
    expect([columnIndexOf('A1'), columnIndexOf('Z9'), columnIndexOf('AA1'), columnIndexOf('$B$2'), columnIndexOf('1A')]).toEqual([0, 25, 26, 1, -1]);
  });
  it('customFormat tells dates, times and percentages from numbers', () => {
    expect(customFormat('dd/mm/yyyy')).toBe('date');
    expect(customFormat('[$-809]dd mmmm yyyy;@')).toBe('date');
    expect(customFormat('mmm-yy')).toBe('date');
    expect(customFormat('h:mm')).toBe('time');
    expect(customFormat('0.0%')).toBe('percent');
    expect(customFormat('#,##0.00 "days"')).toBe('general');
    expect(customFormat('[Red]0.00')).toBe('general');
    expect(customFormat('General')).toBe('general');
  });
  it('resolvePartPath', () => {
    expect(resolvePartPath('xl/workbook.xml', 'worksheets/sheet1.xml')).toBe('xl/worksheets/sheet1.xml');
    expect(resolvePartPath('xl/workbook.xml', '/xl/styles.xml')).toBe('xl/styles.xml');
    expect(resolvePartPath('xl/workbook.xml', '../customXml/item.xml')).toBe('customXml/item.xml');
  });
  it('serialToIsoDate handles the 1900 leap-year bug and the 1904 system', () => {
    expect(serialToIsoDate(1)).toBe('1900-01-01');
    expect(serialToIsoDate(59)).toBe('1900-02-28');
    expect(serialToIsoDate(61)).toBe('1900-03-01');
    expect(serialToIsoDate(43190)).toBe('2018-03-31');
    expect(serialToIsoDate(0, true)).toBe('1904-01-01');
    expect(serialToIsoDate(0)).toBeNull();
    expect(serialToIsoDate(3e6)).toBeNull();
  });
});
